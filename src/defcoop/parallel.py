"""Parse many articles at once: :func:`parse_many` on a process pool, and a recipe for Dask.

:func:`defcoop.parse` is a pure function of its input and holds the GIL while it works, so the way to use every
core is a pool of processes. :func:`parse_many` takes a list of inputs and returns one result per input, in input
order. Each input may be

- a ``str``: the article's text, parsed with :func:`defcoop.parse`;
- a ``(text, url)`` pair: parsed with ``parse(text, url=url)`` (``url`` may be ``None``);
- ``bytes``: decoded like a file (BOMs, UTF-16, cp1251/Latin-1 fallbacks; see :func:`defcoop.parse_file`), then
  parsed;
- a :class:`pathlib.Path` (any :class:`os.PathLike`): read and parsed with :func:`defcoop.parse_file` inside the
  worker, so reading and decoding run in parallel too. A plain ``str`` is always text, never a path.

Errors are reported per item. With ``on_error="raise"`` (the default) the first input that fails, in input order,
stops the run and its exception is raised in the caller exactly as :func:`defcoop.parse` would raise it (the item
is parsed again in the calling process, so the traceback is a real one), with a note naming the item's index
(Python 3.11+). With ``on_error="return"`` the run goes on and the failed input's place in the result holds a
:class:`ParseFailure` saying which input failed and why; if a worker process dies (killed, out of memory), each
input it held becomes a ``ParseFailure`` with ``error_type="BrokenProcessPool"``. An input that cannot be sent to a
worker (an object that cannot be pickled) is parsed in the calling process instead. Warnings raised while parsing
in a worker (such as :class:`~defcoop._textio.DecodingWarning` for a cp1251 file) are re-issued in the calling
process, so warning filters work the same with one worker or many.

Example:
    >>> import defcoop
    >>> results = defcoop.parse_many(["Baku, May 12.", ("Astana, June 3.", "https://example.org/a")], workers=1)
    >>> [type(r).__name__ for r in results], results[1].url
    (['Article', 'Article'], 'https://example.org/a')
    >>> defcoop.parse_many(["fine", 42], workers=1, on_error="return")[1].error_type
    'TypeError'

When a corpus outgrows one machine, the same functions run on `Dask <https://docs.dask.org>`_ (``pip install
'defcoop[dask]'``). A bag over the file paths parses them in parallel on the local machine, or on a cluster when a
``dask.distributed`` client is connected, and writes JSON Lines that :func:`defcoop.read_jsonl` reads back. The
code below is run by the test suite (with the synchronous scheduler), so it stays correct:

.. code-block:: python

    from pathlib import Path

    import dask.bag as db

    import defcoop

    paths = sorted(Path("articles").glob("*.txt"))
    bag = db.from_sequence(paths, npartitions=max(1, len(paths) // 1000)).map(defcoop.parse_file)
    bag.map(defcoop.dumps).to_textfiles("parsed/part-*.jsonl")  # one JSON Lines file per partition
    articles = [a for part in sorted(Path("parsed").glob("part-*.jsonl")) for a in defcoop.read_jsonl(part)]
"""

from __future__ import annotations

import gc
import math
import os
import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Literal, TypeAlias, overload

import attrs

from defcoop.errors import DefcoopError
from defcoop.models import Article

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

__all__ = ["Input", "ParseFailure", "parse_many"]

Input: TypeAlias = str | tuple[str, str | None] | bytes | os.PathLike[str]
"""What :func:`parse_many` accepts for one article: text, a ``(text, url)`` pair, raw bytes or a path."""

#: Upper bound of the default chunk size: enough to amortise the pickling round trip (a chunk of 3 kB articles
#: is a few hundred kB) while keeping the workers evenly loaded.
MAX_DEFAULT_CHUNKSIZE = 64


