"""Meeting constructions, call cues, announced/future cues and back-references, as regular-expression sources.

Sources: the CAMEO 04x (CONSULT) verb dictionaries and PLOVER's CONSULT modes, read against the reporting style
of ministry releases and wire copy ("received a delegation led by", "held talks", "paid a courtesy call",
"spoke by phone", "on the sidelines of"). Each entry is a regular-expression source without nested or
adjacent unbounded quantifiers; all are matched case-insensitively.

The cues compiled by ``word_start_cue`` are searched through a scan of their alternatives grouped by first letter
(``defcoop._meetings._cue_scan``): that needs every top-level alternative to start with a letter once a leading
group of plain words is spread out (``\\b(?:to|will)\\s+meet\\b`` is fine, ``\\b(?:attended|took\\s+part)\\b`` is
not, so it is written as ``\\battended\\b|\\btook\\s+part\\b``). A cue written otherwise is searched the slower way.
"""

from __future__ import annotations

MEETING: tuple[str, ...] = (
    r"\bmet\b", r"\bmeets\b", r"\bmeet\s+(?:with\b|his\b|her\b|the\b)", r"\bmeeting\s+(?:with|between)\b",
    r"\b(?:to|will|would|shall|and|also)\s+meet\b", r"\b(?:an?|their|another)\s+(?:\w+\s+){0,3}meeting\b",
    r"\bmeetings\b", r"\bdiscussed\s+with\b",
    r"\breceived\b", r"\breceives\b", r"\bhosted\b", r"\bhosts\b", r"\bwelcomed\b", r"\bwelcomes\b",
    r"\b(?:hosting|receiving|welcoming|meeting)\s+(?:his|her|the|a|an|with)\b",
    (r"\b(?:held|hold|holds|holding|had|have|has)\s+(?:[\w\"“”\-]+\s+){0,3}"
    r"(?:talks|negotiations|meetings?|consultations|discussions)\b"),
    r"\btalks\s+with\b", r"\btalks\s+between\b", r"\bengagements?\s+with\b", r"\bdiscussions\s+with\b",
    r"\bnegotiations\s+with\b", r"\bconferred\b",
    r"\bcalled\s+on\b", r"\bcourtesy\s+(?:call|visit|meeting)\b", r"\bcalled\s+upon\b",
    r"\b(?:phone|telephone|video)\s+(?:call|conversation|talks?|link)\b",
    r"\bspoke\s+(?:by|on\s+the)\s+(?:phone|telephone)\b", r"\bby\s+(?:phone|telephone)\b",
    r"\bvideoconference\b", r"\bvideo\s+conference\b", r"\bheld\s+a\s+call\b",
    r"\binspected\b(?=[^.]{0,80}\btogether\b)", r"\bco-?chaired\b", r"\baudience\b",
    r"\bgranted\s+an\s+audience\b", r"\bmet\s+up\b", r"\bexchanged\s+views\b",
    (r"\bsigned\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}(?:agreement|memorandum|protocol|plan|contract|accord|"
     r"roadmap|declaration|treaty)\b"),
)
"""Constructions that report an encounter between the people in the sentence."""

VISIT: str = r"\b(?:visit|visits|visited|visiting|arrived|arrives|trip)\b"
"""A visit word: fills in the host and place of an encounter, and reports one when officials of two sides
are named in the same sentence."""

CALL: str = (
    r"\b(?:phone|telephone|video)\s*(?:call|conversation|talks?|link|conference)\b|\bspoke\s+(?:by|on\s+the)\s+"
    r"(?:phone|telephone)\b|\bby\s+(?:phone|telephone)\b|\bvideoconference\b|\bphoned\b"
)
"""A telephone or video call."""

