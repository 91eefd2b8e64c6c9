"""Russian word lists and their small readers: ranks, posts, countries, dates, places, transliteration."""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop import countries
from defcoop._country_aliases_ru import ALIASES_RU, fold_ru
from defcoop._lang import get
from defcoop._lang.ru import calendar, posts, verbs
from defcoop._lang.ru.dates import find_dates
from defcoop._lang.ru.inflect import adjective_forms, noun_forms, phrase_forms
from defcoop._lang.ru.mentions import translate_post
from defcoop._lang.ru.metadata import find_outlet
from defcoop._lang.ru.places import find_place
from defcoop._lang.ru.ranks import rank_of
from defcoop._lang.ru.sides import find_sides
from defcoop._mentions import scan_countries
from defcoop._translit import has_cyrillic, latin_keys, transliterate


class Case(NamedTuple):
    text: str
    expected: object


def _cases(table: dict[str, Case]) -> dict[str, object]:
    return {"argvalues": table.values(), "ids": table.keys()}


# --------------------------------------------------------------------------- declension rules

INFLECT = {
    "masc-hard-instrumental": Case("полковник|masc|ablt", ("полковником", "полковниками")),
    "masc-hush-instrumental": Case("Мойсилович|masc|ablt", ("Мойсиловичем", "Мойсиловичами")),
    "masc-soft-genitive": Case("Китай|masc|gent", ("Китая", "Китаев")),
    "femn-ija-genitive": Case("Армения|femn|gent", ("Армении", "Армений")),
    "femn-soft-instrumental": Case("Беларусь|femn|ablt", ("Беларусью", "Беларусями")),
    "femn-a-accusative": Case("Москва|femn|accs", ("Москву", "Москвы")),
    "neut-genitive": Case("министерство|neut|gent", ("министерства", "министерств")),
    "neut-ie-prepositional": Case("управление|neut|loct", ("управлении", "управлениях")),
    "indeclinable": Case("Баку|masc|loct", ("Баку",)),
}


@pytest.mark.parametrize("case", **_cases(INFLECT))
def test_noun_forms(case: Case) -> None:
    word, gender, grammatical_case = case.text.split("|")
    animate = gender != "neut" and word[0].islower() and word not in ("министерство", "управление")
    assert noun_forms(word, gender=gender, animate=animate)[grammatical_case] == case.expected  # type: ignore[arg-type,index]


def test_adjective_forms_of_a_country() -> None:
    forms = adjective_forms("азербайджанский")
    assert forms["gent"] == ("азербайджанского", "азербайджанской", "азербайджанского", "азербайджанских")
    assert forms["accs"][1] == "азербайджанскую"


def test_phrase_forms_decline_head_and_adjectives_only() -> None:
    assert phrase_forms("республика", gender="femn", animate=False, adjectives=("турецкий",))["gent"][0] == (
        "турецкой республики"
    )
    assert phrase_forms("генерал", tail="армии")["datv"][0] == "генералу армии"


# --------------------------------------------------------------------------- ranks

RANK_CASES = {
    "colonel-general-nominative": Case("генерал-полковник", ("Colonel General", "nomn")),
    "lieutenant-general-genitive": Case("генерал-лейтенанта", ("Lieutenant General", "gent")),
    "major-general-dative": Case("генерал-майору", ("Major General", "datv")),
    "army-general-instrumental": Case("генералом армии", ("Army General", "ablt")),
    "army-general-capitalised": Case("Генерал армии", ("Army General", "nomn")),
    "rear-admiral": Case("контр-адмирал", ("Rear Admiral", "nomn")),
    "vice-admiral-prepositional": Case("вице-адмирале", ("Vice Admiral", "loct")),
    "admiral-of-the-fleet": Case("адмирала флота", ("Admiral of the Fleet", "gent")),
    "captain-first-rank-numeral": Case("капитан 1-го ранга", ("Captain First Rank", "nomn")),
    "captain-first-rank-words": Case("капитаном первого ранга", ("Captain First Rank", "ablt")),
    "senior-lieutenant-genitive": Case("старшего лейтенанта", ("Senior Lieutenant", "gent")),
    "brigadier-general": Case("бригадного генерала", ("Brigadier General", "gent")),
    "service-branch-tail": Case("генерал-майор авиации", ("Major General", "nomn")),
    "colonel-instrumental": Case("полковником", ("Colonel", "ablt")),
    "yo-spelling": Case("генерал-полковник", ("Colonel General", "nomn")),
    "not-a-rank": Case("министр", None),
}


