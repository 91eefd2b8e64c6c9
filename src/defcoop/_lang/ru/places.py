"""Cities where defence meetings take place, as Russian writes them in every case form, with their English names.

Sources: the capitals and main cities of the CIS, the Caucasus, Central and South Asia, the Middle East, Europe and
East Asia in their standard Russian spellings (Russian Foreign Ministry usage; indeclinable names such as "Баку",
"Душанбе", "Тбилиси", "Алматы" stay as they are), and the English names the English-language press of the region
uses (including "Nur-Sultan" for Astana in 2019-2022). Written once in the nominative;
:mod:`defcoop._lang.ru.inflect` generates the case forms ("в Ташкенте", "из Москвы", "в Астану").

Example:
    >>> find_place("Министр встретился с коллегами в Самарканде.")
    'Samarkand'
    >>> find_place("делегация прибыла в Ташкент с визитом")
    'Tashkent'
    >>> find_place("Стороны обсудили вопросы сотрудничества.") is None
    True
"""

from __future__ import annotations

import re
from typing import Final

from defcoop._lang.ru.inflect import Gender, all_forms, noun_forms

__all__ = ["CITIES", "find_place"]

# Russian nominative -> (gender for declension, English name)
_CITIES: dict[str, tuple[Gender, str]] = {
    "Баку": ("masc", "Baku"), "Гянджа": ("femn", "Ganja"), "Шуша": ("femn", "Shusha"),
    "Нахчыван": ("masc", "Nakhchivan"), "Ташкент": ("masc", "Tashkent"), "Самарканд": ("masc", "Samarkand"),
    "Бухара": ("femn", "Bukhara"), "Термез": ("masc", "Termez"), "Фергана": ("femn", "Fergana"),
    "Астана": ("femn", "Astana"), "Нур-Султан": ("masc", "Nur-Sultan"), "Алматы": ("masc", "Almaty"),
    "Шымкент": ("masc", "Shymkent"), "Караганда": ("femn", "Karaganda"), "Актау": ("masc", "Aktau"),
    "Щучинск": ("masc", "Shchuchinsk"), "Бишкек": ("masc", "Bishkek"), "Ош": ("masc", "Osh"),
    "Душанбе": ("masc", "Dushanbe"), "Худжанд": ("masc", "Khujand"), "Ашхабад": ("masc", "Ashgabat"),
    "Москва": ("femn", "Moscow"), "Санкт-Петербург": ("masc", "Saint Petersburg"), "Кубинка": ("femn", "Kubinka"),
    "Минск": ("masc", "Minsk"), "Ереван": ("masc", "Yerevan"), "Тбилиси": ("masc", "Tbilisi"),
    "Анкара": ("femn", "Ankara"), "Стамбул": ("masc", "Istanbul"), "Пекин": ("masc", "Beijing"),
    "Вашингтон": ("masc", "Washington"), "Исламабад": ("masc", "Islamabad"), "Равалпинди": ("masc", "Rawalpindi"),
    "Тегеран": ("masc", "Tehran"), "Кабул": ("masc", "Kabul"), "Киев": ("masc", "Kyiv"),
    "Белград": ("masc", "Belgrade"), "Нью-Дели": ("masc", "New Delhi"), "Абу-Даби": ("masc", "Abu Dhabi"),
    "Доха": ("femn", "Doha"), "Эр-Рияд": ("masc", "Riyadh"), "Каир": ("masc", "Cairo"), "Париж": ("masc", "Paris"),
    "Лондон": ("masc", "London"), "Берлин": ("masc", "Berlin"), "Рим": ("masc", "Rome"),
    "Брюссель": ("masc", "Brussels"), "Варшава": ("femn", "Warsaw"), "Будапешт": ("masc", "Budapest"),
    "Прага": ("femn", "Prague"), "Вена": ("femn", "Vienna"), "София": ("femn", "Sofia"),
    "Бухарест": ("masc", "Bucharest"), "Сеул": ("masc", "Seoul"), "Токио": ("masc", "Tokyo"),
    "Ханой": ("masc", "Hanoi"), "Джакарта": ("femn", "Jakarta"), "Куала-Лумпур": ("masc", "Kuala Lumpur"),
    "Кишинев": ("masc", "Chisinau"), "Рига": ("femn", "Riga"), "Вильнюс": ("masc", "Vilnius"),
    "Таллин": ("masc", "Tallinn"),
}  # fmt: skip


def _forms() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, (gender, english) in _CITIES.items():
        for form in all_forms(noun_forms(name, gender=gender, animate=False)):
            table.setdefault(form, english)
            table.setdefault(form.replace("ё", "е"), english)
    return table


CITIES: Final = _forms()
"""Every singular and plural case form, capitalised as written → English city name."""

_CITY_ALTERNATION = "|".join(re.escape(f) for f in sorted(CITIES, key=lambda f: (-len(f), f)))
_IN_CITY: Final = re.compile(
    rf"(?<![\w\-])(?i:в|во)\s{{1,3}}(?i:городе\s{{1,3}}|город\s{{1,3}}|столице\s{{1,3}}|столицу\s{{1,3}})?"
    rf"({_CITY_ALTERNATION})(?![\w\-])"
)
"""A capitalised city after "в"/"во" ("в Ташкенте", "в Ташкент", "в городе Самарканде")."""


def find_place(sentence: str) -> str | None:
    """The English name of the first known city a sentence puts something "в" (in/to), or of a city given on
    its own (a dateline's "Баку"); ``None`` when there is none.

    Example:
        >>> find_place("Переговоры прошли во Вьетнаме, а затем в Ханое.")
        'Hanoi'
        >>> find_place("Ташкент")
        'Tashkent'
    """
    bare = sentence.strip()
    if bare in CITIES:  # a city on its own, as a dateline gives it
        return CITIES[bare]
    m = _IN_CITY.search(sentence)
    if m is None:
        return None
    return CITIES[m.group(1)]