@attrs.frozen
class ParseFailure:
    """One input of :func:`parse_many` that could not be parsed (with ``on_error="return"``).

    Attributes:
        index: Position of the input in the list given to :func:`parse_many`.
        error_type: Class name of the exception, e.g. ``"TypeError"`` or ``"InputTooLarge"``.
        message: The exception's message.
        source: The file path or URL of the input when it had one, else ``None``.

    Example:
        >>> import defcoop
        >>> failure = defcoop.parse_many([None], workers=1, on_error="return")[0]  # type: ignore[list-item]
        >>> failure.index, failure.error_type
        (0, 'TypeError')
    """

    index: int
    error_type: str
    message: str
    source: str | None = None

    def __str__(self) -> str:
        where = f" ({self.source})" if self.source else ""
        return f"item {self.index}{where}: {self.error_type}: {self.message}"


# ----------------------------------------------------------------------------------------- the work of one item


def _source(item: object) -> str | None:
    try:
        if isinstance(item, os.PathLike):
            return str(os.fspath(item))
    except Exception:  # a failure report must not fail in turn
        return None
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        return item[1]
    return None


def _parse_item(item: object, index: int) -> Article:
    """Parse one input of any accepted kind; raise what :func:`defcoop.parse` raises."""
    from defcoop import parsing
    from defcoop._textio import decode

    if isinstance(item, os.PathLike):
        return parsing.parse_file(item)  # type: ignore[arg-type]
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"expected a (text, url) pair, got a tuple of {len(item)} items")
        text, url = item
        if url is not None and not isinstance(url, str):
            raise TypeError(f"the url of a (text, url) pair must be a str or None, got {type(url).__name__}")
        return parsing.parse(text, url=url)
    if isinstance(item, (bytes, bytearray, memoryview)):
        return parsing.parse(decode(item, name=f"item {index}"))
    return parsing.parse(item)  # type: ignore[arg-type]  # parse itself rejects what is not a str


_Warning = tuple[type[Warning], str]
_Outcome = tuple[Article | ParseFailure, list[_Warning]]


