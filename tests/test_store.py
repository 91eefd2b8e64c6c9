"""Store: same answers as the in-memory Corpus, idempotent ingest, atomic writes, schema safety."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import defcoop
from defcoop import Article, DefcoopError, Meeting, Official
from defcoop.corpus import Corpus
from defcoop.countries import get
from defcoop.serialize import dumps
from defcoop.store import APPLICATION_ID, SCHEMA_VERSION, IngestReport, Store, StoreError
from strategies import articles as any_articles
from test_corpus import ARTICLES, MEETING_QUERIES, Case

AZ, KZ = get("AZ"), get("KZ")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "news.db") as s:
        s.ingest(ARTICLES)
        yield s


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(ARTICLES)


# --------------------------------------------------------------------------- same answers as the Corpus


@pytest.mark.parametrize("case", MEETING_QUERIES, ids=lambda c: repr(c.text))
def test_meetings_match_corpus(store: Store, corpus: Corpus, case: Case) -> None:
    assert store.meetings(**case.text) == corpus.meetings(**case.text)  # type: ignore[arg-type]


def test_roster_events_and_aggregates_match_corpus(store: Store, corpus: Corpus) -> None:
    assert store.officials() == corpus.officials()
    assert store.officials(country="AZ") == corpus.officials(country="AZ")
    assert store.events(status=None) == corpus.events(status=None)
    assert store.timeline(between=("AZ", "KZ")) == corpus.timeline(between=("AZ", "KZ"))
    assert store.dyads() == corpus.dyads()
    assert store.to_corpus().articles == corpus.articles
    assert len(store.graph().edges) == len(corpus.graph().edges)


def test_official_person_filter(store: Store) -> None:
    (zakir,) = [p for p in store.officials() if p.name == "Zakir Hasanov"]
    assert store.meetings(official=zakir) == zakir.meetings


def test_lazy_export_and_repr(store: Store) -> None:
    assert defcoop.Store is Store
    assert "news.db" in repr(store)
    assert store.schema_version == SCHEMA_VERSION


# --------------------------------------------------------------------------- idempotent ingest


def test_add_is_idempotent_by_content_and_url(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        a = Article("one", url="https://example.org/1")
        assert s.add(a) is True
        assert s.add(a) is False
        assert s.add(Article("revised", url="https://example.org/1")) is False
        assert s.add(Article("one")) is True  # same text, no URL: a different record
        assert len(s) == 2


def test_ingest_reports_added_skipped_failed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A report.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00broken" * 3)
    with Store(tmp_path / "s.db") as s:
        first = s.ingest([tmp_path / "a.txt", str(tmp_path / "missing.txt"), Article("x", url="u1")])
        again = s.ingest([tmp_path / "a.txt", Article("y", url="u1")])
    assert first.added == 2
    assert [label for label, _ in first.failed] == [str(tmp_path / "missing.txt")]
    assert "FileNotFoundError" in first.failed[0][1]
    assert again == IngestReport(0, ((str(tmp_path / "a.txt"), "duplicate content"), ("u1", "duplicate url")), ())
    assert (again.total, again.ok, first.ok) == (2, True, False)


def test_store_persists_across_opens(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.ingest(ARTICLES)
    with Store(path) as s:
        assert len(s) == len(ARTICLES)
        assert s.articles() == ARTICLES
        assert s.ingest(ARTICLES).added == 0


def test_add_rejects_non_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s, pytest.raises(TypeError, match="Article"):
        s.add("text")  # type: ignore[arg-type]


def test_concurrent_reader_sees_commits(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as writer, Store(path) as reader:
        assert writer._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.add(ARTICLES[0])
        assert len(reader) == 1
        assert reader.meetings(between=("AZ", "KZ")) == writer.meetings(between=("AZ", "KZ"))
        assert len(reader.to_corpus()) == 1
        writer.add(ARTICLES[1])
        assert len(reader.to_corpus()) == 2  # the cached corpus follows the store


# --------------------------------------------------------------------------- atomic writes


def _integrity(path: Path) -> tuple[int, int]:
    """Check a store's invariants; return (articles, meetings)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT id, json FROM articles").fetchall()
        per_article = dict(conn.execute("SELECT article_id, count(*) FROM meetings GROUP BY article_id").fetchall())
        for article_id, payload in rows:
            article = defcoop.loads(payload)
            assert per_article.get(article_id, 0) == len(article.meetings)
        assert set(per_article) <= {r[0] for r in rows}
        orphans = conn.execute(
            "SELECT count(*) FROM meeting_countries WHERE meeting_id NOT IN (SELECT id FROM meetings)"
        ).fetchone()[0]
        assert orphans == 0
        return len(rows), sum(per_article.values())
    finally:
        conn.close()


