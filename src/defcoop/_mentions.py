"""Stage 3 of the pipeline: person mentions with the rank, posts and country cues written around them.

The text is cut once into word, number and punctuation tokens. Ranks and honorifics (from the language's
patterns) and country mentions (from :func:`defcoop.countries.scan`) are marked on the tokens. A *name* is the
run of capitalised tokens (with initials such as "M." and particles such as "bin") at the end of a run of
capitalised words, or after a rank: "Kazakh Minister of Defense Beibut Atamkulov" -> "Beibut Atamkulov".
Around each name the stage reads, without looking further than the clause:

- the rank right before it ("Col-Gen", "Lieutenant General"), honorifics skipped ("Mr.", "H.E.");
- the post phrase before it, back to the first word that cannot belong to a post ("... led by | the First
  Deputy Minister of Defense of the Republic of Kazakhstan, Chief of the General Staff ..., Lieutenant
  General"), split at commas and dashes into posts;
- the post phrase after it (", military attache of ...");
- the country of each post: a demonym, name or possessive before the head ("Kazakh Minister",
  "Azerbaijan's Ambassador") or an "of <country>" qualifier, never a "to <country>" destination.

A name is *qualified* (an official) when a rank or a post head stands next to it; other names are kept,
unqualified, for coreference with officials named elsewhere. Everything here is pure and linear in the text.

Example:
    >>> from defcoop._lang import get
    >>> text = "Kazakh Minister of Defense Col-Gen Ruslan Zhaksylykov met the guests."
    >>> m = find_mentions(text, get("en"))
    >>> [(p.name, p.rank, p.posts, p.country.code) for p in m.persons if p.qualified]
    [('Ruslan Zhaksylykov', 'Colonel General', ('Minister of Defense',), 'KZ')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, repeat
from typing import NamedTuple

import attrs

from defcoop import countries
from defcoop._lang import Language
from defcoop._lang.en.posts import GENERAL_POSTS
from defcoop.models import Country, Span

__all__ = ["CountryMention", "Mentions", "PersonMention", "Token", "find_mentions", "scan_countries", "tokenize"]

_PUNCT = r"[,()\[\]'’`´–—‐‑―\-]"  # punctuation the post and name readers look at, one token each
_SYMBOLS = r"[^\w\s,.()\[\]'’`´–—‐‑―\-]"  # any other symbol; a run of them is one token
_TOKEN_SPLIT = re.compile(
    # every token begins with a character that is neither a space nor "_": matching that first lets the engine
    # skip the spaces in its fast loop; what follows depends on the first character
    r"([^\s_]"
    # a word, with inner hyphens; its ASCII letters are taken first, by a class the engine tests without looking up
    # Unicode categories, then the rest of the run of letters from the first other letter on
    r"(?:(?<=[^\W\d_])[a-zA-Z]*(?:[^\W\d_a-zA-Z][^\W\d_]*)?(?:[\-‐][^\W\d_]+)*"
    r"|(?<=\d)\d*"  # a number
    r"|(?<=\.)\.*"  # a period; an ellipsis is one token
    rf"|(?<={_PUNCT})"
    rf"|(?<={_SYMBOLS}){_SYMBOLS}*))"
)
"""Tokens, as the odd items of a split: [gap, token, gap, token, ..., gap]."""
_APOSTROPHES = frozenset({"'", "’", "`", "´"})
_DASHES = frozenset({"–", "—", "-", "‐", "‑", "―"})
_OPEN = frozenset({"(", "["})
_CLOSE = frozenset({")", "]"})
_PHRASE_PUNCT = _DASHES | _APOSTROPHES | _OPEN | _CLOSE | {","}
"""Punctuation a post phrase may hold."""
_PART_MARKS = frozenset({","}) | _DASHES | _OPEN | _CLOSE
"""The tokens :meth:`_PostReader.parts` splits a phrase at."""
_REPUBLIC = frozenset({"republic", "kingdom", "federation", "state", "states", "emirates", "people's", "islamic",
                       "democratic", "federal", "socialist", "united", "union", "commonwealth"})
_TRAILING_CONNECTORS = frozenset({"in", "at", "to", "of", "for", "on", "the", "and", "from", "with", "by"})
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_POST_MODIFIERS = frozenset({"a", "an", "former", "late", "then", "newly", "new", "incumbent", "outgoing"})
_VOCAB_NO, _VOCAB_YES, _VOCAB_MONTH, _VOCAB_CAPS, _VOCAB_PLAIN = range(5)
# _VOCAB_PLAIN: vocabulary written as a plain capitalised word (not in capitals, not one letter, not a suffix such
# as "Jr"), which name runs pass over without the name-word test
_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', "»")
_LEADING_WORDS = frozenset({"the", "his", "her", "their", "its", "a", "an", "and", "of", "to", "in", "for", "on", "at"})
"""Words a post phrase may begin with before its demonym or head ("the", "his", "of" ...)."""
_QUALIFIER_WORDS = _REPUBLIC | {"of", "the"}
_PLACE_WORDS = frozenset({"to", "in", "at", "with", "from"})
"""Words that may lead from a post head to a place (see :meth:`_PostReader.ends_in_place`)."""
_MAX_NAME_TOKENS = 7
_MAX_PHRASE_TOKENS = 45


class Token(NamedTuple):
    """One token: a word (letters, inner hyphens), a number, or a single other character."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        """True for a word token."""
        return self.text[0].isalpha()


def tokenize(text: str) -> tuple[Token, ...]:
    """Cut text into tokens.

    Example:
        >>> [t.text for t in tokenize("S.Kamaletdinov, Col-Gen")]
        ['S', '.', 'Kamaletdinov', ',', 'Col-Gen']
    """
    texts, starts, ends = _cut(text)
    # tuple.__new__ skips the named tuple's Python-level __new__: tokens are the most numerous objects
    return tuple(map(tuple.__new__, repeat(Token), zip(starts, ends, texts, strict=True)))


def _cut(text: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens of a text as three lists: their texts, start offsets and end offsets."""
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))  # offsets[k]: where parts[k] ends
    return parts[1::2], offsets[0:-1:2], offsets[1::2]


