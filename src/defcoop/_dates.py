"""Date mentions in English news text, with spans, and their resolution against a publication date.

Public interface (stable)::

    @attrs.frozen
    class DateMention:
        span: Span
        year: int | None; month: int | None; day: int | None
        weekday: int | None        # 0 = Monday
        relative: int | None       # days from the reference: "yesterday" = -1, "today" = 0
        time: bool                 # a time of day ("17:31") follows the date
        until: int | None          # last day of a range ("August 17-20"): a period, it does not resolve
        direction: int             # weekdays: -1 "last Tuesday", +1 "next Tuesday", 0 "on Tuesday"
        def resolve(self, ref: datetime.date | None) -> datetime.date | None: ...
        def is_day(self) -> bool: ...   # names a single day (possibly needing a reference)

    find_dates(text: str, start: int = 0, end: int | None = None) -> tuple[DateMention, ...]
    find_dates_in_parts(parts: Sequence[str]) -> list[list[DateMention]]   # each part as on its own, one pass
    date_at(text: str, at: int, end: int) -> DateMention | None   # the first of find_dates(text, at, end) if at ``at``

Forms found: "April 25", "On April 25", "April 25, 2024", "25 April 2024", "25th April", "on the 20th of
December", "Feb. 17", "Oct 13", "12th Apr, 2025", "Friday 24 April 2015", "2024-04-25", "25.04.2024",
"09/07/2024", "07-03-2023", "03-Mar-2023", "2024/04/25", "2023.03.03", Russian stamps "23 ноя 2021" / "5 марта,
2020", weekdays ("on Tuesday"), relative words ("yesterday", "today", "tomorrow"), vague periods ("last week": a
mention that resolves to nothing), month and year ("June 2024") and bare years ("in 2024", "plan for 2025":
mentions with only ``year`` set, which callers can ignore).

Numeric dates with slashes, dots or hyphens are read day first (DD/MM/YYYY, as in Commonwealth, European and Asian
outlets); they are read month first only when the first number cannot be a month but the second cannot be a day
("12/25/2024"). A numeric date that is impossible either way is not reported.

All patterns are compiled once and run in linear time: alternatives of bounded length, no nested unbounded
quantifiers. Resolution never looks at the clock: it depends only on the mention and the reference date.

Example:
    >>> import datetime as dt
    >>> from defcoop._dates import find_dates
    >>> [m.resolve(dt.date(2024, 4, 26)) for m in find_dates("On April 25 and on Tuesday, not in 2023.")]
    [datetime.date(2024, 4, 25), datetime.date(2024, 4, 23), None]
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Final

import attrs

from defcoop._lang.en.calendar import (
    MONTHS_EN,
    MONTHS_RU,
    RELATIVE_DAYS,
    VAGUE_PERIODS,
    WEEKDAY_QUALIFIERS,
    WEEKDAYS,
    WEEKDAYS_SHORT,
)
from defcoop.models import Span

__all__ = ["DateMention", "date_at", "find_dates", "find_dates_in_parts"]

#: A month-and-day without a year resolves to the reference year, unless that puts it more than this many days
#: after the reference (then the previous year: news reports the past) ...
_MAX_DAYS_AFTER_REF: Final = 90
#: ... or more than this many days before it (then the next year: "January 3" written on December 28).
_MAX_DAYS_BEFORE_REF: Final = 300


@attrs.frozen
class DateMention:
    """A date expression in the text, with what it states (each part ``None`` when not stated).

    Attributes:
        span: where the expression is in the text.
        year: the year, when stated.
        month: the month 1-12, when stated.
        day: the day of the month, when stated.
        weekday: the weekday named (0 = Monday ... 6 = Sunday), when stated.
        relative: days from the reference date for relative words ("yesterday" = -1, "today" = 0).
        time: a time of day follows the date ("7 July 2023 17:31"): a sign of a timestamp.
        until: the last day of a range of days ("August 17-20": ``day`` 17, ``until`` 20); a range names a
            period, not one day, so it does not resolve.
        direction: for a weekday, -1 after "last"/"previous", +1 after "next"/"coming", else 0.

    Example:
        >>> import datetime as dt
        >>> from defcoop.models import Span
        >>> DateMention(Span(0, 11), month=12, day=28).resolve(dt.date(2024, 1, 3))
        datetime.date(2023, 12, 28)
    """

    span: Span
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: int | None = None
    time: bool = False
    until: int | None = None
    direction: int = 0

    def is_day(self) -> bool:
        """Whether the mention names one day (perhaps only relative to a reference date).

        Example:
            >>> from defcoop.models import Span
            >>> DateMention(Span(0, 4), year=2024).is_day(), DateMention(Span(0, 9), relative=-1).is_day()
            (False, True)
        """
        if self.until is not None:
            return False
        return (
            (self.month is not None and self.day is not None) or self.weekday is not None or (self.relative is not None)
        )

    def is_full(self) -> bool:
        """Whether the mention states year, month and day.

        Example:
            >>> from defcoop.models import Span
            >>> DateMention(Span(0, 10), year=2024, month=4, day=25).is_full()
            True
        """
        return self.year is not None and self.month is not None and self.day is not None

    def resolve(self, ref: dt.date | None) -> dt.date | None:
        """The calendar date this mention names, read against ``ref`` (the publication date) when needed.

        - year, month and day stated: that date (``ref`` is not needed);
        - month and day only: the year of ``ref``, or the year before when that would put the date more than
          90 days after ``ref`` ("December 28" written on 3 January), or the year after when it would be more
          than 300 days before it;
        - a weekday alone: the most recent such day on or before ``ref`` ("last Tuesday": strictly before it;
          "next Tuesday": the first such day after it);
        - a relative word: ``ref`` plus its offset;
        - anything else (a year, a month, a range of days, "last week", no ``ref``): ``None``.

        Never uses the clock: the result depends only on the mention and ``ref``.

        Args:
            ref: the reference date, usually the article's publication date, or ``None`` if unknown.

        Returns:
            The date, or ``None`` when the mention does not name a single day that can be determined.

        Example:
            >>> import datetime as dt
            >>> from defcoop.models import Span
            >>> DateMention(Span(0, 7), weekday=1).resolve(dt.date(2024, 4, 25))  # "Tuesday", read on a Thursday
            datetime.date(2024, 4, 23)
            >>> DateMention(Span(0, 7), weekday=1).resolve(None) is None
            True
        """
        if self.until is not None:
            return None
        if self.month is not None and self.day is not None:
            if self.year is not None:
                return _safe_date(self.year, self.month, self.day)
            if ref is None:
                return None
            return _nearest_year(self.month, self.day, ref)
        if ref is None:
            return None
        if self.relative is not None:
            try:
                return ref + dt.timedelta(days=self.relative)
            except OverflowError:
                return None
        if self.weekday is not None and self.month is None and self.year is None:
            if self.direction > 0:
                offset = (self.weekday - ref.weekday() - 1) % 7 + 1
            elif self.direction < 0:
                offset = -((ref.weekday() - self.weekday - 1) % 7 + 1)
            else:
                offset = -((ref.weekday() - self.weekday) % 7)
            try:
                return ref + dt.timedelta(days=offset)
            except OverflowError:
                return None
        return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    candidate = _safe_date(ref.year, month, day)
    if candidate is None:  # 29 February outside a leap year: try the neighbouring years
        for year in (ref.year - 1, ref.year + 1):
            other = _safe_date(year, month, day)
            if other is not None and abs((other - ref).days) <= _MAX_DAYS_BEFORE_REF:
                return other
        return None
    delta = (candidate - ref).days
    if delta > _MAX_DAYS_AFTER_REF:
        return _safe_date(ref.year - 1, month, day)
    if delta < -_MAX_DAYS_BEFORE_REF:
        return _safe_date(ref.year + 1, month, day)
    return candidate


# --------------------------------------------------------------------------- patterns


def _alternation(words: object) -> str:
    """The words as alternatives, longest first, grouped by their first character (``J(?:anuary|une|an)|...``).

    At one position only the words of one group can match, and within it they keep their order, so this
    matches what the plain alternation matches; the regex engine rules out the other groups by one character.
    """
    keys = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(k[0], []).append(re.escape(k[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _cased(words: object) -> str:
    """English month/weekday names as ``Title`` or ``UPPER`` case only (so the verb "may" is not a month)."""
    forms: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        forms.add(str(w).capitalize())
        forms.add(str(w).upper())
    return _alternation(forms)


_MONTH_EN_FULL = [w for w in MONTHS_EN if len(w) > 4 or w == "may"]
_MONTH_EN_ABBR = [w for w in MONTHS_EN if w not in _MONTH_EN_FULL]
#: A month name; only an abbreviation takes its period ("Feb. 17"), so "25th April." leaves the full stop alone.
_MONTH_EN = rf"(?:{_cased(_MONTH_EN_FULL)}|(?:{_cased(_MONTH_EN_ABBR)})\.?)"
_MONTH_RU = rf"(?:{_alternation(MONTHS_RU)}|{_cased(MONTHS_RU)})\.?"
#: Russian month names capitalised ("Март 14, 2020"): the month-first order, where lower case would be odd.
_MONTH_RU_CASED = rf"(?:{_cased(MONTHS_RU)})\.?"
_WEEKDAY_FULL = rf"(?:{_cased(WEEKDAYS)})"
_WEEKDAY_ANY = rf"(?:{_cased(WEEKDAYS)}|{_cased(WEEKDAYS_SHORT)})"
_SP = r"[ \t\u00a0]{1,3}"  # bounded runs of spaces: keeps every alternative of bounded length
_SEP = r"(?:,?[ \t\u00a0]{1,3}|,)"  # "April 25, 2024", "25 April, 2024", "12th Apr,2025"
_ORD = r"(?:st|nd|rd|th)?"
#: Between the two days of a range: "17-20", "17 – 20", "7 to 12", "25 and 26".
_TO = r"(?:[ \t]{0,2}[-–—][ \t]{0,2}|[ \t]{1,3}(?:to|through|till|until|and)[ \t]{1,3})"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2})"
#: A time of day after a date: "17:31", ", 10:38", " - 02:22", " at 10:15 a.m.", "T10:15".
_TIME = (
    r"(?:(?:,|[ \t\u00a0]{1,3}-|[ \t\u00a0]{0,3}[|,]){0,1}[ \t\u00a0]{0,3}(?:at[ \t]{1,3}|T)?"
    r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:[ \t]{0,2}[AaPp]\.?[Mm]\.?)?)"
)


def _first_chars(digits: bool = True) -> str:
    """Every character a date expression can start with (a cheap test that rejects most positions at once).

    Without ``digits``: the characters the expressions without a digit (weekdays, relative days, vague periods)
    can start with.
    """
    if digits:
        words = [*MONTHS_EN, *MONTHS_RU, *WEEKDAYS, *WEEKDAYS_SHORT, *RELATIVE_DAYS, *VAGUE_PERIODS,
                 *WEEKDAY_QUALIFIERS, "the"]  # fmt: skip
    else:
        words = [*WEEKDAYS, *RELATIVE_DAYS, *VAGUE_PERIODS, *WEEKDAY_QUALIFIERS]
    chars = {w[0] for w in words} | {w[0].upper() for w in words} | (set("0123456789") if digits else set())
    return "".join(re.escape(c) for c in sorted(chars))


_KINDS: Final = frozenset({"iso", "num", "dm", "md", "my", "wdx", "rel", "vague", "year"})
#: The kinds of date expression that hold a digit, those that can start with one, and those that can start with
#: another character ("25 April", "the 25th of April", "Monday 25 April": ``dm`` is both).
_WITH_DIGIT: Final = frozenset({"iso", "num", "dm", "md", "my", "year"})
_DIGIT_FIRST: Final = frozenset({"iso", "num", "dm", "year"})
_OTHER_FIRST: Final = frozenset({"dm", "md", "my", "wdx", "rel", "vague"})


def _date_pattern(kinds: frozenset[str]) -> re.Pattern[str]:
    """The date pattern with only the given kinds of expression: the others are switched off (``(?!)``) but keep
    their groups, so a match reads the same either way."""
    iso, num, dm, md, my, wdx, rel, vague, year = (
        "" if kind in kinds else "(?!)" for kind in ("iso", "num", "dm", "md", "my", "wdx", "rel", "vague", "year")
    )
    digits = bool(kinds & _WITH_DIGIT)
    return re.compile(
        rf"""
    (?<!\w)(?=[{_first_chars(digits)}])(?:
    {iso}(?<![\w.\-/])(?P<iso>(?P<iy>{_YEAR})(?P<is>[-/.])(?P<im>0?[1-9]|1[0-2])(?P=is)(?P<id>{_DAY}))
        (?:(?=T[0-9]{{2}}:)|(?![\w\-/]|\.[0-9]))
  | {num}(?<![\w.\-/])(?P<num>(?P<n1>[0-3]?[0-9])(?P<ns>[./\-])(?P<n2>[0-3]?[0-9])(?P=ns)(?P<ny>{_YEAR}))
        (?![\w/\-]|\.[0-9])
  | {dm}(?<![\w])(?P<dm>(?:(?P<dmw>{_WEEKDAY_ANY})\.?,?{_SP})?(?:the{_SP})?(?P<dmd>{_DAY}){_ORD}
        (?:{_TO}(?P<dmu>{_DAY}){_ORD})?(?:(?:{_SP}of)?{_SP}|-)
        (?:(?P<dmm>{_MONTH_EN})|(?P<dmr>{_MONTH_RU}))(?:(?:{_SEP}|-)(?P<dmy>{_YEAR}))?)(?![\w])
  | {md}(?<![\w])(?P<md>(?:(?P<mdw>{_WEEKDAY_ANY})\.?,?{_SP})?(?P<mdm>{_MONTH_EN}|{_MONTH_RU_CASED})
        {_SP}(?P<mdd>{_DAY}){_ORD}(?![\w]|:[0-9])
        (?:{_TO}(?P<mdu>{_DAY}){_ORD}(?![\w]|:[0-9])(?!{_SP}(?:of{_SP})?(?:{_MONTH_EN}|{_MONTH_RU})))?
        (?:{_SEP}(?P<mdy>{_YEAR}))?)(?![\w])
  | {my}(?<![\w])(?P<my>(?P<mym>{_MONTH_EN}|{_MONTH_RU}),?{_SP}(?P<myy>{_YEAR}))(?![\w])
  | {wdx}(?<![\w])(?P<wdx>(?:(?P<wdq>{_alternation(WEEKDAY_QUALIFIERS)}|{_cased(WEEKDAY_QUALIFIERS)}){_SP})?
        (?P<wd>{_WEEKDAY_FULL}))(?![\w])
  | {rel}(?<![\w])(?P<rel>{_alternation(RELATIVE_DAYS)}|{_alternation(w.capitalize() for w in RELATIVE_DAYS)})(?![\w])
  | {vague}(?<![\w])(?P<vague>{_alternation(VAGUE_PERIODS)}|{_alternation(w.capitalize() for w in VAGUE_PERIODS)})
        (?![\w])
  | {year}(?<![\w.:/])(?P<year>{_YEAR})(?![\w]|[.:/][0-9])
    )""",
        re.VERBOSE,
    )


#: The one date pattern: named alternatives, tried in this order at each position (leftmost match wins). The
#: leading guard (a word start and a possible first character) makes most positions fail in one step.
_DATE_RE: Final = _date_pattern(_KINDS)
#: The same for a text without digits (most sentences): only weekdays, relative days and vague periods, and a
#: guard that lets far fewer positions through.
_WORD_DATE_RE: Final = _date_pattern(_KINDS - _WITH_DIGIT)
#: The date pattern where the text has digits, at a position with a digit and at any other position: only the
#: kinds that can start there, which is what the whole pattern finds there.
_AT_DIGIT_RE: Final = _date_pattern(_DIGIT_FIRST)
_AT_OTHER_RE: Final = _date_pattern(_OTHER_FIRST)
_DIGIT_RE: Final = re.compile(r"[0-9]")
_DIGITS: Final = "0123456789"

#: Where a date expression can start: the guard at the head of the date pattern, as the character a match starts
#: with, then the test that no word character is before it (led by the class, which the engine looks for fast).
_START_RE: Final = re.compile(rf"[{_first_chars(digits=True)}](?<!\w[\s\S])")
#: What a date expression that does not start with a digit starts with, as the pattern spells it: a month or
#: weekday, "the" before a day, a weekday's qualifier, a relative day or period (a cheap test before the pattern).
_WORD_START_RE: Final = re.compile(
    rf"""{_WEEKDAY_ANY}|{_MONTH_EN}|{_MONTH_RU}|the{_SP}
    |{_alternation(WEEKDAY_QUALIFIERS)}|{_cased(WEEKDAY_QUALIFIERS)}
    |{_alternation(RELATIVE_DAYS)}|{_alternation(w.capitalize() for w in RELATIVE_DAYS)}
    |{_alternation(VAGUE_PERIODS)}|{_alternation(w.capitalize() for w in VAGUE_PERIODS)}""",
    re.VERBOSE,
)

#: A time of day right after a date ("7 July 2023 17:31", "19 July 2011 - 02:22", "23 ноя 2021, 10:38").
_TIME_AFTER_RE: Final = re.compile(_TIME)

#: Every date expression holds a digit or one of these words, as written in the forms the pattern reads (weekdays
#: capitalised or upper case, relative days and vague periods in lower case or capitalised: "Monday", "MONDAY",
#: "today", "Tonight", "tomorrow", "this morning", "last week", "Recently", ...) ...
_WORD_CUES: Final = ("day", "DAY", "night", "morrow", "morning", "afternoon", "evening", "week", "month", "year",
                     "ecently")  # fmt: skip
#: ... at most this many characters after the start of the expression (the farthest is the day of "Thurs.,
#: September   25", 22 characters in). Between two cues the pattern need not be tried at all.
_CUE_REACH: Final = 24


@lru_cache(maxsize=256)
def _month(word: str) -> int:
    """The number (1-12) of a month name as the date pattern reads it ("Feb.", "December", "марта")."""
    key = word.lower().rstrip(".")
    if key in MONTHS_EN:
        return int(MONTHS_EN[key])
    return int(MONTHS_RU[key])


@lru_cache(maxsize=256)
def _weekday(word: str | None) -> int | None:
    """The number (0 = Monday) of a weekday name as the date pattern reads it ("Tues.", "FRIDAY"), or ``None``."""
    if not word:
        return None
    key = word.lower().rstrip(".")
    if key in WEEKDAYS:
        return int(WEEKDAYS[key])
    return int(WEEKDAYS_SHORT[key])


def _numeric(first: int, second: int) -> tuple[int, int] | None:
    """Day and month of a numeric date: day first, unless only month-first is possible."""
    if 1 <= first <= 31 and 1 <= second <= 12:
        return first, second
    if 1 <= first <= 12 and 13 <= second <= 31:
        return second, first
    return None


#: The groups of a day-and-month expression, by its kind: day, last day of a range, year, month, Russian month (in
#: "dm" only), weekday.
_DAY_MONTH_GROUPS: Final = {
    kind: (kind + "d", kind + "u", kind + "y", kind + "m", "dmr", kind + "w") for kind in ("dm", "md")
}


def _mention(m: re.Match[str], base: int) -> DateMention | None:
    """The mention a match of the date pattern reads, its span counted from ``base``; ``None``: no date."""
    kind = m.lastgroup or "year"  # the alternative's own group encloses all others, so it closes last
    start, end = m.span(kind)
    span = Span(start - base, end - base)
    groups = _DAY_MONTH_GROUPS.get(kind)
    if groups is not None:  # "dm" or "md", the commonest
        day_text, until_text, year_text, month_text, russian_month, weekday = m.group(*groups)
        day = int(day_text)
        until = int(until_text) if until_text else None
        if until is not None and until <= day:
            return None  # "between 20 and 18 May": not a range that can be read
        return DateMention(
            span,
            year=int(year_text) if year_text else None,
            month=_month(month_text or russian_month or ""),
            day=day,
            weekday=_weekday(weekday),
            until=until,
        )
    if kind == "iso":
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        return DateMention(span, year=y, month=mo, day=d) if _safe_date(y, mo, d) else None
    if kind == "num":
        dm = _numeric(int(m.group("n1")), int(m.group("n2")))
        if dm is None:
            return None
        y = int(m.group("ny"))
        return DateMention(span, year=y, month=dm[1], day=dm[0]) if _safe_date(y, dm[1], dm[0]) else None
    if kind == "my":
        return DateMention(span, year=int(m.group("myy")), month=_month(m.group("mym")))
    if kind == "wdx":
        qualifier = (m.group("wdq") or "").lower()
        return DateMention(span, weekday=_weekday(m.group("wd")), direction=int(WEEKDAY_QUALIFIERS.get(qualifier, 0)))
    if kind == "rel":
        return DateMention(span, relative=int(RELATIVE_DAYS[m.group("rel").lower()]))
    if kind == "vague":
        return DateMention(span)
    return DateMention(span, year=int(m.group("year")))


def find_dates(text: str, start: int = 0, end: int | None = None) -> tuple[DateMention, ...]:
    """Find the date expressions in ``text[start:end]``, in text order, with spans into ``text``.

    Args:
        text: the article text.
        start: where to start looking (an offset into ``text``).
        end: where to stop looking (default: the end of ``text``).

    Returns:
        The mentions, in order and without overlap. A bare year is a mention with only ``year`` set; a vague
        period ("last week") is a mention with nothing set.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    Example:
        >>> [(m.span.of(t), m.month, m.day) for t in ["Talks on Feb. 17 and 25th April."]
        ...  for m in find_dates(t)]
        [('Feb. 17', 2, 17), ('25th April', 4, 25)]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() needs a str, got {type(text).__name__}")
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    return tuple(mention for _k, mention in _read(text, start, end, (0,)))


