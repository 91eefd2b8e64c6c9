"""Russian article-shape words: attribution formulas (outlets) and byline labels.

Sources: the attribution formulas of Russian-language wire copy and ministry releases ("сообщает Kazinform",
"передает агентство Kazinform со ссылкой на пресс-службу Минобороны", "сообщили в Минобороны", "Об этом
говорится в сообщении пресс-службы") and the byline labels of Russian news sites ("Автор:", "Текст:").
Matched case-insensitively.

Example:
    >>> find_outlet("Министр встретился с коллегой, передает агентство Kazinform со ссылкой на пресс-службу.")
    'Kazinform'
    >>> find_outlet("Об этом сообщает пресс-служба Минобороны Армении.") is None
    True
"""

from __future__ import annotations

import re
from typing import Final

from defcoop import countries
from defcoop._lang.ru.posts import HEAD_FORMS, POST_WORDS

__all__ = ["OUTLET_CUE", "find_author", "find_outlet"]

OUTLET_CUE: str = (
    r"\b(?:сообщает|сообщают|передает|передаёт|пишет|информирует)\s+(?:агентство\s+|корреспондент\s+|сайт\s+|"
    r"портал\s+|издание\s+)?"
    r"«?([A-Z][\w.\-]{1,30}|[А-ЯЁ][\w.\-]{1,30}(?:\s[А-ЯЁ][\w.\-]{1,30})?)»?"
)
"""An outlet named in an attribution ("сообщает Kazinform", "передает агентство Kazinform"); group 1 is it."""


_OUTLET_RE: Final = re.compile(OUTLET_CUE)
"""The attribution cue, case-sensitive for the outlet's capital letter (the verb may open a sentence too)."""
_VERB_CAPITALISED: Final = re.compile(OUTLET_CUE.replace(r"\b(?:сообщает|", r"\b(?:Сообщает|сообщает|", 1))


_DATELINE_AGENCY: Final = re.compile(
    r"(?m)^[ \t]{0,3}[А-ЯЁ][А-ЯЁа-яё\-]{2,30}[.,][^\n]{0,30}?[.,]?[ \t]{1,3}(?:[—–-][ \t]{1,3})?"
    r"(?P<agency>[A-Z][A-Za-z.\-]{2,30}|[А-ЯЁ][А-ЯЁ.\-]{2,30})(?:[ \t]{1,3}[—–-]|\.)"
)
"""An agency closing a Russian dateline: "ТАШКЕНТ, 20 окт — Sputnik.", "Москва. 26 мая. INTERFAX.RU -",
"Баку, 3 апреля, АЗЕРТАДЖ."."""


def find_outlet(text: str) -> str | None:
    """The outlet a dateline or an attribution formula names ("ТАШКЕНТ, 20 окт — Sputnik.", "сообщает Kazinform",
    "передает агентство Kazinform"), or ``None``.

    A ministry, a post or a country after the verb is the source, not the outlet ("сообщает пресс-служба
    Минобороны", "сообщили в Минобороны Армении").

    Example:
        >>> find_outlet("Стороны обсудили сотрудничество, сообщает Trend.")
        'Trend'
    """
    dateline = _DATELINE_AGENCY.search(text[:3000])
    if dateline is not None and countries.lookup(dateline.group("agency")) is None:
        return dateline.group("agency").rstrip(".")
    for m in _VERB_CAPITALISED.finditer(text):
        name = m.group(1).rstrip(".")
        first = name.split()[0].lower().replace("ё", "е")
        if first in POST_WORDS or first in HEAD_FORMS or countries.lookup(name.split()[0]) is not None:
            continue
        return name
    return None


_BYLINE: Final = re.compile(
    r"(?m)^[ \t]{0,3}(?:Автор|Текст|Корреспондент)[ \t]{0,2}:[ \t]{0,3}"
    r"(?P<name>[А-ЯЁ][а-яё\-]{1,30}(?:[ \t][А-ЯЁ][а-яё\-]{1,30}){1,2})[ \t]{0,3}$"
)
"""A byline of its own: "Автор: Айгуль Сапарова"."""


def find_author(text: str) -> str | None:
    r"""The journalist a Russian byline names ("Автор: Айгуль Сапарова"), or ``None``.

    Example:
        >>> find_author("Заголовок\n\nАвтор: Айгуль Сапарова\n\nТекст статьи.")
        'Айгуль Сапарова'
        >>> find_author("Фото: Минобороны РК") is None
        True
    """
    m = _BYLINE.search(text)
    return m.group("name") if m is not None else None
