"""Text segmentation: paragraphs, sentences and the page-furniture lines ("noise") around an article body.

Public interface (stable)::

    @attrs.frozen
    class Sentence:
        span: Span          # into the original text, trimmed of surrounding whitespace
        paragraph: int      # 0-based index of the paragraph (block between blank lines) in the whole text
        def of(self, text: str) -> str: ...

    split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]
    find_noise(text: str) -> tuple[Span, ...]
    noise_in_lines(text: str, text_lines: tuple[Span, ...], dates: DatesOnce) -> tuple[Span, ...]  # given lines(text)
    covered(span: Span, spans: tuple[Span, ...]) -> bool   # binary search in sorted, disjoint spans
    paragraphs(text: str) -> tuple[Span, ...]
    lines(text: str) -> tuple[Span, ...]

The text is never modified: every offset indexes the input string. Paragraphs are separated by blank lines. Inside
a paragraph a line break ends a sentence (headlines, captions and list lines carry no final period) unless the
paragraph is hard-wrapped prose (most lines long and unpunctuated), the next line starts in lower case, or the
line stops on a comma, a hyphen or a word that cannot end a sentence ("of", "the"); then the break is read as a
space. Sentence ends are ".", "!", "?" and "…" (with closing quotes or brackets) before whitespace and a word that
does not start in lower case, except after titles and ranks ("Gen.", "Lt.", "Mr."), single-letter initials in any
script ("M. Khusainov", "С. Шойгу"), dotted abbreviations ("U.S."), and numeric abbreviations before a number
("No. 5", "Jan. 28") — unless the next word is one that starts sentences and never a name ("the U.S. The talks").
A stop glued to the next sentence by a scraper ("capital.The sides") is an end too, and a
header glued to the first sentence (" date 2022-12-01 The minister …", "(MENAFN- Agency) …") is a sentence of its
own, so the first sentence starts where the content does.

Noise is the page furniture that is not article content: header date stamps ("date 2022-10-11 + ↺ − 16 px",
"7 July 2023 17:31 (UTC+04:00)"), breadcrumbs ("Home / featured / …"), rules ("---"), photo credits, bylines
("By Rashid Shirinov", "About Fidan Abdullayeva"), trailing outlet tags ("News.Az"), share and print widgets,
"Read more" prompts, copyright lines, view counters, attribution lines ("Daily Gazette report"), tracking codes.
Later stages must not read officials from noise spans.

Every pattern is compiled once and runs in linear time.

Example:
    >>> from defcoop._text import split_sentences, find_noise
    >>> text = "Headline Here\\n\\nLt. Gen. M. Khusainov met Col. Ivanov in the U.S. capital. They talked.\\n\\nNews.Az"
    >>> [s.of(text) for s in split_sentences(text)]
    ['Headline Here', 'Lt. Gen. M. Khusainov met Col. Ivanov in the U.S. capital.', 'They talked.', 'News.Az']
    >>> [span.of(text) for span in find_noise(text)]
    ['News.Az']
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable
from typing import Final

import attrs

from defcoop._dates import DateMention, find_dates
from defcoop._lang.en.calendar import WEEKDAYS, WEEKDAYS_SHORT
from defcoop._lang.en.metadata import (
    BOILERPLATE_LINE_STARTS,
    DATE_LABELS,
    NUMERIC_ABBREVIATIONS,
    SENTENCE_STARTERS,
    TITLE_ABBREVIATIONS,
    WIDGET_LINES,
)
from defcoop.models import Span

__all__ = ["DatesOnce", "Sentence", "covered", "find_noise", "lines", "noise_in_lines", "paragraphs", "split_sentences"]


@attrs.frozen(init=False)
class Sentence:
    """One sentence (or headline, caption or list line) of the text.

    Attributes:
        span: where it is in the text, without surrounding whitespace.
        paragraph: the 0-based index of its paragraph (a block between blank lines) in the whole text.

    Example:
        >>> from defcoop.models import Span
        >>> Sentence(Span(0, 3), paragraph=0).of("Hi. There.")
        'Hi.'
    """

    span: Span
    paragraph: int

    def __init__(self, span: Span, paragraph: int) -> None:
        # written by hand: sentences are made by the hundred; the slots are set through their descriptors (the
        # frozen class refuses assignment)
        _set_sentence_span(self, span)
        _set_sentence_paragraph(self, paragraph)

    def of(self, text: str) -> str:
        """The sentence's text.

        Example:
            >>> from defcoop.models import Span
            >>> Sentence(Span(4, 10), 0).of("Hi. There.")
            'There.'
        """
        return self.span.of(text)


_set_sentence_span: Callable[[Sentence, Span], None] = Sentence.__dict__["span"].__set__
_set_sentence_paragraph: Callable[[Sentence, int], None] = Sentence.__dict__["paragraph"].__set__


# --------------------------------------------------------------------------- lines and paragraphs


class DatesOnce:
    """The dates of ranges of one text (:func:`~defcoop._dates.find_dates`), each range searched only once: the
    noise finder and the metadata reader look at the dates of the same stamp lines.

    Example:
        >>> dates = DatesOnce("Baku, 12 May 2024")
        >>> dates(0, 17) is dates(0, 17), dates(0, 17)[0].day
        (True, 12)
    """

    __slots__ = ("_found", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[tuple[int, int], tuple[DateMention, ...]] = {}

    def __call__(self, start: int, end: int) -> tuple[DateMention, ...]:
        """The date mentions in ``text[start:end]``."""
        found = self._found.get((start, end))
        if found is None:
            found = self._found[start, end] = find_dates(self._text, start, end)
        return found


_LINE_RE: Final = re.compile(r"[^\n]+")
#: A line trimmed of surrounding whitespace: from its first non-space character to its last.
_TRIMMED_LINE_RE: Final = re.compile(r"\S(?:[^\n]*\S)?")
#: What separates two paragraphs: a blank line (two line breaks with only horizontal whitespace between them) and
#: all the whitespace after it. It starts with a plain line break, which the regex engine finds fast.
_PARAGRAPH_BREAK_RE: Final = re.compile(r"\n[^\S\n]*\n\s*")
_NONSPACE_RE: Final = re.compile(r"\S")
#: The key of a binary search over spans by start (a C function: no Python call per step).
_START: Final = operator.attrgetter("start")
_DIGIT_RE: Final = re.compile(r"[0-9]")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def lines(text: str) -> tuple[Span, ...]:
    """The non-blank lines of ``text``, trimmed of surrounding whitespace.

    Example:
        >>> [s.of("a b \\n\\n  c\\n") for s in lines("a b \\n\\n  c\\n")]
        ['a b', 'c']
    """
    return tuple([Span(m.start(), m.end()) for m in _TRIMMED_LINE_RE.finditer(text)])


def paragraphs(text: str) -> tuple[Span, ...]:
    """The paragraphs of ``text`` (blocks between blank lines), trimmed; blank blocks are skipped.

    Example:
        >>> t = "One.\\nStill one.\\n \\nTwo."
        >>> [p.of(t) for p in paragraphs(t)]
        ['One.\\nStill one.', 'Two.']
    """
    return tuple(Span(s, e) for s, e in _paragraph_bounds(text))


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the :func:`paragraphs` of ``text``.

    A break takes all the whitespace after its blank line, and at most horizontal whitespace is left before it, so
    in the trimmed text every paragraph starts trimmed and none is blank.
    """
    pos, end = _trim(text, 0, len(text))
    out: list[tuple[int, int]] = []
    for m in _PARAGRAPH_BREAK_RE.finditer(text, pos, end):
        e = m.start()
        while text[e - 1].isspace():
            e -= 1
        out.append((pos, e))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


