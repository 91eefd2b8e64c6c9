"""``defcoop.parse_many`` on a process pool, and the Dask recipe of ``defcoop.parallel``'s docstring."""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import defcoop
from defcoop import parallel
from defcoop._textio import DecodingWarning
from defcoop.parallel import ParseFailure

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
RU = "Министр обороны Азербайджана Закир Гасанов встретился с делегацией Казахстана в Баку."


def _texts(n: int) -> list[str]:
    """Distinct texts, so that a reordering would show."""
    return [f"{SEED_TEXTS[i % len(SEED_TEXTS)]}\n\nReference {i}." for i in range(n)]


# ------------------------------------------------------------------------------------------ results and order


@pytest.mark.parametrize(
    ("workers", "chunksize"),
    [(1, None), (2, None), (2, 1), (2, 7), (None, None)],
    ids=["in-process", "two-workers", "chunks-of-1", "chunks-of-7", "default-workers"],
)
def test_same_results_in_the_same_order_as_parse(workers: int | None, chunksize: int | None) -> None:
    texts = _texts(23)
    results = defcoop.parse_many(texts, workers=workers, chunksize=chunksize)
    assert results == [defcoop.parse(t) for t in texts]


def test_empty_input() -> None:
    assert defcoop.parse_many([], workers=2) == []


def test_accepts_any_iterable() -> None:
    results = defcoop.parse_many((t for t in _texts(4)), workers=2)
    assert [a.text for a in results] == _texts(4)


def test_every_kind_of_input(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED_TEXTS[1].replace("\n", "\r\n").encode("utf-8"))
    items: list[parallel.Input] = [
        SEED_TEXTS[0],
        (SEED_TEXTS[2], "https://example.org/a"),
        (SEED_TEXTS[3], None),
        SEED_TEXTS[4].encode("utf-16"),
        path,
    ]
    results = defcoop.parse_many(items, workers=2, chunksize=1)
    assert results == [
        defcoop.parse(SEED_TEXTS[0]),
        defcoop.parse(SEED_TEXTS[2], url="https://example.org/a"),
        defcoop.parse(SEED_TEXTS[3]),
        defcoop.parse(SEED_TEXTS[4]),
        defcoop.parse_file(path),
    ]
    assert results[4].text == SEED_TEXTS[1]  # CRLF normalised on reading


# ------------------------------------------------------------------------------------------------- failures

BAD_ITEMS: dict[str, tuple[object, str, str]] = {
    # id: (item, error type, a piece of the message)
    "int": (42, "TypeError", "int"),
    "none": (None, "TypeError", "NoneType"),
    "triple": (("text", "url", "extra"), "TypeError", "(text, url) pair"),
    "bad-url": (("text", 3), "TypeError", "url"),
    "binary-bytes": (bytes(4000), "DataError", "looks binary"),
}


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "pool"])
@pytest.mark.parametrize(("item", "error_type", "message"), BAD_ITEMS.values(), ids=BAD_ITEMS.keys())
def test_failures_are_returned_in_place(workers: int, item: object, error_type: str, message: str) -> None:
    items = ["Baku, May 12.", item, "Astana, June 3."]
    results = defcoop.parse_many(items, workers=workers, chunksize=1, on_error="return")  # type: ignore[call-overload]
    assert isinstance(results[0], defcoop.Article)
    assert isinstance(results[2], defcoop.Article)
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert (failure.index, failure.error_type, failure.source) == (1, error_type, None)
    assert message in failure.message
    assert str(failure).startswith(f"item 1: {error_type}: ")


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "pool"])
@pytest.mark.parametrize(("item", "error_type", "message"), BAD_ITEMS.values(), ids=BAD_ITEMS.keys())
def test_failures_are_raised_as_parse_raises_them(workers: int, item: object, error_type: str, message: str) -> None:
    items = ["Baku, May 12.", "Astana, June 3.", item]
    with pytest.raises(Exception, match=re.escape(message)) as info:
        defcoop.parse_many(items, workers=workers, chunksize=1)  # type: ignore[arg-type]
    assert type(info.value).__name__ == error_type
    if sys.version_info >= (3, 11):
        assert info.value.__notes__ == ["while parsing item 2 of parse_many()"]


