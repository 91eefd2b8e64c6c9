"""Article metadata read from the text: title, publication date, outlet, author, dateline, body.

Public interface (stable)::

    @attrs.frozen
    class Metadata:
        title: str | None;          title_span: Span | None
        published: date | None;     published_span: Span | None
        outlet: str | None;         outlet_span: Span | None   # None when taken from the URL
        author: str | None;         author_span: Span | None
        dateline_city: str | None;  dateline_span: Span | None  # the whole dateline ("BAKU, Azerbaijan, May 12")
        dateline_date: DateMention | None                       # the date in the dateline, if any
        language_hint: str          # "en", or "ru" when Cyrillic words outnumber Latin ones
        noise: tuple[Span, ...]     # page furniture (see defcoop._text.find_noise)
        body: Span                  # from the first content line after the title to the last content line

    extract_metadata(text: str, *, url: str | None = None) -> Metadata

Rules:

- ``published`` comes only from what the text states: a header stamp (" date 2022-10-11", "7 July 2023 17:31
  (UTC+04:00)", "Published : 09/07/2024", "Friday 24 April 2015 - 13:31", "IMMEDIATE RELEASE July 20, 1998",
  "12th Apr, 2025", "23 ноя 2021, 10:38"), or a full date in the dateline ("DUSHANBE, 28.10.2019 (Agency)").
  A line of its own holding a full date, above the first prose line or below the last, is a stamp, also with
  names, labels and times around the date between separators ("Ahram Online , Tuesday 7 Mar 2023", "News |
  11.02.2025 14:20 | ERR News", "Nairobi, 12th March 2024", "Posted On: 03 MAR 2023 2:10PM by PIB Delhi"; several
  different dates below the body are a list of other stories, not a stamp); stamps with a time of day
  outrank bare dates (site widgets show the current date without a time), a "Published"/"Posted" label outranks
  none and "Updated"/"Modified" ranks lowest, the " date YYYY-MM-DD" header outranks all, and a stamp whose month
  and day agree with the dateline wins over one that does not; ties go to the earliest. A dateline without a year
  ("ISLAMABAD, Jan. 28") gives a date only when the text reports a full date at most ten days before it ("MINSK,
  21 May ... The talks took place on 20 May 2025."): a bare year ("exercises during 2024") or a later date may be
  a plan or background, not the publication year. Never the clock, never the URL.
- ``dateline_city``: the place at the head of the first content line ("BAKU, Azerbaijan, May 12", "Tashkent,
  Uzbekistan (UzDaily.com) --", "RIYADH —", a line "Nairobi, 12th March 2024" of its own), in Title Case;
  ``None`` when the dateline names a country.
- ``title``: the first content line when it looks like a headline (no final period, not a dateline, not a
  stamp); a one- or two-word section label ("Defence Policy") is skipped when a headline-like line follows it.
- ``outlet``: an agency in the dateline ("(Xinhua)", "(UzDaily.com)", ". KAZINFORM -"), "Trend reports",
  "told News.Az", "- Bernama" at the end, a trailing tag line ("News.Az"), "Source: NewsWire", "By IRNA"; as a last
  resort the URL's host name (then ``outlet_span`` is ``None``).
- ``author``: a byline ("By Rashid Shirinov", "About Fidan Abdullayeva", "Author: X") that is not an agency.

Example:
    >>> from defcoop._metadata import extract_metadata
    >>> md = extract_metadata("Talks In Baku\\n\\nBAKU, Azerbaijan, May 12 (Trend) -- The minister met ...\\n\\n"
    ...                       "12 May 2024 10:15\\n\\nBy Ann Lee")
    >>> md.title, md.published, md.dateline_city, md.outlet, md.author
    ('Talks In Baku', datetime.date(2024, 5, 12), 'Baku', 'Trend', 'Ann Lee')
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from typing import Final, NamedTuple
from urllib.parse import urlsplit

import attrs

from defcoop import countries
from defcoop._dates import DateMention, date_at, find_dates
from defcoop._lang import bmp_blocks
from defcoop._lang.en.calendar import MONTHS_EN, RELATIVE_DAYS, WEEKDAYS, WEEKDAYS_SHORT
from defcoop._lang.en.metadata import DATE_LABELS, OUTLET_AGENCIES
from defcoop._text import DatesOnce, covered, lines, noise_in_lines
from defcoop.models import Span

__all__ = ["Metadata", "extract_metadata"]


@attrs.frozen
class Metadata:
    """What the text says about the article itself, with the spans it was read from.

    Attributes:
        title: the headline, if the text starts with one.
        published: the publication date the text states, else ``None``.
        outlet: the news outlet or agency named by the text (or the URL host as a last resort).
        author: the byline name.
        dateline_city: the city of the dateline, Title Case.
        language_hint: ``"en"``, or ``"ru"`` when Cyrillic words outnumber Latin ones.
        title_span: where the title is.
        published_span: where the chosen publication date is.
        outlet_span: where the outlet cue is (``None`` if it came from the URL).
        author_span: where the byline name is.
        dateline_span: where the whole dateline is ("BAKU, Azerbaijan, May 12 (Trend) --").
        dateline_date: the date mention inside the dateline, if any.
        noise: page-furniture spans (header stamps, widgets, bylines, tags).
        body: where the article body begins and ends (after the title, without leading/trailing noise).

    Example:
        >>> from defcoop.models import Span
        >>> Metadata(body=Span(0, 0)).published is None
        True
    """

    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    author: str | None = None
    dateline_city: str | None = None
    language_hint: str = "en"
    title_span: Span | None = None
    published_span: Span | None = None
    outlet_span: Span | None = None
    author_span: Span | None = None
    dateline_span: Span | None = None
    dateline_date: DateMention | None = None
    noise: tuple[Span, ...] = ()
    body: Span = attrs.field(factory=lambda: Span(0, 0))


# --------------------------------------------------------------------------- patterns

_WORD = r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’\-]{0,24}"  # Latin or Cyrillic ("BAKU", "ЕРЕВАН", "Москва")
#: The place at the head of a dateline: one to three capitalised words ("BAKU", "KUALA LUMPUR", "Nur-Sultan").
_DL_PLACE_RE: Final = re.compile(rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}")
#: How what follows a dateline place without a digit starts, when it is an agency in parentheses, slashes or
#: brackets, an agency in capitals or a second place (a date has a digit).
_DL_NEXT_RE: Final = re.compile(r"[,.]?[ \t]{0,3}[(/\[]|[.,][ \t]{1,3}[A-Z]|,[ \t]{1,3}[A-ZА-ЯЁ]")
#: A second place after a comma ("BAKU, Azerbaijan"): one to three capitalised words.
_DL_COMMA_PLACE_RE: Final = re.compile(rf",[ \t]{{1,3}}({_WORD}(?:[ \t]{_WORD}){{0,2}})(?=[ \t,.(]|--|—|–)")
#: An agency in parentheses: "(Xinhua)", "(UzDaily.com)", "(Paper / Point News - 12th Apr, 2025)".
_DL_PAREN_RE: Final = re.compile(
    r"[,.]?[ \t]{0,3}(?:\((?P<p>[^()\n]{1,80})\)|/(?P<p2>[^/\n]{1,40})/|\[(?P<p3>[^\[\]\n]{1,40})\])"
)
#: An agency in capitals after a period or comma: ". KAZINFORM", ", IRNA".
_DL_CAPS_AGENCY_RE: Final = re.compile(r"[.,][ \t]{1,3}([A-Z]{2,12})(?=[ \t]|--|—|–|-|:)")
#: The Russian word for "year" after a year in a dateline: "5 марта 2025 года", "5 февраля 2025 г.".
_DL_YEAR_WORD_RE: Final = re.compile(r"[ \t]{1,2}(?:года|год|г)(?=[ \t.,:]|--|—|–)")
#: A dash between spaces, after an agency's name ("Trend - Baku").
_AGENCY_DASH_RE: Final = re.compile(r"(?<=[ \t])[-–—](?=[ \t])")
#: The dash, colon or period that closes a dateline.
_DL_END_RE: Final = re.compile(r"[ \t]{0,3}(?:--|—|–|-|:|\.(?=[ \t]|\Z))[ \t]{0,3}")
#: "Trend reports", "Kazinform reports", "Tengrinews.kz reports".
_REPORTS_RE: Final = re.compile(
    r"(?<![\w.])(?<!the )(?<!The )"
    r"((?:[A-Z][A-Za-z]{1,20}[ \t]){0,2}[A-Z][A-Za-z]{1,20}(?:\.[a-z]{2,4})?)[ \t]reports?\b"
)
#: "told News.Az", "told Trend".
_TOLD_RE: Final = re.compile(r"\btold[ \t]([A-Z][A-Za-z]{1,20}\.[A-Z][A-Za-z]{1,4}|[A-Z][A-Za-z]{1,20}(?=[ .,]))")
#: "- Bernama" at the very end of the text.
_DASH_AGENCY_END_RE: Final = re.compile(r"[-–—][ \t]{0,2}([A-Z][A-Za-z]{1,20})[ \t]{0,3}\.?\s*\Z")
_DOMAIN_TAG_RE: Final = re.compile(r"[A-Za-z][\w-]{0,30}(?:\.[A-Za-z][\w-]{1,15}){1,3}")
_SOURCE_RE: Final = re.compile(r"Source[ \t]{0,2}:[ \t]{0,3}([A-Z][\w.&' -]{1,40})")
_BYLINE_NAME_RE: Final = re.compile(
    r"(?:By|BY|About|ABOUT|Author[ \t]{0,2}:|Author`s name|Author's name|Written by|Reporting by)[ \t]{1,3}"
    r"([A-Z][\w.'’`-]{0,30}(?:[ \t]{1,3}(?:[A-Z][\w.'’`-]{0,30}|and|AND|&|de|van|von|al|bin|ibn)){0,7})[ \t]*\Z"
)
#: How the lines ``_BYLINE_NAME_RE`` matches start.
_BYLINE_STARTS: Final = ("By", "BY", "About", "ABOUT", "Author", "Written by", "Reporting by")
_WIRE_RE: Final = re.compile(r"\(MENAFN[ \t]{0,3}[-–][ \t]{0,3}([^()\n]{1,60})\)")
_HEADER_DATE_RE: Final = re.compile(r"date[ \t]{1,8}([0-9]{4})-([0-9]{2})-([0-9]{2})")
#: The label of a stamp, just before its date: "Published", "Posted", "Updated", "Last modified".
_STAMP_LABEL_RE: Final = re.compile(
    r"\b(?:published|posted|issued|release|updated|last updated|modified|last modified)\b", re.IGNORECASE
)
#: A time of day on a stamp line: "14:20", "2:10PM", "10.15 a.m.".
_STAMP_CLOCK_RE: Final = re.compile(
    r"(?<![0-9])(?:[01]?[0-9]|2[0-3])[:.h][0-5][0-9](?::[0-5][0-9])?(?:[ \t]{0,2}[AaPp]\.?[Mm]\.?)?(?![0-9])"
)
#: What separates the pieces of a stamp line: "|", ",", "•", " - ", "–", "—", "/" between spaces.
_STAMP_SEPARATOR_RE: Final = re.compile(r"[|,;•·]|[ \t][-/][ \t]|[–—]")
#: A piece of a stamp line besides its date: an outlet, section or city name in capitals ("Ahram Online", "ERR
#: News", "Nairobi", "The Daily Star"), perhaps after "by" ("by PIB Delhi"); at most five words.
_STAMP_NAME_RE: Final = re.compile(
    r"(?:[Bb]y[ \t]{1,3})?[A-ZА-ЯЁ][\w.&'’-]{0,30}"
    r"(?:[ \t]{1,3}(?:[A-ZА-ЯЁ0-9][\w.&'’-]{0,30}|of|the|and|&|de|on|at)){0,3}"
)
#: A piece of a stamp line in lower case: "at" and "hrs" around a time, "on" before the date, "2 hours ago".
_STAMP_FILLER_RE: Final = re.compile(
    r"(?:(?:at|on|hrs|hours|local time|IST|GMT|UTC)(?:[ \t]{1,3}|\Z)){1,3}"
    r"|(?:(?:updated|published|posted)[ \t:]{1,3})?[0-9]{1,3}[ \t]{1,3}"
    r"(?:second|minute|min|hour|hr|day|week)s?[ \t]{1,3}ago",
    re.IGNORECASE,
)
_CYRILLIC_RE: Final = re.compile(r"[А-Яа-яЁё]+")
#: At least eight words (runs of non-space characters) from the start of a trimmed line (the guard keeps a search
#: from restarting inside a word).
_PROSE_WORDS_RE: Final = re.compile(r"(?<!\S)(?:\S+\s+){7}\S")
#: A word that ends in a period, inside a trimmed line.
_PERIOD_WORD_END_RE: Final = re.compile(r"\.\s")
_DIGIT_RE: Final = re.compile(r"[0-9]")
#: Keys for binary searches over spans (C functions: no Python call per step).
_START: Final = operator.attrgetter("start")
_END: Final = operator.attrgetter("end")
_LATIN_RE: Final = re.compile(r"[A-Za-z]+")

#: The ends of a byline that names an agency after the author ("By Ann Lee Associated Press").
_AGENCY_SUFFIXES: Final = tuple(" " + agency for agency in OUTLET_AGENCIES)
_CALENDAR_WORDS: Final = frozenset({*MONTHS_EN, *WEEKDAYS, *WEEKDAYS_SHORT, *RELATIVE_DAYS, "on", "date"})
_PRESS_WORDS: Final = frozenset({"Gazette", "Times", "News", "Post", "Press", "Tribune", "Herald", "Observer"})
#: Scores of publication-date candidates: the " date YYYY-MM-DD" header; a stamp with a time of day; a stamp
#: without one (site widgets show the current date without a time); the bonus for agreeing with the dateline.
_SCORE_HEADER: Final = 6
_SCORE_TIMED: Final = 4
_SCORE_STAMP: Final = 3
_SCORE_AGREES: Final = 2
#: The longest line read as a stamp with names on it ("Ahram Online , Tuesday 7 Mar 2023").
_NAMED_STAMP_MAX: Final = 100
#: A dateline without a year takes the year of a full date stated in the text that falls this many days or fewer
#: before the dateline day (the report of a recent event: "MINSK, 21 May ... took place on 20 May 2025").
_YEAR_FROM_TEXT_DAYS: Final = 10
_HEADER_LINES: Final = 8
_ZONE_MAX: Final = 30
_FOOTER_LINES: Final = 8
_TITLE_MAX: Final = 200
_TITLE_MIN_WORDS: Final = 3
_NON_OUTLETS: Final = frozenset(
    {"Ministry", "Office", "Service", "Agency", "Media", "It", "He", "She", "They", "Government", "Source", "Report"}
)


# --------------------------------------------------------------------------- helpers


def _overlapping(span: Span, noise: tuple[Span, ...]) -> tuple[Span, ...]:
    """The noise spans that overlap ``span`` (``noise`` is sorted and without overlap: a binary search)."""
    i = bisect.bisect_right(noise, span.start, key=_END)
    j = bisect.bisect_left(noise, span.end, key=_START)
    return noise[i:j]


def _content_start(text: str, line: Span, noise: tuple[Span, ...]) -> int:
    """Where content begins in ``line``: after any noise prefix (" date 2022-12-01 …", "(MENAFN- X) …")."""
    pos = line.start
    for n in _overlapping(line, noise):
        if n.start <= pos < n.end or (pos <= n.start < line.end and not text[pos : n.start].strip()):
            pos = max(pos, n.end)
    while pos < line.end and text[pos].isspace():
        pos += 1
    return pos


def _outlet_name_ok(name: str) -> bool:
    """Reject "Ministry reports", "Azerbaijani Defense Ministry reports"; keep "Trend", "Daily Gazette"."""
    words = name.split()
    if words[-1] in _NON_OUTLETS:
        return False
    return not (len(words) > 1 and countries.lookup(words[0]) is not None and words[-1] not in _PRESS_WORDS)


def _agency(raw: str) -> str:
    """The agency named by ``raw``: up to a slash or a spaced dash ("Paper / Point News", "Trend - Baku"), under
    its usual name ("xinhua" is "Xinhua")."""
    name = raw.strip().split("/")[0].strip()
    dash = _AGENCY_DASH_RE.search(name) if "-" in name or "–" in name or "—" in name else None
    if dash is not None:
        name = name[: dash.start()].strip()
    return OUTLET_AGENCIES.get(name.lower(), name)


class _Dateline(NamedTuple):
    """A dateline read by :func:`_parse_dateline` (a named tuple: one is made for each article)."""

    span: Span
    city: str | None
    date: DateMention | None
    agency: str | None
    agency_span: Span | None


def _parse_dateline(text: str, start: int, end: int) -> _Dateline | None:
    """A dateline at ``text[start:]``: PLACE[, PLACE][, DATE][ (AGENCY)][. AGENCY] then "--", "—", ":" or "."."""
    place = _DL_PLACE_RE.match(text, start, end)
    if place is None:
        return None
    pos, word = place.end(), place.group()
    caps = word.upper() == word and sum(c.isalpha() for c in word) >= 3
    window = min(end, pos + 40)  # a date with a month has a digit: without one, no date search
    if not caps and _DL_NEXT_RE.match(text, pos, end) is None and _DIGIT_RE.search(text, pos, window) is None:
        return None  # a place in title case needs a date, an agency or a country after it: none can follow
    components = 0
    date: DateMention | None = None
    agency: str | None = None
    agency_span: Span | None = None
    for _ in range(4):
        window = min(end, pos + 40)  # a date with a month has a digit: without one, no date search
        # the first date of the window counts only when at most three characters, spaces and a comma, stand before
        # it; no date starts with one of them, so it is the date at the end of their run, if any
        at = pos
        while at < window and at - pos < 4 and (text[at].isspace() or text[at] == ","):
            at += 1
        gap = text[pos:at]
        ok = len(gap) <= 3 and gap.strip() in {",", ""} and _DIGIT_RE.search(text, pos, window) is not None
        d = date_at(text, at, window) if ok else None
        if d is not None and d.month is not None:
            date, pos, components = d, d.span.end, components + 1
            year_word = _DL_YEAR_WORD_RE.match(text, pos, end) if d.year is not None else None
            if year_word is not None:  # "5 марта 2025 года." / "5 февраля 2025 г."
                pos = year_word.end()
            continue
        paren = _DL_PAREN_RE.match(text, pos, end)
        if paren:
            group = paren.lastgroup or "p"
            inner, inner_at = paren.group(group), paren.start(group)
            dated = _DIGIT_RE.search(inner) is not None  # a day and a month need a digit
            inner_dates = [m for m in find_dates(inner) if m.month is not None and m.day is not None] if dated else []
            if inner_dates and date is None:
                m0 = inner_dates[0]
                date = attrs.evolve(m0, span=Span(inner_at + m0.span.start, inner_at + m0.span.end))
            if countries.lookup(inner.strip()) is None:  # "New Delhi [India]" names a country, not an agency
                agency, agency_span = _agency(inner), Span(inner_at, paren.end(group))
            pos, components = paren.end(), components + 1
            continue
        agency_m = _DL_CAPS_AGENCY_RE.match(text, pos, end)
        if (agency_m and agency_m.group(1).lower() in OUTLET_AGENCIES) or (agency_m and caps):
            agency, agency_span = _agency(agency_m.group(1)), Span(agency_m.start(1), agency_m.end(1))
            pos, components = agency_m.end(), components + 1
            continue
        comma = _DL_COMMA_PLACE_RE.match(text, pos, end)
        if comma and date is None and agency is None and countries.lookup(comma.group(1)) is not None:
            pos, components = comma.end(), components + 1
            continue
        break
    close = _DL_END_RE.match(text, pos, end)
    alone = date is not None and date.is_full() and not text[pos:end].strip()  # a line "Nairobi, 12th March 2024"
    if close is None and not alone and not (agency is not None and (components >= 2 or caps)):
        return None  # "Ankara, May 11, AGENCY …" and "CITY, (Paper …) …" close without a dash
    if close is not None and close.group().strip() == "." and components == 0 and not caps:
        return None
    if not caps and date is None and agency is None:
        return None  # "Azerbaijan, Kazakhstan - new horizons" is a headline: a dateline in title case needs more
    stop = close.end() if close is not None else pos
    if word.lower().rstrip(".") in _CALENDAR_WORDS:
        return None  # "Thu, 04/25/2024 - 10:15" is a stamp, not a dateline
    city = None if countries.lookup(word) is not None else _title_case(word)
    s, e = start, stop
    while e > s and text[e - 1].isspace():
        e -= 1
    return _Dateline(Span(s, e), city, date, agency, agency_span)


def _title_case(word: str) -> str:
    if word.upper() != word:
        return word
    return "-".join(" ".join(w.capitalize() for w in part.split()) for part in word.split("-"))


def _language(text: str) -> str:
    """ "ru" when Cyrillic words outnumber Latin ones in the first 4000 characters."""
    stop = min(len(text), 4000)
    head = text[:stop]
    if head.isascii() or 4 not in bmp_blocks(head) or _CYRILLIC_RE.search(head) is None:  # 4: U+0400-U+04FF
        return "en"
    cyr = len(_CYRILLIC_RE.findall(text, 0, stop))
    return "ru" if cyr > len(_LATIN_RE.findall(text, 0, stop)) else "en"


# --------------------------------------------------------------------------- the extractor


def extract_metadata(text: str, *, url: str | None = None) -> Metadata:
    """Read an article's title, publication date, outlet, author, dateline and body bounds from its text.

    Args:
        text: the article text, header and footer lines included.
        url: the article's URL; used only as a last resort for ``outlet`` (its host name), never for dates.

    Returns:
        The :class:`Metadata`; fields the text does not state are ``None``.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    Example:
        >>> md = extract_metadata(" date 2024-04-25 + ↺ − 16 px\\n\\nOn April 25, the minister met X.\\n\\nNews.Az")
        >>> md.published, md.outlet, md.title
        (datetime.date(2024, 4, 25), 'News.Az', None)
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_metadata() needs a str, got {type(text).__name__}")
    all_lines = lines(text)
    dates = DatesOnce(text)
    noise = noise_in_lines(text, all_lines, dates)
    dateline = _find_dateline(text, all_lines, noise)
    head, tail = _zones(text, all_lines, noise)
    stamps = _named_stamps(text, (*head, *tail), noise, dates)
    if stamps:
        noise = tuple(sorted((*noise, *stamps)))
        if any(_is_prose(text, ln) for ln in stamps):  # else the prose lines, and so the zones, stay the same
            head, tail = _zones(text, all_lines, noise)
    content = _uncovered(all_lines, noise)
    title_span = _find_title(text, content, noise, dateline)
    published_span = _find_published(text, head, tail, noise, dateline, dates)
    outlet, outlet_span = _find_outlet(text, all_lines, content, noise, dateline, url)
    author_span = _find_author(text, all_lines)
    return Metadata(
        title=title_span.of(text) if title_span else None,
        published=published_span.resolve(None) if published_span else None,
        outlet=outlet,
        author=author_span.of(text) if author_span else None,
        dateline_city=dateline.city if dateline else None,
        language_hint=_language(text),
        title_span=title_span,
        published_span=published_span.span if published_span else None,
        outlet_span=outlet_span,
        author_span=author_span,
        dateline_span=dateline.span if dateline else None,
        dateline_date=dateline.date if dateline else None,
        noise=noise,
        body=_find_body(text, content, noise, title_span),
    )


