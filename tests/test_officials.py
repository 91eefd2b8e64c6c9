"""Example table for coreference: one official per person."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from defcoop._lang import get
from defcoop._mentions import find_mentions
from defcoop._officials import resolve_officials


class Case(NamedTuple):
    text: str
    expected: list[tuple[str, int]]  # (name, number of mentions)


CASES = {
    "surname-later": Case("Defense Minister Ali Veliyev met guests. Veliyev said so.", [("Ali Veliyev", 2)]),
    "initial-later": Case("Defense Minister Ali Veliyev met guests. General A. Veliyev said so.",
                          [("Ali Veliyev", 2)]),
    "same-surname-different-people": Case(
        "President Ilham Aliyev and National Leader Heydar Aliyev were named.",
        [("Ilham Aliyev", 1), ("Heydar Aliyev", 1)],
    ),
    "byline-not-official": Case("By Anna Smith. Defense Minister Ali Veliyev spoke.", [("Ali Veliyev", 1)]),
    "headline-only-joins": Case("Minister Veliyev Meets Guests Today\n\nDefense Minister Ali Veliyev met guests.",
                                [("Ali Veliyev", 1)]),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_officials(case: Case) -> None:
    resolved = resolve_officials(find_mentions(case.text, get("en")))
    assert [(o.name, len(o.spans)) for o in resolved.officials] == case.expected