def find_dates_in_parts(parts: Sequence[str]) -> list[list[DateMention]]:
    """The date mentions of each of ``parts`` (spans within the part): what :func:`find_dates` finds in each part on
    its own, read in one pass over the parts joined by a NUL, which no date expression holds or looks across.

    Example:
        >>> [[(m.month, m.day, m.span.start) for m in found] for found in find_dates_in_parts(["On May 5", "Today"])]
        [[(5, 5, 3)], [(None, None, 0)]]
    """
    starts: list[int] = []
    at = 0
    for part in parts:
        starts.append(at)
        at += len(part) + 1
    found: list[list[DateMention]] = [[] for _ in parts]
    text = "\x00".join(parts)
    for k, mention in _read(text, 0, len(text), starts):
        found[k].append(mention)
    return found


def date_at(text: str, at: int, end: int) -> DateMention | None:
    """The first mention of ``find_dates(text, at, end)`` when it starts at ``at``, else ``None``: one match of the
    date pattern at ``at``, not a search (for a reader that needs a date right there, as a dateline does).

    Example:
        >>> text = "BAKU, 25 April 2024 — The minister ..."
        >>> date_at(text, 6, len(text)).day, date_at(text, 5, len(text))
        (25, None)
    """
    end = max(0, min(end, len(text)))
    if not 0 <= at < end:
        return None
    m = _DATE_RE.match(text, at, end)
    if m is None:
        return None
    mention = _mention(m, 0)
    if mention is None or mention.span.start != at:
        return None
    return _with_time(mention, text, 0, end)