def _parse_recorded(index: int, item: object) -> _Outcome:
    """Parse one item, turning an exception into a :class:`ParseFailure` and recording warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: Article | ParseFailure = _parse_item(item, index)
        except Exception as exc:  # every failure is reported, per item
            result = ParseFailure(index, type(exc).__name__, str(exc), _source(item))
    return result, [(w.category, str(w.message)) for w in caught]


def _parse_chunk(chunk: Sequence[tuple[int, object]]) -> list[_Outcome]:
    return [_parse_recorded(index, item) for index, item in chunk]


def _parse_chunk_in_worker(chunk: Sequence[tuple[int, object]]) -> list[_Outcome]:
    """:func:`_parse_chunk` in a worker process, with the cyclic garbage collector paused.

    Parsing makes no reference cycles (its garbage goes by reference counting), so the collector's passes over the
    objects a parse makes are wasted work: about 5% of a worker's time. In the worker, which runs nothing else,
    they are put off to the end of the chunk; once the collector is on again, its next pass finds whatever the
    chunk left. (The calling process's collector is never touched: other threads may rely on it.)
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _parse_chunk(chunk)
    finally:
        if was_on:
            gc.enable()


# ------------------------------------------------------------------------------------------------ the pool


def _default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _raise_for(failure: ParseFailure, item: object) -> None:
    """Raise ``failure``'s exception in this process, by parsing the item again (parsing is deterministic)."""
    try:
        _parse_item(item, failure.index)
    except Exception as exc:
        _add_note(exc, failure.index)
        raise
    # It failed in the worker but not here: the worker ran out of memory, say, or its process died.
    raise DefcoopError(
        f"{failure} (while parsing item {failure.index} of parse_many(); the error did not recur when the item "
        "was parsed again in the calling process)"
    )


def _add_note(exc: Exception, index: int) -> None:
    if hasattr(exc, "add_note"):  # Python 3.11+
        exc.add_note(f"while parsing item {index} of parse_many()")


@overload
def parse_many(
    items: Iterable[Input],
    *,
    workers: int | None = ...,
    chunksize: int | None = ...,
    on_error: Literal["raise"] = ...,
    mp_context: BaseContext | None = ...,
) -> list[Article]: ...


@overload
def parse_many(
    items: Iterable[Input],
    *,
    workers: int | None = ...,
    chunksize: int | None = ...,
    on_error: Literal["return"],
    mp_context: BaseContext | None = ...,
) -> list[Article | ParseFailure]: ...


def parse_many(
    items: Iterable[Input],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
    on_error: Literal["raise", "return"] = "raise",
    mp_context: BaseContext | None = None,
) -> list[Article] | list[Article | ParseFailure]:
    """Parse many articles on a pool of worker processes; results come back in input order.

    Args:
        items: The inputs: texts, ``(text, url)`` pairs, bytes or paths (see the module docstring).
        workers: Number of processes; ``None`` uses every core this process may run on. With ``workers=1`` (or
            a single input) everything runs in the calling process, with no pool.
        chunksize: Inputs sent to a worker at a time; ``None`` picks one that gives each worker about four
            chunks, at most :data:`MAX_DEFAULT_CHUNKSIZE`.
        on_error: ``"raise"`` to raise the first failure (in input order) as :func:`defcoop.parse` would;
            ``"return"`` to put a :class:`ParseFailure` in the failed input's place and go on.
        mp_context: A :mod:`multiprocessing` context for the pool (e.g. ``get_context("spawn")``); ``None`` uses
            the platform's default.

    Returns:
        One :class:`~defcoop.models.Article` per input, or with ``on_error="return"`` an ``Article`` or a
        :class:`ParseFailure` per input.

    Raises:
        ValueError: ``workers`` or ``chunksize`` is below 1, or ``on_error`` is not ``"raise"``/``"return"``.
        Exception: With ``on_error="raise"``, whatever :func:`defcoop.parse` (or :func:`defcoop.parse_file`)
            raised for the first failing input, e.g. :class:`TypeError` or :class:`defcoop.InputTooLarge`.

    Example:
        >>> import defcoop
        >>> texts = ["Baku, May 12.", "Astana, June 3.", "Tashkent, July 9."]
        >>> [a.text for a in defcoop.parse_many(texts, workers=2)]
        ['Baku, May 12.', 'Astana, June 3.', 'Tashkent, July 9.']
    """
    if on_error not in ("raise", "return"):
        raise ValueError(f"on_error must be 'raise' or 'return', got {on_error!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    inputs = list(items)
    n_workers = _default_workers() if workers is None else workers
    n_workers = max(1, min(n_workers, len(inputs)))
    size = chunksize or max(1, min(MAX_DEFAULT_CHUNKSIZE, math.ceil(len(inputs) / (4 * n_workers))))
    numbered = list(enumerate(inputs))
    chunks = [numbered[i : i + size] for i in range(0, len(numbered), size)]

    results: list[Article | ParseFailure] = []
    if n_workers == 1:
        for index, item in enumerate(inputs):
            if on_error == "raise":
                try:
                    results.append(_parse_item(item, index))
                except Exception as exc:
                    _add_note(exc, index)
                    raise
            else:
                result, caught = _parse_recorded(index, item)
                _reissue(caught)
                results.append(result)
        return results

    with ProcessPoolExecutor(max_workers=n_workers, mp_context=mp_context) as pool:
        futures = [pool.submit(_parse_chunk_in_worker, chunk) for chunk in chunks]
        try:
            for chunk, future in zip(chunks, futures, strict=True):
                try:
                    outcomes = future.result()
                except BrokenProcessPool as exc:  # a worker died (killed, out of memory): report its inputs
                    outcomes = [
                        (ParseFailure(i, type(exc).__name__, f"the worker process died: {exc}", _source(item)), [])
                        for i, item in chunk
                    ]
                except Exception:  # the chunk could not be sent or returned (an input that cannot be pickled)
                    outcomes = _parse_chunk(chunk)  # so parse it here, item by item
                for (_, item), (result, caught) in zip(chunk, outcomes, strict=True):
                    _reissue(caught)
                    if isinstance(result, ParseFailure) and on_error == "raise":
                        _raise_for(result, item)
                    results.append(result)
        finally:
            for future in futures:
                future.cancel()
    return results


def _reissue(caught: list[_Warning]) -> None:
    for category, message in caught:
        warnings.warn(message, category, stacklevel=3)
