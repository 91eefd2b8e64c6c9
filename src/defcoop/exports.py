"""Exports for the tools analysts use: CSV tables, pandas DataFrames, PLOVER-style JSONL and CAMEO event rows.

The lossless format is JSON Lines of whole articles: use :func:`defcoop.write_jsonl` (a
:class:`~defcoop.corpus.Corpus` iterates over its articles, so ``defcoop.write_jsonl(corpus, "out.jsonl")``
works). Everything in this module is a *view*: flat tables and event records that drop the text spans.

Every function takes a **source**: a :class:`~defcoop.corpus.Corpus` or :class:`~defcoop.store.Store` (every
meeting, held and announced: the ``status`` column tells them apart), one :class:`~defcoop.models.Article`, or
an iterable of articles, of meeting records (``corpus.meetings(...)``, already filtered), of merged events
(``corpus.events(...)``) or, for the ``officials`` table, of roster persons (``corpus.officials(...)``).

## Tables

:func:`rows` returns a table as a list of dicts with JSON-ready values (lists for multi-valued cells, ISO strings
for dates, ``None`` for unknown). :func:`write_csv` writes the same table as CSV, multi-valued cells joined with
``"; "`` and unknown values left empty. :func:`to_dataframe` returns it as a pandas DataFrame (the ``pandas``
extra: ``pip install 'defcoop[pandas]'``) with date columns as ``datetime64`` and multi-valued cells as lists.
The column names are stable (:data:`COLUMNS`): new columns may be added at the end; existing ones keep their
names and meanings.

- ``meetings``, one row per meeting report: ``meeting_id`` (stable, see :func:`meeting_id`), ``date``,
  ``location`` (city), ``countries`` (alpha-2 codes), ``host`` (alpha-2 code of the receiving state), ``kind``
  (a :class:`~defcoop.models.MeetingKind` value), ``status`` (``held``/``announced``), ``topics``
  (:class:`~defcoop.models.Topic` values), ``occasion``, ``agreements`` (what was signed), ``participants``
  (``"Rank Name (CC)"``), ``source_url``, ``published`` (the article's date), ``article_title``, ``outlet``.
- ``participants``, one row per official at a meeting report: ``meeting_id``, ``date``, ``location``, ``kind``,
  ``status``, ``name``, ``country`` (alpha-2), ``rank``, ``posts``, ``source_url``.
- ``officials``, one row per person of the roster: ``name`` (fullest form), ``names`` (every form seen),
  ``country``, ``ranks`` (every rank seen, oldest first), ``posts``, ``first_seen``, ``last_seen``, ``meetings``
  (the number of meeting reports attended), ``meeting_ids``.
- ``events``, one row per merged real-world meeting: ``event_id`` (stable key), ``date``, ``location``,
  ``countries``, ``kind``, ``status``, ``topics``, ``agreements``, ``participants`` (names), ``sources`` (the
  number of articles merged), ``source_urls``, ``meeting_ids``.
- ``cameo``, one row per directed CAMEO event (:func:`cameo_events`): ``event_id``, ``meeting_id``, ``date``,
  ``source``, ``target``, ``code``, ``label``, ``root_code``, ``quad_class``, ``goldstein``, ``location``,
  ``source_url``.

The ``officials`` and ``events`` tables need the query side (a Corpus, a Store, or articles, which are put in a
Corpus), or roster persons / merged events.

## CAMEO crosswalk

:func:`cameo_events` turns every meeting report into directed country-to-country rows with CAMEO codes.
``source`` and ``target`` are ISO 3166-1 alpha-3 codes, as CAMEO actor codes use. For every pair of countries at
the meeting (all pairs of a multilateral meeting) there is one row per direction:

| defcoop meeting | CAMEO code | direction | quad class | Goldstein |
| --- | --- | --- | --- | --- |
| ``call`` | 041 Discuss by telephone | both ways | 1 | 1.0 |
| not a call, host known and one of the pair | 042 Make a visit | visitor → host | 1 | 1.9 |
| not a call, host known and one of the pair | 043 Host a visit | host → visitor | 1 | 2.8 |
| not a call, host known, not one of the pair (two guests) | 044 Meet at third location | both ways | 1 | 2.5 |
| ``third_country`` or ``sidelines``, no known host | 044 Meet at third location | both ways | 1 | 2.5 |
| ``visit`` or ``unspecified``, no known host | 040 Consult | both ways | 1 | 1.0 |
| held, with agreements signed (extra rows) | 057 Sign formal agreement | both ways | 1 | 8.0 |
| ``announced`` (with ``include_announced=True``) | 036 Express intent to meet or negotiate | both ways | 1 | 4.0 |

A meeting with fewer than two known countries gives no CAMEO row (CAMEO events are dyadic).

## PLOVER mapping

:func:`plover_events` gives one PLOVER ``CONSULT`` event per held meeting report (announced meetings only with
``include_announced=True``, marked ``"status": "announced"``), with PLOVER's CONSULT modes:

| MeetingKind | PLOVER ``mode`` |
| --- | --- |
| ``visit`` | ``visit`` |
| ``third_country`` | ``third-party`` |
| ``sidelines`` | ``multilateral`` |
| ``call`` | ``phone`` |
| ``unspecified`` | ``null`` (no mode) |

Keys of each record: ``id`` (the :func:`meeting_id`), ``event`` (``"CONSULT"``), ``mode``, ``context`` (always
``"military"``, plus ``"pko"``, ``"terrorism"`` or ``"cyber"`` when peacekeeping, counter-terrorism or cyber
topics were discussed), ``date`` (ISO or ``null``), ``date_resolution`` (``"day"`` or ``null``), ``status``,
``actors`` (one per country: ``country`` alpha-3, ``country_name``, ``role`` ``"host"``/``"visitor"``/``null``,
``officials`` with ``name``, ``rank``, ``posts``; participants of no listed country form a last actor with
``country`` ``null``), ``location`` (``name``; ``country`` alpha-3: the host, else the country whose capital
the place is, else ``null``), ``topics``, ``occasion``, ``agreements``, ``sources`` (``url``, ``title``,
``outlet``, ``published``).

Example:
    >>> import datetime as dt
    >>> from defcoop import Article, Meeting, MeetingKind, Official
    >>> from defcoop.countries import get
    >>> az, kz = get("AZ"), get("KZ")
    >>> hasanov = Official("Zakir Hasanov", country=az, rank="Colonel General")
    >>> guest = Official("Sultan Kamaletdinov", country=kz)
    >>> m = Meeting(dt.date(2024, 4, 25), "Baku", (az, kz), (hasanov, guest), host=az, kind=MeetingKind.VISIT)
    >>> article = Article("...", officials=(hasanov, guest), meetings=(m,))
    >>> [(r["source"], r["target"], r["code"]) for r in cameo_events(article)]
    [('KAZ', 'AZE', '042'), ('AZE', 'KAZ', '043')]
    >>> rows(article, "participants")[0]["name"]
    'Zakir Hasanov'
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from defcoop import countries
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Topic

if TYPE_CHECKING:
    import pandas

__all__ = [
    "CAMEO_CODES",
    "COLUMNS",
    "PLOVER_MODES",
    "cameo_events",
    "meeting_id",
    "plover_events",
    "rows",
    "to_dataframe",
    "write_csv",
    "write_plover",
]

#: Stable column names of every table, in order.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "meetings": (
        "meeting_id",
        "date",
        "location",
        "countries",
        "host",
        "kind",
        "status",
        "topics",
        "occasion",
        "agreements",
        "participants",
        "source_url",
        "published",
        "article_title",
        "outlet",
    ),
    "participants": (
        "meeting_id",
        "date",
        "location",
        "kind",
        "status",
        "name",
        "country",
        "rank",
        "posts",
        "source_url",
    ),
    "officials": ("name", "names", "country", "ranks", "posts", "first_seen", "last_seen", "meetings", "meeting_ids"),
    "events": (
        "event_id",
        "date",
        "location",
        "countries",
        "kind",
        "status",
        "topics",
        "agreements",
        "participants",
        "sources",
        "source_urls",
        "meeting_ids",
    ),
    "cameo": (
        "event_id",
        "meeting_id",
        "date",
        "source",
        "target",
        "code",
        "label",
        "root_code",
        "quad_class",
        "goldstein",
        "location",
        "source_url",
    ),
}

#: CAMEO codes used by :func:`cameo_events`: code → (label, quad class, Goldstein score).
CAMEO_CODES: Mapping[str, tuple[str, int, float]] = {
    "036": ("Express intent to meet or negotiate", 1, 4.0),
    "040": ("Consult", 1, 1.0),
    "041": ("Discuss by telephone", 1, 1.0),
    "042": ("Make a visit", 1, 1.9),
    "043": ("Host a visit", 1, 2.8),
    "044": ("Meet at third location", 1, 2.5),
    "057": ("Sign formal agreement", 1, 8.0),
}

#: PLOVER CONSULT ``mode`` for each meeting kind (``None``: no mode).
PLOVER_MODES: Mapping[MeetingKind, str | None] = {
    MeetingKind.VISIT: "visit",
    MeetingKind.THIRD_COUNTRY: "third-party",
    MeetingKind.SIDELINES: "multilateral",
    MeetingKind.CALL: "phone",
    MeetingKind.UNSPECIFIED: None,
}

_PLOVER_CONTEXTS: Mapping[Topic, str] = {
    Topic.PEACEKEEPING: "pko",
    Topic.COUNTER_TERRORISM: "terrorism",
    Topic.CYBER: "cyber",
}

_DATE_COLUMNS = frozenset({"date", "published", "first_seen", "last_seen"})


# --------------------------------------------------------------------------- the shapes this module reads


@runtime_checkable
class _RecordLike(Protocol):
    """A meeting as reported by one article (``defcoop.corpus.MeetingRecord``)."""

    @property
    def meeting(self) -> Meeting: ...
    @property
    def article(self) -> Article: ...
    @property
    def index(self) -> int: ...


@attrs.frozen
class _Record:
    article: Article
    index: int
    meeting: Meeting


def _as_record(item: _RecordLike) -> _Record:
    return _Record(item.article, item.index, item.meeting)


def _is_query_side(source: object) -> bool:
    """True for a Corpus or a Store: objects whose ``meetings`` is a query method."""
    return not isinstance(source, Article) and callable(getattr(source, "meetings", None))


def _records(source: Any) -> list[_Record]:
    if isinstance(source, Article):
        return [_Record(source, i, m) for i, m in enumerate(source.meetings)]
    if _is_query_side(source):
        return [_as_record(r) for r in source.meetings(status=None)]
    out: list[_Record] = []
    for item in _iterate(source):
        if isinstance(item, Article):
            out.extend(_Record(item, i, m) for i, m in enumerate(item.meetings))
        elif isinstance(item, _RecordLike):
            out.append(_as_record(item))
        elif hasattr(item, "records"):  # a merged event: every report of it
            out.extend(_as_record(r) for r in item.records)
        else:
            raise TypeError(f"cannot export {type(item).__name__!r}: expected articles, meeting records or events")
    return out


def _iterate(source: Any) -> Iterable[Any]:
    if isinstance(source, (str, bytes)) or not isinstance(source, Iterable):
        raise TypeError(
            f"cannot export {type(source).__name__!r}: expected a Corpus, a Store, an Article, or an iterable of "
            "articles, meeting records, events or persons"
        )
    return source


def _corpus_of(items: Sequence[Article]) -> Any:
    from defcoop.corpus import Corpus  # the query side is imported only when needed

    return Corpus(items)


# --------------------------------------------------------------------------- ids and cells


@lru_cache(maxsize=4096)
def _text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]


def meeting_id(article: Article, index: int) -> str:
    """Return the stable id of an article's ``index``-th meeting: a hash of the article text plus the index.

    The id does not change between runs, machines or defcoop versions as long as the text is the same.

    Example:
        >>> meeting_id(Article("Some article text."), 0)
        'c8cc98b47eac73df-0'
    """
    return f"{_text_hash(article.text)}-{index}"


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _code(country: Country | None) -> str | None:
    return None if country is None else country.code


def _topics(topics: Iterable[Topic]) -> list[str]:
    return sorted(t.value for t in topics)


def _official_cell(official: Official) -> str:
    return str(official)


# --------------------------------------------------------------------------- table builders


def _meeting_rows(source: Any) -> list[dict[str, Any]]:
    out = []
    for r in _records(source):
        m, a = r.meeting, r.article
        out.append(
            {
                "meeting_id": meeting_id(a, r.index),
                "date": _iso(m.date),
                "location": m.location,
                "countries": [c.code for c in m.countries],
                "host": _code(m.host),
                "kind": m.kind.value,
                "status": m.status.value,
                "topics": _topics(m.topics),
                "occasion": m.occasion,
                "agreements": list(m.agreements),
                "participants": [_official_cell(p) for p in m.participants],
                "source_url": a.url,
                "published": _iso(a.published),
                "article_title": a.title,
                "outlet": a.outlet,
            }
        )
    return out


def _participant_rows(source: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for r in _records(source):
        m = r.meeting
        mid = meeting_id(r.article, r.index)
        out.extend(
            {
                "meeting_id": mid,
                "date": _iso(m.date),
                "location": m.location,
                "kind": m.kind.value,
                "status": m.status.value,
                "name": p.name,
                "country": _code(p.country),
                "rank": p.rank,
                "posts": list(p.posts),
                "source_url": r.article.url,
            }
            for p in m.participants
        )
    return out


def _persons(source: Any) -> Sequence[Any]:
    if _is_query_side(source):
        return tuple(source.officials())
    if isinstance(source, Article):
        return tuple(_corpus_of([source]).officials())
    items = list(_iterate(source))
    if items and all(isinstance(i, Article) for i in items):
        return tuple(_corpus_of(items).officials())
    for item in items:
        if not hasattr(item, "names") or not hasattr(item, "first_seen"):
            raise TypeError(
                f"the officials table needs a Corpus, a Store, articles or persons, not {type(item).__name__!r}"
            )
    return items


def _official_rows(source: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": p.name,
            "names": list(p.names),
            "country": _code(p.country),
            "ranks": list(p.ranks),
            "posts": list(p.posts),
            "first_seen": _iso(p.first_seen),
            "last_seen": _iso(p.last_seen),
            "meetings": len(p.meetings),
            "meeting_ids": [meeting_id(r.article, r.index) for r in p.meetings],
        }
        for p in _persons(source)
    ]


def _events(source: Any) -> Sequence[Any]:
    if _is_query_side(source):
        return tuple(source.events(status=None))
    if isinstance(source, Article):
        return tuple(_corpus_of([source]).events(status=None))
    items = list(_iterate(source))
    if items and all(isinstance(i, Article) for i in items):
        return tuple(_corpus_of(items).events(status=None))
    for item in items:
        if not hasattr(item, "records"):
            raise TypeError(
                f"the events table needs a Corpus, a Store, articles or events, not {type(item).__name__!r}"
            )
    return items


def _name_of(participant: Any) -> str:
    return str(getattr(participant, "name", participant))


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)


def _event_rows(source: Any) -> list[dict[str, Any]]:
    out = []
    for e in _events(source):
        records = [_as_record(r) for r in e.records]
        urls = [r.article.url for r in records if r.article.url]
        out.append(
            {
                "event_id": e.key,
                "date": _iso(e.date),
                "location": e.location,
                "countries": [c.code for c in e.countries],
                "kind": _enum_value(e.kind),
                "status": _enum_value(e.status),
                "topics": _topics(e.topics),
                "agreements": list(e.agreements),
                "participants": list(dict.fromkeys(_name_of(p) for p in e.participants)),
                "sources": len({id(r.article) for r in records}),
                "source_urls": list(dict.fromkeys(urls)),
                "meeting_ids": [meeting_id(r.article, r.index) for r in records],
            }
        )
    return out


def rows(source: Any, table: str = "meetings") -> list[dict[str, Any]]:
    """Return one export table as a list of dicts (keys: :data:`COLUMNS` ``[table]``), JSON-ready.

    Args:
        source: A Corpus, Store, Article, or iterable of articles, meeting records, events or persons.
        table: ``"meetings"``, ``"participants"``, ``"officials"``, ``"events"`` or ``"cameo"``.

    Raises:
        ValueError: Unknown table name.
        TypeError: The source cannot give this table.

    Example:
        >>> from defcoop import Article, Meeting, MeetingKind
        >>> from defcoop.countries import get
        >>> a = Article("...", meetings=[Meeting(countries=(get("AZ"), get("KZ")), kind=MeetingKind.CALL)])
        >>> row = rows(a)[0]
        >>> row["countries"], row["kind"], row["date"]
        (['AZ', 'KZ'], 'call', None)
    """
    builders = {
        "meetings": _meeting_rows,
        "participants": _participant_rows,
        "officials": _official_rows,
        "events": _event_rows,
        "cameo": cameo_events,
    }
    if table not in builders:
        raise ValueError(f"unknown table {table!r}; choose one of: {', '.join(COLUMNS)}")
    return builders[table](source)


# --------------------------------------------------------------------------- CSV and DataFrames


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def write_csv(source: Any, path: str | Path | IO[str], table: str = "meetings") -> int:
    """Write one table as CSV (header row of :data:`COLUMNS` ``[table]``); return the number of data rows.

    The dialect is RFC 4180 (comma-separated, CRLF line ends, quotes where needed). Multi-valued cells are joined
    with ``"; "``; unknown values are empty cells.

    Example:
        >>> import io
        >>> from defcoop import Article, Meeting
        >>> from defcoop.countries import get
        >>> buf = io.StringIO()
        >>> write_csv(Article("...", meetings=[Meeting(countries=(get("AZ"), get("KZ")))]), buf)
        1
        >>> buf.getvalue().splitlines()[1].split(",")[3]
        'AZ; KZ'
    """
    data = rows(source, table)
    if isinstance(path, (str, Path)):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            return _write_csv_rows(data, COLUMNS[table], fh)
    return _write_csv_rows(data, COLUMNS[table], path)


def _write_csv_rows(data: list[dict[str, Any]], columns: Sequence[str], fh: IO[str]) -> int:
    writer = csv.DictWriter(fh, fieldnames=list(columns))  # RFC 4180: CRLF line ends, cells with \r quoted
    writer.writeheader()
    for row in data:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return len(data)


def to_dataframe(source: Any, table: str = "meetings") -> pandas.DataFrame:
    """Return one table as a pandas DataFrame (needs the ``pandas`` extra).

    Columns are :data:`COLUMNS` ``[table]`` in order, one row per item; date columns are ``datetime64``
    (``NaT`` when unknown); multi-valued cells are lists (use ``DataFrame.explode`` to get one row per value).

    Raises:
        ImportError: pandas is not installed; the message names the extra to install.

    Example:
        >>> from defcoop import Article, Meeting
        >>> from defcoop.countries import get
        >>> df = to_dataframe(Article("...", meetings=[Meeting(countries=(get("AZ"), get("KZ")))]))
        >>> df.shape == (1, len(COLUMNS["meetings"]))
        True
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "to_dataframe() needs pandas, which is not installed; install the extra: pip install 'defcoop[pandas]'"
        ) from exc
    data = rows(source, table)
    columns = list(COLUMNS[table])
    df = pd.DataFrame.from_records(data, columns=columns)
    for col in columns:
        if col in _DATE_COLUMNS:
            df[col] = pd.to_datetime(df[col], format="ISO8601")
    return df


