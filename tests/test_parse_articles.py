"""Golden tests on hand-written held-out-style articles (tests/articles/*.json), field by field.

Each article is written for these tests (original text, not taken from any outlet) and coded by the corpus gold
rules: published date, officials (name, country, rank, participant) and held meetings (countries, participants,
date, location). The comparison is tolerant the way the accuracy scorer is: a predicted official is the same
person as a gold one when the surnames agree and the given names are compatible (equal, or one is an initial of
the other, or one side has none), with case, accents, hyphens and dots folded and a middle patronymic ignored.

Below the articles, ``PROBES`` holds one- or two-sentence texts, each the smallest example of one error class,
compared on a few keys only.

Rows the extractor currently gets wrong are marked ``xfail(strict=True)`` with the error class as the reason, so
a rule fix that makes one pass turns it into an unexpected pass that must be un-marked.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

import defcoop
from goldcheck import ARTICLES, FIELDS, Row, actual_and_expected, field_rows, fold_rank, iso, load, same_person


def test_matcher_examples() -> None:
    assert same_person("Zakir Hasanov", "Z. Hasanov")
    assert same_person("Hasanov", "Zakir Hasanov")
    assert same_person("Kenji Sato", "SATO Kenji")
    assert same_person("Andrei Voronkov", "Andrei Vasilyevich Voronkov")
    assert same_person("al-Mutairi", "Al Mutairi")
    assert not same_person("Karim Valiyev", "Zakir Valiyev")
    assert not same_person("Gutiérrez Lagos", "María Teresa Gutiérrez Lagos")
    assert fold_rank("Lt. Gen.") == fold_rank("Lieutenant-General") == "lieutenant general"
    assert _same_view({"names": ["Z. Hasanov"]}, {"names": ["Zakir Hasanov"]})
    assert not _same_view({"names": ["Zakir Hasanov"]}, {"names": ["Karim Valiyev"]})
    assert not _same_view({"meetings": [(["AZ", "KZ"], ["Hasanov"])]}, {"meetings": [(["AZ", "UZ"], ["Hasanov"])]})
    assert not _same_view({"countries": {"Hasanov": "AZ"}}, {"countries": {"Zakir Hasanov": "KZ"}})


# ---------------------------------------------------------------------------------------------------------------
# prediction, seen through the gold's names


GOLDS = [load(p) for p in sorted(ARTICLES.glob("own-*.json"))]

# Error classes of the rows the extractor gets wrong today (stage at fault in brackets).
COUNTRY = "country: taken from another country word in the sentence, dateline or guest, not the person's [officials]"
COUNTRY_ALIAS = "country: service or state alias not known ('PNG', 'the Sultan's Armed Forces') [countries]"
ACCOMPANY = "participants: 'accompanied by' / 'delegation included' / 'attended by' people left out [meetings]"
SECOND = "meetings: a second sitting with another host, or a recalled earlier meeting, not split out [meetings]"
READOUT = "meetings: readout 'Mr. SURNAME Given, Minister ..., held a meeting with' not recognised [meetings]"
FIRST_PERSON = "first-person release: the 'I' speaker named only in the header block [officials/meetings]"
NAME_CUT = "names: cut at a lowercase particle (al-, el-) or a given name read as honorific (Tuan) [mentions]"
NAME_DROPPED = "names: Korean surname 'Park' or an untitled / signature-block / 'Name, Post' person missed [mentions]"
SPURIOUS = "names: a capitalised non-name ('(Pilot)', 'UPDF Day', 'Security Assistance') taken as a person [mentions]"
PUBLISHED = "published: date line not read ('Tuesday 7 Mar 2023', '11.02.2025', '12th March 2024', year elsewhere)"
DATE = "meeting date: 'took place on 20 May 2025' missed, or a weekday-only meeting given the header date [meetings]"
DOMESTIC = "meetings: domestic conference coded as inter-state via a foreign country named nearby [meetings]"
RANK = "rank: 'Commander' before a name not read as a naval rank [officials]"

KNOWN_FAILURES: dict[str, str] = {
    "own-ahram-eg-sd-cairo-officials-countries": COUNTRY,
    "own-ahram-eg-sd-cairo-officials-participants": SECOND,
    "own-ahram-eg-sd-cairo-meetings-participants": SECOND,
    "own-antara-id-br-idex-officials-countries": COUNTRY,
    "own-nzgovt-nz-pg-video-officials-names": FIRST_PERSON,
    "own-nzgovt-nz-pg-video-officials-participants": FIRST_PERSON,
    "own-nzgovt-nz-pg-video-meetings-countries": FIRST_PERSON,
    "own-nzgovt-nz-pg-video-meetings-participants": FIRST_PERSON,
    "own-nzgovt-nz-pg-video-meetings-dates": FIRST_PERSON,
    "own-nzgovt-nz-pg-video-meetings-locations": FIRST_PERSON,
    "own-release-ke-ug-cdf-officials-names": NAME_DROPPED,
}




def test_articles_are_well_formed() -> None:
    assert len(GOLDS) == 20
    for gold in GOLDS:
        names = {o["name"] for o in gold.officials}
        assert 120 <= len(gold.text.split()) <= 400, gold.id
        for o in gold.officials:
            assert o["name"] in gold.text, (gold.id, o["name"])
            assert o["participant"] == any(o["name"] in m["participants"] for m in gold.meetings), (gold.id, o)
        for m in gold.meetings:
            assert set(m["participants"]) <= names, (gold.id, m)
            assert m["countries"] == sorted(m["countries"]), (gold.id, m)
            assert len(m["countries"]) >= 2, (gold.id, m)


def test_known_failures_name_real_rows() -> None:
    ids = {f"{g.id}-{f}" for g in GOLDS for f in FIELDS}
    assert set(KNOWN_FAILURES) <= ids
    assert set(KNOWN_PROBE_FAILURES) <= set(PROBES)


@pytest.mark.parametrize("row", field_rows(GOLDS, KNOWN_FAILURES))
def test_article_field(row: Row) -> None:
    actual, expected = actual_and_expected(row.gold, row.field)
    assert actual == expected


# ---------------------------------------------------------------------------------------------------------------
# one-sentence probes: the smallest text that shows each error class, for the rule fixes


class Case(NamedTuple):
    text: str
    expected: dict[str, Any]


def _view(text: str, keys: set[str]) -> dict[str, Any]:
    """The parse of ``text`` reduced to the compared keys; names as the extractor gives them."""
    article = defcoop.parse(text)
    meetings = article.held_meetings
    view: dict[str, Any] = {
        "published": iso(article.published),
        "names": sorted(o.name for o in article.officials),
        "countries": {o.name: o.country.code if o.country else None for o in article.officials},
        "ranks": {o.name: fold_rank(o.rank) for o in article.officials},
        "meetings": sorted((sorted(c.code for c in m.countries), sorted(p.name for p in m.participants))
                           for m in meetings),
        "dates": sorted((iso(m.date) or "") for m in meetings),
        "locations": sorted((m.location or "") for m in meetings),
    }
    return {k: v for k, v in view.items() if k in keys}


def _same_view(actual: dict[str, Any], expected: dict[str, Any]) -> bool:
    """Equal views, names compared with the same-person matcher (per-person maps only for the people listed)."""
    for key, want in expected.items():
        got = actual[key]
        if key == "names":
            if len(got) != len(want) or not all(any(same_person(g, w) for g in got) for w in want):
                return False
        elif key in ("countries", "ranks"):
            for name, value in want.items():
                found = [v for n, v in got.items() if same_person(n, name)]
                if found != [fold_rank(value) if key == "ranks" else value]:
                    return False
        elif key == "meetings":
            unused = list(got)
            for wc, wp in want:
                match = next((m for m in unused if m[0] == wc and len(m[1]) == len(wp)
                              and all(any(same_person(g, w) for g in m[1]) for w in wp)), None)
                if match is None:
                    return False
                unused.remove(match)
            if unused:
                return False
        elif got != want:
            return False
    return True


PROBES = {
    "possessive-before-bare-rank": Case(
        "Kenya's General Peter Kariuki hosted Uganda's General Joseph Byaruhanga in Nairobi.",
        {"countries": {"Peter Kariuki": "KE", "Joseph Byaruhanga": "UG"},
         "meetings": [(["KE", "UG"], ["Joseph Byaruhanga", "Peter Kariuki"])]}),
    "country-from-later-adjective": Case(
        "Egypt's Defence Minister General Adel Ragab met Sudan's chief of staff Lt-Gen Hashim Tayeb in Cairo. "
        "President Dina Boluarte of Peru is expected to receive the Sudanese delegation on Friday.",
        {"countries": {"Dina Boluarte": "PE"}}),
    "country-from-destination": Case(
        "Indonesia's Deputy Minister of Defence Sutrisno met Brazil's Army Commander General Rodrigo Mendes da Silva "
        "in Abu Dhabi. Sutrisno conveyed the greetings of Defence Minister Sjafrie Sjamsoeddin, who will visit "
        "Brasília later this year.",
        {"countries": {"Sjafrie Sjamsoeddin": "ID"}}),
    "country-from-dateline": Case(
        "Bangkok [Thailand], November 7 (ANI): Chief of the Naval Staff Admiral Rakesh Bhardwaj met Australia's Chief "
        "of Navy Vice Admiral Andrew Fletcher-Smith, the Indian Navy said.",
        {"countries": {"Rakesh Bhardwaj": "IN"},
         "meetings": [(["AU", "IN"], ["Andrew Fletcher-Smith", "Rakesh Bhardwaj"])]}),
    "alias-png": Case(
        "New Zealand's Minister of Defence Aroha Whaanga met the Commander of the PNG Defence Force, Brigadier General "
        "Gideon Kaupa.",
        {"countries": {"Gideon Kaupa": "PG"}, "meetings": [(["NZ", "PG"], ["Aroha Whaanga", "Gideon Kaupa"])]}),
    "alias-sultans-armed-forces": Case(
        "Qatar's Minister of State for Defence Affairs Nasser Al Mahmoud met Chief of Staff of the Sultan's Armed "
        "Forces Vice Admiral Salim Al Amri in Doha.",
        {"countries": {"Salim Al Amri": "OM"}}),
    "of-country-after-name": Case(
        "Qatar's Amir Sheikh Tamim bin Hamad Al Thani sent greetings to Sultan Haitham bin Tarik of Oman.",
        {"countries": {"Haitham bin Tarik": "OM"}}),
    "accompanied-by": Case(
        "Kenya's Chief of Defence Forces General Peter Kariuki hosted Uganda's Chief of Defence Forces General Joseph "
        "Byaruhanga in Nairobi. Byaruhanga was accompanied by Uganda's Defence Attaché, Brig. Gen. Sarah Nakato.",
        {"meetings": [(["KE", "UG"], ["Joseph Byaruhanga", "Peter Kariuki", "Sarah Nakato"])]}),
    "delegation-included": Case(
        "India's Defence Secretary Arvind Mehta held talks with Vietnam's Deputy Minister Phan Van Giang in New Delhi. "
        "The Vietnamese delegation included Ambassador Pham Thi Lan.",
        {"countries": {"Pham Thi Lan": "VN"},
         "meetings": [(["IN", "VN"], ["Arvind Mehta", "Pham Thi Lan", "Phan Van Giang"])]}),
    "first-person-release": Case(
        "Media Release\nHon Aroha Whaanga\nMinister of Defence\n4 July 2024\n\nI spoke by video call this morning "
        "with Papua New Guinea's Minister for Defence, Kila Haoda.",
        {"countries": {"Aroha Whaanga": "NZ"}, "meetings": [(["NZ", "PG"], ["Aroha Whaanga", "Kila Haoda"])],
         "dates": ["2024-07-04"]}),
    "recalled-meeting-split": Case(
        "Georgia's Minister of Defence Giorgi Meskhishvili on Wednesday received Lithuania's Vice Minister Žygimantas "
        "Paulauskas in Tbilisi. The two officials last met in Vilnius in June 2021.",
        {"locations": ["Tbilisi", "Vilnius"]}),
    "readout-caps-surname": Case(
        "On Tuesday, March 12, 2024, Mr. SATO Kenji, Minister of Defense of Japan, held a meeting with H.E. Mr. "
        "Rodolfo Villareal Jr., Secretary of National Defense of the Philippines. The meeting was held at the "
        "Ministry of Defense in Tokyo.",
        {"names": ["SATO Kenji", "Rodolfo Villareal Jr."], "dates": ["2024-03-12"], "locations": ["Tokyo"]}),
    "second-sitting-next-day": Case(
        "Egypt's Chief of Staff Lt-Gen Mahmoud Sabry received Sudan's Chief of Staff Lt-Gen Hashim Tayeb in Cairo on "
        "Monday. On Tuesday, Egypt's Defence Minister General Adel Ragab also received Tayeb.",
        {"meetings": [(["EG", "SD"], ["Hashim Tayeb", "Mahmoud Sabry"]),
                      (["EG", "SD"], ["Adel Ragab", "Hashim Tayeb"])]}),
    "name-lowercase-al": Case(
        "Saudi Lt Gen Fahad bin Abdullah al-Mutairi called on Pakistan's Chief of Army Staff General Tariq Raja.",
        {"names": ["Fahad bin Abdullah al-Mutairi", "Tariq Raja"]}),
    "name-given-tuan": Case(
        "Vietnam's Deputy Minister Senior Lieutenant General Nguyen Van Tuan met India's Defence Secretary Arvind "
        "Mehta.",
        {"names": ["Arvind Mehta", "Nguyen Van Tuan"], "ranks": {"Nguyen Van Tuan": "Senior Lieutenant General"}}),
    "name-korean-park": Case(
        "South Korea's Chief of Naval Operations Admiral Park Jae-hoon met Japan's Chief of Staff Admiral Sato Kenji.",
        {"names": ["Park Jae-hoon", "Sato Kenji"]}),
    "name-untitled-appositive": Case(
        "South Korean President Yoon Suk Yeol nominated Choi Byung-ho, a former vice defense minister, as defense "
        "minister.",
        {"names": ["Choi Byung-ho", "Yoon Suk Yeol"]}),
    "name-signature-block": Case(
        "Kenya's Chief of Defence Forces General Peter Kariuki hosted his Ugandan counterpart.\n\nIssued by:\n"
        "Colonel Ruth Wanjiru Mutua\nDefence Spokesperson",
        {"names": ["Peter Kariuki", "Ruth Wanjiru Mutua"]}),
    "spurious-pilot": Case(
        "Qatar's Chief of Staff Lt. Gen. (Pilot) Hamad bin Ali Al Kuwari met Oman's Ambassador Najib Al Balushi in "
        "Doha.",
        {"names": ["Hamad bin Ali Al Kuwari", "Najib Al Balushi"]}),
    "spurious-day": Case(
        "Uganda's Chief of Defence Forces General Joseph Byaruhanga met Kenya's Chief of Defence Forces General Peter "
        "Kariuki in Nairobi.\n\nThe visiting CDF invited his counterpart to the UPDF Day celebrations later this year.",
        {"names": ["Joseph Byaruhanga", "Peter Kariuki"]}),
    "published-weekday-day-mon-year": Case(
        "Ahram Online , Tuesday 7 Mar 2023\nEgypt's Chief of Staff Lt-Gen Mahmoud Sabry met Sudanese officers.",
        {"published": "2023-03-07"}),
    "published-dotted": Case(
        "News | 11.02.2025 14:20 | ERR News\nEstonia's army chief Lt. Gen. Tõnu Kask met Finnish officers.",
        {"published": "2025-02-11"}),
    "published-ordinal": Case(
        "PRESS RELEASE\n\nNairobi, 12th March 2024\n\nKenya's Chief of Defence Forces General Peter Kariuki spoke.",
        {"published": "2024-03-12"}),
    "published-year-elsewhere": Case(
        "MINSK, 21 May (BelTA) – Belarus' Minister of Defence Andrei Voronkov and Uzbekistan's Minister of Defence "
        "Rustam Nazarov held a videoconference. The video conference took place on 20 May 2025.",
        {"published": "2025-05-21", "dates": ["2025-05-20"]}),
    "date-weekday-only": Case(
        "Ahram Online , Tuesday 7 Mar 2023\nEgypt's Chief of Staff Lt-Gen Mahmoud Sabry received on Monday his "
        "Sudanese counterpart, Chief of Staff Lt-Gen Hashim Tayeb, in Cairo.",
        {"dates": [""]}),
    "location-sidelines": Case(
        "India's Chief of the Naval Staff Admiral Rakesh Bhardwaj held meetings on the sidelines of the naval "
        "symposium in Bangkok. He met Australia's Chief of Navy Vice Admiral Andrew Fletcher-Smith on Wednesday.",
        {"locations": ["Bangkok"]}),
    "location-headline": Case(
        "Lithuanian defence delegation in Tbilisi\nGeorgia's Minister of Defence Giorgi Meskhishvili on Wednesday "
        "received a delegation led by Lithuania's Vice Minister Žygimantas Paulauskas.",
        {"locations": ["Tbilisi"]}),
    "domestic-with-foreign-mention": Case(
        "Philippine Defense Secretary Ramon Castillo met AFP Chief of Staff Gen. Romeo Dela Cruz-Santos at Camp "
        "Aguinaldo. Dela Cruz-Santos said the AFP is preparing for the Balikatan exercises with the United States.",
        {"countries": {"Romeo Dela Cruz-Santos": "PH"}, "meetings": []}),
    "rank-commander": Case(
        "India's Chief of the Naval Staff Admiral Rakesh Bhardwaj met Australia's Chief of Navy Vice Admiral Andrew "
        "Fletcher-Smith, Indian Navy spokesperson Commander Vivek Madhwal said.",
        {"ranks": {"Vivek Madhwal": "Commander"}}),
}

# Probes the extractor fails today, with the error class (the same classes as the article rows above).
KNOWN_PROBE_FAILURES: dict[str, str] = {
    "first-person-release": FIRST_PERSON,
    "name-signature-block": NAME_DROPPED,
    "domestic-with-foreign-mention": DOMESTIC,
}


def _probe_params() -> list[Any]:
    return [pytest.param(case, id=name, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_PROBE_FAILURES[name])]
                         if name in KNOWN_PROBE_FAILURES else [])
            for name, case in PROBES.items()]


@pytest.mark.parametrize("case", _probe_params())
def test_probe(case: Case) -> None:
    actual = _view(case.text, set(case.expected))
    assert _same_view(actual, case.expected), actual
