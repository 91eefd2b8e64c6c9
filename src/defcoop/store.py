"""A persistent, growing corpus in one SQLite file: :class:`Store`.

SQLite ships with Python, needs no server, and keeps everything in one file. The store keeps each article's
JSON (through :mod:`defcoop.serialize`, so nothing is lost) and, beside it, indexed tables of its meetings, the
countries and country pairs of each meeting, and the participants' name keys, so that
:meth:`Store.meetings` runs in SQL and returns the same :class:`~defcoop.corpus.MeetingRecord` objects as
:meth:`defcoop.Corpus.meetings <defcoop.corpus.Corpus.meetings>`.

Guarantees:

- **Idempotent.** An article whose content hash (SHA-256 of its canonical JSON) or URL is already stored is
  skipped: adding it again changes nothing.
- **Atomic.** Each article is written in one transaction: an interrupted ingest keeps every article committed
  before the interruption, and never leaves half an article.
- **Concurrent readers.** The database runs in WAL mode (with ``synchronous = NORMAL``: a crashed or killed
  process loses nothing committed; a power cut may lose the last commits, never consistency): readers in other
  processes see the last commit while a writer works.
- **Versioned.** ``PRAGMA application_id`` marks the file as a defcoop store and the ``meta`` table records the
  schema version. A file that is not a defcoop store, or a store written by a newer defcoop, is refused with a
  :class:`~defcoop.errors.StoreError`; an older store is migrated in place, in one transaction.

Schema (version 1):

=====================  =====================================================================================
table                  columns
=====================  =====================================================================================
``meta``               ``key`` (primary key), ``value``: ``application`` = ``defcoop``, ``schema_version``
``articles``           ``id``, ``hash`` (unique), ``url`` (unique), ``published`` (ISO date), ``json``
``meetings``           ``id``, ``article_id``, ``idx`` (position in the article), ``day`` (date ordinal or
                       NULL), ``status``, ``kind``
``meeting_countries``  ``meeting_id``, ``code``, ``day`` — indexed on (``code``, ``day``)
``meeting_pairs``      ``meeting_id``, ``a``, ``b`` (``a < b``), ``day`` — indexed on (``a``, ``b``, ``day``)
``participants``       ``meeting_id``, ``surname`` (the participant's surname as a transliteration-tolerant
                       key, ``g`` read as ``h``) — indexed on ``surname``
``meeting_topics``     ``meeting_id``, ``topic`` — indexed on ``topic``
=====================  =====================================================================================

Example:
    >>> import pathlib, tempfile, datetime as dt
    >>> from defcoop import Article, Meeting
    >>> from defcoop.countries import get
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
    >>> m = Meeting(date=dt.date(2024, 4, 25), countries=(get("AZ"), get("KZ")))
    >>> with Store(path) as store:
    ...     store.add(Article("A report.", meetings=(m,)))
    ...     store.add(Article("A report.", meetings=(m,)))
    ...     [r.date for r in store.meetings(between=("KZ", "AZ"))]
    True
    False
    [datetime.date(2024, 4, 25)]
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

import attrs

from defcoop import _names
from defcoop.corpus import (
    Corpus,
    Dyad,
    Event,
    Filters,
    MeetingRecord,
    Person,
    resolve_country,
)
from defcoop.errors import DataError, DefcoopError, StoreError
from defcoop.models import Article

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "IngestReport", "Store", "StoreError"]

#: ``PRAGMA application_id`` of a defcoop store: the bytes ``dcop``.
APPLICATION_ID = 0x64636F70

#: The schema version this defcoop writes. Older stores are migrated on open; newer ones are refused.
SCHEMA_VERSION = 1

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    published TEXT,
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    day INTEGER,
    status TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meetings_day ON meetings(day);
CREATE INDEX IF NOT EXISTS meetings_article ON meetings(article_id);
CREATE TABLE IF NOT EXISTS meeting_countries (meeting_id INTEGER NOT NULL, code TEXT NOT NULL, day INTEGER);
CREATE INDEX IF NOT EXISTS meeting_countries_code ON meeting_countries(code, day, meeting_id);
CREATE TABLE IF NOT EXISTS meeting_pairs (meeting_id INTEGER NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, day INTEGER);
CREATE INDEX IF NOT EXISTS meeting_pairs_ab ON meeting_pairs(a, b, day, meeting_id);
CREATE TABLE IF NOT EXISTS participants (meeting_id INTEGER NOT NULL, surname TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS participants_surname ON participants(surname, meeting_id);
CREATE TABLE IF NOT EXISTS meeting_topics (meeting_id INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS meeting_topics_topic ON meeting_topics(topic, meeting_id);
"""