def _find_dateline(text: str, all_lines: tuple[Span, ...], noise: tuple[Span, ...]) -> _Dateline | None:
    """The dateline at the head of one of the first content lines (after a glued header prefix)."""
    j, count = 0, len(noise)
    for ln in all_lines[:_HEADER_LINES]:
        while j < count and noise[j].end <= ln.start:  # lines and noise walked together: the first noise not before
            j += 1
        if j < count and noise[j].start < ln.end:  # noise on the line
            if covered(ln, noise):
                continue
            start = _content_start(text, ln, noise)
        else:
            start = ln.start  # lines are trimmed
        dateline = _parse_dateline(text, start, ln.end)
        if dateline is not None:
            return dateline
    return None


def _find_title(
    text: str, content: tuple[Span, ...], noise: tuple[Span, ...], dateline: _Dateline | None
) -> Span | None:
    """The first content line when it looks like a headline; a one- or two-word section label followed by
    another headline-like line is skipped."""
    for i, ln in enumerate(content[:4]):
        cs = _content_start(text, ln, noise)
        if cs != ln.start or (dateline is not None and dateline.span.start == cs):
            return None
        words = text[ln.start : ln.end].split()
        if len(words) < _TITLE_MIN_WORDS and i + 1 < len(content) and not _ends_prose(text, content[i + 1]):
            continue  # a section label above the headline ("Defence Policy", "SAUDI ARABIA")
        if len(ln) <= _TITLE_MAX and text[ln.end - 1] not in ".,;:" and len(words) >= 2:
            return ln
        return None
    return None


