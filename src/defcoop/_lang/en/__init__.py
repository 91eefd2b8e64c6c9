"""English: the word lists of :mod:`.ranks`, :mod:`.posts`, :mod:`.verbs` and :mod:`.topics`, compiled into one
:class:`~defcoop._lang.Language`, ``LANGUAGE``.

Example:
    >>> from defcoop._lang.en import LANGUAGE
    >>> LANGUAGE.rank_full("Lt. Gen.")
    'Lieutenant General'
    >>> bool(LANGUAGE.meeting.search("The minister received the delegation."))
    True
"""

from __future__ import annotations

import re

from defcoop._lang import Language, fold_rank
from defcoop._lang.en import posts, ranks, topics, verbs
from defcoop.models import Topic

__all__ = ["LANGUAGE"]

_SEP = re.compile(r"[\s\-]+")

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
"""English month names and their abbreviations."""


def _variant_source(variant: str) -> str:
    """Regex source for one written variant: words joined by space/hyphen, optional after a dot."""
    words = [w for w in _SEP.split(variant) if w]
    out = []
    for i, word in enumerate(words):
        out.append(re.escape(word))
        if i < len(words) - 1:
            out.append(r"[\s\-‐–]{0,2}" if word.endswith(".") else r"[\s\-‐–]{1,2}")
    return "".join(out)


def _alternation(variants: list[str]) -> str:
    ordered = sorted(set(variants), key=lambda v: (-len(v), v))
    return "|".join(_variant_source(v) for v in ordered)


def _rank_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for full, written in ranks.RANKS.items():
        table[fold_rank(full)] = full
        for w in written:
            table.setdefault(fold_rank(w), full)
    return table


_ALL_RANKS = [w for written in ranks.RANKS.values() for w in written]

LANGUAGE = Language(
    code="en",
    rank_pattern=re.compile(rf"(?<![\w.\-])(?:{_alternation(_ALL_RANKS)})(?![\w\-])"),
    rank_table=_rank_table(),
    honorific_pattern=re.compile(rf"(?<![\w.\-])(?:{_alternation(list(posts.HONORIFICS))})(?![\w\-])"),
    post_heads=posts.POST_HEADS,
    post_words=posts.POST_WORDS,
    connectors=posts.CONNECTORS,
    not_official=posts.NOT_OFFICIAL,
    name_particles=posts.NAME_PARTICLES,
    stop_words=posts.STOP_WORDS,
    months=MONTHS,
    counterpart=re.compile(r"\bcounterparts?\b", re.IGNORECASE),
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
    occasion=re.compile(verbs.OCCASION),
    agreement=re.compile(verbs.AGREEMENT, re.IGNORECASE),
    here=re.compile(verbs.HERE, re.IGNORECASE),
    not_meeting=re.compile(verbs.NOT_MEETING, re.IGNORECASE),
    topic_cues=tuple((Topic(value), re.compile(src, re.IGNORECASE)) for value, src in topics.TOPIC_CUES.items()),
    detect_cue=re.compile(r"\b(?:the|of|and|with|was|were|has|have)\b"),
)
"""The English language resources."""
