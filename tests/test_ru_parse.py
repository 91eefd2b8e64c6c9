"""Russian articles end to end: golden articles written for these tests, detection, and properties."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

import defcoop
from defcoop import _lang, _morph_ru
from defcoop.models import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

VISIT = """Минобороны Азербайджана и Казахстана подписали план сотрудничества

12.03.2024 10:15

БАКУ, 12 марта. Министр обороны Азербайджанской Республики генерал-полковник Закир Гасанов 11 марта \
встретился в Баку с делегацией Министерства обороны Республики Казахстан во главе с первым заместителем \
министра обороны — начальником Генерального штаба Вооруженных сил генерал-лейтенантом Маратом Хусаиновым.

В ходе встречи стороны обсудили вопросы военного и военно-технического сотрудничества, а также проведения \
совместных учений. По итогам переговоров подписан план военного сотрудничества между министерствами обороны \
двух стран на 2025 год.

З.Гасанов отметил, что казахстанская сторона является надежным партнером Азербайджана.
"""

CALL = """Министры обороны Узбекистана и Кыргызстана обсудили ситуацию на границе

ТАШКЕНТ, 5 февраля 2025. Министр обороны Республики Узбекистан генерал-майор Улугбек Рахимов провел \
телефонный разговор с министром обороны Кыргызской Республики Эркином Сыдыковым.

Стороны обсудили обстановку на границе двух государств и вопросы противодействия терроризму.

Рахимов пригласил кыргызского коллегу посетить Ташкент. Визит планируется в апреле.
"""

TWO_SITTINGS = """Начальник Генштаба Армении провел ряд встреч

ЕРЕВАН, 20 ноября 2023. Начальник Генерального штаба Вооруженных сил Армении генерал-лейтенант Эдвард \
Асрян принял военного атташе Франции полковника Жана Дюбуа.

Стороны обсудили перспективы сотрудничества в сфере военного образования.

Затем Э.Асрян провел встречу с делегацией Министерства обороны Греции во главе с контр-адмиралом \
Николаосом Папасом. На встрече присутствовал посол Греции в Армении Георгиос Кирьякос.
"""

ANNOUNCED = """Глава оборонного ведомства Турции посетит Астану