def _find_published(
    text: str,
    head: tuple[Span, ...],
    tail: tuple[Span, ...],
    noise: tuple[Span, ...],
    dateline: _Dateline | None,
    dates: DatesOnce,
) -> DateMention | None:
    """The best-scored full date among the header/footer stamps (in the zones ``head`` and ``tail``), the " date"
    header and the dateline."""
    candidates: list[tuple[int, int, DateMention]] = []  # (score, -order, mention)
    footer: list[tuple[int, int, DateMention]] = []
    for order, ln in enumerate((*head, *tail), start=1):
        found = footer if order > len(head) else candidates
        header = _HEADER_DATE_RE.match(text, ln.start, ln.end)  # lines are trimmed
        if header:
            d = next(iter(find_dates(text, header.start(1), header.end(3))), None)
            if d is not None and d.is_full():
                candidates.append((_SCORE_HEADER, -order, d))
        for n in _overlapping(ln, noise):
            if _DIGIT_RE.search(text, n.start, n.end) is None:
                continue  # a full date has digits
            label_from = n.start
            for d in dates(n.start, n.end):
                label_start, label_from = label_from, d.span.end  # a label between the previous date and this one
                if not d.is_full() or (header and d.span.start < header.end()):
                    continue
                label = _STAMP_LABEL_RE.search(text, label_start, d.span.start)
                score = _SCORE_TIMED if d.time else _SCORE_STAMP
                if label is not None:  # "Published: …" outranks "Updated: …"
                    score += -2 if label.group().lower().startswith(("upd", "mod", "last")) else 1
                found.append((score, -order, d))
    if len({c[2].resolve(None) for c in footer}) == 1:  # several different dates below the body: a story list
        candidates.extend(footer)
    if dateline is not None and dateline.date is not None:
        dd = dateline.date
        if dd.is_full():
            candidates.append((_SCORE_TIMED, 0, dd))
        for i, (score, o, d) in enumerate(candidates):
            if d.month == dd.month and d.day == dd.day:
                candidates[i] = (score + _SCORE_AGREES, o, d)
    if not candidates:
        return _year_from_text(text, noise, dateline)
    return max(candidates, key=lambda c: (c[0], c[1]))[2]