@pytest.mark.parametrize("case", **_cases(RANK_CASES))
def test_rank_of(case: Case) -> None:
    assert rank_of(case.text) == case.expected


def test_rank_pattern_finds_ranks_in_running_text() -> None:
    text = "с генерал-полковником Закиром Гасановым и Генералом армии Сергеем Шойгу"
    found = [m.group() for m in get("ru").rank_pattern.finditer(text)]
    assert found == ["генерал-полковником", "Генералом армии"]
    assert [get("ru").rank_full(f) for f in found] == ["Colonel General", "Army General"]


# --------------------------------------------------------------------------- posts

POST_CASES = {
    "minister-of-defence": Case("министр обороны", "Minister of Defence"),
    "minister-instrumental": Case("министром обороны", "Minister of Defence"),
    "first-deputy": Case("первый заместитель министра обороны", "First Deputy Minister of Defence"),
    "first-deputy-instrumental": Case("первым заместителем министра обороны", "First Deputy Minister of Defence"),
    "chief-of-general-staff": Case("начальник Генерального штаба", "Chief of the General Staff"),
    "chief-of-general-staff-short": Case("начальника Генштаба ВС", "Chief of the General Staff of the Armed Forces"),
    "head-of-defence-ministry": Case("руководитель оборонного ведомства", "Head of the Defence Ministry"),
    "head-of-mod": Case("глава Минобороны", "Head of the Ministry of Defence"),
    "department-head": Case(
        "начальник Департамента международного военного сотрудничества",
        "Head of the Department of International Military Cooperation",
    ),
    "assistant-for": Case(
        "помощник министра обороны по вопросам международного военного сотрудничества",
        "Assistant Minister of Defence for International Military Cooperation",
    ),
    "secretary-general": Case(
        "генерального секретаря Организации Договора о коллективной безопасности",
        "Secretary General of the Collective Security Treaty Organization",
    ),
    "commander-adjective-head": Case("командующим Военно-морских сил", "Commander of the Navy"),
    "ambassador": Case("посол", "Ambassador"),
    "ambassador-genitive": Case("посла", "Ambassador"),
    "press-secretary": Case("пресс-секретарь ведомства", "Press Secretary of the Ministry"),
    "minister-of-foreign-affairs": Case("министр иностранных дел", "Minister of Foreign Affairs"),
    "not-a-post": Case("военнослужащие армии", None),
}


@pytest.mark.parametrize("case", **_cases(POST_CASES))
def test_translate_post(case: Case) -> None:
    assert translate_post(str(case.text).split()) == case.expected


def test_ambassador_to_a_destination() -> None:
    assert translate_post(["посол"], countries.get("US")) == "Ambassador to the United States"


def test_the_preposition_posle_is_not_a_form_of_posol() -> None:
    assert "после" not in posts.HEAD_FORMS
    assert posts.HEAD_FORMS["послом"] == ("посол", "ablt")


# --------------------------------------------------------------------------- countries

COUNTRY_FORMS = {
    "name-genitive": Case("Казахстана", "KZ"),
    "name-instrumental-soft": Case("Беларусью", "BY"),
    "name-ija-prepositional": Case("России", "RU"),
    "adjective-genitive-feminine": Case("казахстанской", "KZ"),
    "ethnic-adjective": Case("узбекскую", "UZ"),
    "official-name-adjective": Case("Азербайджанской Республики", "AZ"),
    "official-name-turkey": Case("Турецкой Республики", "TR"),
    "official-name-tail": Case("Республике Беларусь", "BY"),
    "russian-federation": Case("Российской Федерацией", "RU"),
    "abbreviation-rk": Case("РК", "KZ"),
    "abbreviation-rf": Case("РФ", "RU"),
    "abbreviation-usa": Case("США", "US"),
    "plural-head": Case("Соединенных Штатов Америки", "US"),
    "fleeting-vowel": Case("Египта", "EG"),
    "old-name": Case("Киргизии", "KG"),
    "yo-folded": Case("Соединённых Штатов", "US"),
}


