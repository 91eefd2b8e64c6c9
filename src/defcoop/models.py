"""The typed records defcoop produces: :class:`Article`, :class:`Official`, :class:`Meeting`, :class:`Country`.

Every model is an ``attrs`` frozen, slotted, hashable class. Collections are tuples (or a ``frozenset`` for
topics), dates are :class:`datetime.date`. Validators check invariants (ISO codes, non-empty names, spans inside
the text, meeting participants among the article's officials); converters only normalise (sort, dedupe,
strip). Models never parse text themselves: that is :mod:`defcoop.parsing`'s job. Serialisation lives in
:mod:`defcoop.serialize`.

Models pickle compactly, as their field values, so that :func:`defcoop.parse_many`'s workers (and Dask) can
send articles back quickly. A country that is in the registry comes back as the registry's own object. A
pickle is for passing records between processes running the same defcoop version. To keep records, use
:func:`defcoop.dumps`, JSON Lines or a store.

Example:
    >>> from defcoop.models import Official, Span
    >>> from defcoop.countries import get
    >>> o = Official("Karim Valiyev", country=get("AZ"), rank="Colonel General",
    ...              posts=("Chief of the General Staff",), spans=(Span(10, 23),))
    >>> o.country.name, o.rank
    ('Azerbaijan', 'Colonel General')
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
import re
from collections.abc import Callable, Iterable
from typing import Any, SupportsIndex, TypeVar

import attrs

__all__ = [
    "Article",
    "Country",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Official",
    "Span",
    "Topic",
]

_DATE = dt.date
_ALPHA2 = re.compile(r"[A-Z]{2}\Z")
_ALPHA3 = re.compile(r"[A-Z]{3}\Z")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


# --------------------------------------------------------------------------- helpers (validators/converters)


def _non_empty_str(_inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be a non-empty string, got {value!r}")


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    """Normalise a sequence of strings: strip, drop empties and exact duplicates, keep order."""
    if type(values) is tuple and len(values) < 2:  # the common cases: none, or one string that is already clean
        if not values:
            return values
        (v,) = values
        if type(v) is str and v and v.strip() is v:
            return values
    if isinstance(values, str):
        raise TypeError("expected a sequence of strings, got a single string")
    seen: dict[str, None] = {}
    for v in values:
        v = _strip(v)
        if v:
            seen.setdefault(v, None)
    return tuple(seen)


def _strip(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value.strip()


def _strip_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = _strip(value)
    return value or None


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    """Sort spans and drop duplicates (the first of equal spans is kept)."""
    if type(values) is not tuple:
        values = tuple(values)
    last_start = last_end = -1
    for v in values:  # the common case: spans already in strictly increasing order, which stay as they are
        if type(v) is not Span:
            break
        start = v.start
        if start < last_start or (start == last_start and v.end <= last_end):
            break
        last_start, last_end = start, v.end
    else:
        return values
    if all(type(v) is Span for v in values):  # otherwise, spans only: deduplicated and sorted on plain tuples
        first: dict[tuple[int, int], Span] = {}
        for v in values:
            first.setdefault((v.start, v.end), v)
        return tuple(first[key] for key in sorted(first))
    return tuple(sorted(set(values)))


def _officials(values: Iterable[Official]) -> tuple[Official, ...]:
    return tuple(values)


def _meetings(values: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return tuple(values)


def _topics(values: Iterable[Topic]) -> frozenset[Topic]:
    return frozenset(values)


def _countries(values: Iterable[Country]) -> tuple[Country, ...]:
    """Sort countries by code and drop duplicates (countries are equal when their codes are; the first is kept)."""
    values = tuple(values)
    for c in values:
        if not isinstance(c, Country):
            raise TypeError(f"countries must hold Country objects, got {c!r}")
    if len(values) < 2:
        return values
    if len(values) == 2:  # the common case, without hashing
        a, b = values
        return (a,) if a.code == b.code else values if a.code < b.code else (b, a)
    return tuple(sorted(set(values), key=_country_code))


_country_code = operator.attrgetter("code")


def _optional_country(inst: object, attribute: attrs.Attribute[Any], value: Country | None) -> None:
    """``attrs.validators.optional(attrs.validators.instance_of(Country))``, with its message, tested inline first."""
    if value is not None and not isinstance(value, Country):
        _COUNTRY_OR_NONE(inst, attribute, value)


# --------------------------------------------------------------------------- Span


@attrs.frozen(order=True, init=False)
class Span:
    """Character offsets ``[start, end)`` into an article's text: where a value was read from.

    Example:
        >>> text = "Colonel General Karim Valiyev met ..."
        >>> span = Span(16, 29)
        >>> span.of(text)
        'Karim Valiyev'
        >>> len(span)
        13
    """

    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    end: int = attrs.field(validator=attrs.validators.instance_of(int))

    def __init__(self, start: int, end: int) -> None:
        # written by hand: spans are made by the thousand, and the common case needs two cheap checks only; the
        # slots are set through their descriptors (the frozen class refuses assignment), without a name lookup
        _set_span_start(self, start)
        _set_span_end(self, end)
        if type(start) is not int or type(end) is not int:
            attrs.validate(self)  # the fields' validators, with their messages
        if start < 0 or end < start:
            raise ValueError(f"invalid span [{start}, {end}): need 0 <= start <= end")

    def __len__(self) -> int:
        return self.end - self.start

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        if type(self) is not Span:  # a subclass pickles the default way
            return object.__reduce_ex__(self, protocol)
        return _span, (self.start, self.end)

    def of(self, text: str) -> str:
        """Return the piece of ``text`` this span covers.

        Example:
            >>> Span(0, 4).of("Baku, Azerbaijan")
            'Baku'
        """
        return text[self.start : self.end]


_set_span_start: Callable[[Span, int], None] = Span.__dict__["start"].__set__
_set_span_end: Callable[[Span, int], None] = Span.__dict__["end"].__set__


# --------------------------------------------------------------------------- Country


@attrs.frozen(eq=False)
class Country:
    """A state, by its ISO 3166-1 codes. Two countries are equal when their alpha-2 codes are.

    Build one with :func:`defcoop.countries.get` or :func:`defcoop.countries.lookup` rather than by hand.

    Attributes:
        code: ISO 3166-1 alpha-2 code, e.g. ``"AZ"``.
        alpha3: ISO 3166-1 alpha-3 code, e.g. ``"AZE"``.
        name: Common English short name, e.g. ``"Azerbaijan"``.

    Example:
        >>> Country("AZ", "AZE", "Azerbaijan") == Country("AZ", "AZE", "Republic of Azerbaijan")
        True
        >>> str(Country("KZ", "KAZ", "Kazakhstan"))
        'Kazakhstan'
    """

    code: str = attrs.field()
    alpha3: str = attrs.field()
    name: str = attrs.field(validator=_non_empty_str)

    @code.validator
    def _check_code(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _ALPHA2.match(value):
            raise ValueError(f"code must be an ISO 3166-1 alpha-2 code such as 'AZ', got {value!r}")

    @alpha3.validator
    def _check_alpha3(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _ALPHA3.match(value):
            raise ValueError(f"alpha3 must be an ISO 3166-1 alpha-3 code such as 'AZE', got {value!r}")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Country):
            return self.code == other.code
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.code)

    def __lt__(self, other: Country) -> bool:
        return self.code < other.code

    def __str__(self) -> str:
        return self.name

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        if type(self) is not Country:
            return object.__reduce_ex__(self, protocol)
        return _country, (self.code, self.alpha3, self.name)


_COUNTRY_OR_NONE = attrs.validators.optional(attrs.validators.instance_of(Country))


# --------------------------------------------------------------------------- enums


class MeetingKind(enum.Enum):
    """How the officials met, after PLOVER's CONSULT modes.

    Example:
        >>> MeetingKind("call")
        <MeetingKind.CALL: 'call'>
    """

    VISIT = "visit"
    """One side travelled to the other's country (CAMEO 042/043)."""
    THIRD_COUNTRY = "third_country"
    """Both sides met in a third country, e.g. at a defence exhibition abroad (CAMEO 044)."""
    SIDELINES = "sidelines"
    """On the sidelines of a multilateral event (a summit, a ministerial, CIS/SCO/CSTO sessions)."""
    CALL = "call"
    """A telephone or video call (CAMEO 041)."""
    UNSPECIFIED = "unspecified"
    """A meeting whose setting the text does not make clear (CAMEO 040)."""


