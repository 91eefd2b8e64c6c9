"""The country table: codes, names, demonyms, capitals, organisations, the scanner and user-facing errors."""

from __future__ import annotations

import importlib.util
import itertools
import random
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop import _country_aliases as aliases
from defcoop import countries
from defcoop._country_aliases_ru import ALIASES_RU
from defcoop._iso3166 import ISO3166
from defcoop.countries import CountryMention, capital, capital_of, lookup, organisation, resolve, scan
from defcoop.errors import UnknownCountryError
from defcoop.models import Span

ROOT = Path(__file__).resolve().parent.parent


@attrs.frozen
class Case:
    text: str
    expected: object


def _params(groups: dict[str, list[Case]]) -> list[object]:
    return [pytest.param(case, id=f"{group}: {case.text[:50]}") for group, cases in groups.items() for case in cases]


# --------------------------------------------------------------------------- the ISO table


def test_all_249_countries() -> None:
    everything = countries.all_countries()
    assert len(everything) == len(ISO3166) == 249
    assert [c.code for c in everything] == sorted(c.code for c in everything)


@pytest.mark.parametrize("row", ISO3166, ids=[row[0] for row in ISO3166])
def test_every_iso_code_and_name_resolves(row: tuple[str, str, str, str, str, str]) -> None:
    alpha2, alpha3, _numeric, name, official, common = row
    for form in (alpha2, alpha3, name, official, common):
        if form:
            found = lookup(form)
            assert found is not None, form
            assert found.code == alpha2, form
    assert countries.get(alpha3.lower()).code == alpha2
    assert countries.get(alpha2).alpha3 == alpha3


def test_get_rejects_unknown_codes() -> None:
    with pytest.raises(KeyError, match="no ISO 3166-1 country with code 'XX'"):
        countries.get("XX")


