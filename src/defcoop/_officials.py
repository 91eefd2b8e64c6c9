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

import operator
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import attrs

from defcoop._mentions import Mentions, PersonMention
from defcoop.models import Country, Official, Span, _evolve

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


_Key = tuple[str, tuple[str, ...]]
"""A name's (surname, given names), folded: see :func:`name_key`."""
_Entry = tuple[_Key, "str | None", tuple[tuple[str, ...], ...], tuple[str, ...]]
"""What a name files a cluster under: its key, its first given name (when longer than two letters), its leading
words (two or more, short of the whole name) and its inner given names (longer than three letters)."""


@lru_cache(maxsize=8192)
def _entry(name: str) -> _Entry:
    """The key of a name and the index keys it files its cluster under (see :data:`_Entry`), computed once per name."""
    key = name_key(name)
    surname, given = key
    first = given[0] if given and len(given[0]) > 2 else None
    words = (*given, surname)
    prefixes = tuple(words[:k] for k in range(2, len(words)))
    inner = tuple(dict.fromkeys(w for w in given[1:] if len(w) > 3))  # "Pereyra" of "Julio César Pereyra Toledo"
    return key, first, prefixes, inner


@lru_cache(maxsize=8192)
def _fullness(name: str) -> tuple[int, int]:
    """How full a name is: its number of full (not initial) words, then its number of words."""
    words = name.split()
    return sum(1 for w in words if len(w.rstrip(".")) > 1), len(words)


class _Index:
    """Clusters of mentions (one per person), and the clusters by surname, by first given name and by leading
    words: every lookup is a dictionary access. A cluster is its position in :attr:`members`."""

    __slots__ = ("by_first", "by_inner", "by_prefix", "by_surname", "keys", "members")

    def __init__(self) -> None:
        self.members: list[list[PersonMention]] = []
        self.keys: list[list[_Key]] = []  # per cluster, the distinct keys of its names
        self.by_surname: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_prefix: dict[tuple[str, ...], list[int]] = {}
        self.by_inner: dict[str, list[int]] = {}

    def create(self, m: PersonMention, entry: _Entry) -> int:
        """Start a cluster with ``m`` (whose name gives ``entry``); return its index."""
        ci = len(self.members)
        key, first, prefixes, inner = entry
        self.members.append([m])
        self.keys.append([key])
        # a new cluster has the highest index so far: it goes at the end of each list, once (the keys are distinct)
        self.by_surname.setdefault(key[0], []).append(ci)
        if first is not None:
            self.by_first.setdefault(first, []).append(ci)
        for words in prefixes:
            self.by_prefix.setdefault(words, []).append(ci)
        for w in inner:
            self.by_inner.setdefault(w, []).append(ci)
        return ci

    def add(self, ci: int, m: PersonMention, entry: _Entry) -> None:
        """Add ``m`` (whose name gives ``entry``) to cluster ``ci``, and file the cluster under a new name's keys."""
        self.members[ci].append(m)
        key, first, prefixes, inner = entry
        keys = self.keys[ci]
        if key in keys:
            return
        keys.append(key)
        _append_once(self.by_surname, key[0], ci)
        if first is not None:
            _append_once(self.by_first, first, ci)
        for words in prefixes:
            _append_once(self.by_prefix, words, ci)
        for w in inner:
            _append_once(self.by_inner, w, ci)

    def find(self, surname: str, given: tuple[str, ...]) -> int | None:
        """The latest cluster with a name of this surname whose given names agree with ``given``."""
        bucket = self.by_surname.get(surname)
        if bucket:
            keys = self.keys
            for ci in reversed(bucket):
                for s, g in keys[ci]:
                    if s == surname and _given_compatible(g, given):
                        return ci
        return None

    def match(self, surname: str, given: tuple[str, ...]) -> int | None:
        """The cluster a later mention of this name refers to: one whose names agree, else (several words) one whose
        name this one starts, else (a single word) one whose first or inner given name this is."""
        ci = self.find(surname, given)
        if ci is None:
            ci = self.find_prefix((*given, surname)) if given else self.find_single(surname)
        return ci

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
    """File cluster ``ci`` under ``key``, as the latest cluster there."""
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
    members = index.members
    persons = mentions.persons
    links: list[tuple[int, PersonMention]] = []  # (cluster index, mention), in the order they are made
    linked = [False] * len(persons)
    counterparts = False  # whether a linked mention is a counterpart (the last step is only needed then)

    # 1. qualified mentions in the body create officials
    for mi, m in enumerate(persons):
        if not m.qualified or m.headline:
            continue
        entry = _entry(m.name)
        surname, given = entry[0]
        if not surname:
            continue
        ci = index.find(surname, given)
        if ci is None and not given:
            ci = index.find_single(surname)
        if ci is None:
            ci = index.create(m, entry)
        else:
            index.add(ci, m, entry)
        links.append((ci, m))
        linked[mi] = True
        counterparts = counterparts or m.counterpart
    # 2. every other mention joins an official when its name agrees
    if len(links) < len(persons):
        for mi, m in enumerate(persons):
            if linked[mi] or m.not_official:
                continue
            surname, given = name_key(m.name)
            if not surname:
                continue
            ci = index.match(surname, given)
            if ci is None:
                continue
            members[ci].append(m)
            links.append((ci, m))
            counterparts = counterparts or m.counterpart
    # 3. bare names ("Hasanov said"): only looked at when some official could be meant
    if members:
        by_surname, by_first, by_inner = index.by_surname, index.by_first, index.by_inner
        for start, end, name in mentions.bare:
            words = name.split(" ")
            last = _fold(words[-1])
            if last not in by_surname and _fold(words[0]) not in by_first and last not in by_inner:
                continue
            surname, given = name_key(name)
            ci = index.match(surname, given)
            if ci is None:
                continue
            span = Span(start, end)
            m = PersonMention(name=name, span=span, phrase=span)
            members[ci].append(m)
            links.append((ci, m))

    officials = [_official(ms) for ms in members]
    # links in text order (mentions that start together in the order they were linked)
    previous = -1
    for _ci, m in links:
        if m.span.start < previous:
            links.sort(key=_link_start)
            break
        previous = m.span.start
    if counterparts:
        _counterpart_posts(officials, links)
    return Resolved(tuple(officials), tuple(links))


