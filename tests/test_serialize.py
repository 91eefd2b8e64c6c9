"""Serialisation: lossless round trips, JSON Lines, and clear errors on malformed data."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import defcoop
from defcoop.countries import get
from defcoop.errors import DataError
from defcoop.models import Article, Country, Meeting, MeetingKind, Official, Span, Topic
from defcoop.serialize import SCHEMA_VERSION, from_dict, read_jsonl, to_dict, write_jsonl
from strategies import articles, countries, meetings, officials, spans

AZ, KZ = get("AZ"), get("KZ")
TEXT = "Zakir Hasanov met Ruslan Zhaksylykov in Baku."
HASANOV = Official("Zakir Hasanov", country=AZ, rank="Colonel General", spans=(Span(0, 13),))
ZHAKSYLYKOV = Official("Ruslan Zhaksylykov", country=KZ, posts=("Minister of Defense",), spans=(Span(18, 36),))
ARTICLE = Article(
    TEXT,
    title="Ministers meet",
    published=dt.date(2024, 3, 27),
    outlet="Trend",
    officials=(HASANOV, ZHAKSYLYKOV),
    meetings=(
        Meeting(
            date=dt.date(2024, 3, 26),
            location="Baku",
            countries=(AZ, KZ),
            participants=(HASANOV, ZHAKSYLYKOV),
            host=AZ,
            kind=MeetingKind.VISIT,
            topics={Topic.DEFENCE_INDUSTRY, Topic.MILITARY_EDUCATION},
            spans=(Span(0, 45),),
        ),
    ),
)


# --------------------------------------------------------------------------- round trips


@given(articles())
def test_article_round_trip(article: Article) -> None:
    assert defcoop.loads(defcoop.dumps(article)) == article


@given(officials())
def test_official_round_trip(official: Official) -> None:
    assert defcoop.loads(defcoop.dumps(official)) == official


@given(meetings())
def test_meeting_round_trip(meeting: Meeting) -> None:
    assert defcoop.loads(defcoop.dumps(meeting)) == meeting


@given(countries)
def test_country_round_trip(country: Country) -> None:
    assert defcoop.loads(defcoop.dumps(country)) == country


@given(spans())
def test_span_round_trip(span: Span) -> None:
    assert defcoop.loads(defcoop.dumps(span)) == span


@given(articles())
def test_dumps_is_plain_json_with_a_schema(article: Article) -> None:
    data = json.loads(defcoop.dumps(article))
    assert data["schema"] == SCHEMA_VERSION
    assert data["text"] == article.text


def test_layout_of_an_article() -> None:
    data = to_dict(ARTICLE)
    assert data["published"] == "2024-03-27"
    assert data["officials"][0]["country"] == "AZ"
    assert data["officials"][0]["spans"] == [[0, 13]]
    meeting = data["meetings"][0]
    assert (meeting["kind"], meeting["status"], meeting["host"]) == ("visit", "held", "AZ")
    assert meeting["topics"] == ["defence_industry", "military_education"]
    assert meeting["countries"] == ["AZ", "KZ"]


def test_loads_with_an_explicit_class() -> None:
    assert defcoop.loads(defcoop.dumps(ARTICLE), Article) == ARTICLE
    assert defcoop.loads(b'{"schema": 1, "type": "Span", "value": [0, 4]}') == Span(0, 4)


def test_older_records_without_schema_or_type_are_articles() -> None:
    data = to_dict(ARTICLE)
    del data["schema"]
    assert from_dict(data) == ARTICLE


def test_unknown_extra_fields_are_tolerated() -> None:
    data = to_dict(ARTICLE)
    data["sentiment"] = 0.5
    data["officials"][0]["nickname"] = "ZH"
    data["meetings"][0]["weather"] = {"sunny": True}
    assert from_dict(data) == ARTICLE


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    batch = [ARTICLE, Article("Second."), attrs.evolve(ARTICLE, title="Third")]
    assert write_jsonl(batch, path) == 3
    assert list(read_jsonl(path)) == batch
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3


@given(articles(), articles())
def test_jsonl_round_trip_through_a_stream(a: Article, b: Article) -> None:
    buf = io.StringIO()
    write_jsonl([a, b], buf)
    assert list(read_jsonl(io.StringIO(buf.getvalue()))) == [a, b]


def test_jsonl_skips_blank_lines_and_names_the_bad_line() -> None:
    good = defcoop.dumps(ARTICLE)
    assert list(read_jsonl(io.StringIO(f"{good}\n\n{good}\n"))) == [ARTICLE, ARTICLE]
    with pytest.raises(DataError, match=r"^line 3: not valid JSON"):
        list(read_jsonl(io.StringIO(f"{good}\n\n{{oops\n")))


# --------------------------------------------------------------------------- malformed data


def _with(path: str, value: Any) -> str:
    """ARTICLE's JSON with the value at a dotted path ("meetings.0.date") replaced (``...`` deletes it)."""
    data = to_dict(ARTICLE)
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key: Any = int(last) if isinstance(node, list) else last
    if value is ...:
        del node[key]
    else:
        node[key] = value
    return json.dumps(data)


MALFORMED = {
    "not json": ("{oops", "not valid JSON"),
    "not an object": ("[1, 2]", "$: expected a JSON object, got list"),
    "newer schema": (_with("schema", SCHEMA_VERSION + 1), "$.schema: unsupported schema version 2"),
    "schema as string": (_with("schema", "1"), "$.schema: unsupported schema version '1'"),
    "unknown type": ('{"schema": 1, "type": "Spaceship"}', "$.type: unknown record type 'Spaceship'"),
    "text not a string": (_with("text", 3), "$.text"),
    "text missing": (_with("text", ...), "required field missing @ $.text"),
    "bad date": (_with("meetings.0.date", "27 March"), "$.meetings[0].date"),
    "date as number": (_with("published", 20240327), "$.published"),
    "unknown country code": (_with("officials.0.country", "XX"), "no ISO 3166-1 country with code 'XX'"),
    "country as object": (_with("meetings.0.host", {"code": "AZ"}), "$.meetings[0].host"),
    "unknown kind": (_with("meetings.0.kind", "duel"), "$.meetings[0].kind"),
    "unknown topic": (_with("meetings.0.topics", ["gossip"]), "$.meetings[0].topics[0]"),
    "short span": (_with("officials.1.spans.0", [18]), "$.officials[1].spans[0]"),
    "boolean in span": (_with("officials.1.spans.0", [True, 3]), "$.officials[1].spans[0]"),
    "empty official name": (_with("officials.0.name", " "), "name must be a non-empty string"),
    "posts not a list": (_with("officials.0.posts", 7), "$.officials[0].posts"),
    "span outside text": (_with("text", "short"), "outside the text (5 characters)"),
}


@pytest.mark.parametrize(("payload", "message"), MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_data_raises_data_error_naming_the_field(payload: str, message: str) -> None:
    with pytest.raises(DataError, match=re.escape(message)):
        defcoop.loads(payload)


def test_data_error_is_a_value_error_and_a_defcoop_error() -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        defcoop.loads("{")
    with pytest.raises(defcoop.DefcoopError):
        defcoop.loads("{")