def _read(text: str, start: int, end: int, starts: Sequence[int]) -> Iterator[tuple[int, DateMention]]:
    """The date mentions of ``text[start:end]`` (``start`` and ``end`` within the text), in order, each with the
    index of the part of the text it is in (the parts start at the sorted offsets ``starts``, the first at 0) and
    its span within that part."""
    for m in _matches(text, start, end):
        k = bisect_right(starts, m.start()) - 1
        base = starts[k]
        mention = _mention(m, base)
        if mention is not None:
            yield k, _with_time(mention, text, base, end)


def _with_time(mention: DateMention, text: str, base: int, end: int) -> DateMention:
    """The mention (its span counted from ``base`` in ``text``) with ``time`` set when a time of day follows its day
    and month before ``end``."""
    if mention.day is not None and mention.month is not None:
        stop = base + mention.span.end
        if _TIME_AFTER_RE.match(text, stop, min(end, stop + 24)) is not None:
            return attrs.evolve(mention, time=True)
    return mention


def _matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches ``_DATE_RE.finditer(text, start, end)`` finds (in their kind's group and span), found faster."""
    digit = _DIGIT_RE.search(text, start, end)
    at_digit, at_other = (_AT_DIGIT_RE, _AT_OTHER_RE) if digit is not None else (_WORD_DATE_RE, _WORD_DATE_RE)
    # What ``_DATE_RE.finditer(text, start, end)`` finds (``_WORD_DATE_RE`` without digits): a match starts at
    # most ``_CUE_REACH`` characters before its first cue, so the pattern is tried only at the word starts in that
    # reach before each cue, in order, and only with the kinds that can start there. ``cues``: the next place of
    # each cue word (``k`` its index, -1 for a digit), nearest first; ``floor``: no match starts before it (and none
    # may: the end of the last match).
    cues = [(i, k) for k, word in enumerate(_WORD_CUES) if (i := text.find(word, start, end)) >= 0]
    if digit is not None:
        cues.append((digit.start(), -1))
    heapq.heapify(cues)
    floor = start
    while cues:
        cue, k = cues[0]
        if cue < floor:  # passed: the next place of the same cue
            if k < 0:
                digit = _DIGIT_RE.search(text, floor, end)
                at = -1 if digit is None else digit.start()
            else:
                at = text.find(_WORD_CUES[k], floor, end)
            if at < 0:
                heapq.heappop(cues)
            else:
                heapq.heapreplace(cues, (at, k))
            continue
        m = None
        for candidate in _START_RE.finditer(text, max(floor, cue - _CUE_REACH), cue + 1):
            at = candidate.start()
            if text[at] in _DIGITS:
                m = at_digit.match(text, at, end)
            elif _WORD_START_RE.match(text, at, end) is not None:
                m = at_other.match(text, at, end)
            else:
                continue
            if m is not None:
                break
        if m is None:
            floor = cue + 1
            continue
        floor = m.end()
        yield m