def _year_from_text(text: str, noise: tuple[Span, ...], dateline: _Dateline | None) -> DateMention | None:
    """The dateline's day completed with the year of a full date the text states (outside page furniture) that
    falls at most ten days before it: the report of a recent event ("MINSK, 21 May ... took place on 20 May
    2025"). A date after the dateline day is a plan, not a report, and gives no year; so does a bare year
    ("exercises during 2024"); years that disagree give none."""
    if dateline is None or dateline.date is None:
        return None
    dd = dateline.date
    if dd.month is None or dd.day is None or dd.year is not None or dd.until is not None:
        return None
    years: set[int] = set()
    for d in find_dates(text, dateline.span.end):
        stated = d.resolve(None) if d.is_full() else None
        if stated is None or _overlapping(d.span, noise):
            continue
        for year in (stated.year, stated.year + 1):  # "30 December 2024" before a "January 3" dateline
            day = _safe_date(year, dd.month, dd.day)
            if day is not None and 0 <= (day - stated).days <= _YEAR_FROM_TEXT_DAYS:
                years.add(year)
    if len(years) != 1:
        return None
    return attrs.evolve(dd, year=years.pop())


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _named_stamps(text: str, zones: tuple[Span, ...], noise: tuple[Span, ...], dates: DatesOnce) -> list[Span]:
    """The header and footer lines (``zones``) outside ``noise`` that are date stamps with names on them."""
    return [ln for ln in zones if not _overlapping(ln, noise) and _named_stamp(text, ln, dates)]


