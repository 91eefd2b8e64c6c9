"""defcoop: news reports of defence and military-diplomacy meetings as typed, queryable records.

Everything public is importable from here. Only the models and errors are imported eagerly; the parser,
serialisation and the query side load on first use, so ``import defcoop`` stays fast.

Example:
    >>> import defcoop
    >>> article = defcoop.parse("Azerbaijan's Defense Minister Zakir Hasanov met with his Kazakh "
    ...                         "counterpart Ruslan Zhaksylykov in Baku on April 25, 2024.")
    >>> [(o.name, o.country.code) for o in article.officials]
    [('Zakir Hasanov', 'AZ'), ('Ruslan Zhaksylykov', 'KZ')]
    >>> m = article.meetings[0]
    >>> m.date, m.location, [c.code for c in m.countries]
    (datetime.date(2024, 4, 25), 'Baku', ['AZ', 'KZ'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from defcoop.errors import DataError, DecodingWarning, DefcoopError, InputTooLarge, StoreError, UnknownCountryError
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Span, Topic

if TYPE_CHECKING:  # imported lazily at run time, to keep `import defcoop` fast
    from defcoop.corpus import Corpus
    from defcoop.parallel import ParseFailure, parse_many
    from defcoop.parsing import parse, parse_file
    from defcoop.serialize import dumps, loads, read_jsonl, write_jsonl
    from defcoop.store import Store

    __version__: str

__all__ = [
    "Article",
    "Corpus",
    "Country",
    "DataError",
    "DecodingWarning",
    "DefcoopError",
    "InputTooLarge",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Official",
    "ParseFailure",
    "Span",
    "Store",
    "StoreError",
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
    "dumps": "defcoop.serialize",
    "loads": "defcoop.serialize",
    "read_jsonl": "defcoop.serialize",
    "write_jsonl": "defcoop.serialize",
    "parse": "defcoop.parsing",
    "parse_file": "defcoop.parsing",
    "Corpus": "defcoop.corpus",
    "ParseFailure": "defcoop.parallel",
    "Store": "defcoop.store",
    "parse_many": "defcoop.parallel",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("defcoop")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value = globals()["__version__"] = _version()
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'defcoop' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
