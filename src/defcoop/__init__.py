"""defcoop: news reports of defence and military-diplomacy meetings as typed, queryable records.

Example:
    >>> import defcoop
    >>> article = defcoop.parse_file("seeds/003_afd11f634c6ed929.txt")  # doctest: +SKIP
    >>> [m.date for m in article.meetings]  # doctest: +SKIP
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from defcoop.errors import DataError, DefcoopError, InputTooLarge, UnknownCountryError
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Span, Topic
from defcoop.parsing import parse, parse_file
from defcoop.serialize import dumps, loads, read_jsonl, write_jsonl

if TYPE_CHECKING:  # the query side is imported lazily, to keep `import defcoop` fast
    from defcoop.corpus import Corpus
    from defcoop.parallel import ParseFailure, parse_many
    from defcoop.store import Store

try:
    __version__ = version("defcoop")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Corpus",
    "Country",
    "DataError",
    "DefcoopError",
    "InputTooLarge",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Official",
    "ParseFailure",
    "Span",
    "Store",
    "Topic",
    "UnknownCountryError",
    "__version__",
    "dumps",
    "loads",
    "parse",
    "parse_file",
    "parse_many",
    "read_jsonl",
    "write_jsonl",
]

_LAZY = {
    "Corpus": "defcoop.corpus",
    "ParseFailure": "defcoop.parallel",
    "Store": "defcoop.store",
    "parse_many": "defcoop.parallel",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'defcoop' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