# --------------------------------------------------------------------------- sentences

#: Sentence-final punctuation (a whole run, never restarted inside it) with closing quotes or brackets,
#: before whitespace or the end of the text.
#: Also a stop glued to the next sentence by a scraper ("cooperation.The sides"): a lower-case word of three
#: letters or more, then a capitalised word of three letters or more ("told News.Az" stays whole).
#: The pattern starts with the stop itself (the run's start is checked right after), so the regex engine can skip
#: to the next stop character instead of trying every position.
#: Group ``more`` is the punctuation after the first character, before the closing quotes; group ``next`` starts
#: at the first non-space character after them (none at the end of the searched range), and is the word there
#: ("The", "He") when it is one of at most ten Latin letters (group ``word``).
#: Group ``starter`` is the word when it is a capitalised sentence starter ("The"), which ends the sentence for sure.
_STARTERS: Final = "|".join(
    sorted((w.capitalize() for w in SENTENCE_STARTERS if re.fullmatch("[a-z]{1,10}", w)), key=len, reverse=True)
)
_STOP_REST: Final = (
    r"(?<![.!?…][.!?…])(?P<more>[.!?…]*)[\"'”’»)\]]*(?=\s|\Z|(?<=[a-z]{3}[.!?])[A-Z][a-z]{2})"
    rf"(?=\s*(?P<next>(?P<word>(?P<starter>{_STARTERS})\b|[A-Za-z]{{1,10}}\b)|\S))?"
)
_TERMINAL_RE: Final = re.compile(r"[.!?…]" + _STOP_REST)
#: The same for a text without "!", "?" and "…": a pattern that starts with a plain character is searched for
#: several times faster.
_PERIOD_TERMINAL_RE: Final = re.compile(r"\." + _STOP_REST)
#: How a glued header prefix starts (see ``_prefix_noise``): checked before anything else runs.
_PREFIX_STARTS: Final = ("date", "(MENAFN")
#: The word before a period: letters of any script and inner periods ("Gen", "U.S", "h.e", "С"), at most 12
#: characters back.
_WORD_BEFORE_RE: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|\.){0,11}\Z")
_LINE_END_PUNCT: Final = frozenset(".!?…:;\"'”’»)")
_OPENERS: Final = frozenset("\"'“‘«([")

