"""The models: validators reject bad values with clear messages, converters normalise, models hash."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given

from defcoop.countries import get
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Span, Topic
from strategies import articles, countries, meetings, officials, spans

AZ, KZ = get("AZ"), get("KZ")
HASANOV = Official("Zakir Hasanov", country=AZ, spans=(Span(0, 13),))


@attrs.frozen
class Bad:
    build: Callable[[], Any]
    error: type[Exception]
    message: str


BAD_VALUES = {
    # Span
    "span negative start": Bad(lambda: Span(-1, 3), ValueError, "invalid span [-1, 3)"),
    "span end before start": Bad(lambda: Span(5, 2), ValueError, "need 0 <= start <= end"),
    "span float": Bad(lambda: Span(0.0, 2), TypeError, "'start' must be <class 'int'>"),
    # Country
    "country lower-case code": Bad(lambda: Country("az", "AZE", "Azerbaijan"), ValueError, "alpha-2 code"),
    "country three-letter code": Bad(lambda: Country("AZE", "AZE", "Azerbaijan"), ValueError, "got 'AZE'"),
    "country bad alpha3": Bad(lambda: Country("AZ", "AZ", "Azerbaijan"), ValueError, "alpha3 must be"),
    "country empty name": Bad(lambda: Country("AZ", "AZE", "  "), ValueError, "name must be a non-empty string"),
    # Official
    "official empty name": Bad(lambda: Official("   "), ValueError, "name must be a non-empty string"),
    "official name not a string": Bad(lambda: Official(None), TypeError, "expected a string, got None"),
    "official rank not a string": Bad(lambda: Official("A B", rank=3), TypeError, "expected a string, got 3"),
    "official post not a string": Bad(lambda: Official("A B", posts=[1]), TypeError, "expected a string, got 1"),
    "official country as code": Bad(lambda: Official("A B", country="AZ"), TypeError, "'country' must be"),
    "official posts as one string": Bad(lambda: Official("A B", posts="Minister"), TypeError, "single string"),
    # Meeting
    "meeting datetime": Bad(
        lambda: Meeting(date=dt.datetime(2024, 3, 27, 10, 0)), TypeError, "date must be a datetime.date"
    ),
    "meeting date string": Bad(lambda: Meeting(date="2024-03-27"), TypeError, "date must be a datetime.date"),
    "meeting country as code": Bad(
        lambda: Meeting(countries=["AZ"]), TypeError, "countries must hold Country objects, got 'AZ'"
    ),
    "meeting participant not an official": Bad(
        lambda: Meeting(participants=["Zakir Hasanov"]), TypeError, "participants must hold Official objects"
    ),
    "meeting location not a string": Bad(lambda: Meeting(location=5), TypeError, "expected a string, got 5"),
    "meeting kind as string": Bad(lambda: Meeting(kind="visit"), TypeError, "'kind' must be"),
    "meeting topic as string": Bad(lambda: Meeting(topics={"cyber"}), TypeError, "topics must hold Topic members"),
    # Article
    "article text not a string": Bad(lambda: Article(None), TypeError, "'text' must be"),
    "article datetime published": Bad(
        lambda: Article("x", published=dt.datetime(2024, 1, 1)), TypeError, "published must be a datetime.date"
    ),
    "article bad language": Bad(lambda: Article("x", language="English"), ValueError, "ISO 639-1"),
    "article official span outside text": Bad(
        lambda: Article("Zakir", officials=[HASANOV]), ValueError, "span [0, 13) is outside the text (5 characters)"
    ),
    "article meeting span outside text": Bad(
        lambda: Article("short", meetings=[Meeting(spans=[Span(2, 9)])]), ValueError, "outside the text"
    ),
    "article participant not among officials": Bad(
        lambda: Article("Zakir Hasanov met ...", meetings=[Meeting(participants=[HASANOV])]),
        ValueError,
        "meetings[0]: participant 'Zakir Hasanov' is not among the article's officials",
    ),
    "article official not an Official": Bad(
        lambda: Article("x", officials=["Zakir Hasanov"]), TypeError, "officials must hold Official objects"
    ),
}


@pytest.mark.parametrize("case", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_validators_reject_bad_values(case: Bad) -> None:
    with pytest.raises(case.error, match=re.escape(case.message)):
        case.build()


def test_converters_normalise() -> None:
    o = Official("  Zakir Hasanov ", rank=" ", posts=[" Minister of Defense", "", "Minister of Defense"])
    assert (o.name, o.rank, o.posts) == ("Zakir Hasanov", None, ("Minister of Defense",))
    assert Official("A B", spans=[Span(5, 9), Span(0, 3), Span(5, 9)]).spans == (Span(0, 3), Span(5, 9))
    m = Meeting(countries=[KZ, AZ, KZ], location="  Baku ", topics=[Topic.CYBER, Topic.CYBER], agreements=("x", " x"))
    assert m.countries == (AZ, KZ)
    assert m.location == "Baku"
    assert m.topics == frozenset({Topic.CYBER})
    assert m.agreements == ("x",)
    a = Article("Text", title=" ", outlet=" Trend ", officials=[], meetings=[])
    assert (a.title, a.outlet, a.officials, a.meetings) == (None, "Trend", (), ())


def test_country_equality_is_by_code() -> None:
    assert Country("AZ", "AZE", "Azerbaijan") == Country("AZ", "AZE", "Republic of Azerbaijan")
    assert Country("AZ", "AZE", "Azerbaijan") != Country("KZ", "KAZ", "Azerbaijan")
    assert len({Country("AZ", "AZE", "Azerbaijan"), Country("AZ", "AZE", "Azerbaijan Republic")}) == 1
    assert Country("AZ", "AZE", "Azerbaijan") != "AZ"
    assert sorted([KZ, AZ]) == [AZ, KZ]


def test_models_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        HASANOV.name = "Someone Else"  # type: ignore[misc]


def test_meeting_properties() -> None:
    assert Meeting(countries=(AZ, KZ)).bilateral
    assert not Meeting(countries=(AZ,)).bilateral
    assert Meeting().held
    assert not Meeting(status=MeetingStatus.ANNOUNCED).held
    assert Meeting().kind is MeetingKind.UNSPECIFIED


def test_article_participants_and_evidence() -> None:
    text = "Zakir Hasanov met Ruslan Zhaksylykov."
    other = Official("Ruslan Zhaksylykov", country=KZ, spans=(Span(18, 36),))
    held = Meeting(participants=(HASANOV, other), countries=(AZ, KZ), spans=(Span(0, 37),))
    planned = Meeting(status=MeetingStatus.ANNOUNCED)
    a = Article(text, officials=(HASANOV, other), meetings=(held, planned))
    assert a.held_meetings == (held,)
    assert a.participants == (HASANOV, other)
    assert a.evidence(other) == ("Ruslan Zhaksylykov",)
    assert a.quote(Span(0, 5)) == "Zakir"


@given(articles())
def test_every_article_is_hashable_and_its_spans_fit(article: Article) -> None:
    assert hash(article) == hash(attrs.evolve(article))
    for o in article.officials:
        assert all(s.end <= len(article.text) for s in o.spans)
    for m in article.meetings:
        assert set(m.participants) <= set(article.officials)


@given(spans(), countries, officials(), meetings())
def test_every_model_is_hashable_and_equal_to_its_copy(span: Span, country: Country, o: Official, m: Meeting) -> None:
    for value in (span, country, o, m):
        assert value == attrs.evolve(value)
        assert hash(value) == hash(attrs.evolve(value))
