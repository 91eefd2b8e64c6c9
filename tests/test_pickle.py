"""Models pickle compactly (as their field values) and come back exactly as they were, for every protocol.

Parsed articles cross process boundaries by pickle: :func:`defcoop.parse_many`'s workers send them back, and Dask
moves them between workers. These tests hold the round trip to "the same types and the same values, field by
field" (stricter than ``==``, under which countries compare by code only), keep older pickles loadable, and leave
subclasses to the default way.
"""

from __future__ import annotations

import copy
import copyreg
import io
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import defcoop
from defcoop.countries import get
from defcoop.models import Article, Country, Meeting, Official, Span
from strategies import articles, countries, meetings, officials, spans

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def fields_of(value: Any) -> Any:
    """Everything a value holds, with its type at every level: attrs instances as (type, fields...) tuples."""
    if attrs.has(type(value)):
        return (type(value), *(fields_of(getattr(value, a.name)) for a in attrs.fields(type(value))))
    if isinstance(value, (tuple, list)):
        return (type(value), *map(fields_of, value))
    if isinstance(value, frozenset):
        return (frozenset, sorted(map(repr, value)))
    return (type(value), value)


def assert_same(back: Any, value: Any) -> None:
    assert fields_of(back) == fields_of(value)
    assert back == value
    assert hash(back) == hash(value)


def round_trip(value: Any, protocol: int = pickle.HIGHEST_PROTOCOL) -> Any:
    return pickle.loads(pickle.dumps(value, protocol=protocol))


@given(articles())
def test_every_article_comes_back_the_same_with_every_protocol(article: Article) -> None:
    for protocol in PROTOCOLS:
        assert_same(round_trip(article, protocol), article)


@given(spans(), countries, officials(), meetings())
def test_every_model_comes_back_the_same(span: Span, country: Country, official: Official, meeting: Meeting) -> None:
    for value in (span, country, official, meeting):
        for protocol in PROTOCOLS:
            assert_same(round_trip(value, protocol), value)
        assert_same(copy.copy(value), value)
        assert_same(copy.deepcopy(value), value)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_parsed_seed_articles_come_back_the_same(path: Path) -> None:
    article = defcoop.parse_file(path)
    back = round_trip(article)
    assert_same(back, article)
    # the meeting participants are the article's own officials after the trip too (pickle keeps shared objects)
    ids = {id(o) for o in back.officials}
    assert all(id(p) in ids for m in back.meetings for p in m.participants)


def test_a_registry_country_comes_back_as_the_registry_object() -> None:
    assert round_trip(get("AZ")) is get("AZ")
    assert round_trip(Country("AZ", "AZE", "Azerbaijan")) is get("AZ")  # an equal copy of it, too


def test_a_country_with_its_own_name_keeps_it() -> None:
    mine = Country("AZ", "AZE", "Republic of Azerbaijan")
    back = round_trip(mine)
    assert back is not get("AZ")
    assert (back.code, back.alpha3, back.name) == ("AZ", "AZE", "Republic of Azerbaijan")


def default_pickle(value: Any) -> bytes:
    """``value`` pickled the way attrs pickles a slotted class (a dict of its fields through ``__getstate__``), as
    defcoop 0.1.0 did."""

    class DefaultPickler(pickle.Pickler):
        def reducer_override(self, obj: Any) -> Any:
            if attrs.has(type(obj)):
                return copyreg.__newobj__, (type(obj),), obj.__getstate__()  # type: ignore[attr-defined]
            return NotImplemented

    out = io.BytesIO()
    DefaultPickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


@pytest.mark.parametrize("path", SEEDS[:2], ids=lambda p: p.name)
def test_pickles_of_the_default_kind_still_load(path: Path) -> None:
    article = defcoop.parse_file(path)
    assert_same(pickle.loads(default_pickle(article)), article)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_the_compact_pickle_is_smaller_than_the_default_one(path: Path) -> None:
    article = defcoop.parse_file(path)
    assert len(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)) < len(default_pickle(article))


@attrs.frozen
class TaggedSpan(Span):
    tag: str = "quote"


@attrs.frozen(init=False)
class TaggedOfficial(Official):
    tag: str = "x"

    def __init__(self, name: str, tag: str, **kwargs: Any) -> None:
        super().__init__(name, **kwargs)
        object.__setattr__(self, "tag", tag)


class Nation(Country):
    """A subclass that is not an attrs class."""


def test_subclasses_pickle_the_default_way_and_keep_their_own_fields() -> None:
    span = TaggedSpan.__new__(TaggedSpan)
    object.__setattr__(span, "start", 1)
    object.__setattr__(span, "end", 4)
    object.__setattr__(span, "tag", "headline")
    official = TaggedOfficial("Zakir Hasanov", "minister", country=get("AZ"), spans=(Span(0, 13),))
    nation = Nation("AZ", "AZE", "Republic of Azerbaijan")
    for protocol in PROTOCOLS:
        back_span, back_official, back_nation = round_trip((span, official, nation), protocol)
        assert type(back_span) is TaggedSpan
        assert (back_span.start, back_span.end, back_span.tag) == (1, 4, "headline")
        assert type(back_official) is TaggedOfficial
        assert_same(back_official, official)
        assert type(back_nation) is Nation
        assert back_nation.name == "Republic of Azerbaijan"
