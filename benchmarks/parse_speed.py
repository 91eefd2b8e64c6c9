"""How fast ``defcoop.parse`` is on one core: articles per second, MB/s of text, and peak memory.

Three corpora:

- the five bundled seed articles, parsed over and over;
- generated articles of about 400 words, built by a seeded random template generator (ranks, made-up names,
  posts, countries and capitals, meeting sentences held / announced / by phone, dates, filler), so the figures
  do not depend on any private data and can be reproduced anywhere;
- the Russian articles of the test suite (``tests/articles``, about 100 words each), parsed over and over: Russian
  text goes through its own readers (declension, Russian cue patterns), which cost more per word.

Run::

    python benchmarks/parse_speed.py            # about 20 seconds
    python benchmarks/parse_speed.py --seconds 2 --articles 100   # a quick look

and it prints a table. The target is 2,000 articles/s on one core for typical 400-word articles.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import defcoop

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEST_ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.json"))

# ------------------------------------------------------------------------------------------ the generator

#: (name, demonym, capital, ministry city for datelines)
COUNTRIES = [
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Turkey", "Turkish", "Ankara"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Russia", "Russian", "Moscow"),
    ("Belarus", "Belarusian", "Minsk"),
    ("Italy", "Italian", "Rome"),
    ("France", "French", "Paris"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Jordan", "Jordanian", "Amman"),
    ("Serbia", "Serbian", "Belgrade"),
]
RANKS = ["General", "Colonel General", "Lieutenant General", "Major General", "Admiral", "Vice Admiral",
         "Rear Admiral", "Colonel", "Brigadier General", "Air Marshal"]  # fmt: skip
POSTS = ["Minister of Defense", "Defence Minister", "Chief of the General Staff", "Deputy Minister of Defense",
         "Commander of the Land Forces", "Commander of the Navy", "Chief of Army Staff", "Ambassador",
         "military attaché", "Deputy Chief of the General Staff"]  # fmt: skip
SYLLABLES = ["ka", "ri", "mo", "va", "le", "tu", "sha", "zan", "ber", "dor", "lin", "gu", "ne", "os", "ta", "mir",
             "al", "bek", "ru", "san", "yev", "ov", "ich", "en", "ar"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
OUTLETS = ["Defence Daily", "Caspian Wire", "Steppe News", "Regional Security Review"]
TOPICS = ["military-technical cooperation", "joint exercises", "military education", "the defense industry",
          "regional security", "border security", "peacekeeping", "cyber defense", "military medicine",
          "counter-terrorism", "maritime security", "arms procurement"]  # fmt: skip
FILLER = [
    "The sides noted the high level of relations between the two countries.",
    "It was stressed that cooperation in the military sphere serves peace and stability in the region.",
    "The parties exchanged views on the current state and prospects of cooperation in {topic}.",
    "The meeting took place in a friendly and constructive atmosphere.",
    "The importance of mutual visits at the highest level was emphasized.",
    "Issues of {topic} and {topic2} were also discussed at the meeting.",
    "The minister thanked the guests for the visit and expressed confidence that the talks would be fruitful.",
    "According to the ministry, a working plan for next year was reviewed in detail.",
    "Both sides expressed interest in expanding training programs for officers.",
    "The delegation also visited a number of military units and educational institutions.",
]


class Generator:
    """Seeded random articles of about ``words`` words, in the shape of defence news reports."""

    def __init__(self, seed: int = 2024) -> None:
        self.rng = random.Random(seed)

    def name(self) -> str:
        r = self.rng
        first = "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))).capitalize()
        last = "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 4))).capitalize()
        return f"{first} {last}"

    def date(self) -> tuple[str, str]:
        month, day = self.rng.choice(MONTHS), self.rng.randint(1, 28)
        return f"{month} {day}", f"{day} {month} {self.rng.randint(2015, 2024)}"

    def person(self, demonym: str) -> str:
        r = self.rng
        rank = f"{r.choice(RANKS)} " if r.random() < 0.7 else ""
        return f"{demonym} {r.choice(POSTS)} {rank}{self.name()}"

    def meeting_sentence(self, a: tuple[str, str, str], b: tuple[str, str, str], day: str) -> str:
        r = self.rng
        pa, pb = self.person(a[1]), self.person(b[1])
        forms = [
            f"{pa} met with {pb} in {a[2]} on {day}.",
            f"On {day}, {pa} received a delegation led by {pb}.",
            f"{pa} held talks with his {b[1]} counterpart {pb.split()[-2]} {pb.split()[-1]} in {b[2]}.",
            f"{pa} and {pb} held a telephone conversation on {day}.",
            f"{pa} is expected to visit {b[0]} next month to meet {pb}.",
            f"On the sidelines of the international defense exhibition, {pa} met {pb}.",
        ]
        return r.choice(forms)

    def article(self, words: int = 400) -> str:
        r = self.rng
        a, b = r.sample(COUNTRIES, 2)
        day, full = self.date()
        topic = r.choice(TOPICS)
        lines = [
            f"{a[0]} and {b[0]} discuss {topic}",
            "",
            f"{a[2]}, {full} ({r.choice(OUTLETS)})",
            "",
            self.meeting_sentence(a, b, day),
        ]
        count = sum(len(line.split()) for line in lines)
        paragraph: list[str] = []
        while count < words:
            if r.random() < 0.2:
                c = r.choice([x for x in COUNTRIES if x not in (a, b)])
                sentence = self.meeting_sentence(r.choice([a, b]), c, self.date()[0])
            else:
                sentence = r.choice(FILLER).format(topic=r.choice(TOPICS), topic2=r.choice(TOPICS))
            paragraph.append(sentence)
            count += len(sentence.split())
            if len(paragraph) >= r.randint(2, 4):
                lines += ["", " ".join(paragraph)]
                paragraph = []
        if paragraph:
            lines += ["", " ".join(paragraph)]
        return "\n".join(lines) + "\n"


def generated_corpus(n: int, seed: int = 2024, words: int = 400) -> list[str]:
    """``n`` generated articles (the same ones for the same seed)."""
    g = Generator(seed)
    return [g.article(words) for _ in range(n)]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def russian_texts() -> list[str]:
    """The texts of the Russian articles in ``tests/articles`` (none outside a clone of the repository)."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in TEST_ARTICLES]
    return [r["text"] for r in records if r.get("language") == "ru"]