Министр национальной обороны Турецкой Республики Яшар Гюлер на следующей неделе посетит Казахстан, где \
встретится с министром обороны Республики Казахстан Даниялом Ахметовым.
"""

ARTICLES = {"visit": VISIT, "call": CALL, "two-sittings": TWO_SITTINGS, "announced": ANNOUNCED}


class Field(NamedTuple):
    article: str
    path: str
    expected: Any


def _official(
    article: str, name: str, latin: str, country: str, rank: str | None, posts: tuple[str, ...]
) -> list[Field]:
    return [
        Field(article, f"official[{name}].country", country),
        Field(article, f"official[{name}].rank", rank),
        Field(article, f"official[{name}].posts", posts),
        Field(article, f"official[{name}].name_latin", latin),
    ]


FIELDS: list[Field] = [
    Field("visit", "language", "ru"),
    Field("visit", "published", dt.date(2024, 3, 12)),
    Field("visit", "official_names", ["Закир Гасанов", "Марат Хусаинов"]),
    *_official("visit", "Закир Гасанов", "Zakir Hasanov", "AZ", "Colonel General", ("Minister of Defence",)),
    *_official(
        "visit",
        "Марат Хусаинов",
        "Marat Khusainov",
        "KZ",
        "Lieutenant General",
        ("First Deputy Minister of Defence", "Chief of the General Staff of the Armed Forces"),
    ),
    Field("visit", "official[Закир Гасанов].mentions", ["Закир Гасанов", "З.Гасанов"]),
    Field("visit", "meeting_count", 1),
    Field("visit", "meeting[0].countries", ["AZ", "KZ"]),
    Field("visit", "meeting[0].participants", ["Закир Гасанов", "Марат Хусаинов"]),
    Field("visit", "meeting[0].date", dt.date(2024, 3, 11)),
    Field("visit", "meeting[0].location", "Baku"),
    Field("visit", "meeting[0].kind", "visit"),
    Field("visit", "meeting[0].host", "AZ"),
    Field("visit", "meeting[0].topics", ["exercises", "military_cooperation", "military_technical"]),
    Field(
        "visit",
        "meeting[0].agreements",
        ["план военного сотрудничества между министерствами обороны двух стран на 2025 год"],
    ),
    Field("call", "published", dt.date(2025, 2, 5)),
    *_official("call", "Улугбек Рахимов", "Ulugbek Rakhimov", "UZ", "Major General", ("Minister of Defence",)),
    *_official("call", "Эркин Сыдыков", "Erkin Sydykov", "KG", None, ("Minister of Defence",)),
    Field("call", "meeting_count", 1),
    Field("call", "meeting[0].countries", ["KG", "UZ"]),
    Field("call", "meeting[0].participants", ["Улугбек Рахимов", "Эркин Сыдыков"]),
    Field("call", "meeting[0].kind", "call"),
    Field("call", "meeting[0].location", None),
    Field("call", "meeting[0].topics", ["border_security", "counter_terrorism"]),
    Field("two-sittings", "published", dt.date(2023, 11, 20)),
    *_official(
        "two-sittings",
        "Эдвард Асрян",
        "Edvard Asryan",
        "AM",
        "Lieutenant General",
        ("Chief of the General Staff of the Armed Forces",),
    ),
    *_official("two-sittings", "Жан Дюбуа", "Zhan Dyubua", "FR", "Colonel", ("Military Attaché",)),
    *_official("two-sittings", "Николаос Папас", "Nikolaos Papas", "GR", "Rear Admiral", ()),
    *_official("two-sittings", "Георгиос Кирьякос", "Georgios Kiryakos", "GR", None, ("Ambassador to Armenia",)),
    Field("two-sittings", "meeting_count", 2),
    Field("two-sittings", "meeting[0].countries", ["AM", "FR"]),
    Field("two-sittings", "meeting[0].participants", ["Эдвард Асрян", "Жан Дюбуа"]),
    Field("two-sittings", "meeting[0].topics", ["military_education"]),
    Field("two-sittings", "meeting[1].countries", ["AM", "GR"]),
    Field("two-sittings", "meeting[1].participants", ["Эдвард Асрян", "Николаос Папас", "Георгиос Кирьякос"]),
    *_official("announced", "Яшар Гюлер", "Yashar Gyuler", "TR", None, ("Minister of National Defence",)),
    *_official("announced", "Даниял Ахметов", "Daniyal Akhmetov", "KZ", None, ("Minister of Defence",)),
    Field("announced", "held_meeting_count", 0),
]


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    return {key: defcoop.parse(text) for key, text in ARTICLES.items()}


def _value(article: Article, path: str) -> Any:
    if path in ("language", "published"):
        return getattr(article, path)
    if path == "official_names":
        return [o.name for o in article.officials]
    if path == "meeting_count":
        return len(article.meetings)
    if path == "held_meeting_count":
        return len(article.held_meetings)
    head, _, attr = path.partition("].")
    if head.startswith("official["):
        name = head[len("official[") :]
        official = next((o for o in article.officials if o.name == name), None)
        if official is None:
            return f"<no official {name}>"
        if attr == "country":
            return official.country.code if official.country else None
        if attr == "mentions":
            return [article.quote(s) for s in official.spans]
        return getattr(official, attr)
    index = int(head[len("meeting[") :])
    if index >= len(article.meetings):
        return "<no such meeting>"
    m = article.meetings[index]
    if attr == "countries":
        return [c.code for c in m.countries]
    if attr == "participants":
        return [p.name for p in m.participants]
    if attr == "kind":
        return m.kind.value
    if attr == "host":
        return m.host.code if m.host else None
    if attr == "topics":
        return sorted(t.value for t in m.topics)
    if attr == "agreements":
        return list(m.agreements)
    return getattr(m, attr)


@pytest.mark.parametrize("field", FIELDS, ids=[f"{f.article}:{f.path}" for f in FIELDS])
def test_golden_russian_articles(field: Field, parsed: dict[str, Article]) -> None:
    assert _value(parsed[field.article], field.path) == field.expected


def test_golden_articles_without_pymorphy3(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback gives the same officials and meetings on these articles."""
    with_dictionary = {k: defcoop.parse(t) for k, t in ARTICLES.items()}
    monkeypatch.setitem(sys.modules, "pymorphy3", None)
    _morph_ru.reset()
    try:
        without = {k: defcoop.parse(t) for k, t in ARTICLES.items()}
    finally:
        monkeypatch.undo()
        _morph_ru.reset()
    assert without == with_dictionary