@attrs.frozen(init=False)
class CountryMention:
    """A country named in the text: its span, the country, and how it was named (name, demonym, ...)."""

    span: Span
    country: Country
    kind: str = "name"

    def __init__(self, span: Span, country: Country, kind: str = "name") -> None:
        # written by hand: a text has dozens; the slots are set through their descriptors (the frozen class
        # refuses assignment), without attrs' per-field name lookups
        _set_mention_span(self, span)
        _set_mention_country(self, country)
        _set_mention_kind(self, kind)


_set_mention_span: Callable[[CountryMention, Span], None] = CountryMention.__dict__["span"].__set__
_set_mention_country: Callable[[CountryMention, Country], None] = CountryMention.__dict__["country"].__set__
_set_mention_kind: Callable[[CountryMention, str], None] = CountryMention.__dict__["kind"].__set__


@attrs.frozen
class PersonMention:
    """A personal name with what the text says around it.

    Attributes:
        name: The name as written, without rank or honorific ("Zakir Hasanov", "Z. Hasanov").
        span: Where the name is.
        phrase: From the start of the post phrase (or rank) before the name to the end of the name or of the
            post phrase after it.
        rank: Full English rank, when one stands before the name.
        posts: Posts read around the name, country qualifiers removed.
        country: The country the posts or their qualifiers give, or ``None``.
        qualified: True when a rank or a post stands next to the name (the person is an official).
        counterpart: True when the post is "counterpart" (the post is the other side's).
        not_official: True when the role next to the name is not an office (academic, journalist ...).
        possessive: True when the name is followed by "'s".
        headline: True when the name stands in a title-case line (a headline).
        head_words: Lower-case post head words read around the name.
        acronyms: Acronyms of the posts given in brackets ("CJCSC"), by which later sentences may refer to them.
    """

    name: str
    span: Span
    phrase: Span
    rank: str | None = None
    posts: tuple[str, ...] = ()
    country: Country | None = None
    qualified: bool = False
    counterpart: bool = False
    not_official: bool = False
    possessive: bool = False
    headline: bool = False
    head_words: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()


@attrs.frozen
class Mentions:
    """All mentions of one text: persons and countries, in text order.

    ``bare`` holds the names with nothing around them to read, as ``(start, end, name)``: they can only be
    later mentions of an official named elsewhere, and are kept light because hostile text has many.
    """

    persons: tuple[PersonMention, ...]
    countries: tuple[CountryMention, ...]
    bare: tuple[tuple[int, int, str], ...] = ()


# --------------------------------------------------------------------------- countries

def scan_countries(text: str, start: int = 0, end: int | None = None) -> tuple[CountryMention, ...]:
    """Find country names, demonyms, possessives and capitals in ``text[start:end]`` (with
    :func:`defcoop.countries.scan_spans`).

    Example:
        >>> [m.country.code for m in scan_countries("Visit of the Republic of Kazakhstan to Azerbaijan.")]
        ['KZ', 'AZ']
    """
    return tuple([CountryMention(Span(s, e), c, kind) for c, s, e, kind in countries.scan_spans(text, start, end)])


# --------------------------------------------------------------------------- persons

_VOCAB_KINDS: dict[Language, dict[str, int]] = {}
"""Language -> capitalised word -> what the word alone says (see :meth:`_Doc._word_vocab_kind`)."""
_VOCAB_KINDS_MAX = 50_000
_RANK_HEADS: dict[Language, frozenset[str]] = {}
_HONORIFIC_HEADS: dict[Language, frozenset[str] | None] = {}
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")
_RANK_FULL: dict[tuple[Language, str], str | None] = {}
_RANK_FULL_MAX = 4096


def _rank_heads(language: Language) -> frozenset[str]:
    """The first words (folded) of the language's written ranks (which are written capitalised)."""
    heads = _RANK_HEADS.get(language)
    if heads is None:
        heads = _RANK_HEADS[language] = frozenset(key.split(" ")[0] for key in language.rank_table)
    return heads


def _honorific_heads(language: Language) -> frozenset[str] | None:
    """The first letters (folded) of the language's titles of address, or ``None`` when it lists none or one
    is not written capitalised."""
    if language not in _HONORIFIC_HEADS:
        heads = [_LEADING_LETTERS.match(title) for title in language.honorifics]
        ok = bool(heads) and all(h is not None and h.group()[0].isupper() for h in heads)
        _HONORIFIC_HEADS[language] = frozenset(h.group().casefold() for h in heads if h is not None) if ok else None
    return _HONORIFIC_HEADS[language]


def _rank_full(language: Language, written: str) -> str | None:
    """:meth:`Language.rank_full`, remembered per written form (articles repeat their ranks)."""
    key = (language, written)
    if key not in _RANK_FULL:
        if len(_RANK_FULL) >= _RANK_FULL_MAX:  # bounded: hostile text may write many forms
            _RANK_FULL.clear()
        _RANK_FULL[key] = language.rank_full(written)
    return _RANK_FULL[key]


_RANK_HEAD, _TITLE_HEAD = 1, 2
"""What a capitalised word's first letters say, as bits: it may begin a written rank; it may begin a title."""


class _HeadKinds(dict[str, int]):
    """Capitalised word -> its :data:`_RANK_HEAD` and :data:`_TITLE_HEAD` bits in one language, worked out on the
    first look-up of each word."""

    __slots__ = ("_rank_heads", "_title_heads")
    MAX = 50_000

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._rank_heads = _rank_heads(language)
        self._title_heads = _honorific_heads(language) or frozenset()

    def __missing__(self, word: str) -> int:
        # the letters before the first hyphen, folded, are what a rank or title written there begins with
        head = word.partition("-")[0].casefold()
        kind = (_RANK_HEAD if head in self._rank_heads else 0) | (_TITLE_HEAD if head in self._title_heads else 0)
        if len(self) >= self.MAX:  # bounded: hostile text may hold many distinct words
            self.clear()
        self[word] = kind
        return kind


_HEAD_KINDS: dict[Language, _HeadKinds] = {}


