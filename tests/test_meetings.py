"""Example table for meetings: encounters, sides, dates, places, status."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest

import defcoop

PUB = dt.date(2024, 4, 26)


class Case(NamedTuple):
    text: str
    expected: list[tuple[Any, ...]]  # per held meeting: (countries, participants, date, location)


CASES = {
    "bilateral-dated": Case(
        "On April 25, Azerbaijan's Defense Minister Zakir Hasanov met Kazakh Defense Minister Ruslan Zhaksylykov "
        "in Baku.",
        [(("AZ", "KZ"), ("Ruslan Zhaksylykov", "Zakir Hasanov"), dt.date(2024, 4, 25), "Baku")],
    ),
    "weekday-is-not-a-date": Case(
        "On Tuesday, Azerbaijan's Defense Minister Zakir Hasanov met Kazakh Defense Minister Ruslan Zhaksylykov.",
        [(("AZ", "KZ"), ("Ruslan Zhaksylykov", "Zakir Hasanov"), None, None)],
    ),
    "unnamed-delegation-side": Case(
        "Azerbaijan's Defense Minister Zakir Hasanov received a delegation of the Kazakh Defense Ministry.",
        [(("AZ", "KZ"), ("Zakir Hasanov",), None, None)],
    ),
    "announced-is-not-held": Case(
        "Azerbaijan's Defense Minister Zakir Hasanov will visit Kazakhstan next week to meet Kazakh Defense "
        "Minister Ruslan Zhaksylykov.",
        [],
    ),
    "domestic-is-not-a-meeting": Case(
        "Kazakh Defense Minister Ruslan Zhaksylykov met Kazakh Deputy Defense Minister Sultan Omarov.", []
    ),
    "two-sittings": Case(
        "Azerbaijan's Defense Minister Zakir Hasanov received a delegation led by Kazakh Chief of the General Staff "
        "Marat Kamaletdinov. Then Azerbaijan's Chief of the General Staff Karim Valiyev met with the Kazakh "
        "delegation.",
        [(("AZ", "KZ"), ("Marat Kamaletdinov", "Zakir Hasanov"), None, None),
         (("AZ", "KZ"), ("Karim Valiyev", "Marat Kamaletdinov"), None, None)],
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_meetings(case: Case) -> None:
    article = defcoop.parse(case.text, published=PUB)
    got = [(tuple(c.code for c in m.countries), tuple(sorted(p.name for p in m.participants)), m.date, m.location)
           for m in article.held_meetings]
    assert got == case.expected


def test_call_kind() -> None:
    a = defcoop.parse("Azerbaijan's Defense Minister Zakir Hasanov held a phone conversation with Kazakh Defense "
                      "Minister Ruslan Zhaksylykov.")
    assert [m.kind.value for m in a.meetings] == ["call"]
