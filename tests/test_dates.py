"""Date mentions and their resolution against the publication date (``defcoop._dates``)."""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import NamedTuple

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop import _dates
from defcoop._dates import DateMention, find_dates, find_dates_in_parts
from defcoop._lang import get
from defcoop._lang.en import calendar
from defcoop._meetings import _read_dates, _Sentence
from defcoop.models import Span

REF = dt.date(2024, 4, 26)  # a Friday


class Case(NamedTuple):
    text: str
    expected: list[tuple[str, int | None, int | None, int | None]]  # (mention text, year, month, day)


def _xfail(case: Case, reason: str) -> object:
    return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=reason))


FIND_CASES = {
    # month-name forms
    "month-day": Case("On April 25, the minister met", [("April 25", None, 4, 25)]),
    "month-day-year": Case("Signed April 25, 2024 in Baku", [("April 25, 2024", 2024, 4, 25)]),
    "day-month-year": Case("Signed 25 April 2024.", [("25 April 2024", 2024, 4, 25)]),
    "ordinal-day-month": Case("on 25th April the talks", [("25th April", None, 4, 25)]),
    "the-nth-of-month": Case("on the 20th of December.", [("the 20th of December", None, 12, 20)]),
    "abbrev-with-period": Case("IDEX on Feb. 17 in Abu Dhabi", [("Feb. 17", None, 2, 17)]),
    "abbrev-no-period": Case("CITY, Oct 13 (AGENCY):", [("Oct 13", None, 10, 13)]),
    "sept": Case("on Sept. 5, 2023,", [("Sept. 5, 2023", 2023, 9, 5)]),
    "ordinal-abbrev-comma-year": Case("(Paper - 3rd Mar, 2023)", [("3rd Mar, 2023", 2023, 3, 3)]),
    "weekday-prefix": Case("Monday 11 May 2015 - 09:20", [("Monday 11 May 2015", 2015, 5, 11)]),
    "weekday-comma-prefix": Case("Monday, March 4, 2024", [("Monday, March 4, 2024", 2024, 3, 4)]),
    "caps-month": Case("ON MARCH 3 THE", [("MARCH 3", None, 3, 3)]),
    "full-stop-not-taken": Case("It ended on 25th April.", [("25th April", None, 4, 25)]),
    "may-verb-is-not-a-month": Case("The sides may 5 times meet", []),
    "month-day-then-colon": Case("ISLAMABAD, Jan 10: The minister", [("Jan 10", None, 1, 10)]),
    "month-then-clock-is-not-a-date": Case("on May 10:30 am", []),
    # numeric forms
    "iso": Case("date 2024-04-25 +", [("2024-04-25", 2024, 4, 25)]),
    "iso-slashes": Case("Updated 2024/04/25 10:15", [("2024/04/25", 2024, 4, 25)]),
    "iso-dots": Case("on 2024.04.25 in", [("2024.04.25", 2024, 4, 25)]),
    "dotted-dmy": Case("CITY, 12.05.2020 (Agency)", [("12.05.2020", 2020, 5, 12)]),
    "slashed-dmy": Case("Published : 03/02/2022 09:10 AM", [("03/02/2022", 2022, 2, 3)]),
    "slashed-mdy-only-possible": Case("on 12/25/2024", [("12/25/2024", 2024, 12, 25)]),
    "dashed-day-month-name-year": Case("Press Release | 03-Mar-2023", [("03-Mar-2023", 2023, 3, 3)]),
    "dashed-day-month-name": Case("on 12-Apr the", [("12-Apr", None, 4, 12)]),
    "dashed-dmy": Case("Published: 07-03-2023", [("07-03-2023", 2023, 3, 7)]),
    "dashed-mdy-only-possible": Case("03-27-2023 - 14:20", [("03-27-2023", 2023, 3, 27)]),
    "dashed-inside-longer-number": Case("tel 12-05-20245", []),
    "impossible-numeric": Case("on 31.02.2024", []),
    "numeric-inside-longer-number": Case("code 1.12.2024.5", []),
    # ranges of days: one mention, first day in ``day`` (see test_ranges)
    "range-month-first": Case("the fair on August 17-20 in", [("August 17-20", None, 8, 17)]),
    "range-day-first-to": Case("from 7 to 12 December 2019", [("7 to 12 December 2019", 2019, 12, 7)]),
    "range-and": Case("on 25 and 26 April", [("25 and 26 April", None, 4, 25)]),
    "and-then-day-first-date-is-not-range": Case(
        "on Feb. 17 and 25th April", [("Feb. 17", None, 2, 17), ("25th April", None, 4, 25)]
    ),
    "dash-then-words-is-not-range": Case("on May 5 - the day", [("May 5", None, 5, 5)]),
    # Russian stamps on English pages
    "ru-abbrev-stamp": Case("14 мар 2022, 16:20", [("14 мар 2022", 2022, 3, 14)]),
    "ru-genitive-stamp": Case("5 марта, 2020 09:00", [("5 марта, 2020", 2020, 3, 5)]),
    # weekdays, relative words, vague periods, years
    "weekday": Case("met on Tuesday in", [("Tuesday", None, None, None)]),
    "relative": Case(
        "arrived yesterday and left today", [("yesterday", None, None, None), ("today", None, None, None)]
    ),
    "vague": Case("met last week", [("last week", None, None, None)]),
    "years-alone": Case("in 2024, a plan for 2025", [("2024", 2024, None, None), ("2025", 2025, None, None)]),
    "month-year": Case("in June 2024 they", [("June 2024", 2024, 6, None)]),
    "not-a-year": Case("code 654321 and 3000 troops", []),
    "hyphenated-event-year": Case("IDEX-2025", [("2025", 2025, None, None)]),
    # known gaps
    "gap-inverted-range": _xfail(
        Case("between 20 and 18 May", [("18 May", None, 5, 18)]), "an impossible range hides its valid end"
    ),
    "gap-weeks-ago": _xfail(Case("two weeks ago", [("two weeks ago", None, None, None)]), "counted periods unread"),
}