def _create_tables(conn: sqlite3.Connection) -> None:
    # statement by statement: executescript() would commit the open transaction first
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_v0(conn: sqlite3.Connection) -> None:
    """Version 0 (the first development layout): ``articles(id, url, json)`` only, no hash, no index tables.

    The migration adds the hash and publication date, creates the index tables and fills them from the JSON.
    """
    from defcoop.serialize import dumps, loads

    rows = conn.execute("SELECT id, url, json FROM articles ORDER BY id").fetchall()
    conn.execute("ALTER TABLE articles RENAME TO articles_v0")
    _create_tables(conn)
    for old_id, _url, payload in rows:
        try:
            article = loads(payload, Article)
        except DataError as exc:
            raise StoreError(f"cannot migrate article {old_id}: {exc}") from exc
        payload = dumps(article)
        _insert(conn, article, hashlib.sha256(payload.encode("utf-8")).hexdigest(), payload)
    conn.execute("DROP TABLE articles_v0")


#: Migrations from each older version to the next: ``_MIGRATIONS[v]`` turns version ``v`` into ``v + 1``.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _migrate_v0}


def _insert(conn: sqlite3.Connection, article: Article, digest: str, payload: str) -> None:
    cur = conn.execute(
        "INSERT INTO articles (hash, url, published, json) VALUES (?, ?, ?, ?)",
        (digest, article.url, article.published.isoformat() if article.published else None, payload),
    )
    article_id = cur.lastrowid
    for idx, m in enumerate(article.meetings):
        day = m.date.toordinal() if m.date is not None else None
        mcur = conn.execute(
            "INSERT INTO meetings (article_id, idx, day, status, kind) VALUES (?, ?, ?, ?, ?)",
            (article_id, idx, day, m.status.value, m.kind.value),
        )
        mid = mcur.lastrowid
        codes = [c.code for c in m.countries]
        conn.executemany("INSERT INTO meeting_countries VALUES (?, ?, ?)", [(mid, c, day) for c in codes])
        conn.executemany(
            "INSERT INTO meeting_pairs VALUES (?, ?, ?, ?)",
            [(mid, a, b, day) for i, a in enumerate(codes) for b in codes[i + 1 :]],
        )
        surnames = {_names.index_key(_names.key_of(p).surname) for p in m.participants}
        conn.executemany("INSERT INTO participants VALUES (?, ?)", [(mid, s) for s in sorted(surnames)])
        conn.executemany("INSERT INTO meeting_topics VALUES (?, ?)", [(mid, t.value) for t in m.topics])


@attrs.frozen
class IngestReport:
    """What :meth:`Store.ingest` did.

    Attributes:
        added: How many articles were new.
        skipped: Items already stored, with the reason (``"duplicate content"`` or ``"duplicate url"``).
        failed: Items that could not be read or parsed, with the error message.

    Example:
        >>> r = IngestReport(added=2, skipped=(("a.txt", "duplicate content"),))
        >>> r.total, r.ok
        (3, True)
    """

    added: int = 0
    skipped: tuple[tuple[str, str], ...] = ()
    failed: tuple[tuple[str, str], ...] = ()

    @property
    def total(self) -> int:
        """Items seen.

        Example:
            >>> IngestReport(added=1, failed=(("x", "bad"),)).total
            2
        """
        return self.added + len(self.skipped) + len(self.failed)

    @property
    def ok(self) -> bool:
        """True when nothing failed.

        Example:
            >>> IngestReport(failed=(("x", "bad"),)).ok
            False
        """
        return not self.failed


