"""Cue phrases for each :class:`~defcoop.models.Topic`, as regular-expression sources.

Sources: the topic headings of defence ministries' readouts (military, military-technical, military-educational
cooperation; joint exercises; defence industry), and the subject terms of the SIPRI and IISS Military Balance
glossaries for the rest. Matched case-insensitively within the sentences an encounter was read from.

Every alternative starts with ``\\b`` and a plain letter (no group, class or optional first letter): the
meeting stage then looks for all cues at once, branching on that first letter.
"""

from __future__ import annotations

TOPIC_CUES: dict[str, str] = {
    "military_cooperation": r"\bmilitary\s+(?:cooperation|co-operation|ties|relations|collaboration)\b|"
                            r"\bdefen[cs]e\s+(?:cooperation|co-operation|ties|relations)\b|\bcooperation\s+plan\b",
    "military_technical": r"\bmilitary[\s-]+technical\b|\bweapons?\s+(?:and\s+)?equipment\b|\btechnology\s+transfer\b",
    "defence_industry": r"\bdefen[cs]e\s+industr|\bmilitary[\s-]+industrial\b|\bjoint\s+production\b|"
                        r"\bdefen[cs]e\s+production\b",
    "arms_trade": r"\barms\s+(?:sales?|trade|deals?|purchases?)\b|\bprocurement\b|\bcontracts?\b|\bexhibition\b|"
                  r"\bADEX\b|\bIDEF\b|\bIDEAS\b|\bIDEX\b|\bKADEX\b|\bDSEI\b|\bEurosatory\b",
    "military_education": r"\bmilitary[\s-]+education(?:al)?\b|"
                          r"\btraining\s+of\s+(?:personnel|officers|specialists|cadets)\b|"
                          r"\bacadem(?:y|ies)\b|\bcadets?\b|\beducation\b",
    "exercises": r"\bjoint\s+(?:exercises?|drills?|manoeuvres|maneuvers)\b|\bexercises?\b|\bdrills?\b|"
                 r"\bmanoeuvres\b|\bmaneuvers\b",
    "intelligence": r"\bintelligence\b",
    "peacekeeping": r"\bpeace-?keep",
    "border_security": r"\bborder\s+(?:security|protection|troops|guards?|service)\b",
    "counter_terrorism": r"\bterroris|\bextremis|\bcounter-?terror",
    "conflict": r"\bconflict\b|\boccupation\b|\bKarabakh\b|\bceasefire\b|\bterritorial\s+integrity\b|\bwar\b",
    "regional_security": r"\bregional\s+(?:and\s+international\s+)?security\b|\bsecurity\s+situation\b|"
                         r"\binternational\s+security\b|\bsituation\s+in\s+the\s+region\b",
    "maritime_security": r"\bmaritime\b|\bnaval\s+cooperation\b|\bnavies\b",
    "cyber": r"\bcyber",
    "medical": r"\bmilitary\s+medic|\bmedical\b",
}
"""Topic value -> cue pattern source."""