class MeetingStatus(enum.Enum):
    """Whether a meeting happened or is only announced. A planned meeting has not happened.

    Example:
        >>> MeetingStatus.HELD.value
        'held'
    """

    HELD = "held"
    """The article reports the meeting as having taken place (including recalled earlier meetings)."""
    ANNOUNCED = "announced"
    """Planned, scheduled or expected: not (yet) a meeting."""


class Topic(enum.Enum):
    """A controlled list of what defence meetings discuss; see the data model guide for the cues of each.

    Example:
        >>> Topic("defence_industry").name
        'DEFENCE_INDUSTRY'
    """

    MILITARY_COOPERATION = "military_cooperation"
    """Bilateral military cooperation in general, cooperation plans."""
    MILITARY_TECHNICAL = "military_technical"
    """Military-technical cooperation: equipment, maintenance, technology transfer."""
    DEFENCE_INDUSTRY = "defence_industry"
    """Defence industry, joint production, the military-industrial complex."""
    ARMS_TRADE = "arms_trade"
    """Arms sales, procurement, contracts, defence exhibitions (ADEX, IDEF, IDEAS...)."""
    MILITARY_EDUCATION = "military_education"
    """Military education and training of personnel, academies, cadets."""
    EXERCISES = "exercises"
    """Joint exercises and drills."""
    INTELLIGENCE = "intelligence"
    """Intelligence sharing and cooperation."""
    PEACEKEEPING = "peacekeeping"
    """Peacekeeping missions and operations."""
    BORDER_SECURITY = "border_security"
    """Border security and border troops."""
    COUNTER_TERRORISM = "counter_terrorism"
    """Counter-terrorism and countering extremism."""
    CONFLICT = "conflict"
    """Armed conflicts and territorial issues (occupation, Karabakh, ceasefires)."""
    REGIONAL_SECURITY = "regional_security"
    """Regional and international security situation."""
    MARITIME_SECURITY = "maritime_security"
    """Naval cooperation and maritime security."""
    CYBER = "cyber"
    """Cyber security and cyber defence."""
    MEDICAL = "medical"
    """Military medicine."""