class _Doc:
    """Token-level view of a text with the marks the person finder needs."""

    def __init__(self, text: str, language: Language, country_mentions: Sequence[CountryMention]) -> None:
        self.text = text
        self.lang = language
        self.texts, self.starts, self.ends = _cut(text)
        n = len(self.texts)
        self.rank: list[str | None] = [None] * n  # full rank on every token of a rank match
        self.honorific = [False] * n
        self.country: list[Country | None] = [None] * n
        self.country_id: list[int] = [-1] * n
        # names, ranks and honorifics start with a capital: most tokens are not capitalised
        self.caps = [k for k, t in enumerate(self.texts) if t[0].isupper()]
        kinds = _HEAD_KINDS.get(language)
        if kinds is None:
            kinds = _HEAD_KINDS[language] = _HeadKinds(language)
        self._cap_kinds = list(map(kinds.__getitem__, map(self.texts.__getitem__, self.caps)))
        self._mark_pattern_ranks()
        self._mark_honorifics()
        starts, country, country_id = self.starts, self.country, self.country_id
        marked: list[int] = []
        for k, cm in enumerate(country_mentions):
            span = cm.span
            first = bisect_left(starts, span.start)
            last = bisect_left(starts, span.end, first)
            if last == first + 1:  # the common case: a mention of one token
                country[first] = cm.country
                country_id[first] = k
                marked.append(first)
            else:
                marked += range(first, last)
                country[first:last] = repeat(cm.country, last - first)
                country_id[first:last] = repeat(k, last - first)
        self.country_tokens = sorted(set(marked))  # the tokens of country mentions, in order (they may overlap)
        self.hard_breaks: list[int] = []
        self.line_starts: list[int] = []
        self.headline_line = self._headline_lines()
        self.acronyms = self._bracketed_acronyms()
        self._name_word: list[bool | None] = [None] * n
        self._vocab_kind = _VOCAB_KINDS.setdefault(language, {})
        if len(self._vocab_kind) >= _VOCAB_KINDS_MAX:  # bounded: hostile text may hold many distinct words
            self._vocab_kind.clear()

    def _bracketed_acronyms(self) -> list[int]:
        """The tokens that are an acronym alone in brackets ("(CJCSC)"), in order."""
        found: list[int] = []
        texts = self.texts
        at = self.text.find("(")
        while at >= 0:
            k = bisect_left(self.starts, at) + 1  # "(" is a token of its own
            if k + 1 < len(texts) and texts[k + 1] == ")" and texts[k].isupper() and len(texts[k]) > 1:
                found.append(k)
            at = self.text.find("(", at + 1)
        return found

    def _mark_pattern_ranks(self) -> None:
        lang = self.lang
        texts, starts, rank = self.texts, self.starts, self.rank
        for first, m in self._matches(lang.rank_pattern, _RANK_HEAD):
            written = m.group()
            last = bisect_left(starts, m.end(), first)
            if (
                0 < first < last
                and written.casefold() == "general"
                and texts[first - 1].casefold() in GENERAL_POSTS
                and self.ends[first - 1] < starts[first]
            ):
                continue  # "Secretary General", "Director General", "Inspector General": a post, not a rank
            full = _rank_full(lang, written)
            if last == first + 1:  # a rank of one token ("General", "Col-Gen")
                rank[first] = full
            else:
                rank[first:last] = repeat(full, last - first)

    def _matches(self, pattern: re.Pattern[str], head: int | None) -> list[tuple[int, re.Match[str]]]:
        """The matches of a rank or honorific pattern, as ``finditer`` gives them, each with the first token that
        does not start before it.

        Ranks and titles are written capitalised, so the pattern is tried only at the capitalised words whose
        first letters (folded) may begin one: those with the ``head`` bit (:data:`_RANK_HEAD` or
        :data:`_TITLE_HEAD`); ``None`` searches the whole text. A match may also begin after a "‐" inside a word: a
        text with one is searched whole as well.
        """
        text, starts = self.text, self.starts
        if head is None or "‐" in text:
            return [(bisect_left(starts, m.start()), m) for m in pattern.finditer(text)]
        found: list[tuple[int, re.Match[str]]] = []
        done = 0
        for k in [k for k, kind in zip(self.caps, self._cap_kinds, strict=True) if kind & head]:
            if starts[k] >= done:
                m = pattern.match(text, starts[k])
                if m is not None:
                    found.append((k, m))
                    done = m.end()
        return found

    def _mark_honorifics(self) -> None:
        head = _TITLE_HEAD if _honorific_heads(self.lang) is not None else None
        for first, m in self._matches(self.lang.honorific_pattern, head):
            for i in range(first, bisect_left(self.starts, m.end(), first)):
                if self.rank[i] is None:
                    self.honorific[i] = True

    def _headline_lines(self) -> dict[int, bool]:
        """Line start offset -> True for title-case lines (most long words capitalised, no final period).

        Also records the *hard* line breaks: a break inside hard-wrapped prose (a long line that does not end a
        sentence, followed by more text) is read as a space.
        """
        out: dict[int, bool] = {}
        pos = 0
        lines = self.text.split("\n")
        last = len(lines) - 1
        for k, line in enumerate(lines):
            soft = False
            if line:  # an empty line is a hard break and no headline
                stripped = line.rstrip()
                if not stripped.endswith(_SENTENCE_END):
                    # a long line that does not end a sentence, with text on the next: hard-wrapped prose
                    soft = len(stripped.strip()) >= 50 and k < last and bool(lines[k + 1].strip())
                    if not soft:
                        split = line.split()
                        words = [w for w in split if len(w) > 3 and w[0].isalpha()]
                        if words and 3 <= len(split) <= 20:
                            caps = sum(1 for w in words if w[0].isupper())
                            out[pos] = caps / len(words) > 0.7
            if not soft and k < last:
                self.hard_breaks.append(pos + len(line))
            self.line_starts.append(pos)
            pos += len(line) + 1
        return out

    def line_start(self, offset: int) -> int:
        return self.line_starts[bisect_right(self.line_starts, offset) - 1]

    def same_line(self, i: int, j: int) -> bool:
        """True when no hard line break separates token i from token j (i < j)."""
        k = bisect_left(self.hard_breaks, self.ends[i])
        return k >= len(self.hard_breaks) or self.hard_breaks[k] >= self.starts[j]

    def break_before(self, j: int) -> int:
        """The offset of the last hard line break before token j, or -1: token i < j is on the line of token j
        when it ends after that offset (as :meth:`same_line` tells)."""
        k = bisect_left(self.hard_breaks, self.starts[j])
        return self.hard_breaks[k - 1] if k else -1

    # ---------------------------------------------------------------- token classes

    def is_initial(self, i: int) -> bool:
        t = self.texts[i]
        return (
            len(t) == 1
            and t.isupper()
            and i + 1 < len(self.texts)
            and self.texts[i + 1] == "."
            and self.starts[i + 1] == self.ends[i]
        )

    def is_vocab(self, i: int) -> bool:
        """A capitalised word that belongs to posts/institutions/calendar, never to a name."""
        t = self.texts[i]
        kind = self._vocab_kind.get(t)
        if kind is None:
            kind = self._vocab_kind[t] = self._word_vocab_kind(t)
        if kind == _VOCAB_MONTH:
            return self._next_to_number(i)
        if kind == _VOCAB_CAPS:
            return not self.is_initial(i)
        return kind in (_VOCAB_YES, _VOCAB_PLAIN)

    def _word_vocab_kind(self, t: str) -> int:
        """What the word alone says (cached per distinct word): vocabulary, a month, all capitals, or a name."""
        low = t.casefold()
        if (
            t in self.lang.stop_words
            or low in self.lang.post_heads
            or low in self.lang.post_words
            or low in self.lang.not_official
        ):
            return _VOCAB_PLAIN if len(t) > 1 and not t.isupper() and t not in _SUFFIXES else _VOCAB_YES
        if len(t) <= 4 and sum(1 for ch in t if ch.isupper()) >= 2 and not t.isupper():
            return _VOCAB_PLAIN  # "MoD", "NoK" (two capitals or more: neither in capitals nor a suffix)
        if t.isupper() and len(t) > 1:
            return _VOCAB_CAPS
        if low in self.lang.months:
            return _VOCAB_MONTH
        return _VOCAB_NO

    def _next_to_number(self, i: int) -> bool:
        """A month word written with a day or year ("April 25", "25 May", "Feb. 17")."""
        return any(0 <= j < len(self.texts) and self.texts[j].isdigit() for j in (i - 1, i + 1, i + 2))

    def is_name_word(self, i: int) -> bool:
        cached = self._name_word[i]
        if cached is None:
            cached = self._name_word[i] = self._compute_name_word(i)
        return cached

    def _compute_name_word(self, i: int) -> bool:
        text = self.texts[i]
        if not text[0].isalpha():
            return False
        if len(text) > 1 and self._vocab_kind.get(text) == _VOCAB_NO and text[0].isupper() and text not in _SUFFIXES:
            # a capitalised word known to say nothing alone (not vocabulary, not in capitals): a name word unless
            # marked, as the tests below would find
            return self.rank[i] is None and not self.honorific[i] and self.country[i] is None
        if not text[0].isupper():
            # "al-Mutairi", "el-Sisi", "bin-Zayed": a particle joined to a capitalised name
            head, _, rest = text.partition("-")
            return bool(rest) and rest[0].isupper() and head in self.lang.name_particles and i > 0 and (
                self.texts[i - 1][0].isalpha() and self.texts[i - 1][0].isupper()
            )
        if text.isupper() and len(text) > 1 and i > 0 and self.country[i] is None:
            if self.honorific[i - 1] or (self.texts[i - 1] == "." and i > 1 and self.honorific[i - 2]):
                return True  # readouts write the family name in capitals: "Mr. SATO Kenji"
            previous = self.texts[i - 1]
            if (
                len(text) > 3
                and previous[0].isalpha()
                and not previous.isupper()
                and self.ends[i - 1] < self.starts[i]
                and self.is_name_word(i - 1)
            ):
                return True  # a family name in capitals after a given name: "Sultan KAMALETDINOV"
        if text in _SUFFIXES:
            return i > 0 and self.is_name_word(i - 1)  # "Lloyd J. Austin III", not "Defence Minister II"
        if self.rank[i] is not None or self.honorific[i] or self.country[i] is not None:
            return False
        if len(text) < 2:
            return self.is_initial(i)
        if not self.is_vocab(i):
            return True
        # right after a rank, a post word that is also a given name ("Lieutenant General Sultan Kamaletdinov",
        # "Lt. Gen. Sultan KAMALETDINOV")
        before = i - 2 if i > 1 and self.texts[i - 1] == "." else i - 1
        return (
            before >= 0
            and self.rank[before] is not None
            and text not in self.lang.stop_words
            and i + 1 < len(self.texts)
            and self.texts[i + 1][0].isupper()
            and self.texts[i + 1][0].isalpha()
            and (not self.is_vocab(i + 1) or self._caps_family_name(i + 1))
        )

    def _caps_family_name(self, i: int) -> bool:
        """A long all-capitals word not naming a state, as readouts write a family name ("KAMALETDINOV")."""
        t = self.texts[i]
        return t.isupper() and len(t) > 3 and self.country[i] is None and t.casefold() not in self.lang.post_heads

    def is_particle(self, i: int) -> bool:
        return self.texts[i] in self.lang.name_particles

    # ---------------------------------------------------------------- names

    def name_runs(self) -> list[tuple[int, int]]:
        """Token ranges [a, b) of candidate names."""
        runs: list[tuple[int, int]] = []
        toks = self.texts
        n = len(toks)
        caps = self.caps  # names start with a capital
        kinds = self._vocab_kind
        rank = self.rank
        honorific = self.honorific
        country = self.country
        ci = 0
        while ci < len(caps):
            i = caps[ci]
            ci += 1
            word = toks[i]
            if kinds.get(word) == _VOCAB_PLAIN:
                # a post, institution or calendar word known already: a name word only right after a rank
                before = i - 2 if i > 1 and toks[i - 1] == "." else i - 1
                if before < 0 or rank[before] is None:
                    continue
            if (
                (rank[i] is not None or honorific[i] or country[i] is not None)
                and word not in _SUFFIXES
                and not (len(word) > 1 and word.isupper())
            ):
                continue  # a rank, a title or a state: never a name word (as is_name_word tells)
            if not self.is_name_word(i):
                continue
            a = i
            j = i
            last_word = i
            while j < n:
                if self.is_name_word(j):
                    if j > a and not self.same_line(j - 1, j):
                        break
                    if self.is_initial(j):
                        j += 2  # the initial and its dot
                        last_word = j - 1
                        continue
                    last_word = j
                    j += 1
                    continue
                if (
                    self.is_particle(j)
                    and j + 1 < n
                    and self.is_name_word(j + 1)
                    and j > a
                ):
                    j += 1
                    continue
                if j > a and self.apostrophe_name(j):
                    last_word = j + 2  # "O'Neill", "D'Souza", "N'Diaye": one name word in three tokens
                    j += 3
                    continue
                break
            b = last_word + 1
            # an initial's dot ends the run; a run of initials alone is not a name
            has_word = (len(toks[a]) > 1 and toks[a][0].isalpha()) or any(
                toks[k][0].isalpha() and not self.is_initial(k) for k in range(a, b)
            )
            # "... Datu Lailaraja Major-General (rtd) ... Halbi": a title right before a rank is not a name
            title = b < n and self.rank[b] is not None and self.starts[b] == self.ends[b - 1] + 1
            # "Lt. Gen. (Pilot) Hamad ...", "(Retd)": a one-word decoration in brackets is not a name
            bracketed = a > 0 and b < n and toks[a - 1] == "(" and toks[b] == ")" and b - a == 1
            if has_word and (b - a) <= _MAX_NAME_TOKENS * 2 and not title and not bracketed:
                runs.append((a, b))
            while ci < len(caps) and caps[ci] < b:
                ci += 1
        return runs

    def apostrophe_name(self, i: int) -> bool:
        """True when tokens i, i+1, i+2 are a capital letter, an apostrophe and a capitalised word written
        together: one surname ("O'Neill", "D'Souza")."""
        toks = self.texts
        if i + 2 >= len(toks) or toks[i + 1] not in _APOSTROPHES:
            return False
        letter, word = toks[i], toks[i + 2]
        return (
            len(letter) == 1 and letter.isupper()
            and word[:1].isupper() and word[1:2].islower()
            and self.ends[i] == self.starts[i + 1] and self.ends[i + 1] == self.starts[i + 2]
        )

    def continues_capitalised(self, b: int) -> bool:
        """True when the capitalised run goes on after token b-1 with post/institution words (not a name end)."""
        if b >= len(self.texts) or not self.same_line(b - 1, b):
            return False
        if self.starts[b] != self.ends[b - 1] + 1:
            return False
        text = self.texts[b]
        return (
            text[0].isalpha() and text[0].isupper() and self.country[b] is None and self.rank[b] is None
            and self.is_vocab(b)
        )