def test_exception_mid_batch_keeps_committed_articles(tmp_path: Path) -> None:
    path = tmp_path / "s.db"

    def batch() -> Iterator[Article]:
        yield ARTICLES[0]
        yield ARTICLES[1]
        raise KeyboardInterrupt

    with Store(path) as s, pytest.raises(KeyboardInterrupt):
        s.ingest(batch())
    assert _integrity(path) == (2, 3)


def test_exception_mid_article_leaves_no_partial_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from defcoop import _names

    path = tmp_path / "s.db"
    real = _names.key_of

    def failing(official: Official) -> _names.NameKey:
        if official.name == "Sultan Kamaletdinov":  # the first meeting of ARTICLES[0] is written before this
            raise RuntimeError("disk on fire")
        return real(official)

    with Store(path) as s:
        s.add(ARTICLES[5])
        monkeypatch.setattr("defcoop.store._names.key_of", failing)
        with pytest.raises(RuntimeError, match="disk on fire"):
            s.add(ARTICLES[0])
        monkeypatch.undo()
        assert len(s) == 1
        assert s.add(ARTICLES[0]) is True
    assert _integrity(path) == (2, 3)


_WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from defcoop import Article, Meeting, Official
    from defcoop.countries import get
    from defcoop.store import Store

    store = Store(sys.argv[1])
    az, kz = get("AZ"), get("KZ")
    i = 0
    while True:
        o = Official(f"Official Number{i}", az)
        ms = tuple(Meeting(dt.date(2024, 1, 1 + k), countries=(az, kz), participants=(o,)) for k in range(5))
        store.add(Article(f"report {i}", officials=(o,), meetings=ms))
        print(i, flush=True)
        i += 1
    """
)


def test_killed_ingest_leaves_a_consistent_store(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        seen = 0
        for _line in proc.stdout:
            seen += 1
            if seen >= 30:
                break
        assert seen >= 30, proc.stderr.read() if proc.stderr else ""
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    n_articles, n_meetings = _integrity(path)
    assert n_articles >= 30
    assert n_meetings == 5 * n_articles
    with Store(path) as s:
        assert len(s.meetings(between=("AZ", "KZ"))) == n_meetings
        assert s.add(Article("after the crash")) is True


# --------------------------------------------------------------------------- schema safety


def test_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a defcoop store"):
        Store(path)
    assert path.read_bytes().startswith(b"these are my notes")


def test_refuses_another_applications_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another application"):
        Store(path)
    assert issubclass(StoreError, DefcoopError)


def test_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add(ARTICLES[0])
        s._conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StoreError, match="newer defcoop"):
        Store(path)


def _v0_store(path: Path, payloads: list[tuple[str | None, str]]) -> None:
    """The version-0 layout, by hand: meta, and articles(id, url, json) with no hash and no index tables."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO meta VALUES ('application', 'defcoop'), ('schema_version', '0')")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT, json TEXT NOT NULL)")
    conn.executemany("INSERT INTO articles (url, json) VALUES (?, ?)", payloads)
    conn.commit()
    conn.close()


