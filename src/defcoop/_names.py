"""Name keys and person matching: the rules behind the corpus roster and the ``official=`` filter.

A name ("Zakir Hasanov", "Z.Hasanov", "Закир Гасанов", "Col-Gen Hasanov" in a query) becomes a :class:`NameKey`:
the surname (last name token) and the given names as *transliteration-tolerant keys*. The key folds accents,
transliterates Cyrillic (Russian and Kazakh letters, after the BGN/PCGN romanisation), then merges the variants
news romanisations disagree on: ``zh``/``dzh``/``j``, ``kh``/``x``/``h``, ``y``/``i``, ``w``/``v``, ``q``/``k``,
``ph``/``f``, a final ``-off``/``-ov``, and double letters. So "Zhaksylykov" and "Jaksilykov" share the key
``jaksilikov``, "Aliyev" and "Aliev" share ``aliev``.

Two looser comparisons are used only by the roster, where a country backs them up (:func:`loose_equal`): keys
one edit apart with the same consonant skeleton ("Zhakslykov" for "Zhaksylykov"), with ``g`` and ``h`` counted as
one consonant ("Gasanov", the Russian rendering of Azerbaijani "Hasanov").

Roster rule (:func:`cluster`), in three passes over mentions that share a consonant skeleton:

1. Mentions with a full given name are merged when their surnames match (same key; or loosely, when both give the
   same country), their first given names match (same key or loosely equal with the same first letter), and no two
   different countries end up in one person. Mentions without a country join a person with a country only when
   exactly one candidate exists.
2. Mentions with an initial only ("Z. Hasanov") join the one person whose surname matches and whose given name
   starts with that initial, with no country conflict. When several people qualify, the candidates are narrowed to
   those of the same (known) country, then to those sharing a post or rank; if more than one (or none) remains the
   mention is **not** merged arbitrarily: it stays a person of its own (grouped with identical mentions).
3. Bare surnames ("Col-Gen Hasanov", "Hasanov") follow the same rule as initials, against every person formed so
   far.

The rank and title words stripped from *queries* (never from extracted names, which carry no rank) are listed in
:data:`QUERY_TITLE_WORDS`: the English military ranks, their common news abbreviations (Col-Gen, Lt Gen, Maj.,
Adm.) and honorifics, as used by the English-language Caucasus and Central Asian defence press.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

import attrs

from defcoop.models import Official

__all__ = [
    "QUERY_TITLE_WORDS",
    "Mention",
    "NameKey",
    "cluster",
    "given_compatible",
    "index_key",
    "key_of",
    "latin",
    "loose_equal",
    "name_key",
    "normalise_post",
    "query_key",
    "query_matches",
    "token_key",
]

#: Rank, title and honorific words (and their abbreviations) removed from a query name before matching.
QUERY_TITLE_WORDS = frozenset(
    {
        "general", "gen", "colonel", "col", "lieutenant", "lt", "lieut", "major", "maj", "brigadier", "brig",
        "captain", "capt", "admiral", "adm", "vice", "rear", "commodore", "marshal", "army", "first", "rank",
        "sergeant", "sgt", "mr", "mrs", "ms", "dr", "sir", "minister", "deputy", "chief", "commander", "president",
        "генерал", "полковник", "лейтенант", "майор", "адмирал", "министр",
    }
)

#: Cyrillic letters (Russian, Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic) to Latin, after BGN/PCGN.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u", "ў": "o",
}

#: Latin letters that Unicode decomposition does not reduce to ASCII, or that Turkic alphabets use differently.
_LATIN_SPECIAL = {"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"}

_TOKEN_SPLIT = re.compile(r"[\s.,;:()\"“”«»]+")
_NON_LETTER = re.compile(r"[^a-z]")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")
_DIGRAPHS = (("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("ck", "k"))
_SINGLES = str.maketrans({"y": "i", "w": "v", "q": "k", "x": "h"})


@lru_cache(maxsize=1 << 16)
def latin(text: str) -> str:
    """Lower-case ASCII rendering of a name: Cyrillic transliterated, accents and Turkic letters folded.

    Example:
        >>> latin("Закир Гасанов")
        'zakir gasanov'
        >>> latin("Şükür Həsənov")
        'shukur hasanov'
    """
    out: list[str] = []
    for ch in text.casefold():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[ch])
        else:
            out.append(ch)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def token_key(token: str) -> str:
    """Transliteration-tolerant key of one name token (see the module docstring for the variants merged).

    Example:
        >>> token_key("Zhaksylykov"), token_key("Jaksilykov"), token_key("Aliyev"), token_key("Aliev")
        ('jaksilikov', 'jaksilikov', 'aliev', 'aliev')
    """
    s = _NON_LETTER.sub("", latin(token))
    for old, new in _DIGRAPHS:
        s = s.replace(old, new)
    s = s.translate(_SINGLES)
    if s.endswith("off"):
        s = s[:-3] + "ov"
    s = _DOUBLE.sub(r"\1", s)
    if len(s) > 2 and s.startswith("ie"):  # Yevgeny / Evgeny
        s = s[1:]
    return s


def _skeleton(key: str) -> str:
    """Consonants of a key, with ``g`` counted as ``h`` (Russian Г for Turkic H)."""
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", key.replace("g", "h")))


@attrs.frozen
class NameKey:
    """A name reduced for matching: surname key, given-name keys, consonant skeleton.

    Attributes:
        surname: Key of the last name token.
        given: Keys of the tokens before it (an initial is a one-letter key).
        skeleton: The surname's consonants (``g`` read as ``h``): the block two spellings must share.

    Example:
        >>> name_key("Z.Hasanov")
        NameKey(surname='hasanov', given=('z',), skeleton='hsnv')
    """

    surname: str
    given: tuple[str, ...] = ()
    skeleton: str = ""

    @property
    def first(self) -> str:
        """Key of the first given name, ``""`` when there is none.

        Example:
            >>> name_key("Karim Valiyev").first
            'karim'
        """
        return self.given[0] if self.given else ""

    @property
    def has_full_given(self) -> bool:
        """True when the first given name is spelt out (not an initial, not absent).

        Example:
            >>> name_key("K. Valiyev").has_full_given
            False
        """
        return len(self.first) > 1


def _tokens(name: str, *, drop_titles: bool) -> list[str]:
    tokens: list[str] = []
    for raw in _TOKEN_SPLIT.split(name):
        if not raw:
            continue
        parts = [p for p in raw.split("-") if p]
        if drop_titles and parts and all(latin(p) in QUERY_TITLE_WORDS or p.casefold() in QUERY_TITLE_WORDS
                                         for p in parts):
            continue
        key = token_key(raw)
        if key:
            tokens.append(key)
    return tokens


def _make(tokens: list[str]) -> NameKey:
    if not tokens:
        return NameKey("")
    # Azerbaijani patronymic particles ("Zakir Asgar oglu Hasanov") belong to the given part.
    return NameKey(tokens[-1], tuple(tokens[:-1]), _skeleton(tokens[-1]))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> NameKey:
    """The :class:`NameKey` of a name as extracted (no rank words in it).

    Example:
        >>> name_key("Закир Гасанов")
        NameKey(surname='gasanov', given=('zakir',), skeleton='hsnv')
    """
    return _make(_tokens(name, drop_titles=False))


def query_key(query: str) -> NameKey:
    """The :class:`NameKey` of a user's query, rank and title words removed ("Col-Gen Hasanov" → "Hasanov").

    Example:
        >>> query_key("Col-Gen Hasanov")
        NameKey(surname='hasanov', given=(), skeleton='hsnv')
    """
    return _make(_tokens(query, drop_titles=True))


def key_of(official: Official) -> NameKey:
    """The :class:`NameKey` of an official: from ``name_latin`` when set, else from ``name``.

    Example:
        >>> key_of(Official("Закир Гасанов", name_latin="Zakir Hasanov")).surname
        'hasanov'
    """
    return name_key(official.name_latin or official.name)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def loose_equal(a: str, b: str) -> bool:
    """True when two keys are the same or one edit apart with the same skeleton (``g`` counted as ``h``).

    Example:
        >>> loose_equal("jaksilikov", "jakslikov"), loose_equal("hasanov", "gasanov")
        (True, True)
        >>> loose_equal("hasanov", "husainov")
        False
    """
    if a == b:
        return True
    if _skeleton(a) != _skeleton(b):
        return False
    return _edit_distance_at_most_one(a.replace("g", "h"), b.replace("g", "h"))


def given_compatible(a: NameKey, b: NameKey, *, loose: bool = False) -> bool:
    """True when two names' first given names could be the same person's (equal, initial, or absent).

    Example:
        >>> given_compatible(name_key("Z. Hasanov"), name_key("Zakir Hasanov"))
        True
        >>> given_compatible(name_key("Zaur Hasanov"), name_key("Zakir Hasanov"))
        False
    """
    fa, fb = a.first, b.first
    if not fa or not fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    if fa == fb:
        return True
    return loose and fa[0] == fb[0] and loose_equal(fa, fb)


def index_key(key: str) -> str:
    """The key queries index and compare: a token key with ``g`` read as ``h`` (Russian Г for Turkic H).

    Example:
        >>> index_key("gasanov") == index_key("hasanov")
        True
    """
    return key.replace("g", "h")


def query_matches(query: NameKey, name: NameKey) -> bool:
    """True when an extracted name fits a query: same surname and compatible given names.

    Surnames and given names are compared by :func:`index_key`, so a Cyrillic query finds the Latin spelling
    ("Гасанов" finds "Hasanov"); given names are compatible when equal, an initial of one another, or absent.

    Example:
        >>> q = query_key("Zakir Hasanov")
        >>> [query_matches(q, name_key(n)) for n in ("Hasanov", "Z.Hasanov", "Zaur Hasanov", "Hasanli")]
        [True, True, False, False]
        >>> query_matches(query_key("Гасанов"), name_key("Zakir Hasanov"))
        True
    """
    if not query.surname or index_key(query.surname) != index_key(name.surname):
        return False
    fa, fb = index_key(query.first), index_key(name.first)
    if not fa or not fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    return fa == fb


@lru_cache(maxsize=1 << 14)
def normalise_post(post: str) -> str:
    """A post folded for comparison ("Minister of Defence" and "minister of defense" agree).

    Example:
        >>> normalise_post("Minister of Defence") == normalise_post("minister of defense")
        True
    """
    return " ".join(latin(post).replace("defence", "defense").split())


# --------------------------------------------------------------------------- roster clustering


@attrs.frozen
class Mention:
    """One official as one article reports them, reduced to what the roster compares.

    Attributes:
        key: The name key.
        country: Alpha-2 code, or ``None`` when the article does not say.
        posts: Normalised posts (and rank) the article gives.

    Example:
        >>> Mention.of(Official("Karim Valiyev", rank="Colonel General")).key.surname
        'valiev'
    """

    key: NameKey
    country: str | None = None
    posts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, official: Official) -> Mention:
        """Build the mention of an official.

        Example:
            >>> from defcoop.countries import get
            >>> Mention.of(Official("Zakir Hasanov", country=get("AZ"))).country
            'AZ'
        """
        return cls(
            key_of(official),
            official.country.code if official.country else None,
            _post_set(official.posts, official.rank),
        )


@lru_cache(maxsize=1 << 14)
def _post_set(posts: tuple[str, ...], rank: str | None) -> frozenset[str]:
    # interned: a million mentions share a few thousand sets
    found = {normalise_post(p) for p in posts}
    if rank:
        found.add("rank:" + normalise_post(rank))
    return frozenset(found)


class _Cluster:
    __slots__ = ("country", "firsts", "members", "posts", "surnames")

    def __init__(self) -> None:
        self.members: list[int] = []
        self.country: str | None = None
        self.firsts: set[str] = set()
        self.surnames: set[str] = set()
        self.posts: set[str] = set()

    def absorb(self, group_key: tuple[str, str, str | None], members: list[int], posts: set[str]) -> None:
        surname, first, country = group_key
        self.members.extend(members)
        self.surnames.add(surname)
        if len(first) > 1:
            self.firsts.add(first)
        if country is not None:
            self.country = country
        self.posts |= posts

    def merge(self, other: _Cluster) -> None:
        self.members.extend(other.members)
        self.firsts |= other.firsts
        self.surnames |= other.surnames
        self.posts |= other.posts
        if self.country is None:
            self.country = other.country


def _surname_fits(surname: str, country: str | None, cluster: _Cluster) -> bool:
    if surname in cluster.surnames:
        return True
    # a transliteration variant needs a country both sides agree on
    return country is not None and country == cluster.country and any(loose_equal(surname, s) for s in cluster.surnames)


def _country_fits(country: str | None, cluster: _Cluster) -> bool:
    return country is None or cluster.country is None or country == cluster.country


def _narrow(cands: list[_Cluster], country: str | None, posts: set[str]) -> list[_Cluster]:
    if len(cands) > 1 and country is not None:
        same = [c for c in cands if c.country == country]
        if same:
            cands = same
    if len(cands) > 1 and posts:
        shared = [c for c in cands if c.posts & posts]
        if shared:
            cands = shared
    return cands


def _cluster_block(mentions: Sequence[Mention], idxs: list[int]) -> list[list[int]]:
    # group identical (surname, first given, country) mentions first: the comparisons run over groups
    groups: dict[tuple[str, str, str | None], list[int]] = defaultdict(list)
    group_posts: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    for i in idxs:
        m = mentions[i]
        gk = (m.key.surname, m.key.first, m.country)
        groups[gk].append(i)
        group_posts[gk] |= m.posts

    def order(gk: tuple[str, str, str | None]) -> tuple[bool, str, str, str]:
        return (gk[2] is None, gk[2] or "", gk[1], gk[0])

    full = sorted((gk for gk in groups if len(gk[1]) > 1), key=order)
    initials = sorted((gk for gk in groups if len(gk[1]) == 1), key=order)
    bare = sorted((gk for gk in groups if not gk[1]), key=order)

    clusters: list[_Cluster] = []

    # pass 1: full given names
    for gk in full:
        surname, first, country = gk
        cands = []
        for c in clusters:
            if not _country_fits(country, c):
                continue
            if not _surname_fits(surname, country, c):
                continue
            if first in c.firsts or any(
                country is not None and country == c.country and f[0] == first[0] and loose_equal(first, f)
                for f in c.firsts
            ):
                cands.append(c)
        if country is not None and cands:
            # a known country may bridge several country-less clusters; merge them all into one
            target = cands[0]
            for other in cands[1:]:
                if other.country is None or other.country == country:
                    target.merge(other)
                    clusters.remove(other)
            target.absorb(gk, groups[gk], group_posts[gk])
        elif len(cands) == 1:
            cands[0].absorb(gk, groups[gk], group_posts[gk])
        else:
            c = _Cluster()
            c.absorb(gk, groups[gk], group_posts[gk])
            clusters.append(c)

    # passes 2 and 3: initials, then bare surnames; never merged arbitrarily
    for batch in (initials, bare):
        fresh: dict[tuple[str, str, str | None], _Cluster] = {}
        for gk in batch:
            surname, first, country = gk
            cands = [
                c
                for c in clusters
                if _country_fits(country, c)
                and _surname_fits(surname, country, c)
                and (not first or not c.firsts or any(f[0] == first[0] for f in c.firsts))
            ]
            cands = _narrow(cands, country, group_posts[gk])
            if len(cands) == 1:
                cands[0].absorb(gk, groups[gk], group_posts[gk])
            else:
                if gk not in fresh:
                    fresh[gk] = _Cluster()
                fresh[gk].absorb(gk, groups[gk], group_posts[gk])
        clusters.extend(fresh.values())
    return [c.members for c in clusters]


def cluster(mentions: Sequence[Mention]) -> list[int]:
    """Assign every mention a person number, following the roster rule in the module docstring.

    Person numbers are dense, start at 0 and follow the order of each person's first mention, so the
    result does not depend on anything but the mentions and their order.

    Example:
        >>> from defcoop.countries import get
        >>> az = get("AZ")
        >>> names = ["Zakir Hasanov", "Z.Hasanov", "Hasanov", "Karim Valiyev", "Закир Гасанов"]
        >>> cluster([Mention.of(Official(n, country=az)) for n in names])
        [0, 0, 0, 1, 0]
        >>> names = ["Zakir Hasanov", "Zaur Hasanov", "Z.Hasanov"]  # the initial fits both: not merged
        >>> cluster([Mention.of(Official(n, country=az)) for n in names])
        [0, 1, 2]
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        blocks[m.key.skeleton or ("=" + m.key.surname)].append(i)
    owner = [-1] * len(mentions)
    found: list[list[int]] = []
    for idxs in blocks.values():
        found.extend(_cluster_block(mentions, idxs))
    found.sort(key=min)
    for person, members in enumerate(found):
        for i in members:
            owner[i] = person
    return owner
