"""Corpus: construction, filters, roster, merged events, aggregates, graph; golden checks on seeds/."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import attrs
import pytest

import defcoop
from defcoop import Article, Meeting, MeetingKind, MeetingStatus, Official, Topic, UnknownCountryError
from defcoop.corpus import Corpus, Dyad, Edge, Event, Filters, MeetingRecord, Person
from defcoop.countries import get

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
AZ, KZ, TR, UZ = get("AZ"), get("KZ"), get("TR"), get("UZ")
D = dt.date


@attrs.frozen
class Case:
    text: str
    expected: object


def art(text: str, url: str | None, published: dt.date | None, *meetings: Meeting) -> Article:
    officials = tuple(dict.fromkeys(p for m in meetings for p in m.participants))
    return Article(text, url=url, published=published, officials=officials, meetings=meetings)


# one small, hand-made corpus that exercises every rule
HASANOV = Official("Zakir Hasanov", AZ, rank="Colonel General", posts=("Minister of Defense",))
KAMAL = Official("Sultan Kamaletdinov", KZ, rank="Lieutenant General", posts=("Chief of the General Staff",))
VALIYEV = Official("Karim Valiyev", AZ, rank="Colonel General", posts=("Chief of the General Staff",))
A1 = art(
    "Hasanov received Kamaletdinov; then Valiyev met him.",
    "https://example.org/a1",
    D(2024, 4, 25),
    Meeting(D(2024, 4, 25), "Baku", (AZ, KZ), (HASANOV, KAMAL), AZ, MeetingKind.VISIT,
            topics=frozenset({Topic.MILITARY_COOPERATION})),
    Meeting(D(2024, 4, 25), "Baku", (AZ, KZ), (VALIYEV, KAMAL), AZ, MeetingKind.VISIT,
            topics=frozenset({Topic.MILITARY_EDUCATION})),
)
Z_HASANOV = Official("Z.Hasanov", AZ, posts=("Defence Minister", "Minister of Defence"))
S_KAMAL = Official("S. Kamaletdinov", KZ, posts=("First Deputy Minister of Defense",))
A2 = art(
    "Z.Hasanov met S. Kamaletdinov.",
    "https://example.org/a2",
    D(2024, 4, 26),
    Meeting(D(2024, 4, 24), None, (AZ, KZ), (Z_HASANOV, S_KAMAL), AZ, MeetingKind.VISIT,
            agreements=("Plan of bilateral military cooperation for 2025",)),
)
BARE_HASANOV = Official("Hasanov", AZ, rank="Colonel General")
A5 = art(
    "Col-Gen Hasanov met Kamaletdinov (undated).",
    "https://example.org/a5",
    D(2024, 4, 27),
    Meeting(None, None, (AZ, KZ), (BARE_HASANOV, Official("Kamaletdinov", KZ))),
)
K_VALIYEV = Official("K. Valiyev", AZ)
TURK = Official("Ahmet Demir", TR, posts=("Chief of the General Staff",))
A3 = art(
    "Valiyev met Demir in Ankara.",
    "https://example.org/a3",
    D(2024, 5, 10),
    Meeting(D(2024, 5, 8), "Ankara", (AZ, TR), (K_VALIYEV, TURK), TR, MeetingKind.VISIT,
            topics=frozenset({Topic.DEFENCE_INDUSTRY})),
    Meeting(D(2024, 6, 1), "Astana", (AZ, KZ), (K_VALIYEV,), KZ, MeetingKind.VISIT, MeetingStatus.ANNOUNCED),
)
ZAUR = Official("Zaur Hasanov", AZ, posts=("Ambassador",))
A6 = art(
    "Ambassador Zaur Hasanov met Kazakh officials.",
    "https://example.org/a6",
    D(2023, 12, 1),
    Meeting(D(2023, 12, 1), "Astana", (AZ, KZ), (ZAUR,), KZ),
)
UZB = Official("Bakhodir Kurbanov", UZ)
A7 = art(
    "Hasanov and Kurbanov spoke by phone.",
    None,
    D(2024, 4, 28),
    Meeting(D(2024, 4, 28), None, (AZ, UZ), (Official("Zakir Hasanov", AZ), UZB), kind=MeetingKind.CALL),
)
ARTICLES = (A1, A2, A5, A3, A6, A7)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(ARTICLES)


def names(records: tuple[MeetingRecord, ...]) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(r.source and r.source.rsplit("/", 1)[-1], tuple(p.name for p in r.participants)) for r in records]


# --------------------------------------------------------------------------- construction and protocol


def test_container_protocol(corpus: Corpus) -> None:
    assert len(corpus) == len(ARTICLES)
    assert tuple(corpus) == ARTICLES == corpus.articles
    assert A3 in corpus
    assert Article("not there") not in corpus
    assert "Corpus" in repr(corpus)


def test_duplicates_dropped_by_content_and_url() -> None:
    same_url = attrs.evolve(A1, text="A revised text.", meetings=(), officials=())
    c = Corpus([A1, A1, same_url, A2])
    assert c.articles == (A1, A2)


def test_rejects_non_articles() -> None:
    with pytest.raises(TypeError, match="Article"):
        Corpus(["text"])  # type: ignore[list-item]


def test_from_jsonl_and_lazy_export(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    defcoop.write_jsonl(ARTICLES, path)
    assert Corpus.from_jsonl(path).articles == ARTICLES
    assert defcoop.Corpus is Corpus


def test_from_texts_files_and_dir(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / "skip.md").write_text("Not an article.", encoding="utf-8")
    assert [a.text for a in Corpus.from_dir(tmp_path)] == ["First report.", "Second report."]
    assert len(Corpus.from_files([tmp_path / "a.txt"])) == 1
    assert len(Corpus.from_texts(["One.", "Two."])) == 2
    with pytest.raises(NotADirectoryError):
        Corpus.from_dir(tmp_path / "a.txt")


# --------------------------------------------------------------------------- meetings() filters

MEETING_QUERIES = [
    Case({}, ["a6", "a2", "a1", "a1", "a7", "a3", "a5"]),
    Case({"between": ("AZ", "KZ")}, ["a6", "a2", "a1", "a1", "a5"]),
    Case({"between": ("Kazakhstan", "Azerbaijani")}, ["a6", "a2", "a1", "a1", "a5"]),
    Case({"between": ("KAZ", "aze")}, ["a6", "a2", "a1", "a1", "a5"]),
    Case({"between": ("AZ", "KZ"), "since": "2024-01-01"}, ["a2", "a1", "a1"]),
    Case({"between": ("AZ", "KZ"), "until": D(2024, 4, 24)}, ["a6", "a2"]),
    Case({"since": "2024-04-25", "until": "2024-04-25"}, ["a1", "a1"]),
    Case({"country": "Turkey"}, ["a3"]),
    Case({"country": "Türkiye"}, ["a3"]),
    Case({"kind": "call"}, ["a7"]),
    Case({"kind": MeetingKind.VISIT, "country": "KZ"}, ["a2", "a1", "a1"]),
    Case({"topic": "defence_industry"}, ["a3"]),
    Case({"topic": Topic.MILITARY_EDUCATION}, ["a1"]),
    Case({"status": "announced"}, ["a3"]),
    Case({"status": None, "between": ("AZ", "KZ")}, ["a6", "a2", "a1", "a1", "a3", "a5"]),
    Case({"official": "Hasanov"}, ["a6", "a2", "a1", "a7", "a5"]),
    Case({"official": "Zakir Hasanov"}, ["a2", "a1", "a7", "a5"]),
    Case({"official": "Z. Hasanov", "between": ("AZ", "KZ")}, ["a6", "a2", "a1", "a5"]),
    Case({"official": "Col-Gen Hasanov", "kind": "call"}, ["a7"]),
    Case({"official": "Zaur Hasanov"}, ["a6", "a2", "a5"]),  # names only: "Z.Hasanov" fits; a Person is exact
    Case({"official": "Karim Valiyev"}, ["a1", "a3"]),
    Case({"official": "Valiyev", "status": None}, ["a1", "a3", "a3"]),
    Case({"official": "Kamaletdinov"}, ["a2", "a1", "a1", "a5"]),
    Case({"official": "Закир Гасанов"}, ["a2", "a1", "a7", "a5"]),
    Case({"between": ("AZ", "UZ"), "country": "KZ"}, []),
    Case({"between": ("AZ", "FR")}, []),
]


@pytest.mark.parametrize("case", MEETING_QUERIES, ids=lambda c: repr(c.text))
def test_meetings(corpus: Corpus, case: Case) -> None:
    got = [src or "a7" for src, _ in names(corpus.meetings(**case.text))]  # type: ignore[arg-type]
    assert got == case.expected


def test_meetings_sorted_by_date_undated_last(corpus: Corpus) -> None:
    dates = [r.date for r in corpus.meetings(status=None)]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    assert dates[len(dated) :] == [None] * (len(dates) - len(dated))


def test_meeting_record_delegates(corpus: Corpus) -> None:
    r = corpus.meetings(kind="call")[0]
    assert (r.date, r.kind, r.countries, r.host, r.location) == (D(2024, 4, 28), MeetingKind.CALL, (AZ, UZ), None, None)
    assert r.source is None
    assert r.published == D(2024, 4, 28)
    assert r.meeting is A7.meetings[0]
    assert r.article is A7
    assert r.index == 0
    assert (r.status, r.topics, r.occasion, r.agreements) == (MeetingStatus.HELD, frozenset(), None, ())
    assert r.participants[1].name == "Bakhodir Kurbanov"


BAD_FILTERS = [
    Case({"between": ("AZ", "Atlantis")}, UnknownCountryError),
    Case({"country": "Kazakstan"}, UnknownCountryError),
    Case({"between": "AZ"}, ValueError),
    Case({"between": ("AZ", "KZ", "TR")}, ValueError),
    Case({"between": ("AZ", "Azerbaijan")}, ValueError),
    Case({"since": "25 April"}, ValueError),
    Case({"until": 2024}, TypeError),
    Case({"kind": "summit"}, ValueError),
    Case({"topic": "weather"}, ValueError),
    Case({"status": "rumoured"}, ValueError),
    Case({"official": "Col. Gen."}, ValueError),
    Case({"official": 3}, TypeError),
    Case({"countries": "AZ"}, TypeError),
]


@pytest.mark.parametrize("case", BAD_FILTERS, ids=lambda c: repr(c.text))
def test_bad_filters_raise_clear_errors(corpus: Corpus, case: Case) -> None:
    with pytest.raises(case.expected):  # type: ignore[call-overload]
        corpus.meetings(**case.text)  # type: ignore[arg-type]


def test_unknown_country_suggests() -> None:
    with pytest.raises(UnknownCountryError, match="Kazakhstan"):
        Filters.of(country="Kazakstan")


# --------------------------------------------------------------------------- roster


def person(corpus: Corpus, surname: str) -> list[Person]:
    return [p for p in corpus.officials() if p.name.endswith(surname)]


def test_roster_merges_forms_of_one_person(corpus: Corpus) -> None:
    zakir = [p for p in person(corpus, "Hasanov") if p.name == "Zakir Hasanov"]
    assert len(zakir) == 1
    z = zakir[0]
    assert z.names == ("Z.Hasanov", "Zakir Hasanov", "Hasanov")
    assert z.country == AZ
    assert z.ranks == ("Colonel General",)
    assert z.posts == ("Defence Minister", "Minister of Defence", "Minister of Defense")
    assert (z.first_seen, z.last_seen) == (D(2024, 4, 24), D(2024, 4, 28))
    assert [r.article.url for r in z.meetings] == [A2.url, A1.url, None, A5.url]
    assert len(z.officials) == 4
    assert str(z) == "Zakir Hasanov (AZ)"


def test_roster_keeps_namesakes_apart(corpus: Corpus) -> None:
    assert sorted(p.name for p in person(corpus, "Hasanov")) == ["Zakir Hasanov", "Zaur Hasanov"]


def test_roster_valiyev_once_with_both_meetings(corpus: Corpus) -> None:
    (v,) = person(corpus, "Valiyev")
    assert v.names == ("Karim Valiyev", "K. Valiyev")
    assert [r.date for r in v.meetings] == [D(2024, 4, 25), D(2024, 5, 8)]  # the announced one is not attended


def test_roster_by_country_sorted(corpus: Corpus) -> None:
    assert [p.name for p in corpus.officials(country="kz")] == ["Sultan Kamaletdinov"]
    everyone = corpus.officials()
    assert [(p.country.code if p.country else "~", p.name) for p in everyone] == sorted(
        (p.country.code if p.country else "~", p.name) for p in everyone
    )
    with pytest.raises(UnknownCountryError):
        corpus.officials(country="Narnia")


def test_official_filter_takes_a_person(corpus: Corpus) -> None:
    (zaur,) = [p for p in corpus.officials() if p.name == "Zaur Hasanov"]
    assert [r.article.url for r in corpus.meetings(official=zaur)] == [A6.url]
    (zakir,) = [p for p in corpus.officials() if p.name == "Zakir Hasanov"]
    assert corpus.meetings(official=zakir) == zakir.meetings


def test_roster_across_scripts() -> None:
    ru = Official("Закир Гасанов", AZ, name_latin="Zakir Hasanov", posts=("министр обороны",))
    en = Official("Zakir Hasanov", AZ, posts=("Minister of Defense",))
    c = Corpus([art("ru", "u-ru", None, Meeting(D(2024, 4, 25), countries=(AZ, KZ), participants=(ru,))),
                art("en", "u-en", None, Meeting(D(2024, 4, 25), countries=(AZ, KZ), participants=(en,)))])
    (p,) = c.officials()
    assert p.name == "Zakir Hasanov"
    assert set(p.names) == {"Закир Гасанов", "Zakir Hasanov"}
    assert len(c.events()) == 1


# --------------------------------------------------------------------------- events


def test_events_merge_reports_of_one_meeting(corpus: Corpus) -> None:
    events = corpus.events(between=("AZ", "KZ"))
    sources = [sorted((s.url or "") for s in e.sources) for e in events]
    assert sources == [
        [A6.url],
        [A1.url, A2.url, A5.url],  # 24 and 25 April, and the undated report published two days later
        [A1.url],  # the second sitting of the same visit, in the same article: never merged with the first
    ]
    e = events[1]
    assert e.date == D(2024, 4, 24)  # one report each for 24 and 25 April: the earlier wins the tie
    assert e.countries == (AZ, KZ)
    assert e.host == AZ
    assert e.location == "Baku"
    assert e.kind is MeetingKind.VISIT
    assert e.status is MeetingStatus.HELD
    assert e.topics == {Topic.MILITARY_COOPERATION}
    assert e.agreements == ("Plan of bilateral military cooperation for 2025",)
    assert sorted(p.name for p in e.participants) == ["Sultan Kamaletdinov", "Zakir Hasanov"]
    assert e.key.startswith("ev-")
    assert len({ev.key for ev in corpus.events(status=None)}) == len(
        corpus.events(status=None)
    )


def test_events_are_idempotent_and_keep_every_source(corpus: Corpus) -> None:
    events = corpus.events(status=None)
    assert sorted((r.article.text, r.index) for e in events for r in e.records) == sorted(
        (a.text, i) for a in ARTICLES for i in range(len(a.meetings))
    )
    again = Corpus(dict.fromkeys(s for e in events for s in e.sources)).events(status=None)
    assert [e.key for e in again] == [e.key for e in events]
    assert Corpus(reversed(ARTICLES)).events(status=None) == events


EVENT_RULES = [
    Case(
        "three days apart with a shared participant",
        ([(D(2024, 1, 1), ("Zakir Hasanov",)), (D(2024, 1, 4), ("Z. Hasanov",))], 1),
    ),
    Case(
        "four days apart",
        ([(D(2024, 1, 1), ("Zakir Hasanov",)), (D(2024, 1, 5), ("Zakir Hasanov",))], 2),
    ),
    Case(
        "same date, nobody shared",
        ([(D(2024, 1, 1), ("Zakir Hasanov",)), (D(2024, 1, 1), ("Karim Valiyev",))], 2),
    ),
    Case(
        "same date, one report names nobody",
        ([(D(2024, 1, 1), ("Zakir Hasanov",)), (D(2024, 1, 1), ())], 1),
    ),
    Case(
        "a day apart, one report names nobody",
        ([(D(2024, 1, 1), ("Zakir Hasanov",)), (D(2024, 1, 2), ())], 2),
    ),
    Case(
        "undated, same people, published within the window",
        ([(D(2024, 1, 1), ("Zakir Hasanov",)), (None, ("Hasanov",))], 1),
    ),
    Case(
        "undated, same people, published outside the window",
        ([(D(2023, 12, 20), ("Zakir Hasanov",)), (None, ("Hasanov",))], 2),
    ),
    Case(
        "undated, different people",
        ([(D(2024, 1, 1), ("Zakir Hasanov", "Karim Valiyev")), (None, ("Hasanov",))], 2),
    ),
    Case(
        "undated, two events fit",
        ([(D(2024, 1, 1), ("Zakir Hasanov",)), (D(2024, 1, 5), ("Zakir Hasanov",)), (None, ("Hasanov",))], 3),
    ),
]


@pytest.mark.parametrize("case", EVENT_RULES, ids=lambda c: c.text)
def test_event_rules(case: Case) -> None:
    reports, expected = case.expected  # type: ignore[misc]
    articles = []
    for i, (day, people) in enumerate(reports):
        officials = tuple(Official(n, AZ) for n in people)
        published = day + dt.timedelta(days=1) if day else D(2024, 1, 4)
        articles.append(art(f"report {i}", f"u{i}", published, Meeting(day, countries=(AZ, KZ),
                                                                          participants=officials)))
    assert len(Corpus(articles).events()) == expected


def test_events_never_merge_different_countries_or_statuses() -> None:
    h = Official("Zakir Hasanov", AZ)
    c = Corpus([
        art("1", "u1", None, Meeting(D(2024, 1, 1), countries=(AZ, KZ), participants=(h,))),
        art("2", "u2", None, Meeting(D(2024, 1, 1), countries=(AZ, TR), participants=(h,))),
        art("3", "u3", None, Meeting(D(2024, 1, 1), countries=(AZ, KZ), participants=(h,),
                                     status=MeetingStatus.ANNOUNCED)),
    ])
    assert len(c.events(status=None)) == 3


# --------------------------------------------------------------------------- aggregates and graph


def test_timeline(corpus: Corpus) -> None:
    assert corpus.timeline(between=("AZ", "KZ")) == (("2023-12", 1), ("2024-01", 0), ("2024-02", 0),
                                                     ("2024-03", 0), ("2024-04", 2))
    assert corpus.timeline(by="year") == (("2023", 1), ("2024", 4))
    assert corpus.timeline(by="year", status=None) == (("2023", 1), ("2024", 5))
    assert corpus.timeline(by="year", country="FR") == ()
    with pytest.raises(ValueError, match="month"):
        corpus.timeline(by="week")  # type: ignore[arg-type]


def test_dyads(corpus: Corpus) -> None:
    rows = [(d.a.code, d.b.code, d.year, d.meetings, d.events) for d in corpus.dyads()]
    assert rows == [
        ("AZ", "KZ", 2023, 1, 1),
        ("AZ", "KZ", 2024, 4, 2),  # the undated report counts in its publication year
        ("AZ", "TR", 2024, 1, 1),
        ("AZ", "UZ", 2024, 1, 1),
    ]
    assert all(isinstance(d, Dyad) and d.a.code < d.b.code for d in corpus.dyads())
    assert [(d.year, d.meetings) for d in corpus.dyads(since="2024-01-01", country="TR")] == [(2024, 1)]


def test_graph_with_networkx(corpus: Corpus) -> None:
    g = corpus.graph(between=("AZ", "KZ"))
    assert g.number_of_edges() == 5 + 4  # a country edge per report, and a participant pair per two-person report
    assert g.nodes[AZ]["kind"] == "country"
    (valiyev,) = person(corpus, "Valiyev")
    assert g.nodes[valiyev]["kind"] == "person"
    assert all(isinstance(d["record"], MeetingRecord) for _, _, d in g.edges(data=True))


def test_graph_without_networkx(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "networkx", None)
    edges = corpus.graph(kind="call")
    assert isinstance(edges, tuple)
    assert all(isinstance(e, Edge) for e in edges)
    assert [(str(e.a), str(e.b)) for e in edges] == [("Azerbaijan", "Uzbekistan"),
                                                     ("Zakir Hasanov (AZ)", "Bakhodir Kurbanov (UZ)")]


def test_empty_corpus() -> None:
    c = Corpus()
    assert (len(c), c.meetings(), c.officials(), c.events(), c.timeline(), c.dyads()) == (0, (), (), (), (), ())


def test_event_value_object() -> None:
    m = Meeting(D(2024, 1, 1), countries=(AZ, KZ))
    e = Event((MeetingRecord(m, Article("x"), 0),))
    assert e.kind is MeetingKind.UNSPECIFIED
    assert e.host is None
    assert e.location is None
    assert e.participants == ()


# --------------------------------------------------------------------------- golden: the seed articles


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return Corpus.from_dir(SEEDS)


def test_seeds_karim_valiyev_once_with_two_meetings(seeds: Corpus) -> None:
    valiyev = [p for p in seeds.officials() if "Valiyev" in p.name]
    assert [p.name for p in valiyev] == ["Karim Valiyev"]
    assert len(valiyev[0].meetings) == 2
    assert valiyev[0].country == AZ


def test_seeds_azerbaijan_kazakhstan(seeds: Corpus) -> None:
    records = seeds.meetings(between=("Azerbaijan", "Kazakhstan"))
    surnames = {frozenset(p.name.split()[-1] for p in r.participants) for r in records}
    expected = {
        frozenset({"Mammadov", "Atamkulov"}),
        frozenset({"Valiyev", "Khusainov"}),
        frozenset({"Hasanov", "Kamaletdinov"}),
    }
    assert expected <= surnames
    # the 25 April visit: two sittings reported in one article, two events
    april = seeds.meetings(between=("AZ", "KZ"), since="2024-04-25", until="2024-04-25")
    assert len(april) == 2
    assert len(seeds.events(between=("AZ", "KZ"), since="2024-04-25", until="2024-04-25")) == 2
    assert all(r.host == AZ for r in april)