# --------------------------------------------------------------------------- language


class DetectCase(NamedTuple):
    text: str
    expected: str


DETECT = {
    "russian": DetectCase("Министр обороны встретился с делегацией и обсудил вопросы.", "ru"),
    "english": DetectCase("The minister of defence met the delegation and discussed issues.", "en"),
    "english-with-a-russian-name": DetectCase("The minister met Закир Гасанов and the delegation.", "en"),
    "empty": DetectCase("", "en"),
}


@pytest.mark.parametrize("case", DETECT.values(), ids=DETECT.keys())
def test_detect(case: DetectCase) -> None:
    assert _lang.detect(case.text) == case.expected
    assert defcoop.parse(case.text).language == case.expected


def _detect_by_scores(text: str, sample: int = 2000) -> str:
    """What detect() decides, without its test for each language's letters: every cue pattern is scored."""
    head = text[:sample]
    best, best_score = "en", 0
    for code in _lang.known_codes():
        score = len(_lang.get(code).detect_cue.findall(head))
        if score > best_score:
            best, best_score = code, score
    return best


#: Words for the detection property: English and Russian cue words, Cyrillic letters that case-insensitive
#: matching folds into cue letters ("ᲀ" is a form of "в"), Latin-1 and other non-ASCII punctuation.
_DETECT_WORDS = ["the", "of", "and", "и", "в", "ᲀ", "ᲃ", "на", "Министра", "обороны", "ОБОРОНЫ", "attaché", "“Trend”",
                 "—", "Баку", "met", "Ѐ", "ꙋ", "\u00a0", "\U0001f600", "x"]  # fmt: skip


@given(st.lists(st.sampled_from(_DETECT_WORDS), max_size=40))
def test_detect_agrees_with_scoring_every_language(words: list[str]) -> None:
    text = " ".join(words)
    assert _lang.detect(text) == _detect_by_scores(text)
    assert _lang.detect(text, sample=7) == _detect_by_scores(text, sample=7)


def test_language_can_be_forced() -> None:
    article = defcoop.parse("Министр обороны Казахстана Даурен Косанов.", language="ru")
    assert article.language == "ru"
    assert [(o.name, o.country.code if o.country else None) for o in article.officials] == [("Даурен Косанов", "KZ")]


# --------------------------------------------------------------------------- properties

WORDS = ("Министр", "обороны", "Казахстана", "генерал-полковник", "Закиром", "Гасановым", "встретился", "с",
         "делегацией", "Minister", "of", "Defense", "met", "Zakir", "Hasanov", "5", "августа", "2021", "года", "—",
         ",", ".", "\n", "во", "главе", "коллегами", "из", "России", "и", "Беларуси", "З.", "Ж", "телефонный",
         "разговор", "посетит", "США", "РК", "в", "рамках", "заседания", "на", "полях", "выставки", "подписан",
         "план", "принял", "посла", "Баку", "Ташкенте", "по", "приглашению", "Кроме", "того", "министр")  # fmt: skip