def _named_stamp(text: str, line: Span, dates: DatesOnce) -> bool:
    """A line that holds one full date and otherwise only names, labels, times and separators: "Ahram Online ,
    Tuesday 7 Mar 2023", "News | 11.02.2025 14:20 | ERR News", "Nairobi, 12th March 2024", "7 March 2023 |
    Defence | The Daily Star", "Posted On: 03 MAR 2023 2:10PM by PIB Delhi". Each name is at most four words, in
    capitals but for a few joining words, so a headline or a sentence that holds a date is not a stamp."""
    if len(line) > _NAMED_STAMP_MAX or _DIGIT_RE.search(text, line.start, line.end) is None:
        return False  # a full date has digits
    full = [d for d in dates(line.start, line.end) if d.is_full()]
    if len({d.resolve(None) for d in full}) != 1:
        return False
    rest, pos = [], line.start
    for d in full:
        rest.append(text[pos : d.span.start])
        pos = d.span.end
    rest.append(text[pos : line.end])
    for piece in rest:
        if _DIGIT_RE.search(piece) is not None:  # a time of day is a separator
            piece = _STAMP_CLOCK_RE.sub("|", piece)
        for segment in _STAMP_SEPARATOR_RE.split(piece):
            words = segment.strip(" \t\u00a0:()[]")
            if not (
                not words
                or _STAMP_NAME_RE.fullmatch(words)
                or words.lower() in DATE_LABELS
                or _STAMP_LABEL_RE.fullmatch(words)
                or _STAMP_FILLER_RE.fullmatch(words)
            ):
                return False
    return True


