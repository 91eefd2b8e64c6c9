"""Russian names and adjectives of countries in their case forms, folded, mapped to ISO alpha-2 codes.

Generated at import from the nominative word lists of :mod:`defcoop._lang.ru.countries` (sources in its
docstring) by the declension rules of :mod:`defcoop._lang.ru.inflect`: every case, singular and plural, of each
short name ("Казахстана", "Россией"), official name ("Азербайджанской Республики", "Республике Беларусь",
"Российской Федерации"), relational adjective in every gender ("казахстанской стороны")
and abbreviation ("РК", "РФ", "США").

Keys are folded as :func:`defcoop.countries.fold` folds them (accents stripped, so "й" folds to "и" and "ё"
to "е"; case folded; hyphens and punctuation to single spaces), so the country lookup can merge them directly.

Example:
    >>> ALIASES_RU["казахстанскои"], ALIASES_RU["азербаиджанскои республики"], ALIASES_RU["рф"]
    ('KZ', 'AZ', 'RU')
"""

from __future__ import annotations

from defcoop._fold import fold
from defcoop._lang.ru.countries import ABBREVIATIONS, ADJECTIVES, IRREGULAR_FORMS, NAMES, OFFICIAL_NAMES
from defcoop._lang.ru.inflect import adjective_forms, all_forms, noun_forms, phrase_forms

__all__ = ["ALIASES_RU", "fold_ru"]


def fold_ru(text: str) -> str:
    """Fold a form as the country lookup does (:func:`defcoop._fold.fold`).

    Example:
        >>> fold_ru("Кыргызской Республики")
        'кыргызскои республики'
    """
    return fold(text)


def _forms() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(form: str, code: str) -> None:
        key = fold_ru(form)
        if key:
            table.setdefault(key, code)

    for code, names in NAMES.items():
        for name, gender in names:
            if gender == "plur":
                add(name, code)
                continue
            for form in all_forms(noun_forms(name, gender=gender, animate=False)):
                add(form, code)
    for code, officials in OFFICIAL_NAMES.items():
        for adjectives, head, tail in officials:
            gender = "femn" if head[-1:] in "ая" else "masc"
            for form in all_forms(phrase_forms(head, gender=gender, animate=False, adjectives=adjectives, tail=tail)):
                add(form, code)
    for code, forms in IRREGULAR_FORMS.items():
        for form in forms:
            add(form, code)
    for code, adjectives in ADJECTIVES.items():
        for adjective in adjectives:
            for form in all_forms(adjective_forms(adjective)):
                add(form, code)
    for code, abbreviations in ABBREVIATIONS.items():
        for abbreviation in abbreviations:
            add(abbreviation, code)
    return table


ALIASES_RU: dict[str, str] = _forms()
"""Folded Russian country form → ISO 3166-1 alpha-2 code."""
