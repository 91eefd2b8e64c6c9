"""Golden tests: the seed articles' expected records, compared field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import defcoop

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class Field(NamedTuple):
    seed: str
    path: str
    expected: Any


def _officials(seed: str, rows: list[tuple[str, str, str | None]]) -> list[Field]:
    out = []
    for name, country, rank in rows:
        out.append(Field(seed, f"official[{name}].country", country))
        out.append(Field(seed, f"official[{name}].rank", rank))
    return out


def _meeting(seed: str, i: int, countries: list[str], participants: list[str], date: dt.date | None,
             location: str | None, kind: str) -> list[Field]:
    return [
        Field(seed, f"meeting[{i}].countries", countries),
        Field(seed, f"meeting[{i}].participants", participants),
        Field(seed, f"meeting[{i}].date", date),
        Field(seed, f"meeting[{i}].location", location),
        Field(seed, f"meeting[{i}].kind", kind),
    ]


FIELDS: list[Any] = [
    *_officials("000", [("Rashad Mammadov", "AZ", None), ("Beibut Atamkulov", "KZ", None)]),
    Field("000", "official_names", ["Rashad Mammadov", "Beibut Atamkulov"]),
    Field("000", "meeting_count", 1),
    *_meeting("000", 0, ["AZ", "KZ"], ["Rashad Mammadov", "Beibut Atamkulov"], None, None, "unspecified"),
    *_officials("001", [("Karim Valiyev", "AZ", "Colonel General"), ("Marat Khusainov", "KZ", "Lieutenant General"),
                        ("Ilham Aliyev", "AZ", None)]),
    Field("001", "official_names", ["Karim Valiyev", "Marat Khusainov", "Ilham Aliyev"]),
    Field("001", "published", dt.date(2022, 10, 11)),
    Field("001", "meeting_count", 1),
    *_meeting("001", 0, ["AZ", "KZ"], ["Karim Valiyev", "Marat Khusainov"], None, "Baku", "visit"),
    *_officials("002", [("Madat Guliyev", "AZ", None), ("Baktybek Bekbolotov", "KG", None),
                        ("Kayrat Osmonaliev", "KG", None)]),
    Field("002", "published", dt.date(2023, 7, 7)),
    Field("002", "meeting_count", 1),
    *_meeting("002", 0, ["AZ", "KG"], ["Madat Guliyev", "Baktybek Bekbolotov", "Kayrat Osmonaliev"], None, None,
              "visit"),
    *_officials("003", [("Zakir Hasanov", "AZ", "Colonel General"), ("Sultan Kamaletdinov", "KZ", "Lieutenant General"),
                        ("Heydar Aliyev", "AZ", None), ("Ilham Aliyev", "AZ", None),
                        ("Karim Valiyev", "AZ", "Colonel General"), ("Zaur Karimov", "AZ", "Colonel")]),
    Field("003", "published", dt.date(2024, 4, 25)),
    Field("003", "meeting_count", 2),
    *_meeting("003", 0, ["AZ", "KZ"], ["Zakir Hasanov", "Sultan Kamaletdinov"], dt.date(2024, 4, 25), None, "visit"),
    Field("003", "meeting[1].countries", ["AZ", "KZ"]),
    Field("003", "meeting[1].participants", ["Karim Valiyev", "Sultan Kamaletdinov", "Zaur Karimov"]),
    Field("003", "meeting[1].date", dt.date(2024, 4, 25)),  # "Then ...": the same day as the first sitting
    Field("003", "meeting[1].kind", "visit"),
    *_officials("004", [("Gulshara Abdykalikova", "KZ", None), ("Novruz Mammadov", "AZ", None),
                        ("Heydar Aliyev", "AZ", None), ("Nursultan Nazarbayev", "KZ", None),
                        ("Askar Mamin", "KZ", None)]),
    Field("004", "meeting_count", 1),
    *_meeting("004", 0, ["AZ", "KZ"], ["Gulshara Abdykalikova", "Novruz Mammadov"], None, None, "visit"),
]

_CACHE: dict[str, defcoop.Article] = {}


def _article(seed: str) -> defcoop.Article:
    if seed not in _CACHE:
        path = next(SEEDS.glob(f"{seed}_*.txt"))
        _CACHE[seed] = defcoop.parse_file(path)
    return _CACHE[seed]


def _value(article: defcoop.Article, path: str) -> Any:
    if path == "official_names":
        return [o.name for o in article.officials]
    if path == "meeting_count":
        return len(article.held_meetings)
    if path == "published":
        return article.published
    if path.startswith("official["):
        name, attr = path[len("official[") :].split("].")
        official = next((o for o in article.officials if o.name == name), None)
        if official is None:
            return f"<no official {name}>"
        if attr == "country":
            return official.country.code if official.country else None
        return getattr(official, attr)
    index, attr = path[len("meeting[") :].split("].")
    meetings = article.held_meetings
    if int(index) >= len(meetings):
        return f"<no meeting {index}>"
    m = meetings[int(index)]
    if attr == "countries":
        return [c.code for c in m.countries]
    if attr == "participants":
        return sorted(p.name for p in m.participants)
    if attr == "kind":
        return m.kind.value
    return getattr(m, attr)


def _id(field: Any) -> str:
    return f"{field.seed}-{field.path}" if isinstance(field, Field) else str(field)


@pytest.mark.parametrize("field", FIELDS, ids=_id)
def test_seed_field(field: Field) -> None:
    expected = sorted(field.expected) if field.path.endswith("participants") else field.expected
    assert _value(_article(field.seed), field.path) == expected