def _link_start(link: tuple[int, PersonMention]) -> int:
    """Where the mention of a link starts."""
    return link[1].span.start


def _official(ms: list[PersonMention]) -> Official:
    """The official of a cluster's mentions: the fullest name (most full words, then most words, then the first),
    the first rank, the posts in order of appearance (case-insensitively distinct), the first country a post or
    qualifier of its own gives (else any), every span."""
    if len(ms) == 1:  # the common case, where every choice is this mention's
        m = ms[0]
        posts = m.posts
        if len(posts) > 1:
            posts = tuple(_distinct_posts(ms))
        return Official(m.name, m.country, m.rank or None, posts, (m.span,))
    ms.sort(key=_mention_start)
    name, weight = ms[0].name, (-1, -1)
    rank: str | None = None
    own_country: Country | None = None  # from a mention that is not a counterpart
    any_country: Country | None = None
    for m in ms:
        if _fullness(m.name) > weight:  # strictly fuller: of equally full names, the first
            name, weight = m.name, _fullness(m.name)
        if rank is None and m.rank:
            rank = m.rank
        if m.country is not None:
            if any_country is None:
                any_country = m.country
            if own_country is None and not m.counterpart:
                own_country = m.country
    country = own_country if own_country is not None else any_country
    return Official(name, country, rank, tuple(_distinct_posts(ms)), tuple([m.span for m in ms]))


_mention_start: Callable[[PersonMention], int] = operator.attrgetter("span.start")
"""Where a mention starts."""


def _distinct_posts(ms: list[PersonMention]) -> list[str]:
    """The posts of the mentions in order, the first of those equal but for case."""
    posts: list[str] = []
    seen: set[str] = set()
    for m in ms:
        for p in m.posts:
            k = p.casefold()
            if k not in seen:
                seen.add(k)
                posts.append(p)
    return posts


def _counterpart_posts(officials: list[Official], links: list[tuple[int, PersonMention]]) -> None:
    """Counterparts without a post of their own take the post of the official named before them (in place)."""
    recent: list[int] = []  # the last two distinct officials with a post, in text order
    done: set[int] = set()
    for ci, m in links:
        if m.counterpart and ci not in done and not officials[ci].posts:
            other = next((cj for cj in reversed(recent) if cj != ci), None)
            if other is not None:
                officials[ci] = _evolve(officials[ci], posts=(officials[other].posts[0],))
                done.add(ci)
        if officials[ci].posts and (not recent or recent[-1] != ci):
            recent = [*recent[-1:], ci]