@pytest.mark.parametrize("case", FIND_CASES.values(), ids=FIND_CASES.keys())
def test_find_dates(case: Case) -> None:
    got = [(m.span.of(case.text), m.year, m.month, m.day) for m in find_dates(case.text)]
    assert got == case.expected


class ResolveCase(NamedTuple):
    text: str
    ref: dt.date | None
    expected: dt.date | None


RESOLVE_CASES = {
    "full-date-needs-no-ref": ResolveCase("25 April 2024", None, dt.date(2024, 4, 25)),
    "month-day-same-year": ResolveCase("On April 25", REF, dt.date(2024, 4, 25)),
    "month-day-previous-year": ResolveCase("December 28", dt.date(2024, 1, 3), dt.date(2023, 12, 28)),
    "month-day-next-year": ResolveCase("January 3", dt.date(2023, 12, 28), dt.date(2024, 1, 3)),
    "month-day-shortly-after-ref": ResolveCase("On August 1", dt.date(2023, 7, 31), dt.date(2023, 8, 1)),
    "month-day-no-ref": ResolveCase("On April 25", None, None),
    "feb-29-leap-year": ResolveCase("February 29", dt.date(2024, 3, 5), dt.date(2024, 2, 29)),
    "weekday-earlier-in-week": ResolveCase("on Tuesday", REF, dt.date(2024, 4, 23)),
    "weekday-same-day": ResolveCase("on Friday", REF, REF),
    "weekday-no-ref": ResolveCase("on Tuesday", None, None),
    "last-weekday-strictly-before": ResolveCase("last Friday", REF, dt.date(2024, 4, 19)),
    "next-weekday-after": ResolveCase("next Tuesday", REF, dt.date(2024, 4, 30)),
    "coming-weekday-same-name-is-a-week-on": ResolveCase("this coming Friday", REF, dt.date(2024, 5, 3)),
    "yesterday": ResolveCase("yesterday", REF, dt.date(2024, 4, 25)),
    "today": ResolveCase("today", REF, REF),
    "tomorrow": ResolveCase("tomorrow", REF, dt.date(2024, 4, 27)),
    "relative-no-ref": ResolveCase("yesterday", None, None),
    "vague-period": ResolveCase("last week", REF, None),
    "year-only": ResolveCase("in 2024", REF, None),
    "month-year": ResolveCase("June 2024", REF, None),
}


