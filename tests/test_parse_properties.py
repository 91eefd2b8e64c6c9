"""Properties of parse: never raises, spans index the text, invariances of spelling and layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import defcoop

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
WORDS = st.sampled_from(["Colonel", "General", "Minister", "of", "Defense", "Kazakh", "met", "Baku", "Zakir",
                         "Hasanov", ",", ".", "\n", "the", "delegation", "led", "by", "M.", "'s", "–", "(", ")"])


def _summary(a: defcoop.Article) -> tuple[object, ...]:
    return (
        sorted((o.name, o.country.code if o.country else None, o.rank) for o in a.officials),
        sorted((tuple(c.code for c in m.countries), tuple(sorted(p.name for p in m.participants)), m.date)
               for m in a.meetings),
    )


def _check(a: defcoop.Article) -> None:
    n = len(a.text)
    officials = set(a.officials)
    for o in a.officials:
        assert all(0 <= s.start <= s.end <= n for s in o.spans)
    for m in a.meetings:
        assert set(m.participants) <= officials
        assert len(m.countries) >= 2
        assert all(0 <= s.start <= s.end <= n for s in m.spans)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_parse_never_raises_on_any_text(text: str) -> None:
    _check(defcoop.parse(text))


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_parse_never_raises_on_official_like_text(text: str) -> None:
    _check(defcoop.parse(text))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_spans_and_participants(path: Path) -> None:
    _check(defcoop.parse_file(path))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_defence_spelling_does_not_matter(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _summary(defcoop.parse(text)) == _summary(defcoop.parse(text.replace("Defense", "Defence")))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_rank_abbreviation_does_not_matter(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _summary(defcoop.parse(text)) == _summary(defcoop.parse(text.replace("Colonel General", "Col-Gen")))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_extra_spaces_do_not_matter(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _summary(defcoop.parse(text)) == _summary(defcoop.parse(text.replace(". ", ".  ")))


def test_type_error_and_size_limit() -> None:
    with pytest.raises(TypeError, match="str"):
        defcoop.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(defcoop.InputTooLarge):
        defcoop.parse("x" * 11, max_chars=10)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_swapping_two_body_paragraphs_does_not_matter(path: Path, data: st.DataObject) -> None:
    text = path.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    # the lead (headline, stamp, first paragraph) stays; any two neighbouring paragraphs after it swap
    i = data.draw(st.integers(min_value=2, max_value=max(2, len(paragraphs) - 3)))
    swapped = list(paragraphs)
    swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    assert _summary(defcoop.parse(text)) == _summary(defcoop.parse("\n\n".join(swapped)))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_recasing_page_furniture_does_not_matter(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    recased = text.replace("News.Az", "NEWS.AZ").replace("By Rashid", "BY Rashid").replace("About Fidan", "ABOUT Fidan")
    assert _summary(defcoop.parse(text)) == _summary(defcoop.parse(recased))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_blank_lines_holding_spaces_do_not_matter(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _summary(defcoop.parse(text)) == _summary(defcoop.parse(text.replace("\n\n", "\n \n")))
