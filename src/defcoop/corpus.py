"""A :class:`Corpus` of parsed articles: queries, the roster of officials, merged events and aggregates.

A corpus is immutable. Its indexes (meetings sorted by date, by country, by country pair, by participant surname)
are built once, when it is created, so a query such as ``between=("AZ", "KZ")`` with a date range is a couple of
dictionary look-ups and binary searches, whatever the size of the corpus. The roster (:meth:`Corpus.officials`)
and the merged events (:meth:`Corpus.events`) are computed on first use and kept.

Filters, shared by :meth:`~Corpus.meetings`, :meth:`~Corpus.events`, :meth:`~Corpus.timeline`,
:meth:`~Corpus.dyads` and :meth:`~Corpus.graph` (and by :class:`defcoop.store.Store`):

- ``between``: a pair of countries, in either order; both took part.
- ``country``: the country took part. Countries may be given as a :class:`~defcoop.models.Country`, an alpha-2
  or alpha-3 code, a name or a demonym ("AZ", "AZE", "Azerbaijan", "Azerbaijani").
- ``official``: a name in any form ("Hasanov", "Z. Hasanov", "Zakir Hasanov", "Col-Gen Hasanov", "Гасанов"; rank
  words are ignored): a meeting matches when one participant has the same surname (up to transliteration
  variants, across scripts) and compatible given names (equal, an initial, or absent on either side). This is a
  name match, so "Z. Hasanov" also finds a "Zaur Hasanov"; give a :class:`Person` from :meth:`Corpus.officials`
  instead to get exactly that person's meetings.
- ``since``/``until``: a :class:`datetime.date` or ISO string, inclusive; undated meetings are left out when
  either is given.
- ``kind``: a :class:`~defcoop.models.MeetingKind` or its value; ``topic``: a :class:`~defcoop.models.Topic` or
  its value; ``status``: a :class:`~defcoop.models.MeetingStatus` or its value, ``"held"`` by default, ``None``
  for every status.

Duplicate articles are dropped when a corpus is built: an article equal to one already in it, or with the same
URL as one already in it, is skipped (the first one wins). The store applies the same rule.

Example:
    >>> import datetime as dt
    >>> from defcoop import Article, Meeting, Official
    >>> from defcoop.countries import get
    >>> az, kz = get("AZ"), get("KZ")
    >>> hasanov = Official("Zakir Hasanov", country=az)
    >>> m = Meeting(date=dt.date(2024, 4, 25), countries=(az, kz), participants=(hasanov,))
    >>> corpus = Corpus([Article("...", officials=(hasanov,), meetings=(m,))])
    >>> [r.date for r in corpus.meetings(between=("Kazakhstan", "AZ"))]
    [datetime.date(2024, 4, 25)]
    >>> corpus.timeline(by="year")
    (('2024', 1),)
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from defcoop import _names
from defcoop import countries as _countries
from defcoop.errors import UnknownCountryError
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Topic

if TYPE_CHECKING:
    import os

__all__ = [
    "MERGE_WINDOW_DAYS",
    "Corpus",
    "Dyad",
    "Edge",
    "Event",
    "Filters",
    "MeetingRecord",
    "Person",
    "article_hash",
    "resolve_country",
]

#: Two dated reports of one meeting may differ by up to this many days (time zones, late reports).
MERGE_WINDOW_DAYS = 3

_UNDATED = 1 << 30  # sort key of an undated meeting: after every date


# --------------------------------------------------------------------------- helpers


def article_hash(article: Article) -> str:
    """The content hash that identifies an article: SHA-256 of its canonical JSON.

    Example:
        >>> article_hash(Article("a")) == article_hash(Article("a"))
        True
        >>> article_hash(Article("a")) == article_hash(Article("b"))
        False
    """
    from defcoop.serialize import dumps

    return hashlib.sha256(dumps(article).encode("utf-8")).hexdigest()


def resolve_country(value: Country | str) -> Country:
    """Resolve a filter value to a country: a Country, an alpha-2/alpha-3 code, a name or a demonym.

    Raises:
        UnknownCountryError: Nothing matches; the error lists close matches.

    Example:
        >>> resolve_country("Azerbaijani").code
        'AZ'
        >>> try:
        ...     resolve_country("Kazakstan")
        ... except UnknownCountryError as exc:
        ...     print(exc.suggestions[0])
        Kazakhstan
    """
    if isinstance(value, Country):
        return value
    if not isinstance(value, str):
        raise TypeError(f"a country filter must be a Country or a string, got {type(value).__name__}")
    resolver = getattr(_countries, "resolve", None)
    if resolver is not None:
        found = resolver(value)
        if isinstance(found, Country):
            return found
    found_ = _countries.lookup(value)
    if found_ is not None:
        return found_
    import difflib

    names = {c.name: c for c in _countries.all_countries()}
    close = difflib.get_close_matches(value.strip(), list(names), n=3, cutoff=0.75)
    raise UnknownCountryError(value, tuple(close))


def _as_date(value: dt.date | str | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).toordinal()
        except ValueError:
            raise ValueError(f"{name}: expected an ISO date such as '2024-04-25', got {value!r}") from None
    raise TypeError(f"{name}: expected a datetime.date or an ISO date string, got {type(value).__name__}")


def _enum(cls: type[Any], value: Any, name: str) -> Any:
    if value is None or isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{name}: unknown value {value!r}; expected one of {allowed}") from None


@attrs.frozen
class Filters:
    """Query filters, resolved once (see the module docstring for what each accepts).

    Build one with :meth:`Filters.of`; :class:`Corpus` and :class:`~defcoop.store.Store` do it for you.

    Example:
        >>> f = Filters.of(between=("KZ", "Azerbaijan"), since="2024-01-01")
        >>> f.between, f.status
        (('AZ', 'KZ'), <MeetingStatus.HELD: 'held'>)
    """

    between: tuple[str, str] | None = None
    country: str | None = None
    official: _names.NameKey | Person | None = None
    since: int | None = None
    until: int | None = None
    kind: MeetingKind | None = None
    topic: Topic | None = None
    status: MeetingStatus | None = MeetingStatus.HELD

    @classmethod
    def of(
        cls,
        *,
        between: tuple[Country | str, Country | str] | None = None,
        country: Country | str | None = None,
        official: str | Person | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        kind: MeetingKind | str | None = None,
        topic: Topic | str | None = None,
        status: MeetingStatus | str | None = "held",
    ) -> Filters:
        """Resolve user-facing filter values.

        Raises:
            UnknownCountryError: A country is not known.
            ValueError: A date, kind, topic or status is not valid, or ``between`` is not a pair.

        Example:
            >>> Filters.of(official="Col-Gen Hasanov").official.surname
            'hasanov'
        """
        pair: tuple[str, str] | None = None
        if between is not None:
            if isinstance(between, (str, Country)) or len(between) != 2:
                raise ValueError(f"between: expected a pair of countries such as ('AZ', 'KZ'), got {between!r}")
            a, b = sorted(resolve_country(c).code for c in between)
            if a == b:
                raise ValueError(f"between: expected two different countries, got {between!r}; use country=")
            pair = (a, b)
        off: _names.NameKey | Person | None = None
        if isinstance(official, Person):
            off = official
        elif official is not None:
            if not isinstance(official, str):
                raise TypeError(f"official: expected a name or a Person, got {type(official).__name__}")
            off = _names.query_key(official)
            if not off.surname:
                raise ValueError(f"official: {official!r} holds no name to match")
        lo, hi = _as_date(since, "since"), _as_date(until, "until")
        return cls(
            between=pair,
            country=resolve_country(country).code if country is not None else None,
            official=off,
            since=lo,
            until=hi,
            kind=_enum(MeetingKind, kind, "kind"),
            topic=_enum(Topic, topic, "topic"),
            status=_enum(MeetingStatus, status, "status"),
        )

    @property
    def dated_only(self) -> bool:
        """True when a date bound is given (undated meetings are then left out).

        Example:
            >>> Filters.of(until="2024-12-31").dated_only
            True
        """
        return self.since is not None or self.until is not None

    def accepts(self, meeting: Meeting) -> bool:
        """Check the per-meeting filters (everything but ``official`` given as a :class:`Person`).

        Example:
            >>> from defcoop.countries import get
            >>> Filters.of(country="AZ").accepts(Meeting(countries=(get("AZ"), get("KZ"))))
            True
        """
        if self.status is not None and meeting.status is not self.status:
            return False
        if self.kind is not None and meeting.kind is not self.kind:
            return False
        if self.topic is not None and self.topic not in meeting.topics:
            return False
        codes = {c.code for c in meeting.countries}
        if self.country is not None and self.country not in codes:
            return False
        if self.between is not None and not (self.between[0] in codes and self.between[1] in codes):
            return False
        if self.dated_only:
            if meeting.date is None:
                return False
            o = meeting.date.toordinal()
            if (self.since is not None and o < self.since) or (self.until is not None and o > self.until):
                return False
        if isinstance(self.official, _names.NameKey):
            q = self.official
            return any(_names.query_matches(q, _names.key_of(p)) for p in meeting.participants)
        return True


# --------------------------------------------------------------------------- result types


@attrs.frozen(cache_hash=True)
class MeetingRecord:
    """One meeting as reported by one article.

    Attributes:
        meeting: The meeting.
        article: The article that reports it (the evidence: ``article.quote(span)`` for each span).
        index: Its position in ``article.meetings``.

    Example:
        >>> from defcoop import Article, Meeting
        >>> r = MeetingRecord(Meeting(), Article("text", url="https://example.org/a"), 0)
        >>> r.source, r.date
        ('https://example.org/a', None)
    """

    meeting: Meeting
    article: Article = attrs.field(repr=lambda a: f"Article(title={a.title!r}, url={a.url!r})")
    index: int

    @property
    def date(self) -> dt.date | None:
        """The meeting's date.

        Example:
            >>> MeetingRecord(Meeting(date=dt.date(2024, 4, 25)), Article("a"), 0).date
            datetime.date(2024, 4, 25)
        """
        return self.meeting.date

    @property
    def location(self) -> str | None:
        """The meeting's location.

        Example:
            >>> MeetingRecord(Meeting(location="Baku"), Article("a"), 0).location
            'Baku'
        """
        return self.meeting.location

    @property
    def countries(self) -> tuple[Country, ...]:
        """The countries that took part.

        Example:
            >>> MeetingRecord(Meeting(countries=(_countries.get("AZ"),)), Article("a"), 0).countries[0].code
            'AZ'
        """
        return self.meeting.countries

    @property
    def participants(self) -> tuple[Official, ...]:
        """The named participants, as this article reports them.

        Example:
            >>> MeetingRecord(Meeting(), Article("a"), 0).participants
            ()
        """
        return self.meeting.participants

    @property
    def host(self) -> Country | None:
        """The hosting country.

        Example:
            >>> MeetingRecord(Meeting(), Article("a"), 0).host is None
            True
        """
        return self.meeting.host

    @property
    def kind(self) -> MeetingKind:
        """Visit, third country, sidelines, call or unspecified.

        Example:
            >>> MeetingRecord(Meeting(kind=MeetingKind.CALL), Article("a"), 0).kind.value
            'call'
        """
        return self.meeting.kind

    @property
    def status(self) -> MeetingStatus:
        """Held or announced.

        Example:
            >>> MeetingRecord(Meeting(), Article("a"), 0).status.value
            'held'
        """
        return self.meeting.status

    @property
    def topics(self) -> frozenset[Topic]:
        """What was discussed.

        Example:
            >>> MeetingRecord(Meeting(topics={Topic.CYBER}), Article("a"), 0).topics
            frozenset({<Topic.CYBER: 'cyber'>})
        """
        return self.meeting.topics

    @property
    def occasion(self) -> str | None:
        """The event the meeting was part of.

        Example:
            >>> MeetingRecord(Meeting(occasion="ADEX 2024"), Article("a"), 0).occasion
            'ADEX 2024'
        """
        return self.meeting.occasion

    @property
    def agreements(self) -> tuple[str, ...]:
        """What was signed.

        Example:
            >>> MeetingRecord(Meeting(agreements=["Plan"]), Article("a"), 0).agreements
            ('Plan',)
        """
        return self.meeting.agreements

    @property
    def source(self) -> str | None:
        """The article's URL, when known.

        Example:
            >>> MeetingRecord(Meeting(), Article("a", url="https://example.org/1"), 0).source
            'https://example.org/1'
        """
        return self.article.url

    @property
    def published(self) -> dt.date | None:
        """The article's publication date.

        Example:
            >>> MeetingRecord(Meeting(), Article("a"), 0).published is None
            True
        """
        return self.article.published


@attrs.frozen(cache_hash=True)
class Person:
    """One person across articles: an entry of the roster (:meth:`Corpus.officials`).

    Attributes:
        name: The fullest form of the name seen.
        names: Every form seen, in order of first appearance.
        country: The state the person serves, when any article says.
        ranks: Every rank seen, oldest first (the last is the most recent by date).
        posts: Every post seen, oldest first.
        first_seen: Earliest meeting or article date the person appears on.
        last_seen: Latest such date.
        meetings: The held meetings the person took part in, by date.
        officials: The per-article records merged into this person.

    Example:
        >>> Person("Zakir Hasanov", ("Zakir Hasanov", "Z.Hasanov"), None, (), (), None, None, (), ()).names[1]
        'Z.Hasanov'
    """

    name: str
    names: tuple[str, ...]
    country: Country | None
    ranks: tuple[str, ...]
    posts: tuple[str, ...]
    first_seen: dt.date | None
    last_seen: dt.date | None
    meetings: tuple[MeetingRecord, ...] = attrs.field(repr=lambda ms: f"<{len(ms)} meetings>")
    officials: tuple[Official, ...] = attrs.field(repr=lambda os: f"<{len(os)} officials>")

    def __str__(self) -> str:
        return self.name if self.country is None else f"{self.name} ({self.country.code})"


def _mode_date(dates: Iterable[dt.date]) -> dt.date | None:
    counts = Counter(dates)
    if not counts:
        return None
    return min(counts, key=lambda d: (-counts[d], d))


@attrs.frozen(cache_hash=True)
class Event:
    """One real-world meeting, merged from the reports of one or more articles.

    Attributes:
        records: The reports, oldest article first; never two of one article.
        participants: The people who took part, across every report.

    Example:
        >>> import datetime as dt
        >>> from defcoop import Article, Meeting
        >>> m = Meeting(date=dt.date(2024, 4, 25))
        >>> e = Event((MeetingRecord(m, Article("a"), 0), MeetingRecord(m, Article("b"), 0)))
        >>> e.date, len(e.sources)
        (datetime.date(2024, 4, 25), 2)
    """

    records: tuple[MeetingRecord, ...] = attrs.field(repr=lambda rs: f"<{len(rs)} reports>")
    participants: tuple[Person, ...] = attrs.field(default=(), repr=lambda ps: repr(tuple(p.name for p in ps)))

    @property
    def date(self) -> dt.date | None:
        """The date most reports give (the earliest on a tie); ``None`` when no report dates it.

        Example:
            >>> day = dt.date(2024, 4, 25)
            >>> Event((MeetingRecord(Meeting(date=day), Article("a"), 0),)).date
            datetime.date(2024, 4, 25)
        """
        if len(self.records) == 1:
            return self.records[0].date
        return _mode_date(r.date for r in self.records if r.date is not None)

    @property
    def countries(self) -> tuple[Country, ...]:
        """The countries that took part (every report agrees on them).

        Example:
            >>> m = Meeting(countries=(_countries.get("KZ"), _countries.get("AZ")))
            >>> [c.code for c in Event((MeetingRecord(m, Article("a"), 0),)).countries]
            ['AZ', 'KZ']
        """
        return self.records[0].countries

    @property
    def location(self) -> str | None:
        """The first location a report gives.

        Example:
            >>> reports = (MeetingRecord(Meeting(), Article("a"), 0), MeetingRecord(Meeting(location="Baku"), Article("b"), 0))
            >>> Event(reports).location
            'Baku'
        """  # noqa: E501
        return next((r.location for r in self.records if r.location), None)

    @property
    def host(self) -> Country | None:
        """The first host a report gives.

        Example:
            >>> Event((MeetingRecord(Meeting(host=_countries.get("AZ")), Article("a"), 0),)).host.code
            'AZ'
        """
        return next((r.host for r in self.records if r.host is not None), None)

    @property
    def kind(self) -> MeetingKind:
        """The most common specific kind among the reports (unspecified if none is specific).

        Example:
            >>> reports = (MeetingRecord(Meeting(), Article("a"), 0),
            ...            MeetingRecord(Meeting(kind=MeetingKind.VISIT), Article("b"), 0))
            >>> Event(reports).kind
            <MeetingKind.VISIT: 'visit'>
        """
        kinds = Counter(r.kind for r in self.records if r.kind is not MeetingKind.UNSPECIFIED)
        if not kinds:
            return MeetingKind.UNSPECIFIED
        return min(kinds, key=lambda k: (-kinds[k], k.value))

    @property
    def status(self) -> MeetingStatus:
        """Held or announced (every report agrees).

        Example:
            >>> Event((MeetingRecord(Meeting(), Article("a"), 0),)).status
            <MeetingStatus.HELD: 'held'>
        """
        return self.records[0].status

    @property
    def topics(self) -> frozenset[Topic]:
        """Every topic any report gives.

        Example:
            >>> reports = (MeetingRecord(Meeting(topics={Topic.EXERCISES}), Article("a"), 0),
            ...            MeetingRecord(Meeting(topics={Topic.CYBER}), Article("b"), 0))
            >>> sorted(t.value for t in Event(reports).topics)
            ['cyber', 'exercises']
        """
        return frozenset().union(*(r.topics for r in self.records))

    @property
    def agreements(self) -> tuple[str, ...]:
        """Every agreement any report names, in order of first mention.

        Example:
            >>> reports = (MeetingRecord(Meeting(agreements=("Plan for 2025",)), Article("a"), 0),
            ...            MeetingRecord(Meeting(agreements=("Plan for 2025", "Memorandum")), Article("b"), 0))
            >>> Event(reports).agreements
            ('Plan for 2025', 'Memorandum')
        """
        return tuple(dict.fromkeys(a for r in self.records for a in r.agreements))

    @property
    def sources(self) -> tuple[Article, ...]:
        """The articles that report the event.

        Example:
            >>> reports = (MeetingRecord(Meeting(), Article("a"), 0), MeetingRecord(Meeting(), Article("b"), 0))
            >>> [a.text for a in Event(reports).sources]
            ['a', 'b']
        """
        return tuple(dict.fromkeys(r.article for r in self.records))

    @property
    def key(self) -> str:
        """A stable identifier: a hash of the reports (article text and URL, meeting position).

        Example:
            >>> from defcoop import Article, Meeting
            >>> Event((MeetingRecord(Meeting(), Article("a"), 0),)).key
            'ev-...'
        """
        parts = sorted(f"{_text_id(r.article)}#{r.index}" for r in self.records)
        return "ev-" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _text_id(article: Article) -> str:
    return hashlib.sha1(f"{article.url or ''}\0{article.text}".encode()).hexdigest()


@attrs.frozen
class Dyad:
    """A dyad-year row: how often two countries met in a year.

    Attributes:
        a: The country with the smaller alpha-2 code.
        b: The other country.
        year: The year (of the meeting date, else of the article's publication date).
        meetings: Meeting reports.
        events: Merged events.

    Example:
        >>> from defcoop.countries import get
        >>> Dyad(get("AZ"), get("KZ"), 2024, meetings=3, events=2).events
        2
    """

    a: Country
    b: Country
    year: int
    meetings: int
    events: int


@attrs.frozen
class Edge:
    """An edge of :meth:`Corpus.graph` when networkx is not installed: two nodes that met at a meeting.

    Attributes:
        a: A country or a :class:`Person`.
        b: The other node, of the same type.
        record: The meeting report.

    Example:
        >>> from defcoop.countries import get
        >>> from defcoop import Article, Meeting
        >>> Edge(get("AZ"), get("KZ"), MeetingRecord(Meeting(), Article(""), 0)).a.code
        'AZ'
    """

    a: Country | Person
    b: Country | Person
    record: MeetingRecord


# --------------------------------------------------------------------------- the corpus

_Filter = Any  # the keyword filters, typed by Filters.of


class Corpus:
    """An immutable collection of articles with indexes, queries, a roster and merged events.

    Args:
        articles: The articles; exact duplicates and repeated URLs are dropped (the first one wins).

    Example:
        >>> import datetime as dt
        >>> from defcoop import Article, Meeting, Official
        >>> from defcoop.countries import get
        >>> az, kz = get("AZ"), get("KZ")
        >>> v = Official("Karim Valiyev", country=az)
        >>> a1 = Article("one", url="u1", officials=(v,),
        ...              meetings=(Meeting(date=dt.date(2024, 4, 25), countries=(az, kz), participants=(v,)),))
        >>> v2 = Official("K. Valiyev", country=az)
        >>> a2 = Article("two", url="u2", officials=(v2,),
        ...              meetings=(Meeting(date=dt.date(2024, 4, 26), countries=(az, kz), participants=(v2,)),))
        >>> corpus = Corpus([a1, a2])
        >>> len(corpus), len(corpus.meetings()), len(corpus.events())
        (2, 2, 1)
        >>> [(p.name, len(p.meetings)) for p in corpus.officials()]
        [('Karim Valiyev', 2)]
    """

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        kept: list[Article] = []
        seen: set[Article] = set()
        urls: set[str] = set()
        for a in articles:
            if not isinstance(a, Article):
                raise TypeError(f"Corpus holds Article objects, got {type(a).__name__}")
            if a in seen or (a.url is not None and a.url in urls):
                continue
            seen.add(a)
            if a.url is not None:
                urls.add(a.url)
            kept.append(a)
        self._articles = tuple(kept)
        self._article_set = frozenset(seen)

        # every meeting of every article, sorted by date (undated last), then article order, then position
        flat: list[tuple[int, int, int]] = []
        for ai, a in enumerate(kept):
            for mi, m in enumerate(a.meetings):
                flat.append((m.date.toordinal() if m.date is not None else _UNDATED, ai, mi))
        flat.sort()
        self._records = tuple(MeetingRecord(kept[ai].meetings[mi], kept[ai], mi) for _, ai, mi in flat)
        self._article_of = array("i", (ai for _, ai, _ in flat))
        # where each article's meetings landed: _position[_first[ai] + mi] is the sorted position
        self._first = array("i", [0] * (len(kept) + 1))
        for ai, a in enumerate(kept):
            self._first[ai + 1] = self._first[ai] + len(a.meetings)
        self._position = array("i", [0] * len(flat))
        for pos, (_, ai, mi) in enumerate(flat):
            self._position[self._first[ai] + mi] = pos
        ordinals = array("i", (o for o, _, _ in flat))
        n_dated = bisect.bisect_left(ordinals, _UNDATED)
        self._ordinals = ordinals[:n_dated]

        by_country: dict[str, list[int]] = defaultdict(list)
        by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_surname: dict[str, list[int]] = defaultdict(list)
        for pos, r in enumerate(self._records):
            codes = [c.code for c in r.meeting.countries]  # sorted by code
            for i, a_code in enumerate(codes):
                by_country[a_code].append(pos)
                for b_code in codes[i + 1 :]:
                    by_pair[(a_code, b_code)].append(pos)
            for s in {_names.index_key(_names.key_of(p).surname) for p in r.meeting.participants}:
                by_surname[s].append(pos)
        self._by_country = {k: array("i", v) for k, v in by_country.items()}
        self._by_pair = {k: array("i", v) for k, v in by_pair.items()}
        self._by_surname = {k: array("i", v) for k, v in by_surname.items()}
        self._roster_cache: _Roster | None = None
        self._events_cache: tuple[Event, ...] | None = None
        self._event_of = array("i")  # the event of each meeting position, once events are merged

    # ----------------------------------------------------------------------- construction

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Corpus:
        """Parse texts with :func:`defcoop.parse` and build a corpus.

        Example:
            >>> len(Corpus.from_texts(["Baku, April 25. A report.", "Astana. Another."]))
            2
        """
        from defcoop.parsing import parse

        return cls(parse(t) for t in texts)

    @classmethod
    def from_files(cls, paths: Iterable[str | os.PathLike[str]]) -> Corpus:
        """Parse files with :func:`defcoop.parse_file` and build a corpus.

        Example:
            >>> import pathlib, tempfile
            >>> d = pathlib.Path(tempfile.mkdtemp())
            >>> _ = (d / "a.txt").write_text("A report.", encoding="utf-8")
            >>> len(Corpus.from_files([d / "a.txt"]))
            1
        """
        from defcoop.parsing import parse_file

        return cls(parse_file(Path(p)) for p in paths)

    @classmethod
    def from_dir(cls, path: str | os.PathLike[str], pattern: str = "*.txt") -> Corpus:
        """Parse every file of a folder matching ``pattern`` (in name order) and build a corpus.

        Raises:
            NotADirectoryError: ``path`` is not a folder.

        Example:
            >>> import pathlib, tempfile
            >>> d = pathlib.Path(tempfile.mkdtemp())
            >>> for name in ("b.txt", "a.txt", "notes.md"):
            ...     _ = (d / name).write_text(f"Report {name}.", encoding="utf-8")
            >>> [a.text for a in Corpus.from_dir(d)]
            ['Report a.txt.', 'Report b.txt.']
        """
        folder = Path(path)
        if not folder.is_dir():
            raise NotADirectoryError(f"not a folder: {folder}")
        return cls.from_files(sorted(folder.glob(pattern)))

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str]) -> Corpus:
        """Read articles written by :func:`defcoop.write_jsonl`.

        Raises:
            DataError: A line is not a valid article.

        Example:
            >>> import pathlib, tempfile
            >>> from defcoop import write_jsonl
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
            >>> write_jsonl([Article("one"), Article("two")], p)
            2
            >>> len(Corpus.from_jsonl(p))
            2
        """
        from defcoop.serialize import read_jsonl

        return cls(read_jsonl(Path(path)))

    # ----------------------------------------------------------------------- container protocol

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in the order given (duplicates dropped).

        Example:
            >>> Corpus([Article("a"), Article("a")]).articles
            (Article(text='a', title=None, published=None, outlet=None, author=None, url=None, language='en', officials=(), meetings=()),)
        """  # noqa: E501
        return self._articles

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    def __contains__(self, item: object) -> bool:
        return item in self._article_set

    def __repr__(self) -> str:
        return f"<Corpus: {len(self._articles)} articles, {len(self._records)} meetings>"

    # ----------------------------------------------------------------------- queries

    def _positions(self, f: Filters) -> list[int]:
        arrays: list[Sequence[int]] = []
        if f.between is not None:
            arrays.append(self._by_pair.get(f.between, ()))
        if f.country is not None:
            arrays.append(self._by_country.get(f.country, ()))
        person_positions: set[int] | None = None
        if isinstance(f.official, _names.NameKey):
            arrays.append(self._by_surname.get(_names.index_key(f.official.surname), ()))
        elif isinstance(f.official, Person):
            person_positions = self._roster().positions_of(f.official)
        lo, hi = 0, len(self._records)
        if f.dated_only:
            hi = len(self._ordinals)
            if f.since is not None:
                lo = bisect.bisect_left(self._ordinals, f.since)
            if f.until is not None:
                hi = bisect.bisect_right(self._ordinals, f.until, lo, hi)
        if arrays:
            arrays.sort(key=len)
            first = arrays[0]
            i, j = bisect.bisect_left(first, lo), bisect.bisect_left(first, hi)
            cands: Iterable[int] = first[i:j]
            for other in arrays[1:]:  # sorted arrays: binary search for the few candidates of the smallest
                n = len(other)
                cands = [p for p in cands if (k := bisect.bisect_left(other, p)) < n and other[k] == p]
        else:
            cands = range(lo, hi)
        if person_positions is not None:
            cands = [p for p in cands if p in person_positions]
        records = self._records
        return [p for p in cands if f.accepts(records[p].meeting)]

    def meetings(self, **filters: _Filter) -> tuple[MeetingRecord, ...]:
        """The meeting reports that pass the filters (see the module docstring), by date, undated last.

        Args:
            **filters: The filters below.

        Keyword Args:
            between: Two countries, in either order.
            country: A country that took part.
            official: A name in any form, or a :class:`Person`.
            since: Earliest date (inclusive).
            until: Latest date (inclusive).
            kind: Meeting kind.
            topic: A topic discussed.
            status: ``"held"`` (default), ``"announced"`` or ``None`` for both.

        Raises:
            UnknownCountryError: A country filter is not a known country.
            ValueError: A filter value is not valid.
            TypeError: An unknown filter name.

        Example:
            >>> Corpus().meetings(between=("AZ", "KZ"), since="2024-01-01")
            ()
        """
        f = Filters.of(**filters)
        return tuple(self._records[p] for p in self._positions(f))

    def officials(self, *, country: Country | str | None = None) -> tuple[Person, ...]:
        """The roster: one entry per person across articles, sorted by country code then name.

        The matching rule. Names are compared through transliteration-tolerant keys (``name_latin`` when set):
        Zh/J, Kh/X/H, Y/I, W/V, -off/-ov and double letters are merged, Cyrillic is transliterated, so
        "Zhaksylykov" and "Jaksilykov" agree. Then, among mentions whose surnames share their consonants:

        1. Mentions with a full given name are one person when surname and first given name agree and their
           countries do not conflict. Looser spellings (one edit apart, such as "Zhakslykov", or Russian Г for
           Turkic H, "Gasanov" for "Hasanov") count only when both mentions give the same country.
        2. An initial ("Z. Hasanov") joins the person whose given name starts with it; a bare surname ("Col-Gen
           Hasanov") joins the person with that surname. When several people fit, the candidates are narrowed to
           the same country, then to those sharing a post or rank; if still more than one (or none) fits, the
           mention is **not** merged arbitrarily: it stays a person of its own.
        3. A person never holds two different countries; a mention without a country joins a person only when
           exactly one candidate exists.

        Example:
            >>> Corpus().officials(country="AZ")
            ()
        """
        people = self._roster().people
        if country is not None:
            code = resolve_country(country).code
            people = tuple(p for p in people if p.country is not None and p.country.code == code)
        return people

    def events(self, **filters: _Filter) -> tuple[Event, ...]:
        """Merged events with at least one report passing the filters, by date, undated last.

        Reports of one meeting are merged when they come from different articles, agree on status and countries,
        and either are dated at most :data:`MERGE_WINDOW_DAYS` apart and share a participant (or, when one names
        no participant, give the same date), or one is undated, names exactly the same people as the event, and
        was published at most :data:`MERGE_WINDOW_DAYS` days from one of its sources (and only one event fits).
        Two meetings of one article are never merged with each other.

        Example:
            >>> Corpus().events(between=("AZ", "KZ"))
            ()
        """
        f = Filters.of(**filters)
        events = self._events()
        if f == Filters(status=None):
            return events
        event_of = self._event_of
        return tuple(events[i] for i in sorted({event_of[p] for p in self._positions(f)}))

    def timeline(self, *, by: Literal["month", "year"] = "month", **filters: _Filter) -> tuple[tuple[str, int], ...]:
        """Events per month (``"2024-04"``) or year (``"2024"``), first to last, gaps filled with zeros.

        Undated events are not counted.

        Example:
            >>> Corpus().timeline(by="year", between=("AZ", "KZ"))
            ()
        """
        return _timeline(self.events(**filters), by)

    def dyads(self, **filters: _Filter) -> tuple[Dyad, ...]:
        """Dyad-year rows: for each pair of countries and year, the meeting reports and the merged events.

        The year is the meeting's, else the article's publication year; rows with neither are left out.

        Example:
            >>> Corpus().dyads()
            ()
        """
        return _dyads(self.meetings(**filters), self.events(**filters))

    def graph(self, **filters: _Filter) -> Any:
        """Who met whom: countries and people as nodes, one edge per meeting report per pair.

        With networkx installed (``pip install defcoop[graph]``) this is a ``networkx.MultiGraph`` whose nodes
        are :class:`~defcoop.models.Country` and :class:`Person` objects (attribute ``kind``: ``"country"`` or
        ``"person"``) and whose edges carry the :class:`MeetingRecord` as ``record``. Without networkx it is a
        tuple of :class:`Edge`.

        Example:
            >>> len(Corpus().graph())  # nodes of a MultiGraph, or edges of the tuple
            0
        """
        roster = self._roster()
        edges: list[Edge] = []
        for pos in self._positions(Filters.of(**filters)):
            r = self._records[pos]
            cs = r.countries
            for i, a in enumerate(cs):
                edges.extend(Edge(a, b, r) for b in cs[i + 1 :])
            people = [roster.people[i] for i in roster.record_people[pos]]
            for i, p in enumerate(people):
                edges.extend(Edge(p, q, r) for q in people[i + 1 :])
        try:
            import networkx as nx
        except ImportError:
            return tuple(edges)
        g = nx.MultiGraph()
        for e in edges:
            for node in (e.a, e.b):
                if node not in g:
                    g.add_node(node, kind="country" if isinstance(node, Country) else "person")
            g.add_edge(e.a, e.b, record=e.record)
        return g

    # ----------------------------------------------------------------------- roster and events

    def _roster(self) -> _Roster:
        if self._roster_cache is None:
            self._roster_cache = _Roster(self._articles, self._records, self._first, self._position)
        return self._roster_cache

    def _events(self) -> tuple[Event, ...]:
        if self._events_cache is None:
            roster = self._roster()
            groups = _merge(self._records, self._article_of, self._articles, roster)
            # sorted by date, then by the first report (its article's canonical order, its position): an order
            # that does not depend on the order the articles were given in
            made: list[tuple[tuple[int, tuple[int, str, str, str], int], Event, list[int]]] = []
            for members in groups:
                recs = tuple(self._records[p] for p in members)
                ids = sorted({i for p in members for i in roster.record_people[p]})
                e = Event(recs, tuple(roster.people[i] for i in ids))
                d = e.date
                first = recs[0]
                order = (d.toordinal() if d is not None else _UNDATED, _canonical(first.article), first.index)
                made.append((order, e, members))
            del groups
            made.sort(key=lambda t: t[0])
            event_of = array("i", [0] * len(self._records))
            for i, (_, _, members) in enumerate(made):
                for p in members:
                    event_of[p] = i
            self._event_of = event_of
            self._events_cache = tuple(e for _, e, _ in made)
        return self._events_cache


# --------------------------------------------------------------------------- roster


def _date_of(r: MeetingRecord) -> dt.date | None:
    return r.date if r.date is not None else r.article.published


class _Roster:
    """The people of a corpus and, for each meeting position, who took part (as indexes into ``people``)."""

    def __init__(
        self,
        articles: Sequence[Article],
        records: Sequence[MeetingRecord],
        first: Sequence[int],
        position: Sequence[int],
    ) -> None:
        mentions: list[_names.Mention] = []
        where_article = array("i")
        where_official = array("i")
        for ai, a in enumerate(articles):
            for oi, o in enumerate(a.officials):
                mentions.append(_names.Mention.of(o))
                where_article.append(ai)
                where_official.append(oi)
        owner = _names.cluster(mentions)
        del mentions
        n_people = max(owner, default=-1) + 1

        members: list[list[int]] = [[] for _ in range(n_people)]
        for m, person in enumerate(owner):
            members[person].append(m)
        people: list[Person] = []
        held: list[list[int]] = [[] for _ in range(n_people)]
        record_people: list[tuple[int, ...]] = [()] * len(records)
        base = 0
        for ai, a in enumerate(articles):
            local = {o: owner[base + oi] for oi, o in enumerate(a.officials)}
            base += len(a.officials)
            for mi, meeting in enumerate(a.meetings):
                pos = position[first[ai] + mi]
                ids = tuple(sorted({local[p] for p in meeting.participants if p in local}))
                if ids:
                    record_people[pos] = ids
                    if meeting.held:
                        for i in ids:
                            held[i].append(pos)
        for i in range(n_people):
            officials = [articles[where_article[m]].officials[where_official[m]] for m in members[i]]
            arts = [articles[where_article[m]] for m in members[i]]
            recs = tuple(records[p] for p in sorted(held[i]))
            people.append(_person(officials, arts, recs))
        del members, held

        def sort_key(i: int) -> tuple[str, str, int]:
            country = people[i].country
            return (country.code if country is not None else "~", people[i].name, i)

        order = sorted(range(n_people), key=sort_key)
        self.people = tuple(people[i] for i in order)
        rank = [0] * n_people
        for new, old in enumerate(order):
            rank[old] = new
        renumbered: dict[tuple[int, ...], tuple[int, ...]] = {}
        for pos, ids in enumerate(record_people):
            if ids:
                found = renumbered.get(ids)
                if found is None:
                    found = renumbered[ids] = tuple(sorted(rank[i] for i in ids))
                record_people[pos] = found
        self.record_people = record_people
        self._person_id: dict[Person, int] | None = None
        self._person_positions: dict[int, set[int]] = {}

    def positions_of(self, person: Person) -> set[int]:
        if self._person_id is None:
            self._person_id = {p: i for i, p in enumerate(self.people)}
        i = self._person_id.get(person)
        if i is None:
            return set()
        found = self._person_positions.get(i)
        if found is None:
            found = self._person_positions[i] = {pos for pos, ids in enumerate(self.record_people) if i in ids}
        return found


def _person(officials: list[Official], articles: list[Article], meetings: tuple[MeetingRecord, ...]) -> Person:
    # order of appearance: by the earliest date the article (or its meetings) give
    dated: list[tuple[int, int, Official]] = []
    for k, (o, a) in enumerate(zip(officials, articles, strict=True)):
        days = [m.date for m in a.meetings if m.date is not None and o in m.participants]
        d = min(days) if days else a.published
        dated.append((d.toordinal() if d else _UNDATED, k, o))
    dated.sort(key=lambda t: (t[0], t[1]))
    ordered = [o for _, _, o in dated]
    names = tuple(dict.fromkeys(o.name for o in ordered))
    latin = [o.name_latin for o in ordered if o.name_latin]
    forms = list(names) + latin

    def fullness(n: str) -> tuple[int, int, int]:
        key = _names.name_key(n)
        return (len([g for g in key.given if len(g) > 1]), len(key.given), n.isascii())

    name = max(forms, key=fullness)
    country = next((o.country for o in ordered if o.country is not None), None)
    ranks = tuple(dict.fromkeys(o.rank for o in ordered if o.rank))
    posts = tuple(dict.fromkeys(p for o in ordered for p in o.posts))
    days = [d for d in (_date_of(r) for r in meetings) if d is not None]
    days += [a.published for a in articles if a.published is not None]
    return Person(
        name=name,
        names=names,
        country=country,
        ranks=ranks,
        posts=posts,
        first_seen=min(days, default=None),
        last_seen=max(days, default=None),
        meetings=meetings,
        officials=tuple(ordered),
    )


# --------------------------------------------------------------------------- event merging


class _Ev:
    __slots__ = ("first", "members", "people")

    def __init__(self, first: int, pos: int, people: frozenset[int]) -> None:
        self.first = first
        self.members = [pos]
        self.people = people


def _merge(
    records: Sequence[MeetingRecord], article_of: Sequence[int], articles: Sequence[Article], roster: _Roster
) -> list[list[int]]:
    """Group record positions into events (the rule is in :meth:`Corpus.events`)."""
    canon = [_canonical(a) for a in articles]
    groups: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for pos, r in enumerate(records):
        groups[(r.status.value, tuple(c.code for c in r.countries))].append(pos)
    people_of = roster.record_people
    out: list[list[int]] = []
    empty: frozenset[int] = frozenset()

    def published(p: int) -> int | None:
        d = records[p].article.published
        return d.toordinal() if d is not None else None

    for key in sorted(groups):
        positions = groups.pop(key)

        def order(p: int) -> tuple[int, tuple[int, str, str, str], int]:
            d = records[p].date
            return (d.toordinal() if d else _UNDATED, canon[article_of[p]], records[p].index)

        positions.sort(key=order)
        evs: list[_Ev] = []
        start = 0
        for p in positions:
            r = records[p]
            art = article_of[p]
            people = frozenset(people_of[p]) if people_of[p] else empty
            if r.date is None:
                pub = published(p)
                fits = [
                    e
                    for e in evs
                    if people
                    and e.people == people
                    and pub is not None
                    and all(article_of[m] != art for m in e.members)
                    and any(q is not None and abs(pub - q) <= MERGE_WINDOW_DAYS for q in map(published, e.members))
                ]
                if len(fits) == 1:
                    fits[0].members.append(p)
                else:
                    evs.append(_Ev(_UNDATED, p, people))
                continue
            o = r.date.toordinal()
            while start < len(evs) and evs[start].first < o - MERGE_WINDOW_DAYS:
                out.append(evs[start].members)
                start += 1
            best: _Ev | None = None
            best_score = (-1, 0)
            for e in evs[start:]:
                if any(article_of[m] == art for m in e.members):
                    continue
                shared = len(people & e.people)
                if shared == 0 and not ((not people or not e.people) and e.first == o):
                    continue
                score = (shared, -(o - e.first))
                if score > best_score:
                    best, best_score = e, score
            if best is None:
                evs.append(_Ev(o, p, people))
            else:
                best.members.append(p)
                if not people <= best.people:
                    best.people = best.people | people
        out.extend(e.members for e in evs[start:])
    return out


def _canonical(a: Article) -> tuple[int, str, str, str]:
    return (a.published.toordinal() if a.published else 0, a.url or "", a.title or "", a.text)


# --------------------------------------------------------------------------- aggregates


def _period(d: dt.date, by: str) -> str:
    return f"{d.year:04d}" if by == "year" else f"{d.year:04d}-{d.month:02d}"


def _timeline(events: Iterable[Event], by: str) -> tuple[tuple[str, int], ...]:
    if by not in ("month", "year"):
        raise ValueError(f"by: expected 'month' or 'year', got {by!r}")
    counts = Counter(_period(d, by) for d in (e.date for e in events) if d is not None)
    if not counts:
        return ()
    first, last = min(counts), max(counts)
    out: list[tuple[str, int]] = []
    y, m = int(first[:4]), int(first[5:]) if by == "month" else 1
    while True:
        label = f"{y:04d}" if by == "year" else f"{y:04d}-{m:02d}"
        out.append((label, counts.get(label, 0)))
        if label == last:
            return tuple(out)
        if by == "year":
            y += 1
        else:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _pairs(countries: Sequence[Country]) -> Iterator[tuple[Country, Country]]:
    for i, a in enumerate(countries):
        for b in countries[i + 1 :]:
            yield (a, b)


def _dyads(records: Iterable[MeetingRecord], events: Iterable[Event]) -> tuple[Dyad, ...]:
    meetings: Counter[tuple[str, str, int]] = Counter()
    merged: Counter[tuple[str, str, int]] = Counter()
    by_code: dict[str, Country] = {}
    for r in records:
        d = _date_of(r)
        if d is None:
            continue
        for a, b in _pairs(r.countries):
            by_code[a.code], by_code[b.code] = a, b
            meetings[(a.code, b.code, d.year)] += 1
    for e in events:
        d = e.date or next((x for x in (_date_of(r) for r in e.records) if x is not None), None)
        if d is None:
            continue
        for a, b in _pairs(e.countries):
            by_code[a.code], by_code[b.code] = a, b
            merged[(a.code, b.code, d.year)] += 1
    keys = sorted(set(meetings) | set(merged))
    return tuple(Dyad(by_code[a], by_code[b], y, meetings[(a, b, y)], merged[(a, b, y)]) for a, b, y in keys)