@pytest.mark.parametrize("case", **_cases(COUNTRY_FORMS))
def test_russian_country_forms_resolve(case: Case) -> None:
    found = countries.lookup(str(case.text))
    assert found is not None
    assert found.code == case.expected


@pytest.mark.parametrize("case", **_cases(COUNTRY_FORMS))
def test_russian_country_forms_are_scanned_in_running_text(case: Case) -> None:
    text = f"встреча с представителями {case.text} прошла"
    assert [(m.text, m.country.code) for m in countries.scan(text)] == [(case.text, case.expected)]


def test_aliases_are_folded_as_the_lookup_folds() -> None:
    assert all(key == countries.fold(key) == fold_ru(key) for key in ALIASES_RU)


def test_no_alias_is_a_common_word() -> None:
    for word in ("того", "республика", "республики", "федерации", "штатов", "стороны", "русский"):
        assert fold_ru(word) not in ALIASES_RU, word


# --------------------------------------------------------------------------- sides named without a person

SIDE_CASES = {
    "counterparts-from-list": Case("Министр провел переговоры с коллегами из России и Беларуси.", ["BY", "RU"]),
    "long-list": Case(
        "Глава ведомства встретился с коллегами из Казахстана, Кыргызстана, Таджикистана и Туркменистана.",
        ["KG", "KZ", "TJ", "TM"],
    ),
    "delegation-genitive": Case("Министр встретился с военной делегацией Таджикистана.", ["TJ"]),
    "delegation-adjective": Case("Беларусская делегация встретилась с министром.", ["BY"]),
    "representatives-of-ministries": Case(
        "Представители министерств обороны Беларуси и Сербии провели консультации.", ["BY", "RS"]
    ),
    "visit-to": Case("В рамках визита в США генерал встретился с коллегой.", ["US"]),
    "venue-ministry": Case("В Министерстве обороны Республики Узбекистан состоялась встреча.", ["UZ"]),
    "topic-country-is-not-a-side": Case("Министры обсудили атаки Ирана на аэропорт.", []),
    "unnamed-subject-and-partner": Case(
        "Министр обороны Казахстана встретился с начальником Генерального штаба Узбекистана.", ["KZ", "UZ"]
    ),
    "unnamed-partner-in-a-list": Case(
        "Он встретился с министром Яшаром Гюлером и заместителем министра обороны Пакистана.", ["PK"]
    ),
}


@pytest.mark.parametrize("case", **_cases(SIDE_CASES))
def test_find_sides(case: Case) -> None:
    text = str(case.text)
    sides, _delegation, _visited = find_sides(text, 0, scan_countries(text))
    assert sorted(sides) == case.expected


def _partner_post_before_reference(stext: str, s: int) -> bool:
    """``sides._partner_post_before`` written plainly: every phrase of one to seven words before ``s``."""
    words = re.findall(r"[\w\-]{1,30}|,", stext[max(0, s - 160) : s])
    for k in range(1, min(7, len(words)) + 1):
        phrase = words[len(words) - k :]
        if "," in phrase:
            break
        opener = words[len(words) - k - 1].lower() if len(words) > k else ""
        keys = [w.lower().replace("ё", "е") for w in phrase]
        post_only = any(k in posts.HEAD_FORMS and posts.HEAD_FORMS[k][0] != "коллега" for k in keys) and all(
            k in posts.HEAD_FORMS or k in posts.POST_WORDS or k in ("при", "по", "вопросам") for k in keys
        )
        if (opener in {"с", "со", "и", ","} or (len(words) == k and s <= 160)) and post_only:
            return True
    return False


_SIDE_WORDS = [
    "с", "со", "и", ",", "при", "по", "вопросам", "начальником", "министра", "министр", "генерального", "штаба",
    "обороны", "коллегой", "атташе", "посольстве", "военным", "встретился", "Узбекистана", "Министр", "ё",
    "заместителем", "главы", "Ёлка", "x" * 35,
]  # fmt: skip


