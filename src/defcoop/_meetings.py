"""Stage 5 of the pipeline: meetings from the sentences that report encounters.

A sentence reports an encounter when it holds a meeting construction of the language ("met with", "received",
"held talks", "phone conversation", ...). Its *participants* are the officials named in it, except those only
mentioned (after "of", before "'s"); its *sides* are the participants' countries plus sides named without a
person: a delegation ("the Kazakh delegation", "a delegation from Turkey"), counterparts ("his Turkish and
Pakistani counterparts"), the country visited ("on a visit to Azerbaijan").

Sentences are grouped into encounters in text order. A sentence joins the latest encounter that shares a
participant, unless it names for some side a person disjoint from that side's people there: then it is a
separate sitting ("then the chief of general staff met the delegation"). Unnamed delegation sides bring in the
delegation's leader. Sentences that refer back to "the meeting" without a meeting verb add the people they name.
"separate meetings" or several "counterparts" split one sentence into one encounter per counterpart side.
Encounters with fewer than two states are domestic and dropped.

Each encounter then gets its date (an explicit day in its sentences, or "today"/"yesterday", read against the
publication date; never a bare weekday, never the publication date by default), location ("in Baku", "visit to
Astana", "here" under a dateline; the dateline city when the host is the dateline's country), host, kind,
status (announced when only future cues and no past verb), occasion, topics and agreements.

Example:
    >>> import datetime as dt
    >>> from defcoop._lang import get
    >>> from defcoop._mentions import find_mentions
    >>> from defcoop._officials import resolve_officials
    >>> from defcoop._text import split_sentences
    >>> text = ("On April 25, Azerbaijan's Defense Minister Zakir Hasanov received Kazakh Defense Minister "
    ...         "Ruslan Zhaksylykov in Baku.")
    >>> lang = get("en")
    >>> resolved = resolve_officials(find_mentions(text, lang))
    >>> spans = tuple(s.span for s in split_sentences(text))
    >>> meetings, officials = find_meetings(text, spans, resolved, lang, published=dt.date(2024, 4, 26))
    >>> m = meetings[0]
    >>> [c.code for c in m.countries], m.date, m.location, m.host.code, m.kind.value
    (['AZ', 'KZ'], datetime.date(2024, 4, 25), 'Baku', 'AZ', 'visit')
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs

from defcoop import countries
from defcoop._dates import DateMention, find_dates_in_parts
from defcoop._lang import Language, _alternatives, drop_leading_boundaries, not_after, word_start_cue
from defcoop._mentions import CountryMention, PersonMention, scan_countries
from defcoop._officials import Resolved
from defcoop.models import Country, Meeting, MeetingKind, MeetingStatus, Official, Span, Topic

__all__ = ["find_meetings"]

_PAST = word_start_cue(
    r"met\b|received\b|hosted\b|welcomed\b|held\b|visited\b|discussed\b|spoke\b|talked\b|called\b|paid\b|"
    r"conferred\b|signed\b|exchanged\b|took\s+place\b|was\s+held\b|were\s+held\b|has\s+met\b|have\s+met\b|"
    r"had\s+met\b"
)
"""A past verb of an encounter, in lower case."""
_HOST_VERB = re.compile(r"\breceived\b|\breceives\b|\breceiving\b|\bhosted\b|\bhosts\b|\bhosting\b|\bwelcomed\b|"
                        r"\bwelcomes\b|\bwelcoming\b|\bgranted\s+an\s+audience\b")
_CALL_ON = re.compile(r"\bcalled\s+(?:on|upon)\b|\bcourtesy\s+call\s+on\b|"
                      r"\bpaid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+(?:on|to)\b")
_VISIT_TO = re.compile(
    r"\b(?:visit|visits|visiting|visited|trip|arrived|arrives|arriving)\s+(?:to\s+|in\s+)?(?:the\s+)?"
    r"(?:(?:capital|city)\s+of\s+(?:the\s+)?)?(?:Republic\s+of\s+)?$",
    re.IGNORECASE,
)
_TO_OR_IN = re.compile(r"\b(?:to|in)\b", re.IGNORECASE)
_ARRIVED_CITY = re.compile(
    r"\b(?:(?:visit|visits|visiting|visited|trip|arrived|arrives|arriving)\s+(?:to|in)\s+|visited\s+(?=[A-Z]))"
    r"([A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+)?)"
)
"""A city visited: "visit to X", "arrived in X", "visited X" (the last only for a capital: "visited Kazakh units"
is no city)."""
_ARRIVAL_HINTS = (
    re.compile(r"visit(?:s|ing|ed)?\s+(?:to|in)\s+[A-Z]"),
    re.compile(r"trip\s+(?:to|in)\s+[A-Z]"),
    re.compile(r"arriv(?:ed|es|ing)\s+(?:to|in)\s+[A-Z]"),
    re.compile(r"visited\s+[A-Z]"),
)
"""Where ``_ARRIVED_CITY`` may match: its verb, preposition and the first letter of the city, with no assertion
(so that a match inside a sentence is one in the article at the same place) and each led by a literal, which
the regular-expression engine finds fast."""
_CAPITAL_OF = re.compile(
    r"\b(?:visit|visits|visiting|trip|arrived|arrives|arriving)\s+(?:to|in)\s+the\s+capital\s+of\s+$",
    re.IGNORECASE,
)
#: "in Baku", "to the capital of Azerbaijan": the engine looks for the first letters of "in", "to", "at" only.
_IN_PLACE = re.compile(
    not_after(r"\w", "in|to|at") + r"\s+(?:the\s+(?:city|capital)\s+of\s+)?([A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+)?)"
)
_LEADERS_FROM = re.compile(r"\b(?:leaders|officials|ministers|chiefs|counterparts|delegations|heads)\s+(?:from|of)\b")
_LEADERS_WORDS = ("leaders", "officials", "ministers", "chiefs", "counterparts", "delegations", "heads")
"""Words one of which every match of ``_LEADERS_FROM`` holds."""
_MEETING_NOUN_BACKREF = re.compile(
    r"th(?<!\wth)(?:e|is|at)\s+(?:meeting|talks|negotiations|conversation|call|ceremony|discussions|"
    r"video\s*conference|videoconference|phone\s+call|telephone\s+conversation)\b"
)
"""A reference back to "the meeting" ("the talks", "this phone call"), in lower case. Led by the literal "th"
(the regular-expression engine finds a literal prefix several times faster than it tests a word boundary at
every place), the boundary before it tested after it by the look-behind."""
_BACKREF_WORDS = ("meeting", "talks", "negotiations", "conversation", "call", "ceremony", "discussions", "video")
"""Words one of which every match of ``_MEETING_NOUN_BACKREF`` holds."""
_VISIT_WORDS = ("visit", "trip", "arriv")
"""Words one of which every match of ``_VISIT_TO`` holds, in some case (searched one by one in :func:`_sides`)."""
_ODD_CASE = ("ı", "İ", "ſ")
"""Letters that case-insensitive patterns match to "i" or "s" and that :func:`lower_same_length` keeps."""
_POSSESSION = re.compile(
    r"['’`]s\s{1,3}(?:(?:warm|best|sincere|personal)\s{1,3})?(?:greetings|regards|message|letter|instructions?|"
    r"invitation|"
    r"policy|leadership|wishes|decree|order|initiative)",
    re.IGNORECASE,
)
_UNNAMED_POST = re.compile(
    r"\s{1,3}(?:(?:defen[cs]e|foreign|prime|deputy|army|naval|navy|military|air\s{1,3}force)\s{1,3}){0,2}"
    r"(?:minister|ministers|ambassador|envoy|counterparts?|chief|commander|president|premier|delegation|side|"
    r"military\s{1,3}attach[ée]|officials|team)\b"
)
_GROUP_BEFORE = re.compile(r"\b(?:delegations?|team|group|side|mission|party|officials|guests)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\b(?:greetings|regards|message|behalf|instructions?|letter)\s+of\s*(?:the\s+)?$",
                        re.IGNORECASE)
_LEAD = re.compile(r"(?:(?:of|the|by|to)\s+){0,3}")
_OF_BEFORE = re.compile(r"\bof\s*(?:the\s+)?$", re.IGNORECASE)
_LED_BEFORE = re.compile(r"\b(?:led|headed)\s+by\s*(?:the\s+)?$", re.IGNORECASE)

#: The state whose capital a place name is, and the organisation it names (pure lookups of a few words, asked
#: again and again for the same places).
_capital_of = functools.lru_cache(maxsize=4096)(countries.capital_of)
_organisation = functools.lru_cache(maxsize=4096)(countries.organisation)


@attrs.define
class _Encounter:
    people: dict[int, None] = attrs.Factory(dict)  # official indexes, in order
    sides: dict[str, Country] = attrs.Factory(dict)
    sentences: list[int] = attrs.Factory(list)
    extra: list[int] = attrs.Factory(list)
    status: MeetingStatus = MeetingStatus.HELD
    host: Country | None = None
    delegation_sides: set[str] = attrs.Factory(set)
    city: str | None = None
    recalled: bool = False  # an earlier encounter of the same people, recalled
    codes: set[str] = attrs.Factory(set)
    """The codes of its sides and of its people's states, kept up to date as people join it and their states are
    filled in."""


_NOBODY: list[int] = []
_NO_MENTIONS: list[CountryMention] = []
_NO_SIDES: dict[str, Country] = {}
_NO_CODES: set[str] = set()
_NO_POSITIONS: dict[int, int] = {}


@attrs.define
class _Sentence:
    """One sentence of the article and what it says about encounters.

    The containers default to shared empty ones, never written to: only the sentences that report an encounter
    or name someone get their own (most sentences name nobody, and their records stay cheap to make).
    """

    index: int
    span: Span
    text: str
    low: str
    people: list[int] = _NOBODY
    mentioned: list[int] = _NOBODY
    country_mentions: list[CountryMention] = _NO_MENTIONS
    meeting: bool = False
    announced: bool = False
    backref: bool = False
    attended: bool = False
    separate: bool = False
    joint: bool = False
    sides: dict[str, Country] = _NO_SIDES
    delegation_sides: set[str] = _NO_CODES
    visited: Country | None = None
    positions: dict[int, int] = _NO_POSITIONS
    topics: frozenset[Topic] | None = None
    arrival: bool = False
    dates: Sequence[DateMention] | None = None  # read when first needed (see ``_date``)
    cues: int | None = None  # the cues the sentence may hold, read when first needed (see ``_read_cues``)
    goes_on: bool | None = None  # whether it carries the narration on, read when first needed (see ``_goes_on``)


_OWNS = re.compile(r"['’`]s\b")
_AND = re.compile(r" and | & |, ")


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` without changing its length (so match offsets still index the original).

    The language's cue patterns are written in lower case and matched against this, which is several times
    faster than case-insensitive matching.

    Example:
        >>> lower_same_length("Met İstanbul")
        'met İstanbul'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _sentence_lows(text: str, spans: Sequence[Span]) -> tuple[str, list[str]]:
    """The article lower-cased by :func:`lower_same_length`, and the text of each sentence lower-cased as that
    function lowers it on its own, sliced from the article's.

    Lower-casing is letter by letter except for capital sigma (final or not, by its neighbours): an article
    holding one has each sentence lowered on its own, so that a sentence reads the same as it always did.
    """
    low = lower_same_length(text)
    if "Σ" in text:
        return low, [lower_same_length(text[span.start : span.end]) for span in spans]
    return low, [low[span.start : span.end] for span in spans]


def _holds(low: str, words: tuple[str, ...] | None) -> bool:
    """True when ``low`` holds one of ``words``, or no words are given."""
    if words is None:
        return True
    for word in words:  # noqa: SIM110 - a plain loop: half the cost of any() over a generator, run per sentence
        if word in low:
            return True
    return False


def _holds_in_any_case(low: str, text: str, words: tuple[str, ...]) -> bool:
    """True when ``text`` (lower-cased: ``low``) may hold one of the lower-case ``words`` in any case, as a
    case-insensitive pattern reads it."""
    return _holds(low, words) or (not text.isascii() and any(letter in text for letter in _ODD_CASE))


def _search(pattern: re.Pattern[str], low: str, words: tuple[str, ...] | None) -> bool:
    """True when ``pattern`` matches ``low``; searched only when ``low`` holds one of ``words``, one of which
    every match holds (``None``: no such words known)."""
    return _holds(low, words) and pattern.search(low) is not None


def _sentence_at(offset: int, starts: Sequence[int], spans: Sequence[Span]) -> int:
    """The index of the sentence (sorted ``spans`` starting at ``starts``) holding ``offset``; -1: none."""
    si = bisect_right(starts, offset) - 1
    return si if si >= 0 and offset < spans[si].end else -1


@functools.lru_cache(maxsize=64)
def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` less those holding another of them (a text holding "meeting" holds "meet")."""
    return tuple(w for w in dict.fromkeys(words) if not any(o != w and o in w for o in words))


