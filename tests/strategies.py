"""Hypothesis strategies for every defcoop model.

Import them in tests: ``from strategies import articles, meetings, officials, countries, spans``
(``tests/`` is on ``sys.path`` through ``conftest.py``).

Every strategy builds valid models: spans fit the text they are drawn for, and an article's meeting
participants are among its officials.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from defcoop import countries as _countries
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Span, Topic

__all__ = [
    "articles",
    "countries",
    "dates",
    "meetings",
    "names",
    "officials",
    "optional_texts",
    "spans",
    "texts",
]

#: Text without surrogates (which JSON cannot carry as UTF-8).
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)

#: Non-empty, stripped strings: what the models' converters leave of a name or a post.
names = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=25).map(str.strip).filter(bool)

#: ``None`` or a name.
optional_texts = st.none() | names

#: Dates in a range news articles can carry.
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))

#: Any ISO 3166-1 country.
countries: st.SearchStrategy[Country] = st.sampled_from(_countries.all_countries())


@st.composite
def spans(draw: st.DrawFn, text_length: int = 200) -> Span:
    """A span inside a text of ``text_length`` characters."""
    start = draw(st.integers(0, text_length))
    end = draw(st.integers(start, text_length))
    return Span(start, end)


def officials(text_length: int = 200) -> st.SearchStrategy[Official]:
    """An official whose spans fit a text of ``text_length`` characters."""
    return st.builds(
        Official,
        name=names,
        country=st.none() | countries,
        rank=optional_texts,
        posts=st.lists(names, max_size=3).map(tuple),
        spans=st.lists(spans(text_length), max_size=3).map(tuple),
        name_latin=optional_texts,
    )


def meetings(
    text_length: int = 200, participants: st.SearchStrategy[tuple[Official, ...]] | None = None
) -> st.SearchStrategy[Meeting]:
    """A meeting whose spans fit a text of ``text_length`` characters.

    Args:
        text_length: Length of the text the spans index.
        participants: Where to draw the participants from (default: fresh officials).
    """
    if participants is None:
        participants = st.lists(officials(text_length), max_size=3).map(tuple)
    return st.builds(
        Meeting,
        date=st.none() | dates,
        location=optional_texts,
        countries=st.lists(countries, max_size=4).map(tuple),
        participants=participants,
        host=st.none() | countries,
        kind=st.sampled_from(MeetingKind),
        status=st.sampled_from(MeetingStatus),
        topics=st.frozensets(st.sampled_from(Topic), max_size=4),
        occasion=optional_texts,
        agreements=st.lists(names, max_size=3).map(tuple),
        spans=st.lists(spans(text_length), max_size=3).map(tuple),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article whose spans fit its text and whose meeting participants are among its officials."""
    text = draw(st.text(st.characters(exclude_categories=("Cs",)), max_size=300))
    n = len(text)
    people = tuple(draw(st.lists(officials(n), max_size=4, unique=True)))
    chosen = st.lists(st.sampled_from(people), max_size=3, unique=True).map(tuple) if people else st.just(())
    return Article(
        text,
        title=draw(optional_texts),
        published=draw(st.none() | dates),
        outlet=draw(optional_texts),
        author=draw(optional_texts),
        url=draw(optional_texts),
        language=draw(st.from_regex(r"[a-z]{2,3}", fullmatch=True)),
        officials=people,
        meetings=tuple(draw(st.lists(meetings(n, chosen), max_size=3))),
    )