@given(st.lists(st.sampled_from(_SIDE_WORDS), max_size=12), st.sampled_from([" ", "", "  "]))
def test_a_partner_post_is_read_as_every_phrase_before_the_country_is_tried(words: list[str], gap: str) -> None:
    from defcoop._lang.ru.sides import _partner_post_before

    text = " ".join(words) + gap
    for s in (len(text), len(text) - len(gap)):
        assert _partner_post_before(text, s) == _partner_post_before_reference(text, s), (text, s)
    long = "слово " * 30 + text  # the phrase read from a window of 160 characters
    assert _partner_post_before(long, len(long)) == _partner_post_before_reference(long, len(long))


SIDE_PHRASES = [
    "визит в ", "визита в ", "визитом в ", "с рабочим визитом во ", "прибыл в ", "прибывшего в ",
    "прибывшая с визитом в ", "поездки в ", "поездку в ", "приехал в ", "посетил в ", "посетила в ",
    "в министерстве обороны ", "во министерстве иностранных дел ", "в минобороны ", "в мид ",
    "в генеральном штабе ", "в генеральном штабе вооруженных сил ", "в генштабе ", "коллега ", "коллегами из ",
    "представители ", "представителей ", "министры ", "министрам ", "главы ", "главами ", "руководители ",
    "руководителей ", "делегация ", "делегацией ",
]  # fmt: skip


def test_every_match_of_a_russian_side_pattern_holds_one_of_its_words() -> None:
    from defcoop._lang.ru import sides

    pairs = [
        (sides._GROUP, sides._GROUP_WORDS),
        (sides._VISIT_TO, sides._VISIT_WORDS),
        (sides._VENUE, sides._VENUE_WORDS),
        (sides._DELEGATION, get("ru").cue_words["delegation"]),
        (sides._COUNTERPART, get("ru").cue_words["counterpart"]),
    ]
    texts = [*SIDE_PHRASES, *(str(c.text) for c in SIDE_CASES.values())]
    for pattern, words in pairs:
        found = 0
        for text in texts:
            for variant in (text, text.upper(), text.capitalize()):
                for m in pattern.finditer(variant):
                    found += 1
                    assert any(word in m.group().lower() for word in words), (pattern.pattern[:30], m.group())
        assert found, pattern.pattern[:30]


# --------------------------------------------------------------------------- dates

DATE_CASES = {
    "day-genitive-month-year": Case("5 августа 2021 года", [("5 августа 2021", 2021, 8, 5)]),
    "day-month": Case("встреча 31 октября", [("31 октября", None, 10, 31)]),
    "nominative-month-stamp": Case("13:12, 31 Октябрь 2025 | GMT", [("31 Октябрь 2025", 2025, 10, 31)]),
    "abbreviation": Case("ТАШКЕНТ, 20 окт — Sputnik", [("20 окт", None, 10, 20)]),
    "abbreviation-with-year": Case("23 ноя 2021, 10:38", [("23 ноя 2021", 2021, 11, 23)]),
    "month-first-stamp": Case("Март 14, 2020 13:28", [("Март 14, 2020", 2020, 3, 14)]),
    "month-year-prepositional": Case("в мае 2024 года", [("в мае 2024 года", 2024, 5, None)]),
    "numeric": Case("ДУШАНБЕ, 14.03.2020 /НИАТ", [("14.03.2020", 2020, 3, 14)]),
    "yesterday": Case("Вчера министр", [("Вчера", None, None, None)]),
    "weekday-after-v": Case("встретились во вторник", [("во вторник", None, None, None)]),
    "sreda-without-v-is-not-a-weekday": Case("среда обитания", []),
}


@pytest.mark.parametrize("case", **_cases(DATE_CASES))
def test_find_dates_russian(case: Case) -> None:
    text = str(case.text)
    assert [(m.span.of(text), m.year, m.month, m.day) for m in find_dates(text)] == case.expected


