"""Reading article files: bytes to text (interim version: UTF-8 only)."""

from __future__ import annotations

from pathlib import Path


def read_text(path: str | Path) -> str:
    """Read a file as text."""
    return Path(path).read_text(encoding="utf-8")
