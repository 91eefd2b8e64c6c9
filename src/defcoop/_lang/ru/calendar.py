"""Russian calendar words: months in every case form and abbreviation, weekdays, relative day words.

Sources: standard Russian orthography (month names are common nouns written in lower case, declined: "в мае",
"5 августа", "к сентябрю"), the three- and four-letter abbreviations of Russian news date stamps ("20 окт",
"23 ноя 2021", "сент."), the weekday names with the prepositional phrases news uses ("во вторник", "в среду"),
and the relative day words of news copy ("вчера", "накануне" = the day before the publication date).

Every key is lower case (``ё`` written ``е``); matching is case-insensitive.

Example:
    >>> MONTHS["августа"], MONTHS["ноя"], MONTHS["мае"], WEEKDAYS["среду"], RELATIVE_DAYS["вчера"]
    (8, 11, 5, 2, -1)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from defcoop._lang.ru.inflect import noun_forms

__all__ = ["MONTHS", "RELATIVE_DAYS", "VAGUE_PERIODS", "WEEKDAYS"]

_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
    "декабрь",
)  # fmt: skip
_SHORT = ("янв", "фев", "февр", "мар", "апр", "май", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек")
_SHORT_MONTH = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "май": 5, "июн": 6, "июл": 7, "авг": 8,
                "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}  # fmt: skip


def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, name in enumerate(_NOMINATIVE, start=1):
        # singular forms only: "мая", "маем", "мае"; soft stems (январь, май) decline like Игорь / Китай
        forms = noun_forms(name, gender="masc", animate=False)
        for case_forms in forms.values():
            table.setdefault(case_forms[0], number)
    table.update(_SHORT_MONTH)
    return table


MONTHS: Final = MappingProxyType(_months())
"""Every singular case form and abbreviation of a month name → month number 1-12."""

WEEKDAYS: Final = MappingProxyType(
    {
        **dict.fromkeys(("понедельник", "понедельника", "понедельнику", "понедельником", "понедельнике"), 0),
        **dict.fromkeys(("вторник", "вторника", "вторнику", "вторником", "вторнике"), 1),
        **dict.fromkeys(("среда", "среду", "среды", "среде", "средой"), 2),
        **dict.fromkeys(("четверг", "четверга", "четвергу", "четвергом", "четверге"), 3),
        **dict.fromkeys(("пятница", "пятницу", "пятницы", "пятнице", "пятницей"), 4),
        **dict.fromkeys(("суббота", "субботу", "субботы", "субботе", "субботой"), 5),
        **dict.fromkeys(("воскресенье", "воскресенья", "воскресенью", "воскресеньем"), 6),
    }
)
"""Weekday names in their case forms → ``datetime.date.weekday()`` numbers (0 = Monday)."""

RELATIVE_DAYS: Final = MappingProxyType(
    {
        "позавчера": -2,
        "вчера": -1,
        "накануне": -1,
        "сегодня": 0,
        "завтра": 1,
        "послезавтра": 2,
    }
)
"""Relative day words → offset in days from the publication date."""

VAGUE_PERIODS: Final = frozenset(
    {
        "на прошлой неделе",
        "на этой неделе",
        "на следующей неделе",
        "в прошлом месяце",
        "в этом месяце",
        "в следующем месяце",
        "в прошлом году",
        "в этом году",
        "в следующем году",
        "недавно",
        "ранее",
        "в эти дни",
    }
)
"""Relative periods that name no single day."""