_PHRASE_WORDS: dict[Language, frozenset[str]] = {}


def _phrase_words(language: Language) -> frozenset[str]:
    """The lower-case words a post phrase may hold: connectors, post heads and words, modifiers, and "s"."""
    words = _PHRASE_WORDS.get(language)
    if words is None:
        words = _PHRASE_WORDS[language] = (
            language.connectors | language.post_heads | language.post_words | _POST_MODIFIERS | {"s"}
        )
    return words


class _PostReader:
    """Reads post phrases around a name."""

    def __init__(self, doc: _Doc, name_tokens: set[int]) -> None:
        self.doc = doc
        self.lang = doc.lang
        self.name_tokens = name_tokens
        self.owned: set[int] = set()  # tokens of a post already given to the name before (", Post")
        self.phrase_words = _phrase_words(doc.lang)
        self._folded: dict[tuple[int, int], list[str]] = {}

    def allowed(self, i: int) -> bool:
        """True when token i may belong to a post phrase: a capitalised or marked word, a connector, post or
        modifier word, a comma, dash, apostrophe or bracket, or the dot of an initial, rank or title."""
        doc = self.doc
        t = doc.texts[i]
        if t[0].isalpha():
            return (
                t[0].isupper() or doc.country[i] is not None or doc.rank[i] is not None or doc.honorific[i]
                or t.casefold() in self.phrase_words
            )
        if t in _PHRASE_PUNCT:
            return True
        return t == "." and i > 0 and (doc.honorific[i - 1] or doc.rank[i - 1] is not None or doc.is_initial(i - 1))

    def back(self, a: int) -> tuple[int, str | None, int]:
        """Scan back from name start ``a``; return (phrase start, rank, start of the post region)."""
        doc = self.doc
        texts = doc.texts
        ends = doc.ends
        ranks = doc.rank
        honorific = doc.honorific
        line_break = doc.break_before(a)
        i = a - 1
        rank = None
        # honorifics and the rank right before the name
        while i >= 0 and ends[i] > line_break:
            t = texts[i]
            if honorific[i] or ranks[i] is not None:
                if ranks[i] is not None and rank is None:
                    rank = ranks[i]
                i -= 1
                continue
            if t == "." and i > 0 and (honorific[i - 1] or ranks[i - 1] is not None):
                i -= 1
                continue
            if t == ")" and i >= 2 and texts[i - 2] == "(" and i - 3 >= 0 and ranks[i - 3] is not None:
                i -= 3  # "Brigadier-General (rtd)", "General (Retd)"
                continue
            break
        rank_start = i + 1
        # the post phrase: back over the tokens a post may hold, to the line's start, another name or a post given
        stop = max(i - _MAX_PHRASE_TOKENS, -1)
        name_tokens = self.name_tokens
        owned = self.owned
        allowed = self.allowed
        k = i
        while k > stop and ends[k] > line_break and k not in name_tokens and k not in owned and allowed(k):
            k -= 1
        return k + 1, rank, rank_start

    def forward(self, b: int) -> int:
        """End token (exclusive) of a ", post ..." phrase after the name ending at ``b``, or ``b``.

        Decorations without a post head ("NI (M)") are stepped over, up to three comma-separated pieces.
        """
        doc = self.doc
        n = len(doc.texts)
        k = b
        if k < n and doc.texts[k] == "." and doc.texts[k - 1] in _SUFFIXES:
            k += 1  # "Rodolfo Villareal Jr., Secretary of ..."
        for _hop in range(3):
            if k < n and doc.texts[k] == "(":  # "(CJCSC)", "(M)"
                close = k + 1
                while close < n and close - k < 8 and doc.texts[close] != ")":
                    close += 1
                if close >= n or doc.texts[close] != ")":
                    return b if _hop == 0 else k  # an unclosed bracket ends the phrase
                k = close + 1
            if k >= n or doc.texts[k] != ",":
                return b if _hop == 0 else k
            start = k + 1
            k = start
            steps = 0
            while k < n and steps < _MAX_PHRASE_TOKENS and doc.same_line(b, k) and k not in self.name_tokens:
                t = doc.texts[k]
                if t in (",", "(", ")") or not self.allowed(k) or (doc.honorific[k] and not self.titled_post(k)):
                    break
                if doc.rank[k] is not None:  # a rank starting the next person's name ends the post
                    r = k
                    while r < n and doc.rank[r] is not None:
                        r += 1
                    if r < n and doc.is_name_word(r):
                        break
                k += 1
                steps += 1
            if self.has_head(start, k):
                return k
        return k

    # ---------------------------------------------------------------- post parsing

    def parts(self, s: int, e: int) -> list[tuple[int, int]]:
        """Split tokens [s, e) at commas, brackets and dashes into sub-phrases."""
        out: list[tuple[int, int]] = []
        cur = s
        depth = 0
        texts = self.doc.texts
        for k in range(s, e):
            t = texts[k]
            if t not in _PART_MARKS:
                continue  # a word: neither splits nor changes the bracket depth
            if t in _OPEN:
                depth += 1
            elif t in _CLOSE:
                depth = max(0, depth - 1)
            is_dash = t in _DASHES and (k == 0 or self.doc.ends[k - 1] < self.doc.starts[k])
            if (t == "," or is_dash or t in _OPEN or t in _CLOSE) and depth <= 1:
                if cur < k and not (t in _CLOSE and depth == 0):
                    out.append((cur, k))
                cur = k + 1
        if cur < e:
            out.append((cur, e))
        return out

    def is_qualifier(self, s: int, e: int) -> bool:
        """A short piece of capitalised words naming a country's institution ("UK Army", "Pakistan Navy")."""
        doc = self.doc
        toks = doc.texts
        return (
            e - s <= 6
            and toks[s][0].isupper()
            and all(
                toks[k][0].isalpha() and (toks[k][0].isupper() or toks[k] in ("of", "the", "and"))
                for k in range(s, e)
            )
        )

    def ends_in_place(self, s: int, e: int) -> bool:
        """True when, after the last head word of tokens [s, e), "to/in/at/with/from" introduces words that are
        not a state ("counterpart to the UPDF", "counterparts in Istanbul"), so the phrase does not end in a post."""
        doc = self.doc
        lows = self.folded(s, e)
        if _PLACE_WORDS.isdisjoint(lows):
            return False  # no "to/in/at/with/from" at all
        post_heads = self.lang.post_heads
        last_head = next((k for k in range(e - 1, s - 1, -1) if lows[k - s] in post_heads), -1)
        if last_head < 0:
            return False
        k = last_head + 1
        while k < e:
            if lows[k - s] in _PLACE_WORDS:
                j = k + 1
                while j < e and lows[j - s] in ("the", "a", "an"):
                    j += 1
                if j < e and all(map(self.lang.post_words.__contains__, lows[j - s :])):
                    return False  # "Ambassador to the Kingdom": the state the post is accredited to, by its kind
                if j < e and countries.organisation(_join(doc, j, e)) is not None:
                    return False  # "Ambassador to NATO": an organisation the post is accredited to
                return j >= e or doc.country[j] is None
            k += 1
        return False

    def titled_post(self, k: int) -> bool:
        """An honorific that is a post when followed by "of" ("Crown Prince of Dubai")."""
        doc = self.doc
        n = len(doc.texts)
        while k < n and doc.honorific[k]:
            k += 1
        return k < n and doc.texts[k] == "of"

    def folded(self, s: int, e: int) -> list[str]:
        """The tokens [s, e) folded, remembered per range (a phrase's parts are read more than once)."""
        lows = self._folded.get((s, e))
        if lows is None:
            lows = self._folded[s, e] = list(map(str.casefold, self.doc.texts[s:e]))
        return lows

    def has_head(self, s: int, e: int) -> bool:
        return any(map(self.lang.post_heads.__contains__, self.folded(s, e)))

    def read_post(self, s: int, e: int) -> tuple[str | None, Country | None, tuple[str, ...], bool]:
        """Return (post text, country, head words, not_official) for sub-phrase [s, e)."""
        doc = self.doc
        toks = doc.texts
        marks = doc.country
        lang = self.lang
        post_heads = lang.post_heads
        post_words = lang.post_words
        lows = self.folded(s, e)
        heads = tuple(filter(post_heads.__contains__, lows))
        not_official = any(map(lang.not_official.__contains__, lows))
        country: Country | None = None
        # leading determiners, possessive pronouns, demonyms and country possessives
        k = s
        while k < e:
            t = toks[k]
            low = lows[k - s]
            if marks[k] is not None:
                if country is None:
                    country = marks[k]
                k += 1
                continue
            if t in _APOSTROPHES or (low == "s" and k > s and toks[k - 1] in _APOSTROPHES) or not t[0].isalnum():
                k += 1  # "’s"; a dash or bracket before the post ("(Xinhua) -- Chinese Defense Minister")
                continue
            if low in _LEADING_WORDS or (
                t.isupper() and len(t) > 1 and k + 1 < e
            ) or (
                t in lang.stop_words and low not in post_heads and low not in post_words
            ) or (
                t[0].isupper() and low not in post_heads and low not in post_words and not doc.is_vocab(k) and k + 1 < e
            ):
                k += 1
                continue
            break
        first = k
        # the country qualifier: "of [the] [Republic of] <country>" at the end, or in the middle before "to"/"in";
        # only the tokens of country mentions after the first are looked at
        marked = doc.country_tokens
        at = bisect_right(marked, first)
        while at < len(marked) and marked[at] < e:
            j = marked[at]
            # walk back over "the Republic of", "of the"
            q = j
            while q - 1 >= first and lows[q - 1 - s] in _QUALIFIER_WORDS:
                q -= 1
            prev = lows[q - 1 - s] if q - 1 >= first else ""
            before_q = lows[q - s]
            is_qualifier = before_q == "of" or prev == "of"
            destination = prev in ("to", "in", "at", "for") or before_q in ("to", "in", "at")
            end_of_country = j + 1
            while end_of_country < e and doc.country_id[end_of_country] == doc.country_id[j]:
                end_of_country += 1
            nxt = lows[end_of_country - s] if end_of_country < e else ""
            if is_qualifier and not destination:
                if country is None:
                    country = marks[j]
                if end_of_country >= e or nxt in ("to", "in", "at", "for", "on"):
                    # cut "of the Republic of X" out of the post text, keeping "to Y" after it
                    text_a = _join(doc, first, q)
                    text_b = "" if nxt == "on" else _join(doc, end_of_country, e, keep_leading=True)  # not "on May 5"
                    post = (text_a + (" " + text_b if text_b else "")).strip()
                    return (post or None), country, heads, not_official
            elif not destination and nxt != "to" and country is None and j + 1 < e:
                # "the Azerbaijan Army", "Pakistan Navy": the organisation's country
                country = marks[j]
            at = bisect_left(marked, end_of_country, at + 1)
        post = _join(doc, first, e)
        return (post or None), country, heads, not_official


