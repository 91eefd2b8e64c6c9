"""Stage 4 of the pipeline: officials from person mentions, one per person (coreference).

Qualified mentions (a rank or a post next to the name) create officials; later mentions join one when they
share the surname (last token) and their given names agree (equal, or one an initial of the other): "Zakir
Hasanov", "Z. Hasanov", "Colonel General Hasanov", "Hasanov". A single word matching the first word of an
official's name also joins it ("Prabowo" for "Prabowo Subianto"). Names in headlines only join officials found
in the body. The official's ``name`` is the fullest form, ``rank`` the first rank given, ``posts`` the posts in
order of appearance, ``country`` the first country a post or its qualifier gives; a "counterpart" takes the
post of the official it is the counterpart of.

Example:
    >>> from defcoop._lang import get
    >>> from defcoop._mentions import find_mentions
    >>> text = "Minister of Defense of Azerbaijan Zakir Hasanov met guests. Colonel General Z. Hasanov said so."
    >>> resolved = resolve_officials(find_mentions(text, get("en")))
    >>> [(o.name, o.rank, o.posts, o.country.code, len(o.spans)) for o in resolved.officials]
    [('Zakir Hasanov', 'Colonel General', ('Minister of Defense',), 'AZ', 2)]
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TypeVar

import attrs

from defcoop._mentions import Mentions, PersonMention
from defcoop.models import Country, Official, Span

__all__ = ["Resolved", "name_key", "resolve_officials"]

_K = TypeVar("_K")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    if word.isascii():  # NFKD and the combining marks change nothing in ASCII, and casefold is lower
        return word.lower().strip(".")
    word = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in word if not unicodedata.combining(ch)).casefold().strip(".")


@lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[str, tuple[str, ...]]:
    """(surname, given names) of a name, folded: the last word is the surname.

    Example:
        >>> name_key("Z. Hasanov")
        ('hasanov', ('z',))
    """
    words = [_fold(w) for w in name.replace(".", ". ").split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()  # "Lloyd J. Austin III" is Austin
    if not words:
        return "", ()
    return words[-1], tuple(words[:-1])


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    if x == y:
        return True
    # the shorter name is the longer one without its first given name ("Asim Munir" of "Syed Asim Munir",
    # "Fernández Allende" of "Maya Fernández Allende")
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and all(len(w) > 1 for w in short) and long[1:] == short


@attrs.define
class _Cluster:
    mentions: list[PersonMention] = attrs.Factory(list)
    keys: dict[tuple[str, tuple[str, ...]], None] = attrs.Factory(dict)

    @property
    def best_name(self) -> str:
        """The fullest name of the mentions: most full (not initial) words, then most words, then the first."""
        if len(self.mentions) == 1:
            return self.mentions[0].name

        def weight(m: PersonMention) -> tuple[int, int, int]:
            words = m.name.split()
            full = sum(1 for w in words if len(w.rstrip(".")) > 1)
            return (full, len(words), -m.span.start)

        return max(self.mentions, key=weight).name

    def accepts(self, surname: str, given: tuple[str, ...]) -> bool:
        return any(s == surname and _given_compatible(g, given) for s, g in self.keys)


class _Index:
    """Clusters by surname, by first given name and by leading words: every lookup is a dictionary access."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_surname: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_prefix: dict[tuple[str, ...], list[int]] = {}
        self.by_inner: dict[str, list[int]] = {}

    def add(self, ci: int, m: PersonMention) -> None:
        cluster = self.clusters[ci]
        cluster.mentions.append(m)
        key = name_key(m.name)
        if key in cluster.keys:
            return
        cluster.keys[key] = None
        surname, given = key
        _append_once(self.by_surname, surname, ci)
        if given and len(given[0]) > 2:
            _append_once(self.by_first, given[0], ci)
        words = (*given, surname)
        for k in range(2, len(words)):
            _append_once(self.by_prefix, words[:k], ci)
        for w in given[1:]:
            if len(w) > 3:
                _append_once(self.by_inner, w, ci)  # "Pereyra" of "Julio César Pereyra Toledo"

    def new(self) -> int:
        self.clusters.append(_Cluster())
        return len(self.clusters) - 1

    def find(self, surname: str, given: tuple[str, ...]) -> int | None:
        for ci in reversed(self.by_surname.get(surname, ())):
            if self.clusters[ci].accepts(surname, given):
                return ci
        return None

    def find_prefix(self, words: tuple[str, ...]) -> int | None:
        """A shortened name made of the first words of a longer one ("Mohamed Khaled" for "... Nordin")."""
        found = self.by_prefix.get(words)
        return found[-1] if found else None

    def find_single(self, word: str) -> int | None:
        """A lone word matching the first word of a multi-word name ("Prabowo"), or an inner one (the first of
        two family names: "Pereyra" for "Julio César Pereyra Toledo")."""
        found = self.by_first.get(word) or self.by_inner.get(word)
        return found[-1] if found else None