#: A line that stops on a word that cannot end a sentence or headline ("... the Minister of\nDefense").
_DANGLING_WORD_RE: Final = re.compile(r"(?<![\w])(?:of|the|and|to|with|by|for|in|on|at|a|an|from|as)\Z")
#: A paragraph is hard-wrapped prose when at least this share of its non-final lines are long and unpunctuated.
_WRAPPED_SHARE: Final = 0.5
_WRAPPED_MIN_LINE: Final = 40


def _is_wrapped(text: str, line_spans: list[tuple[int, int]]) -> bool:
    if len(line_spans) < 3:
        return False
    inner = line_spans[:-1]
    long_open = sum(1 for s, e in inner if e - s >= _WRAPPED_MIN_LINE and text[e - 1] not in _LINE_END_PUNCT)
    return long_open >= _WRAPPED_SHARE * len(inner)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one paragraph into runs of text whose line breaks are spaces (sentence search happens inside); each
    run is trimmed of surrounding whitespace."""
    line_spans = [(m.start(), m.end()) for m in _LINE_RE.finditer(text, start, end)]
    line_spans = [se for se in (_trim(text, s, e) for s, e in line_spans) if se[0] < se[1]]
    if not line_spans:
        return []
    if _is_wrapped(text, line_spans):
        return [(line_spans[0][0], line_spans[-1][1])]
    out: list[tuple[int, int]] = []
    seg_start, seg_end = line_spans[0]
    for s, e in line_spans[1:]:
        prev_last = text[seg_end - 1]
        soft = prev_last not in _LINE_END_PUNCT and (
            text[s].islower()
            or prev_last in ",-–"
            or _DANGLING_WORD_RE.search(text, max(seg_start, seg_end - 6), seg_end)
        )
        if soft:
            seg_end = e
        else:
            out.append((seg_start, seg_end))
            seg_start, seg_end = s, e
    out.append((seg_start, seg_end))
    return out


def _ends_sentence(text: str, m: re.Match[str], at: int) -> bool:
    """Whether the stop ``m`` (of :data:`_TERMINAL_RE` or :data:`_PERIOD_TERMINAL_RE`) ends a sentence, when the
    next non-space character after it, in the same run, is at ``at`` (some space away from the stop)."""
    c = text[at]
    if c.islower():
        return False
    if m.group("more") or text[m.start()] != ".":
        return True
    starter = m.group("word")
    if starter is not None and starter.lower() in SENTENCE_STARTERS:
        return True  # "... the U.S. The talks began": no name or number goes on with "The"
    before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
    if before is None or (before.start() > 0 and text[before.start() - 1].isalpha()):
        return True  # no word before the stop, or one longer than the look-back: not an abbreviation
    word = before.group().lower()
    if len(word) == 1 and word.isalpha() and before.group().isupper():
        return False  # an initial: "M. Khusainov"
    if "." in word:
        return False  # "U.S.", "R.K. Sharma"
    if word in TITLE_ABBREVIATIONS and (c.isupper() or c in _OPENERS):
        return False
    return not (word in NUMERIC_ABBREVIATIONS and c.isdigit())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]:
    """Split ``text[start:end]`` into sentences, with spans into ``text``.

    Args:
        text: the article text (never modified).
        start: where to begin (an offset into ``text``; clamped to the text).
        end: where to stop (default: the end of ``text``).

    Returns:
        The sentences in text order, without overlap, each trimmed of surrounding whitespace. Together they cover
        every non-whitespace character of ``text[start:end]``. ``paragraph`` numbers count the paragraphs of the
        whole text, so they agree whatever ``start`` is.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    Example:
        >>> t = "On Feb. 17 Maj. Gen. S.Kamaletdinov arrived. “We agree.” He left!\\nNo final stop here"
        >>> [s.of(t) for s in split_sentences(t)]
        ['On Feb. 17 Maj. Gen. S.Kamaletdinov arrived.', '“We agree.”', 'He left!', 'No final stop here']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() needs a str, got {type(text).__name__}")
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    out: list[Sentence] = []
    terminal = _TERMINAL_RE if "!" in text or "?" in text or "…" in text else _PERIOD_TERMINAL_RE
    # The stops of the whole range, in one pass: a stop lies inside one run (runs are followed by whitespace), and
    # reads the same as in a search of its run alone, except that what follows it may be in a later run.
    stops = terminal.finditer(text, start, end)
    m = next(stops, None)
    for index, (p_start, p_end) in enumerate(_paragraph_bounds(text)):
        if p_end <= start:
            continue
        if p_start >= end:
            break
        if start <= p_start and p_end <= end and text.find("\n", p_start, p_end) == -1:
            runs = [(p_start, p_end)]  # a whole paragraph of one line (trimmed): one run
        else:
            runs = _segments(text, max(p_start, start), min(p_end, end))
        for seg_start, seg_end in runs:
            first = pos = seg_start  # where the current sentence starts (runs are trimmed)
            if text.startswith(_PREFIX_STARTS, seg_start):  # a header glued to the first sentence is not part of it
                line_end = text.find("\n", seg_start, seg_end)
                prefix = _prefix_noise(text, seg_start, seg_end if line_end == -1 else line_end, DatesOnce(text))
                cut = _trim(text, seg_start, prefix[-1].end)[1] if prefix else seg_start
                if seg_start < cut and _NONSPACE_RE.search(text, cut, seg_end):
                    out.append(Sentence(Span(seg_start, cut), index))
                    pos = cut
                    first = _trim(text, pos, seg_end)[0]
                while m is not None and m.start() < pos:  # a stop in the glued header
                    m = next(stops, None)
            while m is not None and (stop := m.end()) <= seg_end:
                at = m.start("next")  # the first non-space character after the stop
                if at == -1 or at >= seg_end:  # nothing follows in the run
                    out.append(Sentence(Span(first, stop), index))
                    first = seg_end
                elif at == stop or m.start("starter") != -1 or _ends_sentence(text, m, at):
                    out.append(Sentence(Span(first, stop), index))  # a glued stop is checked by the pattern
                    first = at
                m = next(stops, None)
            if first < seg_end:
                out.append(Sentence(Span(first, seg_end), index))
    return tuple(out)