RESOLVE = {
    "yesterday": Case("вчера", dt.date(2021, 8, 11)),
    "the-day-before": Case("накануне", dt.date(2021, 8, 11)),
    "today": Case("сегодня", dt.date(2021, 8, 12)),
    "weekday": Case("в понедельник", dt.date(2021, 8, 9)),
    "day-month-in-year-of-reference": Case("9 августа", dt.date(2021, 8, 9)),
}


@pytest.mark.parametrize("case", **_cases(RESOLVE))
def test_resolve_russian_dates(case: Case) -> None:
    (mention,) = find_dates(str(case.text))
    assert mention.resolve(dt.date(2021, 8, 12)) == case.expected  # a Thursday


_CALENDAR_WORDS = sorted({*calendar.MONTHS, *calendar.WEEKDAYS, *calendar.RELATIVE_DAYS, *calendar.VAGUE_PERIODS})


_PREFIXED = [w for w in _CALENDAR_WORDS if any(o != w and o.startswith(w) for o in _CALENDAR_WORDS)]
_PREFIXED += [o for o in _CALENDAR_WORDS if any(o != w and o.startswith(w) for w in _PREFIXED)]
"""Calendar words that begin other calendar words ("сен", "сент", "сентябрь"), and those words."""


@given(
    words=st.lists(st.sampled_from(_CALENDAR_WORDS), min_size=1, max_size=12, unique=True)
    | st.lists(st.sampled_from(_PREFIXED), min_size=1, max_size=8, unique=True),
    text=st.lists(st.sampled_from([*_PREFIXED, " ", ".", "я", "Е", "ᲀ", "2021", "вторник"]), max_size=8).map("".join),
)
def test_the_trie_of_calendar_words_matches_as_their_alternation_longest_first(words: list[str], text: str) -> None:
    from defcoop._lang import trie_source

    plain = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    for suffix in ("", r"(?!\w)", r"\.?\ 2021"):
        trie = re.compile(f"(?:{trie_source(words)}){suffix}", re.IGNORECASE)
        alternation = re.compile(f"(?:{plain}){suffix}", re.IGNORECASE)
        for at in range(len(text) + 1):
            got, want = trie.match(text, at), alternation.match(text, at)
            assert (got and got.span()) == (want and want.span()), (text, at)
        assert [m.span() for m in trie.finditer(text.upper())] == [m.span() for m in alternation.finditer(text.upper())]


def test_month_table_covers_every_case() -> None:
    assert {calendar.MONTHS[w] for w in ("август", "августа", "августу", "августом", "августе", "авг")} == {8}
    assert calendar.MONTHS["мае"] == 5


# --------------------------------------------------------------------------- places

PLACE_CASES = {
    "prepositional": Case("встретился в Самарканде с коллегами", "Samarkand"),
    "accusative-destination": Case("прибыла в Ташкент с визитом", "Tashkent"),
    "indeclinable": Case("переговоры в Баку", "Baku"),
    "feminine": Case("В Москве запланирована встреча", "Moscow"),
    "in-the-city-of": Case("в городе Щучинске", "Shchuchinsk"),
    "hyphenated": Case("в Нур-Султане", "Nur-Sultan"),
    "no-city": Case("в Министерстве обороны", None),
    "lower-case-word-is-not-a-city": Case("кровь в вене", None),
}


@pytest.mark.parametrize("case", **_cases(PLACE_CASES))
def test_find_place(case: Case) -> None:
    assert find_place(str(case.text)) == case.expected


# --------------------------------------------------------------------------- transliteration

TRANSLIT = {
    "turkic-h": Case("Закир Гасанов", "Zakir Hasanov"),
    "zh": Case("Руслан Жаксылыков", "Ruslan Zhaksylykov"),
    "kh": Case("Шухрат Халмухамедов", "Shukhrat Khalmukhamedov"),
    "initial-ye": Case("Ерлан Ермекбаев", "Yerlan Yermekbayev"),
    "ij-ending": Case("Виталий", "Vitaliy"),
    "yu-ya": Case("Вагаршак Арутюнян", "Vagarshak Arutyunyan"),
    "g-is-g-elsewhere": Case("Сергей Герасимов", "Sergey Gerasimov"),
    "kazakh-letters": Case("Қасым-Жомарт", "Kasym-Zhomart"),
    "initial-kept": Case("З.Гасанов", "Z.Hasanov"),
    "upper-case": Case("ГАСАНОВ", "HASANOV"),
    "latin-unchanged": Case("Zakir Hasanov", "Zakir Hasanov"),
}


