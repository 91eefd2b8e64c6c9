"""Russian language resources.

The word lists live in the submodules (:mod:`.ranks`, :mod:`.posts`, :mod:`.countries`, ...); the compiled
:class:`~defcoop._lang.Language` is built in :mod:`.language` and loaded here only on first use of
``LANGUAGE``, so that importing a word list (as the country table does) does not compile the Russian patterns.

Example:
    >>> from defcoop._lang.ru import LANGUAGE
    >>> LANGUAGE.code
    'ru'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from defcoop._lang import Language

    LANGUAGE: Language

__all__ = ["LANGUAGE"]


def __getattr__(name: str) -> Any:
    if name == "LANGUAGE":
        from defcoop._lang.ru.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