def covered(span: Span, spans: tuple[Span, ...]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (sorted, without overlap, as :func:`find_noise` returns them).

    A binary search: use it instead of a scan over all spans when checking many spans (a page of thousands of
    widget lines would otherwise make the check quadratic).

    Example:
        >>> noise = (Span(0, 5), Span(10, 20))
        >>> covered(Span(12, 15), noise), covered(Span(4, 12), noise), covered(Span(6, 8), noise)
        (True, False, False)
    """
    i = bisect.bisect_right(spans, span.start, key=_START) - 1
    return i >= 0 and spans[i].start <= span.start and span.end <= spans[i].end


# --------------------------------------------------------------------------- noise

#: The scraped-page header "date 2022-10-11" at the start of a line (the rest of the line may be content).
_HEADER_DATE_RE: Final = re.compile(r"date[ \t]{1,8}[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: The font-size widget that follows it: "+ ↺ − 16 px".
_WIDGET_RE: Final = re.compile(r"\+[ \t]{0,3}↺[ \t]{0,3}[−-][ \t]{0,3}[0-9]{1,3}[ \t]{0,3}px")


def _weekdays() -> str:
    names = [*WEEKDAYS, *WEEKDAYS_SHORT]
    forms = {f for w in names for f in (w, w.capitalize(), w.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


def _labels() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in sorted(DATE_LABELS, key=len, reverse=True))


#: The pieces a timestamp line may hold besides its date, one token at a time (tried in order, never backtracking
#: across tokens: the tokens must tile the rest of the line): separators, times of day ("17:31", "T10:15:00Z"),
#: a.m./p.m., zones ("UTC+04:00", "GMT +5"), offsets, a press-office telephone number, labels ("Published",
#: "IMMEDIATE RELEASE", "Updated on"), reading times ("3 min read"), and capitalised zone abbreviations ("AMT",
#: "IST": group ``zone``, accepted only on a line that has a time of day).
_STAMP_TOKEN_RE: Final = re.compile(
    rf"""
        (?P<sep>[ \t,;:|/\-–—•·()\[\]\u00a0]+)
      | (?P<time>T?(?:[01]?[0-9]|2[0-3])[:.h][0-5][0-9](?::[0-5][0-9](?:\.[0-9]{{1,6}})?)?(?:Z(?![A-Za-z]))?)
      | [AaPp]\.?[Mm]\.?(?![A-Za-z])
      | (?:UTC|GMT)(?:[ \t]?[+−-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?(?![A-Za-z])
      | [+−-][0-9]{{1,2}}(?::?[0-9]{{2}})?(?![0-9])
      | \(?[0-9]{{3}}\)?[0-9]{{3}}-[0-9]{{4}}(?:\([a-z/]{{0,30}}\))?
      | [0-9]{{1,2}}[ \t]?min(?:ute)?s?[ \t]read
      | (?i:(?:{_labels()})(?![^\W\d_]))
      | (?:{_weekdays()})\.?(?![A-Za-z])
      | (?P<zone>[A-Z]{{2,5}}(?![A-Za-z]))
    """,
    re.VERBOSE,
)
#: A byline after a timestamp on the same line: "19 July 2011 - 02:22 By Staff and Agencies".
_TRAILING_BYLINE_RE: Final = re.compile(r"\b[Bb]y[ \t]{1,3}[A-Z][^\n]{0,80}\Z")
#: A byline before the date on a stamp line: "By Ann Lee | April 5, 2024", "By Ann Lee - 5 April 2024",
#: "Posted by Ann Lee on April 5, 2024".
_LEADING_BYLINE_RE: Final = re.compile(
    r"[ \t]{0,3}(?:(?:Posted|Written|Published|POSTED)[ \t]{1,3})?(?:By|BY|by)[ \t]{1,3}[A-Z][\w.'’ ]{0,60}?"
    r"(?:[ \t]{0,3}[|•·,–—]|[ \t]-|[ \t]on(?=[ \t]))[ \t]{0,3}"
)
#: A section label after a bar at the end of a stamp line: "2017-08-17 | Politics".
_TRAILING_SECTION_RE: Final = re.compile(
    r"[ \t]{0,3}\|[ \t]{0,3}[^\W\d_][\w&]{0,20}(?:[ \t][\w&]{1,20}){0,2}[ \t]{0,3}\Z"
)
#: A time of day anywhere on the line ("10:15", "10.15", "10h15"; not the "05.04" of "05.04.2024").
_CLOCK_RE: Final = re.compile(r"(?<![0-9.])(?:[01]?[0-9]|2[0-3])(?::|\.|h)[0-5][0-9](?![0-9.])")
#: Breadcrumbs: "Home / featured / …", "REGION - NORTH > NEWS".
_BREADCRUMB_RE: Final = re.compile(
    r"(?:Home|HOME|Main|MAIN)[ \t]{0,3}[/>»|]|[^\n.!?]{1,60}[ \t][>»][ \t][^\n.!?]{1,60}"
)
_BREADCRUMB_STARTS: Final = ("Home", "HOME", "Main", "MAIN")
#: A URL on a line of its own.
_URL_RE: Final = re.compile(r"(?:https?://|www\.)\S{1,2000}")
#: An attribution line of its own: "Daily Gazette report", "Trend reports", "AGENCY report".
_REPORT_LINE_RE: Final = re.compile(r"[A-Z][\w.&-]{0,30}(?:[ \t][A-Z][\w.&-]{0,30}){0,2}[ \t](?:report|reports)")
#: Lines that are furniture as a whole, one alternative each (a line is furniture when any of them matches all of
#: it, so the alternatives are tried in one pass):
_WHOLE_LINE_RE: Final = re.compile(
    "|".join(
        (
            # view and share counters: "525 views", "1,204 reads"
            r"(?i:[0-9][0-9,. ]{0,12}[ \t]?(?:views|reads|comments|shares|просмотров|просмотра))",
            # "17 hours ago", "2 days ago", "just now"
            r"(?i:[0-9]{1,3}[ \t]{1,3}(?:second|minute|hour|day|week|month|year)s?[ \t]{1,3}ago|just now)",
            # rules: "---", "***", "___"
            r"[-–—_*=~•·.#]{3,}",
            # bylines: "By Rashid Shirinov", "About Fidan Abdullayeva", "By ANN LEE AND BO KIM"
            (
                r"(?:By|BY|About|ABOUT)[ \t]{1,3}[A-Z][\w.'’`-]{0,30}"
                r"(?:[ \t]{1,3}(?:[A-Z][\w.'’`-]{0,30}|and|AND|&|de|van|von|al|bin|ibn)){0,7}"
            ),
            # a URL
            _URL_RE.pattern,
            # tracking codes: "MENAFN01012024000123456789ID1234567890"
            r"MENAFN[0-9]{6,30}ID[0-9]{3,20}",
            # release numbers: "No. 377-98"
            r"No\.[ \t]{0,3}[0-9][0-9-]{0,12}",
        )
    )
)
#: A trailing outlet tag line: "News.Az", "UzDaily.com", "Trend.Az".
_DOMAIN_TAG_RE: Final = re.compile(r"[A-Za-z][\w-]{0,30}(?:\.[A-Za-z][\w-]{1,15}){1,3}/?")
#: A wire header in parentheses at the start of a line: "(MENAFN- AzerNews)", "(MENAFN- Trend News Agency)".
_WIRE_PREFIX_RE: Final = re.compile(r"\(MENAFN[ \t]{0,3}[-–][ \t]{0,3}[^()\n]{1,60}\)")
#: A photo credit inside a line: "(Photo: AGENCY)", "Photo courtesy of the press office", a trailing "Photo: X".
_INLINE_PHOTO_RE: Final = re.compile(
    r"\((?:Photo|Photos|Image|Source)[ \t]{0,2}:[^()\n]{1,60}\)"
    r"|\b(?:Photo|Image)[ \t]{1,2}(?:courtesy of|by|credit:?)[ \t][^\n]{1,60}\Z"
    r"|(?<=[ \t])(?:Photo|Image|PHOTO)[ \t]{0,2}:[ \t][^\n:]{1,60}\Z"
)
#: A word an inline photo credit holds.
_INLINE_PHOTO_START_RE: Final = re.compile(r"Photo|PHOTO|Image|Source")
#: A boilerplate line start ("subscribe", "photo:", "copyright" ...), not followed by a letter or digit.
_BOILERPLATE_RE: Final = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(BOILERPLATE_LINE_STARTS, key=len, reverse=True)) + r")(?![^\W_])"
)
#: The longest widget line, and a start of a line long enough for every boilerplate start and the character after.
_WIDGET_LINE_MAX: Final = max(len(w) for w in WIDGET_LINES)
_BOILERPLATE_HEAD: Final = max(len(w) for w in BOILERPLATE_LINE_STARTS) + 8
_STAMP_MAX_LEN: Final = 120
_WIDGET_MAX_WORDS: Final = 16
#: Lines up to this long may be stamps (with a digit) or widget lines (up to ``_WIDGET_LINE_MAX``): longer ones are
#: furniture only by their start or end.
_SHORT_LINE_MAX: Final = max(_STAMP_MAX_LEN, _WIDGET_LINE_MAX)
#: How a line that is (or starts with) furniture may start: the starts of the whole-line patterns (counters, "just
#: now" in any case, rules, bylines, URLs, tracking codes, release numbers), of breadcrumbs ("Home", "Main") and of
#: glued header prefixes ("date", "(MENAFN"). Boilerplate lines are told by their lower-cased start.
_NOISE_START_RE: Final = re.compile(
    r"[0-9jJ\-–—_*=~•·.#]|By|BY|About|ABOUT|https?://|www\.|MENAFN|No\.|Home|HOME|Main|MAIN|date|\(MENAFN"
)
#: The first two characters of each boilerplate start (the whole start when it is one character, as "©").
_BOILERPLATE_PAIRS: Final = frozenset(w[:2] for w in BOILERPLATE_LINE_STARTS)
#: A line ending in one of these may be a widget line once they are stripped ("Read more >>", "Share:").
_WIDGET_LINE_ENDS: Final = ":!>»"


def _timestamp_line(text: str, s: int, e: int, found: DatesOnce) -> bool:
    """A line that is only a date stamp (with time, zone, labels, and perhaps a trailing byline)."""
    if e - s > _STAMP_MAX_LEN or _DIGIT_RE.search(text, s, e) is None:
        return False  # every stamp has a day number
    dates = [d for d in found(s, e) if d.is_full() or (d.month is not None and d.day is not None)]
    if not dates:
        return False
    lead = _LEADING_BYLINE_RE.match(text, s, dates[0].span.start)
    pos = lead.end() if lead else s
    zones = False  # whether the line holds a zone abbreviation ("AMT"), accepted only on a line with a time of day
    for d in dates:
        rest = _stamp_rest(text, pos, d.span.start) if d.span.start >= pos else None
        if rest is None:
            return False
        zones |= rest
        pos = d.span.end
    byline = _TRAILING_BYLINE_RE.search(text, pos, e)  # after the last date, which ``pos`` now is
    label = _TRAILING_SECTION_RE.search(text, pos, e)
    rest = _stamp_rest(text, pos, byline.start() if byline else label.start() if label else e)
    if rest is None:
        return False
    return not (zones or rest) or any(d.time for d in dates) or _CLOCK_RE.search(text, s, e) is not None


def _stamp_rest(text: str, s: int, e: int) -> bool | None:
    """Whether ``text[s:e]``, made only of timestamp tokens, holds a zone abbreviation; ``None`` when it is not
    made only of timestamp tokens."""
    pos = s
    zones = False
    while pos < e:
        m = _STAMP_TOKEN_RE.match(text, pos, e)
        if m is None or m.end() == pos:
            return None
        zones = zones or m.lastgroup == "zone"
        pos = m.end()
    return zones


def _widget_line(line: str) -> bool:
    """A share or print widget ("Read more"), or a boilerplate line: a subscription prompt, a copyright line,
    a credit (at most sixteen words unless it is a subscription prompt or a copyright line).

    Only the start of a long line is lower-cased: the boilerplate starts are short (lower-casing never shortens a
    string, and stripping the characters below commutes with it).
    """
    core = line.rstrip(" :!>»").strip()
    if len(core) <= _WIDGET_LINE_MAX and core.lower() in WIDGET_LINES:
        return True
    head = core[:_BOILERPLATE_HEAD].lower()
    if _BOILERPLATE_RE.match(head) is None:
        return False
    return head.startswith(("subscribe", "copyright", "©", "[copyright")) or len(line.split()) <= _WIDGET_MAX_WORDS


def _whole_line_noise(text: str, s: int, e: int, dates: DatesOnce, *, arrows: bool) -> bool:
    """Whether the trimmed line ``text[s:e]`` is furniture as a whole (``arrows``: the text holds ">" or "»").

    The cheap tests come first; each pattern that needs a certain character or ending runs only when the line has it.
    """
    line = text[s:e]
    return bool(
        _WHOLE_LINE_RE.fullmatch(line)
        or (line.endswith(("report", "reports")) and _REPORT_LINE_RE.fullmatch(line))
        or _widget_line(line)
        or _timestamp_line(text, s, e, dates)
        or (
            "." in line
            and " " not in line
            and _DOMAIN_TAG_RE.fullmatch(line)
            and any(c.isupper() for c in line)
        )
        or (
            (line.startswith(_BREADCRUMB_STARTS) or (arrows and (">" in line or "»" in line)))
            and _BREADCRUMB_RE.match(line)
            and not line.endswith((".", "!", "?"))
        )
    )


def _prefix_noise(text: str, s: int, e: int, dates: DatesOnce) -> list[Span]:
    """Noise at the start of the line ``text[s:e]``: a " date 2022-12-01" header (with its widget and stamp) glued
    to the first sentence, and a wire prefix ("(MENAFN- Agency)"); the whole line when nothing else is on it."""
    out: list[Span] = []
    pos = s
    header = _HEADER_DATE_RE.match(text, s, e)
    if header:
        pos = header.end()
        while True:
            nxt = _NONSPACE_RE.search(text, pos, e)
            if nxt is None:
                return [Span(s, e)]
            widget = _WIDGET_RE.match(text, nxt.start(), e)
            if widget is None:
                break
            pos = widget.end()
        rest_s, rest_e = _trim(text, pos, e)
        rest = text[rest_s:rest_e]
        if rest and (_timestamp_line(text, rest_s, rest_e, dates) or _widget_line(rest) or _URL_RE.fullmatch(rest)):
            return [Span(s, e)]
        stamp = _leading_stamp(text, rest_s, rest_e, dates)
        if stamp is not None:
            pos = stamp
        out.append(Span(s, pos))
    first = _NONSPACE_RE.search(text, pos, e)
    prefix = _WIRE_PREFIX_RE.match(text, first.start(), e) if first else None
    if prefix:  # one span when it follows the header: the whole prefix is one piece of furniture
        out = [Span(out[0].start if out else prefix.start(), prefix.end())]
    return out


def _leading_stamp(text: str, s: int, e: int, found: DatesOnce) -> int | None:
    """End of a date stamp with a time at the start of ``text[s:e]`` ("7 July 2023 17:31 (UTC+04:00) …")."""
    dates = found(s, min(e, s + 40))
    if not dates or dates[0].span.start != s or not dates[0].time:
        return None
    pos = dates[0].span.end
    while pos < e:
        m = _STAMP_TOKEN_RE.match(text, pos, e)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    while pos > s and text[pos - 1].isspace():
        pos -= 1
    return pos


def find_noise(text: str) -> tuple[Span, ...]:
    """The spans of page furniture in ``text``: header stamps, widgets, bylines, credits, tags, rules.

    Whole lines where the line is furniture; a prefix of the line where a header stamp is glued to the first
    sentence (" date 2022-12-01 Azerbaijan's Defense Minister …" gives the span of "date 2022-12-01"); inline photo
    credits ("(Photo: AGENCY)").

    Args:
        text: the article text.

    Returns:
        Non-overlapping spans in text order.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    Example:
        >>> t = " date 2022-10-11 + ↺ − 16 px\\n\\nHome / news / Talks\\n\\nThe minister met X.\\n\\nBy Ann Lee\\n---"
        >>> [s.of(t) for s in find_noise(t)]
        ['date 2022-10-11 + ↺ − 16 px', 'Home / news / Talks', 'By Ann Lee', '---']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_noise() needs a str, got {type(text).__name__}")
    return noise_in_lines(text, lines(text), DatesOnce(text))


def noise_in_lines(text: str, text_lines: tuple[Span, ...], dates: DatesOnce) -> tuple[Span, ...]:
    """:func:`find_noise` for a text whose :func:`lines` are known, reading dates through ``dates``."""
    found: list[Span] = []
    arrows = ">" in text or "»" in text  # what the line tests need, looked for once in the whole text
    credits = "Photo" in text or "PHOTO" in text or "Image" in text or "Source" in text
    for ln in text_lines:
        s, e = ln.start, ln.end
        if (  # a cheap test that lets through every line that is furniture or holds some
            (e - s > _SHORT_LINE_MAX or (e - s > _WIDGET_LINE_MAX and _DIGIT_RE.search(text, s, e) is None))
            and not _NOISE_START_RE.match(text, s, e)
            and text[e - 1] not in _WIDGET_LINE_ENDS
            and (pair := text[s : s + 2].lower()) not in _BOILERPLATE_PAIRS
            and pair[:1] not in _BOILERPLATE_PAIRS
            and text.find(" ", s, e) != -1
            and not text.endswith(("report", "reports"), s, e)
            and not (arrows and (text.find(">", s, e) != -1 or text.find("»", s, e) != -1))
            and not (credits and _INLINE_PHOTO_START_RE.search(text, s, e))
        ):
            continue  # a line too long for a widget, and for a stamp or without a digit, and with none of the
            # starts, ends, characters or words furniture needs
        if _whole_line_noise(text, s, e, dates, arrows=arrows):
            found.append(ln)
            continue
        if text.startswith(_PREFIX_STARTS, s):
            found.extend(_prefix_noise(text, s, e, dates))
        if credits and _INLINE_PHOTO_START_RE.search(text, s, e):
            found.extend(Span(m.start(), m.end()) for m in _INLINE_PHOTO_RE.finditer(text, s, e))
    merged: list[Span] = []
    for span in sorted(found):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return tuple(merged)
