"""Does ``defcoop.parse`` grow linearly with input size, and does ``parse_many`` scale with workers?

1. One base text (a generated 400-word article, see ``parse_speed.py``) is repeated 1x, 10x and 100x and parsed
   as a single input; for linear time, 10x the text should take about 10x as long (the ``x base`` column), and
   the time per kB should stay flat.
2. ``defcoop.parse_many`` over a corpus of generated articles with 1 worker (in-process) and with 2, 4, ...
   workers up to the core count: articles per second and the speed-up over one worker; and, as a ceiling, the
   same number of processes parsing the same articles and returning only a count (``without results``): the gap
   is the cost of sending every parsed article back to the calling process.

Run::

    python benchmarks/parse_scaling.py
    python benchmarks/parse_scaling.py --articles 200 --max-multiple 10   # a quick look
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_speed import generated_corpus  # type: ignore[import-not-found]

import defcoop


def best_time(text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        defcoop.parse(text, max_chars=len(text))
        best = min(best, time.perf_counter() - start)
    return best


def parse_count(texts: list[str]) -> int:
    """Parse ``texts`` and return how many were parsed (the articles stay in the worker)."""
    for text in texts:
        defcoop.parse(text)
    return len(texts)


def without_results(corpus: list[str], workers: int) -> float:
    """Seconds for ``workers`` processes to parse ``corpus`` in even shares, returning only counts."""
    start = time.perf_counter()
    if workers == 1:
        parse_count(corpus)
    else:
        shares = [corpus[i::workers] for i in range(workers)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            assert sum(pool.map(parse_count, shares)) == len(corpus)
    return time.perf_counter() - start


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles for parse_many (default 2000)")
    parser.add_argument("--max-multiple", type=int, default=100, help="largest input, in base texts (default 100)")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    print(f"defcoop {defcoop.__version__}, Python {platform.python_version()}, {platform.machine()}, {cores} cores")

    base = generated_corpus(1, seed=7)[0]
    defcoop.parse(base)  # warm up
    print(f"\n1. parse time against input size (base: {len(base.split())} words, {len(base):,} characters)")
    rows = []
    t1 = 0.0
    multiple = 1
    while multiple <= args.max_multiple:
        text = "\n".join([base] * multiple)
        t = best_time(text, repeats=5 if multiple < 100 else 2)
        t1 = t1 or t
        per_char = f"{t * 1e6 / len(text):.1f}"
        rows.append((f"{multiple}x", f"{len(text):,}", f"{t * 1e3:,.1f}", f"{t / t1:.1f}", per_char))
        multiple *= 10
    table(("input", "characters", "ms", "x base", "us/char"), rows)

    corpus = generated_corpus(args.articles, seed=11)
    print(f"\n2. parse_many over {len(corpus):,} generated articles")
    rows = []
    one = 0.0
    workers = 1
    while True:
        start = time.perf_counter()
        results = defcoop.parse_many(corpus, workers=workers)
        elapsed = time.perf_counter() - start
        assert len(results) == len(corpus)
        del results  # each row starts from the same heap: the articles of the previous row would slow the next one
        one = one or elapsed
        bare = len(corpus) / without_results(corpus, workers)
        rows.append(
            (str(workers), f"{elapsed:.2f}", f"{len(corpus) / elapsed:,.0f}", f"{one / elapsed:.2f}", f"{bare:,.0f}")
        )
        if workers >= cores:
            break
        workers = min(cores, workers * 2)
    table(("workers", "seconds", "articles/s", "speed-up", "without results, articles/s"), rows)


if __name__ == "__main__":
    main()