def _sentences_matching(patterns: Sequence[re.Pattern[str]], text: str, spans: Sequence[Span]) -> list[int]:
    """The indexes, in order, of the sentences (sorted ``spans`` of ``text``) where a pattern matches at a place
    inside the sentence.

    The patterns must hold no assertion (no ``\\b``, look-around or anchor), so that whatever they match within
    a sentence they match at the same place in the whole text; every place a match starts is visited, overlapping
    ones too.
    """
    starts = [span.start for span in spans]
    found: set[int] = set()
    for pattern in patterns:
        m = pattern.search(text)
        while m is not None:
            found.add(_sentence_at(m.start(), starts, spans))
            m = pattern.search(text, m.start() + 1)
    found.discard(-1)
    return sorted(found)


#: What joins the lowered sentences in a cue scan: a "." that no scanned cue matches or looks across (so each
#: sentence is read as on its own), then the space that a cue at the start of a sentence follows.
_SCAN_SEPARATOR = ". "

#: Escapes that could match the "." of :data:`_SCAN_SEPARATOR` (the dot, a class, or a character named by its code)
#: or test the ends of the text.
_UNSCANNABLE_ESCAPES = frozenset(".WSDAZNxuU0123456789")


def _group_end(source: str, start: int) -> int:
    """The index of the ")" that closes the group opened at ``source[start]``; -1: none."""
    depth = 0
    i = start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: parentheses inside it are literal
            i += 2 if source[i + 1 : i + 2] == "^" else 1
            i += 1  # a "]" right at the start is literal
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _scannable_class(body: str) -> bool:
    """True when a character class (``body``: what its brackets hold) cannot match a ".": ``^.``, or a class with no
    negation, range, dot or :data:`_UNSCANNABLE_ESCAPES` escape."""
    if body == "^.":
        return True
    if body[:1] == "^" or body.endswith("\\") or "." in body or "[" in body or "-" in body.replace("\\-", "")[1:-1]:
        return False
    return not any(part[:1] in _UNSCANNABLE_ESCAPES for part in body.split("\\")[1:] if part)


def _scannable(source: str) -> bool:
    """False when a cue ``source`` holds what could match or look at the "." of :data:`_SCAN_SEPARATOR`, or at the
    text before a match: any character, a class :func:`_scannable_class` rules out, an
    :data:`_UNSCANNABLE_ESCAPES` escape, a look-behind, an anchor. Such a cue is searched sentence by sentence."""
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            if source[i + 1 : i + 2] in _UNSCANNABLE_ESCAPES:
                return False
            i += 2
        elif ch == "[":
            end = source.find("]", i + 2)
            if end < 0 or not _scannable_class(source[i + 1 : end]):
                return False
            i = end + 1
        elif ch in ".^$" or source.startswith("(?<", i):
            return False
        else:
            i += 1
    return True


