"""What the golden tests on the written articles share: the scorer-like same-person matcher, the gold records,
and the extractor's output seen through the gold's names, field by field.

The comparison is tolerant the way the accuracy scorer is: a predicted official is the same person as a gold one
when the surnames agree and the given names are compatible (equal, or one is an initial of the other, or one side
has none), with case, accents, hyphens and dots folded and a middle patronymic ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import defcoop

ARTICLES = Path(__file__).resolve().parent / "articles"

# ---------------------------------------------------------------------------------------------------------------
# the same-person matcher (mirrors the scorer's tolerance)

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.'’`]+")
_TOKEN_SPLIT = re.compile(r"[\s.,]+")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ovych)$")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "oglu", "ogly", "kyzy", "qizi", "uly", "ulu"})
_RANK_ABBREVIATIONS = {"col": "colonel", "gen": "general", "lt": "lieutenant", "maj": "major", "brig": "brigadier",
                       "adm": "admiral", "capt": "captain", "cdr": "commander"}


def fold(text: str | None) -> str:
    """Casefold, strip accents, and turn hyphens, dots and apostrophes into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SEPARATORS.sub(" ", plain).strip()


def name_tokens(name: str) -> list[str]:
    """Folded name tokens without generational or Turkic suffixes, and without a middle patronymic."""
    tokens = [t for t in _TOKEN_SPLIT.split(fold(name)) if t and t not in _NAME_SUFFIXES]
    if len(tokens) >= 3:
        kept = [t for i, t in enumerate(tokens) if not (i > 0 and len(t) > 5 and _PATRONYMIC.search(t))]
        tokens = kept or tokens
    return tokens


def _given_compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or a[0][0] == b[0][0]


def same_person(a: str, b: str) -> bool:
    """Same surname (last token, or first token of a surname-first form) and compatible given names."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta[-1] == tb[-1]:
        return _given_compatible(ta[:-1], tb[:-1])
    if len(ta) > 1 and ta[0] == tb[-1]:
        return _given_compatible(ta[1:], tb[:-1])
    if len(tb) > 1 and tb[0] == ta[-1]:
        return _given_compatible(tb[1:], ta[:-1])
    return False


def fold_rank(rank: str | None) -> str:
    """A rank in comparable form: folded, with the usual abbreviations spelled out."""
    return " ".join(_RANK_ABBREVIATIONS.get(w, w) for w in fold(rank).split())


class Gold(NamedTuple):
    id: str
    language: str
    text: str
    published: str | None
    officials: list[dict[str, Any]]
    meetings: list[dict[str, Any]]


def load(path: Path) -> Gold:
    doc = json.loads(path.read_text(encoding="utf-8"))
    gold = doc["gold"]
    return Gold(doc["id"], doc["language"], doc["text"], gold["published"], gold["officials"], gold["meetings"])




def iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


_PREDICTIONS: dict[str, dict[str, Any]] = {}


def predict(gold: Gold) -> dict[str, Any]:
    """The extractor's output in the gold schema, with predicted names replaced by the gold name they match."""
    if gold.id not in _PREDICTIONS:
        _PREDICTIONS[gold.id] = _predict(gold)
    return _PREDICTIONS[gold.id]


def _predict(gold: Gold) -> dict[str, Any]:
    article = defcoop.parse(gold.text)
    meetings = article.held_meetings
    in_meeting = {o.name for m in meetings for o in m.participants}
    gold_names = [o["name"] for o in gold.officials]

    def as_gold(name: str) -> str:
        return next((g for g in gold_names if same_person(name, g)), f"<spurious {name}>")

    officials: dict[str, dict[str, Any]] = {}
    for o in article.officials:
        key = as_gold(o.name)
        if key in officials:
            key = f"<duplicate {o.name}>"
        officials.setdefault(key, {"country": o.country.code if o.country else None, "rank": o.rank,
                                   "participant": o.name in in_meeting})
    return {
        "published": iso(article.published),
        "officials": officials,
        "meetings": [{"countries": sorted({c.code for c in m.countries}),
                      "participants": sorted({as_gold(p.name) for p in m.participants}),
                      "date": iso(m.date),
                      "location": m.location} for m in meetings],
    }


def _pair_meetings(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """For each gold meeting, the predicted one with the same countries sharing the most participants."""
    used: set[int] = set()
    out: list[dict[str, Any] | None] = []
    for g in gold:
        best, best_score = None, -1
        for i, p in enumerate(pred):
            if i in used or p["countries"] != sorted(g["countries"]):
                continue
            score = 2 * len(set(p["participants"]) & set(g["participants"])) + (p["date"] == g["date"] and 1)
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            used.add(best)
        out.append(None if best is None else pred[best])
    return out


def actual_and_expected(gold: Gold, field: str) -> tuple[Any, Any]:
    pred = predict(gold)
    officials = pred["officials"]
    if field == "published":
        return pred["published"], gold.published
    if field == "officials-names":
        return sorted(officials), sorted(o["name"] for o in gold.officials)
    if field in ("officials-countries", "officials-ranks", "officials-participants"):
        attr = {"officials-countries": "country", "officials-ranks": "rank",
                "officials-participants": "participant"}[field]
        norm = fold_rank if attr == "rank" else (lambda v: v)
        found = {o["name"]: norm(officials[o["name"]][attr]) for o in gold.officials if o["name"] in officials}
        return found, {name: norm(o[attr]) for o in gold.officials if (name := o["name"]) in found}
    if field == "meetings-countries":
        return sorted(m["countries"] for m in pred["meetings"]), sorted(sorted(m["countries"]) for m in gold.meetings)
    paired = _pair_meetings(pred["meetings"], gold.meetings)
    attr = {"meetings-participants": "participants", "meetings-dates": "date", "meetings-locations": "location"}[field]
    actual = [None if p is None else p[attr] for p in paired]
    expected = [sorted(g[attr]) if attr == "participants" else g[attr] for g in gold.meetings]
    return actual, expected


FIELDS = ("published", "officials-names", "officials-countries", "officials-ranks", "officials-participants",
          "meetings-countries", "meetings-participants", "meetings-dates", "meetings-locations")


class Row(NamedTuple):
    """One golden-test row: an article and the field compared."""

    gold: Gold
    field: str


def field_rows(golds: list[Gold], known_failures: dict[str, str]) -> list[Any]:
    """One ``pytest.param`` per article and field, id ``<article>-<field>``; known misses as strict xfails."""
    rows = []
    for gold in golds:
        for field in FIELDS:
            row_id = f"{gold.id}-{field}"
            marks = ([pytest.mark.xfail(strict=True, reason=known_failures[row_id])]
                     if row_id in known_failures else [])
            rows.append(pytest.param(Row(gold, field), id=row_id, marks=marks))
    return rows