def test_first_failure_in_input_order_is_raised() -> None:
    items = [*_texts(10), 1, *_texts(10), ("a", "b", "c")]
    with pytest.raises(TypeError, match="int"):
        defcoop.parse_many(items, workers=2, chunksize=3)  # type: ignore[arg-type]


def test_missing_file_is_reported_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    results = defcoop.parse_many([missing, SEED_TEXTS[0]], workers=2, chunksize=1, on_error="return")
    failure = results[0]
    assert isinstance(failure, ParseFailure)
    assert (failure.error_type, failure.source) == ("FileNotFoundError", str(missing))
    assert str(failure).startswith(f"item 0 ({missing}): FileNotFoundError: ")


def test_url_is_the_source_of_a_pair() -> None:
    [failure] = defcoop.parse_many([(b"bytes", "https://example.org/x")], on_error="return")  # type: ignore[call-overload]
    assert isinstance(failure, ParseFailure)
    assert failure.source == "https://example.org/x"


class _DiesInWorker(os.PathLike[str]):
    """A path whose use kills any process but the one that made it: a worker crashing mid-chunk."""

    def __init__(self) -> None:
        self.parent = os.getpid()

    def __fspath__(self) -> str:
        if os.getpid() != self.parent:
            os._exit(1)
        return "dies.txt"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method")
def test_dead_worker_is_reported_per_item() -> None:
    items: list[parallel.Input] = ["Baku, May 12.", _DiesInWorker()]
    results = defcoop.parse_many(items, workers=2, chunksize=1, on_error="return", mp_context=_fork())
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert failure.error_type == "BrokenProcessPool"
    assert failure.source == "dies.txt"


class _FailsInWorker(os.PathLike[str]):
    """A path that cannot be read in a worker but can in the calling process: a failure that does not recur."""

    def __init__(self, path: Path) -> None:
        self.parent, self.path = os.getpid(), str(path)

    def __fspath__(self) -> str:
        if os.getpid() != self.parent:
            raise MemoryError("simulated: the worker ran out of memory")
        return self.path


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method")
def test_failure_that_does_not_recur_is_still_raised() -> None:
    items: list[parallel.Input] = ["Baku, May 12.", _FailsInWorker(SEEDS[0])]
    with pytest.raises(defcoop.DefcoopError, match=r"^item 1: MemoryError: simulated.*did not recur"):
        defcoop.parse_many(items, workers=2, chunksize=1, mp_context=_fork())


def test_inputs_that_cannot_be_pickled_are_parsed_in_the_caller() -> None:
    class LocalText(str):  # a class local to a function cannot be pickled to a worker
        pass

    texts = [LocalText("Baku, May 12."), "Astana, June 3."]
    results = defcoop.parse_many(texts, workers=2, chunksize=1)
    assert results == [defcoop.parse(t) for t in texts]


# ------------------------------------------------------------------------------- the garbage collector


def _unreachable_after(chunk: list[tuple[int, object]]) -> int:
    """How many objects the cyclic collector would free after parsing ``chunk`` (0: no reference cycles made)."""
    parallel._parse_chunk(chunk)  # once before, so that lazy imports and caches are not counted
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        parallel._parse_chunk(chunk)
        return gc.collect()
    finally:
        if was_on:
            gc.enable()


def test_parsing_the_seeds_and_failing_items_makes_no_reference_cycles(tmp_path: Path) -> None:
    # what lets a worker pause the collector: the garbage of a parse (or of a failed one) goes by reference counting
    (tmp_path / "cp1251.txt").write_bytes("Министр обороны встретился".encode("cp1251"))
    items: list[object] = [*SEED_TEXTS, RU, None, 42, b"\xff\xfe", "x" * 1_000_001, tmp_path / "cp1251.txt"]
    assert _unreachable_after(list(enumerate(items))) == 0


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=400))
def test_parsing_any_text_makes_no_reference_cycles(text: str) -> None:
    assert _unreachable_after([(0, text), (1, SEED_TEXTS[0] + text)]) == 0


