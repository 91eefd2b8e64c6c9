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

from defcoop._lang import Language, fold_rank, not_after, word_start_cue
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


def _cue(source: str) -> re.Pattern[str]:
    """Compile a lower-case cue pattern whose alternatives all start at a word boundary.

    The outer ``\\b(?=\\w)`` lets the regex engine skip every position that does not start a word before it
    tries the alternatives, which makes the large alternations several times faster.
    """
    return word_start_cue(source)


def _rank_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for full, written in ranks.RANKS.items():
        table[fold_rank(full)] = full
        for w in written:
            table.setdefault(fold_rank(w), full)
    return table


_ALL_RANKS = [w for written in ranks.RANKS.values() for w in written]
#: Ranks and honorifics are not read right after a word character, a dot or a hyphen.
_NOT_AFTER = r"[\w.\-]"

LANGUAGE = Language(
    code="en",
    rank_pattern=re.compile(not_after(_NOT_AFTER, _alternation(_ALL_RANKS)) + r"(?![\w\-])"),
    rank_table=_rank_table(),
    honorific_pattern=re.compile(not_after(_NOT_AFTER, _alternation(list(posts.HONORIFICS))) + r"(?![\w\-])"),
    post_heads=posts.POST_HEADS,
    post_words=posts.POST_WORDS,
    connectors=posts.CONNECTORS,
    not_official=posts.NOT_OFFICIAL,
    name_particles=posts.NAME_PARTICLES,
    stop_words=posts.STOP_WORDS,
    months=MONTHS,
    counterpart=re.compile(r"counterpart(?<!\wcounterpart)s?\b"),  # "\bcounterparts?\b", led by the word
    meeting=_cue("|".join(verbs.MEETING)),
    call=_cue(verbs.CALL),
    announced=_cue(verbs.ANNOUNCED),
    backref=_cue(verbs.BACKREF),
    attended=_cue(verbs.ATTENDED),
    separate=_cue(verbs.SEPARATE),
    joint=_cue(verbs.JOINT),
    delegation=re.compile(verbs.DELEGATION),
    led_by=re.compile(verbs.LED_BY),
    sidelines=re.compile(verbs.SIDELINES, re.IGNORECASE),
    occasion=re.compile(verbs.OCCASION),
    agreement=re.compile(verbs.AGREEMENT, re.IGNORECASE),
    here=re.compile(verbs.HERE),
    not_meeting=_cue(verbs.NOT_MEETING),
    topic_cues=tuple((Topic(value), re.compile(src, re.IGNORECASE)) for value, src in topics.TOPIC_CUES.items()),
    continues=re.compile(verbs.CONTINUES),
    recalled=_cue(verbs.RECALLED),
    event_ref=re.compile(verbs.EVENT_REF),
    same_visit=_cue(verbs.SAME_VISIT),
    detect_cue=re.compile(r"\b(?=[otawh])(?:the|of|and|with|was|were|has|have)\b"),
    cue_words=verbs.CUE_WORDS,
    honorifics=posts.HONORIFICS,
)
"""The English language resources."""
