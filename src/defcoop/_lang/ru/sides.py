"""Sides of an encounter named without a person, in Russian sentences.

The Russian counterpart of the shared side reader of :mod:`defcoop._meetings` (same return shape): a side is a
state whose officials or delegation took part although no one of them is named. Russian names them

- by a delegation with a country adjective before it or a genitive after it ("казахстанской делегацией",
  "военной делегацией Таджикистана", "делегация Министерства обороны Турции", "делегация из Турции");
- by a list after the word for counterparts or representatives ("с коллегами из России и Беларуси",
  "представители министерств обороны Беларуси и Сербии", "с коллегами из Казахстана, Кыргызстана,
  Таджикистана и Туркменистана"), or a country adjective before it ("с казахстанским коллегой");
- by a post after "с" with the partner's country ("встретился с военным атташе при посольстве США");
- by the country visited ("в рамках визита в США", "прибывшего с рабочим визитом в Армению") or the ministry
  where the meeting took place ("В Министерстве обороны Республики Узбекистан состоялась встреча"): these also
  give the host.

Every pattern is bounded (linear time).

Example:
    >>> from defcoop._mentions import scan_countries
    >>> s = "Министр провел переговоры с коллегами из России и Беларуси."
    >>> sides, delegation, visited = find_sides(s, 0, scan_countries(s))
    >>> sorted(sides), delegation, visited
    (['BY', 'RU'], set(), None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from defcoop._lang.ru.posts import HEAD_FORMS, POST_WORDS
from defcoop._lang.ru.verbs import COUNTERPART, CUE_WORDS, DELEGATION, ODD_CASE
from defcoop._mentions import CountryMention
from defcoop.models import Country

__all__ = ["find_sides"]

_DELEGATION: Final = re.compile(DELEGATION, re.IGNORECASE)
_BEFORE_DELEGATION: Final = re.compile(r"\s{1,3}(?:[а-яё\-]{2,30}\s{1,3}){0,2}")
"""Between a country adjective and the delegation word: at most two more lower-case adjectives."""
_AFTER_DELEGATION: Final = re.compile(r"\s{1,3}(?:(?:из|от)\s{1,3})?(?:[А-ЯЁа-яё\-]{2,30}\s{1,3}){0,3}")
"""Between the delegation word and a genitive country: "из", "от", at most three institution words."""
_GROUP: Final = re.compile(
    r"\b(?:коллег(?:а|и|у|ой|ам|ами|ах)?|представител(?:ь|я|и|ей|ям|ями|ях)|министр(?:ы|ов|ам|ами|ах)|"
    r"глав(?:ы|ам|ами|ах)|руководител(?:и|ей|ям|ями|ях))\b",
    re.IGNORECASE,
)
"""Words for the people of several states, before a list of their countries."""
_GROUP_WORDS: Final = ("коллег", "представител", "министр", "глав", "руководител", *ODD_CASE)
"""Strings one of which every match of ``_GROUP`` holds, lower-cased (see :data:`~.verbs.CUE_WORDS`)."""
_COUNTERPART: Final = re.compile(COUNTERPART, re.IGNORECASE)
_VISIT_TO: Final = re.compile(
    r"\b(?:визит\w{0,2}|прибыл\w{0,2}|прибывш\w{1,3}|поездк\w{1,2}|приехал\w{0,2}|посетил\w{0,2})"
    r"(?:\s{1,3}[\w\-]{1,30}){0,2}?\s{1,3}(?:в|во)\s{1,3}\Z",
    re.IGNORECASE,
)
_VENUE: Final = re.compile(
    r"\b(?:в|во)\s{1,3}(?:Министерстве\s{1,3}(?:обороны|иностранных\s{1,3}дел)|Минобороны|МИД|Генеральном\s{1,3}"
    r"штабе(?:\s{1,3}Вооруженных\s{1,3}сил)?|Генштабе)\s{1,3}\Z",
    re.IGNORECASE,
)
_VISIT_WORDS: Final = ("визит", "прибыл", "прибывш", "поездк", "приехал", "посетил", *ODD_CASE)
"""Strings one of which every match of ``_VISIT_TO`` holds, lower-cased."""
_VENUE_WORDS: Final = ("министерстве", "минобороны", "мид", "штабе", *ODD_CASE)
"""Strings one of which every match of ``_VENUE`` holds, lower-cased."""
_WORDS_BEFORE: Final = re.compile(r"[\w\-]{1,30}|,")
_POST_OPENERS: Final = frozenset({"с", "со", "и", ","})
"""What may stand before a post phrase that names a side by its country: "с" (the partner), "и" or a comma (one
more partner in a list), or nothing (the post opens the sentence)."""


def _partner_post_before(stext: str, s: int) -> bool:
    """Whether the words right before offset ``s`` are a post phrase opened by "с", "и", a comma or the sentence
    start ("с начальником Генерального штаба | Узбекистана", "Министр обороны | Казахстана встретился")."""
    window = stext[max(0, s - 160) : s]
    words = _WORDS_BEFORE.findall(window)
    head = False
    # the phrase grows word by word to the left, up to seven words; it ends at a comma or a word that cannot be
    # part of a post phrase (no longer phrase can be one then)
    for k in range(1, min(7, len(words)) + 1):
        word = words[len(words) - k]
        if word == ",":
            break
        key = word.lower().replace("ё", "е")
        if not _post_word(key):
            break
        head = head or _post_head(key)
        opener = words[len(words) - k - 1].lower() if len(words) > k else ""
        at_start = len(words) == k and s <= 160  # nothing before the phrase in the sentence
        if head and (opener in _POST_OPENERS or at_start):
            return True
    return False


def _post_head(key: str) -> bool:
    """True when the lowered word ``key`` (``ё`` written ``е``) is the head of a post, other than "коллега"."""
    return key in HEAD_FORMS and HEAD_FORMS[key][0] != "коллега"


def _post_word(key: str) -> bool:
    """True when the lowered word ``key`` (``ё`` written ``е``) may be part of a post phrase."""
    return key in HEAD_FORMS or key in POST_WORDS or key in ("при", "по", "вопросам")


_GLUE: Final = frozenset({"и", "а", "также", "из", "от", "стран", "государств", "с", "со"})
_WORD: Final = re.compile(r"[^\W\d_][\w\-]*|\S")
_MAX_GAP: Final = 60


def _holds(low: str, words: tuple[str, ...]) -> bool:
    """True when the lowered text ``low`` holds one of ``words``."""
    for word in words:  # noqa: SIM110 - a plain loop: half the cost of any() over a generator, run per sentence
        if word in low:
            return True
    return False


def _glue(gap: str) -> bool:
    """True when ``gap`` holds only list glue: commas, "и", "из", institution words ("министерств обороны")."""
    for word in _WORD.findall(gap):
        low = word.lower().replace("ё", "е")
        if word == "," or low in _GLUE or low in POST_WORDS:
            continue
        return False
    return True


def find_sides(
    stext: str, offset: int, scms: Sequence[CountryMention]
) -> tuple[dict[str, Country], set[str], Country | None]:
    """Sides named without a person in one Russian sentence.

    Args:
        stext: The sentence.
        offset: Where the sentence starts in the article (country spans are article offsets).
        scms: The country mentions inside the sentence.

    Returns:
        ``(sides by code, codes of delegation sides, the country visited or None)``.

    Example:
        >>> from defcoop._mentions import scan_countries
        >>> s = "Министр встретился с военной делегацией Таджикистана."
        >>> find_sides(s, 0, scan_countries(s))[:2]
        ({'TJ': Country(code='TJ', alpha3='TJK', name='Tajikistan')}, {'TJ'})
    """
    sides: dict[str, Country] = {}
    delegation: set[str] = set()
    visited: Country | None = None
    rel = sorted(
        ((cm.span.start - offset, cm.span.end - offset, cm) for cm in scms if cm.kind != "capital"),
        key=lambda r: r[0],
    )
    low = stext.lower()
    if _holds(low, CUE_WORDS["delegation"]):
        for m in _DELEGATION.finditer(stext):
            ds, de = m.start(), m.end()
            for s, e, cm in rel:
                before_ok = e <= ds and ds - e <= 40 and _BEFORE_DELEGATION.fullmatch(stext, e, ds) is not None
                after_ok = s >= de and s - de <= 60 and _AFTER_DELEGATION.fullmatch(stext, de, s) is not None
                if before_ok or after_ok:
                    sides[cm.country.code] = cm.country
                    delegation.add(cm.country.code)
    if _holds(low, _GROUP_WORDS):
        for m in _GROUP.finditer(stext):
            pos = m.end()
            for s, e, cm in rel:
                if s < pos:
                    continue
                if s - pos > _MAX_GAP or not _glue(stext[pos:s]):
                    break
                sides[cm.country.code] = cm.country
                pos = e
    if _holds(low, CUE_WORDS["counterpart"]):
        for m in _COUNTERPART.finditer(stext):
            for s, e, cm in rel:
                if e <= m.start() and m.start() - e <= 3 and stext[s:e][:1].islower():
                    sides[cm.country.code] = cm.country
    for s, _e, cm in rel:  # the partner named by post only: "встретился с военным атташе при посольстве США"
        if _partner_post_before(stext, s):
            sides[cm.country.code] = cm.country
    visits, venues = _holds(low, _VISIT_WORDS), _holds(low, _VENUE_WORDS)
    for s, _e, cm in rel if visits or venues else ():
        before = stext[max(0, s - 60) : s]
        # both patterns end with a space: the search is run only where the text before the country ends in one
        if before[-1:].isspace() and (
            (visits and _VISIT_TO.search(before)) or (venues and _VENUE.search(before))
        ):
            visited = cm.country
            sides[cm.country.code] = cm.country
    return sides, delegation, visited