# --------------------------------------------------------------------------- Official


@attrs.frozen(init=False)
class Official:
    """A named person holding (or who held) a government, military, diplomatic or parliamentary post.

    Attributes:
        name: Fullest form of the name in the article, without rank or title ("Karim Valiyev").
        country: The state the person serves, or ``None`` when the text does not say.
        rank: Military rank in full English words ("Colonel General"), or ``None``.
        posts: Positions as the text phrases them, without the country qualifier.
        spans: Every mention of the person in the article text.
        name_latin: A Latin transliteration when ``name`` is in another script, else ``None``.

    Example:
        >>> Official("Zakir Hasanov", rank="Colonel General", posts=["Minister of Defense", ""]).posts
        ('Minister of Defense',)
    """

    name: str = attrs.field(converter=_strip, validator=_non_empty_str)
    country: Country | None = attrs.field(default=None, validator=_optional_country)
    rank: str | None = attrs.field(default=None, converter=_strip_or_none)
    posts: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    name_latin: str | None = attrs.field(default=None, converter=_strip_or_none)

    def __init__(
        self,
        name: str,
        country: Country | None = None,
        rank: str | None = None,
        posts: Iterable[str] = (),
        spans: Iterable[Span] = (),
        name_latin: str | None = None,
    ) -> None:
        # written by hand: officials are built and evolved a dozen times per article. The fields' converters run in
        # field order as attrs runs them (plain strings are stripped inline), the slots are set through their
        # descriptors, and the fields' validators run only when a value would fail them
        name = name.strip() if type(name) is str else _strip(name)
        _set_official_name(self, name)
        _set_official_country(self, country)
        _set_official_rank(self, None if rank is None else (rank.strip() or None) if type(rank) is str
                           else _strip_or_none(rank))
        _set_official_posts(self, _strings(posts))
        _set_official_spans(self, _spans(spans))
        _set_official_name_latin(self, None if name_latin is None else _strip_or_none(name_latin))
        if not name or (country is not None and type(country) is not Country):
            attrs.validate(self)  # the fields' validators in order, unless validators are disabled

    def __str__(self) -> str:
        parts = [p for p in (self.rank, self.name) if p]
        text = " ".join(parts)
        if self.country is not None:
            text += f" ({self.country.code})"
        return text

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        return _reduce_model(self, protocol)


