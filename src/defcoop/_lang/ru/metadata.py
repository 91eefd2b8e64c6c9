"""Russian article-shape words: attribution formulas (outlets) and byline labels.

Sources: the attribution formulas of Russian-language wire copy and ministry releases ("сообщает Kazinform",
"передает агентство Kazinform со ссылкой на пресс-службу Минобороны", "сообщили в Минобороны", "Об этом
говорится в сообщении пресс-службы") and the byline labels of Russian news sites ("Автор:", "Текст:").
Matched case-insensitively.

Example:
    >>> import re
    >>> m = re.search(OUTLET_CUE, "…, сообщает Kazinform со ссылкой на пресс-службу.", re.IGNORECASE)
    >>> m.group(1)
    'Kazinform'
"""

from __future__ import annotations

OUTLET_CUE: str = (
    r"\b(?:сообщает|сообщают|передает|передаёт|пишет|информирует)\s+(?:агентство\s+|корреспондент\s+|сайт\s+)?"
    r"«?([A-Z][\w.\-]{1,30}|[А-ЯЁ][\w.\-]{1,30}(?:\s[А-ЯЁ][\w.\-]{1,30})?)»?"
)
"""An outlet named in an attribution ("сообщает Kazinform", "передает агентство Kazinform"); group 1 is it."""

SOURCE_CUE: str = (
    r"\bсо\s+ссылкой\s+(?:на\s+)?(?:пресс-служб\w{1,2}\s+)?([\w\-]{2,40}(?:\s[А-ЯЁ][\w\-]{1,30}){0,2})|"
    r"\bсообщил[аи]?\s+в\s+([\w\-]{2,40}(?:\s[А-ЯЁ][\w\-]{1,30}){0,2})"
)
"""The source an outlet cites ("со ссылкой на пресс-службу Минобороны"): not the outlet itself."""

BYLINE_LABELS: frozenset[str] = frozenset({"автор", "текст", "фото", "корреспондент", "редактор"})
"""Labels before a byline or a photo credit ("Автор: ...", "Фото: Минобороны РК")."""