_JOIN_LEADING = frozenset({"the", "of", "and", "in", "to", "at", "for", ","})
_JOIN_TRAILING = _JOIN_LEADING | {"’", "'"}


def _join(doc: _Doc, s: int, e: int, *, keep_leading: bool = False) -> str:
    """The text of tokens [s, e) with single spaces, without leading (unless ``keep_leading``: "to Kazakhstan"
    after a cut) or trailing connectors and punctuation."""
    texts = doc.texts
    while s < e and ((not keep_leading and texts[s].casefold() in _JOIN_LEADING) or not texts[s][0].isalnum()):
        s += 1
    while e > s and texts[e - 1].casefold() in _JOIN_TRAILING:
        e -= 1
    if s >= e:
        return ""
    return " ".join(doc.text[doc.starts[s] : doc.ends[e - 1]].split())


def find_mentions(
    text: str,
    language: Language,
    country_mentions: Sequence[CountryMention] | None = None,
    exclude: Sequence[Span] = (),
) -> Mentions:
    """Find the person and country mentions of a text.

    Args:
        text: The article text.
        language: The language resources.
        country_mentions: Country mentions already found (by default :func:`scan_countries` is run).
        exclude: Spans (header and footer noise, bylines) where no person is read.

    Example:
        >>> from defcoop._lang import get
        >>> m = find_mentions("Colonel General Z. Hasanov, the Minister of Defense of Azerbaijan, said.", get("en"))
        >>> p = m.persons[0]
        >>> p.name, p.rank, p.posts, p.country.name
        ('Z. Hasanov', 'Colonel General', ('Minister of Defense',), 'Azerbaijan')
    """
    if language.find_mentions is not None:  # a language with its own reader (Russian word order and case)
        return language.find_mentions(text, language, country_mentions, exclude)
    cms = tuple(scan_countries(text)) if country_mentions is None else tuple(country_mentions)
    doc = _Doc(text, language, cms)
    # a lone word after "of" is a place or an institution ("Crown Prince of Dubai"), not a name
    runs = [(a, b) for a, b in doc.name_runs() if not (b - a == 1 and a > 0 and doc.texts[a - 1] == "of")]
    name_tokens = {k for a, b in runs for k in range(a, b)}
    reader = _PostReader(doc, name_tokens)
    toks = doc.texts
    persons: list[PersonMention] = []
    bare: list[tuple[int, int, str]] = []
    excluded = _disjoint(exclude)
    excluded_starts = [x.start for x in excluded]
    previous: PersonMention | None = None
    previous_end = -1
    for a, b in runs:
        start, end = doc.starts[a], doc.ends[b - 1]
        k = bisect_right(excluded_starts, start) - 1
        if k >= 0 and start < excluded[k].end:
            continue
        phrase_start, rank, rank_start = reader.back(a)
        after_rank = doc.continues_capitalised(b)
        if after_rank and rank is None:
            continue  # "... Aerospace Industry ...": a post word, not the end of a name
        if phrase_start == a and (b >= len(toks) or toks[b] not in (",", "(", "'", "’", "`")):
            # a bare name, nothing around it to read: kept (unqualified) for coreference only
            bare.append((start, end, _name_text(doc, a, b)))
            previous, previous_end = None, b - 1
            continue
        posts: list[str] = []
        heads: list[str] = []
        country: Country | None = None
        not_official = False
        sub_phrases = reader.parts(phrase_start, rank_start)
        # keep the trailing block of sub-phrases that hold a post head
        kept: list[tuple[int, int]] = []
        if rank_start > phrase_start and toks[rank_start - 1] in _TRAILING_CONNECTORS:
            sub_phrases = []  # "counterparts in Istanbul": a place after a preposition, not a post before a name
        qualifier: tuple[int, int] | None = None
        for s, e in reversed(sub_phrases):
            if reader.has_head(s, e):
                kept.append((s, e))
                continue
            if not kept and qualifier is None and reader.is_qualifier(s, e) and reader.has_head(*sub_phrases[0]):
                qualifier = (s, e)  # "Chief of General Staff (CGS) UK Army, General ...": the post's organisation
                continue
            break
        kept.reverse()
        if kept and reader.ends_in_place(*kept[-1]):
            kept = []  # "his counterpart to the UPDF Day ...": the head's complement runs into the name
        after_parts: list[tuple[int, int]] = []
        # the phrase after the name: its posts when none stands before, and the reach of the acronyms
        fwd_end = reader.forward(b) if not kept or doc.acronyms else b
        if not kept:
            after_parts = [
                (s, e) for s, e in reader.parts(b + 1, fwd_end)
                if reader.has_head(s, e) and toks[s].casefold() not in ("and", "or", "&")
            ][:1]  # ", Secretary of ...", not ", and Secretary Villareal" (the next person)
            for s, e in after_parts:
                reader.owned.update(range(s, e))
        acronyms = tuple(
            toks[k] for k in doc.acronyms[
                bisect_left(doc.acronyms, phrase_start) : bisect_left(doc.acronyms, max(fwd_end, b + 1) + 4)
            ]
        ) if doc.acronyms else ()
        for s, e in [*kept, *after_parts]:
            post, c, h, bad = reader.read_post(s, e)
            not_official = not_official or bad
            heads.extend(h)
            if post and not _only_counterpart(post):
                posts.append(post)
            if country is None and c is not None:
                country = c
        if (
            country is None
            and b + 1 < len(toks)
            and toks[b] == "of"
            and doc.country[b + 1] is not None
            and (kept or rank is not None or after_parts)
        ):
            country = doc.country[b + 1]  # "President Dina Boluarte of Peru", "Sultan Haitham bin Tarik of Oman"
        if country is None and not kept and rank is not None and rank_start > 0:
            # "Pakistan's General Ali Khan", "Turkish Colonel Ahmet Kaya": the state right before the rank
            k = rank_start - 1
            if k >= 1 and toks[k] in ("s", "S") and toks[k - 1] in _APOSTROPHES:
                k -= 2
            if k >= 0 and doc.country[k] is not None and doc.same_line(k, a):
                country = doc.country[k]
        if (
            country is None
            and kept
            and qualifier is not None
            and doc.country[kept[-1][1] - 1] is None  # not "... for Afghanistan, Pakistan and Central Asia"
        ):
            country = next((doc.country[k] for k in range(*qualifier) if doc.country[k] is not None), None)
        counterpart = any(map(str.startswith, heads, repeat("counterpart")))
        qualified = (rank is not None or bool(heads)) and not not_official
        first = kept[0][0] if kept else rank_start
        last = after_parts[-1][1] if after_parts else b
        possessive = b + 1 < len(toks) and toks[b] in _APOSTROPHES and toks[b + 1] in ("s", "S")
        name = _name_text(doc, a, b)
        if not name:
            continue
        headline = doc.headline_line.get(doc.line_start(start), False)
        mention = PersonMention(
            name=name,
            span=Span(start, end),
            phrase=Span(doc.starts[first] if first < len(toks) else start, doc.ends[last - 1]),
            rank=rank,
            posts=tuple(posts),
            country=country,
            qualified=qualified,
            counterpart=counterpart,
            not_official=not_official,
            possessive=possessive,
            headline=headline,
            head_words=tuple(heads),
            acronyms=acronyms,
        )
        # "the defence ministers of A and B, N1 and N2": the second name shares the plural post (a rank of its own
        # may stand before it: "the Chiefs of General Staff of A and B, General N1 and General N2")
        lead = min(first, a)
        if (
            previous is not None
            and not posts
            and (not qualified or rank is not None)
            and lead >= 2
            and previous_end == lead - 2
            and toks[lead - 1].casefold() in ("and", "&")
            and previous.qualified
            and any(h.endswith("s") for h in previous.head_words)
        ):
            mention = _coordinated(doc, previous, mention)
            persons[-1] = _coordinated(doc, previous, previous, first_of_pair=True)
        persons.append(mention)
        previous, previous_end = mention, b - 1
    return Mentions(tuple(_share_list_country(text, persons)), cms, tuple(bare))