@pytest.mark.parametrize("case", RESOLVE_CASES.values(), ids=RESOLVE_CASES.keys())
def test_resolve(case: ResolveCase) -> None:
    (mention,) = find_dates(case.text)
    assert mention.resolve(case.ref) == case.expected


def test_ranges_name_a_period_not_a_day() -> None:
    (mention,) = find_dates("talks during the fair on August 17-20, 2021")
    assert (mention.day, mention.until) == (17, 20)
    assert not mention.is_day()
    assert mention.resolve(dt.date(2021, 8, 20)) is None


def test_time_of_day_is_flagged() -> None:
    (stamp,) = find_dates("7 July 2023 17:31 (UTC+04:00)")
    (plain,) = find_dates("7 July 2023, the talks")
    assert stamp.time
    assert not plain.time


def test_region_offsets_index_the_whole_text() -> None:
    text = "April 1 and April 2 and April 3"
    got = find_dates(text, 8, 20)
    assert [m.span.of(text) for m in got] == ["April 2"]


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="needs a str"):
        find_dates(b"April 25")  # type: ignore[arg-type]


def test_calendar_tables_are_lower_case_and_complete() -> None:
    for table in (calendar.MONTHS_EN, calendar.MONTHS_RU, calendar.WEEKDAYS, calendar.WEEKDAYS_SHORT):
        assert all(key == key.lower().strip() for key in table)
    assert sorted(set(calendar.MONTHS_EN.values())) == list(range(1, 13))
    assert sorted(set(calendar.MONTHS_RU.values())) == list(range(1, 13))
    assert sorted(set(calendar.WEEKDAYS.values())) == list(range(7))
    assert set(calendar.WEEKDAY_QUALIFIERS.values()) == {-1, 1}


# --------------------------------------------------------------------------- properties


@given(st.text(max_size=300))
def test_never_raises_and_spans_index_the_text(text: str) -> None:
    mentions = find_dates(text)
    last = 0
    for m in mentions:
        assert last <= m.span.start < m.span.end <= len(text)
        last = m.span.end
        m.resolve(dt.date(2024, 1, 1))


_DATE_WORDS = st.sampled_from(
    ["April", "Feb.", "Oct", "25", "25th", "2024", "of", "the", ",", " ", ".", "/", "-", "Tuesday", "today", "ноя"]
)