def test_regenerating_the_iso_table_gives_the_checked_in_copy() -> None:
    if importlib.util.find_spec("pycountry") is None:
        pytest.skip("pycountry (a test dependency) is not installed")
    spec = importlib.util.spec_from_file_location("gen_iso3166", ROOT / "scripts" / "gen_iso3166.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    checked_in = (ROOT / "src" / "defcoop" / "_iso3166.py").read_text(encoding="utf-8")
    assert module.render() == checked_in


# --------------------------------------------------------------------------- the curated table


def _curated() -> list[tuple[str, str, str]]:
    rows = []
    for table, kind in ((aliases.NAMES, "name"), (aliases.OFFICIAL_NAMES, "official"), (aliases.DEMONYMS, "demonym")):
        rows.extend((code, form, kind) for code, forms in table.items() for form in forms)
    return rows


@pytest.mark.parametrize(("code", "form", "kind"), _curated(), ids=[f"{k} {f}" for _c, f, k in _curated()])
def test_every_curated_form_resolves(code: str, form: str, kind: str) -> None:
    found = lookup(form)
    assert found is not None
    assert found.code == code


def test_curated_tables_use_iso_codes_and_never_give_a_form_two_countries() -> None:
    codes = {row[0] for row in ISO3166}
    for table in (aliases.DISPLAY_NAMES, aliases.NAMES, aliases.OFFICIAL_NAMES, aliases.DEMONYMS, aliases.CAPITALS):
        assert set(table) <= codes
    assert countries._CONFLICTS == []
    assert set(ALIASES_RU.values()) <= codes


def test_armed_forces_use_iso_codes_are_found_by_scan_and_are_not_country_names() -> None:
    codes = {row[0] for row in ISO3166}
    assert set(aliases.ARMED_FORCES) <= codes
    for code, forms in aliases.ARMED_FORCES.items():
        for form in forms:
            found = scan(f"Officials of the {form} met on Monday.")
            assert [(m.text, m.country.code, m.kind) for m in found] == [(form, code, "force")], form
            assert lookup(form) is None, form  # an army is not a country: lookup stays strict


def test_russian_forms_are_merged() -> None:
    for form, code in ALIASES_RU.items():
        found = lookup(form)
        assert found is not None
        assert found.code == code, form
    # The table is merged whatever it holds: check with a stand-in entry in a fresh interpreter.
    script = (
        "import importlib\n"
        "import defcoop._country_aliases_ru as ru\n"
        "from defcoop import countries\n"
        "assert countries.lookup('Тестландия') is None\n"
        "ru.ALIASES_RU['тестландскии'] = 'KZ'\n"
        "importlib.reload(countries)\n"
        "print(countries.lookup('Тестландский').code,"
        " [m.country.code for m in countries.scan('тестландский министр')])"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["KZ", "['KZ']"]


DISPLAY = {
    "RU": "Russia",
    "IR": "Iran",
    "KR": "South Korea",
    "KP": "North Korea",
    "VN": "Vietnam",
    "SY": "Syria",
    "BO": "Bolivia",
    "TZ": "Tanzania",
    "VE": "Venezuela",
    "MD": "Moldova",
    "TW": "Taiwan",
    "US": "United States",
    "GB": "United Kingdom",
    "TR": "Türkiye",
    "LA": "Laos",
    "AZ": "Azerbaijan",
    "CZ": "Czechia",
    "BN": "Brunei",
}


@pytest.mark.parametrize(("code", "name"), DISPLAY.items(), ids=DISPLAY.keys())
def test_display_names_are_common_short_names(code: str, name: str) -> None:
    assert countries.get(code).name == name


LOOKUPS = {
    "names news uses": [
        Case("PNG", "PG"),
        Case("KSA", "SA"),
        Case("PRC", "CN"),
        Case("DRC", "CD"),
        Case("Türkiye", "TR"),
        Case("Turkey", "TR"),
        Case("Turkiye", "TR"),
        Case("South Korea", "KR"),
        Case("Republic of Korea", "KR"),
        Case("Korea, Republic of", "KR"),
        Case("ROK", "KR"),
        Case("North Korea", "KP"),
        Case("DPRK", "KP"),
        Case("Russia", "RU"),
        Case("Russian Federation", "RU"),
        Case("UK", "GB"),
        Case("Britain", "GB"),
        Case("Great Britain", "GB"),
        Case("United Kingdom", "GB"),
        Case("US", "US"),
        Case("U.S.", "US"),
        Case("USA", "US"),
        Case("the United States", "US"),
        Case("UAE", "AE"),
        Case("Iran", "IR"),
        Case("Vietnam", "VN"),
        Case("Viet Nam", "VN"),
        Case("Laos", "LA"),
        Case("Syria", "SY"),
        Case("Moldova", "MD"),
        Case("Czechia", "CZ"),
        Case("Czech Republic", "CZ"),
        Case("Ivory Coast", "CI"),
        Case("Netherlands", "NL"),
        Case("the Netherlands", "NL"),
        Case("Taiwan", "TW"),
        Case("Palestine", "PS"),
        Case("Vatican", "VA"),
        Case("Georgia", "GE"),
    ],
    "official names": [
        Case("the Republic of Kazakhstan", "KZ"),
        Case("Republic of Azerbaijan", "AZ"),
        Case("Kingdom of Saudi Arabia", "SA"),
        Case("People's Republic of China", "CN"),
        Case("Islamic Republic of Pakistan", "PK"),
        Case("Islamic Republic of Iran", "IR"),
        Case("Kyrgyz Republic", "KG"),
        Case("The Russian Federation", "RU"),
        Case("United States of America", "US"),
    ],
    "demonyms": [
        *(
            Case(d, code)
            for code, ds in {
                "KZ": ("Kazakh", "Kazakhstani"),
                "AZ": ("Azerbaijani", "Azeri"),
                "KG": ("Kyrgyz", "Kirghiz"),
                "UZ": ("Uzbek", "Uzbekistani"),
                "TJ": ("Tajik", "Tajikistani"),
                "TM": ("Turkmen",),
                "TR": ("Turkish",),
                "GB": ("British",),
                "US": ("American",),
                "CN": ("Chinese",),
                "PK": ("Pakistani",),
                "IN": ("Indian",),
                "GE": ("Georgian",),
                "AM": ("Armenian",),
                "BY": ("Belarusian",),
                "RU": ("Russian",),
                "UA": ("Ukrainian",),
                "PL": ("Polish",),
                "SA": ("Saudi",),
                "AE": ("Emirati",),
                "MY": ("Malaysian",),
                "BN": ("Bruneian",),
                "ID": ("Indonesian",),
                "AU": ("Australian",),
                "JP": ("Japanese",),
                "VN": ("Vietnamese",),
                "PH": ("Filipino", "Philippine"),
                "BD": ("Bangladeshi",),
                "NG": ("Nigerian",),
                "NE": ("Nigerien",),
                "KE": ("Kenyan",),
                "EG": ("Egyptian",),
                "AF": ("Afghan",),
                "RS": ("Serbian",),
                "BR": ("Brazilian",),
                "ZA": ("South African",),
                "KR": ("Korean", "South Korean"),
                "KP": ("North Korean",),
                "IR": ("Iranian",),
                "NL": ("Dutch",),
            }.items()
            for d in ds
        )
    ],
    "possessives": [
        Case("Kazakhstan's", "KZ"),
        Case("Azerbaijan`s", "AZ"),
        Case("Azerbaijan’s", "AZ"),
        Case("the Philippines'", "PH"),
        Case("US's", "US"),
        Case("Côte d'Ivoire", "CI"),
    ],
    "case and accents": [
        Case("türkiye", "TR"),
        Case("TURKIYE", "TR"),
        Case("TÜRKIYE", "TR"),
        Case("kazakhstan", "KZ"),
        Case("  Republic   of  Azerbaijan ", "AZ"),
        Case("cote d’ivoire", "CI"),
        Case("AZ", "AZ"),
        Case("KAZ", "KZ"),
        Case("IN", "IN"),
        Case("AU", "AU"),
    ],
    "unknown": [
        Case("", None),
        Case("   ", None),
        Case("Atlantis", None),
        Case("Kazakstan", None),
        Case("in", None),
        Case("us", None),
        Case("u.s.", None),
        Case("az", None),
        Case("Holland", None),
        Case("Congolese", None),
        Case("Dominican", None),
        Case("NATO", None),
        Case("CSTO", None),
        Case("CIS", None),
        Case("SCO", None),
        Case("Baku", None),
        Case("Africa", None),
        Case("Republic", None),
        Case("the", None),
        Case("'s", None),
        Case("XX", None),
    ],
}


@pytest.mark.parametrize("case", _params(LOOKUPS))
def test_lookup(case: Case) -> None:
    found = lookup(case.text)
    assert (found.code if found else None) == case.expected


# --------------------------------------------------------------------------- capitals and organisations

CAPITALS = {
    "capitals": [
        Case(city, code)
        for city, code in {
            "Baku": "AZ",
            "Astana": "KZ",
            "Nur-Sultan": "KZ",
            "Bishkek": "KG",
            "Tashkent": "UZ",
            "Dushanbe": "TJ",
            "Ashgabat": "TM",
            "Tbilisi": "GE",
            "Yerevan": "AM",
            "Ankara": "TR",
            "Moscow": "RU",
            "Beijing": "CN",
            "Islamabad": "PK",
            "Riyadh": "SA",
            "Kuala Lumpur": "MY",
            "Bandar Seri Begawan": "BN",
            "Minsk": "BY",
            "Kyiv": "UA",
            "Kiev": "UA",
            "Washington": "US",
            "London": "GB",
            "New Delhi": "IN",
            "Abu Dhabi": "AE",
            "The Hague": "NL",
            "Sucre": "BO",
            "Putrajaya": "MY",
        }.items()
    ],
    "spelling": [Case("baku", "AZ"), Case("BISHKEK", "KG"), Case("Chisinau", "MD"), Case("Chișinău", "MD")],
    "not capitals": [Case("Almaty", None), Case("Istanbul", None), Case("Kazakhstan", None), Case("", None)],
}


@pytest.mark.parametrize("case", _params(CAPITALS))
def test_capital_of(case: Case) -> None:
    found = capital_of(case.text)
    assert (found.code if found else None) == case.expected


def test_capital() -> None:
    assert capital("AZ") == "Baku"
    assert capital(countries.get("KZ")) == "Astana"
    assert capital("TR") == "Ankara"
    assert capital("AQ") is None
    with pytest.raises(KeyError):
        capital("XX")


def test_every_sovereign_capital_resolves_back() -> None:
    for code, cities in aliases.CAPITALS.items():
        for city in cities:
            found = capital_of(city)
            assert found is not None, city
            assert found.code == code, city


ORGANISATIONS = {
    "acronyms": [Case(s, s) for s in ("NATO", "CSTO", "CIS", "SCO", "EU", "UN", "OSCE", "ASEAN", "OTS", "GCC", "AU")],
    "long names": [
        Case("North Atlantic Treaty Organization", "NATO"),
        Case("the Collective Security Treaty Organisation", "CSTO"),
        Case("Commonwealth of Independent States", "CIS"),
        Case("Shanghai Cooperation Organization", "SCO"),
        Case("Organization of Turkic States", "OTS"),
        Case("Turkic Council", "OTS"),
        Case("ADMM-Plus", "ADMM"),
        Case("arab league", "Arab League"),
    ],
    "not organisations": [Case("nato", None), Case("Kazakhstan", None), Case("UK", None), Case("", None)],
}


@pytest.mark.parametrize("case", _params(ORGANISATIONS))
def test_organisation(case: Case) -> None:
    assert organisation(case.text) == case.expected


# --------------------------------------------------------------------------- resolve


def test_resolve_accepts_what_lookup_accepts_and_codes_in_any_case() -> None:
    assert resolve("Kazakh").code == "KZ"
    assert resolve("kz").code == "KZ"
    assert resolve("aze").code == "AZ"
    assert resolve("the U.S.").code == "US"


RESOLVE_ERRORS = {
    "misspelt": [Case("Kazakstan", "Kazakhstan"), Case("Azerbajan", "Azerbaijan"), Case("Uzbekistn", "Uzbekistan")],
    "no suggestion": [Case("Atlantis", None), Case("", None), Case("xyzzy", None)],
}


@pytest.mark.parametrize("case", _params(RESOLVE_ERRORS))
def test_resolve_raises_with_suggestions(case: Case) -> None:
    with pytest.raises(UnknownCountryError, match="unknown country") as info:
        resolve(case.text)
    assert info.value.query == case.text
    if case.expected is None:
        assert info.value.suggestions == ()
    else:
        assert info.value.suggestions[0] == case.expected
        assert f"did you mean: {case.expected}" in str(info.value)


# --------------------------------------------------------------------------- scan

SCANS = {
    "names": [
        Case("Kazakhstan and Azerbaijan", (("Kazakhstan", "KZ", "name"), ("Azerbaijan", "AZ", "name"))),
        Case("Azerbaijan Army", (("Azerbaijan", "AZ", "name"),)),
        Case("talks in South Korea", (("South Korea", "KR", "name"),)),
        Case(
            "Türkiye and Turkiye and Turkey",
            (("Türkiye", "TR", "name"), ("Turkiye", "TR", "name"), ("Turkey", "TR", "name")),
        ),
        Case("KAZAKHSTAN AND AZERBAIJAN SIGN PLAN", (("KAZAKHSTAN", "KZ", "name"), ("AZERBAIJAN", "AZ", "name"))),
        Case("Georgia's Defense Forces", (("Georgia", "GE", "name"),)),
        Case("the United States and Britain", (("United States", "US", "name"), ("Britain", "GB", "name"))),
        Case("Cote d’Ivoire", (("Cote d’Ivoire", "CI", "name"),)),
        Case("Bosnia and Herzegovina", (("Bosnia and Herzegovina", "BA", "name"),)),
    ],
    "demonyms": [
        Case("the Kazakh Defense Ministry", (("Kazakh", "KZ", "demonym"),)),
        Case("Azerbaijani and Uzbek officers", (("Azerbaijani", "AZ", "demonym"), ("Uzbek", "UZ", "demonym"))),
        Case("a Turkish delegation", (("Turkish", "TR", "demonym"),)),
        Case("the South Korean minister", (("South Korean", "KR", "demonym"),)),
        Case("a North Korean missile", (("North Korean", "KP", "demonym"),)),
        Case("Korean officials", (("Korean", "KR", "demonym"),)),
        Case("Bissau-Guinean troops", (("Bissau-Guinean", "GW", "demonym"),)),
    ],
    "possessives": [
        Case("Kazakhstan's interest", (("Kazakhstan", "KZ", "name"),)),
        Case("Azerbaijan’s experience", (("Azerbaijan", "AZ", "name"),)),
        Case("Azerbaijan`s Ambassador", (("Azerbaijan", "AZ", "name"),)),
    ],
    "official names": [
        Case("the Republic of Kazakhstan", (("Republic of Kazakhstan", "KZ", "official_name"),)),
        Case("the Russian Federation", (("Russian Federation", "RU", "name"),)),
        Case("Kingdom of Saudi Arabia", (("Kingdom of Saudi Arabia", "SA", "official_name"),)),
        Case("the People's Republic of China", (("People's Republic of China", "CN", "official_name"),)),
        Case("Kyrgyz Republic", (("Kyrgyz Republic", "KG", "official_name"),)),
    ],
    "codes": [
        Case("U.S. forces", (("U.S.", "US", "code"),)),
        Case("the US and the UK", (("US", "US", "code"), ("UK", "GB", "code"))),
        Case("UAE and DPRK", (("UAE", "AE", "code"), ("DPRK", "KP", "code"))),
    ],
    "capitals": [
        Case("arrived in Baku", (("Baku", "AZ", "capital"),)),
        Case("Astana, March 27", (("Astana", "KZ", "capital"),)),
        Case("talks in Kuala Lumpur", (("Kuala Lumpur", "MY", "capital"),)),
        Case("Bandar Seri Begawan", (("Bandar Seri Begawan", "BN", "capital"),)),
        Case("in Washington, D.C.", (("Washington, D.C.", "US", "capital"),)),
        Case("Singapore", (("Singapore", "SG", "name"),)),
    ],
    "tricky boundaries": [
        Case("Indiana", ()),
        Case("Nigerian", (("Nigerian", "NG", "demonym"),)),
        Case("Niger and Nigeria", (("Niger", "NE", "name"), ("Nigeria", "NG", "name"))),
        Case("Guinea-Bissau", (("Guinea-Bissau", "GW", "name"),)),
        Case("Equatorial Guinea", (("Equatorial Guinea", "GQ", "name"),)),
        Case("Papua New Guinea", (("Papua New Guinea", "PG", "name"),)),
        Case("South Africa", (("South Africa", "ZA", "name"),)),
        Case("Africa", ()),
        Case("South Sudanese", (("South Sudanese", "SS", "demonym"),)),
        Case("Dominica and the Dominican Republic", (("Dominica", "DM", "name"), ("Dominican Republic", "DO", "name"))),
        Case("American Samoa", (("American Samoa", "AS", "name"),)),
        Case("Latin American and Indian Ocean states", ()),
        Case("New Mexico", ()),
        Case("a US$2 billion deal with the US", (("US", "US", "code"),)),
        Case("Persian Gulf", ()),
        Case("Russia\nn", (("Russia", "RU", "name"),)),
        Case("South\nKorea", (("Korea", "KR", "name"),)),
        Case("Northern Ireland and Ireland", (("Northern Ireland", "GB", "name"), ("Ireland", "IE", "name"))),
        Case("Kazakhstani-Azerbaijani", (("Kazakhstani", "KZ", "demonym"), ("Azerbaijani", "AZ", "demonym"))),
    ],
    "lower-case words": [
        Case("roast turkey", ()),
        Case("polish the boots", ()),
        Case("a chad of paper", ()),
        Case("jordan", ()),
        Case("tell us in time", ()),
        Case("it is in the bag", ()),
        Case("IT IS IN", ()),
        Case("AND CAN MAR", ()),
        Case("male soldiers", ()),
        Case("the united states", ()),
        Case("south korea", ()),
        Case("republic of Korea", (("Korea", "KR", "name"),)),
        Case("u.s. forces", ()),
    ],
    "armed forces of one state": [
        Case("the PNG Defence Force", (("PNG", "PG", "code"),)),
        Case("Chief of Staff of the Sultan's Armed Forces", (("Sultan's Armed Forces", "OM", "force"),)),
        Case("the Sultan’s Armed Forces", (("Sultan’s Armed Forces", "OM", "force"),)),
        Case("PLA Navy ships", (("PLA Navy", "CN", "force"),)),
        Case("the People's Liberation Army", (("People's Liberation Army", "CN", "force"),)),
        Case("UPDF and KDF officers", (("UPDF", "UG", "force"), ("KDF", "KE", "force"))),
        Case("the SANDF chief", (("SANDF", "ZA", "force"),)),
        Case("TNI commander", (("TNI", "ID", "force"),)),
        Case("ISPR said", (("ISPR", "PK", "force"),)),
        Case(
            "Japan Maritime Self-Defense Force",
            (("Japan", "JP", "name"), ("Maritime Self-Defense Force", "JP", "force")),
        ),
        Case("the Pakistan Army", (("Pakistan", "PK", "name"),)),
    ],
    "abbreviations that are not forces or countries": [
        Case("a png file", ()),
        Case("the kdf and updf", ()),
        Case("Sudan People's Liberation Army", ()),
        Case("AFP reported", ()),
        Case("SAF and SDF and ADF", ()),
        Case("the ROC patriarch", ()),
    ],
    "capitals that are usually other words": [
        Case("Victoria Beckham", ()),
        Case("Kingston upon Thames", ()),
        Case("Sofia Ivanova", ()),
    ],
}


@pytest.mark.parametrize("case", _params(SCANS))
def test_scan(case: Case) -> None:
    found = scan(case.text)
    assert tuple((m.text, m.country.code, m.kind) for m in found) == case.expected
    for m in found:
        assert isinstance(m, CountryMention)
        assert m.span.of(case.text) == m.text


def test_scan_start_and_end() -> None:
    text = "Baku, Astana and Tashkent"
    assert [m.text for m in scan(text, 4)] == ["Astana", "Tashkent"]
    assert [m.text for m in scan(text, 4, 16)] == ["Astana"]
    assert scan(text, 6, 12)[0].span == Span(6, 12)


def test_scan_the_seed_articles() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = scan(text)
        assert found, path.name
        assert all(m.span.of(text) == m.text for m in found)


def test_scan_forms_with_a_lower_case_first_word_go_on_with_a_capital() -> None:
    # scan() tries a lower-case ASCII first word ("the", "la") only right before a capitalised word
    def entries(node: countries._Node) -> Iterator[countries._Entry]:
        if node.entry is not None:
            yield node.entry
        for child in node.children.values():
            yield from entries(child)

    lower = [key for key in countries._LOWER_FIRST if key.isascii()]
    assert "the" in lower
    for key in lower:
        node = countries._TRIE.children[key]
        assert node.entry is None
        for entry in entries(node):
            assert entry.tokens is not None
            assert entry.tokens[1][:1].isupper()
            assert entry.tokens[1].casefold() not in countries._LOWER_WORDS
    found = scan("in the Netherlands, thé Gambia, ｔｈｅ Bahamas and la Paz")
    assert [m.text for m in found] == ["the Netherlands", "thé Gambia", "ｔｈｅ Bahamas", "la Paz"]


def test_scan_hostile_input_is_linear_enough() -> None:
    # Prefixes of long forms repeated: each position tries at most the deepest form, never backtracks further.
    text = "Republic of the " * 20_000 + "South " * 20_000 + "Kazakh"
    found = scan(text)
    assert [m.country.code for m in found] == ["KZ"]


FRAGMENTS = ["Kazakh", "Kazakhstan", "Türkiye", "South", "Korea", "U.S.", "US", "Republic", "of", "the", "Guinea"]
FRAGMENTS += ["Bissau", "Baku", "-", "'s", "’", " ", " ", "\n", "Latin", "American", "Washington", ",", "D.C."]


@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=40).map("".join))
def test_scan_spans_index_the_text_in_order_without_overlap(text: str) -> None:
    found = scan(text)
    for m in found:
        assert m.span.of(text) == m.text
        assert lookup(m.text) is not None or capital_of(m.text) is not None or m.kind == "code"
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


