"""Calendar words for English news copy: months, weekdays and relative day words.

Sources: the English month and weekday names with the abbreviations in common wire-service style guides
(AP style "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."; day-month stamps "12th Apr, 2025"; three-letter
forms "Oct 13"), and the Russian month names and three-letter abbreviations that Russian-language content
management systems print in the date stamps of their English pages ("23 ноя 2021, 10:38", "5 марта, 2020").
The Russian forms are the nominative and genitive month names of standard Russian orthography.

Every key is lower case; callers match case-insensitively where the text allows it and check capitalisation
themselves (English "May" is also a verb).

Example:
    >>> from defcoop._lang.en.calendar import MONTHS, WEEKDAYS, RELATIVE_DAYS
    >>> MONTHS["sept"], MONTHS["ноя"], WEEKDAYS["tuesday"], RELATIVE_DAYS["yesterday"]
    (9, 11, 1, -1)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "MONTHS",
    "MONTHS_EN",
    "MONTHS_RU",
    "RELATIVE_DAYS",
    "VAGUE_PERIODS",
    "WEEKDAYS",
    "WEEKDAYS_SHORT",
    "WEEKDAY_QUALIFIERS",
]

_EN_FULL = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

#: English month names and abbreviations (without the final period) to month numbers 1-12.
MONTHS_EN: Final = MappingProxyType(
    {
        **{name: i for i, name in enumerate(_EN_FULL, start=1)},
        **{name[:3]: i for i, name in enumerate(_EN_FULL, start=1)},
        "sept": 9,
    }
)

_RU_NOMINATIVE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_RU_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")

#: Russian month names (nominative, genitive) and three-letter abbreviations to month numbers 1-12.
MONTHS_RU: Final = MappingProxyType(
    {
        **{name: i for i, name in enumerate(_RU_NOMINATIVE, start=1)},
        **{name: i for i, name in enumerate(_RU_GENITIVE, start=1)},
        **{name: i for i, name in enumerate(_RU_SHORT, start=1)},
        "сент": 9,
    }
)

#: Every month word this module knows, English and Russian.
MONTHS: Final = MappingProxyType({**MONTHS_EN, **MONTHS_RU})

#: Full English weekday names to ``datetime.date.weekday()`` numbers (0 = Monday).
WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    }
)

#: Abbreviated weekday names, used only in date stamps ("Fri, 24 Apr 2015").
WEEKDAYS_SHORT: Final = MappingProxyType(
    {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
)

#: Words before a weekday that say which one: -1 the one before the reference date, +1 the one after it.
WEEKDAY_QUALIFIERS: Final = MappingProxyType(
    {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "this coming": 1}
)

#: Relative day words to their offset in days from the reference (publication) date.
RELATIVE_DAYS: Final = MappingProxyType(
    {
        "the day before yesterday": -2,
        "yesterday": -1,
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tomorrow": 1,
        "the day after tomorrow": 2,
    }
)

#: Relative periods that name no single day ("last week"): reported as date mentions that resolve to nothing.
VAGUE_PERIODS: Final = frozenset(
    {
        "last week",
        "this week",
        "next week",
        "earlier this week",
        "later this week",
        "last month",
        "this month",
        "next month",
        "earlier this month",
        "later this month",
        "last year",
        "this year",
        "next year",
        "recently",
    }
)
