"""Every ISO 3166-1 country, and the names, demonyms and capitals the news uses for them.

The table joins the generated ISO 3166-1 data (:mod:`defcoop._iso3166`) with a curated file of names,
demonyms, capitals and organisations (:mod:`defcoop._country_aliases`, sources in its docstring) and the
Russian forms of :mod:`defcoop._country_aliases_ru`.

- :func:`get` by alpha-2/alpha-3 code; :func:`all_countries`.
- :func:`lookup` by any name, official name, alias, demonym, possessive or code: case- and
  accent-insensitive for names, codes and abbreviations ("US", "UAE") only in capitals; unknown input gives
  ``None``, never a guess. :func:`resolve` is the strict form for user input: it raises
  :class:`~defcoop.errors.UnknownCountryError` with close matches.
- :func:`scan` finds every country mention in running text, with its :class:`~defcoop.models.Span`, including
  the armed forces of one state ("PLA", "UPDF", "the Sultan's Armed Forces", kind ``"force"``);
  :func:`scan_spans` gives the same as plain tuples.
- :func:`capital`, :func:`capital_of` and :func:`organisation` answer the neighbouring questions.

Display names (:attr:`Country.name`) are the common English short names ("Russia", "Iran", "South Korea");
Türkiye keeps its ISO and UN name, and "Turkey", "Turkiye" and "Turkish" resolve to it.

Example:
    >>> from defcoop import countries
    >>> countries.get("AZ").name
    'Azerbaijan'
    >>> countries.lookup("Kazakhstan's").code
    'KZ'
    >>> [(m.text, m.country.code) for m in countries.scan("The Kazakh minister arrived in Baku.")]
    [('Kazakh', 'KZ'), ('Baku', 'AZ')]
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from typing import Literal

import attrs

from defcoop import _country_aliases as _aliases
from defcoop._country_aliases_ru import ALIASES_RU
from defcoop._fold import fold as _fold
from defcoop._iso3166 import ISO3166
from defcoop.errors import UnknownCountryError
from defcoop.models import Country, Span

__all__ = [
    "CountryMention",
    "MentionKind",
    "all_countries",
    "capital",
    "capital_of",
    "fold",
    "get",
    "lookup",
    "organisation",
    "resolve",
    "scan",
    "scan_spans",
]

#: What kind of form a :class:`CountryMention` matched.
MentionKind = Literal["name", "official_name", "demonym", "capital", "code", "force"]


def fold(text: str) -> str:
    """Fold a name for lookup: strip accents, casefold, collapse spaces and punctuation.

    Example:
        >>> fold("  Türkiye ")
        'turkiye'
        >>> fold("Guinea-Bissau")
        'guinea bissau'
    """
    return _fold(text)


# --------------------------------------------------------------------------- the tables

#: Priority when two forms fold to the same key: names win over official names, demonyms, capitals.
_PRIORITY: dict[str, int] = {"code": 0, "name": 1, "official_name": 2, "demonym": 3, "capital": 4, "force": 5}

_BY_CODE: dict[str, Country] = {}
for _a2, _a3, _num, _iso_name, _official, _common in ISO3166:
    _c = Country(_a2, _a3, _aliases.DISPLAY_NAMES.get(_a2) or _common or _iso_name)
    _BY_CODE[_a2] = _c
    _BY_CODE[_a3] = _c


def _forms() -> Iterable[tuple[str, str, MentionKind]]:
    """Yield every (alpha-2, surface form, kind) of the tables, best kind first for each country."""
    for a2, _a3, _n, iso_name, official, common in ISO3166:
        yield a2, iso_name, "name"
        if common:
            yield a2, common, "name"
        yield a2, _BY_CODE[a2].name, "name"
        for form in _aliases.NAMES.get(a2, ()):
            yield a2, form, "code" if form in _aliases.ABBREVIATIONS else "name"
        if official:
            yield a2, official, "official_name"
        for form in _aliases.OFFICIAL_NAMES.get(a2, ()):
            yield a2, form, "code" if form in _aliases.ABBREVIATIONS else "official_name"
        for form in _aliases.DEMONYMS.get(a2, ()):
            yield a2, form, "demonym"
        for form in _aliases.CAPITALS.get(a2, ()):
            yield a2, form, "capital"
        for form in _aliases.ARMED_FORCES.get(a2, ()):
            yield a2, form, "force"


def _abbreviation_key(text: str) -> str:
    return text.replace(".", "").replace(" ", "")


#: folded name / official name / demonym -> (country, kind), for :func:`lookup` (capitals are not countries).
_BY_NAME: dict[str, tuple[Country, MentionKind]] = {}
#: "US", "UAE", "DPRK" ... without dots -> country; only upper-case input resolves.
_BY_ABBREVIATION: dict[str, Country] = {}
#: folded capital -> country, for :func:`capital_of`.
_BY_CAPITAL: dict[str, Country] = {}
#: Forms that two countries claim (a bug in the curated data; a test keeps this empty).
_CONFLICTS: list[tuple[str, str, str]] = []

for _a2, _form, _kind in _forms():
    _c = _BY_CODE[_a2]
    _key = fold(_form)
    if _kind == "code":
        _BY_ABBREVIATION.setdefault(_abbreviation_key(_form), _c)
        continue
    if _kind == "capital":
        _BY_CAPITAL.setdefault(_key, _c)
        continue
    if _kind == "force":  # found by scan only: an army is not a country name
        continue
    _old = _BY_NAME.get(_key)
    if _old is None:
        _BY_NAME[_key] = (_c, _kind)
    elif _old[0] != _c:
        _CONFLICTS.append((_form, _old[0].code, _a2))
#: The Russian table is another engineer's data: an entry with a code that is not ISO is left out here
#: (``tests/test_countries.py`` fails on it) rather than breaking ``import defcoop``.
_ALIASES_RU = {key: _BY_CODE[a2] for key, a2 in ALIASES_RU.items() if a2 in _BY_CODE and len(a2) == 2}
for _key, _c in _ALIASES_RU.items():
    _BY_NAME.setdefault(fold(_key), (_c, "name"))

_ORGANISATIONS: dict[str, str] = {}
for _short, _longs in _aliases.ORGANISATIONS.items():
    for _form in (_short, *_longs):
        _ORGANISATIONS.setdefault(fold(_form), _short)
_ACRONYMS = frozenset(_abbreviation_key(s) for s in _aliases.ORGANISATIONS if s.isupper())

_THE = "the "
_POSSESSIVE = re.compile(r"(?:'s|')\Z")
"""A trailing possessive on a folded key: "kazakhstan's", "philippines'"."""


def _strip_the(text: str) -> str:
    return text[len(_THE) :] if text[: len(_THE)].casefold() == _THE else text


def _candidate_keys(text: str) -> tuple[str, ...]:
    """Folded keys to try for ``text``: as given, without a leading "the", without a possessive."""
    key = fold(text)
    keys = [key]
    if key.startswith(_THE):
        keys.append(key[len(_THE) :])
    keys.extend(_POSSESSIVE.sub("", k) for k in list(keys) if _POSSESSIVE.search(k))
    return tuple(k for k in dict.fromkeys(keys) if k)


# --------------------------------------------------------------------------- lookups


def get(code: str) -> Country:
    """Return the country with this ISO 3166-1 alpha-2 or alpha-3 code (any case).

    Raises:
        KeyError: The code is not an ISO 3166-1 code.

    Example:
        >>> get("kaz").code
        'KZ'
    """
    try:
        return _BY_CODE[code.strip().upper()]
    except KeyError:
        raise KeyError(f"no ISO 3166-1 country with code {code!r}") from None


@lru_cache(maxsize=4096)
def lookup(text: str) -> Country | None:
    """Resolve a name, official name, alias, demonym, possessive or code to a country; ``None`` if unknown.

    Names are case- and accent-insensitive and may carry a leading "the" or a possessive ("Kazakhstan's",
    "Azerbaijan`s"). ISO codes and abbreviations ("AZ", "AZE", "US", "UAE", "U.S.") resolve only when
    written in capitals, so "in" and "us" are not India and the United States. Organisations ("NATO")
    and capitals ("Baku") are not countries: see :func:`organisation` and :func:`capital_of`. "AU"
    is Australia's ISO code here, though :func:`organisation` reads it as the African Union.

    Example:
        >>> lookup("Republic of Azerbaijan").code
        'AZ'
        >>> lookup("TURKIYE").code, lookup("Turkish").code, lookup("the U.S.").code
        ('TR', 'TR', 'US')
        >>> lookup("Atlantis") is None, lookup("us") is None, lookup("NATO") is None
        (True, True, True)
    """
    raw = _strip_the(" ".join(text.split()))
    if not raw:
        return None
    bare = _POSSESSIVE.sub("", raw.replace("’", "'").replace("`", "'"))
    if bare.isupper():
        abbreviation = _abbreviation_key(bare)
        found = _BY_ABBREVIATION.get(abbreviation)
        if found is None and abbreviation.isalpha() and abbreviation.isascii() and len(abbreviation) in (2, 3):
            found = _BY_CODE.get(abbreviation)
        if found is not None:
            return found
        if abbreviation in _ACRONYMS:
            return None
    for key in _candidate_keys(text):
        entry = _BY_NAME.get(key)
        if entry is not None:
            return entry[0]
    return None


def resolve(query: str) -> Country:
    """Resolve user input (a query filter, a CLI flag) to a country, or fail with suggestions.

    Accepts what :func:`lookup` accepts, and ISO codes in any case (a user typing ``--country kz`` means
    Kazakhstan).

    Raises:
        UnknownCountryError: Nothing matches; ``suggestions`` holds the display names of up to three
            countries with a close name or demonym.

    Example:
        >>> resolve("kz").name
        'Kazakhstan'
        >>> try:
        ...     resolve("Kazakstan")
        ... except UnknownCountryError as exc:
        ...     print(exc.suggestions[0])
        Kazakhstan
    """
    found = lookup(query)
    if found is None and query.strip().isalpha() and len(query.strip()) in (2, 3):
        found = _BY_CODE.get(query.strip().upper())
    if found is not None:
        return found
    key = fold(query)
    close = difflib.get_close_matches(key, list(_BY_NAME), n=6, cutoff=0.8) if key else []
    names = dict.fromkeys(_BY_NAME[k][0].name for k in close)
    raise UnknownCountryError(query, tuple(names)[:3])


def all_countries() -> tuple[Country, ...]:
    """Return all 249 ISO 3166-1 countries, sorted by alpha-2 code.

    Example:
        >>> len(all_countries())
        249
    """
    return tuple(_BY_CODE[row[0]] for row in ISO3166)


def capital(country: Country | str) -> str | None:
    """Return the capital of a country (a :class:`Country` or an ISO code), ``None`` if it has none listed.

    Dependent territories have none listed. Where a state has several capitals the first one the CIA World
    Factbook names is given (La Paz, Amsterdam, Pretoria).

    Raises:
        KeyError: ``country`` is a string that is not an ISO 3166-1 code.

    Example:
        >>> capital("KZ"), capital(get("AZ"))
        ('Astana', 'Baku')
        >>> capital("AQ") is None
        True
    """
    code = country.code if isinstance(country, Country) else get(country).code
    cities = _aliases.CAPITALS.get(code)
    return cities[0] if cities else None


def capital_of(city: str) -> Country | None:
    """Return the country whose capital ``city`` is (case- and accent-insensitive), else ``None``.

    Other capitals of the same state (Sucre, Putrajaya, The Hague) and other names of the same city
    ("Nur-Sultan", "Kiev") count; former capitals that are now other cities (Almaty) do not.

    Example:
        >>> capital_of("Nur-Sultan").code, capital_of("baku").code
        ('KZ', 'AZ')
        >>> capital_of("Almaty") is None
        True
    """
    for key in _candidate_keys(city):
        found = _BY_CAPITAL.get(key)
        if found is not None:
            return found
    return None


def organisation(text: str) -> str | None:
    """Return the short name of an intergovernmental organisation ("NATO", "CSTO", "OTS"), else ``None``.

    Long names are case-insensitive; acronyms resolve only in capitals.

    Example:
        >>> organisation("the Collective Security Treaty Organization")
        'CSTO'
        >>> organisation("NATO"), organisation("Turkic Council")
        ('NATO', 'OTS')
        >>> organisation("Kazakhstan") is None
        True
    """
    raw = _strip_the(" ".join(text.split()))
    if raw.isupper():
        acronym = _abbreviation_key(raw)
        if acronym in _ACRONYMS:
            return acronym
    for key in _candidate_keys(text):
        short = _ORGANISATIONS.get(key)
        if short is not None and (not short.isupper() or fold(short) != key):
            return short
    return None


# --------------------------------------------------------------------------- scanning running text


@attrs.frozen
class CountryMention:
    """A country mentioned in running text.

    Attributes:
        country: The country.
        span: Where the form is in the text (a possessive "'s" and a leading "the" are not included).
        text: The form as written in the text ("Kazakh", "Azerbaijan", "U.S.").
        kind: ``"name"``, ``"official_name"``, ``"demonym"``, ``"capital"``, ``"code"`` or ``"force"`` (the
            armed forces of one state: "PLA", "UPDF", "the Sultan's Armed Forces").

    Example:
        >>> m = scan("Azerbaijan Army")[0]
        >>> m.country.code, m.span, m.text, m.kind
        ('AZ', Span(start=0, end=10), 'Azerbaijan', 'name')
    """

    country: Country
    span: Span
    text: str
    kind: MentionKind


_TOKEN = re.compile(r"\w+|[^\w\s]")
"""A word (letters, digits, underscore) or a single punctuation mark; linear time."""
_DASHES = frozenset("-‐‑‒–")
_SCAN_TOKEN = re.compile(r"\w+|[^\w\s\-‐‑‒–]")
"""The tokens :func:`scan` reads: those of ``_TOKEN`` without the dashes (which forms skip as well)."""
_LOWER_WORDS = frozenset({"the", "of", "and", "es", "la", "au", "d", "s"})


def _fold_token(token: str) -> str:
    folded = _FOLDED.get(token)
    if folded is not None:
        return folded
    if token.isascii():
        folded = "'" if token == "`" else token.lower()  # NFKD and casefold change nothing else in ASCII
    else:
        folded = unicodedata.normalize("NFKD", token)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
        if folded in ("’", "`", "ʼ"):
            folded = "'"
    if len(_FOLDED) >= _FOLDED_MAX:  # bounded: a megabyte of random words must not grow it without end
        _FOLDED.clear()
    _FOLDED[token] = folded
    return folded


_FOLDED: dict[str, str] = {}
"""Tokens already folded by :func:`_fold_token` (news text repeats its words)."""
_FOLDED_MAX = 50_000


@attrs.frozen
class _Entry:
    country: Country | None
    kind: MentionKind
    #: The form's tokens as written, for case checks; ``None`` when any case is accepted.
    tokens: tuple[str, ...] | None
    #: The form matches only as written ("US", "KDF").
    exact: bool = False
    #: Positions of the form's tokens that must be written with a capital initial.
    capitals: tuple[int, ...] = ()


class _Node:
    __slots__ = ("children", "entry")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entry: _Entry | None = None


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t not in _DASHES]


def _build_trie() -> tuple[_Node, int]:
    root = _Node()
    depth = 0

    def add(form: str, entry: _Entry) -> None:
        nonlocal depth
        raw = _tokens(form)
        node = root
        for tok in raw:
            node = node.children.setdefault(_fold_token(tok), _Node())
        depth = max(depth, len(raw))
        old = node.entry
        if old is None or (old.country is not None and _PRIORITY[entry.kind] < _PRIORITY[old.kind]):
            if entry.tokens is None:
                node.entry = entry
            else:
                node.entry = attrs.evolve(
                    entry,
                    tokens=tuple(raw),
                    exact=entry.kind == "code" or (entry.kind == "force" and "".join(raw).isupper()),
                    capitals=tuple(
                        p for p, tok in enumerate(raw) if tok[:1].isupper() and tok.casefold() not in _LOWER_WORDS
                    ),
                )

    for phrase in _aliases.NOT_COUNTRIES:
        add(phrase, _Entry(None, "name", ()))
    for a2, form, kind in _forms():
        if kind == "capital" and form in _aliases.UNSCANNED_CAPITALS:
            continue
        add(form, _Entry(_BY_CODE[a2], kind, ()))
    for key, country in _ALIASES_RU.items():
        add(key, _Entry(country, "name", None))  # Russian adjectives are written in lower case
    return root, depth


_TRIE, _DEPTH = _build_trie()


def _case_ok(entry: _Entry, written: list[str]) -> bool:
    if entry.tokens is None:
        return True
    if entry.exact:
        return entry.tokens == tuple(written)  # "US", "KDF": only as written
    return all(written[p][:1].isupper() for p in entry.capitals)


def _lower_first_keys() -> frozenset[str]:
    """First words (folded) of the forms that can match with a first word not written with a capital initial."""

    def accepts_lower(node: _Node) -> bool:
        entry = node.entry
        if entry is not None:
            if entry.tokens is None:
                return True
            head = entry.tokens[0]
            if entry.exact:
                if not head[:1].isupper():
                    return True
            elif not head[:1].isupper() or head.casefold() in _LOWER_WORDS:
                return True
        return any(accepts_lower(child) for child in node.children.values())

    return frozenset(key for key, node in _TRIE.children.items() if accepts_lower(node))


_LOWER_FIRST = _lower_first_keys()
"""First words of forms that may be written in lower case ("the Netherlands", "la Paz", Russian adjectives)."""
_AFTER_LOWER = frozenset(
    second for key in _LOWER_FIRST if key.isascii() for second in _TRIE.children[key].children
)
"""Second words of the forms whose first word may be a lower-case ASCII word ("the", "la")."""


def _capital_second_keys() -> frozenset[str]:
    """First words (folded) that match no form alone and begin only forms whose second word needs a capital.

    "the" is one: "the Netherlands", "the Gambia".
    """

    def capital_second(node: _Node) -> bool:
        entry = node.entry
        if entry is not None and (
            entry.tokens is None
            or (entry.tokens[1][:1].isupper() if entry.exact else 1 not in entry.capitals)
        ):
            return False
        return all(capital_second(child) for child in node.children.values())

    return frozenset(
        key for key, node in _TRIE.children.items()
        if node.entry is None and all(capital_second(child) for child in node.children.values())
    )


_CAPITAL_SECOND = _capital_second_keys()
"""First words of forms that cannot match when a lower-case word follows them ("the minister")."""
_START_KEYS = frozenset(_TRIE.children) | _AFTER_LOWER
"""Folded candidate words worth a closer look: a form begins there, or may begin at the word before."""
_CANDIDATE = re.compile(r"([^\W0-9_a-z]\w*)")
"""Words that begin with a capital or a letter outside ASCII, or the rest of a word from such a letter on."""
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)[^\S\n]*(?:[\-‐‑‒–][^\S\n]*)*\Z")
"""The last word of a gap, when only spaces and dashes (no line break) follow it."""


def scan(text: str, start: int = 0, end: int | None = None) -> tuple[CountryMention, ...]:
    """Find every country mention in ``text[start:end]``, in text order, longest match first, non-overlapping.

    Matches whole words only ("Indiana" is not India, "Nigerian" is not Niger, "Guinea-Bissau" is not
    Guinea), accent-insensitively. Names, official names, demonyms and capitals match only when written
    capitalised (upper-case initial, so "turkey" the bird and "polish" the verb are not countries; "TURKEY"
    in a headline is). Abbreviations ("US", "UAE", "DPRK") match only as written in capitals; bare ISO codes
    are not scanned, as "IN", "IT", "AM" in capitals are usually words. The armed forces of one state ("PLA",
    "UPDF", "KDF", "the Sultan's Armed Forces") are mentions of kind ``"force"``. Phrases such as "Latin American" or
    "Indian Ocean" are not mentions of the country inside them. A match never spans a line break. Runs in
    time linear in the length of the text.

    Args:
        text: The text.
        start: Where to start scanning.
        end: Where to stop (default: the end of the text). Spans are offsets into the whole ``text``.

    Example:
        >>> [(m.text, m.country.code, m.kind) for m in scan("Azerbaijan`s Ambassador met the U.S. envoy in Ankara")]
        [('Azerbaijan', 'AZ', 'name'), ('U.S.', 'US', 'code'), ('Ankara', 'TR', 'capital')]
        >>> scan("Indiana and Latin American states")
        ()
    """
    return tuple([CountryMention(c, Span(s, e), text[s:e], kind) for c, s, e, kind in scan_spans(text, start, end)])


def scan_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[Country, int, int, MentionKind]]:
    """What :func:`scan` finds, as plain ``(country, start, end, kind)`` tuples.

    For callers that build records of their own.

    Example:
        >>> [(c.code, s, e, kind) for c, s, e, kind in scan_spans("The Kazakh minister arrived in Baku.")]
        [('KZ', 4, 10, 'demonym'), ('AZ', 31, 35, 'capital')]
    """
    start = max(start, 0)
    stop = len(text) if end is None else min(max(end, 0), len(text))
    scanned = text if start == 0 and stop == len(text) else text[start:stop]
    # One pass cuts the scanned text into gaps and candidate words, [gap, word, gap, word, ..., gap]: a form
    # begins with a capital (or a letter outside ASCII), or with a lower-case "the"/"la" right before one.
    parts = _CANDIDATE.split(scanned)
    offsets = list(accumulate(map(len, parts), initial=start))  # offsets[k]: where parts[k] begins
    cached = _FOLDED.get
    hits = [
        (k, key) for k in range(1, len(parts), 2) if (key := cached(parts[k]) or _fold_token(parts[k])) in _START_KEYS
    ]
    found: list[tuple[Country, int, int, MentionKind]] = []
    done = start  # text before this offset belongs to a mention already found
    for k, key in hits:
        i = offsets[k]
        tail = parts[k - 1][-1:]
        if i < done or tail.isalnum() or tail == "_":
            continue  # inside a mention found, or inside a word ("iPhone")
        match = None
        if key in _AFTER_LOWER:
            # the word before may begin in the gap before the previous candidate ("thé" is cut "th", "é")
            before = _WORD_BEFORE.search(scanned, offsets[max(k - 3, 0)] - start, i - start)
            lower = _fold_token(before.group(1)) if before is not None else ""
            if before is not None and start + before.start() >= done and lower in _LOWER_FIRST:
                match = _match_at(text, start + before.start(), before.group(1), lower, start + before.end(1), stop)
        if match is None:
            end = offsets[k + 1]
            if key in _CAPITAL_SECOND and text[end : end + 1] == " " and "a" <= text[end + 1 : end + 2] <= "z":
                continue  # "The minister": no form goes on with a lower-case word
            match = _match_at(text, i, parts[k], key, end, stop)
        if match is None:
            continue
        s, e, entry = match
        if entry.country is not None:
            found.append((entry.country, s, e, entry.kind))
        done = e
    return found


def _match_at(text: str, i: int, word: str, key: str, end: int, stop: int) -> tuple[int, int, _Entry] | None:
    """The longest form (and its span) whose case fits that begins with ``word`` at ``text[i:end]``.

    ``key`` is the word folded.
    """
    node = _TRIE.children.get(key)
    written = [word]
    best: tuple[int, int, _Entry] | None = None
    last = end  # the end of the last token read
    while node is not None:
        entry = node.entry
        if entry is not None and _case_ok(entry, written):
            best = (i, last, entry)
        if not node.children or len(written) >= _DEPTH:
            break
        nxt = _SCAN_TOKEN.search(text, last, stop)
        if nxt is None or "\n" in text[last : nxt.start()]:
            break
        last = nxt.end()
        word = nxt.group()
        written.append(word)
        node = node.children.get(_FOLDED.get(word) or _fold_token(word))
    return best
