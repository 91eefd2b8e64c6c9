"""Parse news articles into :class:`~defcoop.models.Article` records.

PLACEHOLDER while the extraction pipeline is being written: returns the article with no extraction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from defcoop.models import Article

__all__ = ["parse", "parse_file"]


def parse(text: str, *, url: str | None = None, published: dt.date | None = None) -> Article:
    """Parse one article's text."""
    return Article(text, url=url, published=published)


def parse_file(path: str | Path) -> Article:
    """Read and parse one file."""
    return parse(Path(path).read_text(encoding="utf-8"))
