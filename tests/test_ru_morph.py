"""Russian names to the nominative (``defcoop._morph_ru``), with pymorphy3 and with the rule-based fallback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import NamedTuple

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from defcoop import _morph_ru
from defcoop._lang.ru.inflect import CASES, Case, noun_forms, phrase_forms
from defcoop._lang.ru.ranks import RANK_HEADS, RANKS
from defcoop._morph_ru import case_after, nominative_name, split_rank


@pytest.fixture(params=["pymorphy3", "fallback"])
def morphology(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a test with pymorphy3, then again with pymorphy3 made unimportable."""
    if request.param == "fallback":
        monkeypatch.setitem(sys.modules, "pymorphy3", None)  # "import pymorphy3" now raises ImportError
    _morph_ru.reset()
    yield request.param
    monkeypatch.undo()
    _morph_ru.reset()


def test_fallback_is_used_when_pymorphy3_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pymorphy3")
    monkeypatch.setitem(sys.modules, "pymorphy3", None)
    _morph_ru.reset()
    try:
        assert not _morph_ru.available()
        assert nominative_name("Закиром Гасановым") == "Закир Гасанов"
    finally:
        monkeypatch.undo()
        _morph_ru.reset()
    assert _morph_ru.available()


class Case_(NamedTuple):
    written: str
    hint: Case | None
    expected: str


NAME_CASES = {
    # the examples of the issue
    "instrumental-after-s": Case_("Закиром Гасановым", None, "Закир Гасанов"),
    "genitive-after-rank": Case_("Руслана Жаксылыкова", "gent", "Руслан Жаксылыков"),
    "nominative-kept": Case_("Закир Гасанов", None, "Закир Гасанов"),
    "initial-glued": Case_("З.Гасановым", None, "З.Гасанов"),
    "initial-spaced": Case_("З. Гасанову", None, "З. Гасанов"),
    "surname-alone-instrumental": Case_("Хрениным", None, "Хренин"),
    # each case of a masculine name
    "genitive": Case_("Закира Гасанова", "gent", "Закир Гасанов"),
    "dative": Case_("Закиру Гасанову", None, "Закир Гасанов"),
    "accusative": Case_("Закира Гасанова", "accs", "Закир Гасанов"),
    "prepositional": Case_("Закире Гасанове", None, "Закир Гасанов"),
    # soft stems and -ий
    "soft-stem-genitive": Case_("Сергея Шойгу", "gent", "Сергей Шойгу"),
    "soft-stem-instrumental": Case_("Игорем Сергеевым", None, "Игорь Сергеев"),
    "ij-stem-genitive": Case_("Виталия Лазаревского", None, "Виталий Лазаревский"),
    "ij-stem-instrumental": Case_("Юрием Балуевским", None, "Юрий Балуевский"),
    # feminine names
    "feminine-instrumental": Case_("Анной Ивановой", None, "Анна Иванова"),
    "feminine-genitive-with-hint": Case_("Марии Захаровой", "gent", "Мария Захарова"),
    # foreign and invariable names
    "foreign-instrumental": Case_("Дэниелем Хокансоном", None, "Дэниель Хокансон"),
    "serbian-patronymic-surname": Case_("Миланом Мойсиловичем", None, "Милан Мойсилович"),
    "invariable-tajik": Case_("Шерали Мирзо", None, "Шерали Мирзо"),
    "armenian-surname": Case_("Аршака Карапетяна", "gent", "Аршак Карапетян"),
    "turkic-particle": Case_("Закира Асифа оглы Гасанова", "gent", "Закир Асиф оглы Гасанов"),
    "latin-script-kept": Case_("Zakir Hasanov", "ablt", "Zakir Hasanov"),
    # a foreign word left undeclined does not keep the case the context shows from the other words
    "undeclined-surname-after-a-rank": Case_("Резой Талаи-Ника", "ablt", "Реза Талаи-Ника"),
    "chinese-name-instrumental": Case_("Дун Цзюнем", "ablt", "Дун Цзюнь"),
    "korean-name-instrumental": Case_("Ким Сон Джином", "ablt", "Ким Сон Джин"),
    "korean-name-nominative": Case_("Ким Сон Джин", None, "Ким Сон Джин"),
    "upper-case-kept": Case_("ГАСАНОВЫМ", None, "ГАСАНОВ"),
    "soft-consonant-genitive": Case_("Станислава Зася", "gent", "Станислав Зась"),
    # "Руслана" and "Зазаева" are also women's first names in the dictionary; a woman's surname in -ева would end
    # in -евой here
    "surname-locative-not-a-feminine-name": Case_("Руслане Зазаеве", "loct", "Руслан Зазаев"),
}


@pytest.mark.parametrize("case", NAME_CASES.values(), ids=NAME_CASES.keys())
def test_nominative_name(case: Case_, morphology: str) -> None:
    assert nominative_name(case.written, case.hint) == case.expected