def _letter_led(alternative: str) -> list[str] | None:
    """``alternative`` as alternatives that each start with a letter of their own (``(?:to|will)\\s+meet`` gives
    ``to\\s+meet`` and ``will\\s+meet``; ``(?:was\\s+)?met`` gives ``was\\s+met`` and ``met``), or ``None`` when it
    cannot be so written. They match at a place where ``alternative`` matches there."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        if end < 0:
            return None
        rest = alternative[end + 1 :]
        heads = _alternatives(alternative[3:end])
        if rest[:1] == "?":  # an optional group: the alternatives with it, then the one without
            heads.append("")
            rest = rest[1:]
        if rest[:1] in ("?", "*", "+", "{"):
            return None
        led: list[str] = []
        for head in heads:
            spread = _letter_led(head + rest)
            if spread is None:
                return None
            led.extend(spread)
        return led
    if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
        return None
    return [alternative]


_NOT_SPACE_NOR_COMMON_WORD_CHAR = r"[^ 0-9A-Z_a-z\u0401\u0410-\u044f\u0451]"
"""A character other than a space and the commonest characters that are part of a word (the ASCII ones and the
Russian letters), which the regular-expression engine tests by a table and a range: followed by ``(?<!\\w)``, it
matches every character that is neither a space nor part of a word (as ``[^\\w ]`` does, which tests the
character's category, slower), and the look-behind is tried at few places."""


@attrs.frozen
class _CueScan:
    """A cue pattern as two searches that together try every word start of a text, led by what comes before the
    word: a space (the regular-expression engine jumps from space to space), or another character that is not
    part of a word. Its alternatives are grouped by their first letter, so that at one place only the group of
    that letter is tried. A match starts one character before the cue; ``body`` matches the cue itself (at a word
    start known to follow a character other than a space)."""

    after_space: re.Pattern[str]
    after_other: re.Pattern[str]
    body: re.Pattern[str]


@functools.cache
def _cue_scan(pattern: re.Pattern[str]) -> _CueScan | None:
    """The :class:`_CueScan` of a case-sensitive cue pattern written as :func:`~defcoop._lang.word_start_cue` writes
    it, which matches where ``pattern`` matches in each sentence of a :func:`_joined` scan; ``None`` when it
    is written otherwise, an alternative does not start with a letter (once a leading group of words is spread
    out), or the source holds anything :func:`_scannable` rules out."""
    source = pattern.pattern
    prefix = r"\b(?=\w)(?:"
    if pattern.flags != re.UNICODE or not source.startswith(prefix) or _group_end(source, 8) != len(source) - 1:
        return None
    inner = source[len(prefix) : -1]
    if not _scannable(inner):
        return None
    by_letter: dict[str, list[str]] = {}
    for alternative in _alternatives(inner):
        led = _letter_led(alternative)
        if led is None:
            return None
        for plain in led:
            by_letter.setdefault(plain[0], []).append(plain[1:])
    body = "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())
    return _CueScan(
        re.compile(f" (?:{body})"),
        re.compile(rf"{_NOT_SPACE_NOR_COMMON_WORD_CHAR}(?<!\w)(?:{body})"),
        re.compile(body),
    )


_OTHER_START = re.compile(rf"{_NOT_SPACE_NOR_COMMON_WORD_CHAR}(?<!\w)\w")
"""A word that starts right after a character other than a space (where the ``after_other`` half of a
:class:`_CueScan` looks), with that character."""


def _other_starts(low: str) -> list[int]:
    """Where the words of ``low`` that start right after a character other than a space start."""
    return [m.start() + 1 for m in _OTHER_START.finditer(low)]


class _OtherStarts:
    """The :func:`_other_starts` of a lowered sentence, found when first asked for: a sentence's cues are mostly
    settled before (a cue word missing, or a match found after a space)."""

    __slots__ = ("_low", "_starts")

    def __init__(self, low: str) -> None:
        self._low = low
        self._starts: list[int] | None = None

    def get(self) -> list[int]:
        """The word starts after a character other than a space."""
        if self._starts is None:
            self._starts = _other_starts(self._low)
        return self._starts


@attrs.frozen
class _Cue:
    """A cue pattern, with what makes it fast to search: its :class:`_CueScan` (``None``: none), and strings one of
    which every match holds (``None``: none known)."""

    pattern: re.Pattern[str]
    scan: _CueScan | None
    words: tuple[str, ...] | None

    def found(self, low: str, other_starts: _OtherStarts | None = None, first: int = -1) -> bool:
        """True when the cue matches the lowered sentence ``low``: searched only when it holds one of the words,
        and through the scan when there is one (about twice as fast as a search led by a word-boundary test).
        ``other_starts``: the :class:`_OtherStarts` of ``low``, where the cue is matched in place of the
        ``after_other`` half of the scan (``None``: not known). ``first``: where in ``low`` the cue is likely to
        be, tried first when a word starts there (-1: nowhere)."""
        if self.words is not None and not _holds(low, self.words):
            return False
        scan = self.scan
        if scan is None:
            return self.pattern.search(low) is not None
        if (
            first >= 0 and (first == 0 or not (low[first - 1].isalnum() or low[first - 1] == "_"))
            and scan.body.match(low, first) is not None
        ):
            return True  # a match at a word start (not after a letter, digit or "_": a "\\w")
        spaced = " " + low
        if scan.after_space.search(spaced) is not None:
            return True
        if other_starts is None:
            return scan.after_other.search(spaced) is not None
        return any(scan.body.match(low, at) for at in other_starts.get())


#: The names of the :class:`~defcoop._lang.Language` cue patterns read sentence by sentence.
_SENTENCE_CUES = ("announced", "attended", "separate", "joint", "not_meeting", "counterpart", "recalled")


@functools.cache
def _cues(language: Language, lowered: bool = False) -> dict[str, _Cue]:
    """The language's :data:`_SENTENCE_CUES` (those it has) and its meeting cue, by name, and the past verbs
    (:data:`_PAST`) as "past". ``lowered``: each case-insensitive cue is read through the :class:`_CueScan` of its
    :func:`_lower_case_cue` form where it has one (for an article holding none of the language's
    ``cue_odd_case`` letters)."""
    cues = {"past": _Cue(_PAST, _cue_scan(_PAST), None)}
    for name in ("meeting", *_SENTENCE_CUES):
        pattern = getattr(language, name)
        if pattern is not None:
            lower_case = _lower_case_cue(pattern) if lowered else None
            scan = _cue_scan(pattern if lower_case is None else lower_case)
            cues[name] = _Cue(pattern, scan, language.cue_words.get(name))
    return cues


def _lower_case_cue(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive cue ``pattern`` each of whose alternatives starts with ``\\b``, written in lower case as
    :func:`~defcoop._lang.word_start_cue` writes it and matched case-sensitively (``None`` for another pattern).

    In a lowered text (:func:`lower_same_length`) it matches where ``pattern`` does, unless the text holds a
    lower-case letter that ``pattern`` reads as another one (the language's ``cue_odd_case``; the tests check
    this over all of Unicode for the letters of the Russian cues)."""
    if pattern.flags != re.UNICODE | re.IGNORECASE:
        return None
    if not all(alternative.startswith("\\b") for alternative in _alternatives(pattern.pattern)):
        return None
    return word_start_cue(_lower_source(pattern.pattern))


def _cues_for(language: Language, text: str) -> dict[str, _Cue]:
    """The :func:`_cues` to read the sentences of ``text`` with: through the lower-case forms of the
    case-insensitive cues unless ``text`` holds one of the language's ``cue_odd_case`` letters."""
    odd = language.cue_odd_case
    if odd is None:
        return _cues(language)
    for letter in odd:
        if letter in text:
            return _cues(language)
    return _cues(language, lowered=True)


def _joined(lows: Sequence[str]) -> tuple[str, list[int]]:
    """The lowered sentences joined for a scan (after a space, separated by :data:`_SCAN_SEPARATOR`), and where
    each starts in it."""
    starts: list[int] = []
    at = 1
    for low in lows:
        starts.append(at)
        at += len(low) + len(_SCAN_SEPARATOR)
    return " " + _SCAN_SEPARATOR.join(lows), starts


@attrs.frozen
class _Joined:
    """The article's lowered sentences joined for a scan (see :func:`_joined`): the text, where each sentence starts
    in it, and where the words that follow a character other than a space start in it (:func:`_other_starts`:
    the places the ``after_other`` halves of the scans would find, looked for once for all of them)."""

    text: str
    starts: list[int]
    other_starts: list[int]


def _join(lows: Sequence[str]) -> _Joined:
    """The :class:`_Joined` scan of the lowered sentences ``lows``."""
    text, starts = _joined(lows)
    return _Joined(text, starts, _other_starts(text))


def _first_cues(scan: _CueScan, joined: _Joined) -> list[int]:
    """Where the cue of ``scan`` first matches in each sentence of the ``joined`` scan (relative to the sentence;
    -1: nowhere): its ``after_space`` matches, and its ``body`` matched at the scan's other word starts."""
    first = _first_matches((scan.after_space,), joined.text, joined.starts, lead=1)
    starts = joined.starts
    for at in joined.other_starts:
        if scan.body.match(joined.text, at) is not None:
            k = bisect_right(starts, at) - 1
            if first[k] < 0 or at - starts[k] < first[k]:
                first[k] = at - starts[k]
    return first


def _first_matches(
    patterns: Iterable[re.Pattern[str]], joined: str, starts: Sequence[int], lead: int = 0
) -> list[int]:
    """Where one of ``patterns`` first matches in each sentence of a :func:`_joined` scan (relative to the sentence;
    -1: nowhere), the matches starting ``lead`` characters before what they find. After a sentence's first match
    each pattern is searched again from the next sentence on."""
    n = len(starts)
    first = [-1] * n
    for pattern in patterns:
        m = pattern.search(joined)
        while m is not None:
            at = m.start() + lead
            k = bisect_right(starts, at) - 1
            if first[k] < 0 or at - starts[k] < first[k]:
                first[k] = at - starts[k]
            m = pattern.search(joined, starts[k + 1] - lead) if k + 1 < n else None
    return first


def _inside(offset: int, spans: Sequence[Span]) -> bool:
    """True when ``offset`` falls in one of ``spans``."""
    for span in spans:  # noqa: SIM110 - a plain loop: half the cost of any() over a generator, run per mention
        if span.start <= offset < span.end:
            return True
    return False


def _states(officials: Sequence[Official], people: Iterable[int]) -> set[str]:
    """The codes of the states the people serve, those whose state is known."""
    return {c.code for p in people if (c := officials[p].country) is not None}


def _people_country(officials: Sequence[Official], people: Iterable[int]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for p in people:
        c = officials[p].country
        out.setdefault(c.code if c is not None else "?", set()).add(p)
    return out


def find_meetings(
    text: str,
    sentence_spans: Sequence[Span],
    resolved: Resolved,
    language: Language,
    *,
    published: dt.date | None = None,
    dateline_city: str | None = None,
    country_mentions: Sequence[CountryMention] | None = None,
    exclude: Sequence[Span] = (),
    headline: str | None = None,
) -> tuple[tuple[Meeting, ...], tuple[Official, ...]]:
    """Find the encounters an article reports.

    Returns the meetings and the officials (countries filled in from the encounters where the text left
    them out: the side of a meeting no other participant covers).

    Example:
        >>> from defcoop._lang import get
        >>> from defcoop._mentions import find_mentions
        >>> from defcoop._officials import resolve_officials
        >>> text = "Turkish Defense Minister Hulusi Akar will visit Baku next week."
        >>> lang = get("en")
        >>> ms, _ = find_meetings(text, (Span(0, len(text)),), resolve_officials(find_mentions(text, lang)), lang)
        >>> ms
        ()
    """
    officials = list(resolved.officials)
    cms = list(scan_countries(text) if country_mentions is None else country_mentions)
    starts = [s.start for s in sentence_spans]

    # the sentence of each link (in text order), and the links and country mentions of each sentence
    link_sentences = [bisect_right(starts, m.span.start) - 1 for _oi, m in resolved.links]
    per_sentence_links: dict[int, list[tuple[int, PersonMention]]] = {}
    for si, link in zip(link_sentences, resolved.links, strict=True):
        if si >= 0:
            per_sentence_links.setdefault(si, []).append(link)
    per_sentence_cms: dict[int, list[CountryMention]] = {}
    for cm in cms:
        si = bisect_right(starts, cm.span.start) - 1
        if si >= 0:
            per_sentence_cms.setdefault(si, []).append(cm)

    # leaders of delegations, by country
    leaders: dict[str, int] = {}
    # the first person named in a sentence with a meeting construction: whom "he" and "she" stand for later
    protagonist: int | None = None
    # the state of the delegation named last: whom "the delegation" stands for later
    last_delegation: Country | None = None
    low_text, lows = _sentence_lows(text, sentence_spans)
    # where each sentence's meeting construction starts (-1: none), and whether it refers back to a meeting
    cues = _cues_for(language, text)
    scan = cues["meeting"].scan
    joined: _Joined | None = None
    if scan is not None:
        joined = _join(lows)
        verb_at = _first_cues(scan, joined)
        backrefs = [at >= 0 for at in _first_matches((_MEETING_NOUN_BACKREF,), joined.text, joined.starts)]
    else:
        meeting_words = language.cue_words.get("meeting")
        # what a sentence reporting a meeting or referring back to one holds (None: anything)
        meeting_or_backref = None if meeting_words is None else _fewest((*meeting_words, *_BACKREF_WORDS))
        verb_at, backrefs = [], []
        for low in lows:
            construction = language.meeting.search(low) if _holds(low, meeting_or_backref) else None
            verb_at.append(construction.start() if construction is not None else -1)
            backrefs.append(_holds(low, meeting_or_backref) and _search(_MEETING_NOUN_BACKREF, low, _BACKREF_WORDS))
    # every sentence as one that names nobody and reports no encounter; then those that name someone or a state, or
    # hold a meeting construction, in order
    sentences = [_Sentence(si, span, text[span.start : span.end], lows[si]) for si, span in enumerate(sentence_spans)]
    for si, backref in enumerate(backrefs):
        if backref:
            sentences[si].backref = True
    for si in sorted({*per_sentence_links, *per_sentence_cms, *(k for k, at in enumerate(verb_at) if at >= 0)}):
        span = sentence_spans[si]
        stext = sentences[si].text
        low = lows[si]
        other_starts = _OtherStarts(low)
        verb = verb_at[si]
        backref = backrefs[si]
        links = per_sentence_links.get(si)
        scms = per_sentence_cms.get(si)
        if links is None and scms is None:
            # nobody and no state named: an encounter only when it names its people by post ("the CS met ...")
            sentences[si] = _Sentence(
                si, span, stext, low, people=[], mentioned=[], country_mentions=[], meeting=True,
                announced=(
                    not cues["past"].found(low, other_starts, verb) and cues["announced"].found(low, other_starts)
                ),
                backref=backref,
                separate=cues["separate"].found(low, other_starts),
                joint=cues["joint"].found(low, other_starts), sides={}, delegation_sides=set(),
                positions={},
            )
            continue
        if links is None:
            links = []
        if scms is None:
            scms = []
        people: list[int] = []
        mentioned: list[int] = []
        positions: dict[int, int] = {}
        extents: dict[int, tuple[int, int]] = {}
        for oi, m in links:
            positions.setdefault(oi, m.span.start)
            extents.setdefault(oi, (m.phrase.start, max(m.phrase.end, m.span.end)))
            lead = _LEAD.match(text, m.phrase.start, m.span.start)
            lead_end = lead.end() if lead is not None else m.phrase.start
            before = text[max(span.start, m.phrase.start - 40) : lead_end]
            # "by" and "of" in any case: the patterns that end in them are searched only when they are there
            before_low = before.lower()
            led = _LED_BEFORE.search(before) if "by" in before_low else None
            if led is not None and not _GROUP_BEFORE.search(text[max(span.start, m.phrase.start - 90) : lead_end]):
                if oi not in mentioned:
                    mentioned.append(oi)  # "a guard of honour ... led by Major X": not a party to the talks
                continue
            if led is not None:
                if officials[oi].country is None:
                    # the delegation's country: the nearest country named before "led by" in the sentence
                    cut = max(span.start, m.phrase.start - 40) + led.start()
                    near = [cm for cm in scms if cm.span.end <= cut and cut - cm.span.end <= 80]
                    if near:
                        officials[oi] = attrs.evolve(officials[oi], country=near[-1].country)
                c = officials[oi].country
                if c is not None:
                    leaders.setdefault(c.code, oi)
                    last_delegation = c
                if oi not in people:
                    people.append(oi)
                continue
            if _led_right_before(language, before_low):
                # the language's own "led by" ("делегацию ... во главе с министром X"): X leads the delegation
                c = officials[oi].country
                if c is not None:
                    leaders.setdefault(c.code, oi)
                    last_delegation = c
            after = text[m.span.end : m.span.end + 30]
            # "of" ending the text before the name is its last "of" (where the lowered text is aligned with it)
            of_at = before_low.rfind("of")
            if (m.possessive and _POSSESSION.match(after)) or (of_at >= 0 and (
                _OF_BEFORE.match(before, of_at) if len(before_low) == len(before) else _OF_BEFORE.search(before)
            )):
                if oi not in mentioned:
                    mentioned.append(oi)
                if officials[oi].country is None and people and _ON_BEHALF.search(before):
                    # "X conveyed the greetings of Defence Minister Y": Y is X's superior, of X's state
                    c = officials[people[0]].country
                    if c is not None:
                        officials[oi] = attrs.evolve(officials[oi], country=c)
                continue
            if oi not in people:
                people.append(oi)
        if mentioned:
            mentioned = [p for p in mentioned if p not in people]
        if (
            len(people) == 1
            and si > 0
            and sentences[si - 1].people
            and sentences[si - 1].people[0] not in people
            and _RECEIVED_THEM.search(stext)
        ):
            # "Rear Admiral X received them at the air station": the people of the sentence before
            people.append(sentences[si - 1].people[0])
            positions.setdefault(sentences[si - 1].people[0], span.start)
        if (
            protagonist is not None
            and protagonist not in people
            and verb >= 0
            and people
            and _PRONOUN_SUBJECT.match(stext)
        ):
            # "Upon arrival, he was received by X": the person the report is about, the first named in its first
            # encounter
            people.insert(0, protagonist)
            positions.setdefault(protagonist, span.start)
        if protagonist is None and verb >= 0 and people:
            protagonist = people[0]
        # the cheap test first: most sentences report no encounter and name nobody
        meeting = verb >= 0 and not (
            cues["not_meeting"].found(low, other_starts)
            and not cues["past"].found(language.not_meeting.sub("", low))
        )
        relevant = meeting or bool(people)
        announced = (
            relevant and not cues["past"].found(low, other_starts, verb) and cues["announced"].found(low, other_starts)
        )
        if scms:
            sides, delegation_sides, visited = _sides(stext, low, span.start, scms, language)
        else:
            sides, delegation_sides, visited = {}, set(), None
        the_delegation = _THE_DELEGATION.match(low) if meeting and last_delegation is not None else None
        if (
            the_delegation is not None
            and last_delegation is not None
            and not delegation_sides
            and 0 <= verb - the_delegation.end() <= _SUBJECT_TO_VERB
            and len(_states(officials, people)) < 2
        ):
            # "The next day, the delegation held talks with X": the subject of the meeting verb is the delegation
            # named last
            sides[last_delegation.code] = last_delegation
            delegation_sides = {last_delegation.code}
        elif len(delegation_sides) == 1:
            last_delegation = sides[next(iter(delegation_sides))]
        if (
            not meeting and not announced and len(people) >= 2
            and cues["counterpart"].found(low, other_starts)
        ):
            meeting = True  # "he and his Australian counterpart Richard Marles discussed ..."
        if (
            not meeting and not announced and len(people) >= 2
            and _discussed_together(text, extents, people[0], people[1])
            and len(_states(officials, people[:2])) == 2
        ):
            meeting = True  # "Defence Minister X and Turkish Defence Minister Y discussed ..."
        if meeting and len(scms) >= 2:
            # states as the subject of the encounter: "Indonesia and Australia have held talks"
            cut = span.start + max(verb, 0)
            subject = [cm for cm in scms if cm.span.end <= cut]
            for x, y in itertools.pairwise(subject):
                if x.country != y.country and _AND.fullmatch(text, x.span.end, y.span.start):
                    sides.setdefault(x.country.code, x.country)
                    sides.setdefault(y.country.code, y.country)
        sentences[si] = _Sentence(
            index=si, span=span, text=stext, low=low, people=people, mentioned=mentioned, country_mentions=scms,
            meeting=meeting, announced=announced,
            backref=backref,
            attended=relevant and cues["attended"].found(low, other_starts),
            separate=meeting and cues["separate"].found(low, other_starts),
            joint=meeting and cues["joint"].found(low, other_starts), sides=sides,
            delegation_sides=delegation_sides,
            visited=visited, positions=positions,
        )

    for prev, nxt_s in itertools.pairwise(sentences):
        if nxt_s.separate and not prev.joint and set(nxt_s.people) <= set(prev.people):
            prev.separate = True
    # an arrival that the next sentences call "the meeting": "a delegation ... arrived in the capital of
    # Uzbekistan. The meeting focused on ..."
    for k, s in enumerate(sentences):
        if s.meeting or s.announced or s.visited is None or not (s.people or s.delegation_sides):
            continue
        if any(x.backref for x in sentences[k + 1 : k + 3]):
            s.meeting = True
            s.arrival = True  # its date is the arrival's, not the meeting's
    # references by post: "the CJCSC held separate meetings", "The minister received ..."
    named_before = _Seen()
    post_heads = frozenset().union(*(_post_words(o.posts) for o in officials))
    all_links = resolved.links
    li = 0
    for s in sentences:
        while li < len(all_links) and all_links[li][1].span.start < s.span.start:
            named_before.add(*all_links[li])
            li += 1
        if not s.meeting:
            continue
        cut = verb_at[s.index] if verb_at[s.index] >= 0 else len(s.text)
        for oi in _post_references(s.text[:cut], named_before, officials, post_heads):
            if oi not in s.people:
                s.people.insert(0, oi)
                s.positions.setdefault(oi, s.span.start)

    encounters: list[_Encounter] = []
    for s in sentences:
        recalled = (
            s.meeting and not s.people and bool(encounters) and language.recalled is not None
            and cues["recalled"].found(s.low)
        )
        if s.meeting and (s.people or s.sides) and not recalled:
            for people, sides, deleg in _split(s, officials):
                _place(encounters, s, people, sides, deleg, officials)
        elif (s.backref or s.attended) and s.people and encounters:
            new_codes = _states(officials, s.people)
            covering = next((e for e in reversed(encounters) if new_codes <= e.codes), None)
            if covering is None and not s.attended:
                continue
            target = covering if covering is not None else encounters[-1]
            group_sides = s.delegation_sides or (s.sides.keys() if len(s.sides) == 1 else set())
            if s.attended and len(group_sides) == 1:
                # "The Vietnamese delegation (side) included Ambassador X": X serves the delegation's state
                code = next(iter(group_sides))
                for p in s.people:
                    if officials[p].country is None:
                        officials[p] = attrs.evolve(officials[p], country=s.sides[code])
                        for e in encounters:
                            if p in e.people:
                                e.codes.add(s.sides[code].code)
            for p in s.people:
                target.people.setdefault(p, None)
            target.codes |= _states(officials, s.people)
            target.extra.append(s.index)
        elif recalled:
            # "The two officials last met in Vilnius in June 2021": an earlier encounter of the same people
            last = encounters[-1]
            encounters.append(_Encounter(people=dict(last.people), sides=dict(last.sides), sentences=[s.index],
                                         delegation_sides=set(last.delegation_sides), recalled=True,
                                         codes=set(last.codes)))
        elif s.backref and not s.people and encounters:
            encounters[-1].extra.append(s.index)  # "The meeting was held at the Ministry of Defense in Tokyo."

    # where visitors went, in the whole article: hosts and cities of encounters that do not say
    visited_countries = [s.visited for s in sentences if s.visited is not None]
    visit_cities: list[tuple[str, Country]] = []
    arrivals = _sentences_matching(_ARRIVAL_HINTS, text, sentence_spans)
    for si in arrivals:
        for arrived in _ARRIVED_CITY.finditer(sentences[si].text):
            city_country = _capital_of(arrived.group(1))
            if city_country is not None:
                visit_cities.append((arrived.group(1), city_country))
    if _holds_in_any_case(low_text, text, ("capital",)):
        for s in sentences:
            for cm in s.country_mentions:
                rel = cm.span.start - s.span.start
                if _CAPITAL_OF.search(s.text[max(0, rel - 50) : rel]):
                    city = countries.capital(cm.country)
                    if city is not None:
                        visit_cities.append((city, cm.country))
    for enc in encounters:
        if enc.host is None:
            hosts = {c.code: c for c in visited_countries if c.code in enc.codes}
            if len(hosts) == 1:
                enc.host = next(iter(hosts.values()))
        if enc.host is not None and enc.city is None:
            cities = {city for city, c in visit_cities if c == enc.host}
            if len(cities) == 1:
                enc.city = cities.pop()

    # an encounter with one state only continues with the other side named just before ("met his counterpart",
    # "at the meeting with the Kazakh minister, the sides ...")
    def complete() -> None:
        for k, enc in enumerate(encounters):
            if len(enc.codes) != 1 or enc.status is MeetingStatus.ANNOUNCED:
                continue
            if any(officials[p].country is None for p in enc.people):
                continue  # the person whose state is not written may well be the other side
            candidate, source = _other_side(k, encounters, enc.codes, officials, resolved, link_sentences)
            if candidate is not None:
                enc.people.setdefault(candidate, None)
                enc.codes |= _states(officials, (candidate,))
            if source is not None and len(source.codes) == 1:
                # "X held meetings on the sidelines of ... in Bangkok. He met Y": the sitting that named only X
                # sets the scene of this one
                enc.extra.extend(i for i in source.sentences if i not in enc.sentences)

    complete()

    # delegation leaders join the sittings where their delegation is a side without a named member
    for enc in encounters:
        if not enc.delegation_sides:
            continue
        seated = _states(officials, enc.people)
        for code in enc.delegation_sides:
            if code not in seated and code in leaders:
                enc.people.setdefault(leaders[code], None)
                enc.codes.add(code)  # the leader's state

    # fill in countries the text left out: a side of the person's encounters that no co-participant covers,
    # else the country the article names most that none of the co-participants serves
    article_counts = Counter([cm.country.code for cm in cms if not exclude or not _inside(cm.span.start, exclude)])
    home = _capital_of(dateline_city) if dateline_city else None
    visitors = [visit for s in sentences if (visit := _visitor(s)) is not None]
    encounters_of: dict[int, list[_Encounter]] = {}
    for enc in encounters:
        for p in enc.people:
            encounters_of.setdefault(p, []).append(enc)
    for oi, o in enumerate(officials):
        if o.country is not None or _of_organisation(o, text):
            continue  # an official of an international organisation serves no state
        mine = encounters_of.get(oi, [])
        others = {
            officials[p].country.code  # type: ignore[union-attr]
            for enc in mine for p in enc.people if p != oi and officials[p].country is not None
        }
        # nor the states the person visits ("Admiral X is on an official visit to Sri Lanka"): counted as others'
        others.update(code for code, visitor in visitors if visitor == oi)
        guess: Country | None = None
        open_sides = Counter(code for enc in mine for code in enc.sides if code not in others)
        codes_of_mine = {code for enc in mine for code in enc.codes}
        # the states of those who receive the person as a guest ("He also called on the Thai admiral"): not theirs
        hosts_visited = {
            c.code
            for enc in mine
            if _visiting(sentences[enc.sentences[0]]) == oi
            for h in (_visited(sentences[enc.sentences[0]]),)
            if h is not None and (c := officials[h].country) is not None
        }
        if open_sides:
            guess = countries.get(open_sides.most_common(1)[0][0])
        elif home is not None and home.code not in hosts_visited and (
            home.code in codes_of_mine
            or (not mine and home.code in article_counts)
            or (home.code not in others and any(_hosting(sentences[enc.sentences[0]]) == oi for enc in mine))
        ):
            # the official at home: the dateline's state is a side of the encounter, or (for a person only
            # mentioned) a state the article names, or the official hosts the encounter and the guests serve
            # other states ("WASHINGTON — Secretary of Defense X hosted Polish Minister Y")
            guess = home
        else:
            for code, _n in article_counts.most_common():
                if code not in others:
                    guess = countries.get(code)
                    break
            if guess is None and home is not None and home.code not in others:
                guess = home  # nothing else named: the dateline's state
        if guess is None and article_counts and len(others) != 1:
            # every state named is a co-participant's: the venue's, when a sitting names a capital of one ("the
            # Chief of Defence Staff was present" at talks "in New Delhi"), else the one named most; not when that
            # makes the person's only counterpart state their own ("X met his German counterpart Y")
            venue = next((
                cm.country.code for enc in mine for si in enc.sentences for cm in sentences[si].country_mentions
                if cm.kind == "capital" and cm.country.code in others
            ), None)
            guess = countries.get(venue if venue is not None else article_counts.most_common(1)[0][0])
        if guess is not None:
            officials[oi] = attrs.evolve(o, country=guess)
            for enc in mine:
                enc.codes.add(guess.code)

    complete()  # again, now that every person has a state

    # no sitting reads the dates of the sentences after the last sentence of every encounter: they are not read
    last_read = max((i for enc in encounters for i in (*enc.sentences, *enc.extra)), default=-1)
    for s in sentences[last_read + 1 :]:
        s.dates = ()
    meetings: list[Meeting] = []
    previous: Meeting | None = None
    seen: set[tuple[frozenset[int], frozenset[str], tuple[dt.date | None, str | None]]] = set()
    for k, enc in enumerate(encounters):
        nxt = encounters[k + 1].sentences[0] if k + 1 < len(encounters) else len(sentences)
        found = _finish(
            enc, sentences, nxt, officials, language, text, published, dateline_city, exclude, headline, joined,
            None if enc.recalled else previous,
        )
        if found is None:
            continue
        key = (frozenset(enc.people), frozenset(c.code for c in found.countries), (found.date, found.location))
        if key in seen and enc.people:
            continue
        seen.add(key)
        if found.location is None and found.kind is not MeetingKind.CALL:
            place = _event_or_visit_place(enc, found, sentences, meetings, language)
            if place is not None:
                found = attrs.evolve(found, location=place)
        if (
            previous is not None
            and not enc.recalled
            and previous.countries == found.countries
            and found.held
            and previous.held
        ):
            found = _continued(found, previous, sentences[enc.sentences[0]], language)
        if found.date is None and not enc.recalled:
            carried = _carried_date(sentences[enc.sentences[0]], previous, sentences, exclude, language)
            if carried is not None:
                found = attrs.evolve(found, date=carried)
        if found.location is None and found.kind is not MeetingKind.CALL and not enc.recalled:
            city = _visit_city(sentences[enc.sentences[0]], enc, sentences, arrivals)
            if city is not None and (previous is None or previous.location in (None, city)):
                found = attrs.evolve(found, location=city)
        meetings.append(found)
        if not enc.recalled:
            previous = found
    return tuple(meetings), tuple(officials)


_ORG_POST_BEFORE = re.compile(r"\b([A-Z]{3,6})\s+(?:[A-Z][a-z\-]+\s+){1,3}$")
"""An organisation's acronym and a post right before a name ("NATO Secretary General Jens Stoltenberg")."""

_ORG_POST_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Za-z\-]+\s+){1,5}?of\s+the\s+([A-Z]{3,6})\b")
"""A post of an organisation right after a name ("Jens Stoltenberg, Secretary General of the NATO")."""


_POST_OF = re.compile(r"\bof\s")
"""Where what a post is of begins ("Secretary General of the Collective Security Treaty Organization")."""


def _of_organisation(official: Official, text: str) -> bool:
    """True when a post right before or after one of the official's names, or one of the posts read (in English,
    whatever the article's language), belongs to an organisation."""
    for post in official.posts:
        if any(_organisation(post[of.end() :]) is not None for of in _POST_OF.finditer(post)):
            return True  # "Chief of the Joint Staff of the CSTO": of any "of" to the end
    for span in official.spans:
        before = _ORG_POST_BEFORE.search(text, max(0, span.start - 60), span.start)
        if before is not None and _organisation(before.group(1)) is not None:
            return True
        after = _ORG_POST_AFTER.match(text, span.end, span.end + 80)
        if after is not None and _organisation(after.group(1)) is not None:
            return True
    return False


_EVENT_CITY = re.compile(r"\bin\s+([A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+)?)")


def _event_or_visit_place(
    enc: _Encounter, meeting: Meeting, sentences: Sequence[_Sentence], before: Sequence[Meeting], language: Language
) -> str | None:
    """The city of an event the sitting is placed at ("while at the fair" -> the fair's "in Istanbul"), or of
    the earlier sitting of the same visit ("during his visit, he also met ...")."""
    first = sentences[enc.sentences[0]]
    words = language.cue_words
    if language.event_ref is not None and _holds(first.low, words.get("event_ref")):
        ref = _search_word_start(language.event_ref, first.low)
        if ref is not None:
            noun = ref.group(1)
            for s in reversed(sentences[max(0, first.index - 5) : first.index + 1]):
                at = s.low.find(noun)
                if at < 0:
                    continue
                city = _EVENT_CITY.search(s.text, at, at + 160)
                if city is not None and countries.lookup(city.group(1)) is None:
                    return city.group(1)
    if (
        language.same_visit is not None
        and _holds(first.low, words.get("same_visit"))
        and _search_word_start(language.same_visit, first.low)
    ):
        people = set(meeting.participants)
        for m in reversed(before):
            if m.location and people & set(m.participants):
                return m.location
    return None


def _visit_city(
    first: _Sentence, enc: _Encounter, sentences: Sequence[_Sentence], arrivals: Sequence[int]
) -> str | None:
    """The city of the visit told just before a sitting by one of its people ("X paid an official visit to
    Ankara. ... the ministers held a meeting"). ``arrivals``: the indexes, in order, of the sentences where one of
    :data:`_ARRIVAL_HINTS` matches (the only ones where ``_ARRIVED_CITY`` can)."""
    for s in reversed(sentences[max(0, first.index - 3) : first.index]):
        if s.index not in arrivals:
            continue
        found = _search_word_start(_ARRIVED_CITY, s.text)
        if (
            found is not None
            and countries.lookup(found.group(1)) is None
            and (found.group().endswith((" to " + found.group(1), " in " + found.group(1)))
                 or _capital_of(found.group(1)) is not None)
            and set(s.people) & set(enc.people)
        ):
            return found.group(1)
    return None


def _carried_date(
    first: _Sentence,
    previous: Meeting | None,
    sentences: Sequence[_Sentence],
    exclude: Sequence[Span],
    language: Language,
) -> dt.date | None:
    """The day of a sitting that states none: the day of the sitting before when the narration goes on within
    the same day ("Later the same day, ..."); else the one full date (day, month and year) the text states before
    it ("paid an official visit to Ankara on November 9, 2021. ... the ministers held a meeting"), when no other
    date intervenes and no earlier sitting has another day."""
    if _goes_on(first, language):
        return previous.date if previous is not None else None
    if first.dates is None:
        _read_dates(sentences, language)
    days: set[dt.date] = set()
    for s in sentences[: first.index]:
        for d in s.dates or ():
            start = s.span.start + d.span.start
            if d.until is not None or _inside(start, exclude):
                continue
            if d.relative is not None or d.weekday is not None or (d.month is not None and d.year is None):
                return None  # another day named: it may intervene
            if d.year is not None and d.month is not None and d.day is not None:
                full = d.resolve(None)
                if full is not None:
                    days.add(full)
    if len(days) != 1 or (previous is not None and previous.date is not None and previous.date not in days):
        return None
    return next(iter(days))


def _goes_on(s: _Sentence, language: Language) -> bool:
    """True when the sentence starts by carrying the narration on within the same day (the language's
    ``continues`` cue); read once per sentence, and searched only when the sentence holds one of the cue's words."""
    if s.goes_on is None:
        continues = language.continues
        s.goes_on = (
            continues is not None
            and _holds(s.low, language.cue_words.get("continues"))
            and continues.match(s.low.lstrip()) is not None
        )
    return s.goes_on


def _continued(meeting: Meeting, before: Meeting, first: _Sentence, language: Language) -> Meeting:
    """A further sitting with the same states: the same visit, so the same host; and when the narration goes
    straight on ("Then ..."), the same day and place."""
    host, kind, date, location = meeting.host, meeting.kind, meeting.date, meeting.location
    if host is None and before.host is not None:
        host = before.host
        if kind is MeetingKind.UNSPECIFIED:
            kind = before.kind
    if kind is not MeetingKind.CALL and before.kind is not MeetingKind.CALL:
        location = location or before.location  # the same visit, the same city
    if date is None and _goes_on(first, language):
        date = before.date
    if (host, kind, date, location) == (meeting.host, meeting.kind, meeting.date, meeting.location):
        return meeting
    return attrs.evolve(meeting, host=host, kind=kind, date=date, location=location)


def _sides(
    stext: str, low: str, offset: int, scms: Sequence[CountryMention], language: Language
) -> tuple[dict[str, Country], set[str], Country | None]:
    """Sides named without a person: delegations, counterparts, the country visited."""
    if language.find_sides is not None:  # a language with its own side cues (Russian "с коллегами из X и Y")
        return language.find_sides(stext, offset, scms)
    sides: dict[str, Country] = {}
    delegation: set[str] = set()
    visited: Country | None = None
    words = language.cue_words
    delegations = _holds(low, words.get("delegation"))
    leaders = _holds(low, _LEADERS_WORDS)
    counterparts = _holds(low, words.get("counterpart"))
    rel = [(cm.span.start - offset, cm.span.end - offset, cm) for cm in scms] if (
        delegations or leaders or counterparts
    ) else []
    for m in language.delegation.finditer(low) if delegations else ():
        ds, de = m.start(), m.end()
        for s, e, cm in rel:
            between_before = stext[e:ds] if e <= ds else None
            between_after = stext[de:s] if s >= de else None
            if (between_before is not None and len(between_before) <= 40 and re.fullmatch(
                r"(?:['’]s)?\s*(?:[A-Z][\w\-]*\s+){0,3}(?:military\s+|defen[cs]e\s+|government\s+|official\s+|"
                r"high-level\s+|naval\s+|army\s+)?", between_before
            )) or (between_after is not None and len(between_after) <= 40 and re.fullmatch(
                r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}", between_after
            )):
                sides[cm.country.code] = cm.country
                delegation.add(cm.country.code)
    for m in _LEADERS_FROM.finditer(low) if leaders else ():
        le = m.end()
        for s, e, cm in rel:
            if s >= le and s - le <= 60 and _list_gap(stext[le:s], {"the"}) and not _OWNS.match(stext, e):
                sides[cm.country.code] = cm.country  # not "the heads of Türkiye's MKE": a company, not a state
    for m in language.counterpart.finditer(low) if counterparts else ():
        cs = m.start()
        for _s, e, cm in rel:
            if e <= cs and cs - e <= 60 and _list_gap(stext[e:cs], set()):
                sides[cm.country.code] = cm.country
    for cm in scms:
        if cm.kind == "demonym" and _UNNAMED_POST.match(low, cm.span.end - offset):
            sides[cm.country.code] = cm.country  # "the Egyptian Ambassador", "his Turkish counterpart"
    if not _holds_in_any_case(low, stext, _VISIT_WORDS):
        return sides, delegation, visited
    for cm in scms:
        s = cm.span.start - offset
        start = max(0, s - 40)
        before = stext[start:s]
        if before.isascii():
            # only prepositions follow the visit word up to the mention: the match starts at the last visit word
            at = max(low.rfind("visit", start, s), low.rfind("trip", start, s), low.rfind("arriv", start, s))
            visit = _VISIT_TO.match(before, at - start) if at >= 0 else None
        else:
            visit = _VISIT_TO.search(before)
        if visit is not None and (cm.kind != "demonym" or _TO_OR_IN.search(visit.group())):
            # "on a visit to Azerbaijan", "visiting Kazakhstan"; not "the visiting Omani commander"
            visited = cm.country
            sides[cm.country.code] = cm.country
    return sides, delegation, visited