# --------------------------------------------------------------------------- CAMEO


def _cameo_row(rec: _Record, n: int, source: Country, target: Country, code: str) -> dict[str, Any]:
    label, quad, goldstein = CAMEO_CODES[code]
    mid = meeting_id(rec.article, rec.index)
    return {
        "event_id": f"{mid}-{n}",
        "meeting_id": mid,
        "date": _iso(rec.meeting.date),
        "source": source.alpha3,
        "target": target.alpha3,
        "code": code,
        "label": label,
        "root_code": code[:2],
        "quad_class": quad,
        "goldstein": goldstein,
        "location": rec.meeting.location,
        "source_url": rec.article.url,
    }


def _cameo_pairs(m: Meeting) -> Iterator[tuple[Country, Country, str]]:
    """Yield (source, target, code) for every ordered pair of countries at a meeting."""
    if m.status is MeetingStatus.ANNOUNCED:
        for a, b in itertools.permutations(m.countries, 2):
            yield a, b, "036"
        return
    for a, b in itertools.combinations(m.countries, 2):
        if m.kind is MeetingKind.CALL:
            code = "041"
        elif m.host is not None and m.host in (a, b):
            host, visitor = (a, b) if m.host == a else (b, a)
            yield visitor, host, "042"
            yield host, visitor, "043"
            continue
        elif m.host is not None or m.kind in (MeetingKind.THIRD_COUNTRY, MeetingKind.SIDELINES):
            code = "044"
        else:
            code = "040"
        yield a, b, code
        yield b, a, code
    if m.agreements:
        for a, b in itertools.permutations(m.countries, 2):
            yield a, b, "057"


