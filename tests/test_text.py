"""Sentences, paragraphs and page-furniture noise (``defcoop._text``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop._lang.en import metadata as page_words
from defcoop._text import covered, find_noise, lines, paragraphs, split_sentences
from defcoop.models import Span

SEEDS = {p.stem[:3]: p.read_text(encoding="utf-8") for p in Path(__file__).resolve().parent.parent.glob("seeds/*.txt")}


class Case(NamedTuple):
    text: str
    expected: list[str]


def _xfail(case: Case, reason: str) -> object:
    return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=reason))


SENTENCE_CASES = {
    # plain punctuation
    "two-sentences": Case("The minister arrived. He met the envoy.", ["The minister arrived.", "He met the envoy."]),
    "question-exclamation": Case("Why now? Because! Yes.", ["Why now?", "Because!", "Yes."]),
    "closing-quote": Case("“We agree,” he said. “Fine.” Then", ["“We agree,” he said.", "“Fine.”", "Then"]),
    "closing-bracket": Case("They met (in Baku.) Then left.", ["They met (in Baku.)", "Then left."]),
    "lower-case-after-period": Case("It was 5 p.m. when they met.", ["It was 5 p.m. when they met."]),
    "decimal-number": Case("Trade grew 3.5 percent. Good.", ["Trade grew 3.5 percent.", "Good."]),
    "glued-stop": Case("They met in the capital.The sides agreed.", ["They met in the capital.", "The sides agreed."]),
    "domain-is-not-glued-stop": Case("The ministry told News.Az about it.", ["The ministry told News.Az about it."]),
    "initial-is-not-glued-stop": Case("General S.Kamaletdinov spoke.", ["General S.Kamaletdinov spoke."]),
    "ellipsis-run": Case("And so... The end.", ["And so...", "The end."]),
    # abbreviations
    "ranks": Case(
        "Lt. Gen. Ivan Petrov and Col. Ali Khan met Adm. Lee and Maj. Kim.",
        ["Lt. Gen. Ivan Petrov and Col. Ali Khan met Adm. Lee and Maj. Kim."],
    ),
    "titles": Case(
        "Mr. Aliyev met Dr. Smith on St. George street.", ["Mr. Aliyev met Dr. Smith on St. George street."]
    ),
    "us": Case("The U.S. Defense Secretary met him.", ["The U.S. Defense Secretary met him."]),
    "abbrev-ends-sentence-before-starter": Case(
        "He moved to the U.S. The talks began.", ["He moved to the U.S.", "The talks began."]
    ),
    "initials-m-a": Case("Minister M. A. Khan spoke.", ["Minister M. A. Khan spoke."]),
    "initial-then-starter": Case("It was signed by John Q. He left.", ["It was signed by John Q.", "He left."]),
    "month-abbrev-before-number": Case("They met on Jan. 28 in Baku.", ["They met on Jan. 28 in Baku."]),
    "number-abbrev": Case("Resolution No. 5 passed. Next.", ["Resolution No. 5 passed.", "Next."]),
    "month-word-ending-sentence": Case("They met in Jan. The talks", ["They met in Jan.", "The talks"]),
    # initials
    "initial-with-space": Case(
        "Lieutenant General M. Khusainov noted it.", ["Lieutenant General M. Khusainov noted it."]
    ),
    "initial-glued": Case("General S.Kamaletdinov and Z.Hasanov met.", ["General S.Kamaletdinov and Z.Hasanov met."]),
    "cyrillic-initial": Case("Министр С. Шойгу прибыл. Он встретился.", ["Министр С. Шойгу прибыл.", "Он встретился."]),
    "two-initials": Case("Rear Admiral R.K. Sharma received them.", ["Rear Admiral R.K. Sharma received them."]),
    # lines and paragraphs
    "headline-without-period": Case(
        "Minister Meets Envoy\n\nThe minister met.", ["Minister Meets Envoy", "The minister met."]
    ),
    "line-break-ends-headline": Case(
        "Meeting at the Ministry\nThe minister met.", ["Meeting at the Ministry", "The minister met."]
    ),
    "soft-wrap-lower-case": Case("The minister met\nthe envoy today.", ["The minister met\nthe envoy today."]),
    "soft-wrap-after-comma": Case("The minister,\nGeneral Ali, came.", ["The minister,\nGeneral Ali, came."]),
    "soft-wrap-after-function-word": Case(
        "The First Deputy Minister of\nDefense arrived.", ["The First Deputy Minister of\nDefense arrived."]
    ),
    "hard-wrapped-paragraph": Case(
        "The First Deputy Minister of Defense of the country and Chief of\n"
        "Staff, Colonel General Ali Valiyev held a meeting with the Deputy\n"
        "Chief of the General Staff. The sides discussed cooperation in\n"
        "several fields.",
        [
            (
                "The First Deputy Minister of Defense of the country and Chief of\n"
                "Staff, Colonel General Ali Valiyev held a meeting with the Deputy\n"
                "Chief of the General Staff."
            ),
            "The sides discussed cooperation in\nseveral fields.",
        ],
    ),
    "glued-header-is-its-own-sentence": Case(
        " date 2022-12-01 The minister met the envoy. They talked.",
        ["date 2022-12-01", "The minister met the envoy.", "They talked."],
    ),
    "glued-header-and-wire-prefix": Case(
        " date 2022-12-01 (MENAFN- Wire) The minister met.", ["date 2022-12-01 (MENAFN- Wire)", "The minister met."]
    ),
    "blank-lines-with-spaces": Case("One.\n   \n\n\t\nTwo.", ["One.", "Two."]),
    "empty": Case("", []),
    "only-whitespace": Case(" \n\n\t ", []),
    # known gaps
    "gap-abbrev-ends-sentence-before-name": _xfail(
        Case("He moved to the U.S. Smith stayed.", ["He moved to the U.S.", "Smith stayed."]),
        "a dotted abbreviation before a name is never read as a sentence end",
    ),
    "gap-wrapped-two-line-paragraph": _xfail(
        Case(
            "The minister of defence of the country met\nGeneral Ali in the capital today.",
            ["The minister of defence of the country met\nGeneral Ali in the capital today."],
        ),
        "two-line paragraphs are read as headline + sentence",
    ),
}


@pytest.mark.parametrize("case", SENTENCE_CASES.values(), ids=SENTENCE_CASES.keys())
def test_split_sentences(case: Case) -> None:
    assert [s.of(case.text) for s in split_sentences(case.text)] == case.expected


def test_paragraph_numbers_count_the_whole_text() -> None:
    text = "Title\n\nOne. Two.\n\nThree."
    assert [(s.of(text), s.paragraph) for s in split_sentences(text)] == [
        ("Title", 0),
        ("One.", 1),
        ("Two.", 1),
        ("Three.", 2),
    ]
    start = text.index("Two")
    assert [(s.of(text), s.paragraph) for s in split_sentences(text, start)] == [("Two.", 1), ("Three.", 2)]


def test_region_is_clamped() -> None:
    text = "One. Two."
    assert [s.of(text) for s in split_sentences(text, -5, 99)] == ["One.", "Two."]
    assert split_sentences(text, 5, 2) == ()


def test_lines_and_paragraphs() -> None:
    text = " a \n\n b\nc \n"
    assert [s.of(text) for s in lines(text)] == ["a", "b", "c"]
    assert [s.of(text) for s in paragraphs(text)] == ["a", "b\nc"]


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="needs a str"):
        split_sentences(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs a str"):
        find_noise(b"x")  # type: ignore[arg-type]


NOISE_CASES = {
    # header stamps
    "header-date-widget": Case(" date 2022-10-11 + ↺ − 16 px\n\nText.", ["date 2022-10-11 + ↺ − 16 px"]),
    "header-date-stamp": Case(
        " date 2023-07-07 7 July 2023 17:31 (UTC+04:00)\n\nText.", ["date 2023-07-07 7 July 2023 17:31 (UTC+04:00)"]
    ),
    "header-date-glued-to-content": Case(" date 2022-12-01 The minister met X.", ["date 2022-12-01"]),
    "header-date-url": Case(
        " date 2024-01-02 https://example.com/a/b.html\n\nText.", ["date 2024-01-02 https://example.com/a/b.html"]
    ),
    "header-date-share": Case(" date 2022-11-17 Share:\n\nText.", ["date 2022-11-17 Share:"]),
    "timestamp-line": Case("Talks\n\n7 July 2023 17:31 (UTC+04:00)\n\nText.", ["7 July 2023 17:31 (UTC+04:00)"]),
    "weekday-timestamp": Case("Monday 11 May 2015 - 09:20\nText.", ["Monday 11 May 2015 - 09:20"]),
    "published-label": Case("Published : 03/02/2022 09:10 AM\nText.", ["Published : 03/02/2022 09:10 AM"]),
    "release-label": Case("FOR IMMEDIATE RELEASE June 3, 2001\nText.", ["FOR IMMEDIATE RELEASE June 3, 2001"]),
    "ru-stamp": Case("Text.\n\n14 мар 2022, 16:20", ["14 мар 2022, 16:20"]),
    "timestamp-with-byline": Case(
        "9 May 2011 - 08:40 By Staff Writers\nText.", ["9 May 2011 - 08:40 By Staff Writers"]
    ),
    "posted-on-label": Case("Posted on: April 5, 2024\nText.", ["Posted on: April 5, 2024"]),
    "updated-with-zone": Case(
        "Last Updated: 05 Apr 2024, 10:15 AM IST\nText.", ["Last Updated: 05 Apr 2024, 10:15 AM IST"]
    ),
    "time-first-then-date": Case("09:45, 12 June 2023 | GMT +5\nText.", ["09:45, 12 June 2023 | GMT +5"]),
    "reading-time": Case("5 Apr 2024 · 3 min read\nText.", ["5 Apr 2024 · 3 min read"]),
    "iso-with-time": Case("2024-04-25T10:15:00Z\nText.", ["2024-04-25T10:15:00Z"]),
    "weekday-numeric-stamp": Case("Thu, 04/25/2024 - 10:15\nText.", ["Thu, 04/25/2024 - 10:15"]),
    "byline-then-date": Case("By John Doe | April 5, 2024\nText.", ["By John Doe | April 5, 2024"]),
    "posted-by-on": Case("Posted by Ann Lee on April 5, 2024\nText.", ["Posted by Ann Lee on April 5, 2024"]),
    "date-then-section": Case("2017-08-17 | Politics\nText.", ["2017-08-17 | Politics"]),
    "dotted-time-and-zone": Case(
        "First published on Fri 5 Apr 2024 10.15 BST\nText.", ["First published on Fri 5 Apr 2024 10.15 BST"]
    ),
    "trailing-byline-after-bar": Case(
        "April 5, 2024 | By Ann Lee, Some News\nText.", ["April 5, 2024 | By Ann Lee, Some News"]
    ),
    "ru-label-stamp": Case("Опубликовано: 20.10.2025 14:35\nText.", ["Опубликовано: 20.10.2025 14:35"]),
    "ru-year-marker-stamp": Case("20 октября 2025 г., 14:35\nText.", ["20 октября 2025 г., 14:35"]),
    "zone-without-time-is-not-stamp": Case("NATO 25 April 2024\nText.", []),
    "hours-ago": Case("Text.\n17 hours ago", ["17 hours ago"]),
    # page furniture
    "view-counter": Case("Text.\n525 views", ["525 views"]),
    "attribution-line": Case("Daily Gazette report\nText.", ["Daily Gazette report"]),
    "breadcrumb": Case("Home / featured / Talks held\n\nText.", ["Home / featured / Talks held"]),
    "section-breadcrumb": Case("REGION - NORTH > NEWS\n\nText.", ["REGION - NORTH > NEWS"]),
    "rule": Case("Text.\n\n---\n\n", ["---"]),
    "photo-credit-line": Case("Photo: Ministry press service\nText.", ["Photo: Ministry press service"]),
    "photo-credit-inline": Case("A caption here (Photo: AGENCY)\nText.", ["(Photo: AGENCY)"]),
    "photo-courtesy-suffix": Case("Minister named Photo courtesy of site.kz\nText.", ["Photo courtesy of site.kz"]),
    "photo-credit-trailing": Case(
        "The ministers met in the capital Photo: Press service\nText.", ["Photo: Press service"]
    ),
    "reporting-credit": Case(
        "Text.\n(Reporting by Ann Lee; Editing by Bo Kim)", ["(Reporting by Ann Lee; Editing by Bo Kim)"]
    ),
    "byline-by": Case("Text.\n\nBy Rashid Shirinov", ["By Rashid Shirinov"]),
    "byline-about": Case("Text.\n\nAbout Fidan Abdullayeva", ["About Fidan Abdullayeva"]),
    "byline-author": Case("Text.\nAuthor: Jane Roe", ["Author: Jane Roe"]),
    "outlet-tag": Case("Text.\n\nNews.Az", ["News.Az"]),
    "source-tag": Case("Text.\n\nSource: NewsWire", ["Source: NewsWire"]),
    "share-widget": Case("Share\nText.\nRead more", ["Share", "Read more"]),
    "subscribe-prompt": Case(
        "Text.\nSubscribe to our channel to keep in touch.", ["Subscribe to our channel to keep in touch."]
    ),
    "copyright": Case("Text.\n[Copyright The Agency, Ltd.]", ["[Copyright The Agency, Ltd.]"]),
    "end-marker": Case("Text.\nEND", ["END"]),
    "url-line": Case("Text.\nhttps://example.com/a/b.html", ["https://example.com/a/b.html"]),
    "header-and-wire-prefix": Case(" date 2024-01-02 (MENAFN- Wire) Text.", ["date 2024-01-02 (MENAFN- Wire)"]),
    "wire-prefix": Case("(MENAFN- Some Agency) CITY, May 2. Text.", ["(MENAFN- Some Agency)"]),
    "story-code": Case("Story Code : 123456\nText.", ["Story Code : 123456"]),
    # content is not noise
    "by-in-prose": Case("By contrast, the minister met the envoy on Monday.", []),
    "about-in-prose": Case("About 300 troops took part in the drills.", []),
    "date-in-prose": Case("On April 25, 2024 the minister met the envoy.", []),
    "plain-text": Case("The minister met the envoy.", []),
    "enumeration-is-not-copyright": Case("(c) the parties agreed to hold drills.", []),
    "source-in-prose": Case("A source close to the ministry said talks went well.", []),
    # known gaps
    "gap-caption-line": _xfail(
        Case("Minister A and Minister B\nText of the article.", ["Minister A and Minister B"]),
        "photo captions without a credit look like headlines",
    ),
}


@pytest.mark.parametrize("case", NOISE_CASES.values(), ids=NOISE_CASES.keys())
def test_find_noise(case: Case) -> None:
    assert [s.of(case.text) for s in find_noise(case.text)] == case.expected


SEED_NOISE = {
    "000": ["By Rashid Shirinov"],
    "001": ["date 2022-10-11 + ↺ − 16 px", "News.Az"],
    "002": ["date 2023-07-07 7 July 2023 17:31 (UTC+04:00)", "---"],
    "003": ["date 2024-04-25 + ↺ − 16 px", "News.Az"],
    "004": [
        "Home / featured / Azerbaijan and Kazakhstan are friendly countries that enjoy strategic relationship",
        "About Fidan Abdullayeva",
    ],
}


@pytest.mark.parametrize(("seed", "expected"), SEED_NOISE.items(), ids=SEED_NOISE.keys())
def test_seed_noise(seed: str, expected: list[str]) -> None:
    text = SEEDS[seed]
    assert [s.of(text) for s in find_noise(text)] == expected


SEED_SENTENCES = {
    "001-compound-post-one-sentence": (
        "001",
        (
            "Colonel General Karim Valiyev has met with the First Deputy Minister of Defense – "
            "Chief of the General Staff of the Armed Forces of Kazakhstan, Lieutenant General Marat Khusainov."
        ),
    ),
    "003-initial-with-space": (
        "003",
        "Colonel General Z. Hasanov welcomed the guests and expressed his satisfaction with seeing them in Azerbaijan.",
    ),
    "003-glued-initial": (
        "003",
        "Lieutenant General S.Kamaletdinov, expressed his gratitude for the warm welcome and hospitality.",
    ),
    "003-mr-title": ("003", "Supreme Commander-in-Chief of the Armed Forces, Mr. Ilham Aliyev."),
    "000-headline": ("000", "Kazakhstan Interested In Azerbaijan’s Experience In Defense Industry Sector"),
    "002-outlet-cue-after-sentence": ("002", "Azernews reports"),
}


@pytest.mark.parametrize(("seed", "piece"), SEED_SENTENCES.values(), ids=SEED_SENTENCES.keys())
def test_seed_sentences(seed: str, piece: str) -> None:
    text = SEEDS[seed]
    sentences = [s.of(text) for s in split_sentences(text)]
    assert any(s.endswith(piece) for s in sentences), piece


def test_page_word_lists_are_lower_case() -> None:
    for words in (
        page_words.TITLE_ABBREVIATIONS,
        page_words.NUMERIC_ABBREVIATIONS,
        page_words.WIDGET_LINES,
        page_words.BOILERPLATE_LINE_STARTS,
        page_words.DATE_LABELS,
        page_words.OUTLET_AGENCIES,
    ):
        assert all(w == w.lower().strip() and w for w in words)


# --------------------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    ["Gen.", "Lt.", "U.S.", "M.", "S.Kamal", "met", "The", "minister", ".", "!", "?", "”", "\n", "\n\n", " ", "a", "25"]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=60).map("".join))


@given(_TEXTS)
def test_sentences_cover_the_text_in_order(text: str) -> None:
    sentences = split_sentences(text)
    covered = [False] * len(text)
    last = 0
    for s in sentences:
        assert last <= s.span.start < s.span.end <= len(text)
        assert s.of(text) == s.of(text).strip()
        for i in range(s.span.start, s.span.end):
            covered[i] = True
        last = s.span.end
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))
    assert [s.paragraph for s in sentences] == sorted(s.paragraph for s in sentences)


@given(_TEXTS)
def test_noise_spans_index_the_text_without_overlap(text: str) -> None:
    last = 0
    for span in find_noise(text):
        assert last <= span.start < span.end <= len(text)
        last = span.end


@given(st.sampled_from(list(SEEDS.values())), st.integers(0, 5000), st.integers(0, 5000))
def test_regions_agree_with_the_whole_text(text: str, a: int, b: int) -> None:
    start, end = sorted((a, b))
    whole = split_sentences(text)
    part = split_sentences(text, start, end)
    inside = [s for s in whole if start <= s.span.start and s.span.end <= end]
    assert all(s in part for s in inside)


@given(st.lists(st.integers(0, 200), max_size=20), st.integers(0, 200), st.integers(0, 30))
def test_covered_agrees_with_a_scan(cuts: list[int], start: int, length: int) -> None:
    points = sorted(set(cuts))
    spans = tuple(Span(a, b) for a, b in zip(points[::2], points[1::2], strict=False) if a < b)
    span = Span(start, start + length)
    assert covered(span, spans) == any(n.start <= span.start and span.end <= n.end for n in spans)


PATHOLOGICAL = {
    "dots": "." * 200_000,
    "abbreviations": "Gen. " * 40_000,
    "initials": "A. " * 60_000,
    "capitals": "A" * 200_000,
    "digits": "1" * 200_000,
    "one-long-line": "word " * 200_000,
    "many-short-lines": "a\n" * 100_000,
    "many-blank-lines": "\n \n" * 60_000,
    "dashes": "-" * 200_000,
    "quotes-and-stops": ".”" * 100_000,
    "breadcrumbs": "a > " * 50_000,
    "widget-lines": "Read more\nThe minister met the envoy.\n" * 20_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_linear_time_on_pathological_input(text: str) -> None:
    t0 = time.perf_counter()
    split_sentences(text)
    find_noise(text)
    assert time.perf_counter() - t0 < 10.0