NAME_FORMS = sorted(
    {row[3] for row in ISO3166}
    | {
        form
        for table in (aliases.NAMES, aliases.OFFICIAL_NAMES, aliases.DEMONYMS)
        for forms in table.values()
        for form in forms
        if form not in aliases.ABBREVIATIONS
    }
)


@given(st.sampled_from(NAME_FORMS), st.randoms(use_true_random=False))
def test_lookup_ignores_case_accents_and_spacing(form: str, rnd: random.Random) -> None:
    expected = lookup(form)
    recased = "".join(ch.upper() if rnd.random() < 0.5 else ch.lower() for ch in form)
    unaccented = "".join(ch for ch in unicodedata.normalize("NFKD", form) if not unicodedata.combining(ch))
    variants = [recased, form.lower(), form.upper(), unaccented, f"  {form} ", f"the {form}"]
    # written in capitals, a form that is also an organisation's acronym names the organisation ("GUAM" is not Guam)
    acronym = form.upper().replace(".", "").replace(" ", "") in aliases.ORGANISATIONS
    for variant in variants:
        if acronym and variant.isupper():
            assert lookup(variant) is None, variant
        else:
            assert lookup(variant) == expected, variant


@given(st.sampled_from(NAME_FORMS))
def test_scan_finds_every_name_form_in_a_sentence(form: str) -> None:
    text = f"Officials of {form} met on Monday."
    found = scan(text)
    assert len(found) >= 1
    assert found[0].country == lookup(form)