# ----------------------------------------------------------------------------------------------- measuring


def throughput(texts: list[str], seconds: float, parse: Callable[[str], object] = defcoop.parse) -> tuple[float, float]:
    """Articles/s and MB/s (of UTF-8 text) over ``texts``, cycled for at least ``seconds``."""
    for t in texts[:5]:  # warm up: first-use caches, lazy tables
        parse(t)
    size = sum(len(t.encode("utf-8")) for t in texts)
    gc.collect()
    rounds, start = 0, time.perf_counter()
    while True:
        for t in texts:
            parse(t)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    return rounds * len(texts) / elapsed, rounds * size / elapsed / 1e6


def peak_memory(texts: list[str], *, keep: bool) -> float:
    """Peak Python heap (MB, tracemalloc) while parsing ``texts`` one by one, keeping the articles or not."""
    gc.collect()
    tracemalloc.start()
    kept = []
    for t in texts:
        article = defcoop.parse(t, max_chars=len(t))
        if keep:
            kept.append(article)
    del article
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return peak / 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="minimum time per measurement (default 8)")
    parser.add_argument("--articles", type=int, default=500, help="generated articles (default 500)")
    parser.add_argument("--words", type=int, default=400, help="words per generated article (default 400)")
    args = parser.parse_args(argv)

    seeds = seed_texts()
    generated = generated_corpus(args.articles, words=args.words)
    words = sum(len(t.split()) for t in generated) / len(generated)
    print(f"defcoop {defcoop.__version__}, Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} cores (one used)")  # fmt: skip
    russian = russian_texts()
    corpora = [(f"seed articles ({len(seeds)}, repeated)", seeds),
               (f"generated, {len(generated)} x ~{words:.0f} words", generated)]  # fmt: skip
    if russian:
        ru_words = sum(len(t.split()) for t in russian) / len(russian)
        corpora.append((f"Russian test articles ({len(russian)} x ~{ru_words:.0f} words, repeated)", russian))
    rows = []
    for label, texts in corpora:
        per_s, mb_s = throughput(texts, args.seconds)
        mean_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1e3
        rows.append((label, f"{mean_kb:.1f}", f"{per_s:,.0f}", f"{mb_s:.2f}", f"{1e3 / per_s:.2f}"))
    one = peak_memory(generated[:1], keep=False)
    big_text = "\n".join(generated)[:1_000_000]
    big = peak_memory([big_text], keep=False)
    kept = peak_memory(generated, keep=True)
    header = ("corpus", "kB/article", "articles/s", "MB/s", "ms/article")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in pairs]
        print("  ".join(cells))
    print("\npeak traced memory (tracemalloc)")
    print(f"  parsing one ~{words:.0f}-word article:            {one:8.1f} MB")
    print(f"  parsing one {len(big_text) / 1e6:.1f} MB text (generated articles): {big:8.1f} MB")
    print(f"  parsing {len(generated)} articles and keeping them:     {kept:8.1f} MB "
          f"({kept * 1e3 / len(generated):.0f} kB per article)")  # fmt: skip
    sys.stdout.flush()


if __name__ == "__main__":
    main()