def _find_outlet(
    text: str,
    all_lines: tuple[Span, ...],
    content: tuple[Span, ...],
    noise: tuple[Span, ...],
    dateline: _Dateline | None,
    url: str | None,
) -> tuple[str | None, Span | None]:
    """The outlet named by the dateline, a wire prefix, a "reports"/"told" cue, an end tag; else the URL host."""
    if dateline is not None and dateline.agency:
        return dateline.agency, dateline.agency_span
    for n in noise[:4]:
        wire = _WIRE_RE.search(text, n.start, n.end)
        if wire:
            return _agency(wire.group(1)), Span(wire.start(1), wire.end(1))
    first_paragraphs_end = content[min(len(content), 6) - 1].end if content else 0
    for cue, pattern, before in ((" report", _REPORTS_RE, 70), ("told ", _TOLD_RE, 0)):
        at = text.find(cue, 0, first_paragraphs_end)
        while at != -1:  # the patterns run only around their cue word
            for m in pattern.finditer(text, max(0, at - before), min(first_paragraphs_end, at + 40)):
                if _outlet_name_ok(m.group(1)):
                    return OUTLET_AGENCIES.get(m.group(1).lower(), m.group(1)), Span(m.start(1), m.end(1))
            at = text.find(cue, at + 1, first_paragraphs_end)
    tail_m = _DASH_AGENCY_END_RE.search(text, max(0, len(text) - 40))
    if tail_m and tail_m.group(1).lower() in OUTLET_AGENCIES:
        return OUTLET_AGENCIES[tail_m.group(1).lower()], Span(tail_m.start(1), tail_m.end(1))
    for ln in reversed(all_lines[-_FOOTER_LINES:]):  # each pattern only on lines that can match it
        s, e = ln.start, ln.end
        src = _SOURCE_RE.fullmatch(text, s, e) if text.startswith("Source", s) else None
        if src:
            return _agency(src.group(1)), Span(src.start(1), src.end(1))
        if text.find(" ", s, e) == -1 and text.find(".", s, e) != -1:
            line = text[s:e]
            if _DOMAIN_TAG_RE.fullmatch(line) and any(c.isupper() for c in line):
                return line, ln
        by = _BYLINE_NAME_RE.fullmatch(text, s, e) if text.startswith(_BYLINE_STARTS, s) else None
        if by and by.group(1).lower() in OUTLET_AGENCIES:
            return OUTLET_AGENCIES[by.group(1).lower()], Span(by.start(1), by.end(1))
    if url:  # last resort, documented: the host name, with no span in the text
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").removeprefix("www.")
        return host or None, None
    return None, None