@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_parse_never_raises_on_mixed_cyrillic_and_latin(text: str) -> None:
    article = defcoop.parse(text)
    assert article.language in ("en", "ru")
    for official in article.officials:
        for span in official.spans:
            assert 0 <= span.start <= span.end <= len(text)
    names = {o.name for o in article.officials}
    assert all(p.name in names for m in article.meetings for p in m.participants)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_parse_never_raises_on_any_text_read_as_russian(text: str) -> None:
    assert defcoop.parse(text, language="ru").language == "ru"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_english_results_do_not_change_when_the_russian_resources_are_present(
    seed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    with_russian = defcoop.parse(text)
    monkeypatch.setattr(_lang, "_REGISTRY", ("en",))
    monkeypatch.delitem(_lang._CACHE, "ru", raising=False)
    without_russian = defcoop.parse(text)
    assert with_russian == without_russian
    assert with_russian.language == "en"


def test_encounter_dates_read_russian_relative_words() -> None:
    text = (
        "Министры обороны провели переговоры\n\n"
        "12.03.2024 10:15\n\n"
        "Вчера министр обороны Республики Казахстан Руслан Жаксылыков провел переговоры с министром обороны "
        "Республики Узбекистан Бахтияром Ташматовым."
    )
    article = defcoop.parse(text)
    assert article.published == dt.date(2024, 3, 12)
    assert [(m.date, [c.code for c in m.countries]) for m in article.meetings] == [(dt.date(2024, 3, 11), ["KZ", "UZ"])]


MORE = {
    "counterpart-with-country-adjective": (
        (
            "Министр национальной обороны Турции Хулуси Акар и его азербайджанский коллега Закир Гасанов провели "
            "встречу в Анкаре."
        ),
        [("Хулуси Акар", "TR"), ("Закир Гасанов", "AZ")],
        [(["AZ", "TR"], "Ankara")],
    ),
    "passive-reception-is-a-second-sitting": (
        (
            "Министр обороны Азербайджанской Республики генерал-полковник Закир Гасанов встретился с делегацией во "
            "главе с командующим Военно-воздушными силами Пакистана главным маршалом авиации Захиром Ахмедом.\n\n"
            "Затем делегация была принята начальником Генерального штаба Азербайджанской армии генерал-полковником "
            "Керимом Велиевым."
        ),
        [("Закир Гасанов", "AZ"), ("Захир Ахмед", "PK"), ("Керим Велиев", "AZ")],
        [(["AZ", "PK"], None), (["AZ", "PK"], None)],
    ),
    "ambassador-posted-to-a-city": (
        (
            "Заместитель министра обороны России Александр Фомин встретился с послом Пакистана в Москве Шафкатом "
            "Али Ханом."
        ),
        [("Александр Фомин", "RU"), ("Шафкат Али Хан", "PK")],
        [(["PK", "RU"], "Moscow")],
    ),
    "partner-named-by-post-only": (
        (
            "Министр обороны Республики Беларусь Виктор Хренин провел встречу с военным атташе при посольстве США в "
            "Минске."
        ),
        [("Виктор Хренин", "BY")],
        [(["BY", "US"], "Minsk")],
    ),
    "organisation-official-serves-no-state": (
        (
            "Министр обороны Армении Арам Петросян принял генерального секретаря Организации Договора о "
            "коллективной безопасности Ивана Петрова."
        ),
        [("Арам Петросян", "AM"), ("Иван Петров", None)],
        [(["AM"], None)],
    ),
    "joint-signing": (
        (
            "Министр обороны Армении Арам Петросян и министр вооруженных сил Франции Поль Мартен подписали контракт "
            "на поставку трех радаров в Париже."
        ),
        [("Арам Петросян", "AM"), ("Поль Мартен", "FR")],
        [(["AM", "FR"], "Paris")],
    ),
    "two-ministers-discussed": (
        "Министр обороны Армении Арам Петросян и министр обороны Франции Поль Мартен обсудили вопросы сотрудничества.",
        [("Арам Петросян", "AM"), ("Поль Мартен", "FR")],
        [(["AM", "FR"], None)],
    ),
    "signing-alone-is-not-an-encounter": (
        "Министр обороны Армении Арам Петросян подписал контракт с французской компанией.",
        [("Арам Петросян", "AM")],
        [],
    ),
    "names-the-dictionary-knows-in-oblique-cases": (
        (
            "Министр обороны Казахстана Руслан Жаксылыков встретился в Астане с послом Израиля Львом Грачевым. "
            "Затем министр вручил медаль послу Германии Анне Ивановой."
        ),
        [("Руслан Жаксылыков", "KZ"), ("Лев Грачев", "IL"), ("Анна Иванова", "DE")],
        [(["IL", "KZ"], "Astana")],
    ),
}


@pytest.mark.parametrize("case", MORE.values(), ids=MORE.keys())
def test_russian_constructions(
    case: tuple[str, list[tuple[str, str | None]], list[tuple[list[str], str | None]]],
) -> None:
    text, officials, meetings = case
    article = defcoop.parse(text)
    assert [(o.name, o.country.code if o.country else None) for o in article.officials] == officials
    assert [([c.code for c in m.countries], m.location) for m in article.meetings] == meetings


@pytest.mark.slow
def test_long_russian_text_parses_in_linear_time() -> None:
    """No sentence-level look-back may scan the whole text: 200 KB of names and posts parse within budget."""
    unit = (
        "Министр обороны Республики Казахстан генерал-полковник Руслан Жаксылыков встретился с делегацией "
        "Таджикистана во главе с министром обороны Шерали Мирзо и его коллегами из России и Беларуси "
    )
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    start = time.perf_counter()
    article = defcoop.parse(text)
    assert time.perf_counter() - start < 30
    assert article.language == "ru"


def test_russian_metadata_byline_outlet_dateline() -> None:
    text = (
        "Министр обороны встретился с турецким коллегой\n\n"
        "Автор: Айгуль Сапарова\n\n"
        "АСТАНА, 14 мая 2024 — Kazinform. Министр обороны Республики Казахстан Руслан Жаксылыков встретился с "
        "министром национальной обороны Турции Яшаром Гюлером."
    )
    article = defcoop.parse(text)
    assert (article.title, article.author, article.outlet, article.published) == (
        "Министр обороны встретился с турецким коллегой",
        "Айгуль Сапарова",
        "Kazinform",
        dt.date(2024, 5, 14),
    )
    assert [o.name for o in article.officials] == ["Руслан Жаксылыков", "Яшар Гюлер"]  # the journalist is not one
    assert [m.location for m in article.meetings] == ["Astana"]


# --------------------------------------------------------------------------- across languages

_EN_REPORT = (
    " date 2024-04-26\n\nBAKU, April 25. On April 25, Azerbaijan's Minister of Defense Colonel General Zakir "
    "Hasanov met with Kazakhstan's Minister of Defense Lieutenant General Ruslan Zhaksylykov in Baku. The sides "
    "discussed military cooperation."
)
_RU_REPORT = (
    "БАКУ, 25 апреля 2024 года. 25 апреля министр обороны Азербайджана генерал-полковник Закир Гасанов "
    "встретился в Баку с министром обороны Казахстана генерал-лейтенантом Русланом Жаксылыковым. Стороны "
    "обсудили военное сотрудничество."
)


def test_an_english_and_a_russian_report_of_one_meeting_are_one_event_and_one_roster() -> None:
    en, ru = defcoop.parse(_EN_REPORT), defcoop.parse(_RU_REPORT)
    assert (en.language, ru.language) == ("en", "ru")
    assert ru.published == dt.date(2024, 4, 25)
    for article in (en, ru):
        (meeting,) = article.meetings
        assert (meeting.date, meeting.location) == (dt.date(2024, 4, 25), "Baku")
        assert [c.code for c in meeting.countries] == ["AZ", "KZ"]
    corpus = defcoop.Corpus([en, ru])
    (event,) = corpus.events()
    assert len(event.records) == 2
    roster = {p.name: set(p.names) for p in corpus.officials()}
    assert roster == {
        "Zakir Hasanov": {"Zakir Hasanov", "Закир Гасанов"},
        "Ruslan Zhaksylykov": {"Ruslan Zhaksylykov", "Руслан Жаксылыков"},
    }


def test_russian_agreement_ends_before_the_place_but_not_before_other_uses_of_v() -> None:
    a = defcoop.parse(
        "Министр обороны Армении Арам Петросян и министр обороны Франции Поль Мартен подписали контракт на поставку "
        "трех радаров в Париже. Они также подписали соглашение о сотрудничестве в области обороны."
    )
    assert [m.agreements for m in a.meetings] == [
        ("контракт на поставку трех радаров", "соглашение о сотрудничестве в области обороны")
    ]


def test_the_leader_of_a_delegation_joins_its_later_sitting() -> None:
    a = defcoop.parse(
        "Министр обороны Армении Арам Петросян принял делегацию Министерства обороны Ирана во главе с заместителем "
        "министра генералом Резой Ахмади. Затем иранская делегация провела переговоры с начальником Генштаба ВС "
        "Армении генерал-лейтенантом Давидом Мкртчяном."
    )
    assert [sorted(p.name for p in m.participants) for m in a.meetings] == [
        ["Арам Петросян", "Реза Ахмади"],
        ["Давид Мкртчян", "Реза Ахмади"],
    ]