_LIST_GAPS = frozenset({"", ",", ";", "and", ", and", ",and", "&", ", &"})


def _list_gap(gap: str) -> bool:
    """True when the text between two officials only lists them (a comma, "and", "&" ...)."""
    rest = gap.strip(" ,;&and")
    if rest and not rest[0].isspace():
        return False  # a character that no list gap holds
    return " ".join(gap.split()) in _LIST_GAPS


def _share_list_country(text: str, persons: list[PersonMention]) -> list[PersonMention]:
    """In a list of officials ("A, Defence Minister, General B, Chief of Staff ... of Nigeria") the one country
    stated for the list goes to the members that state none."""
    out = list(persons)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j].qualified and out[j + 1].qualified and (
            _list_gap(text[out[j].phrase.end : out[j + 1].phrase.start])
        ):
            j += 1
        if j - i >= 2:
            found = {p.country for p in out[i : j + 1] if p.country is not None}
            if len(found) == 1:
                country = found.pop()
                for k in range(i, j + 1):
                    if out[k].country is None:
                        out[k] = attrs.evolve(out[k], country=country)
        i = j + 1
    return out


def _coordinated(
    doc: _Doc, previous: PersonMention, mention: PersonMention, *, first_of_pair: bool = False
) -> PersonMention:
    """Share a plural post between two coordinated names; "of A and B" gives each its country in turn."""
    phrase = doc.text[previous.phrase.start : previous.span.start]
    found = list(scan_countries(phrase))
    country = mention.country
    if len(found) >= 2:
        country = found[0].country if first_of_pair else found[1].country
    posts = tuple(_singular(p) for p in previous.posts)
    return attrs.evolve(mention, posts=posts, country=country, qualified=True, head_words=previous.head_words)