PYMORPHY_ONLY = {
    # fleeting vowels and the gender of known names need the dictionary
    "fleeting-vowel": Case_("Павлом Грачевым", None, "Павел Грачев"),
    "feminine-nominative-known-name": Case_("Анна Иванова", None, "Анна Иванова"),
    # the dictionary's nominative beats the rules' guess ("Льв") in the case and gender the name is read in
    "fleeting-vowel-genitive": Case_("Льва Грачева", "gent", "Лев Грачев"),
    "fleeting-vowel-instrumental": Case_("Львом Толстым", None, "Лев Толстой"),
    # "Анне" and "Карине" are also invariable names of their own in the dictionary
    "feminine-dative-not-invariable": Case_("Анне Ивановой", None, "Анна Иванова"),
    "feminine-locative-not-invariable": Case_("Карине Петровой", "loct", "Карина Петрова"),
    # an invariable name with no inflected reading keeps its dictionary weight
    "invariable-feminine-name": Case_("Айгуль Иванову", None, "Айгуль Иванова"),
    # the dictionary writes "ё"; the text's "е" is kept
    "yo-as-written": Case_("Павлом Грачевым", None, "Павел Грачев"),
    "yo-kept-when-written": Case_("Павлом Грачёвым", None, "Павел Грачёв"),
}


@pytest.mark.parametrize("case", PYMORPHY_ONLY.values(), ids=PYMORPHY_ONLY.keys())
def test_nominative_name_with_dictionary(case: Case_) -> None:
    pytest.importorskip("pymorphy3")
    _morph_ru.reset()
    assert nominative_name(case.written, case.hint) == case.expected


