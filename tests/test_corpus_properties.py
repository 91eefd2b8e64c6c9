"""Hypothesis properties of Corpus queries, the roster and merged events, on small crowded corpora.

The corpora are drawn from a few countries, a few weeks and a few people (with name variants), so that filters,
the roster and event merging have something to do.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from defcoop import Article, Meeting, MeetingKind, MeetingStatus, Official, Topic
from defcoop.corpus import Corpus, MeetingRecord
from defcoop.countries import get
from strategies import articles as any_articles

CODES = ["AZ", "KZ", "TR", "UZ"]
PEOPLE = [
    ("Zakir Hasanov", "AZ"), ("Z. Hasanov", "AZ"), ("Hasanov", "AZ"), ("Zaur Hasanov", "AZ"),
    ("Karim Valiyev", "AZ"), ("K. Valiyev", None), ("Ruslan Zhaksylykov", "KZ"), ("Ruslan Jaksilykov", "KZ"),
    ("Sultan Kamaletdinov", "KZ"), ("Ahmet Demir", "TR"), ("Demir", "TR"), ("Bakhodir Kurbanov", "UZ"),
]
DAYS = st.dates(dt.date(2024, 1, 1), dt.date(2024, 2, 15))


@st.composite
def crowded_article(draw: st.DrawFn, i: int) -> Article:
    people = draw(st.lists(st.sampled_from(PEOPLE), max_size=4, unique=True))
    officials = tuple(Official(n, get(c) if c else None, posts=draw(st.sampled_from([(), ("Minister of Defense",)])))
                      for n, c in people)
    meetings = []
    for _ in range(draw(st.integers(0, 3))):
        parts = draw(st.lists(st.sampled_from(officials), max_size=3, unique=True)) if officials else []
        codes = draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=3))
        meetings.append(Meeting(
            date=draw(st.none() | DAYS),
            countries=tuple(get(c) for c in codes),
            participants=tuple(parts),
            kind=draw(st.sampled_from(MeetingKind)),
            status=draw(st.sampled_from(MeetingStatus)),
            topics=draw(st.frozensets(st.sampled_from([Topic.EXERCISES, Topic.DEFENCE_INDUSTRY]), max_size=2)),
        ))
    return Article(
        f"article {i}",
        url=draw(st.none() | st.just(f"https://example.org/{i}")),
        published=draw(st.none() | DAYS),
        officials=officials,
        meetings=tuple(meetings),
    )


@st.composite
def crowded_corpora(draw: st.DrawFn) -> list[Article]:
    n = draw(st.integers(0, 8))
    return [draw(crowded_article(i)) for i in range(n)]


FILTERS: dict[str, st.SearchStrategy[Any]] = {
    "between": st.lists(st.sampled_from(CODES), min_size=2, max_size=2, unique=True).map(tuple),
    "country": st.sampled_from([*CODES, "Azerbaijani", "Kazakhstan"]),
    "official": st.sampled_from(["Hasanov", "Zakir Hasanov", "Z. Hasanov", "Col-Gen Valiyev", "Jaksilykov", "Demir"]),
    "since": DAYS,
    "until": DAYS.map(dt.date.isoformat),
    "kind": st.sampled_from([k.value for k in MeetingKind]),
    "topic": st.sampled_from([Topic.EXERCISES, "defence_industry"]),
    "status": st.sampled_from(["held", MeetingStatus.ANNOUNCED]),
}


@st.composite
def filter_sets(draw: st.DrawFn) -> dict[str, Any]:
    keys = draw(st.lists(st.sampled_from(sorted(FILTERS)), min_size=1, max_size=3, unique=True))
    return {k: draw(FILTERS[k]) for k in keys}


def ids(records: tuple[MeetingRecord, ...]) -> list[tuple[str, int]]:
    return [(r.article.text, r.index) for r in records]


def single(corpus: Corpus, key: str, value: Any) -> set[tuple[str, int]]:
    if key == "status":
        return set(ids(corpus.meetings(status=value)))
    return set(ids(corpus.meetings(status=None, **{key: value})))


@given(crowded_corpora(), st.sampled_from(CODES), st.sampled_from(CODES), st.none() | DAYS)
def test_between_is_symmetric(articles: list[Article], a: str, b: str, since: dt.date | None) -> None:
    corpus = Corpus(articles)
    if a != b:
        assert corpus.meetings(between=(a, b), since=since) == corpus.meetings(between=(b, a), since=since)
        assert corpus.events(between=(a, b)) == corpus.events(between=(b, a))


@given(crowded_corpora(), filter_sets())
def test_filters_compose_as_intersection(articles: list[Article], filters: dict[str, Any]) -> None:
    corpus = Corpus(articles)
    everything = ids(corpus.meetings(status=None))
    combined = ids(corpus.meetings(**{"status": None, **filters}))
    assert set(combined) <= set(everything)
    expected = set(everything)
    for key, value in filters.items():
        result = single(corpus, key, value)
        assert result <= set(everything)
        expected &= result
    assert set(combined) == expected
    assert combined == [x for x in everything if x in expected]  # the corpus order is kept


@given(crowded_corpora())
def test_meetings_sorted_by_date_undated_last(articles: list[Article]) -> None:
    dates = [r.date for r in Corpus(articles).meetings(status=None)]
    keys = [(d is None, d or dt.date.min) for d in dates]
    assert keys == sorted(keys)


@given(crowded_corpora())
def test_events_never_lose_a_source_and_never_merge_one_article(articles: list[Article]) -> None:
    corpus = Corpus(articles)
    events = corpus.events(status=None)
    records = Counter((r.article.text, r.index) for e in events for r in e.records)
    assert records == Counter(ids(corpus.meetings(status=None)))
    for e in events:
        assert len({r.article.text for r in e.records}) == len(e.records)
        assert len({(r.countries, r.status) for r in e.records}) == 1
        assert set(e.sources) == {r.article for r in e.records}


@given(crowded_corpora())
def test_events_are_idempotent_and_order_free(articles: list[Article]) -> None:
    corpus = Corpus(articles)
    events = corpus.events(status=None)
    rebuilt = Corpus(dict.fromkeys(s for e in events for s in e.sources))
    assert [e.key for e in rebuilt.events(status=None)] == [e.key for e in events]
    assert sorted(e.key for e in Corpus(reversed(corpus.articles)).events(status=None)) == sorted(
        e.key for e in events
    )


@given(crowded_corpora())
def test_roster_accounts_for_every_official_once(articles: list[Article]) -> None:
    corpus = Corpus(articles)
    people = corpus.officials()
    assert sum(len(p.officials) for p in people) == sum(len(a.officials) for a in corpus)
    for p in people:
        countries = {o.country for o in p.officials if o.country is not None}
        assert len(countries) <= 1
        assert p.name in p.names or any(o.name_latin == p.name for o in p.officials)
        if p.first_seen is not None:
            assert p.last_seen is not None
            assert p.first_seen <= p.last_seen
        assert all(r.status is MeetingStatus.HELD for r in p.meetings)


@given(crowded_corpora())
def test_aggregates_add_up(articles: list[Article]) -> None:
    corpus = Corpus(articles)
    dated_events = [e for e in corpus.events() if e.date is not None]
    assert sum(n for _, n in corpus.timeline()) == len(dated_events)
    assert sum(n for _, n in corpus.timeline(by="year")) == len(dated_events)
    pairs = 0
    for r in corpus.meetings():
        if (r.date or r.published) is not None:
            k = len(r.countries)
            pairs += k * (k - 1) // 2
    assert sum(d.meetings for d in corpus.dyads()) == pairs
    assert all(d.events <= d.meetings for d in corpus.dyads())


@given(st.lists(any_articles(), max_size=5))
def test_any_articles_build_a_queryable_corpus(articles: list[Article]) -> None:
    corpus = Corpus(articles)
    assert len(corpus.meetings(status=None)) == sum(len(a.meetings) for a in corpus)
    assert sum(len(e.records) for e in corpus.events(status=None)) == len(corpus.meetings(status=None))
    assert sum(len(p.officials) for p in corpus.officials()) == sum(len(a.officials) for a in corpus)