def _find_author(text: str, all_lines: tuple[Span, ...]) -> Span | None:
    """The name in a byline line of the header or footer that is not an agency ("By IRNA" names the outlet)."""
    for ln in (*all_lines[:_HEADER_LINES], *all_lines[-_FOOTER_LINES:]):
        by = _BYLINE_NAME_RE.fullmatch(text, ln.start, ln.end) if text.startswith(_BYLINE_STARTS, ln.start) else None
        if by is None or by.group(1).lower() in OUTLET_AGENCIES:
            continue
        name, end = by.group(1), by.end(1)
        lowered = name.lower()
        if lowered.endswith(_AGENCY_SUFFIXES):  # "By A AND B Associated Press": the agency is not the author
            for agency in OUTLET_AGENCIES:
                if lowered.endswith(" " + agency) and len(name) > len(agency) + 1:
                    end = by.start(1) + len(name[: -len(agency) - 1].rstrip())
                    break
        return Span(by.start(1), end)
    return None


def _find_body(text: str, content: tuple[Span, ...], noise: tuple[Span, ...], title_span: Span | None) -> Span:
    """From the first content line after the title (a repeated headline skipped) to the last content line."""
    if title_span is None:
        return Span(_content_start(text, content[0], noise), content[-1].end) if content else Span(0, 0)
    title = title_span.of(text)
    # the content lines after the title, without repeats of the headline: only the first and the last one count
    body = content[bisect.bisect_right(content, title_span.start, key=_START) :]
    first = next((ln for ln in body if len(ln) != len(title) or ln.of(text) != title), None)
    if first is None:
        return Span(len(text), len(text))
    last = next(ln for ln in reversed(body) if len(ln) != len(title) or ln.of(text) != title)
    return Span(_content_start(text, first, noise), last.end)


