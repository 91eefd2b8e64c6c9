"""Russian names and adjectives of countries in their case forms, folded, mapped to ISO alpha-2 codes."""

from __future__ import annotations

ALIASES_RU: dict[str, str] = {}
