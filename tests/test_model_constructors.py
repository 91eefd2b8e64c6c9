"""The hand-written constructors of Official, Meeting and Article against the ones attrs generates for them.

attrs still generates each class's constructor as ``__attrs_init__``: built both ways from the same arguments
(good and bad ones, with validators on and off), the objects are equal, or the errors are the same, with the
same messages. :func:`defcoop.models._evolve` is held to :func:`attrs.evolve` the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop.countries import get
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Span, Topic, _evolve

AZ, KZ = get("AZ"), get("KZ")
HASANOV = Official("Zakir Hasanov", country=AZ, spans=(Span(0, 13),))
OMAROV = Official("Ruslan Omarov", country=KZ, spans=(Span(20, 33), Span(40, 46)))


class _Text(str):
    """A ``str`` subclass: the constructors' shortcuts take only plain strings."""


class _Date(dt.date):
    """A ``date`` subclass (still a valid date)."""


# Each argument is drawn from a factory, so that one-shot iterables are fresh for each of the two builds.
_STRINGS: list[Callable[[], Any]] = [
    lambda: "Zakir Hasanov", lambda: "  A B ", lambda: "", lambda: "  ", lambda: None, lambda: 5, lambda: _Text(" x "),
]
_STRING_SEQUENCES: list[Callable[[], Any]] = [
    lambda: (), lambda: ("Minister",), lambda: [" Minister", "", "Minister"], lambda: "Minister", lambda: [1],
    lambda: ("",), lambda: (" a",), lambda: ("a", "a"), lambda: iter(["x", "x "]), lambda: None, lambda: (_Text("a"),),
]
_SPANS: list[Callable[[], Any]] = [
    lambda: (), lambda: (Span(0, 3),), lambda: [Span(5, 9), Span(0, 3), Span(5, 9)], lambda: (Span(0, 3), Span(0, 3)),
    lambda: (Span(0, 5), Span(0, 3)), lambda: (Span(0, 3), Span(0, 5)), lambda: (5,), lambda: None,
    lambda: iter([Span(0, 1), Span(2, 3)]), lambda: (Span(0, 90),),
]
_COUNTRIES: list[Callable[[], Any]] = [lambda: None, lambda: AZ, lambda: "AZ", lambda: 3]
_DATES: list[Callable[[], Any]] = [
    lambda: None, lambda: dt.date(2024, 1, 2), lambda: dt.datetime(2024, 1, 2, 3, 4), lambda: "2024-01-02",
    lambda: _Date(2024, 1, 2),
]


def _pick(pool: list[Callable[[], Any]]) -> st.SearchStrategy[Callable[[], Any]]:
    return st.sampled_from(pool)


@contextmanager
def _validators(enabled: bool) -> Iterator[None]:
    was = attrs.validators.get_disabled()
    attrs.validators.set_disabled(not enabled)
    try:
        yield
    finally:
        attrs.validators.set_disabled(was)


def _outcome(build: Callable[[], object]) -> tuple[Any, ...]:
    """The object built (its repr and itself), or the error raised (its type and message)."""
    try:
        value = build()
    except Exception as exc:  # any error: they are compared
        return ("raised", type(exc), re.sub(r" at 0x[0-9a-f]+", "", str(exc)))
    return ("built", repr(value), value)


def _both_ways(cls: type[Any], make_args: Callable[[], dict[str, Any]]) -> None:
    """Build ``cls`` with its constructor and with the attrs-generated one: the outcomes must be the same."""

    def generated() -> object:
        inst = object.__new__(cls)
        inst.__attrs_init__(**make_args())
        return inst

    for enabled in (True, False):
        with _validators(enabled):
            assert _outcome(lambda: cls(**make_args())) == _outcome(generated)


@given(_pick(_STRINGS), _pick(_COUNTRIES), _pick(_STRINGS), _pick(_STRING_SEQUENCES), _pick(_SPANS), _pick(_STRINGS))
def test_official_is_built_as_attrs_builds_it(
    name: Callable[[], Any], country: Callable[[], Any], rank: Callable[[], Any], posts: Callable[[], Any],
    spans: Callable[[], Any], name_latin: Callable[[], Any],
) -> None:
    _both_ways(Official, lambda: {"name": name(), "country": country(), "rank": rank(), "posts": posts(),
                                  "spans": spans(), "name_latin": name_latin()})


_PARTICIPANTS: list[Callable[[], Any]] = [
    lambda: (), lambda: (HASANOV,), lambda: [HASANOV, OMAROV], lambda: ["Zakir Hasanov"], lambda: (HASANOV, 5),
]
_TOPICS: list[Callable[[], Any]] = [
    lambda: frozenset(), lambda: {Topic.CYBER}, lambda: [Topic.CYBER, Topic.CYBER], lambda: {"cyber"}, lambda: 5,
]


@given(
    _pick(_DATES), _pick(_STRINGS),
    _pick([lambda: (), lambda: (AZ, KZ), lambda: [KZ, AZ, KZ], lambda: ["AZ"], lambda: (KZ, AZ), lambda: 5]),
    _pick(_PARTICIPANTS), _pick(_COUNTRIES),
    _pick([lambda: MeetingKind.VISIT, lambda: MeetingKind.UNSPECIFIED, lambda: "visit"]),
    _pick([lambda: MeetingStatus.HELD, lambda: MeetingStatus.ANNOUNCED, lambda: "held"]),
    _pick(_TOPICS), _pick(_STRINGS), _pick(_STRING_SEQUENCES), _pick(_SPANS),
)
def test_meeting_is_built_as_attrs_builds_it(
    date: Callable[[], Any], location: Callable[[], Any], countries: Callable[[], Any],
    participants: Callable[[], Any], host: Callable[[], Any], kind: Callable[[], Any], status: Callable[[], Any],
    topics: Callable[[], Any], occasion: Callable[[], Any], agreements: Callable[[], Any], spans: Callable[[], Any],
) -> None:
    _both_ways(Meeting, lambda: {
        "date": date(), "location": location(), "countries": countries(), "participants": participants(),
        "host": host(), "kind": kind(), "status": status(), "topics": topics(), "occasion": occasion(),
        "agreements": agreements(), "spans": spans(),
    })