@pytest.mark.parametrize("case", **_cases(TRANSLIT))
def test_transliterate(case: Case) -> None:
    assert transliterate(str(case.text)) == case.expected


SAME_PERSON = {
    "cyrillic-and-english": Case(("Закир Гасанов", "Zakir Hasanov"), True),
    "g-and-h-romanisations": Case(("Zakir Gasanov", "Zakir Hasanov"), True),
    "zh-and-j": Case(("Руслан Жаксылыков", "Ruslan Jaksilikov"), True),
    "kh-and-x": Case(("Шухрат Халмухамедов", "Shuxrat Xalmuxamedov"), True),
    "vowel-spelling": Case(("Керим Велиев", "Karim Valiyev"), True),
    "azerbaijani-letters": Case(("Закир Гасанов", "Zakir Həsənov"), True),
    "different-people": Case(("Закир Гасанов", "Zakir Mammadov"), False),
}


@pytest.mark.parametrize("case", **_cases(SAME_PERSON))
def test_latin_keys_match_across_scripts(case: Case) -> None:
    a, b = case.text
    assert bool(latin_keys(a) & latin_keys(b)) is case.expected


@given(st.text(max_size=60))
def test_transliteration_never_raises_and_leaves_no_cyrillic_letter_of_russian(text: str) -> None:
    out = transliterate(text)
    assert not re.search(r"[а-яёА-ЯЁ]", out)
    assert isinstance(latin_keys(text), frozenset)
    assert has_cyrillic(text) or out == text


# --------------------------------------------------------------------------- patterns run in linear time


