"""What the meeting stage reads from an article's sentences at once: topics (the one-pass scan finds what the plain
alternation of all cues finds, sentence by sentence), and the words that must occur before a cue is searched."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defcoop._lang import Language, drop_leading_boundaries, get
from defcoop._meetings import (
    _AGREEMENT_CUE,
    _finditer_ignoring_case,
    _group,
    _join,
    _leading_words,
    _lower_source,
    _lowered,
    _may_match,
    _read_cues,
    _read_dates,
    _read_topics,
    _search_ignoring_case,
    _search_word_start,
    _Sentence,
    _topic_scan,
    lower_same_length,
    topics_of,
)
from defcoop.models import Span, Topic


def _plain(text: str, language: Language) -> frozenset[Topic]:
    """The topics of ``text`` by the plain alternation: every cue tried at every word start, left to right."""
    cues = language.topic_cues
    sources = [drop_leading_boundaries(_lower_source(c.pattern)) for _t, c in cues]
    source = "|".join(f"(?P<t{i}>{s})" for i, s in enumerate(sources))
    pattern = re.compile(rf"\b(?=\w)(?:{source})")
    return frozenset(
        language.topic_cues[int(m.lastgroup[1:])][0] for m in pattern.finditer(lower_same_length(text)) if m.lastgroup
    )


_WORDS = {
    "en": ["military", "cooperation", "co-operation", "defence", "industry", "joint", "exercises", "drills", "war",
           "Karabakh", "peace-keeping", "counter-terrorism", "the", "in", "region", "situation", "security",
           "regional", "and", "international", "cyber", "medical", "plan", "IDEAS", "arms", "sales", "attaché", "é"],
    "ru": ["военного", "и", "военно-технического", "сотрудничества", "в", "сфере", "обороны", "учения",
           "совместные", "Армия-2022", "безопасности", "регионе", "план", "кибер", "миротворцы"],
}  # fmt: skip
_GLUE = [" ", "  ", "-", "(", ")", ", ", ".", "\n", "\u00a0", '"', "“", ""]


@pytest.mark.parametrize("code", ["en", "ru"])
def test_every_cue_starts_with_a_plain_letter(code: str) -> None:
    assert _topic_scan(get(code)) is not None


@pytest.mark.parametrize("code", ["en", "ru"])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_scan_finds_what_the_plain_alternation_finds(code: str, data: st.DataObject) -> None:
    language = get(code)
    words = data.draw(st.lists(st.tuples(st.sampled_from(_WORDS[code]), st.sampled_from(_GLUE)), max_size=12))
    text = "".join(w + g for w, g in words)
    assert topics_of(text, language) == _plain(text, language)


def test_sentences_are_read_on_their_own() -> None:
    language = get("en")
    texts = ["They held joint", "exercises and talks on military", "cooperation.", "Peace-keeping", ""]
    sentences = [_sentence(k, t) for k, t in enumerate(texts)]
    _read_topics(sentences, language)
    assert [s.topics for s in sentences] == [_plain(t, language) for t in texts]
    assert sentences[1].topics == frozenset({Topic.EXERCISES})
    sentences = [_sentence(k, t) for k, t in enumerate(texts)]
    _read_topics(sentences, language, _join([s.low for s in sentences]))
    assert [s.topics for s in sentences] == [_plain(t, language) for t in texts]


@pytest.mark.parametrize("code", ["en", "ru"])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_joined_scan_reads_each_sentence_as_on_its_own(code: str, data: st.DataObject) -> None:
    language = get(code)
    scan = _topic_scan(language)
    assert scan is not None
    assert scan.dotted
    sentence = st.lists(st.tuples(st.sampled_from(_WORDS[code]), st.sampled_from(_GLUE)), max_size=8).map(
        lambda words: "".join(w + g for w, g in words)
    )
    texts = data.draw(st.lists(sentence, max_size=5))
    sentences = [_sentence(k, t) for k, t in enumerate(texts)]
    _read_topics(sentences, language, _join([s.low for s in sentences]))
    assert [s.topics for s in sentences] == [_plain(t, language) for t in texts]


def test_a_cue_without_a_plain_first_letter_is_read_sentence_by_sentence() -> None:
    cues = ((Topic.CYBER, re.compile(r"\b(?:cyber|hacker)")), (Topic.EXERCISES, re.compile(r"\bdrills?\b")))
    language = attrs.evolve(get("en"), code="test-topics", topic_cues=cues)
    assert _topic_scan(language) is None
    sentences = [_sentence(0, "Hackers and drills."), _sentence(1, "Nothing here.")]
    _read_topics(sentences, language)
    assert [s.topics for s in sentences] == [frozenset({Topic.CYBER, Topic.EXERCISES}), frozenset()]


def _sentence(index: int, text: str) -> _Sentence:
    return _Sentence(
        index=index, span=Span(0, len(text)), text=text, low=lower_same_length(text), people=[], mentioned=[],
        country_mentions=[], meeting=False, announced=False, backref=False, attended=False, separate=False,
        joint=False, sides={}, delegation_sides=set(), visited=None, positions={},
    )


@pytest.mark.parametrize(
    ("source", "flags", "words"),
    [
        (r"\bsigned\s+(?:an?\s+)?(\w+)", re.IGNORECASE, ("sign",)),
        (r"\bHere\b|\bthere|\btheirs", 0, ("Here", "ther", "thei")),
        (r"\bmets?\b|\bheld", 0, ("met", "held")),
        (r"\b(?:met|held)\b", 0, None),
        (r"\bmet\b|\bat\b", 0, None),
        (r"signed", re.VERBOSE, None),
    ],
)
def test_leading_words(source: str, flags: int, words: tuple[str, ...] | None) -> None:
    assert _leading_words(re.compile(source, flags)) == words


_VARIANTS = {"s": "sSſ", "i": "iIİı", "g": "gG", "n": "nN", "e": "eE", "d": "dD"}


@settings(max_examples=300, deadline=None)
@given(st.tuples(*(st.sampled_from(_VARIANTS[c]) for c in "signed")).map("".join), st.sampled_from(["", " ", "x"]))
def test_a_sentence_a_pattern_matches_is_marked_with_its_cue(word: str, glue: str) -> None:
    for agreement in (re.compile(r"\bsigned\b", re.IGNORECASE), re.compile(r"\bsigned\b"), re.compile("signed")):
        language = attrs.evolve(get("en"), agreement=agreement)
        sentences = [_sentence(0, "They met."), _sentence(1, f"They {word}{glue} it.")]
        _read_cues(sentences, language)
        assert sentences[0].cues == 0
        if agreement.search(sentences[1].text):
            assert sentences[1].cues == _AGREEMENT_CUE


def test_cues_are_read_sentence_by_sentence() -> None:
    texts = ["They signed", "a plan.", "No deal.", "SIGNED.", ""]
    sentences = [_sentence(k, t) for k, t in enumerate(texts)]
    _read_cues(sentences, get("en"))
    assert [s.cues for s in sentences] == [_AGREEMENT_CUE, 0, 0, _AGREEMENT_CUE, 0]
    sentences = [_sentence(0, "They \u017figned a plan."), _sentence(1, "They met.")]
    _read_cues(sentences, get("en"))  # "ſigned" may match the agreement pattern, which ignores case
    assert [s.cues for s in sentences] == [_AGREEMENT_CUE, 0]
    sentences = [_sentence(0, "They met."), _sentence(1, "No deal."), _sentence(2, "")]
    _read_cues(sentences, get("en"))  # no sentence holds a word: none is read on its own
    assert [s.cues for s in sentences] == [0, 0, 0]
    sentences = [_sentence(0, "They met in İzmir."), _sentence(1, "No deal.")]
    _read_cues(sentences, get("en"))  # "İ" may be read as "i" by the pattern, which ignores case
    assert [s.cues for s in sentences] == [_AGREEMENT_CUE, 0]
    sentences = [_sentence(0, "Они ПОДПИСАЛИ план."), _sentence(1, "Нет."), _sentence(2, "Они обсуᲁили план.")]
    _read_cues(sentences, get("ru"))  # the odd-case "д" (U+1C81) may be read as "д" by the pattern, which ignores case
    assert [s.cues for s in sentences] == [_AGREEMENT_CUE, 0, _AGREEMENT_CUE]
    russian = get("ru")
    no_words = attrs.evolve(russian, code="ru-no-agreement-words", cue_words={
        name: words for name, words in russian.cue_words.items() if name != "agreement"
    })
    sentences = [_sentence(0, "Они подписали план."), _sentence(1, "Нет.")]
    _read_cues(sentences, no_words)  # no words known for the pattern: every sentence may hold it
    assert [s.cues for s in sentences] == [_AGREEMENT_CUE, _AGREEMENT_CUE]


@settings(max_examples=300, deadline=None)
@given(st.tuples(*(st.sampled_from(_VARIANTS[c]) for c in "signed")).map("".join), st.sampled_from(["", " ", "x"]))
def test_may_match_is_false_only_without_a_match(word: str, glue: str) -> None:
    text = f"They {word}{glue} it."
    for pattern in (re.compile(r"\bsigned\b", re.IGNORECASE), re.compile(r"\bsigned\b"), re.compile("signed")):
        if pattern.search(text):
            assert _may_match(pattern, text)
    assert not _may_match(re.compile("signed", re.IGNORECASE), "They met.")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["during", "at", "for", "as part of", "the", "Summit", "CSTO", "of", "2024", "x",
                                 "his", "visit", "fair", "(", ")", ", ", ".", "-", "\n", " ", "  ", "é"]),
                max_size=14).map("".join))
def test_word_start_search_finds_the_first_match(text: str) -> None:
    patterns = (get("en").occasion, get("ru").occasion, get("en").same_visit, get("en").event_ref,
                re.compile(r"\b(?:at|for)\s+(\w+)"), re.compile(r"\b(?=\w)(?:at|for(\s+\w+)?)"),
                re.compile(r"\b(?:at|for)(\s+\w+)|\bthe"))  # fmt: skip
    for pattern in patterns:
        assert pattern is not None
        found, first = _search_word_start(pattern, text), pattern.search(text)
        assert (found and found.regs[1:]) == (first and first.regs[1:])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["On", "the", "SIDELINES", "Margin", "of", "Signed", "an", "Agreement", "x", ","]),
                max_size=12).map(" ".join))
def test_lowered_patterns_find_what_case_insensitive_ones_find(text: str) -> None:
    for pattern in (get("en").sidelines, get("en").agreement):
        lowered = _lowered(pattern)
        assert lowered is not None
        assert [m.span(1) for m in lowered.finditer(text.lower())] == [m.span(1) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["On", "the", "SIDELINES", "Margin", "of", "Signed", "an", "Agreement", "x", ",",
                                 "é", "É", "ı", "İ", "ſigned", "\u212aazakh", "Plan", "’s", "СИГНЕД"]),
                max_size=12).map(" ".join))
def test_lowered_patterns_find_in_any_text_what_case_insensitive_ones_find(text: str) -> None:
    for pattern in (get("en").sidelines, get("en").agreement):
        got = [(m.span(1), _group(text, m, 1)) for m in _finditer_ignoring_case(pattern, text)]
        assert got == [(m.span(1), m.group(1)) for m in pattern.finditer(text)]
        found, first = _search_ignoring_case(pattern, text), pattern.search(text)
        assert (found and found.regs) == (first and first.regs)


def test_lower_casing_reads_ascii_letters_and_word_characters_as_a_case_insensitive_pattern_does() -> None:
    import string
    import sys

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    lowered = lower_same_length(chars)
    odd = {"ı", "İ", "ſ"}
    for source in (*string.ascii_lowercase, "[a-z]", "[^a-z]", "[A-Z]"):
        insensitive = {m.start() for m in re.finditer(source, chars, re.IGNORECASE)}
        plain = {m.start() for m in re.finditer(_lower_source(source), lowered)}
        assert {chars[at] for at in insensitive ^ plain} <= odd, source
    word = re.compile(r"\w")
    assert [m.start() for m in word.finditer(chars)] == [m.start() for m in word.finditer(lowered)]


def test_patterns_that_are_not_lowered() -> None:
    assert _lowered(re.compile("signed")) is None  # not case-insensitive
    assert _lowered(re.compile(r"\x53igned", re.IGNORECASE)) is None
    assert _lowered(re.compile("[A-z]igned", re.IGNORECASE)) is None
    assert _lowered(re.compile("подписал", re.IGNORECASE)) is None
    assert _lowered(re.compile("[A-Z]igned", re.IGNORECASE)) is not None


@pytest.mark.parametrize("code", ["en", "ru"])
def test_dates_are_read_only_where_not_read_yet(code: str) -> None:
    language = get(code)
    texts = ["On 5 May 2024 they met.", "On 6 May 2024 again.", "On 7 May 2024 too.", "No date."]
    sentences = [_sentence(k, t) for k, t in enumerate(texts)]
    sentences[2].dates = ()  # read by no sitting: left alone
    _read_dates(sentences, language)
    assert [[(d.month, d.day) for d in s.dates or ()] for s in sentences] == [[(5, 5)], [(5, 6)], [], []]
    assert sentences[1].dates is not None
    assert [d.span for d in sentences[1].dates] == [Span(3, 13)]
