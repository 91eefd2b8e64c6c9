"""Language resources: what the extraction pipeline needs to know about one language, as data.

The pipeline stages (:mod:`defcoop._mentions`, :mod:`defcoop._officials`, :mod:`defcoop._meetings`) contain no
English: every word they look for comes from a :class:`Language` object passed to them. A language is a
sub-package ``defcoop._lang.<code>`` holding data modules (ranks, posts, meeting verbs, topic cues, month
names ...) and an ``__init__`` that assembles them into one module-level ``LANGUAGE`` constant.

How to add a language (the Russian package follows this recipe):

1. Write the data modules in ``_lang/<code>/``: each a frozenset or table with a docstring naming its source
   (``ranks.py``: rank spellings and abbreviations mapped to the full English rank; ``posts.py``: post head
   words, words that may appear inside a post phrase, honorifics; ``verbs.py``: meeting, call, announced-cue
   and back-reference patterns; ``topics.py``: cue patterns per :class:`~defcoop.models.Topic`).
2. Compile the patterns once, at import, into a :class:`Language` in ``_lang/<code>/__init__.py``. Patterns
   must be linear-time (no nested or adjacent unbounded quantifiers).
3. Provide ``normalise_name`` when names inflect (Russian case forms to the nominative); English uses the
   identity.
4. Register the code in :func:`get` below. Language detection (:func:`detect`) scores each language's
   ``detect_cue`` pattern; the best-scoring language wins, English by default.

Example:
    >>> from defcoop._lang import get
    >>> get("en").code
    'en'
    >>> get("en").rank_full("Col-Gen")
    'Colonel General'
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from defcoop._dates import DateMention
    from defcoop._mentions import Mentions
    from defcoop.models import Country, Topic

__all__ = [
    "Language",
    "bmp_blocks",
    "detect",
    "drop_leading_boundaries",
    "get",
    "known_codes",
    "not_after",
    "trie_source",
    "word_start_cue",
]


def _identity(name: str) -> str:
    return name


@attrs.frozen(eq=False)
class Language:
    """Everything language-specific the extraction pipeline uses, compiled once.

    Attributes:
        code: ISO 639-1 code ("en").
        rank_pattern: Matches a rank as written before a name ("Col-Gen", "Lt. Gen.", "Admiral"); case-sensitive.
        rank_table: Folded spelling of each rank (lower case, dots and hyphens to spaces) -> full English rank.
        honorific_pattern: Titles of address dropped from names ("Mr.", "H.E.", "Datuk Seri").
        post_heads: Lower-case head words of posts ("minister", "chief", "ambassador").
        post_words: Lower-case words allowed inside a post phrase besides heads and connectors.
        connectors: Lower-case function words that may join the parts of a post phrase ("of", "the").
        not_official: Lower-case heads that mark a person as not an official ("academician", "journalist").
        name_particles: Lower-case particles inside names ("bin", "da", "van").
        stop_words: Capitalised words that are never part of a name ("The", "On", "Monday").
        months: Month name (lower case) -> month number.
        counterpart: Matches the word for "counterpart" (a post taken from the other side).

    The cue patterns from ``counterpart`` to ``delegation``, ``led_by``, ``here`` and ``not_meeting`` are written
    in lower case and matched against lower-cased text (much faster than case-insensitive matching);
    ``sidelines``, ``occasion`` and ``agreement`` capture text and are matched against the original.

        meeting: Matches a construction that reports an encounter ("met with", "received", "held talks").
        call: Matches a telephone or video call.
        announced: Matches a future or planned cue ("will meet", "is expected to").
        backref: Matches a reference back to the encounter being reported ("the meeting", "the talks").
        attended: Matches "took part in / attended" (extra participants of the previous encounter).
        separate: Matches "separate meetings" (one encounter per counterpart).
        joint: Matches "trilateral / joint meeting" (keep all sides in one encounter).
        delegation: Matches the word for "delegation".
        led_by: Matches "led by" / "headed by".
        sidelines: Matches the sidelines of a multilateral event; group 1 is the occasion when given.
        occasion: Matches "as part of / within the framework of X"; group 1 is the occasion.
        agreement: Matches a signing; group 1 names what was signed.
        here: Matches "here" (the dateline city is the venue).
        not_meeting: Matches constructions that look like meetings but are not (a visit to a grave).
        topic_cues: (topic, pattern) pairs.
        normalise_name: Hook turning an inflected name into its dictionary form.
        find_mentions: The language's own person-mention reader, with the signature of
            :func:`defcoop._mentions.find_mentions`, when its word order and case need one (Russian: the
            country follows the post in the genitive, names inflect); ``None`` uses the shared reader.
        find_sides: The language's own reader of sides named without a person (delegations, "counterparts
            from X and Y", the country visited), with the signature of ``defcoop._meetings._sides`` less its
            ``language`` argument; ``None`` uses the shared reader.
        find_place: The language's reader of the city a sentence places an encounter in, returning its English
            name ("встретился в Самарканде" -> "Samarkand"; a bare city, as a dateline gives it, too: "Баку" ->
            "Baku"), for languages whose place names inflect; ``None`` uses the shared reader.
        find_dates: The language's date reader, with the signature of :func:`defcoop._dates.find_dates`, for
            date words the shared reader does not know ("вчера", "во вторник"); ``None`` uses the shared reader.
        find_outlet: The language's reader of an outlet named in an attribution formula ("сообщает Kazinform"),
            used when the metadata found none in the text; ``None``: none.
        find_author: The language's reader of a byline ("Автор: ..."), used when the metadata found none.
        continues: Matches, at the start of a lower-cased sentence, a word that carries the narration on within
            the same day ("then", "afterwards"): a sitting so introduced keeps the day, host and place of the
            sitting before it with the same states. ``None``: never.
        recalled: Matches (lower-cased) an earlier encounter of the same people recalled without naming them
            ("the two officials last met in Vilnius"): a further encounter of the same sides. ``None``: never.
        event_ref: Matches (lower-cased) a sitting placed at an event named earlier ("while at the fair"); group 1
            is the event noun, looked up in the sentences before with the city they give. ``None``: never.
        same_visit: Matches (lower-cased) "during his visit": a sitting in the city of the earlier sitting with
            the same person. ``None``: never.
        detect_cue: Matches frequent function words of the language, for detection.
        cue_words: For the name of a cue pattern above ("meeting", "announced", ...), lower-case strings one of
            which every match of that pattern holds: a lower-cased sentence holding none of them is not searched.
            A pattern without an entry is always searched.
        honorifics: The titles ``honorific_pattern`` matches, as written: the person finder tries the pattern
            only where one of them begins. Empty: the pattern is searched over the whole text.
        cue_odd_case: The lower-case letters that the language's case-insensitive sentence cues (``meeting``,
            ``attended``, ...) read as other letters, and lower-casing keeps: in an article holding none of them,
            such a cue written in lower case and matched case-sensitively finds in a lowered sentence what the cue
            finds, and is so matched. ``None``: the case-insensitive cues are always matched as they are.
    """

    code: str
    rank_pattern: re.Pattern[str]
    rank_table: Mapping[str, str]
    honorific_pattern: re.Pattern[str]
    post_heads: frozenset[str]
    post_words: frozenset[str]
    connectors: frozenset[str]
    not_official: frozenset[str]
    name_particles: frozenset[str]
    stop_words: frozenset[str]
    months: Mapping[str, int]
    counterpart: re.Pattern[str]
    meeting: re.Pattern[str]
    call: re.Pattern[str]
    announced: re.Pattern[str]
    backref: re.Pattern[str]
    attended: re.Pattern[str]
    separate: re.Pattern[str]
    joint: re.Pattern[str]
    delegation: re.Pattern[str]
    led_by: re.Pattern[str]
    sidelines: re.Pattern[str]
    occasion: re.Pattern[str]
    agreement: re.Pattern[str]
    here: re.Pattern[str]
    not_meeting: re.Pattern[str]
    topic_cues: tuple[tuple[Topic, re.Pattern[str]], ...]
    detect_cue: re.Pattern[str]
    normalise_name: Callable[[str], str] = _identity
    find_mentions: Callable[..., Mentions] | None = None
    find_sides: Callable[..., tuple[dict[str, Country], set[str], Country | None]] | None = None
    find_place: Callable[[str], str | None] | None = None
    find_dates: Callable[[str], Sequence[DateMention]] | None = None
    find_outlet: Callable[[str], str | None] | None = None
    find_author: Callable[[str], str | None] | None = None
    continues: re.Pattern[str] | None = None
    recalled: re.Pattern[str] | None = None
    event_ref: re.Pattern[str] | None = None
    same_visit: re.Pattern[str] | None = None
    cue_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    honorifics: tuple[str, ...] = ()
    cue_odd_case: tuple[str, ...] | None = None

    def rank_full(self, written: str) -> str | None:
        """Return the full rank for a written form ("Lt. Gen." -> "Lieutenant General"), or ``None``.

        Example:
            >>> get("en").rank_full("Maj-Gen")
            'Major General'
        """
        return self.rank_table.get(fold_rank(written))


_FOLD_RANK = re.compile(r"[\s.\-‐-―]+")


def fold_rank(written: str) -> str:
    """Fold a written rank for table lookup: lower case, dots, dashes and spaces to single spaces.

    Example:
        >>> fold_rank("Lt. Gen.")
        'lt gen'
    """
    return _FOLD_RANK.sub(" ", written.casefold()).strip()


def word_start_cue(source: str) -> re.Pattern[str]:
    """Compile a cue pattern whose alternatives all start at a word, as ``\\b(?=\\w)(?:source)``.

    The outer ``\\b(?=\\w)`` lets the regex engine skip every position that does not start a word before it
    tries the alternatives. A ``\\b`` that starts a top-level alternative of ``source`` repeats that test at the
    same position, so it is left out (:func:`drop_leading_boundaries`): an alternative that starts with a plain
    letter is then ruled out by its first character, which makes large alternations faster. The pattern
    matches exactly what ``\\b(?=\\w)(?:source)`` matches.

    Example:
        >>> word_start_cue(r"\\bmet\\b|\\bheld\\s+talks\\b").pattern
        '\\\\b(?=\\\\w)(?:met\\\\b|held\\\\s+talks\\\\b)'
        >>> bool(word_start_cue(r"\\bmet\\b").search("They met."))
        True
    """
    return re.compile(rf"\b(?=\w)(?:{drop_leading_boundaries(source)})")


def drop_leading_boundaries(source: str) -> str:
    """Leave out the ``\\b`` that starts a top-level alternative of a regular-expression ``source``.

    Only correct where the result is placed right after a word-boundary test of its own, as in
    :func:`word_start_cue` (or inside a group placed there).

    Example:
        >>> drop_leading_boundaries(r"\\bmet\\b|(?:\\ba|b)|[|]\\b|\\bc")
        'met\\\\b|(?:\\\\ba|b)|[|]\\\\b|c'
    """
    return "|".join(a[2:] if a.startswith("\\b") else a for a in _alternatives(source))


def not_after(char_class: str, source: str) -> str:
    """The source of ``(?<!char_class)(?:source)`` (a match not right after such a character), written so that
    the regex engine can skip ahead to the characters the alternatives start with.

    Each alternative gets the look-behind after its first character instead (``G(?<![\\w.][\\s\\S])eneral``):
    it then tests the character before the match as well, and the pattern starts with a plain character, which
    the engine looks for before it tries anything else. When an alternative does not start with a plain
    character, the look-behind is left in front. The pattern matches exactly what the plain form matches.

    Args:
        char_class: A one-character class, such as ``[\\w.\\-]``.
        source: The alternatives.

    Example:
        >>> not_after(r"[\\w.]", r"Gen\\.|Col")
        '(?:G(?<![\\\\w.][\\\\s\\\\S])en\\\\.|C(?<![\\\\w.][\\\\s\\\\S])ol)'
        >>> not_after(r"[\\w.]", r"(?:a|b)c")
        '(?<![\\\\w.])(?:(?:a|b)c)'
    """
    guarded = []
    for alt in _alternatives(source):
        first = 2 if alt[:1] == "\\" else 1
        plain = alt[:1].isalnum() or (first == 2 and len(alt) > 1 and not alt[1].isalnum())
        if not plain or alt[first : first + 1] in ("?", "*", "+", "{"):
            return f"(?<!{char_class})(?:{source})"
        guarded.append(f"{alt[:first]}(?<!{char_class}[\\s\\S]){alt[first:]}")
    return "(?:" + "|".join(guarded) + ")"


def trie_source(words: Iterable[str], space: str = r"\ ") -> str:
    """One regex source matching exactly ``words``, written as a character trie (``ма(?:е|й|рт(?:а)?|я)``).

    The engine tries a plain alternation form by form at every position; a trie is tried letter by letter, so a
    long word list costs a few tests per position. Where one word is a prefix of another the longer is tried
    first, as in an alternation sorted longest first. ``space``: the source a space in a word is written as (an
    escaped space; ``[ \t\u00a0]{1,2}`` to allow others).

    Example:
        >>> trie_source(["март", "марта", "май"])
        'ма(?:й|рт(?:а)?)'
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(space if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a (non-verbose) regular-expression source."""
    parts: list[str] = []
    start = depth = i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: "|" and parentheses inside it are literal
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
            i += 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


_REGISTRY = ("en", "ru")
_CACHE: dict[str, Language] = {}


def known_codes() -> tuple[str, ...]:
    """Return the codes of the languages that have a resource package.

    Example:
        >>> "en" in known_codes()
        True
    """
    return _REGISTRY


def get(code: str) -> Language:
    """Return the :class:`Language` for an ISO 639-1 code.

    Raises:
        ValueError: No resources exist for that language (or they are not written yet).

    Example:
        >>> get("en").months["april"]
        4
    """
    found = _CACHE.get(code)
    if found is not None:
        return found
    if code not in _REGISTRY:
        raise ValueError(f"unsupported language {code!r}; supported: {', '.join(_REGISTRY)}")
    module = importlib.import_module(f"defcoop._lang.{code}")
    language = getattr(module, "LANGUAGE", None)
    if not isinstance(language, Language):
        raise ValueError(f"language {code!r} has no resources yet")
    _CACHE[code] = language
    return language


#: The 256-code-point blocks (see :func:`bmp_blocks`) that hold the letters a language's ``detect_cue`` needs (and
#: the letters case-insensitive matching folds into them): a sample without any cannot score for that language,
#: so its cue pattern is not run. English, the default, needs no test.
_CUE_BLOCKS: dict[str, frozenset[int]] = {
    "ru": frozenset({0x04, 0x05, 0x1C, 0x2D, 0xA6}),  # Cyrillic: U+0400-052F, 1C80-1C8F, 2DE0-2DFF, A640-A69F
}


def bmp_blocks(text: str) -> bytes:
    """The block of each character of ``text``: its code point divided by 256 (U+0410 "А" is in block 4), as
    bytes, for the Basic Multilingual Plane; a character beyond it gives two bytes of 0xD8 to 0xDF.

    ``4 in bmp_blocks(text)`` tells whether ``text`` holds a character from U+0400 to U+04FF several times
    faster than a regular-expression search does.

    Example:
        >>> 4 in bmp_blocks("Баку"), 4 in bmp_blocks("Baku – “Trend”")
        (True, False)
    """
    return text.encode("utf-16-le", "surrogatepass")[1::2]  # the high byte of each UTF-16 code unit


def detect(text: str, sample: int = 2000) -> str:
    """Guess the language of ``text`` from the first ``sample`` characters; English when unsure.

    Only English (the default) and the languages whose letters occur in the sample are scored: a text in
    Latin letters is English without running any cue pattern.

    Example:
        >>> detect("The minister met his counterpart.")
        'en'
    """
    head = text[:sample]
    blocks = b"" if head.isascii() else bmp_blocks(head)
    candidates = [
        code
        for code in _REGISTRY
        if code == "en" or code not in _CUE_BLOCKS or any(b in blocks for b in _CUE_BLOCKS[code])
    ]
    if candidates == ["en"]:
        return "en"
    best, best_score = "en", 0
    for code in candidates:
        try:
            language = get(code)
        except ValueError:
            continue
        score = len(language.detect_cue.findall(head))
        if score > best_score:
            best, best_score = code, score
    return best
