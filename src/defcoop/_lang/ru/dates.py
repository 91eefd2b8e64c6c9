"""Date mentions in Russian news text: :func:`find_dates` with the Russian forms added.

The language-neutral reader :func:`defcoop._dates.find_dates` already reads numeric and ISO dates, "5 августа
2021 года", "31 Октябрь 2025" and the stamp abbreviations ("20 окт", "23 ноя 2021"). This module adds what only
Russian has: a month name first in a stamp ("Март 14, 2020"), weekdays after "в/во" ("во вторник"), the relative
day words ("вчера", "накануне", "сегодня"), month and year in any case ("в мае 2024 года"), and vague periods
("на прошлой неделе"). Word lists: :mod:`defcoop._lang.ru.calendar`.

Example:
    >>> import datetime as dt
    >>> text = "Вчера министр сообщил, что встреча прошла 5 августа 2021 года, а не во вторник."
    >>> for m in find_dates(text):
    ...     print(m.span.of(text), m.resolve(dt.date(2021, 8, 12)))
    Вчера 2021-08-11
    5 августа 2021 2021-08-05
    во вторник 2021-08-10
"""

from __future__ import annotations

import re
from typing import Final

from defcoop._dates import DateMention
from defcoop._dates import find_dates as _find_dates
from defcoop._lang import trie_source
from defcoop._lang.ru.calendar import MONTHS, RELATIVE_DAYS, VAGUE_PERIODS, WEEKDAYS
from defcoop.models import Span

__all__ = ["find_dates"]


_YEAR = r"(?:19[0-9]{2}|20[0-9]{2})"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
_SP = r"[ \t\u00a0]{1,3}"

#: The Russian-only forms, named alternatives; matched case-insensitively, whole words only.
_RU_DATE_RE: Final = re.compile(
    rf"""
    (?<![\w])(?=[а-яёА-ЯЁ])  # every form starts a word with a Cyrillic letter: fail fast elsewhere
    (?:
    (?P<md>(?P<mdm>{trie_source(MONTHS)})\.?{_SP}(?P<mdd>{_DAY}),?{_SP}(?P<mdy>{_YEAR}))(?![\w])
  | (?P<my>(?:в{_SP})?(?P<mym>{trie_source(MONTHS)}){_SP}(?P<myy>{_YEAR})(?:{_SP}(?:года|г\.))?)(?![\w])
  | (?P<wd>(?:во|в){_SP}(?P<wdw>{trie_source(WEEKDAYS)}))(?![\w])
  | (?P<rel>{trie_source(RELATIVE_DAYS)})(?![\w])
  | (?P<vague>{trie_source(VAGUE_PERIODS)})(?![\w])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


def _extra(m: re.Match[str]) -> DateMention | None:
    if m.group("md"):
        span = Span(m.start("md"), m.end("md"))
        return DateMention(span, year=int(m.group("mdy")), month=MONTHS[_key(m.group("mdm"))], day=int(m.group("mdd")))
    if m.group("my"):
        span = Span(m.start("my"), m.end("my"))
        return DateMention(span, year=int(m.group("myy")), month=MONTHS[_key(m.group("mym"))])
    if m.group("wd"):
        return DateMention(Span(m.start("wd"), m.end("wd")), weekday=WEEKDAYS[_key(m.group("wdw"))])
    if m.group("rel"):
        return DateMention(Span(m.start("rel"), m.end("rel")), relative=RELATIVE_DAYS[_key(m.group("rel"))])
    if m.group("vague"):
        return DateMention(Span(m.start("vague"), m.end("vague")))
    return None


def _better(base: DateMention, extra: DateMention) -> bool:
    if base.day is not None and extra.day is None and extra.weekday is None and extra.relative is None:
        return True
    return len(base.span) > len(extra.span)


def find_dates(text: str, start: int = 0, end: int | None = None) -> tuple[DateMention, ...]:
    """Find the date expressions of a Russian text in ``text[start:end]``, in text order, without overlap.

    Same contract as :func:`defcoop._dates.find_dates`; the Russian forms win where both readers match the same
    words ("Март 14, 2020" is one mention, not a bare year).

    Example:
        >>> [(m.month, m.day, m.year) for m in find_dates("Март 14, 2020 13:28. ТАШКЕНТ, 20 окт — Sputnik.")]
        [(3, 14, 2020), (10, 20, None)]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() needs a str, got {type(text).__name__}")
    n = len(text)
    stop = n if end is None else max(0, min(end, n))
    begin = max(0, min(start, stop))
    extras = [d for d in (_extra(m) for m in _RU_DATE_RE.finditer(text, begin, stop)) if d is not None]
    base = _find_dates(text, begin, stop)
    found = list(extras)
    for mention in base:
        overlapping = [e for e in extras if e.span.start < mention.span.end and mention.span.start < e.span.end]
        if not overlapping:
            found.append(mention)
            continue
        # a day beats a month and year ("5 августа 2021" over "августа 2021 года"); else the longer reading
        if all(_better(mention, e) for e in overlapping):
            found = [f for f in found if f not in overlapping]
            found.append(mention)
    return tuple(sorted(found, key=lambda d: d.span.start))