_set_official_name: Callable[[Official, str], None] = Official.__dict__["name"].__set__
_set_official_country: Callable[[Official, Country | None], None] = Official.__dict__["country"].__set__
_set_official_rank: Callable[[Official, str | None], None] = Official.__dict__["rank"].__set__
_set_official_posts: Callable[[Official, tuple[str, ...]], None] = Official.__dict__["posts"].__set__
_set_official_spans: Callable[[Official, tuple[Span, ...]], None] = Official.__dict__["spans"].__set__
_set_official_name_latin: Callable[[Official, str | None], None] = Official.__dict__["name_latin"].__set__


# --------------------------------------------------------------------------- Meeting


@attrs.frozen(init=False)
class Meeting:
    """One encounter between officials or delegations of two or more states (or a state and an organisation).

    Attributes:
        date: The day it took place, when the text fixes it; ``None`` otherwise.
        location: The city where it took place, or ``None``.
        countries: The states whose officials or delegations took part, sorted by code.
        participants: The named officials who took part (each one of the article's officials).
        host: The receiving state, when one side hosted the other.
        kind: Visit, third country, sidelines, call or unspecified.
        status: Held, or only announced.
        topics: What was discussed, from the controlled :class:`Topic` list.
        occasion: The event it was part of ("CIS Committee of Chiefs of Staff", "ADEX 2024").
        agreements: What was signed, as the text names it.
        spans: The sentences the meeting was read from.

    Example:
        >>> from defcoop.countries import get
        >>> m = Meeting(countries=[get("KZ"), get("AZ"), get("AZ")], kind=MeetingKind.VISIT)
        >>> [c.code for c in m.countries]
        ['AZ', 'KZ']
    """

    date: dt.date | None = attrs.field(default=None)
    location: str | None = attrs.field(default=None, converter=_strip_or_none)
    countries: tuple[Country, ...] = attrs.field(default=(), converter=_countries)
    participants: tuple[Official, ...] = attrs.field(default=(), converter=_officials)
    host: Country | None = attrs.field(default=None, validator=_optional_country)
    kind: MeetingKind = attrs.field(
        default=MeetingKind.UNSPECIFIED, validator=attrs.validators.instance_of(MeetingKind)
    )
    status: MeetingStatus = attrs.field(
        default=MeetingStatus.HELD, validator=attrs.validators.instance_of(MeetingStatus)
    )
    topics: frozenset[Topic] = attrs.field(default=frozenset(), converter=_topics)
    occasion: str | None = attrs.field(default=None, converter=_strip_or_none)
    agreements: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    def __init__(
        self,
        date: dt.date | None = None,
        location: str | None = None,
        countries: Iterable[Country] = (),
        participants: Iterable[Official] = (),
        host: Country | None = None,
        kind: MeetingKind = MeetingKind.UNSPECIFIED,
        status: MeetingStatus = MeetingStatus.HELD,
        topics: Iterable[Topic] = frozenset(),
        occasion: str | None = None,
        agreements: Iterable[str] = (),
        spans: Iterable[Span] = (),
    ) -> None:
        # written by hand, as Official's: the converters in field order, the validators only on a value that would
        # fail them (the converter of ``countries`` already rejects what its validator would)
        _set_meeting_date(self, date)
        _set_meeting_location(self, None if location is None else _strip_or_none(location))
        _set_meeting_countries(self, _countries(countries))
        if type(participants) is not tuple:
            participants = tuple(participants)
        _set_meeting_participants(self, participants)
        _set_meeting_host(self, host)
        _set_meeting_kind(self, kind)
        _set_meeting_status(self, status)
        topics = frozenset(topics)
        _set_meeting_topics(self, topics)
        _set_meeting_occasion(self, None if occasion is None else _strip_or_none(occasion))
        _set_meeting_agreements(self, _strings(agreements))
        _set_meeting_spans(self, _spans(spans))
        valid = (
            (date is None or type(date) is _DATE)
            and (host is None or type(host) is Country)
            and type(kind) is MeetingKind
            and type(status) is MeetingStatus
        )
        for p in participants:
            if type(p) is not Official:
                valid = False
        for t in topics:
            if type(t) is not Topic:
                valid = False
        if not valid:
            attrs.validate(self)  # the fields' validators in order, unless validators are disabled

    @date.validator
    def _check_date(self, _attribute: attrs.Attribute[dt.date | None], value: dt.date | None) -> None:
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise TypeError(f"date must be a datetime.date or None, got {value!r}")

    @countries.validator
    def _check_countries(self, _attribute: attrs.Attribute[tuple[Country, ...]], value: tuple[Country, ...]) -> None:
        for c in value:
            if not isinstance(c, Country):
                raise TypeError(f"countries must hold Country objects, got {c!r}")

    @participants.validator
    def _check_participants(
        self, _attribute: attrs.Attribute[tuple[Official, ...]], value: tuple[Official, ...]
    ) -> None:
        for p in value:
            if not isinstance(p, Official):
                raise TypeError(f"participants must hold Official objects, got {p!r}")

    @topics.validator
    def _check_topics(self, _attribute: attrs.Attribute[frozenset[Topic]], value: frozenset[Topic]) -> None:
        for t in value:
            if not isinstance(t, Topic):
                raise TypeError(f"topics must hold Topic members, got {t!r}")

    @property
    def held(self) -> bool:
        """True when the meeting is reported as having happened.

        Example:
            >>> Meeting(status=MeetingStatus.ANNOUNCED).held
            False
        """
        return self.status is MeetingStatus.HELD

    @property
    def bilateral(self) -> bool:
        """True when exactly two states took part.

        Example:
            >>> from defcoop.countries import get
            >>> Meeting(countries=(get("AZ"), get("KZ"))).bilateral
            True
        """
        return len(self.countries) == 2

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        return _reduce_model(self, protocol)