ANNOUNCED: str = (
    r"\b(?:will|shall)\s+(?:\w+\s+)?(?:meet|visit|hold|pay|travel|arrive|go|discuss|take\s+part|attend|"
    r"participate|sign|be\s+received|host)\b|\bis\s+(?:expected|scheduled|set|due|going|planning|slated)\s+to\b|"
    r"\bare\s+(?:expected|scheduled|set|due|going|planning|slated)\s+to\b|\bto\s+be\s+held\b|"
    r"\b(?:plans?|planned|intends?|intend)\s+to\s+(?:meet|visit|hold|travel)\b|\bupcoming\b|\bforthcoming\b|"
    r"\bwould\s+(?:meet|visit|hold|discuss)\b|\bnext\s+(?:week|month|year)\b|\binvited\b[^.]{0,80}\bto\s+visit\b|"
    r"\binvitation\s+to\s+visit\b"
)
"""Future, planned or expected encounters: not (yet) meetings."""

BACKREF: str = (
    r"\b(?:the|this|that)\s+(?:meeting|talks|negotiations|conversation|call|visit|discussions|event|ceremony)\b|"
    r"\bthe\s+(?:sides|parties|two\s+sides|two\s+ministers|two\s+officials|guests?|delegations?)\b"
)
"""A reference back to the encounter being reported."""

ATTENDED: str = (
    r"\battended\b|\battending\b|\btook\s+part\s+in\b|\btaking\s+part\b|\bparticipated\s+in\b|\balso\s+present\b|"
    r"\bwere\s+present\b|\bwas\s+present\b|\baccompanied\b|\bjoined\s+the\b|\balso\s+took\s+part\b|"
    r"\b(?:delegation|side)\s+(?:also\s+)?(?:included|includes|comprised|consisted)\b"
)
"""Extra people at the encounter being reported ("The Vietnamese side included ...", "X also took part")."""

SEPARATE: str = (
    r"\bseparate(?:ly)?(?:-held)?\b|\bcounterparts\b|\bin\s+separate\b|\bindividual\s+meetings\b|"
    r"\bbilateral\s+(?:meetings|talks)\s+with\b"
)
"""One encounter per counterpart ("held separate meetings with", "met his Turkish and Pakistani counterparts")."""

JOINT: str = (
    r"\btrilateral\b|\btripartite\b|\bquadrilateral\b|\bmultilateral\b|\bjoint\s+meeting\b|\bfour-way\b|"
    r"\bthree-way\b"
)
"""One encounter of several states together."""

DELEGATION: str = r"delegation(?<!\wdelegation)s?\b"
"""A delegation: a side of an encounter even when its members are unnamed. Led by the word itself, the boundary
before it tested after it by the look-behind (a literal prefix, which the engine finds fast)."""

LED_BY: str = r"\b(?:led|headed)\s+by\b"
"""Marks the leader of a delegation."""

SIDELINES: str = (
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the\s+)?([^,.;()]{3,120})|"
    r"\bwithin\s+the\s+framework\s+of\s+(?:the\s+)?([^,.;()]{3,120})"
)
"""The sidelines of a multilateral event; the group is the occasion."""

OCCASION: str = (
    r"\b(?:as\s+part\s+of|during|at|to\s+attend|participate\s+in|participating\s+in|for)\s+(?:the\s+)?"
    r"((?:[A-Z][\w\-]*|[A-Z]{2,}|\d{4}|of|the|and|for|on|\(|\))(?:[ \-](?:[A-Z][\w\-]*|[A-Z]{2,}|\d{4}|of|the|and|"
    r"for|on|\(|\)|\([A-Z]+\))){1,14})"
)
"""A named event an encounter was part of ("as part of the regular meeting of the CIS Committee ...")."""