@given(
    _pick([lambda: "x" * 50, lambda: "short", lambda: None, lambda: _Text("y" * 60)]),
    _pick(_STRINGS), _pick(_DATES),
    _pick([lambda: "en", lambda: "ru", lambda: "kaz", lambda: "English", lambda: None, lambda: _Text("en")]),
    _pick([lambda: (HASANOV, OMAROV), lambda: [HASANOV], lambda: (), lambda: (attrs.evolve(HASANOV), OMAROV),
           lambda: ("Zakir Hasanov",)]),
    _pick([lambda: (), lambda: [Meeting(participants=(HASANOV, OMAROV), spans=(Span(0, 40),))],
           lambda: (Meeting(spans=(Span(10, 80),)),), lambda: ("meeting",)]),
)
def test_article_is_built_as_attrs_builds_it(
    text: Callable[[], Any], title: Callable[[], Any], published: Callable[[], Any], language: Callable[[], Any],
    officials: Callable[[], Any], meetings: Callable[[], Any],
) -> None:
    _both_ways(Article, lambda: {"text": text(), "title": title(), "published": published(), "outlet": title(),
                                 "author": title(), "url": title(), "language": language(),
                                 "officials": officials(), "meetings": meetings()})


_POOLS: dict[type[Any], dict[str, list[Callable[[], Any]]]] = {
    Official: {"name": _STRINGS, "country": _COUNTRIES, "rank": _STRINGS, "posts": _STRING_SEQUENCES, "spans": _SPANS,
               "name_latin": _STRINGS},
    Meeting: {"date": _DATES, "location": _STRINGS, "countries": [lambda: ["AZ"], lambda: [KZ, AZ, KZ]],
              "participants": _PARTICIPANTS, "host": _COUNTRIES,
              "kind": [lambda: "visit", lambda: None], "status": [lambda: "held"], "topics": _TOPICS,
              "occasion": _STRINGS, "agreements": _STRING_SEQUENCES, "spans": _SPANS},
    Article: {"text": [lambda: None, lambda: _Text("y" * 60)], "title": _STRINGS, "published": _DATES,
              "outlet": _STRINGS, "author": _STRINGS, "url": _STRINGS,
              "language": [lambda: "kaz", lambda: "English", lambda: None, lambda: _Text("en"), lambda: "EN"],
              "officials": [lambda: ("Zakir Hasanov",), lambda: (attrs.evolve(HASANOV),)],
              "meetings": [lambda: ("meeting",), lambda: (Meeting(spans=(Span(10, 80),)),),
                           lambda: (Meeting(participants=(OMAROV,)),)]},
}
_BASELINE: dict[type[Any], Callable[[], dict[str, Any]]] = {
    Official: lambda: {"name": "Zakir Hasanov"},
    Meeting: lambda: {"participants": (HASANOV,), "spans": (Span(0, 13),)},
    Article: lambda: {"text": "x" * 50, "officials": (HASANOV,),
                      "meetings": (Meeting(participants=(HASANOV,), spans=(Span(0, 13),)),)},
}


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [(cls, field, value) for cls, pools in _POOLS.items() for field, pool in pools.items() for value in pool],
)
def test_one_argument_at_a_time(cls: type[Any], field: str, value: Callable[[], Any]) -> None:
    _both_ways(cls, lambda: {**_BASELINE[cls](), field: value()})


def test_span_leaves_its_type_checks_to_the_validators_and_always_checks_its_range() -> None:
    with pytest.raises(TypeError, match="'start' must be <class 'int'>"):
        Span(2.0, 3)  # type: ignore[arg-type]
    with _validators(False):
        assert Span(2.0, 3).start == 2.0  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=re.escape("invalid span [-1, 3)")):
            Span(-1, 3)


_CHANGES: list[tuple[object, dict[str, Any]]] = [
    (HASANOV, {"country": KZ}), (HASANOV, {"country": "AZ"}), (HASANOV, {"name": " "}), (HASANOV, {"posts": "x"}),
    (HASANOV, {"posts": [" a", "a"]}), (HASANOV, {"rank": 3}), (HASANOV, {"name_latin": " Z "}), (HASANOV, {}),
    (HASANOV, {"no_such_field": 1}),
    (Meeting(participants=(HASANOV,)), {"location": " Baku "}), (Meeting(), {"date": dt.datetime(2024, 1, 1)}),
    (Meeting(), {"host": KZ, "kind": MeetingKind.CALL, "date": None, "location": "X"}), (Meeting(), {"kind": "call"}),
    (Article("x" * 20, officials=(HASANOV,)), {"title": " T "}),
    (Article("x" * 20, officials=(HASANOV,)), {"text": "x"}),
    (Article("x"), {"language": "xx1"}), (Country("AZ", "AZE", "Azerbaijan"), {"name": "Az"}), (Span(1, 2), {"end": 5}),
]


@pytest.mark.parametrize(("inst", "changes"), _CHANGES)
@pytest.mark.parametrize("enabled", [True, False])
def test_private_evolve_is_attrs_evolve(inst: object, changes: dict[str, Any], enabled: bool) -> None:
    with _validators(enabled):
        assert _outcome(lambda: _evolve(inst, **changes)) == _outcome(
            lambda: attrs.evolve(inst, **changes)
        )
