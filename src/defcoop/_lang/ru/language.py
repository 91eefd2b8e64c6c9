"""Russian: the word lists of :mod:`.ranks`, :mod:`.posts`, :mod:`.names`, :mod:`.verbs`, :mod:`.topics` and
:mod:`.calendar`, compiled into one :class:`~defcoop._lang.Language`, ``LANGUAGE``, with the Russian rules the
shared stages call: the person reader of :mod:`.mentions` (post-then-genitive-country word order, names put in
the nominative by :mod:`defcoop._morph_ru`, posts rendered in English) and the nominative hook.

Example:
    >>> from defcoop._lang.ru.language import LANGUAGE
    >>> LANGUAGE.rank_full("генерал-полковника")
    'Colonel General'
    >>> LANGUAGE.normalise_name("Закиром Гасановым")
    'Закир Гасанов'
    >>> bool(LANGUAGE.meeting.search("Министр встретился с делегацией."))
    True
"""

from __future__ import annotations

import re

from defcoop._lang import Language, fold_rank, trie_source
from defcoop._lang.ru import calendar, names, posts, ranks, topics, verbs
from defcoop._lang.ru.dates import find_dates
from defcoop._lang.ru.mentions import find_mentions
from defcoop._lang.ru.metadata import find_author, find_outlet
from defcoop._lang.ru.places import find_place
from defcoop._lang.ru.sides import find_sides
from defcoop._morph_ru import nominative_name
from defcoop.models import Topic

__all__ = ["LANGUAGE"]


def _rank_source() -> str:
    """Every rank form, lower case and capitalised."""
    forms: set[str] = set()
    for form in ranks.RANKS:
        forms.add(form)
        forms.add(form[:1].upper() + form[1:])
    return trie_source(forms, space=r"[ \t\u00a0]{1,2}")


def _rank_table() -> dict[str, str]:
    return {fold_rank(form): english for form, (english, _case) in ranks.RANKS.items()}


def _normalise_name(name: str) -> str:
    return nominative_name(name)


_WORDS = r"(?<![\w\-])"
_END = r"(?![\w\-])"

LANGUAGE = Language(
    code="ru",
    rank_pattern=re.compile(rf"{_WORDS}(?:{_rank_source()}){_END}"),
    rank_table=_rank_table(),
    honorific_pattern=re.compile(rf"{_WORDS}(?:{'|'.join(re.escape(h) for h in names.HONORIFICS)}){_END}"),
    post_heads=frozenset(posts.HEAD_FORMS),
    post_words=posts.POST_WORDS,
    connectors=posts.CONNECTORS,
    not_official=posts.NOT_OFFICIAL,
    name_particles=names.NAME_PARTICLES,
    stop_words=names.STOP_WORDS,
    months=calendar.MONTHS,
    counterpart=re.compile(verbs.COUNTERPART, re.IGNORECASE),
    meeting=re.compile("|".join(verbs.MEETING), re.IGNORECASE),
    call=re.compile(verbs.CALL, re.IGNORECASE),
    announced=re.compile(verbs.ANNOUNCED, re.IGNORECASE),
    backref=re.compile(verbs.BACKREF, re.IGNORECASE),
    attended=re.compile(verbs.ATTENDED, re.IGNORECASE),
    separate=re.compile(verbs.SEPARATE, re.IGNORECASE),
    joint=re.compile(verbs.JOINT, re.IGNORECASE),
    delegation=re.compile(verbs.DELEGATION, re.IGNORECASE),
    led_by=re.compile(verbs.LED_BY, re.IGNORECASE),
    sidelines=re.compile(verbs.SIDELINES, re.IGNORECASE),
    occasion=re.compile(verbs.OCCASION, re.IGNORECASE),
    agreement=re.compile(verbs.AGREEMENT, re.IGNORECASE),
    here=re.compile(verbs.HERE, re.IGNORECASE),
    not_meeting=re.compile(verbs.NOT_MEETING, re.IGNORECASE),
    topic_cues=tuple((Topic(value), re.compile(src, re.IGNORECASE)) for value, src in topics.TOPIC_CUES.items()),
    detect_cue=re.compile(r"(?<!\w)(?:и|в|на|с|по|что|не|для|министр\w{0,3}|обороны)(?!\w)", re.IGNORECASE),
    cue_words=verbs.CUE_WORDS,
    normalise_name=_normalise_name,
    find_mentions=find_mentions,
    find_sides=find_sides,
    find_place=find_place,
    find_dates=find_dates,
    find_outlet=find_outlet,
    find_author=find_author,
    cue_odd_case=verbs.ODD_CASE,
)
"""The Russian language resources."""