AGREEMENT: str = (
    r"signed(?<!\wsigned)\s+(?:an?\s+|the\s+)?((?:[\w\-’']+\s+){0,10}?(?:plan|agreement|memorandum|protocol|treaty|"
    r"contract|accord|programme|program|roadmap|declaration)"
    r"(?:\s+(?:on|of|for|between)(?:\s+(?!(?:in|on|at|during|with|by|and|which|that)\b)[\w\-’']+){1,8})?)"
)
"""A signing; the group is what was signed. Led by the word itself, the boundary before it tested after it by the
look-behind (the regular-expression engine finds a literal prefix many times faster than it tests a word boundary
at every place)."""

HERE: str = r"\bhere\b"
"""The dateline city is the venue ("met here on Monday")."""

NOT_MEETING: str = (
    r"\bvisited\s+the\s+(?:graves?|tomb|alley|memorial|museum|monument|mausoleum|exhibition|stand|pavilion|"
    r"unit|base|factory|plant|academy|school)\b|\bmeet\s+the\s+(?:needs|requirements|interests|demands)\b|"
    r"\bmeets\s+the\s+(?:needs|requirements|interests|demands)\b"
)
"""Constructions that look like encounters but are not."""

CONTINUES: str = (
    r"(?:then|afterwards|after\s+that|subsequently|thereafter|later\s+(?:the\s+same|that)\s+(?:day|evening)"
    r"|[^.]{0,300}?\b(?:the\s+same|that)\s+(?:day|evening|afternoon|morning)\b(?!\s+(?:of|before|after)\b))\b"
)
"""At the start of a sentence: the narration goes on within the same day ("Then the chief of general staff met
the delegation", "Later the same day, ...", "... called on the vice president the same evening"). A bare
"Later" is not among them: it may be another day."""

RECALLED: str = (
    r"\b(?:last|previously|earlier|first)\s+met\b|\bhad\s+(?:already\s+)?met\b|"
    r"\b(?:their|the)\s+(?:last|previous|earlier|first)\s+meeting\b"
)
"""An earlier encounter of the same people recalled ("the two officials last met in Vilnius")."""

EVENT_REF: str = (
    r"\b(?:at|during|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of)\s+the\s+"
    r"(fair|exhibition|summit|conference|forum|symposium|expo|show|dialogue|games|session|ministerial)\b"
)
"""A sitting placed at an event named earlier ("While at the fair, ..."); the group is the event noun."""

SAME_VISIT: str = r"\b(?:during|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:his|her|their|the|this)\s+visit\b"
"""A sitting during the visit reported before ("During his visit, the minister also met ...")."""

CUE_WORDS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "met", "meet", "discuss", "receiv", "host", "welcom", "talks", "negotiations", "consultations", "engagement",
        "conferred", "call", "courtesy", "phone", "video", "inspected", "chaired", "audience", "exchanged", "signed",
    ),
    "attended": (
        "attend", "part", "participated", "present", "accompanied", "joined", "includ", "compris", "consisted",
    ),
    "separate": ("separate", "counterparts", "individual", "bilateral"),
    "joint": ("lateral", "tripartite", "joint", "-way"),
    "not_meeting": ("visited", "needs", "requirements", "interests", "demands"),
    "counterpart": ("counterpart",),
    "delegation": ("delegation",),
    "led_by": ("led", "headed"),
    "recalled": ("last", "previous", "earlier", "first", "had"),
    "call": ("phone", "video"),
    "sidelines": ("sideline", "margin", "framework"),
    "continues": ("then", "after", "subsequently", "day", "evening", "morning"),
    "event_ref": (
        "fair", "exhibition", "summit", "conference", "forum", "symposium", "expo", "show", "dialogue", "games",
        "session", "ministerial",
    ),
    "same_visit": ("during", "course", "part"),
}
"""For each cue pattern above (by its name in the :class:`~defcoop._lang.Language`), strings one of which every
match holds: a word every alternative spells out, or a stem of it ("receiv" for "received" and "receiving"). A
sentence holding none of them is not searched, so a new alternative needs one of these words or a new one. The
announced cue has none: it is searched only in sentences without a past verb, and a test of its many words would
cost about as much as the search."""