def cameo_events(source: Any, *, include_announced: bool = False) -> list[dict[str, Any]]:
    """Return CAMEO-coded directed country-to-country rows, per the crosswalk in the module docstring.

    Args:
        source: A Corpus, Store, Article, or iterable of articles, meeting records or events.
        include_announced: Also code announced (planned) meetings, as 036 "Express intent to meet or negotiate".

    Returns:
        Dicts with the keys :data:`COLUMNS` ``["cameo"]``; ``source``/``target`` are ISO alpha-3 codes.

    Example:
        >>> from defcoop import Article, Meeting, MeetingKind
        >>> from defcoop.countries import get
        >>> call = Meeting(countries=(get("AZ"), get("TR")), kind=MeetingKind.CALL, agreements=["a plan"])
        >>> [(r["source"], r["target"], r["code"]) for r in cameo_events(Article("...", meetings=[call]))]
        [('AZE', 'TUR', '041'), ('TUR', 'AZE', '041'), ('AZE', 'TUR', '057'), ('TUR', 'AZE', '057')]
    """
    out: list[dict[str, Any]] = []
    for rec in _records(source):
        if rec.meeting.status is MeetingStatus.ANNOUNCED and not include_announced:
            continue
        for n, (a, b, code) in enumerate(_cameo_pairs(rec.meeting)):
            out.append(_cameo_row(rec, n, a, b, code))
    return out


