"""Query side at scale: a synthetic corpus of N meetings (1,000,000 by default), in memory and in a Store.

Generates records, not text: articles of ``--per-article`` meetings each between countries drawn from
``--countries`` states, two participants per meeting from a pool of ``--people`` officials (new Official objects
in every article, as parsing would give), dates over ten years. Reports build time, memory (peak resident set
size of the process, from ``resource.getrusage``) and query latency (median and 95th percentile over random
queries) for ``between`` + a 30-day date range, ``official=``, ``dyads()``; then the same from a Store built from
the same articles (``--store-n`` meetings of them; 0 to skip).

    python benchmarks/corpus_scale.py                    # 1M meetings
    python benchmarks/corpus_scale.py --n 100000 --store-n 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from defcoop import Article, Meeting, MeetingKind, MeetingStatus, Official, Topic
from defcoop.corpus import Corpus
from defcoop.countries import all_countries
from defcoop.store import Store

SYLLABLES = ["ka", "ri", "mo", "za", "va", "li", "sul", "tan", "ba", "khy", "ro", "ne", "da", "sha", "mir", "tu"]


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def name(rng: random.Random) -> str:
    given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + rng.choice(["ov", "ev", "li", "yev"])
    return f"{given} {surname}"


def generate(n_meetings: int, per_article: int, n_countries: int, n_people: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    countries = [c for c in all_countries() if c.code not in ("AQ", "BV")][:n_countries]
    people = [(name(rng), rng.choice(countries)) for _ in range(n_people)]
    by_country: dict[str, list[tuple[str, Any]]] = {}
    for person in people:
        by_country.setdefault(person[1].code, []).append(person)
    start = dt.date(2015, 1, 1).toordinal()
    topics = list(Topic)
    articles: list[Article] = []
    for i in range(n_meetings // per_article):
        published = dt.date.fromordinal(start + rng.randrange(3650))
        a, b = rng.sample(countries, 2)
        officials: dict[str, Official] = {}
        meetings = []
        for _ in range(per_article):
            pair = [a, b] if rng.random() < 0.8 else rng.sample(countries, 2)
            participants = []
            for c in pair:
                pool = by_country.get(c.code)
                if pool:
                    n, country = rng.choice(pool)
                    if n not in officials:
                        officials[n] = Official(n, country, rank="Colonel General", posts=("Minister of Defense",))
                    participants.append(officials[n])
            meetings.append(
                Meeting(
                    date=None if rng.random() < 0.05 else published - dt.timedelta(days=rng.randrange(3)),
                    countries=pair,
                    participants=participants,
                    host=pair[0],
                    kind=rng.choice(list(MeetingKind)),
                    status=MeetingStatus.HELD if rng.random() < 0.9 else MeetingStatus.ANNOUNCED,
                    topics=frozenset(rng.sample(topics, rng.randrange(3))),
                )
            )
        articles.append(
            Article(
                f"synthetic article {i}",
                published=published,
                url=f"https://example.org/{i}",
                officials=tuple(officials.values()),
                meetings=tuple(meetings),
            )
        )
    return articles


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def latency(label: str, queries: list[Callable[[], Any]]) -> None:
    times = []
    sizes = []
    for q in queries:
        t, out = timed(q)
        times.append(t * 1000)
        sizes.append(len(out))
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(
        f"  {label:<42} median {statistics.median(times):8.2f} ms   p95 {p95:8.2f} ms   "
        f"({len(queries)} queries, median {statistics.median(sizes):.0f} results)"
    )


def queries(target: Any, articles: list[Article], rng: random.Random, k: int) -> None:
    pairs = []
    for _ in range(k):
        m = rng.choice(rng.choice(articles).meetings)
        pairs.append((m.countries[0].code, m.countries[1].code, m.date or dt.date(2020, 1, 1)))
    latency(
        "between + 30-day range",
        [lambda a=a, b=b, d=d: target.meetings(between=(a, b), since=d - dt.timedelta(days=15),
                                               until=d + dt.timedelta(days=15)) for a, b, d in pairs],
    )
    latency("between (all dates)", [lambda a=a, b=b: target.meetings(between=(b, a)) for a, b, _ in pairs[: k // 4]])
    picks = []
    while len(picks) < k:
        m = rng.choice(rng.choice(articles).meetings)
        if m.participants and m.date is not None:
            picks.append((rng.choice(m.participants).name, (m.countries[0].code, m.countries[1].code), m.date.year))
    latency("official='Given Surname'", [lambda n=n: target.meetings(official=n) for n, _, _ in picks])
    latency("official='Surname'", [lambda n=n: target.meetings(official=n.split()[-1]) for n, _, _ in picks])
    latency(
        "official= + between + year",
        [lambda n=n, p=p, y=y: target.meetings(official=n, between=p, since=dt.date(y, 1, 1), until=dt.date(y, 12, 31))
         for n, p, y in picks],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000, help="meetings in memory (default 1,000,000)")
    parser.add_argument("--store-n", type=int, default=None, help="meetings in the store (default: --n; 0 skips)")
    parser.add_argument("--per-article", type=int, default=4)
    parser.add_argument("--countries", type=int, default=40)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=5000, help="store commit batch (articles)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    store_n = args.n if args.store_n is None else args.store_n
    rng = random.Random(args.seed)

    python = sys.version.split()[0]
    print(f"defcoop corpus scale benchmark: {args.n:,} meetings, {os.cpu_count()} cores, Python {python}")
    base = rss_mb()
    t, articles = timed(lambda: generate(args.n, args.per_article, args.countries, args.people, args.seed))
    gen_rss = rss_mb()
    print(f"generate {len(articles):,} articles: {t:.1f} s; peak RSS {gen_rss:.0f} MB (interpreter {base:.0f} MB)")
    gc.collect()
    t, corpus = timed(lambda: Corpus(articles))
    print(f"Corpus(...) build: {t:.1f} s; peak RSS {rss_mb():.0f} MB "
          f"(indexes and records: +{rss_mb() - gen_rss:.0f} MB over the articles)")
    print(f"  {len(corpus):,} articles, {len(corpus.meetings(status=None)):,} meetings")
    print("in memory:")
    queries(corpus, articles, rng, args.queries)
    t, dy = timed(corpus.dyads)
    print(f"  dyads() first call (roster + event merging): {t:.1f} s, {len(dy):,} rows; peak RSS {rss_mb():.0f} MB")
    t, dy = timed(corpus.dyads)
    print(f"  dyads() again: {t:.2f} s")
    t, people = timed(corpus.officials)
    print(f"  officials(): {t * 1000:.0f} ms, {len(people):,} people; events: {len(corpus.events()):,}")
    print(f"peak RSS after the in-memory queries: {rss_mb():.0f} MB")
    del corpus, people, dy
    gc.collect()

    if store_n:
        subset = articles[: store_n // args.per_article]
        del articles
        gc.collect()
        store_part(subset, store_n, args.batch_size, args.queries, rng)
    print(f"peak RSS overall: {rss_mb():.0f} MB (the store part holds the generated articles and the store's corpus)")


def store_part(subset: list[Article], store_n: int, batch_size: int, k: int, rng: random.Random) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "scale.db"
        with Store(path) as store:
            t, report = timed(lambda: store.ingest(subset, batch_size=batch_size))
            size = path.stat().st_size / 2**20
            print(f"Store ingest of {report.added:,} articles ({store_n:,} meetings, batch {batch_size}): "
                  f"{t:.1f} s ({report.added / t:,.0f} articles/s); file {size:.0f} MB")
            t, _ = timed(lambda: store.ingest(subset[:1000]))
            print(f"  re-ingest of 1,000 stored articles (all skipped): {t * 1000:.0f} ms")
            print("from the store:")
            queries(store, subset, rng, k)
            store._articles_cache.clear()
            subset.clear()  # only the store's own copy of the articles from here on
            gc.collect()
            t, _ = timed(store.to_corpus)
            print(f"  to_corpus() (loads and deserialises every article): {t:.1f} s")
            t, dy = timed(store.dyads)
            print(f"  dyads() (roster and event merging over the loaded corpus): {t:.1f} s, {len(dy):,} rows")
            t, dy = timed(store.dyads)
            print(f"  dyads() again: {t:.1f} s")


if __name__ == "__main__":
    main()