_set_meeting_date: Callable[[Meeting, dt.date | None], None] = Meeting.__dict__["date"].__set__
_set_meeting_location: Callable[[Meeting, str | None], None] = Meeting.__dict__["location"].__set__
_set_meeting_countries: Callable[[Meeting, tuple[Country, ...]], None] = Meeting.__dict__["countries"].__set__
_set_meeting_participants: Callable[[Meeting, tuple[Official, ...]], None] = Meeting.__dict__["participants"].__set__
_set_meeting_host: Callable[[Meeting, Country | None], None] = Meeting.__dict__["host"].__set__
_set_meeting_kind: Callable[[Meeting, MeetingKind], None] = Meeting.__dict__["kind"].__set__
_set_meeting_status: Callable[[Meeting, MeetingStatus], None] = Meeting.__dict__["status"].__set__
_set_meeting_topics: Callable[[Meeting, frozenset[Topic]], None] = Meeting.__dict__["topics"].__set__
_set_meeting_occasion: Callable[[Meeting, str | None], None] = Meeting.__dict__["occasion"].__set__
_set_meeting_agreements: Callable[[Meeting, tuple[str, ...]], None] = Meeting.__dict__["agreements"].__set__
_set_meeting_spans: Callable[[Meeting, tuple[Span, ...]], None] = Meeting.__dict__["spans"].__set__


# --------------------------------------------------------------------------- Article


def _all_spans(article: Article, officials: set[int]) -> Iterable[Span]:
    """Every span of the article's officials and meetings, in that order.

    A participant that is one of the officials (its ``id`` in ``officials``: the same object, as
    :func:`defcoop.parse` builds them) is not gone over twice.
    """
    for o in article.officials:
        yield from o.spans
    for m in article.meetings:
        yield from m.spans
        for p in m.participants:
            if id(p) not in officials:
                yield from p.spans