# --------------------------------------------------------------------------- PLOVER


def _location_country(m: Meeting) -> Country | None:
    if m.host is not None:
        return m.host
    if m.location is None:
        return None
    return countries.capital_of(m.location) or countries.lookup(m.location)


def _role(m: Meeting, country: Country) -> str | None:
    if m.host is None or m.kind is MeetingKind.CALL:
        return None
    return "host" if country == m.host else "visitor"


def _plover_event(rec: _Record) -> dict[str, Any]:
    m, a = rec.meeting, rec.article
    place = _location_country(m)
    actors = [
        {
            "country": c.alpha3,
            "country_name": c.name,
            "role": _role(m, c),
            "officials": [
                {"name": p.name, "rank": p.rank, "posts": list(p.posts)} for p in m.participants if p.country == c
            ],
        }
        for c in m.countries
    ]
    unassigned = [p for p in m.participants if p.country is None or p.country not in m.countries]
    if unassigned:
        actors.append(
            {
                "country": None,
                "country_name": None,
                "role": None,
                "officials": [{"name": p.name, "rank": p.rank, "posts": list(p.posts)} for p in unassigned],
            }
        )
    context = ["military", *sorted({_PLOVER_CONTEXTS[t] for t in m.topics if t in _PLOVER_CONTEXTS})]
    return {
        "id": meeting_id(a, rec.index),
        "event": "CONSULT",
        "mode": PLOVER_MODES[m.kind],
        "context": context,
        "date": _iso(m.date),
        "date_resolution": None if m.date is None else "day",
        "status": m.status.value,
        "actors": actors,
        "location": {"name": m.location, "country": None if place is None else place.alpha3},
        "topics": _topics(m.topics),
        "occasion": m.occasion,
        "agreements": list(m.agreements),
        "sources": [{"url": a.url, "title": a.title, "outlet": a.outlet, "published": _iso(a.published)}],
    }