@pytest.mark.parametrize("enabled", [True, False])
def test_a_worker_chunk_pauses_the_collector_and_restores_it(monkeypatch: pytest.MonkeyPatch, enabled: bool) -> None:
    during: list[bool] = []
    real = parallel._parse_recorded
    monkeypatch.setattr(parallel, "_parse_recorded", lambda i, item: (during.append(gc.isenabled()), real(i, item))[1])
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        outcomes = parallel._parse_chunk_in_worker([(0, "Baku, May 12."), (1, None)])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert during == [False, False]
    assert [type(result).__name__ for result, _ in outcomes] == ["Article", "ParseFailure"]


def test_the_calling_process_keeps_its_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    class LocalText(str):  # cannot be pickled: parsed in the calling process
        pass

    during: list[bool] = []
    real = parallel._parse_recorded
    monkeypatch.setattr(parallel, "_parse_recorded", lambda i, item: (during.append(gc.isenabled()), real(i, item))[1])
    assert gc.isenabled()
    results = defcoop.parse_many([LocalText("Baku, May 12."), "Astana, June 3."], workers=2, chunksize=1)
    assert len(results) == 2
    assert during == [True]  # the item parsed here (the other went to a worker, which has its own collector)
    assert gc.isenabled()


def _fork() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("fork")


# ------------------------------------------------------------------------------------------------ arguments


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"workers": 0}, "workers must be at least 1, got 0"),
        ({"chunksize": 0}, "chunksize must be at least 1, got 0"),
        ({"on_error": "ignore"}, "on_error must be 'raise' or 'return', got 'ignore'"),
    ],
    ids=["workers", "chunksize", "on_error"],
)
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        defcoop.parse_many(["text"], **kwargs)  # type: ignore[call-overload]


# ------------------------------------------------------------------------------------------------- warnings


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "pool"])
def test_worker_warnings_reach_the_caller(workers: int) -> None:
    with pytest.warns(DecodingWarning, match=r"^item 1: not valid UTF-8; decoded as cp1251"):
        [_, article] = defcoop.parse_many(["x", RU.encode("cp1251")], workers=workers, chunksize=1)
    assert article.text == RU


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "pool"])
def test_file_decoding_warnings_name_the_file(workers: int, tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(RU.encode("cp1251"))
    with pytest.warns(DecodingWarning, match=r"ru\.txt: not valid UTF-8; decoded as cp1251"):
        [article, _] = defcoop.parse_many([path, "x"], workers=workers, chunksize=1)
    assert article.text == RU


def test_spawned_workers() -> None:
    """Workers that start from a fresh interpreter (the default on macOS and Windows) import what they need."""
    texts = _texts(3)
    results = defcoop.parse_many(texts, workers=2, chunksize=1, mp_context=multiprocessing.get_context("spawn"))
    assert results == [defcoop.parse(t) for t in texts]


# ------------------------------------------------------------------------------------------------ the docs

DASK_RECIPE = re.search(r"\.\. code-block:: python\n\n(?P<code>(?:    .*\n|\n)+)", parallel.__doc__ or "")


def test_the_docstring_shows_the_dask_recipe() -> None:
    assert DASK_RECIPE is not None
    assert "db.from_sequence(paths" in DASK_RECIPE["code"]


def test_dask_recipe_runs_on_the_synchronous_scheduler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dask = pytest.importorskip("dask", reason="dask is an optional extra: pip install 'defcoop[dask]'")
    pytest.importorskip("dask.bag", reason="dask.bag needs dask[bag]")
    assert DASK_RECIPE is not None
    (tmp_path / "articles").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "articles" / seed.name)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    with dask.config.set(scheduler="synchronous"):
        exec(textwrap.dedent(DASK_RECIPE["code"]), namespace)
    assert namespace["articles"] == [defcoop.parse_file(p) for p in SEEDS]
    assert sorted(p.name for p in (tmp_path / "parsed").iterdir()) == ["part-0.jsonl"]