@pytest.mark.parametrize(
    "pattern",
    [
        *verbs.MEETING,
        verbs.CALL,
        verbs.ANNOUNCED,
        verbs.BACKREF,
        verbs.ATTENDED,
        verbs.SEPARATE,
        verbs.AGREEMENT,
        verbs.OCCASION,
        verbs.NOT_MEETING,
    ],
)
def test_verb_patterns_are_fast_on_hostile_input(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    hostile = ("провел " + "слово " * 2000 + "встреча ") * 3 + "а" * 5000
    start = time.perf_counter()
    compiled.search(hostile)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("name", ["sidelines", "occasion", "agreement", "meeting", "call", "announced", "delegation"])
def test_patterns_have_the_groups_the_shared_stages_read(name: str) -> None:
    """The meeting stage reads group 1 (and 2 for sidelines) of these patterns, as the English ones define them."""
    assert getattr(get("ru"), name).groups == getattr(get("en"), name).groups


ANNOUNCED_CASES = {
    "future-visit": Case("Министр посетит Баку на следующей неделе.", True),
    "planned": Case("Визит планируется в апреле.", True),
    "expected": Case("Ожидается, что министры обсудят сотрудничество.", True),
    "declined": Case("Глава ведомства отказался от поездки в Минск.", True),
    "held-with-a-future-clause": Case(
        "Министры встретились и договорились, что следующая встреча состоится в Баку.", False
    ),
    "held": Case("Министры провели переговоры.", False),
}


@pytest.mark.parametrize("case", **_cases(ANNOUNCED_CASES))
def test_announced_means_no_past_meeting_verb(case: Case) -> None:
    assert bool(get("ru").announced.search(str(case.text).lower())) is case.expected


OUTLETS = {
    "attribution-agency": Case(
        "Стороны обсудили сотрудничество, передает агентство Kazinform со ссылкой на МО.", "Kazinform"
    ),
    "attribution-plain": Case("Министры обсудили безопасность, сообщает Trend.", "Trend"),
    "source-is-not-the-outlet": Case("Об этом сообщает пресс-служба Минобороны Армении.", None),
    "ministry-is-not-the-outlet": Case("Об этом сообщает Минобороны Армении.", None),
    "dateline-dash": Case("ТАШКЕНТ, 20 окт — Sputnik. Глава ведомства встретился.", "Sputnik"),
    "dateline-caps-agency": Case("Москва. 26 мая. INTERFAX.RU - Главы ведомств.", "INTERFAX.RU"),
    "dateline-cyrillic-agency": Case("Баку, 3 апреля, АЗЕРТАДЖ. Министр обороны.", "АЗЕРТАДЖ"),
    "dateline-without-agency": Case("ЕРЕВАН, 20 ноября 2023. Начальник штаба.", None),
}


@pytest.mark.parametrize("case", **_cases(OUTLETS))
def test_find_outlet(case: Case) -> None:
    assert find_outlet(str(case.text)) == case.expected


# --------------------------------------------------------------------------- cue words

RU_CUE_PHRASES = (
    "встретился с министром. встретилась. встретились. встречается. встречает. встреча с министром. встречи "
    "между. встречу министрами. встрече главой. встречей делегацией. состоялась встреча. прошли двусторонние "
    "переговоры. состоялся телефонный разговор. прошла беседа. консультации прошли. встреча состоялась. "
    "переговоры в москве прошли. провел переговоры. провела встречу. провели консультации. провел беседу. "
    "провел телефонный разговор. провели телефонные переговоры. принял делегацию. принял посла. приняла "
    "начальника штаба. принимал делегацию. принимали делегации. был принят министром. принята главой. "
    "переговоры с. переговоры со. переговоры между. обменялся мнениями. обменялись мнениями. телефонный "
    "разговор. телефонного разговора. провел видеоконференцию. провели видеосвязь. по телефону. по видеосвязи. "
    "нанес визит. нанесла визит. телефонные беседы. телефонную беседу. в режиме видеосвязи. созвонились. "
    "посетит. посетят. встретится. встретятся. проведет. проведут. примет. примут. прибудет. прибудут. приедет. "
    "приедут. отправится. отправятся. обсудят. обсудит. подпишут. подпишет. вручат. вручит. состоится. "
    "состоятся. прибывает. прибывают. будет участвовать. будут обсуждать. будет наблюдать. планирует. "
    "планируется. запланирован. запланирована. ожидается. ожидаются. намерен. намерены. предстоит. "
    "предстоящий. в ближайшее время. на следующей неделе. пригласил его посетить. не будет участвовать. "
    "пропустит. отказался. отказалась. "
    "принял участие. принимали участие. участвовал. присутствовали. сопровождал. на встрече. во время "
    "встречи. на переговорах. во время переговоров. на консультациях. на этой встрече. "
    "отдельные встречи. по отдельности. с каждым. с коллегами из казахстана в рамках. на полях саммита с "
    "коллегами из. трехсторонняя. трёхсторонней. четырехсторонние. многосторонних. совместное заседание. "
    "в формате. посетил могилу. посетили мемориал. посетила музей. возложил венок. почтили память. коллега. "
    "коллеги. коллегами. делегация. делегацией. делегациями. на полях выставки. в кулуарах форума. в рамках "
    "заседания."
)


def test_every_match_of_a_russian_cue_pattern_holds_one_of_its_words() -> None:
    import json
    from pathlib import Path

    from defcoop._meetings import lower_same_length

    language = get("ru")
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in Path(__file__).parent.glob("articles/*.json")]
    texts = [RU_CUE_PHRASES, *(a["text"] for a in articles if has_cyrillic(a["text"]))]
    texts += [str(c.text) for c in ANNOUNCED_CASES.values()]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s", lower_same_length(text))]
    for name, words in language.cue_words.items():
        pattern = getattr(language, name)
        found = 0
        for sentence in sentences:
            for m in pattern.finditer(sentence):
                found += 1
                assert any(word in m.group() for word in words), (name, m.group())
        assert found, name