class Store:
    """A defcoop store: articles in one SQLite file, queried like a :class:`~defcoop.corpus.Corpus`.

    Open one ``Store`` per thread or process; any number of them may read the same file while one writes.

    Args:
        path: The database file; created when it does not exist.

    Raises:
        StoreError: The file is not a defcoop store (or not SQLite), or was written by a newer defcoop.

    Example:
        >>> import pathlib, tempfile
        >>> from defcoop import Article
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.db"
        >>> with Store(path) as store:
        ...     store.ingest([Article("one"), Article("two"), Article("one")]).added
        2
        >>> with Store(path) as store:
        ...     len(store)
        2
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open as a database: {exc}") from exc
        self._corpus_cache: tuple[tuple[int, ...], Corpus] | None = None
        self._articles_cache: dict[int, Article] = {}
        try:
            self._open(fresh)
        except BaseException:
            self._conn.close()
            raise

    # ----------------------------------------------------------------------- schema

    def _open(self, fresh: bool) -> None:
        conn = self._conn
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a defcoop store (not an SQLite database: {exc})") from exc
        if fresh or (not tables and app_id == 0):
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("BEGIN IMMEDIATE")
            _create_tables(conn)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('application', 'defcoop')")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
            return
        if app_id != APPLICATION_ID or "meta" not in tables:
            raise StoreError(
                f"{self.path}: not a defcoop store (an SQLite database of another application); "
                "give a new file name to create a store"
            )
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        try:
            version = int(row[0]) if row is not None else -1
        except ValueError:
            version = -1
        if version < 0:
            raise StoreError(f"{self.path}: damaged defcoop store (no schema version in the meta table)")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer defcoop (store schema {version}; this version reads up to "
                f"{SCHEMA_VERSION}); upgrade defcoop to open it"
            )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            while version < SCHEMA_VERSION:
                step = _MIGRATIONS.get(version)
                if step is None:
                    raise StoreError(f"{self.path}: no migration from store schema {version}")
                step(conn)
                version += 1
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        """The schema version of the open store.

        Example:
            >>> import pathlib, tempfile
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.schema_version
            1
        """
        return int(self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    # ----------------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards.

        Example:
            >>> import pathlib, tempfile
            >>> store = Store(pathlib.Path(tempfile.mkdtemp()) / "s.db")
            >>> store.close()
        """
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def __repr__(self) -> str:
        return f"<Store {str(self.path)!r}>"

    # ----------------------------------------------------------------------- writing

    def _duplicate(self, article: Article, digest: str) -> str | None:
        if self._conn.execute("SELECT 1 FROM articles WHERE hash = ?", (digest,)).fetchone():
            return "duplicate content"
        if article.url is not None and self._conn.execute(
            "SELECT 1 FROM articles WHERE url = ?", (article.url,)
        ).fetchone():
            return "duplicate url"
        return None

    def _write(self, article: Article) -> str | None:
        """Write one article inside the open transaction, all or nothing; return why it was skipped, if it was."""
        from defcoop.serialize import dumps

        payload = dumps(article)
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        conn = self._conn
        conn.execute("SAVEPOINT article")
        try:
            reason = self._duplicate(article, digest)
            if reason is None:
                _insert(conn, article, digest, payload)
            conn.execute("RELEASE article")
        except BaseException:
            conn.execute("ROLLBACK TO article")
            conn.execute("RELEASE article")
            raise
        return reason

    def _add(self, article: Article) -> str | None:
        if not isinstance(article, Article):
            raise TypeError(f"Store.add takes an Article, got {type(article).__name__}")
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            return self._write(article)
        finally:
            self._conn.execute("COMMIT")

    def add(self, article: Article) -> bool:
        """Store one article; ``True`` if it was new, ``False`` if its content or URL was already stored.

        Example:
            >>> import pathlib, tempfile
            >>> from defcoop import Article
            >>> url = "https://example.org/1"
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.add(Article("x", url=url)), store.add(Article("y", url=url))
            (True, False)
        """
        return self._add(article) is None

    def ingest(
        self, items: Iterable[Article | str | os.PathLike[str]], *, batch_size: int = 1
    ) -> IngestReport:
        """Store articles and files (parsed with :func:`defcoop.parse_file`); whole articles only, always.

        Each article is written all or nothing. By default each is also committed on its own; with
        ``batch_size=N`` the store commits every ``N`` articles, which is much faster for a bulk load: an
        interruption then loses at most the uncommitted batch (never an article half-written, never a committed
        one). A file that cannot be read or parsed is reported in ``failed`` and the ingest goes on. An exception
        from outside (``KeyboardInterrupt``) stops the ingest after committing the articles written so far.

        Raises:
            ValueError: ``batch_size`` is below 1.

        Example:
            >>> import pathlib, tempfile
            >>> d = pathlib.Path(tempfile.mkdtemp())
            >>> _ = (d / "a.txt").write_text("A report.", encoding="utf-8")
            >>> with Store(d / "s.db") as store:
            ...     report = store.ingest([d / "a.txt", d / "missing.txt"])
            >>> report.added, report.failed[0][0].endswith("missing.txt")
            (1, True)
        """
        from defcoop.parsing import parse_file

        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        if isinstance(items, (str, os.PathLike, Article)):  # one item, not an iterable of characters
            items = [items]
        conn = self._conn
        added = 0
        skipped: list[tuple[str, str]] = []
        failed: list[tuple[str, str]] = []
        pending = 0
        try:
            for item in items:
                if isinstance(item, Article):
                    label = item.url or (item.title or item.text[:40])
                    article = item
                elif isinstance(item, (str, os.PathLike)):
                    label = os.fspath(item)
                    try:
                        article = parse_file(Path(item))
                    except (OSError, UnicodeDecodeError, DefcoopError, ValueError) as exc:
                        failed.append((label, f"{type(exc).__name__}: {exc}"))
                        continue
                else:
                    raise TypeError(f"Store.ingest takes Articles and paths, got {type(item).__name__}")
                if not conn.in_transaction:
                    conn.execute("BEGIN IMMEDIATE")
                reason = self._write(article)
                if reason is None:
                    added += 1
                else:
                    skipped.append((label, reason))
                pending += 1
                if pending >= batch_size:
                    conn.execute("COMMIT")
                    pending = 0
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
        return IngestReport(added, tuple(skipped), tuple(failed))

    # ----------------------------------------------------------------------- reading

    def _article(self, article_id: int) -> Article:
        found = self._articles_cache.get(article_id)
        if found is None:
            from defcoop.serialize import loads

            row = self._conn.execute("SELECT json FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:  # pragma: no cover - ids come from the same database
                raise StoreError(f"{self.path}: article {article_id} vanished")
            found = loads(row[0], Article)
            if len(self._articles_cache) > 4096:
                self._articles_cache.clear()
            self._articles_cache[article_id] = found
        return found

    def articles(self) -> tuple[Article, ...]:
        """Every stored article, in the order they were added.

        Example:
            >>> import pathlib, tempfile
            >>> from defcoop import Article
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     _ = store.ingest([Article("one"), Article("two")])
            ...     [a.text for a in store.articles()]
            ['one', 'two']
        """
        from defcoop.serialize import loads

        return tuple(loads(j, Article) for (j,) in self._conn.execute("SELECT json FROM articles ORDER BY id"))

    def to_corpus(self) -> Corpus:
        """The stored articles as an in-memory :class:`~defcoop.corpus.Corpus` (kept until the store changes).

        Example:
            >>> import pathlib, tempfile
            >>> from defcoop import Article
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.add(Article("one"))
            ...     len(store.to_corpus())
            True
            1
        """
        stamp = tuple(self._conn.execute("SELECT count(*), coalesce(max(id), 0) FROM articles").fetchone())
        if self._corpus_cache is None or self._corpus_cache[0] != stamp:
            self._corpus_cache = (stamp, Corpus(self.articles()))
        return self._corpus_cache[1]

    def _sql(self, f: Filters) -> tuple[str, list[Any]]:
        # drive the query from the most selective index: the pair, the participant's surname, the country
        joins: list[str] = []
        where: list[str] = []
        args: list[Any] = []
        name = _names.index_key(f.official.surname) if isinstance(f.official, _names.NameKey) else None
        day_col = "m.day"
        if f.between is not None:
            joins.append("JOIN meeting_pairs p ON p.meeting_id = m.id")
            where.append("p.a = ? AND p.b = ?")
            args += list(f.between)
            day_col = "p.day"
        elif name is not None:
            joins.append("JOIN participants q ON q.meeting_id = m.id")
            where.append("q.surname = ?")
            args.append(name)
            name = None
        elif f.country is not None:
            joins.append("JOIN meeting_countries c ON c.meeting_id = m.id")
            where.append("c.code = ?")
            args.append(f.country)
            day_col = "c.day"
        if f.country is not None and day_col != "c.day":
            where.append("EXISTS (SELECT 1 FROM meeting_countries c WHERE c.meeting_id = m.id AND c.code = ?)")
            args.append(f.country)
        if name is not None:
            where.append("EXISTS (SELECT 1 FROM participants q WHERE q.meeting_id = m.id AND q.surname = ?)")
            args.append(name)
        if f.since is not None:
            where.append(f"{day_col} >= ?")
            args.append(f.since)
        if f.until is not None:
            where.append(f"{day_col} <= ?")
            args.append(f.until)
        if f.status is not None:
            where.append("m.status = ?")
            args.append(f.status.value)
        if f.kind is not None:
            where.append("m.kind = ?")
            args.append(f.kind.value)
        if f.topic is not None:
            where.append("EXISTS (SELECT 1 FROM meeting_topics t WHERE t.meeting_id = m.id AND t.topic = ?)")
            args.append(f.topic.value)
        sql = (
            "SELECT m.article_id, m.idx, m.day FROM meetings m "
            + " ".join(joins)
            + (" WHERE " + " AND ".join(where) if where else "")
        )
        return sql, args

    def meetings(self, **filters: Any) -> tuple[MeetingRecord, ...]:
        """The stored meeting reports that pass the filters; same filters and order as :meth:`Corpus.meetings`.

        Args:
            **filters: ``between``, ``country``, ``official``, ``since``, ``until``, ``kind``, ``topic``,
                ``status``, as for :meth:`defcoop.corpus.Corpus.meetings`.

        Example:
            >>> import pathlib, tempfile
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.meetings(country="Azerbaijani")
            ()
        """
        f = Filters.of(**filters)
        if isinstance(f.official, Person):
            return self.to_corpus().meetings(**filters)
        sql, args = self._sql(f)
        rows = self._conn.execute(sql, args).fetchall()
        # the corpus order: date (undated last), then the order articles were added, then position
        rows.sort(key=lambda r: (r[2] is None, r[2] or 0, r[0], r[1]))
        out: list[MeetingRecord] = []
        for article_id, idx, _day in rows:
            article = self._article(article_id)
            record = MeetingRecord(article.meetings[idx], article, idx)
            if f.accepts(record.meeting):
                out.append(record)
        return tuple(out)

    def officials(self, *, country: Any = None) -> tuple[Person, ...]:
        """The roster across every stored article, as :meth:`Corpus.officials`.

        Example:
            >>> import pathlib, tempfile
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.officials()
            ()
        """
        if country is not None:
            resolve_country(country)  # fail fast on an unknown country
        return self.to_corpus().officials(country=country)

    def events(self, **filters: Any) -> tuple[Event, ...]:
        """Merged events, as :meth:`Corpus.events` (computed over every stored article).

        Example:
            >>> import pathlib, tempfile
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.events(between=("AZ", "KZ"))
            ()
        """
        Filters.of(**filters)
        return self.to_corpus().events(**filters)

    def timeline(self, *, by: Literal["month", "year"] = "month", **filters: Any) -> tuple[tuple[str, int], ...]:
        """Events per month or year, as :meth:`Corpus.timeline` (over :meth:`to_corpus`).

        Example:
            >>> import pathlib, tempfile
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.timeline(by="year")
            ()
        """
        return self.to_corpus().timeline(by=by, **filters)

    def dyads(self, **filters: Any) -> tuple[Dyad, ...]:
        """Dyad-year rows, as :meth:`Corpus.dyads` (over :meth:`to_corpus`, kept until the store changes).

        Example:
            >>> import pathlib, tempfile
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     store.dyads()
            ()
        """
        Filters.of(**filters)
        return self.to_corpus().dyads(**filters)

    def graph(self, **filters: Any) -> Any:
        """Who met whom, as :meth:`Corpus.graph`.

        Example:
            >>> import pathlib, tempfile
            >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.db") as store:
            ...     len(store.graph())
            0
        """
        return self.to_corpus().graph(**filters)
