"""Every ISO 3166-1 country, and the names, demonyms and capitals the news uses for them.

``get(code)`` by alpha-2/alpha-3 code, ``lookup(text)`` by any name, demonym or code (case- and
accent-insensitive; unknown input gives ``None``, never a guess).

Example:
    >>> from defcoop import countries
    >>> countries.get("AZ").name
    'Azerbaijan'
    >>> countries.lookup("Kazakhstan").code
    'KZ'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from defcoop._iso3166 import ISO3166
from defcoop.models import Country

__all__ = ["all_countries", "fold", "get", "lookup"]


def fold(text: str) -> str:
    """Fold a name for lookup: strip accents, casefold, collapse spaces and punctuation.

    Example:
        >>> fold("  Türkiye ")
        'turkiye'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace("`", "'")
    return " ".join(text.replace(".", " ").replace(",", " ").replace("-", " ").split())


def _display_name(name: str, common: str) -> str:
    return common or name


_BY_CODE: dict[str, Country] = {}
_BY_NAME: dict[str, Country] = {}
for _a2, _a3, _num, _name, _official, _common in ISO3166:
    _c = Country(_a2, _a3, _display_name(_name, _common))
    _BY_CODE[_a2] = _c
    _BY_CODE[_a3] = _c
    for _n in (_name, _official, _common):
        if _n:
            _BY_NAME.setdefault(fold(_n), _c)


def get(code: str) -> Country:
    """Return the country with this ISO 3166-1 alpha-2 or alpha-3 code (any case).

    Raises:
        KeyError: The code is not an ISO 3166-1 code.

    Example:
        >>> get("kaz").code
        'KZ'
    """
    try:
        return _BY_CODE[code.strip().upper()]
    except KeyError:
        raise KeyError(f"no ISO 3166-1 country with code {code!r}") from None


@lru_cache(maxsize=4096)
def lookup(text: str) -> Country | None:
    """Resolve a name, official name, demonym or code to a country; ``None`` if unknown.

    Example:
        >>> lookup("Republic of Azerbaijan").code
        'AZ'
        >>> lookup("Atlantis") is None
        True
    """
    key = fold(text)
    if not key:
        return None
    found = _BY_NAME.get(key)
    if found is not None:
        return found
    if len(key) in (2, 3) and key.isalpha():
        return _BY_CODE.get(key.upper())
    return None


def all_countries() -> tuple[Country, ...]:
    """Return all 249 ISO 3166-1 countries, sorted by alpha-2 code.

    Example:
        >>> len(all_countries())
        249
    """
    return tuple(_BY_CODE[row[0]] for row in ISO3166)
