"""Exports: stable CSV/JSON tables, DataFrames, the CAMEO crosswalk and PLOVER CONSULT records."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from defcoop import Article, Meeting, MeetingKind, MeetingStatus, Official, Topic, exports
from defcoop.countries import get

AZ, KZ, KG, BY, TR = get("AZ"), get("KZ"), get("KG"), get("BY"), get("TR")
HASANOV = Official("Zakir Hasanov", country=AZ, rank="Colonel General", posts=("Minister of Defense",))
GUEST = Official("Sultan Kamaletdinov", country=KZ, posts=("First Deputy Minister of Defense",))
BEKBOLOTOV = Official("Baktybek Bekbolotov", country=KG, rank="Major General")


def _article(*meetings: Meeting, url: str | None = "https://example.org/a", text: str = "An article.") -> Article:
    officials = tuple(dict.fromkeys(p for m in meetings for p in m.participants))
    return Article(
        text,
        title="Ministers met",
        published=dt.date(2024, 4, 26),
        outlet="Example News",
        url=url,
        officials=officials,
        meetings=meetings,
    )


VISIT = Meeting(
    dt.date(2024, 4, 25),
    "Baku",
    (AZ, KZ),
    (HASANOV, GUEST),
    host=AZ,
    kind=MeetingKind.VISIT,
    topics={Topic.MILITARY_COOPERATION, Topic.DEFENCE_INDUSTRY},
    agreements=("cooperation plan for 2024",),
)
CALL = Meeting(None, None, (AZ, KG), (HASANOV, BEKBOLOTOV), kind=MeetingKind.CALL)
ARTICLE = _article(VISIT, CALL)


# --------------------------------------------------------------------------- tables


@attrs.frozen
class TableCase:
    table: str
    rows: int


@pytest.mark.parametrize(
    "case",
    [
        TableCase("meetings", 2),
        TableCase("participants", 4),
        TableCase("cameo", 6),  # visit 042+043, its agreement 057 x2, call 041 x2
    ],
    ids=lambda c: c.table,
)
def test_one_row_per_item_with_the_documented_columns(case: TableCase) -> None:
    data = exports.rows(ARTICLE, case.table)
    assert len(data) == case.rows
    assert all(tuple(row) == exports.COLUMNS[case.table] for row in data)


def test_meeting_row_values() -> None:
    row = exports.rows(ARTICLE)[0]
    assert row == {
        "meeting_id": exports.meeting_id(ARTICLE, 0),
        "date": "2024-04-25",
        "location": "Baku",
        "countries": ["AZ", "KZ"],
        "host": "AZ",
        "kind": "visit",
        "status": "held",
        "topics": ["defence_industry", "military_cooperation"],
        "occasion": None,
        "agreements": ["cooperation plan for 2024"],
        "participants": ["Colonel General Zakir Hasanov (AZ)", "Sultan Kamaletdinov (KZ)"],
        "source_url": "https://example.org/a",
        "published": "2024-04-26",
        "article_title": "Ministers met",
        "outlet": "Example News",
    }


def test_participant_rows_name_each_official_of_each_meeting() -> None:
    data = exports.rows(ARTICLE, "participants")
    assert [(r["meeting_id"][-1], r["name"], r["country"], r["rank"]) for r in data] == [
        ("0", "Zakir Hasanov", "AZ", "Colonel General"),
        ("0", "Sultan Kamaletdinov", "KZ", None),
        ("1", "Zakir Hasanov", "AZ", "Colonel General"),
        ("1", "Baktybek Bekbolotov", "KG", "Major General"),
    ]
    assert data[1]["posts"] == ["First Deputy Minister of Defense"]


def test_meeting_ids_are_stable_and_distinct() -> None:
    again = _article(VISIT, CALL)
    other = _article(VISIT, CALL, text="Another article.")
    assert exports.meeting_id(ARTICLE, 0) == exports.meeting_id(again, 0)
    assert exports.meeting_id(ARTICLE, 0) != exports.meeting_id(ARTICLE, 1)
    assert exports.meeting_id(ARTICLE, 0) != exports.meeting_id(other, 0)


def test_sources_articles_and_lists_of_articles_give_the_same_rows() -> None:
    assert exports.rows(ARTICLE) == exports.rows([ARTICLE]) == exports.rows(iter([ARTICLE]))


@pytest.mark.parametrize("bad", ["a string", 42, [object()]], ids=["str", "int", "list-of-objects"])
def test_a_source_of_the_wrong_type_is_a_type_error(bad: Any) -> None:
    with pytest.raises(TypeError, match="cannot export"):
        exports.rows(bad)


def test_unknown_table_names_the_choices() -> None:
    with pytest.raises(ValueError, match="unknown table 'meeting'; choose one of: meetings, participants"):
        exports.rows(ARTICLE, "meeting")


# --------------------------------------------------------------------------- CSV


def test_csv_has_the_header_one_row_per_meeting_and_joined_lists(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    assert exports.write_csv(ARTICLE, path) == 2
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == exports.COLUMNS["meetings"]
        back = list(reader)
    assert len(back) == 2
    assert back[0]["countries"] == "AZ; KZ"
    assert back[0]["participants"] == "Colonel General Zakir Hasanov (AZ); Sultan Kamaletdinov (KZ)"
    assert back[1]["date"] == ""  # unknown: empty cell
    assert back[1]["kind"] == "call"


def test_csv_participants_to_a_stream() -> None:
    buf = io.StringIO()
    assert exports.write_csv(ARTICLE, buf, table="participants") == 4
    back = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert [r["name"] for r in back] == ["Zakir Hasanov", "Sultan Kamaletdinov", "Zakir Hasanov", "Baktybek Bekbolotov"]


def test_csv_header_only_when_nothing_to_export() -> None:
    buf = io.StringIO()
    assert exports.write_csv([], buf) == 0
    assert buf.getvalue() == ",".join(exports.COLUMNS["meetings"]) + "\r\n"


# --------------------------------------------------------------------------- CAMEO


@attrs.frozen
class CameoCase:
    id: str
    meeting: Meeting
    expected: list[tuple[str, str, str]]


CAMEO_CASES = [
    CameoCase(
        "visit-host-known",
        Meeting(countries=(AZ, KZ), host=AZ, kind=MeetingKind.VISIT),
        [("KAZ", "AZE", "042"), ("AZE", "KAZ", "043")],
    ),
    CameoCase(
        "visit-host-second-code",
        Meeting(countries=(AZ, KZ), host=KZ, kind=MeetingKind.VISIT),
        [("AZE", "KAZ", "042"), ("KAZ", "AZE", "043")],
    ),
    CameoCase(
        "visit-host-unknown",
        Meeting(countries=(AZ, KZ), kind=MeetingKind.VISIT),
        [("AZE", "KAZ", "040"), ("KAZ", "AZE", "040")],
    ),
    CameoCase(
        "third-country",
        Meeting(countries=(AZ, KZ), kind=MeetingKind.THIRD_COUNTRY, location="Istanbul"),
        [("AZE", "KAZ", "044"), ("KAZ", "AZE", "044")],
    ),
    CameoCase(
        "sidelines-abroad",
        Meeting(countries=(AZ, KZ), host=BY, kind=MeetingKind.SIDELINES, location="Minsk"),
        [("AZE", "KAZ", "044"), ("KAZ", "AZE", "044")],
    ),
    CameoCase(
        "sidelines-hosted-by-one-side",
        Meeting(countries=(AZ, KZ), host=KZ, kind=MeetingKind.SIDELINES, location="Astana"),
        [("AZE", "KAZ", "042"), ("KAZ", "AZE", "043")],
    ),
    CameoCase(
        "call", Meeting(countries=(AZ, TR), kind=MeetingKind.CALL), [("AZE", "TUR", "041"), ("TUR", "AZE", "041")]
    ),
    CameoCase("unspecified", Meeting(countries=(AZ, TR)), [("AZE", "TUR", "040"), ("TUR", "AZE", "040")]),
    CameoCase(
        "agreement-signed",
        Meeting(countries=(AZ, TR), agreements=("a protocol",)),
        [("AZE", "TUR", "040"), ("TUR", "AZE", "040"), ("AZE", "TUR", "057"), ("TUR", "AZE", "057")],
    ),
    CameoCase(
        "multilateral-call",
        Meeting(countries=(AZ, KZ, TR), kind=MeetingKind.CALL),
        [
            ("AZE", "KAZ", "041"),
            ("KAZ", "AZE", "041"),
            ("AZE", "TUR", "041"),
            ("TUR", "AZE", "041"),
            ("KAZ", "TUR", "041"),
            ("TUR", "KAZ", "041"),
        ],
    ),
    CameoCase(
        "two-guests-of-a-host",
        Meeting(countries=(AZ, KG, KZ), host=AZ, kind=MeetingKind.VISIT),
        [
            ("KGZ", "AZE", "042"),
            ("AZE", "KGZ", "043"),
            ("KAZ", "AZE", "042"),
            ("AZE", "KAZ", "043"),
            ("KGZ", "KAZ", "044"),
            ("KAZ", "KGZ", "044"),
        ],
    ),
    CameoCase(
        "unspecified-with-host",
        Meeting(countries=(AZ, KZ), host=KZ),
        [("AZE", "KAZ", "042"), ("KAZ", "AZE", "043")],
    ),
    CameoCase(
        "call-with-host",
        Meeting(countries=(AZ, KZ), host=KZ, kind=MeetingKind.CALL),
        [("AZE", "KAZ", "041"), ("KAZ", "AZE", "041")],
    ),
    CameoCase("one-country", Meeting(countries=(AZ,), kind=MeetingKind.VISIT, host=AZ), []),
    CameoCase("announced-left-out", Meeting(countries=(AZ, KZ), status=MeetingStatus.ANNOUNCED), []),
]


@pytest.mark.parametrize("case", CAMEO_CASES, ids=lambda c: c.id)
def test_cameo_crosswalk(case: CameoCase) -> None:
    got = exports.cameo_events(_article(case.meeting))
    assert [(r["source"], r["target"], r["code"]) for r in got] == case.expected
    for r in got:
        label, quad, goldstein = exports.CAMEO_CODES[r["code"]]
        assert (r["label"], r["quad_class"], r["goldstein"], r["root_code"]) == (label, quad, goldstein, r["code"][:2])


def test_cameo_announced_meetings_are_intent_to_meet_on_request() -> None:
    article = _article(Meeting(countries=(AZ, KZ), status=MeetingStatus.ANNOUNCED, agreements=("a plan",)))
    got = exports.cameo_events(article, include_announced=True)
    assert [(r["source"], r["target"], r["code"]) for r in got] == [("AZE", "KAZ", "036"), ("KAZ", "AZE", "036")]


def test_cameo_event_ids_are_unique() -> None:
    ids = [r["event_id"] for r in exports.cameo_events(ARTICLE)]
    assert len(ids) == len(set(ids))


# --------------------------------------------------------------------------- PLOVER

PLOVER_KEYS = {
    "id",
    "event",
    "mode",
    "context",
    "date",
    "date_resolution",
    "status",
    "actors",
    "location",
    "topics",
    "occasion",
    "agreements",
    "sources",
}


@pytest.mark.parametrize(
    ("kind", "mode"),
    [
        (MeetingKind.VISIT, "visit"),
        (MeetingKind.THIRD_COUNTRY, "third-party"),
        (MeetingKind.SIDELINES, "multilateral"),
        (MeetingKind.CALL, "phone"),
        (MeetingKind.UNSPECIFIED, None),
    ],
    ids=lambda v: getattr(v, "value", str(v)),
)
def test_plover_mode_per_kind(kind: MeetingKind, mode: str | None) -> None:
    (event,) = exports.plover_events(_article(Meeting(countries=(AZ, KZ), kind=kind)))
    assert event["event"] == "CONSULT"
    assert event["mode"] == mode


def test_plover_jsonl_records_are_valid_json_with_the_documented_keys(tmp_path: Path) -> None:
    path = tmp_path / "plover.jsonl"
    assert exports.write_plover(ARTICLE, path) == 2
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == PLOVER_KEYS for r in records)
    visit = records[0]
    assert visit["id"] == exports.meeting_id(ARTICLE, 0)
    assert (visit["date"], visit["date_resolution"]) == ("2024-04-25", "day")
    assert visit["location"] == {"name": "Baku", "country": "AZE"}
    assert visit["context"] == ["military"]
    assert visit["actors"] == [
        {
            "country": "AZE",
            "country_name": "Azerbaijan",
            "role": "host",
            "officials": [{"name": "Zakir Hasanov", "rank": "Colonel General", "posts": ["Minister of Defense"]}],
        },
        {
            "country": "KAZ",
            "country_name": "Kazakhstan",
            "role": "visitor",
            "officials": [
                {"name": "Sultan Kamaletdinov", "rank": None, "posts": ["First Deputy Minister of Defense"]}
            ],
        },
    ]
    assert visit["sources"] == [
        {"url": "https://example.org/a", "title": "Ministers met", "outlet": "Example News", "published": "2024-04-26"}
    ]
    call = records[1]
    assert (call["date"], call["date_resolution"], call["location"]) == (None, None, {"name": None, "country": None})
    assert [a["role"] for a in call["actors"]] == [None, None]


def test_plover_context_from_topics_and_announced_on_request() -> None:
    m = Meeting(countries=(AZ, KZ), topics={Topic.PEACEKEEPING, Topic.CYBER}, status=MeetingStatus.ANNOUNCED)
    assert exports.plover_events(_article(m)) == []
    (event,) = exports.plover_events(_article(m), include_announced=True)
    assert event["context"] == ["military", "cyber", "pko"]
    assert event["status"] == "announced"


def test_plover_participants_of_no_listed_country_form_a_last_actor() -> None:
    stranger = Official("John Smith")
    article = _article(Meeting(countries=(AZ, KZ), participants=(HASANOV, stranger)))
    actors = exports.plover_events(article)[0]["actors"]
    assert actors[-1] == {
        "country": None,
        "country_name": None,
        "role": None,
        "officials": [{"name": "John Smith", "rank": None, "posts": []}],
    }


# --------------------------------------------------------------------------- DataFrames


@pytest.mark.parametrize(("table", "n"), [("meetings", 2), ("participants", 4), ("cameo", 6)])
def test_dataframe_shapes_and_date_columns(table: str, n: int) -> None:
    pd = pytest.importorskip("pandas")
    df = exports.to_dataframe(ARTICLE, table)
    assert df.shape == (n, len(exports.COLUMNS[table]))
    assert tuple(df.columns) == exports.COLUMNS[table]
    assert pd.api.types.is_datetime64_any_dtype(df["date"])


def test_dataframe_of_nothing_has_the_columns() -> None:
    pytest.importorskip("pandas")
    df = exports.to_dataframe([])
    assert df.shape == (0, len(exports.COLUMNS["meetings"]))


def test_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'defcoop\[pandas\]'"):
        exports.to_dataframe(ARTICLE)


# --------------------------------------------------------------------------- properties


@given(st.lists(strategies.articles(), max_size=4))
def test_tables_have_one_row_per_meeting_and_per_participant(articles: list[Article]) -> None:
    meetings = [m for a in articles for m in a.meetings]
    assert len(exports.rows(articles, "meetings")) == len(meetings)
    assert len(exports.rows(articles, "participants")) == sum(len(m.participants) for m in meetings)
    buf = io.StringIO()
    assert exports.write_csv(articles, buf) == len(meetings)
    assert len(list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))) == len(meetings)


@given(st.lists(strategies.articles(), max_size=4))
def test_cameo_rows_are_dyadic_and_coded(articles: list[Article]) -> None:
    for row in exports.cameo_events(articles, include_announced=True):
        assert row["source"] != row["target"]
        assert row["code"] in exports.CAMEO_CODES
        json.dumps(row)
    for event in exports.plover_events(articles, include_announced=True):
        assert set(event) == PLOVER_KEYS
        json.dumps(event)


# --------------------------------------------------------------------------- the query side as a source


SECOND_REPORT = _article(attrs.evolve(VISIT, topics=()), url="https://example.org/b", text="Another report.")


def test_officials_table_from_a_corpus_one_row_per_person() -> None:
    from defcoop import Corpus

    corpus = Corpus([ARTICLE, SECOND_REPORT])
    data = exports.rows(corpus, "officials")
    assert all(tuple(row) == exports.COLUMNS["officials"] for row in data)
    by_name = {row["name"]: row for row in data}
    assert sorted(by_name) == ["Baktybek Bekbolotov", "Sultan Kamaletdinov", "Zakir Hasanov"]
    hasanov = by_name["Zakir Hasanov"]
    assert (hasanov["country"], hasanov["ranks"], hasanov["meetings"]) == ("AZ", ["Colonel General"], 3)
    assert len(hasanov["meeting_ids"]) == 3
    assert exports.rows([ARTICLE, SECOND_REPORT], "officials") == data  # articles are put in a Corpus
    assert exports.rows(corpus.officials(country="KG"), "officials") == [by_name["Baktybek Bekbolotov"]]


def test_events_table_merges_reports_and_keeps_every_source() -> None:
    from defcoop import Corpus

    corpus = Corpus([ARTICLE, SECOND_REPORT])
    data = exports.rows(corpus, "events")
    assert all(tuple(row) == exports.COLUMNS["events"] for row in data)
    visit = next(row for row in data if row["kind"] == "visit")
    assert visit["sources"] == 2
    assert sorted(visit["source_urls"]) == ["https://example.org/a", "https://example.org/b"]
    assert sorted(visit["meeting_ids"]) == sorted(
        [exports.meeting_id(ARTICLE, 0), exports.meeting_id(SECOND_REPORT, 0)]
    )
    assert visit["participants"] == ["Zakir Hasanov", "Sultan Kamaletdinov"]


def test_a_corpus_exports_every_meeting_and_records_export_what_was_selected() -> None:
    from defcoop import Corpus

    announced = _article(Meeting(countries=(AZ, KZ), status=MeetingStatus.ANNOUNCED), url=None, text="Announced.")
    corpus = Corpus([ARTICLE, announced])
    assert len(exports.rows(corpus)) == 3  # the status column tells held from announced
    assert len(exports.rows(corpus.meetings())) == 2  # held only: the query's default
    assert [r["kind"] for r in exports.rows(corpus.meetings(kind="call"))] == ["call"]


def test_a_store_is_a_source_like_the_corpus(tmp_path: Path) -> None:
    from defcoop import Corpus, Store

    corpus = Corpus([ARTICLE, SECOND_REPORT])
    with Store(tmp_path / "s.db") as store:
        for article in corpus:
            store.add(article)
        for table in ("meetings", "participants", "cameo"):
            assert sorted(map(repr, exports.rows(store, table))) == sorted(map(repr, exports.rows(corpus, table)))
        assert len(exports.rows(store, "officials")) == len(exports.rows(corpus, "officials"))


def test_dataframe_of_officials_has_date_columns() -> None:
    pd = pytest.importorskip("pandas")
    from defcoop import Corpus

    df = exports.to_dataframe(Corpus([ARTICLE]), "officials")
    assert df.shape == (3, len(exports.COLUMNS["officials"]))
    assert pd.api.types.is_datetime64_any_dtype(df["first_seen"])