def test_russian_cue_words_list_every_letter_a_cue_matches_without_holding_it() -> None:
    """A case-insensitive cue matches a plain letter of its words also as an odd lower-case form of it (the
    rounded "в", U+1C80): such forms are among every entry's words, so a sentence holding one is searched."""
    language = get("ru")
    letters = {ch for words in language.cue_words.values() for word in words for ch in word}
    odd = set()
    for letter in letters - set(verbs.ODD_CASE):
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        # no letter above U+1E943 has a case
        odd |= {chr(c) for c in range(0x80, 0x1E944) if pattern.fullmatch(chr(c)) and chr(c).lower() != letter}
    odd = {ch for ch in odd if ch.lower() == ch}  # capitals are lowered before the cues are matched
    assert odd <= set(verbs.ODD_CASE)
    for words in language.cue_words.values():
        assert set(verbs.ODD_CASE) <= set(words)
    assert get("ru").meeting.search("ᲀстретился")


def test_russian_cue_letters_match_ignoring_case_only_themselves_in_lowered_text() -> None:
    """In a lowered text, a letter of a case-insensitive Russian cue matches itself alone, but for the
    :data:`~defcoop._lang.ru.verbs.ODD_CASE` letters (which lower-casing gives only to themselves): so a cue
    written in lower case and matched case-sensitively finds what the cue finds in a text holding none of them."""
    from defcoop._meetings import _cues

    language = get("ru")
    assert language.cue_odd_case == verbs.ODD_CASE
    lowered = {chr(c): chr(c).lower() if len(chr(c).lower()) == 1 else chr(c) for c in range(0x110000)}
    assert {ch for ch, low in lowered.items() if low in verbs.ODD_CASE} == set(verbs.ODD_CASE)
    every_lowered = "".join(dict.fromkeys(lowered.values()))
    sources = [cue.pattern.pattern for cue in _cues(language).values() if cue.pattern.flags & re.IGNORECASE]
    letters = {ch for source in sources for ch in re.sub(r"\\.", "", source) if ch.lower() != ch.upper()}
    assert {"в", "д", "о", "с", "т", "ё"} <= letters
    assert all(not ch.isascii() for ch in letters)
    for letter in letters:
        matched = set(re.findall(re.escape(letter), every_lowered, re.IGNORECASE)) - set(verbs.ODD_CASE)
        assert matched == {letter.lower()}, letter


def test_russian_cues_read_in_lower_case_find_what_they_find_ignoring_case() -> None:
    """Through the one-scan form of their lower-case forms, the Russian cues find in each lowered sentence
    what a case-insensitive search of the sentence finds; in an article holding an odd-case letter they are
    searched as they are."""
    import json
    import random
    from pathlib import Path

    from defcoop._meetings import _cues, _cues_for, _first_cues, _join, _OtherStarts, lower_same_length

    language = get("ru")
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in Path(__file__).parent.glob("articles/*.json")]
    texts = [RU_CUE_PHRASES, *(a["text"] for a in articles if has_cyrillic(a["text"]))]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s", lower_same_length(text))]
    words = [w for s in sentences for w in s.split()] + ["(", "«", "-", "—", "\n", "_", "1", "был", "была"]
    rng = random.Random(5)
    glue = ["", " ", "  ", ". ", ", ", "-"]
    lows = sentences + ["".join(rng.choice(words) + rng.choice(glue) for _ in range(8)) for _ in range(1500)]
    cues = _cues(language, lowered=True)
    scan = cues["meeting"].scan
    assert scan is not None
    assert _cues_for(language, "Министр встретился с коллегой.") is cues
    odd = _cues_for(language, "Министр ᲀстретился с коллегой.")
    assert odd is _cues(language)
    assert odd["meeting"].scan is None
    firsts = _first_cues(scan, _join(lows))
    for low, first in zip(lows, firsts, strict=True):
        found = language.meeting.search(low)
        assert first == (found.start() if found is not None else -1), low
    for name, cue in cues.items():
        if not cue.pattern.flags & re.IGNORECASE:
            continue
        held = 0
        for low in lows:
            want = bool(cue.pattern.search(low))
            held += want
            assert cue.found(low) == want, (name, low)
            assert cue.found(low, _OtherStarts(low), len(low) // 2) == want, (name, low)
        assert held, name