_GAP_WORD = re.compile(r"[^\W\d_][\w\-]*|[,&]")


def _list_gap(gap: str, extra: set[str]) -> bool:
    """True when ``gap`` holds only list glue and capitalised words (", Japanese and the")."""
    for word in _GAP_WORD.findall(gap):
        if word in (",", "&", "and") or word in extra or word[0].isupper():
            continue
        return False
    return not _GAP_WORD.sub("", gap).strip()


def _split(
    s: _Sentence, officials: Sequence[Official]
) -> list[tuple[list[int], dict[str, Country], set[str]]]:
    """One sentence's encounter(s): "separate meetings" / several counterparts become bilateral ones.

    The first person named is the principal; each other person (or, when the others are unnamed sides, each
    other side) meets the principal separately.
    """
    whole = [(s.people, s.sides, s.delegation_sides)]
    if s.joint or not s.separate or not s.people:
        return whole
    p0 = s.people[0]
    c0 = officials[p0].country
    principal = [p for p in s.people if p == p0 or (c0 is not None and officials[p].country == c0)]
    rest = [p for p in s.people if p not in principal]
    own = {c0.code: c0} if c0 is not None else {}
    out: list[tuple[list[int], dict[str, Country], set[str]]] = []
    if len(rest) >= 2:
        for o in rest:
            c = officials[o].country
            out.append(([*principal, o], {**own, **({c.code: c} if c is not None else {})}, set()))
        covered = {officials[o].country.code for o in rest if officials[o].country is not None}  # type: ignore[union-attr]
        for code, country in s.sides.items():
            if code not in covered and code not in own:
                out.append((list(principal), {**own, code: country}, s.delegation_sides & {code}))
        return out
    side_codes = [code for code in s.sides if code not in own]
    for o in rest:
        c = officials[o].country
        if c is not None and c.code not in side_codes and c.code not in own:
            side_codes.append(c.code)
    if len(side_codes) < 2:
        return whole
    for code in side_codes:
        members = [o for o in rest if _code(officials[o]) == code]
        country = s.sides.get(code) or countries.get(code)
        out.append(([*principal, *members], {**own, code: country}, s.delegation_sides & {code}))
    return out