FALLBACK_GAPS = {
    "fleeting-vowel": Case_("Павлом Грачевым", None, "Павел Грачев"),
    "feminine-nominative-pair": Case_("Анна Иванова", None, "Анна Иванова"),
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="needs the dictionary"))
        for c in FALLBACK_GAPS.values()
    ],
    ids=FALLBACK_GAPS.keys(),
)
def test_fallback_known_gaps(case: Case_, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pymorphy3", None)
    _morph_ru.reset()
    try:
        assert nominative_name(case.written, case.hint) == case.expected
    finally:
        monkeypatch.undo()
        _morph_ru.reset()


CASE_AFTER = {
    "preposition-s": ("с", "ablt"),
    "preposition-u": ("у", "gent"),
    "preposition-k": ("к", "datv"),
    "preposition-o": ("о", "loct"),
    "rank-genitive": ("генерал-полковника", "gent"),
    "rank-instrumental-two-words": ("генералом армии", "ablt"),
    "rank-capitalised": ("Генерал-майор", "nomn"),
    "verb": ("встретился", None),
}


@pytest.mark.parametrize(("word", "expected"), CASE_AFTER.values(), ids=CASE_AFTER.keys())
def test_case_after(word: str, expected: str | None) -> None:
    assert case_after(word) == expected


SPLIT_RANK = {
    "rank-nominative": ("генерал-полковник Закир Гасанов", ("Colonel General", "Закир Гасанов")),
    "rank-genitive": ("генерал-полковника Руслана Жаксылыкова", ("Colonel General", "Руслан Жаксылыков")),
    "two-word-rank-instrumental": ("генералом армии Сергеем Шойгу", ("Army General", "Сергей Шойгу")),
    "naval-rank-dative": ("контр-адмиралу Николаосу Папасу", ("Rear Admiral", "Николаос Папас")),
    "captain-first-rank": ("капитана 1 ранга Олега Петрова", ("Captain First Rank", "Олег Петров")),
    "no-rank": ("Керим Велиев", (None, "Керим Велиев")),
}


@pytest.mark.parametrize(("phrase", "expected"), SPLIT_RANK.values(), ids=SPLIT_RANK.keys())
def test_split_rank(phrase: str, expected: tuple[str | None, str], morphology: str) -> None:
    assert split_rank(phrase) == expected


# --------------------------------------------------------------------------- property: every case form

GIVEN = ("Закир", "Руслан", "Марат", "Сакен", "Даурен", "Нурлан", "Бахтиёр", "Шухрат", "Керим", "Олег", "Виктор",
         "Аршак", "Сурен", "Тимур", "Ерлан", "Сергей", "Андрей", "Виталий", "Юрий")  # fmt: skip
SYLLABLES = ("ка", "за", "ру", "ба", "ли", "ше", "мур", "тал", "сан", "бек", "хан", "жан", "тор", "гул", "мед",
             "рах", "ным", "сул", "дар", "кул")  # fmt: skip
RANKS_NOMINATIVE = sorted({*RANK_HEADS, "генерал армии", "капитан 1 ранга", "старший лейтенант"})


def _surname_forms(stem: str, suffix: str) -> dict[Case, str]:
    surname = stem + suffix
    return {"nomn": surname, "gent": surname + "а", "datv": surname + "у", "accs": surname + "а",
            "ablt": surname + "ым", "loct": surname + "е"}  # fmt: skip


@st.composite
def name_rank_phrases(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """(phrase in some case, rank nominative, name nominative, case)."""
    given = draw(st.sampled_from(GIVEN))
    stem = "".join(draw(st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3)))
    stem = stem[:1].upper() + stem[1:]
    suffix = draw(st.sampled_from(("ов", "ев", "ин")))
    rank = draw(st.sampled_from(RANKS_NOMINATIVE))
    case: Case = draw(st.sampled_from(CASES))
    rank_form = phrase_forms(rank.split()[0], adjectives=(), tail=" ".join(rank.split()[1:]))[case][0]
    if rank.startswith("старший"):
        rank_form = phrase_forms("лейтенант", adjectives=("старший",))[case][0]
    given_form = noun_forms(given)[case][0]
    phrase = f"{rank_form} {given_form} {_surname_forms(stem, suffix)[case]}"
    return phrase, rank, f"{given} {stem}{suffix}", case


def _both_morphologies() -> Iterator[bool]:
    """Yield True with pymorphy3 in use, then False with it made unimportable (a fixture cannot run per example
    of a hypothesis test); restores it afterwards."""
    saved = sys.modules.get("pymorphy3")
    try:
        _morph_ru.reset()
        yield True
        sys.modules["pymorphy3"] = None  # type: ignore[assignment]
        _morph_ru.reset()
        yield False
    finally:
        if saved is not None:
            sys.modules["pymorphy3"] = saved
        else:
            sys.modules.pop("pymorphy3", None)
        _morph_ru.reset()


@given(name_rank_phrases())
def test_every_case_form_of_a_rank_and_name_normalises_to_the_nominative(
    sample: tuple[str, str, str, str],
) -> None:
    phrase, rank, name, _case = sample
    english, rank_case = RANKS[rank]
    assert rank_case == "nomn"
    for use_dictionary in _both_morphologies():
        assert split_rank(phrase) == (english, name), (phrase, use_dictionary)


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ .-ZakirHsnov", max_size=40))
def test_nominative_name_never_raises_and_keeps_the_word_count(text: str) -> None:
    out = nominative_name(text)
    assert isinstance(out, str)
    assert len(out.split()) == len(text.split())


def _slot_reference(fitting: list[_morph_ru._Reading]) -> _morph_ru._Reading | None:
    """The reading :func:`_morph_ru._best_readings` keeps for one case and gender, written plainly: the heaviest
    weight of all, with the nominative of the heaviest reading the dictionary knows, else of the heaviest."""
    if not fitting:
        return None
    heaviest = max(fitting, key=lambda r: r.weight)
    known = [r for r in fitting if r.known]
    named = max(known, key=lambda r: r.weight) if known else heaviest
    return named._replace(weight=heaviest.weight)


def _choose_reference(words: list[str], hint: Case | None) -> list[str]:
    """:func:`_morph_ru._choose` written plainly: every case and gender, each word's best fitting reading."""
    best: tuple[float, int] | None = None
    best_pick = words
    for rank, (case, gender) in enumerate((c, g) for c in CASES for g in ("masc", "femn")):
        total, pick = 0.0, []
        for word in words:
            top = _slot_reference(
                [r for r in _morph_ru._readings(word) if r.case == case and r.gender in (gender, "any")]
            )
            if top is None:
                break
            total += top.weight
            pick.append(top.nominative)
        else:
            if case == hint or {case, hint} == {"accs", "gent"}:
                total += _morph_ru._HINT_BONUS * len(words)
            if best is None or (round(total, 6), -rank) > best:
                best, best_pick = (round(total, 6), -rank), pick
    return best_pick


_NAME_WORDS = st.sampled_from(
    ["закир", "закира", "закиром", "гасанов", "гасанова", "гасановым", "гасановой", "анна", "анной", "иванова",
     "ивановой", "шойгу", "сергея", "мирзо", "дюбуа", "хрениным", "руслана", "жаксылыкова", "ильич", "ильича",
     "марии", "игорем", "игоря", "кузнецову", "ким", "хокансоном", "оле"]
)  # fmt: skip


@given(
    words=st.lists(_NAME_WORDS | st.text(alphabet="абвгдеийклмнопрстуыья", min_size=1, max_size=9), min_size=1,
                   max_size=4),
    hint=st.sampled_from([None, *CASES]),
)
def test_choose_picks_as_the_plain_search_over_cases_and_genders(words: list[str], hint: Case | None) -> None:
    for use_dictionary in _both_morphologies():
        assert _morph_ru._choose(words, hint) == _choose_reference(words, hint), (words, hint, use_dictionary)


@given(word=_NAME_WORDS | st.text(alphabet="абвгдеийклмнопрстуыья", min_size=1, max_size=9))
@example(word="оле")  # two readings of the same weight: the first is kept, as max() keeps it
@example(word="льва")  # the rules' "льв" weighs more, the dictionary's "лев" names the nominative
@example(word="анне")  # an invariable name and a form of Анна
def test_best_readings_hold_the_heaviest_weight_and_the_known_nominative_of_each_case_and_gender(word: str) -> None:
    readings = _morph_ru._readings(word)
    best = _morph_ru._best_readings(word)
    for case in CASES:
        for gender in ("masc", "femn"):
            fitting = [r for r in readings if r.case == case and r.gender in (gender, "any")]
            assert best.get((case, gender)) == _slot_reference(fitting)
