"""Pathological inputs: ``defcoop.parse`` returns a valid ``Article`` for each, within a fixed, generous budget.

These are safety nets, not speed assertions: a budget of :data:`BUDGET` seconds for up to a megabyte of text is
two orders of magnitude above what a linear-time parse needs, and only a quadratic (or worse) stage overruns it.
Each input is parsed in a forked child process that is killed when it overruns, so a regression fails the test
instead of hanging the run. (Where ``fork`` is unavailable the parse runs in-process and is timed afterwards.)
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import NamedTuple

import pytest

import defcoop
from defcoop.parsing import DEFAULT_MAX_CHARS

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]

#: Seconds one parse may take. A linear parse of a megabyte takes a few seconds at most on one laptop core.
BUDGET = 10.0
MB = DEFAULT_MAX_CHARS  # the largest input parse accepts by default
#: Size of the runs and floods: large enough that a quadratic stage takes minutes (20,000 mentions, say), small
#: enough to keep the suite quick. The 1 MB single line and the seed articles repeated to 1 MB use the full limit.
RUN = 200_000


def _fill(unit: str, size: int = RUN) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _names(n: int, seed: int) -> str:
    """``n`` sentences naming distinct, made-up officials: the worst case for coreference."""
    rng = random.Random(seed)
    syllables = ["ka", "ri", "mo", "va", "le", "tu", "sha", "zan", "ber", "dor", "lin", "gu", "ne", "os"]
    ranks = ["General", "Colonel", "Major General", "Lieutenant General", "Admiral", "Minister"]

    def name() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    return " ".join(
        f"{rng.choice(ranks)} {name()} {name()} met {rng.choice(ranks)} {name()} {name()}." for _ in range(n)
    )


def _mixed_scripts(size: int) -> str:
    words = ["Министр", "обороны", "General", "国防部长", "وزير", "الدفاع", "Ηλίας", "שר", "Baku", "Бакы", "🇦🇿", "İl"]
    rng = random.Random(3)
    return " ".join(rng.choice(words) for _ in range(size // 6))[:size]


def _seed_line() -> str:
    return _fill(" ".join(t.replace("\n", " ") for t in SEED_TEXTS) + " ", MB)


def _html() -> str:
    return _fill(
        '<div class="nav"><a href="/">Home</a> &gt; <a href="/news">News</a></div>'
        '<p style="x">General <b>Karim</b> Valiyev met&nbsp;the&nbsp;Minister</p>\n<script>var a = [1,2];</script>\n'
    )


PATHOLOGICAL: dict[str, Callable[[], str]] = {
    # the list
    "capitals-run": lambda: _fill("A"),
    "capital-words": lambda: _fill("ABC "),
    "general-general": lambda: _fill("General "),
    "rank-chain": lambda: _fill("Colonel General Lieutenant General Major General Rear Admiral "),
    "dots": lambda: _fill("."),
    "dotted-initials": lambda: _fill("A. "),
    "ellipses": lambda: _fill("... "),
    "digits": lambda: _fill("1"),
    "dotted-digits": lambda: _fill("1."),
    "digit-groups": lambda: _fill("12 "),
    "dates": lambda: _fill("27 March 2024, "),
    "dashes": lambda: _fill("-"),
    "em-dashes": lambda: _fill("— "),
    "one-megabyte-line": _seed_line,
    "short-lines-200k": lambda: "\n".join(["Ab"] * 200_000),
    "empty-lines": lambda: _fill("\n"),
    "minister-of-chain": lambda: _fill("Minister of Defense of the Republic of ") + "Azerbaijan met him.",
    "names-4k": lambda: _names(4_000, seed=1),
    "capitalised-words": lambda: _fill("Abc Def Ghi Jkl "),
    "unbalanced-quotes": lambda: _fill('"Abc '),
    "unbalanced-guillemets": lambda: _fill("«General "),
    "open-parens": lambda: _fill("(Azerbaijan "),
    "mixed-scripts": lambda: _mixed_scripts(RUN),
    # more of what scrapers deliver
    "spaces": lambda: _fill(" "),
    "zero-width": lambda: _fill("\u200b"),
    "nbsp-words": lambda: _fill("General\u00a0Valiyev\u00a0"),
    "countries": lambda: _fill("Azerbaijan, Kazakhstan, Russia, Turkey and "),
    "meeting-verbs": lambda: _fill("met with held talks with received "),
    "month-names": lambda: _fill("March "),
    "html-debris": _html,
    "urls": lambda: _fill("https://example.org/a/b?c=d&e=f "),
    "seeds-repeated": lambda: _fill("\n\n".join(SEED_TEXTS) + "\n\n", MB),
    "control-soup": lambda: _fill("\x01\x02 General\x0b\x0c "),
    "replacement-chars": lambda: _fill("\ufffd"),
    "surrogate-free-emoji": lambda: _fill("🇦🇿🇰🇿 "),
}


class Outcome(NamedTuple):
    seconds: float
    officials: int
    meetings: int
    spans_inside: bool


def _measure(text: str) -> Outcome:
    start = time.perf_counter()
    article = defcoop.parse(text)
    elapsed = time.perf_counter() - start
    n = len(article.text)
    spans = [s for o in article.officials for s in o.spans] + [s for m in article.meetings for s in m.spans]
    inside = all(0 <= s.start <= s.end <= n for s in spans)
    return Outcome(elapsed, len(article.officials), len(article.meetings), inside)


def _child(text: str, conn: Connection) -> None:
    try:
        conn.send(_measure(text))
    except BaseException as exc:  # report the failure to the parent rather than dying silently
        conn.send(f"{type(exc).__name__}: {exc}")
    finally:
        conn.close()


def parse_with_deadline(text: str, budget: float) -> Outcome:
    """Parse ``text`` in a forked child, killed after ``budget`` seconds; fail the test on overrun or error."""
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        outcome = _measure(text)
        assert outcome.seconds < budget
        return outcome
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(text, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(budget):
            pytest.fail(f"parse did not finish within {budget:.0f} s on {len(text):,} characters")
        result = receive.recv()
    finally:
        child.kill()
        child.join()
        receive.close()
    if isinstance(result, str):
        pytest.fail(f"parse raised {result}")
    return result  # type: ignore[no-any-return]


@pytest.mark.slow
@pytest.mark.parametrize("make", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_input_parses_within_budget(make: Callable[[], str]) -> None:
    text = make()
    assert len(text) <= MB
    outcome = parse_with_deadline(text, BUDGET)
    assert outcome.spans_inside
    assert outcome.seconds < BUDGET


def test_inputs_are_as_large_as_announced() -> None:
    assert len(PATHOLOGICAL["one-megabyte-line"]()) == MB
    assert len(PATHOLOGICAL["digits"]()) == RUN
    assert len(PATHOLOGICAL["names-4k"]()) > RUN
    assert "\n" not in PATHOLOGICAL["one-megabyte-line"]()
    assert PATHOLOGICAL["short-lines-200k"]().count("\n") == 199_999


# ------------------------------------------------------------------------------------------ the input contract

NOT_TEXT = {
    "bytes": b"General Valiyev",
    "none": None,
    "int": 42,
    "list": ["General Valiyev"],
    "path": Path("seeds/000_d1acb722ab1e7364.txt"),
}


@pytest.mark.parametrize("value", NOT_TEXT.values(), ids=NOT_TEXT.keys())
def test_parse_rejects_what_is_not_str(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        defcoop.parse(value)  # type: ignore[arg-type]


def test_str_subclass_is_text() -> None:
    class Text(str):
        pass

    article = defcoop.parse(Text("Colonel General Karim Valiyev met Lieutenant General Marat Khusainov."))
    assert article.text == "Colonel General Karim Valiyev met Lieutenant General Marat Khusainov."


def test_default_limit_is_one_million_characters() -> None:
    with pytest.raises(defcoop.InputTooLarge) as info:
        defcoop.parse("." * (MB + 1))
    assert (info.value.size, info.value.limit) == (MB + 1, MB)
    assert isinstance(info.value, defcoop.DefcoopError)
    assert "max_chars" in str(info.value)


@pytest.mark.parametrize(("size", "raises"), [(99, False), (100, False), (101, True)], ids=["below", "at", "above"])
def test_custom_limit_boundary(size: int, raises: bool) -> None:
    text = _fill("General Valiyev. ", size)
    if raises:
        with pytest.raises(defcoop.InputTooLarge, match="101 characters, over the limit of 100"):
            defcoop.parse(text, max_chars=100)
    else:
        assert defcoop.parse(text, max_chars=100).text == text


def test_parse_many_reports_too_large_per_item() -> None:
    results = defcoop.parse_many(["Baku.", "." * (MB + 1)], workers=1, on_error="return")
    failure = results[1]
    assert isinstance(failure, defcoop.ParseFailure)
    assert failure.error_type == "InputTooLarge"


def test_parse_many_raises_too_large_from_a_worker() -> None:
    with pytest.raises(defcoop.InputTooLarge):
        defcoop.parse_many(["Baku.", "." * (MB + 1)], workers=2, chunksize=1)


@pytest.mark.parametrize("text", ["", " ", "\n", "\ufeff", "\x00", "a", ".", "«", "\ud800"], ids=repr)
def test_tiny_inputs(text: str) -> None:
    article = defcoop.parse(text)
    assert article.text == text
    assert article.officials == ()
