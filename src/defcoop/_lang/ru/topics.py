"""Russian cue phrases for each :class:`~defcoop.models.Topic`, as regular-expression sources.

Sources: the topic headings of the Russian-language readouts of the region's defence ministries ("военное,
военно-техническое, военно-образовательное сотрудничество", "подготовка военных кадров", "совместные учения",
"оборонная промышленность") and the Russian terms of the SIPRI yearbook's Russian edition for the rest.
Stems carry a bounded ending (``\\w{0,4}``), never an open one. Matched case-insensitively within the
sentences an encounter was read from; the shared stage runs all cues as one alternation, so a cue that spans
another's words ("военного и военно-технического сотрудничества") matches only its first word and looks ahead
for the rest. Every alternative starts with ``\\b`` and a plain letter (no group, class or optional first
letter): the meeting stage branches on that first letter.
"""

from __future__ import annotations

TOPIC_CUES: dict[str, str] = {
    "military_cooperation": r"\bвоенн\w{0,3}\s+(?=(?:и\s+[\w\-]{1,30}\s+)?сотрудничеств)|"
    r"\bсотрудничеств\w{0,2}\s+в\s+(?:военной|оборонной)\s+сфер\w{0,2}|\bплан\w{0,2}\s+(?:\w+\s+){0,2}сотрудничеств|\bсотрудничеств\w{0,2}\s+в\s+сфере\s+"
    r"обороны\b",
    "military_technical": r"\bвоенно-техническ\w{0,4}",
    "defence_industry": r"\bоборонн\w{0,3}\s+промышленност\w{0,2}|\bвоенно-промышленн\w{0,4}|\bоборонно-"
    r"промышленн\w{0,4}|\bоборонк\w{0,2}\b",
    "arms_trade": r"\bпоставк\w{0,2}\s+(?:вооружени|оружи|техник)\w{0,3}|\bзакупк\w{0,2}|\bконтракт\w{0,2}|"
    r"\bвыставк\w{0,2}|\bADEX\b|\bIDEF\b|\bIDEAS\b|\bIDEX\b|\bKADEX\b|\bАрмия-20\d\d\b",
    "military_education": r"\bвоенн\w{0,3}\s+образовани\w{0,2}|\bвоенно-образовательн\w{0,4}|\bподготовк\w{0,2}\s+"
    r"(?:военных\s+)?кадров\b|\bвоенных\s+кадров\b|\bакадеми\w{0,3}|\bкурсант\w{0,3}|\bобучени\w{0,2}",
    "exercises": r"\bучени(?:я|й|ях|ям|ями)\b|\bманевр\w{0,3}|\bсовместн\w{0,3}\s+учени\w{0,3}",
    "intelligence": r"\bразведк\w{0,2}|\bразведывательн\w{0,4}",
    "peacekeeping": r"\bмиротвор\w{0,8}",
    "border_security": r"\bграниц\w{0,2}|\bпогранич\w{0,4}",
    "counter_terrorism": r"\bтерроризм\w{0,2}|\bтеррорист\w{0,5}|\bэкстремизм\w{0,2}|\bантитеррористическ\w{0,3}",
    "conflict": r"\bконфликт\w{0,2}|\bоккупац\w{0,3}|\bКарабах\w{0,2}|\bперемири\w{0,2}|\bтерриториальн\w{0,3}\s+"
    r"целостност\w{0,2}|\bвойн\w{0,2}\b|\bатак\w{0,2}|\bперестрелк\w{0,2}",
    "regional_security": r"\bрегиональн\w{0,3}\s+безопасност\w{0,2}|\bбезопасност\w{0,2}\s+в\s+регионе\b|"
    r"\bвоенно-политическ\w{0,3}\s+обстановк\w{0,2}|\bобстановк\w{0,2}\s+в\s+регионе\b|\bмеждународн\w{0,3}\s+"
    r"безопасност\w{0,2}",
    "maritime_security": r"\bморск\w{0,3}\s+безопасност\w{0,2}|\bвоенно-морск\w{0,3}\s+сотрудничеств\w{0,2}",
    "cyber": r"\bкибер\w{0,12}",
    "medical": r"\bвоенн\w{0,3}\s+медицин\w{0,2}|\bмедицинск\w{0,3}",
}
"""Topic value → cue pattern source."""