def plover_events(source: Any, *, include_announced: bool = False) -> list[dict[str, Any]]:
    """Return one PLOVER-style ``CONSULT`` event (a JSON-ready dict) per meeting report.

    See the module docstring for the keys and the mode mapping.

    Example:
        >>> from defcoop import Article, Meeting, MeetingKind
        >>> from defcoop.countries import get
        >>> m = Meeting(countries=(get("AZ"), get("KZ")), kind=MeetingKind.SIDELINES, location="Minsk")
        >>> event = plover_events(Article("...", meetings=[m]))[0]
        >>> event["event"], event["mode"], [a["country"] for a in event["actors"]], event["location"]
        ('CONSULT', 'multilateral', ['AZE', 'KAZ'], {'name': 'Minsk', 'country': 'BLR'})
    """
    return [
        _plover_event(rec)
        for rec in _records(source)
        if include_announced or rec.meeting.status is not MeetingStatus.ANNOUNCED
    ]


def write_plover(source: Any, path: str | Path | IO[str], *, include_announced: bool = False) -> int:
    """Write :func:`plover_events` as JSON Lines; return the number of events written.

    Example:
        >>> import io, json
        >>> from defcoop import Article, Meeting
        >>> from defcoop.countries import get
        >>> buf = io.StringIO()
        >>> write_plover(Article("...", meetings=[Meeting(countries=(get("AZ"), get("KZ")))]), buf)
        1
        >>> json.loads(buf.getvalue())["mode"] is None
        True
    """
    events = plover_events(source, include_announced=include_announced)
    if isinstance(path, (str, Path)):
        with open(path, "w", encoding="utf-8") as fh:
            return _write_lines(events, fh)
    return _write_lines(events, path)


def _write_lines(events: list[dict[str, Any]], fh: IO[str]) -> int:
    for event in events:
        fh.write(json.dumps(event, ensure_ascii=False))
        fh.write("\n")
    return len(events)