def _other_side(
    k: int,
    encounters: Sequence[_Encounter],
    codes: set[str],
    officials: Sequence[Official],
    resolved: Resolved,
    link_sentences: Sequence[int],
) -> tuple[int | None, _Encounter | None]:
    """The person of another state from the encounters just before (and that encounter), or named in the three
    sentences before."""
    for prev in reversed(encounters[max(0, k - 3) : k]):
        for p in prev.people:
            c = officials[p].country
            if c is not None and c.code not in codes:
                return p, prev
    first = encounters[k].sentences[0]
    links = resolved.links
    j = bisect_right(link_sentences, first - 1)  # links are in text order: walk back from the encounter
    while j > 0:
        j -= 1
        if link_sentences[j] < first - 3:
            break
        oi, m = links[j]
        c = officials[oi].country
        if c is not None and c.code not in codes and m.qualified:
            return oi, None
    return None, None


def _code(official: Official) -> str | None:
    return official.country.code if official.country is not None else None


def _place(
    encounters: list[_Encounter],
    s: _Sentence,
    people: list[int],
    sides: dict[str, Country],
    deleg: set[str],
    officials: Sequence[Official],
) -> None:
    """Merge a sentence's encounter into an earlier one, or start a new one."""
    known_new: list[str] = []  # the states of the people whose state is known, once each, in order
    for p in people:
        c = officials[p].country
        if c is not None and c.code not in known_new:
            known_new.append(c.code)
    new_codes = {*known_new, *sides}
    new_people = set(people)
    new_by: dict[str, set[int]] | None = None  # the people by state, when first needed
    target: _Encounter | None = None
    # the latest six encounters, latest first; those covering the sentence's states first
    latest = encounters[:-7:-1]
    recent = [enc for enc in latest if new_codes <= enc.codes] + [enc for enc in latest if not new_codes <= enc.codes]
    for enc in recent:
        enc_codes = enc.codes
        if s.index in enc.sentences:
            continue  # a sibling from the same "separate meetings" sentence
        if len(enc_codes) >= 2 and not new_codes <= enc_codes and not s.joint:
            continue
        if s.announced != (enc.status is MeetingStatus.ANNOUNCED):
            continue
        shared = new_people.intersection(enc.people)
        old_by = _people_country(officials, enc.people)
        # the person of a side the encounter has without a name ("the Egyptian Ambassador ... Wael Attiya")
        names_a_side = bool(known_new) and all(code in enc.sides and code not in old_by for code in known_new)
        if not shared and people and not names_a_side:
            continue
        if not people and not s.backref and not (set(sides) and set(sides) <= enc_codes):
            continue  # nobody named: only the same sides again ("... met with the Turkish delegation")
        if new_by is None:
            new_by = _people_country(officials, people)
        conflict = any(
            code != "?" and new_by[code] and old_by.get(code) and not (new_by[code] & old_by[code])
            for code in new_by
        ) or (
            # a pair of whom one is new, the other already seated with someone: another sitting ("Liu also called on
            # Mohammad", "Separately, Rawat held a meeting with Ngo")
            len(people) == 2 and len(shared) == 1 and len(enc.people) >= 2
        )
        if conflict:
            continue
        # a side with a different counterpart: "separate" sittings of one visitor
        if s.separate and set(sides) - set(enc.sides) and enc.sides:
            continue
        target = enc
        break
    if target is None:
        target = _Encounter(status=MeetingStatus.ANNOUNCED if s.announced else MeetingStatus.HELD)
        encounters.append(target)
    for p in people:
        target.people.setdefault(p, None)
    for code, c in sides.items():
        target.sides.setdefault(code, c)
    target.codes |= new_codes
    target.delegation_sides |= deleg
    if s.index not in target.sentences:
        target.sentences.append(s.index)
    if s.visited is not None and target.host is None:
        target.host = s.visited


