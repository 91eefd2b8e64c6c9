"""Russian military ranks in every case form, mapped to the English rank the data model records.

Source: the rank tables of the armed forces of the Russian Federation, Kazakhstan, Uzbekistan, Kyrgyzstan,
Tajikistan, Belarus, Armenia and Azerbaijan as their defence ministries publish them in Russian (general
officers, senior and junior officers, naval ranks), with the English equivalents NATO STANAG 2116 and the
English-language press of those states use ("генерал армии" → "Army General", "капитан 1-го ранга" →
"Captain First Rank"). Written once in the nominative; :mod:`defcoop._lang.ru.inflect` generates the singular
and plural case forms ("генерал-полковника", "генералом армии", "контр-адмиралу").

``RANKS`` maps a lower-cased form (``ё`` written ``е``) to ``(english, case)``; the case says how the rank
word was inflected, which tells how the name after it is inflected ("генерал-полковника Руслана
Жаксылыкова": genitive).
"""

from __future__ import annotations

from defcoop._lang.ru.inflect import CASES, Case, phrase_forms

# (head noun, adjectives before it, invariable tail) -> English
_RANK_PHRASES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("маршал", ("главный",), "авиации", "Air Chief Marshal"),
    ("маршал", (), "авиации", "Air Marshal"),
    ("маршал", (), "", "Marshal"),
    ("маршал", (), "Советского Союза", "Marshal of the Soviet Union"),
    ("маршал", (), "Российской Федерации", "Marshal of the Russian Federation"),
    ("генерал", (), "армии", "Army General"),
    ("генерал", (), "", "General"),
    ("генерал-полковник", (), "", "Colonel General"),
    ("генерал-лейтенант", (), "", "Lieutenant General"),
    ("генерал-майор", (), "", "Major General"),
    ("генерал", ("бригадный",), "", "Brigadier General"),
    ("генерал", ("дивизионный",), "", "Major General"),
    ("генерал", ("корпусной",), "", "Lieutenant General"),
    ("адмирал", (), "флота", "Admiral of the Fleet"),
    ("адмирал", (), "", "Admiral"),
    ("вице-адмирал", (), "", "Vice Admiral"),
    ("контр-адмирал", (), "", "Rear Admiral"),
    ("капитан", (), "1 ранга", "Captain First Rank"),
    ("капитан", (), "1-го ранга", "Captain First Rank"),
    ("капитан", (), "первого ранга", "Captain First Rank"),
    ("капитан", (), "2 ранга", "Captain Second Rank"),
    ("капитан", (), "2-го ранга", "Captain Second Rank"),
    ("капитан", (), "второго ранга", "Captain Second Rank"),
    ("капитан", (), "3 ранга", "Captain Third Rank"),
    ("капитан", (), "3-го ранга", "Captain Third Rank"),
    ("капитан", (), "третьего ранга", "Captain Third Rank"),
    ("полковник", (), "", "Colonel"),
    ("подполковник", (), "", "Lieutenant Colonel"),
    ("майор", (), "", "Major"),
    ("капитан", (), "", "Captain"),
    ("лейтенант", ("старший",), "", "Senior Lieutenant"),
    ("лейтенант", (), "", "Lieutenant"),
    ("лейтенант", ("младший",), "", "Junior Lieutenant"),
    ("прапорщик", ("старший",), "", "Senior Warrant Officer"),
    ("прапорщик", (), "", "Warrant Officer"),
    ("сержант", (), "", "Sergeant"),
)

_SERVICE_TAILS: tuple[str, ...] = ("авиации", "юстиции", "медицинской службы", "полиции", "внутренней службы")
"""Branch qualifiers after a rank ("генерал-майор авиации"): the rank is the same."""


def _build() -> dict[str, tuple[str, Case]]:
    table: dict[str, tuple[str, Case]] = {}
    for head, adjectives, tail, english in _RANK_PHRASES:
        tails = (tail,) if tail or head in ("маршал", "адмирал") else ("", *_SERVICE_TAILS)
        for t in tails:
            forms = phrase_forms(head, adjectives=adjectives, tail=t)
            for case in CASES:
                for form in forms[case]:
                    table.setdefault(form.lower().replace("ё", "е"), (english, case))
    return table


RANKS: dict[str, tuple[str, Case]] = _build()
"""Every case form (lower case) of every rank → (English rank, case of the form)."""

RANK_HEADS: frozenset[str] = frozenset(head for head, _, _, _ in _RANK_PHRASES)
"""The nouns a rank phrase is built on, in the nominative."""

MAX_RANK_WORDS: int = max(len(form.split()) for form in RANKS)
"""The longest rank phrase, in words: how far a matcher needs to look ahead."""


def rank_of(phrase: str) -> tuple[str, Case] | None:
    """Return the English rank and the case of a Russian rank phrase, or ``None``.

    Example:
        >>> rank_of("генерал-лейтенанта")
        ('Lieutenant General', 'gent')
        >>> rank_of("Генералом армии")
        ('Army General', 'ablt')
        >>> rank_of("министр") is None
        True
    """
    return RANKS.get(" ".join(phrase.lower().replace("ё", "е").split()))