@attrs.frozen(init=False)
class Article:
    """One news article and everything extracted from it.

    Attributes:
        text: The input text, unchanged; every span indexes it.
        title: The headline, when the text has one.
        published: Publication date stated in the text (never the clock).
        outlet: The news outlet ("News.Az", "Trend", "Azernews").
        author: The byline's author (a journalist, never an official).
        url: Where the article came from, when known.
        language: ISO 639-1 language code ("en", "ru").
        officials: Every named official, one per person.
        meetings: Every encounter the article reports (held or announced).

    Example:
        >>> a = Article("Text.", title="Headline")
        >>> a.title, a.officials, a.language
        ('Headline', (), 'en')
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str | None = attrs.field(default=None, converter=_strip_or_none)
    published: dt.date | None = attrs.field(default=None)
    outlet: str | None = attrs.field(default=None, converter=_strip_or_none)
    author: str | None = attrs.field(default=None, converter=_strip_or_none)
    url: str | None = attrs.field(default=None, converter=_strip_or_none)
    language: str = attrs.field(default="en")
    officials: tuple[Official, ...] = attrs.field(default=(), converter=_officials)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_meetings)

    def __init__(
        self,
        text: str,
        title: str | None = None,
        published: dt.date | None = None,
        outlet: str | None = None,
        author: str | None = None,
        url: str | None = None,
        language: str = "en",
        officials: Iterable[Official] = (),
        meetings: Iterable[Meeting] = (),
    ) -> None:
        # written by hand, as Official's: the converters in field order, the validators only on a value that would
        # fail them, then the checks across fields
        _set_article_text(self, text)
        _set_article_title(self, None if title is None else _strip_or_none(title))
        _set_article_published(self, published)
        _set_article_outlet(self, None if outlet is None else _strip_or_none(outlet))
        _set_article_author(self, None if author is None else _strip_or_none(author))
        _set_article_url(self, None if url is None else _strip_or_none(url))
        _set_article_language(self, language)
        _set_article_officials(self, officials if type(officials) is tuple else tuple(officials))
        _set_article_meetings(self, meetings if type(meetings) is tuple else tuple(meetings))
        if (
            type(text) is not str
            or (published is not None and type(published) is not _DATE)
            or type(language) is not str
            or (language != "en" and language != "ru")  # other codes are left to the validator's pattern
        ):
            attrs.validate(self)  # the fields' validators in order, unless validators are disabled
        self.__attrs_post_init__()

    @published.validator
    def _check_published(self, _attribute: attrs.Attribute[dt.date | None], value: dt.date | None) -> None:
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise TypeError(f"published must be a datetime.date or None, got {value!r}")

    @language.validator
    def _check_language(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _LANGUAGE_CODE.fullmatch(value):
            raise ValueError(f"language must be an ISO 639-1 code such as 'en', got {value!r}")

    def __attrs_post_init__(self) -> None:
        if self._plainly_consistent():
            return
        n = len(self.text)
        for o in self.officials:
            if not isinstance(o, Official):
                raise TypeError(f"officials must hold Official objects, got {o!r}")
        for m in self.meetings:
            if not isinstance(m, Meeting):
                raise TypeError(f"meetings must hold Meeting objects, got {m!r}")
        same = {id(o) for o in self.officials}  # the common case: participants are the officials themselves
        for span in _all_spans(self, same):
            if span.end > n:
                raise ValueError(f"span [{span.start}, {span.end}) is outside the text ({n} characters)")
        if all(id(p) in same for m in self.meetings for p in m.participants):
            return
        known = set(self.officials)  # otherwise, an equal official will do
        for i, m in enumerate(self.meetings):
            for p in m.participants:
                if p not in known:
                    raise ValueError(f"meetings[{i}]: participant {p.name!r} is not among the article's officials")

    def _plainly_consistent(self) -> bool:
        """Whether the article is plainly consistent, with no need of the full checks.

        True in the common case: officials and meetings of the exact model types, every span inside the text, and
        every participant one of the officials (the same object). False means the full checks must run (they raise
        on an inconsistency, with its message).
        """
        n = len(self.text)
        same: set[int] = set()
        for o in self.officials:
            if type(o) is not Official:
                return False
            for span in o.spans:
                if span.end > n:
                    return False
            same.add(id(o))
        for m in self.meetings:
            if type(m) is not Meeting:
                return False
            for span in m.spans:
                if span.end > n:
                    return False
            for p in m.participants:
                if id(p) not in same:
                    return False
        return True

    def quote(self, span: Span) -> str:
        """Return the text a span points at: the evidence for a value.

        Example:
            >>> Article("Baku, May 12").quote(Span(0, 4))
            'Baku'
        """
        return span.of(self.text)

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        return _reduce_model(self, protocol)

    def evidence(self, item: Official | Meeting) -> tuple[str, ...]:
        """Return the quoted text of every span of an official or meeting of this article.

        Example:
            >>> a = Article("Zakir Hasanov met ...", officials=[Official("Zakir Hasanov", spans=[Span(0, 13)])])
            >>> a.evidence(a.officials[0])
            ('Zakir Hasanov',)
        """
        return tuple(self.quote(s) for s in item.spans)

    @property
    def held_meetings(self) -> tuple[Meeting, ...]:
        """The meetings reported as having happened (announced ones left out).

        Example:
            >>> Article("").held_meetings
            ()
        """
        return tuple(m for m in self.meetings if m.held)

    @property
    def participants(self) -> tuple[Official, ...]:
        """Officials who took part in at least one held meeting, in article order.

        Example:
            >>> Article("").participants
            ()
        """
        seen = {p for m in self.held_meetings for p in m.participants}
        return tuple(o for o in self.officials if o in seen)


_set_article_text: Callable[[Article, str], None] = Article.__dict__["text"].__set__
_set_article_title: Callable[[Article, str | None], None] = Article.__dict__["title"].__set__
_set_article_published: Callable[[Article, dt.date | None], None] = Article.__dict__["published"].__set__
_set_article_outlet: Callable[[Article, str | None], None] = Article.__dict__["outlet"].__set__
_set_article_author: Callable[[Article, str | None], None] = Article.__dict__["author"].__set__
_set_article_url: Callable[[Article, str | None], None] = Article.__dict__["url"].__set__
_set_article_language: Callable[[Article, str], None] = Article.__dict__["language"].__set__
_set_article_officials: Callable[[Article, tuple[Official, ...]], None] = Article.__dict__["officials"].__set__
_set_article_meetings: Callable[[Article, tuple[Meeting, ...]], None] = Article.__dict__["meetings"].__set__


_Model = TypeVar("_Model", Official, Meeting, Article)
_FIELD_VALUES: dict[type[Any], Callable[[Any], tuple[Any, ...]]] = {
    cls: operator.attrgetter(*(a.name for a in attrs.fields(cls))) for cls in (Official, Meeting, Article)
}
_FIELD_POSITIONS: dict[type[Any], dict[str, int]] = {
    cls: {a.name: i for i, a in enumerate(attrs.fields(cls))} for cls in (Official, Meeting, Article)
}


def _evolve(inst: _Model, **changes: Any) -> _Model:
    """``attrs.evolve(inst, **changes)`` for the pipeline's officials, meetings and articles, about a third faster.

    The same result: the constructor runs on every field, the unchanged ones read in one call and passed by
    position. Anything else (another class, an unknown field) goes to :func:`attrs.evolve` itself.

    Example:
        >>> _evolve(Official("Zakir Hasanov"), rank="General").rank
        'General'
    """
    cls = type(inst)
    positions = _FIELD_POSITIONS.get(cls)
    if positions is None or not changes.keys() <= positions.keys():
        return attrs.evolve(inst, **changes)
    values = list(_FIELD_VALUES[cls](inst))
    for name, value in changes.items():
        values[positions[name]] = value
    return cls(*values)


# --------------------------------------------------------------------------- pickling
#
# (see the module docstring) The default pickling of an attrs slotted class goes through a Python-level
# __getstate__ and __setstate__ with a dict per object. These models pickle as their field values in field order
# instead, and come back without running __init__ again, since the values were valid when pickled. A round trip
# takes about a third less time. Subclasses pickle the default way.

_object_new = object.__new__


def _span(start: int, end: int) -> Span:
    """A :class:`Span` from its pickle."""
    span = _object_new(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


def _country(code: str, alpha3: str, name: str) -> Country:
    """A :class:`Country` from its pickle: the registry's object when it has the same three values."""
    from defcoop.countries import _BY_CODE  # countries imports this module

    known = _BY_CODE.get(code)
    if known is not None and known.alpha3 == alpha3 and known.name == name:
        return known
    return Country(code, alpha3, name)


_FIELD_SETTERS: dict[type[Any], tuple[Callable[[Any, Any], None], ...]] = {
    cls: tuple(cls.__dict__[a.name].__set__ for a in attrs.fields(cls)) for cls in (Official, Meeting, Article)
}


def _model(cls: type[_Model], values: tuple[Any, ...]) -> _Model:
    """An :class:`Official`, :class:`Meeting` or :class:`Article` from its pickle: ``values`` in field order."""
    obj = _object_new(cls)
    for set_field, value in zip(_FIELD_SETTERS[cls], values, strict=True):
        set_field(obj, value)
    return obj


def _reduce_model(obj: Official | Meeting | Article, protocol: SupportsIndex) -> str | tuple[Any, ...]:
    values = _FIELD_VALUES.get(type(obj))
    if values is None:  # a subclass
        return object.__reduce_ex__(obj, protocol)
    return _model, (type(obj), values(obj))