_PLURAL_HEAD = re.compile(r"\b(Minister|Chief|Commander|Ambassador|Secretar|Head|Director)(?:s|ies)\b", re.IGNORECASE)
def _singular(post: str) -> str:
    """"Defense Ministers of Azerbaijan and Uzbekistan" -> "Defense Minister", "Chiefs of General Staff of A and B"
    -> "Chief of General Staff" (the shared qualifier, after the last "of", dropped)."""
    post = _PLURAL_HEAD.sub(lambda m: m.group(1) + ("y" if m.group(1).lower() == "secretar" else ""), post)
    return post.rsplit(" of ", 1)[0] if " and " in post else post


def _disjoint(spans: Sequence[Span]) -> list[Span]:
    """Sorted spans with overlaps merged, for bisection."""
    out: list[Span] = []
    for span in sorted(spans):
        if out and span.start <= out[-1].end:
            if span.end > out[-1].end:
                out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def _only_counterpart(post: str) -> bool:
    return post.casefold().split()[-1] in ("counterpart", "counterparts")


def _name_text(doc: _Doc, a: int, b: int) -> str:
    """The name of tokens [a, b): initials keep their dot ("M. Khusainov"), glued initials get a space."""
    toks = doc.texts
    if min(map(len, toks[a:b])) > 1:
        return " ".join(toks[a:b])  # no initial (an initial is one letter)
    parts: list[str] = []
    k = a
    while k < b:
        if doc.is_initial(k):
            if parts and parts[-1].endswith(".") and doc.starts[k] == doc.ends[k - 1]:
                parts[-1] += toks[k] + "."
            else:
                parts.append(toks[k] + ".")
            k += 2
            continue
        if k + 2 < b and doc.apostrophe_name(k):
            parts.append("".join(toks[k : k + 3]))  # "O'Neill"
            k += 3
            continue
        parts.append(toks[k])
        k += 1
    return " ".join(parts)
