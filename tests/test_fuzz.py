"""Fuzzing ``defcoop.parse``: it never raises on a ``str``, and what it returns is valid and points into the text.

Three families of input:

- arbitrary Unicode text (hypothesis ``st.text()``);
- "word salad" from the extractor's own vocabulary (ranks, posts, names, countries, meeting verbs, dates,
  punctuation), which reaches deep into the pipeline much more often than random text;
- the bundled seed articles, mutated: insertions, deletions, duplicated and truncated stretches, case changes,
  Unicode confusables (Cyrillic and Greek look-alikes, full-width letters, typographic quotes and dashes) and
  zero-width characters.

For each, the article must be a valid ``Article`` (the model's validators check that every span lies inside the
text and every meeting participant is among the officials), keep the input text unchanged, quote non-empty
evidence for every official, and survive a JSON round trip.

The default budget is the suite's hypothesis profile (modest, for CI). For a long run, set
``DEFCOOP_FUZZ_EXAMPLES``, e.g.::

    DEFCOOP_FUZZ_EXAMPLES=1000000 pytest tests/test_fuzz.py -p no:randomly

which runs every property here with that many examples (no deadline; failures are shrunk and saved in the
hypothesis database as usual). An ``atheris`` harness for coverage-guided fuzzing is in ``fuzz/``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import defcoop

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]

_LONG_RUN = int(os.environ.get("DEFCOOP_FUZZ_EXAMPLES", "0"))
#: The settings of every property here: the suite's profile, or ``DEFCOOP_FUZZ_EXAMPLES`` examples.
fuzz_settings = (
    settings(max_examples=_LONG_RUN, deadline=None, suppress_health_check=list(HealthCheck))
    if _LONG_RUN
    else settings()
)


def check_article(article: defcoop.Article, text: str) -> None:
    """What every parse result must satisfy, whatever the input."""
    assert isinstance(article, defcoop.Article)
    assert article.text == text
    n = len(text)
    for official in article.officials:
        assert official.name.strip()
        for span in official.spans:
            assert 0 <= span.start < span.end <= n, (official.name, span)
    for meeting in article.meetings:
        for span in meeting.spans:
            assert 0 <= span.start <= span.end <= n
        assert set(meeting.participants) <= set(article.officials)
    assert defcoop.loads(defcoop.dumps(article)) == article


# ----------------------------------------------------------------------------------------------- arbitrary text


@fuzz_settings
@given(st.text(max_size=3000))
def test_arbitrary_text(text: str) -> None:
    check_article(defcoop.parse(text), text)


@fuzz_settings
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=500).map(lambda s: s * 5))
def test_repetitive_text(text: str) -> None:
    check_article(defcoop.parse(text), text)


# ----------------------------------------------------------------------------------------------- word salad

VOCABULARY = [
    # ranks and titles
    "General", "Colonel General", "Lieutenant General", "Major General", "Admiral", "Rear Admiral", "Colonel",
    "Lt. Gen.", "Maj.-Gen.", "Brig. Gen.", "Mr.", "Dr.", "Ambassador", "Chief of the General Staff",
    "Minister of Defense", "Minister of Defence", "Defence Minister", "Deputy Minister", "First Deputy",
    "Commander", "Chairman", "Secretary", "head of", "Chief of Staff", "Air Force", "Navy",
    # names (made up) and initials
    "Karim Valiyev", "Marat Khusainov", "Valiyev", "A.", "K. Valiyev", "O'Brien", "al-Rashid", "de la Cruz",
    "Ivan", "Petrov", "Khusainov's", "Valiyeva",
    # countries, demonyms, places
    "Azerbaijan", "Azerbaijani", "Kazakhstan", "Kazakh", "Republic of", "Russia", "Russian Federation",
    "Turkey", "Türkiye", "Pakistan", "Baku", "Astana", "Ankara", "Moscow", "NATO", "CSTO", "CIS", "UN",
    # meetings
    "met", "met with", "held talks with", "received", "visited", "will meet", "is expected to visit",
    "discussed", "signed", "agreement", "memorandum", "on the sidelines of", "phone call", "by video link",
    "cooperation", "military-technical", "exercises", "the parties", "the two sides", "said", "according to",
    # dates and times
    "on March 27", "27 March 2024", "Tuesday", "yesterday", "last week", "2024", "12.05.2024", "10:30", "GMT",
    # punctuation and structure
    ",", ".", ";", ":", "—", "-", "–", "(", ")", '"', "“", "”", "'", "’", "«", "»", "\n", "\n\n", "...", "&",
    "/", "|", "By", "Photo:", "Source:", "Read more", "Home > News", "http://example.org/a",
]  # fmt: skip


@st.composite
def word_salad(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(VOCABULARY), max_size=120))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", "", "  ", "\n", "\t", "\u00a0"]), min_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps[: len(words)], strict=True))


@fuzz_settings
@given(word_salad())
def test_word_salad(text: str) -> None:
    check_article(defcoop.parse(text), text)


# ------------------------------------------------------------------------------------------- mutated seeds

#: Look-alikes a scraper or an adversary may put in place of Latin letters and ASCII punctuation.
CONFUSABLES = {
    "a": "аɑα＠ａ", "c": "сϲｃ", "e": "еєｅ", "o": "оοօ０ｏ", "p": "рρｐ", "x": "хχｘ", "y": "уγｙ", "i": "іıｉ",
    "A": "АΑＡ", "B": "ВΒＢ", "C": "СϹＣ", "E": "ЕΕＥ", "H": "НΗＨ", "K": "КΚＫ", "M": "МΜＭ", "O": "ОΟＯ",
    "P": "РΡＰ", "T": "ТΤＴ", "X": "ХΧＸ", "G": "Ԍ", "S": "Ѕ", "-": "‐‑‒–—―−", "'": "’‘ʼ′", '"': "“”„″",
    " ": "\u00a0\u2002\u2009\u202f\u3000", ".": "․。", ",": "‚，",
}  # fmt: skip
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202c"


@st.composite
def mutation(draw: st.DrawFn, size: int) -> tuple[Any, ...]:
    """One edit, described as data so hypothesis can shrink it: ``(kind, position, ...)``."""
    kind = draw(st.sampled_from(["insert", "delete", "case", "confusable", "zero-width", "duplicate", "truncate"]))
    start = draw(st.integers(0, size))
    length = draw(st.integers(0, 200))
    if kind == "insert":
        return (kind, start, draw(st.one_of(st.text(max_size=40), word_salad())))
    if kind == "case":
        return (kind, start, length, draw(st.sampled_from(["upper", "lower", "swapcase", "title"])))
    if kind == "confusable":
        return (kind, start, length, draw(st.integers(0, 4)))
    if kind == "zero-width":
        return (kind, start, draw(st.text(alphabet=ZERO_WIDTH, min_size=1, max_size=5)))
    return (kind, start, length)


def apply(text: str, edit: tuple[Any, ...]) -> str:
    kind, start = edit[0], min(edit[1], len(text))
    if kind in ("insert", "zero-width"):
        return text[:start] + str(edit[2]) + text[start:]
    if kind == "truncate":
        return text[:start]
    end = min(len(text), start + edit[2])
    piece = text[start:end]
    if kind == "delete":
        return text[:start] + text[end:]
    if kind == "case":
        return text[:start] + str(getattr(piece, edit[3])()) + text[end:]
    if kind == "confusable":
        k = edit[3]
        swapped = "".join(CONFUSABLES[c][k % len(CONFUSABLES[c])] if c in CONFUSABLES else c for c in piece)
        return text[:start] + swapped + text[end:]
    assert kind == "duplicate"
    return text[:end] + piece + text[end:]


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEED_TEXTS))
    for edit in draw(st.lists(mutation(len(text)), min_size=1, max_size=8)):
        text = apply(text, edit)
    return text


@fuzz_settings
@given(mutated_seed())
def test_mutated_seed(text: str) -> None:
    check_article(defcoop.parse(text), text)


@fuzz_settings
@given(st.one_of(mutated_seed(), word_salad()))
def test_parse_is_deterministic(text: str) -> None:
    """No hidden state: the same text parses the same, whatever was parsed in between."""
    first = defcoop.parse(text)
    defcoop.parse(SEED_TEXTS[0])
    assert defcoop.parse(text) == first


@fuzz_settings
@given(st.sampled_from(SEED_TEXTS), st.text(alphabet=ZERO_WIDTH, min_size=1, max_size=1))
def test_zero_width_everywhere(seed: str, zw: str) -> None:
    text = zw.join(seed.split(" "))
    check_article(defcoop.parse(text), text)


@fuzz_settings
@given(st.sampled_from(SEED_TEXTS), st.sampled_from(["upper", "lower", "swapcase", "title"]))
def test_whole_seed_recased(seed: str, how: str) -> None:
    text = str(getattr(seed, how)())
    check_article(defcoop.parse(text), text)


# ----------------------------------------------------------------------------------- the mutators themselves


def test_mutations_change_the_text() -> None:
    text = "General Valiyev met Admiral Petrov."
    assert apply(text, ("insert", 8, "X")) == "General XValiyev met Admiral Petrov."
    assert apply(text, ("delete", 0, 8)) == "Valiyev met Admiral Petrov."
    assert apply(text, ("case", 0, 7, "upper")) == "GENERAL Valiyev met Admiral Petrov."
    assert apply(text, ("confusable", 0, 7, 0)) == "Ԍеnеrаl Valiyev met Admiral Petrov."
    assert apply(text, ("zero-width", 7, "\u200b")) == "General\u200b Valiyev met Admiral Petrov."
    assert apply(text, ("duplicate", 0, 8)) == "General General Valiyev met Admiral Petrov."
    assert apply(text, ("truncate", 7)) == "General"
    assert apply(text, ("delete", 500, 10)) == text
