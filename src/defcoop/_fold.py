"""The one folding of names for look-up, shared by the country table and its Russian forms.

Accents stripped (so "й" folds to "и" and "ё" to "е"), case folded, apostrophe variants unified, dots, commas,
hyphens and dashes turned into single spaces.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Fold a name for look-up.

    Example:
        >>> fold("  Türkiye "), fold("Guinea-Bissau"), fold("Кыргызской Республики")
        ('turkiye', 'guinea bissau', 'кыргызскои республики')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace("`", "'").replace("ʼ", "'")
    return " ".join(text.replace(".", " ").replace(",", " ").replace("-", " ").replace("–", " ").split())