def _zones(
    text: str, all_lines: tuple[Span, ...], noise: tuple[Span, ...]
) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The header lines (up to the first prose line) and the footer lines (after the last prose line).

    A prose line is a content line of at least eight words with a sentence end (a headline has none). Each zone
    is at most thirty lines; without any prose line they are the first and the last eight lines.
    """
    first = next((i for i, ln in enumerate(all_lines) if _is_prose(text, ln) and not covered(ln, noise)), None)
    if first is None:
        head_end = min(_HEADER_LINES, len(all_lines))
        return all_lines[:head_end], all_lines[max(head_end, len(all_lines) - _FOOTER_LINES) :]
    last = first  # the last prose line: looked for from the end
    for i in range(len(all_lines) - 1, first, -1):
        if _is_prose(text, all_lines[i]) and not covered(all_lines[i], noise):
            last = i
            break
    head_end = min(first + 1, _ZONE_MAX)
    tail_start = max(last + 1, len(all_lines) - _ZONE_MAX, head_end)
    return all_lines[:head_end], all_lines[tail_start:]


def _uncovered(spans: tuple[Span, ...], noise: tuple[Span, ...]) -> tuple[Span, ...]:
    """The ``spans`` (sorted) that no span of ``noise`` (sorted, without overlap) covers: one walk over both."""
    if not noise:
        return spans
    out = []
    j, last = 0, len(noise) - 1
    for span in spans:
        while j < last and noise[j + 1].start <= span.start:
            j += 1
        n = noise[j]
        if not (n.start <= span.start and span.end <= n.end):
            out.append(span)
    return tuple(out)


def _ends_prose(text: str, line: Span) -> bool:
    """A line of prose that ends a sentence (the first paragraph, not a second headline)."""
    return text[line.end - 1] in '.!?"”’)' and _PROSE_WORDS_RE.match(text, line.start, line.end) is not None


def _is_prose(text: str, line: Span) -> bool:
    """A line (trimmed) of at least eight words that ends a sentence or has a word ending in a period."""
    if _PROSE_WORDS_RE.match(text, line.start, line.end) is None:
        return False
    return text[line.end - 1] in '.!?"”’)' or _PERIOD_WORD_END_RE.search(text, line.start, line.end) is not None