def test_migrates_a_v0_store(tmp_path: Path, corpus: Corpus) -> None:
    path = tmp_path / "old.db"
    _v0_store(path, [(a.url, dumps(a)) for a in ARTICLES])
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.articles() == ARTICLES
        assert s.meetings(between=("AZ", "KZ"), since="2024-01-01") == corpus.meetings(
            between=("AZ", "KZ"), since="2024-01-01"
        )
        assert s.add(ARTICLES[0]) is False
    assert _integrity(path) == (len(ARTICLES), sum(len(a.meetings) for a in ARTICLES))


def test_failed_migration_leaves_the_old_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v0_store(path, [(None, dumps(ARTICLES[0])), (None, '{"schema": 1, "text": 3}')])
    with pytest.raises(StoreError, match="cannot migrate article 2"):
        Store(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "0"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    finally:
        conn.close()


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store(path) as s:
        assert len(s) == 0
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


# --------------------------------------------------------------------------- properties


@given(st.lists(any_articles(), max_size=6))
def test_store_round_trip_and_reingest_is_a_no_op(articles: list[Article]) -> None:
    memory = Corpus(articles)
    with tempfile.TemporaryDirectory() as d, Store(Path(d) / "s.db") as s:
        report = s.ingest(articles)
        assert report.added == len(memory)
        assert s.to_corpus().articles == memory.articles
        assert s.meetings(status=None) == memory.meetings(status=None)
        again = s.ingest(articles)
        assert again.added == 0
        assert len(again.skipped) == len(articles)
        assert len(s) == len(memory)


_CODES = st.sampled_from(["AZ", "KZ", "TR", "UZ"])
_DAYS = st.dates(dt.date(2024, 1, 1), dt.date(2024, 3, 1))


@given(
    st.lists(
        st.tuples(st.lists(_CODES, min_size=1, max_size=3), st.none() | _DAYS),
        max_size=8,
    ),
    _CODES,
    _CODES,
    st.none() | _DAYS,
)
def test_store_between_matches_corpus(
    rows: list[tuple[list[str], dt.date | None]], a: str, b: str, since: dt.date | None
) -> None:
    arts = [
        Article(f"r{i}", meetings=(Meeting(day, countries=tuple(get(c) for c in codes)),))
        for i, (codes, day) in enumerate(rows)
    ]
    memory = Corpus(arts)
    with tempfile.TemporaryDirectory() as d, Store(Path(d) / "s.db") as s:
        s.ingest(arts)
        q = {"between": (a, b), "since": since} if a != b else {"country": a, "since": since}
        assert s.meetings(**q) == memory.meetings(**q)  # type: ignore[arg-type]


def test_batched_ingest(tmp_path: Path, corpus: Corpus) -> None:
    path = tmp_path / "s.db"
    with Store(path) as s:
        assert s.ingest([*ARTICLES, *ARTICLES], batch_size=4).added == len(ARTICLES)
        assert s.meetings(status=None) == corpus.meetings(status=None)
        with pytest.raises(ValueError, match="batch_size"):
            s.ingest(ARTICLES, batch_size=0)
        with pytest.raises(TypeError, match="Articles and paths"):
            s.ingest([3])  # type: ignore[list-item]
    assert _integrity(path) == (len(ARTICLES), sum(len(a.meetings) for a in ARTICLES))


def test_interrupted_batch_commits_the_whole_articles_written(tmp_path: Path) -> None:
    path = tmp_path / "s.db"

    def batch() -> Iterator[Article]:
        yield from ARTICLES[:3]
        raise KeyboardInterrupt

    with Store(path) as s, pytest.raises(KeyboardInterrupt):
        s.ingest(batch(), batch_size=100)
    assert _integrity(path) == (3, sum(len(a.meetings) for a in ARTICLES[:3]))


def test_ingest_takes_a_single_path_or_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A report.", encoding="utf-8")
    with Store(tmp_path / "s.db") as s:
        assert s.ingest(str(tmp_path / "a.txt")).added == 1
        assert s.ingest(tmp_path / "a.txt").skipped == ((str(tmp_path / "a.txt"), "duplicate content"),)
        assert s.ingest(ARTICLES[0]).added == 1