def _append_once(index: dict[_K, list[int]], key: _K, ci: int) -> None:
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] != ci:
        if ci in bucket:
            bucket.remove(ci)
        bucket.append(ci)


@attrs.frozen
class Resolved:
    """Officials and which official each linked person mention refers to.

    Attributes:
        officials: One per person, in order of first mention.
        links: (official index, mention) for every mention that refers to an official, in text order.
    """

    officials: tuple[Official, ...]
    links: tuple[tuple[int, PersonMention], ...]


def resolve_officials(mentions: Mentions) -> Resolved:
    """Group person mentions into officials.

    Example:
        >>> from defcoop._lang import get
        >>> from defcoop._mentions import find_mentions
        >>> text = "By Anna Reporter. Defense Minister Nakatani met Ambassador Rahm Emanuel. Nakatani said."
        >>> [o.name for o in resolve_officials(find_mentions(text, get("en"))).officials]
        ['Nakatani', 'Rahm Emanuel']
    """
    index = _Index()
    clusters = index.clusters
    link_of: dict[int, int] = {}  # mention index -> cluster index
    persons = mentions.persons

    # 1. qualified mentions in the body create officials
    for mi, m in enumerate(persons):
        if not m.qualified or m.headline:
            continue
        surname, given = name_key(m.name)
        if not surname:
            continue
        ci = index.find(surname, given)
        if ci is None and not given:
            ci = index.find_single(surname)
        if ci is None:
            ci = index.new()
        index.add(ci, m)
        link_of[mi] = ci
    # 2. every other mention joins an official when its name agrees
    for mi, m in enumerate(persons):
        if mi in link_of or m.not_official:
            continue
        surname, given = name_key(m.name)
        if not surname:
            continue
        ci = index.find(surname, given)
        if ci is None and given:
            ci = index.find_prefix((*given, surname))
        if ci is None and not given:
            ci = index.find_single(surname)
        if ci is None:
            continue
        clusters[ci].mentions.append(m)
        link_of[mi] = ci
    # 3. bare names ("Hasanov said"): only looked at when some official could be meant
    extra: list[PersonMention] = []
    if clusters:
        for start, end, name in mentions.bare:
            words = name.split(" ")
            last = _fold(words[-1])
            if last not in index.by_surname and _fold(words[0]) not in index.by_first and last not in index.by_inner:
                continue
            surname, given = name_key(name)
            ci = index.find(surname, given)
            if ci is None and given:
                ci = index.find_prefix((*given, surname))
            if ci is None and not given:
                ci = index.find_single(surname)
            if ci is None:
                continue
            span = Span(start, end)
            m = PersonMention(name=name, span=span, phrase=span)
            clusters[ci].mentions.append(m)
            link_of[len(persons) + len(extra)] = ci
            extra.append(m)
    persons = (*persons, *extra)

    officials: list[Official] = []
    for cluster in clusters:
        ms = sorted(cluster.mentions, key=lambda x: x.span.start)
        cluster.mentions = ms
        rank = next((m.rank for m in ms if m.rank), None)
        posts: list[str] = []
        seen: set[str] = set()
        for m in ms:
            for p in m.posts:
                k = p.casefold()
                if k not in seen:
                    seen.add(k)
                    posts.append(p)
        country: Country | None = next((m.country for m in ms if m.country is not None and not m.counterpart), None)
        if country is None:
            country = next((m.country for m in ms if m.country is not None), None)
        officials.append(
            Official(cluster.best_name, country=country, rank=rank, posts=tuple(posts),
                     spans=tuple(m.span for m in ms))
        )
    # counterparts without a post of their own take the post of the official named before them
    order = sorted(link_of.items(), key=lambda kv: persons[kv[0]].span.start)
    recent: list[int] = []  # the last two distinct officials with a post, in text order
    done: set[int] = set()
    for mi, ci in order:
        m = persons[mi]
        if m.counterpart and ci not in done and not officials[ci].posts:
            other = next((cj for cj in reversed(recent) if cj != ci), None)
            if other is not None:
                officials[ci] = attrs.evolve(officials[ci], posts=(officials[other].posts[0],))
                done.add(ci)
        if officials[ci].posts and (not recent or recent[-1] != ci):
            recent = [*recent[-1:], ci]
    links = tuple((ci, persons[mi]) for mi, ci in order)
    return Resolved(tuple(officials), links)