@given(st.lists(_DATE_WORDS, max_size=20).map(" ".join), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_resolve_depends_only_on_inputs(text: str, ref: dt.date) -> None:
    first = [m.resolve(ref) for m in find_dates(text)]
    second = [m.resolve(ref) for m in find_dates(text)]
    assert first == second
    for m, got in zip(find_dates(text), first, strict=True):
        if got is not None and not m.is_full():
            assert abs((got - ref).days) <= 366  # read near the reference, never near "now"


@given(st.integers(1, 12), st.integers(1, 28), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_month_day_resolves_within_a_year_of_ref(month: int, day: int, ref: dt.date) -> None:
    got = DateMention(Span(0, 1), month=month, day=day).resolve(ref)
    assert got is not None
    assert (got.month, got.day) == (month, day)
    assert -300 <= (got - ref).days <= 90


@given(st.integers(0, 6), st.sampled_from([-1, 0, 1]), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_weekday_resolves_within_a_week(weekday: int, direction: int, ref: dt.date) -> None:
    got = DateMention(Span(0, 1), weekday=weekday, direction=direction).resolve(ref)
    assert got is not None
    assert got.weekday() == weekday
    low, high = {-1: (-7, -1), 0: (-6, 0), 1: (1, 7)}[direction]
    assert low <= (got - ref).days <= high


PATHOLOGICAL = {
    "digits": "1" * 200_000,
    "dots": "." * 200_000,
    "digit-dots": "1." * 100_000,
    "slashes": "12/" * 70_000,
    "months": "April " * 40_000,
    "ordinals": "25th " * 40_000,
    "spaces-then-month": "25" + " " * 200_000 + "April",
    "weekdays": "Friday, " * 30_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_linear_time_on_pathological_input(text: str) -> None:
    t0 = time.perf_counter()
    find_dates(text)
    assert time.perf_counter() - t0 < 5.0


# --------------------------------------------------------------------------- the search itself


def _plain_find_dates(text: str) -> list[DateMention]:
    """What the date pattern finds when it is tried at every position, left to right (no cues)."""
    pattern = _dates._DATE_RE if any(c.isdigit() for c in text) else _dates._WORD_DATE_RE
    found = []
    for m in pattern.finditer(text):
        mention = _dates._mention(m, 0)
        if mention is None:
            continue
        after = _dates._TIME_AFTER_RE.match(text, mention.span.end, mention.span.end + 24)
        if mention.day is not None and mention.month is not None and after is not None:
            mention = attrs.evolve(mention, time=True)
        found.append(mention)
    return found


#: The farthest a date can start before its first digit or cue word, with the most spaces the pattern allows.
FAR_CUES = ["Thurs.,   September   25", "THURS.,   the   25th   of   SEPTEMBER", "this coming   Wednesday",
            "THIS COMING   SATURDAY", "Sept.,   2024", "earlier this month", "the day after tomorrow",
            "This afternoon", "Recently"]  # fmt: skip

_SOUP = st.sampled_from(
    ["April", "Feb.", "Sept.", "25", "25th", "2024", "2024-04-25", "25.04.2024", "12/25/2024", "17:31", "of", "the",
     "Tuesday", "TUESDAY", "Tues.", "last", "this coming", "today", "Tonight", "tomorrow", "this morning",
     "last week", "recently", "holiday", "days", "ноя", "марта", "F-16", "to", "and", *FAR_CUES]
)  # fmt: skip
_GLUE = st.sampled_from(["", " ", "   ", ", ", ",", "-", " - ", ".", "\n", "\u00a0", "/", "x"])


@pytest.mark.parametrize("text", FAR_CUES)
def test_dates_far_from_their_cue_are_found(text: str) -> None:
    sentence = f"On {text}."
    assert [m.span.of(sentence) for m in find_dates(sentence)] == [text]


@given(st.lists(st.tuples(_SOUP, _GLUE), max_size=14).map(lambda parts: "".join(w + g for w, g in parts)))
def test_cues_find_what_the_plain_search_finds(text: str) -> None:
    assert list(find_dates(text)) == _plain_find_dates(text)


@given(
    st.lists(st.tuples(_SOUP, _GLUE), max_size=8).map(lambda parts: "".join(w + g for w, g in parts)),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_date_at_is_the_first_date_found_when_it_starts_there(text: str, at: int, end: int) -> None:
    for start in {at, *(m.span.start for m in find_dates(text))}:  # the starts of dates, and any other place
        for stop in (end, len(text)):
            first = next(iter(find_dates(text, start, stop)), None)
            expected = first if first is not None and first.span.start == start else None
            assert _dates.date_at(text, start, stop) == expected


@given(st.lists(st.tuples(_SOUP, _GLUE), max_size=14).map(lambda parts: "".join(w + g for w, g in parts)))
def test_word_alternations_match_what_plain_ones_match(text: str) -> None:
    words = ["May", "March", "Mar", "MAY", "Monday", "Mon", "Sept", "Sep", "September", "the day before yesterday"]
    factored = re.compile(_dates._alternation(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("code", ["en", "ru"])
@given(st.lists(st.lists(st.tuples(_SOUP, _GLUE), max_size=6).map(lambda p: "".join(w + g for w, g in p)), max_size=5))
def test_dates_of_all_sentences_at_once_are_those_of_each(code: str, texts: list[str]) -> None:
    language = get(code)
    finder = language.find_dates or find_dates
    sentences = [_sentence(k, t) for k, t in enumerate(texts)]
    _read_dates(sentences, language)
    assert [list(s.dates or ()) for s in sentences] == [list(finder(t)) for t in texts]
    assert find_dates_in_parts(texts) == [list(find_dates(t)) for t in texts]


def _sentence(index: int, text: str) -> _Sentence:
    return _Sentence(
        index=index, span=Span(0, len(text)), text=text, low=text.lower(), people=[], mentioned=[],
        country_mentions=[], meeting=False, announced=False, backref=False, attended=False, separate=False,
        joint=False, sides={}, delegation_sides=set(), visited=None, positions={},
    )