def _finish(
    enc: _Encounter,
    sentences: Sequence[_Sentence],
    next_start: int,
    officials: Sequence[Official],
    language: Language,
    text: str,
    published: dt.date | None,
    dateline_city: str | None,
    exclude: Sequence[Span] = (),
    headline: str | None = None,
    joined: _Joined | None = None,
    previous: Meeting | None = None,
) -> Meeting | None:
    sides = dict(enc.sides)
    for p in enc.people:
        c = officials[p].country
        if c is not None:
            sides.setdefault(c.code, c)
    if len(sides) < 2 and not (
        sides and any(officials[p].country is None and _of_organisation(officials[p], text) for p in enc.people)
    ):
        return None  # one state and no organisation: not an international encounter
    own_indices = {*enc.sentences, *enc.extra}
    own = [sentences[i] for i in sorted(own_indices)]
    first = sentences[enc.sentences[0]]
    # the sentences from the encounter's first up to the next encounter: those that are not its own are its
    # context (what was discussed)
    following = sentences[first.index : next_start]
    own_text = " ".join([s.text for s in own])
    participants = tuple([officials[p] for p in enc.people])
    # host
    host = enc.host if enc.host is not None and enc.host.code in sides else None
    if host is None:
        hosting = _hosting(first)
        if hosting is not None and officials[hosting].country is not None:
            host = officials[hosting].country
        co = _CALL_ON.search(first.low) if _holds(first.low, _CALL_ON_WORDS) else None
        if host is None and co is not None:
            after = [p for p in first.people if not _mention_before(p, first, co.end())]
            if after and officials[after[0]].country is not None:
                host = officials[after[0]].country
    # a further sitting of the states of the sitting before, with no host of its own: the same visit, so the same
    # host, unless its own sentences name the city (not the dateline's state, which may be the visitor's:
    # "ISLAMABAD — ... called on X in Beijing. The visiting dignitary also met Y")
    same_visit_host = (
        previous.host
        if host is None
        and previous is not None
        and previous.held
        and previous.kind is not MeetingKind.CALL
        and {c.code for c in previous.countries} == sides.keys()
        else None
    )
    # kind
    words = language.cue_words
    # the cue words tested once in the sentences' lowered texts joined (what a sentence holds, they hold)
    own_low = own[0].low if len(own) == 1 else " ".join(x.low for x in own)
    call_words = words.get("call")
    is_call = _holds(own_low, call_words) and any(_search(language.call, x.low, call_words) for x in own)
    side_words = words.get("sidelines")
    side = (
        _search_ignoring_case(language.sidelines, own_text)
        if side_words is None or _holds_in_any_case(own_low, own_text, side_words)
        else None
    )
    occasion = None
    if side is not None:
        occasion = _clean_occasion(_group(own_text, side, 1) or _group(own_text, side, 2) or "")
    else:
        occ = _search_word_start(language.occasion, own_text)
        if occ is not None and _looks_like_event(occ.group(1)):
            occasion = _clean_occasion(occ.group(1))
    # location
    location = None if is_call else (
        _location(own, text, sides, language, dateline_city, host or same_visit_host, exclude)
        or enc.city
        or _headline_place(headline, sides)
    )
    loc_country = _capital_of(location) if location else None
    if host is None and loc_country is not None and loc_country.code in sides:
        host = loc_country
    elif host is None:
        host = same_visit_host
    if is_call:
        kind = MeetingKind.CALL
    elif side is not None:
        kind = MeetingKind.SIDELINES
    elif loc_country is not None and loc_country.code not in sides:
        kind = MeetingKind.THIRD_COUNTRY
    elif host is not None:
        kind = MeetingKind.VISIT
    else:
        kind = MeetingKind.UNSPECIFIED
    if first.dates is None:
        _read_dates(sentences, language)
    date = _date(own, published, exclude)
    if first.topics is None:
        _read_topics(sentences, language, joined)
    topics = _NO_TOPICS.union(*[s.topics for s in own if s.topics], *[s.topics for s in following if s.topics])
    agreements: tuple[str, ...] = ()
    if first.cues is None:
        _read_cues(sentences, language)
    if any(s.cues for s in own) or any(s.cues for s in following):
        all_text = own_text + " " + " ".join([s.text for s in following if s.index not in own_indices])
        agreements = tuple(
            " ".join((_group(all_text, m, 1) or "").split())
            for m in _finditer_ignoring_case(language.agreement, all_text)
            if m.group(1)
        )
    return Meeting(
        date=date,
        location=location,
        countries=tuple(sides.values()),
        participants=participants,
        host=host,
        kind=kind,
        status=enc.status,
        topics=topics,
        occasion=occasion,
        agreements=agreements,
        spans=tuple(s.span for s in own),
    )


_AGREEMENT_CUE = 1
"""The cue :func:`_read_cues` marks a sentence with: it may hold a match of the language's ``agreement`` pattern
(one of the words every match starts with is there, in some case where the pattern ignores case)."""


@functools.cache
def _agreement_words(language: Language) -> tuple[str, ...] | None:
    """Words one of which every match of the language's ``agreement`` pattern holds (in some case): its
    ``cue_words`` entry, else the pattern's :func:`_leading_words`; by language (whose hash is its identity, where a
    pattern's hash reads all its code)."""
    words = language.cue_words.get("agreement")
    return words if words is not None else _leading_words(language.agreement)


def _read_cues(sentences: Sequence[_Sentence], language: Language) -> None:
    """Mark every sentence of the article with the cues it may hold (:data:`_AGREEMENT_CUE`), read once for all
    the sittings whose sentences or context it is among.

    The words are first looked for in all the sentences joined (most articles hold none of them: then no sentence
    is read on its own)."""
    words = _agreement_words(language)
    any_case = bool(language.agreement.flags & _IGNORE_CASE)
    if words is not None:
        low = "\x00".join([s.low for s in sentences])
        # the letters a case-insensitive pattern reads as "i" or "s" are in a lowered text where they are in the
        # text (lower-casing keeps them), and a text holding one is not ASCII: the lowered text stands for both
        if not (_holds_in_any_case(low, low, words) if any_case else _holds(low, words)):
            for s in sentences:
                s.cues = 0
            return
    for s in sentences:
        if words is None or (_holds_in_any_case(s.low, s.text, words) if any_case else _holds(s.low, words)):
            s.cues = _AGREEMENT_CUE
        else:
            s.cues = 0


_ASCII_NOT_WORD = r"[\x00-\x1f!-/:-@\[-^`{-\x7f]"
"""The ASCII characters that are neither part of a word nor a space (a class of ranges, which the
regular-expression engine tests fast)."""


@functools.cache
def _split_at_word_starts(source: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For a pattern (its ``source`` and ``flags``) that matches only at a word start, ``\\b(?=\\w)...`` or
    ``\\b(?:...)...`` whose group's alternatives each start with a letter or digit (with no alternatives of its
    own): the same pattern led by a space instead of the word boundary, and led by any other ASCII character that
    is not part of a word (see :func:`_search_word_start`); ``None`` for other patterns.

    Keyed by the source, whose hash Python keeps (a compiled pattern's hash reads all its code each time).
    """
    if flags & re.VERBOSE or len(_alternatives(source)) != 1:
        return None
    if source.startswith("\\b(?=\\w)"):
        return re.compile(" " + source[2:], flags), re.compile(_ASCII_NOT_WORD + source[2:], flags)
    if not source.startswith("\\b(?:"):
        return None
    depth, i = 0, 2
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            return None  # a character class, where a parenthesis is no group: not read here
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    alternatives = _alternatives(source[5:i])
    if i >= len(source) or not all(a[:1].isalnum() and a[1:2] not in ("?", "*", "+", "{") for a in alternatives):
        return None
    return re.compile(" " + source[2:], flags), re.compile(_ASCII_NOT_WORD + source[2:], flags)


def _search_word_start(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``: the first match, with the same groups (the match itself may take in the character
    before it).

    In an ASCII ``text``, a pattern that starts at a word (:func:`_split_at_word_starts`) is tried at the start
    of the text, and else found as the first of its form led by a space (the regular-expression engine looks for
    that literal, several times faster than it tests a word boundary at every place) and its form led by another
    character.
    """
    split = _split_at_word_starts(pattern.pattern, pattern.flags) if text.isascii() else None
    if split is None:
        return pattern.search(text)
    first = pattern.match(text)
    if first is not None:
        return first
    after_space, after_other = split
    space = after_space.search(text)
    other = after_other.search(text)
    return other if other is not None and (space is None or other.start() < space.start()) else space


_LEADING_LETTERS = re.compile(r"[A-Za-z]{3,}")


@functools.cache
def _leading_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """ASCII words one of which starts every match of ``pattern`` (lower case when it ignores case; cut to their
    first four letters, once each), or ``None`` when some top-level alternative does not start with three plain
    letters (after a ``\\b``).

    Example:
        >>> _leading_words(re.compile(r"\\bSigned\\s+(?:a|the)|\\bsigns|\\bsealed?", re.IGNORECASE))
        ('sign', 'seal')
        >>> _leading_words(re.compile(r"\\bmet\\b|\\bhosted|\\bhosts"))
        ('met', 'host')
    """
    if pattern.flags & re.VERBOSE:
        return None
    words = []
    for alternative in _alternatives(pattern.pattern):
        body = alternative.removeprefix("\\b")
        letters = _LEADING_LETTERS.match(body)
        if letters is None:
            return None
        word = letters.group()
        if body[len(word) : len(word) + 1] in ("?", "*", "+", "{"):
            word = word[:-1]  # the last letter is optional or repeated
        if len(word) < 3:
            return None
        word = word[:4].lower() if pattern.flags & re.IGNORECASE else word[:4]
        if word not in words:
            words.append(word)
    return tuple(words)


_IGNORE_CASE = re.IGNORECASE.value
"""The flag as a plain number (a test against the flag itself runs the enum's Python code)."""
_HOST_WORDS = _leading_words(_HOST_VERB)
_CALL_ON_WORDS = _leading_words(_CALL_ON)
"""Words one of which every match of ``_HOST_VERB`` (``_CALL_ON``) holds."""


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match in ``text``: none of its leading words occurs there."""
    words = _leading_words(pattern)
    if words is None:
        return True
    if pattern.flags & _IGNORE_CASE:
        return _holds_in_any_case(text.lower(), text, words)
    return _holds(text, words)


#: What keeps a case-insensitive pattern from being matched in lower case: an escape that names a character, an
#: inline flag, a range from one case to the other.
_CASED_SOURCE = re.compile(r"\\[xuUN0-9]|\(\?[aiLmsux-]|[A-Za-z]-[A-Za-z]")


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive ``pattern`` written in lower case and matching case-sensitively, which finds in the
    :func:`_lowered_text` of a text what ``pattern`` finds in the text (several times faster); ``None`` when
    ``pattern`` is not case-insensitive, or its source has a letter with case outside ASCII or a
    :data:`_CASED_SOURCE` construct (the range ``a-z`` itself is fine)."""
    return _lowered_source(pattern.pattern, pattern.flags)


@functools.cache
def _lowered_source(source: str, flags: int) -> re.Pattern[str] | None:
    """:func:`_lowered` for the pattern of ``source`` and ``flags``; keyed by the source, whose hash Python keeps
    (a compiled pattern's hash reads all its code each time)."""
    if not flags & re.IGNORECASE or flags & re.VERBOSE:
        return None
    if any(not c.isascii() and c.lower() != c.upper() for c in source):
        return None
    if any(m.group() not in ("a-z", "A-Z") for m in _CASED_SOURCE.finditer(source)):
        return None
    return re.compile(_lower_source(source), flags & ~re.IGNORECASE)


def _lowered_text(text: str) -> str | None:
    """``text`` lower-cased without changing its length, where a :func:`_lowered` pattern finds what its
    case-insensitive form finds in ``text``; ``None`` when ``text`` holds one of :data:`_ODD_CASE`, which such a
    form reads as "i" or "s" but lower-casing keeps.

    Any other character that a case-insensitive pattern reads as an ASCII letter is lower-cased to it (the
    Kelvin sign to "k"), one it does not is not lower-cased to one, and lower-casing keeps a character part of a
    word or not: checked over all of Unicode by the tests.
    """
    if text.isascii():
        return text.lower()
    if any(letter in text for letter in _ODD_CASE):
        return None
    return lower_same_length(text)


def _search_ignoring_case(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, through :func:`_lowered` where it can be (read groups with :func:`_group`)."""
    lowered = _lowered(pattern)
    low = _lowered_text(text) if lowered is not None else None
    return pattern.search(text) if lowered is None or low is None else lowered.search(low)


def _finditer_ignoring_case(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, through :func:`_lowered` where it can be (read groups with :func:`_group`)."""
    lowered = _lowered(pattern)
    low = _lowered_text(text) if lowered is not None else None
    return pattern.finditer(text) if lowered is None or low is None else lowered.finditer(low)


def _group(text: str, m: re.Match[str], group: int) -> str | None:
    """Group ``group`` of a match in ``text`` (or in its lower-cased form), as written in ``text``."""
    start, end = m.span(group)
    return None if start < 0 else text[start:end]


_PAIR_GAP = re.compile(r"\s{1,3}(?:and|и)\s{1,3}(?:[^\W\d_][\w\-]*\s{1,3})?", re.IGNORECASE)
"""Between two people named as one subject: "and" / "и", and at most one word (a demonym) before the second."""
_PAIR_LEAD = re.compile(r"(?:and|и)\s", re.IGNORECASE)
"""The "and" a second person's phrase may begin with."""
_DISCUSSED = re.compile(r",?\s{1,3}(?:have\s+|had\s+|also\s+|then\s+)?(?:discussed|обсудили)\b", re.IGNORECASE)
"""Right after the second of them: the verb of a discussion they held together."""


def _discussed_together(text: str, extents: dict[int, tuple[int, int]], a: int, b: int) -> bool:
    """True when people ``a`` and ``b`` are named one after the other as the subject of "discussed" ("Defence
    Minister X and Turkish Defence Minister Y discussed ...", "X и Y обсудили ...")."""
    if a not in extents or b not in extents:
        return False  # one of them not named in the sentence ("Upon arrival, he ...")
    (_, a_end), (b_start, b_end) = extents[a], extents[b]
    if a_end >= b_start or _DISCUSSED.match(text, b_end) is None:
        return False
    # the second phrase may begin with the "and" itself ("and Turkish Defence Minister Y")
    return _PAIR_GAP.fullmatch(text, a_end, b_start) is not None or (
        not text[a_end:b_start].strip() and _PAIR_LEAD.match(text, b_start) is not None
    )


def _led_right_before(language: Language, before_low: str) -> bool:
    """True when the language's "led by" (:attr:`~defcoop._lang.Language.led_by`) ends ``before_low`` (the
    lowered text before a name, up to its post)."""
    words = language.cue_words.get("led_by")
    if words is not None and not _holds(before_low, words):
        return False
    tail = before_low.rstrip()
    return any(m.end() == len(tail) for m in language.led_by.finditer(tail))


def _host_verb(s: _Sentence) -> tuple[int, bool] | None:
    """Where a hosting verb ("hosted", "received", "welcomed") starts in the sentence, and whether it is in the
    passive ("was received by"); ``None`` without one or without people."""
    hv = _HOST_VERB.search(s.low) if s.people and _holds(s.low, _HOST_WORDS) else None
    if hv is None:
        return None
    before = s.text[: hv.start()]
    # "were received by ...": the auxiliary (five letters at most) ends where the spaces before the verb start
    return hv.start(), _PASSIVE.search(before, max(0, len(before.rstrip()) - 5)) is not None


def _hosting(s: _Sentence) -> int | None:
    """The person a hosting verb makes the host in the sentence: the first named before "hosted", "received",
    "welcomed" (after it in the passive: "was received by X"); ``None`` without such a verb."""
    found = _host_verb(s)
    if found is None:
        return None
    at, passive = found
    return next((p for p in s.people if _mention_before(p, s, at) != passive), None)


def _visitor(s: _Sentence) -> tuple[str, int] | None:
    """(the state the sentence says someone visits, that person) when the person named last before the state is
    not the sentence's host ("Admiral X is on an official visit to Sri Lanka", "... Y, who was visiting Japan");
    else ``None``."""
    if s.visited is None or not s.people:
        return None
    at = next((cm.span.start for cm in s.country_mentions if cm.country == s.visited), None)
    before = [p for p in s.people if at is not None and s.positions.get(p, at) < at]
    if not before:
        return None
    person = max(before, key=s.positions.__getitem__)
    return None if _hosting(s) == person else (s.visited.code, person)


def _visited(s: _Sentence) -> int | None:
    """The host in the sentence: the first named after "called on" (or as :func:`_hosting` reads a hosting
    verb); ``None`` without such a cue."""
    co = _CALL_ON.search(s.low) if s.people and _holds(s.low, _CALL_ON_WORDS) else None
    if co is not None:
        return next((p for p in s.people if not _mention_before(p, s, co.end())), None)
    return _hosting(s)


def _visiting(s: _Sentence) -> int | None:
    """The guest in the sentence: the first named before "called on", "paid a courtesy call on" or a passive
    hosting verb ("was received by"), or after an active one ("X received Y"); ``None`` without such a cue."""
    if not s.people:
        return None
    co = _CALL_ON.search(s.low) if _holds(s.low, _CALL_ON_WORDS) else None
    if co is not None:
        return next((p for p in s.people if _mention_before(p, s, co.start())), None)
    found = _host_verb(s)
    if found is None:
        return None
    at, passive = found
    return next((p for p in s.people if _mention_before(p, s, at) == passive), None)


def _mention_before(official: int, s: _Sentence, rel_offset: int) -> bool:
    """True when the official is first named before ``rel_offset`` (relative to the sentence start)."""
    pos = s.positions.get(official)
    return pos is not None and pos - s.span.start < rel_offset


_EVENT_WORD = re.compile(r"\b(?:[A-Z]{3,}|Summit|Meeting|Exhibition|Fair|Forum|Session|Conference|Council|"
                         r"Committee|Ministerial|Games|Congress)\b")
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
#: Where an occasion's name ends, in its words joined by single spaces.
_OCCASION_END = re.compile(r" (?:to be held|held|in|on|which|that|where) ")


def _looks_like_event(words: str) -> bool:
    """True when ``words`` name an event: an acronym or a word such as "Summit" or "Forum"."""
    return _EVENT_WORD.search(words) is not None


def _clean_occasion(raw: str) -> str | None:
    """An occasion as read, in single spaces, without a leading "the" or what follows "held", "in", "which" ..."""
    raw = " ".join(raw.split()).strip(" ,;-")
    raw = _LEADING_THE.sub("", raw)
    raw = _OCCASION_END.split(raw, maxsplit=1)[0]
    return raw or None


def _location(
    own: Sequence[_Sentence],
    text: str,
    sides: dict[str, Country],
    language: Language,
    dateline_city: str | None,
    host: Country | None,
    exclude: Sequence[Span] = (),
) -> str | None:
    """The city a sitting took place in: a capital of one of its sides or a place "in" it that its sentences name,
    else the dateline's city when they say "here" or when its state hosts or is a side."""
    if language.find_place is not None:  # a language whose place names inflect ("в Самарканде" -> "Samarkand")
        for s in own:
            place = language.find_place(s.text)
            if place is not None:
                return place
    stop = language.stop_words
    for s in own:
        for cm in s.country_mentions:
            # a capital of a side, outside the excluded spans (not the dateline's city)
            if cm.kind == "capital" and cm.country.code in sides and not _inside(cm.span.start, exclude):
                written = text[cm.span.start : cm.span.end].split(",")[0]  # "Washington, D.C." -> "Washington"
                return written if not written.isupper() else written.title()
        for m in _IN_PLACE.finditer(s.text):
            place = m.group(1)
            if place.split(" ")[0].isupper():
                continue  # "at IDEAS 2022": an event or an organisation, not a city
            preposition = s.text[m.start() : m.start() + 2].casefold()
            if preposition != "in" and _capital_of(place) is None:
                continue  # "at Rimba Air Force Base", "to Defence Minister": only "in" introduces any city
            tail = s.text[m.end(1) : m.end(1) + 2]
            if tail[:1] == " " and tail[1:2].isupper():
                continue  # the start of a longer name ("in Istana Nurul Iman", "in Kazakh Defense Ministry")
            first_word = place.split()[0].split("-")[0]
            if first_word in stop or first_word.casefold() in language.months:
                continue
            as_state = countries.lookup(place) or countries.lookup(first_word)
            if as_state is not None and _capital_of(place) != as_state:
                continue  # a state, not a city ("in Kazakhstan"); a city-state is both ("in Singapore")
            if _organisation(place) is not None:
                continue
            cap = _capital_of(place)
            if cap is None and (" " in place or first_word.casefold() in language.post_words
                                or first_word.casefold() in language.post_heads):
                place = first_word
                if place.casefold() in language.post_words or place.casefold() in language.post_heads:
                    continue
            if not place[0].isupper():
                continue
            return place
    if dateline_city and language.find_place is not None:  # the dateline's city in English ("БАКУ" -> "Baku")
        dateline_city = language.find_place(dateline_city) or dateline_city
    if dateline_city:
        if any(_may_match(language.here, s.low) and language.here.search(s.low) for s in own):
            return dateline_city
        dc = _capital_of(dateline_city)
        # the dateline city is the venue when its state hosts, or (no host stated) is a side of the encounter
        if dc is not None and (dc == host or (host is None and dc.code in sides)):
            return dateline_city
    return None


def _headline_place(headline: str | None, sides: dict[str, Country]) -> str | None:
    """"Lithuanian defence delegation in Tbilisi": a capital of one of the sides named in the headline."""
    if not headline:
        return None
    for m in _IN_PLACE.finditer(headline):
        place = m.group(1).split(" ")[0] if _capital_of(m.group(1)) is None else m.group(1)
        found = _capital_of(place)
        if found is not None and found.code in sides:
            return place
    return None


def _read_dates(sentences: Sequence[_Sentence], language: Language) -> None:
    """Read the date mentions of the sentences of the article whose dates are not read yet (spans within the
    sentence), in one pass."""
    sentences = [s for s in sentences if s.dates is None]
    if language.find_dates is None:
        for s, dates in zip(sentences, find_dates_in_parts([s.text for s in sentences]), strict=True):
            s.dates = dates
        return
    starts: list[int] = []
    at = 0
    for s in sentences:
        starts.append(at)
        at += len(s.text) + 1
    found: dict[int, list[DateMention]] = {}
    # the sentences joined by a "\x00", which no date expression holds or looks across: each is read as on its own
    for d in language.find_dates("\x00".join(s.text for s in sentences)):
        k = bisect_right(starts, d.span.start) - 1
        found.setdefault(k, []).append(
            attrs.evolve(d, span=Span(d.span.start - starts[k], d.span.end - starts[k])) if k else d
        )
    for k, s in enumerate(sentences):
        s.dates = found.get(k, ())


def _date(own: Sequence[_Sentence], published: dt.date | None, exclude: Sequence[Span]) -> dt.date | None:
    """The day of a sitting: the first day its sentences state (dates read by :func:`_read_dates`)."""
    for s in own:
        if s.arrival or not s.dates:
            continue
        for d in s.dates:
            start = s.span.start + d.span.start
            if d.time or _inside(start, exclude):
                continue
            if d.month is not None and d.day is not None:
                resolved = d.resolve(published)
                if resolved is not None:
                    return resolved
            elif d.relative is not None and published is not None and d.relative in (0, -1):
                if _quoted(s.text, d.span.start):
                    continue  # "today" in a quoted post or statement: the day it was written, not the report's
                return d.resolve(published)
    return None


def _quoted(text: str, offset: int) -> bool:
    """True when ``offset`` is inside a quotation opened earlier in ``text`` (straight or curly quotes)."""
    before = text[:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_TOPIC_PATTERNS: dict[str, tuple[re.Pattern[str], tuple[Topic, ...]]] = {}
_NO_TOPICS: frozenset[Topic] = frozenset()
#: In a cue source, what could match the "\\x00" that separates sentences in a scan, or look behind a match's
#: start (a cue with one of them is read sentence by sentence instead).
_UNSCANNABLE = re.compile(r"\.|\\[WSD]|\[\^|\(\?<")


@attrs.frozen
class _TopicScan:
    """A language's topic cues as two searches that together try every word start of a text, in one pass.

    Every cue alternative starts with a plain letter, so the alternatives are grouped by that letter, in their
    order (at one position only the group of its letter can match, so the first alternative that matches is
    the one the plain alternation finds); the engine rules out the other groups by the first character.
    ``after_space`` finds a cue together with the space before it (most words follow a space, and the engine
    jumps from space to space), ``after_other`` together with any other character that is not part of a word
    (``after_other_ascii`` the same in an ASCII text, with a class of ranges that the engine tests faster).
    Each alternative ends in an empty group; ``topics`` maps the group names to the topics.
    """

    after_space: re.Pattern[str]
    after_other: re.Pattern[str]
    after_other_ascii: re.Pattern[str]
    topics: dict[str, Topic]
    body: re.Pattern[str]
    """The cues alone (matched at a word start)."""
    dotted: bool
    """True when no cue can match or look at the "." of :data:`_SCAN_SEPARATOR` (:func:`_scannable`): the cues may
    then be read in the sentences joined for the meeting cue's scan (:class:`_Joined`)."""


_TOPIC_SCANS: dict[str, _TopicScan | None] = {}


def _topic_scan(language: Language) -> _TopicScan | None:
    """The language's :class:`_TopicScan`, or ``None`` when a cue does not start with a plain letter (or could
    see across the separator of two sentences)."""
    if language.code in _TOPIC_SCANS:
        return _TOPIC_SCANS[language.code]
    by_letter: dict[str, list[str]] = {}
    topics: dict[str, Topic] = {}
    scan: _TopicScan | None = None
    dotted = True
    for i, (topic, pattern) in enumerate(language.topic_cues):
        source = _lower_source(pattern.pattern)
        if _UNSCANNABLE.search(source):
            break
        dotted = dotted and _scannable(source)
        alternatives = _alternatives(drop_leading_boundaries(source))
        if not all(a[:1].isalpha() and a[1:2] not in ("?", "*", "+", "{") for a in alternatives):
            break
        for j, alternative in enumerate(alternatives):
            name = f"t{i}_{j}"
            topics[name] = topic
            by_letter.setdefault(alternative[0], []).append(f"{alternative[1:]}(?P<{name}>)")
    else:
        body = "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())
        # a character that is neither a space nor part of a word: in a language written in ASCII letters, one that
        # is no ASCII letter, digit, "_" or space (a class the engine tests by table) and no other letter either
        # (few of the text's characters pass the class); else tested by the character's category
        other = r"[^ 0-9A-Z_a-z](?<!\w)" if all(letter.isascii() for letter in by_letter) else r"[^\w ]"
        scan = _TopicScan(
            re.compile(f" (?:{body})"),
            re.compile(f"{other}(?:{body})"),
            re.compile(f"{_ASCII_NOT_WORD}(?:{body})"),
            topics,
            re.compile(body),
            dotted,
        )
    _TOPIC_SCANS[language.code] = scan
    return scan


def _topic_marks(text: str, scan: _TopicScan) -> Iterator[tuple[int, Topic]]:
    """The offset and topic of each cue in ``text``, as one left-to-right pass of the plain alternation (tried
    at every word start, each match going on after the one before) finds them.

    ``text`` must start with a character that is not part of a word.
    """
    after_other = scan.after_other_ascii if text.isascii() else scan.after_other
    space = scan.after_space.search(text)
    other = after_other.search(text)
    while space is not None or other is not None:
        found = space if other is None or (space is not None and space.start() < other.start()) else other
        assert found is not None
        yield found.start() + 1, scan.topics[str(found.lastgroup)]
        resume = found.end() - 1  # the next cue may start right after this one, behind its last character
        if space is not None and space.start() < resume:
            space = scan.after_space.search(text, resume)
        if other is not None and other.start() < resume:
            other = after_other.search(text, resume)


def _topic_marks_at(text: str, scan: _TopicScan, other_starts: Sequence[int]) -> list[tuple[int, Topic]]:
    """What :func:`_topic_marks` finds in ``text``, given where the words that follow a character other than a
    space start (:func:`_other_starts`): the cues there are matched in place of the ``after_other`` search."""
    body = scan.body
    others = [m for at in other_starts if (m := body.match(text, at)) is not None]
    topics = scan.topics
    marks: list[tuple[int, Topic]] = []
    space = scan.after_space.search(text)
    k = 0
    # as in _topic_marks, with the next match after another character the first of ``others`` whose character
    # (just before it) is at or after where the search would start
    while space is not None or k < len(others):
        if k == len(others) or (space is not None and space.start() < others[k].start() - 1):
            assert space is not None
            found, offset = space, space.start() + 1
        else:
            found, offset = others[k], others[k].start()
        marks.append((offset, topics[str(found.lastgroup)]))
        resume = found.end() - 1
        if space is not None and space.start() < resume:
            space = scan.after_space.search(text, resume)
        while k < len(others) and others[k].start() - 1 < resume:
            k += 1
    return marks


def _read_topics(sentences: Sequence[_Sentence], language: Language, joined: _Joined | None = None) -> None:
    """Read the topics of every sentence of the article, in one pass over its lowered sentences (through the
    ``joined`` scan when given and the language's cues can read it)."""
    scan = _topic_scan(language)
    if scan is None:
        for s in sentences:
            s.topics = topics_of(s.low, language, lowered=True)
        return
    if joined is not None and scan.dotted:
        starts = joined.starts
        marks = _topic_marks_at(joined.text, scan, joined.other_starts)
    else:
        # each sentence after a "\x00": no cue reaches across it, so each is read as on its own
        starts = []
        at = 1
        for s in sentences:
            starts.append(at)
            at += len(s.low) + 1
        marks = list(_topic_marks("\x00" + "\x00".join(s.low for s in sentences), scan))
    found: dict[int, set[Topic]] = {}
    for offset, topic in marks:
        found.setdefault(bisect_right(starts, offset) - 1, set()).add(topic)
    for k, s in enumerate(sentences):
        s.topics = frozenset(found[k]) if k in found else _NO_TOPICS


def _lower_source(source: str) -> str:
    """Lower-case a regular-expression source, leaving escapes (``\\S``, ``\\W``, ``\\B``) alone."""
    out = []
    escaped = False
    for ch in source:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


def topics_of(text: str, language: Language, *, lowered: bool = False) -> frozenset[Topic]:
    """The topics whose cues occur in a text.

    Example:
        >>> from defcoop._lang import get
        >>> sorted(t.value for t in topics_of("They discussed joint exercises.", get("en")))
        ['exercises']
    """
    low = text if lowered else lower_same_length(text)
    scan = _topic_scan(language)
    if scan is not None:
        return frozenset(topic for _offset, topic in _topic_marks("\x00" + low, scan))
    combined = _TOPIC_PATTERNS.get(language.code)
    if combined is None:
        source = "|".join(
            f"(?P<t{i}>{drop_leading_boundaries(_lower_source(pat.pattern))})"
            for i, (_t, pat) in enumerate(language.topic_cues)
        )
        # anchored at word starts: the branches are tried only where a word begins
        combined = (re.compile(rf"\b(?=\w)(?:{source})"), tuple(t for t, _p in language.topic_cues))
        _TOPIC_PATTERNS[language.code] = combined
    pattern, topics = combined
    return frozenset(topics[int(m.lastgroup[1:])] for m in pattern.finditer(low) if m.lastgroup)


_SUBJECT_TO_VERB = 12
"""The most characters between a subject and its meeting verb ("the delegation also held talks")."""

_THE_DELEGATION = re.compile(r"(?:[^,.;]{0,40},\s*)?the\s+delegation\b")
"""A sentence (lower-cased) whose subject is a delegation named without its state, after at most a short opening
phrase ("The next day, the delegation held talks with ...")."""

_PRONOUN_SUBJECT = re.compile(r"(?:[^,.;]{0,40},\s*)?(?:he|she)\b", re.IGNORECASE)
"""A sentence whose subject is "he" or "she", after at most a short opening phrase ("Upon arrival, he ...")."""

_RECEIVED_THEM = re.compile(r"\b(?:received|welcomed|hosted|greeted|met)\s+(?:him|her|them)\b", re.IGNORECASE)
_ADVERBS = frozenset({"also", "then", "later", "further", "subsequently", "separately", "today", "yesterday",
                      "has", "have", "had", "was", "were"})
_ACRONYM = re.compile(r"\b[A-Z]{2,12}\b")
_THE_POST = re.compile(r"\b[Tt]he\s+((?:[\w\-]+\s+){0,4}?)([\w\-]+)\s*$")


class _Seen:
    """The officials named so far, most recent last, and the acronyms of their posts."""

    def __init__(self) -> None:
        self.last: dict[int, int] = {}
        self.acronyms: dict[str, int] = {}

    def add(self, official: int, mention: PersonMention) -> None:
        self.last.pop(official, None)
        self.last[official] = mention.span.start
        for a in mention.acronyms:
            self.acronyms.setdefault(a, official)

    def recent(self, n: int = 12) -> list[int]:
        """The ``n`` officials named most recently, latest first."""
        return list(itertools.islice(reversed(self.last), n))


@functools.lru_cache(maxsize=4096)
def _post_words(posts: tuple[str, ...]) -> frozenset[str]:
    """The case-folded words of an official's posts ("Minister of Defense" -> minister, of, defense)."""
    return frozenset(word for post in posts for word in post.casefold().split())


def _post_references(
    subject: str, seen: _Seen, officials: Sequence[Official], heads: frozenset[str]
) -> list[int]:
    """Officials a sentence's subject names by post or acronym ("the CJCSC", "The Afghan defence minister");
    ``heads``: the :func:`_post_words` of all the officials."""
    found: list[int] = []
    if not seen.last:
        return found
    for word in _ACRONYM.findall(subject) if seen.acronyms else ():
        ref = seen.acronyms.get(word)
        if ref is not None and ref not in found:
            found.append(ref)
    if found:
        return found
    for clause in subject.split(","):
        if "he" not in clause:
            continue  # no "the" (nor "The"): no post named with it
        words = clause.split()
        while words and words[-1].casefold() in _ADVERBS:
            words.pop()  # "the Georgian Defense Minister also met ..."
        if not words or words[-1].casefold() not in heads:
            continue  # the last word (the post's head, when "the post" ends the clause) is no one's post word
        if not any(word.endswith(("the", "The")) for word in words[-6:-1]):
            continue  # "the" (or "The") ends one of the five words before the last, or "the post" is not there
        # "the post" ends the clause, so it starts in its last six words
        the_post = _THE_POST.search(" ".join(words[-6:]))
        if the_post is None:
            continue
        head = the_post.group(2).casefold()
        holders = [oi for oi in seen.recent() if head in _post_words(officials[oi].posts)]
        if not holders:
            continue
        demonyms = [cm.country for cm in scan_countries(the_post.group(1))] if the_post.group(1) else []
        if demonyms:  # "The Bangladesh Navy Chief": a holder of that state first, then one of no known state
            holders = [oi for oi in holders if officials[oi].country == demonyms[0]] or [
                oi for oi in holders if officials[oi].country is None
            ]
        if holders and holders[0] not in found:
            found.append(holders[0])
    return found
