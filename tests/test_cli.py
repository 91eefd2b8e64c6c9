"""The ``defcoop`` command line, run through its entry point ``main(argv)`` (and once as ``python -m defcoop``)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import defcoop
import strategies
from defcoop import Article, Meeting, MeetingKind, MeetingStatus, Official, Topic, cli, exports
from defcoop.countries import get
from defcoop.serialize import read_jsonl, write_jsonl

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

AZ, KZ, KG = get("AZ"), get("KZ"), get("KG")
HASANOV = Official("Zakir Hasanov", country=AZ, rank="Colonel General", posts=("Minister of Defense",))
GUEST = Official("Sultan Kamaletdinov", country=KZ, posts=("First Deputy Minister of Defense",))
BEKBOLOTOV = Official("Baktybek Bekbolotov", country=KG, rank="Major General", posts=("Minister of Defence",))
VISIT = Meeting(
    dt.date(2024, 4, 25),
    "Baku",
    (AZ, KZ),
    (HASANOV, GUEST),
    host=AZ,
    kind=MeetingKind.VISIT,
    topics={Topic.DEFENCE_INDUSTRY, Topic.MILITARY_COOPERATION},
)
ARTICLES = (
    Article(
        "A first report of the Baku talks.",
        title="Defence ministers meet in Baku",
        published=dt.date(2024, 4, 26),
        url="https://example.org/1",
        officials=(HASANOV, GUEST),
        meetings=(VISIT,),
    ),
    Article(
        "A second report of the same Baku talks.",
        published=dt.date(2024, 4, 25),
        url="https://example.org/2",
        officials=(HASANOV, GUEST),
        meetings=(attrs.evolve(VISIT, topics=()),),
    ),
    Article(
        "A report of a telephone call, and of a visit to come.",
        published=dt.date(2023, 7, 7),
        officials=(HASANOV, BEKBOLOTOV),
        meetings=(
            Meeting(dt.date(2023, 7, 6), None, (AZ, KG), (HASANOV, BEKBOLOTOV), kind=MeetingKind.CALL),
            Meeting(None, None, (AZ, KG), (HASANOV, BEKBOLOTOV), status=MeetingStatus.ANNOUNCED),
        ),
    ),
)


@attrs.frozen
class Run:
    code: int
    out: str
    err: str


def run(*argv: str | Path, stdin: bytes = b"", tty: bool = False) -> Run:
    out = io.StringIO()
    err = _TTY() if tty else io.StringIO()
    code = cli.main([str(a) for a in argv], stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return Run(code, out.getvalue(), err.getvalue())


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    write_jsonl(ARTICLES, path)
    return path


def parse_table(text: str) -> list[dict[str, list[str]]]:
    """Read an aligned table back: column spans from the dashes line; cells as lists of their lines.

    A row starts on a line whose first column is filled (every table's first column always is).
    """
    lines = text.rstrip("\n").split("\n")
    header, dashes, body = lines[0], lines[1], lines[2:]
    spans, start = [], 0
    for part in dashes.split("  "):
        if part:
            spans.append((start, start + len(part)))
        start += len(part) + 2
    names = [header[a:b].strip() for a, b in spans]
    rows: list[dict[str, list[str]]] = []
    for line in body:
        if not line.strip():
            continue
        cells = [line[a : b if n != names[-1] else None].strip() for n, (a, b) in zip(names, spans, strict=True)]
        if cells[0]:
            rows.append({n: [] for n in names})
        for n, cell in zip(names, cells, strict=True):
            if cell:
                rows[-1][n].append(cell)
    return rows


def split_footer(out: str) -> tuple[str, str]:
    table, _, footer = out.rpartition("\n\n")
    return table, footer.strip()


# --------------------------------------------------------------------------- program


def test_version() -> None:
    r = run("--version")
    assert (r.code, r.out) == (0, f"defcoop {defcoop.__version__}\n")


def test_python_dash_m_defcoop_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "defcoop", "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"defcoop {defcoop.__version__}")


@pytest.mark.parametrize("command", [None, "parse", "meetings", "officials", "events", "timeline", "ingest"])
def test_help_of_every_command_has_examples(command: str | None) -> None:
    r = run(*([command] if command else []), "--help")
    assert r.code == 0
    assert "examples:\n  defcoop " in r.out
    assert r.err == ""


def test_no_command_shows_the_help_and_fails() -> None:
    r = run()
    assert r.code == 2
    assert "COMMAND" in r.out
    assert "meetings" in r.out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["meetings"], "give at least one PATH"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["meetings", "x", "--since", "2024-13-01"], "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '2024-13-01'"),
        (["meetings", "x", "--kind", "lunch"], "argument --kind: invalid choice: 'lunch'"),
        (["meetings", "x", "--format", "xml"], "invalid choice: 'xml'"),
        (["ingest", "x"], "the following arguments are required: --store"),
        (["parse", "x", "--workers", "0"], "not a positive number: '0'"),
        (["meetings", "--store", "no-such.db"], "no-such.db: no such store file"),
        (["meetings", str(SEEDS), "--official", " ."], "official: ' .' holds no name to match"),
    ],
    ids=[
        "no-path",
        "unknown-command",
        "bad-date",
        "bad-kind",
        "bad-format",
        "ingest-without-store",
        "bad-workers",
        "missing-store",
        "empty-official",
    ],
)
def test_usage_mistakes_exit_2_with_one_line(argv: list[str], message: str) -> None:
    r = run(*argv)
    assert r.code == 2
    assert message in r.err
    assert "Traceback" not in r.err
    assert r.err.rstrip("\n").split("\n")[-1].startswith("defcoop: error: ")


# --------------------------------------------------------------------------- parse


def test_parse_seeds_to_jsonl_on_stdout() -> None:
    r = run("parse", SEEDS)
    assert r.code == 0
    articles = list(read_jsonl(io.StringIO(r.out)))
    assert len(articles) == 5
    assert [a.text for a in articles] == [defcoop.parse_file(p).text for p in sorted(SEEDS.glob("*.txt"))]
    n_officials, n_meetings = sum(len(a.officials) for a in articles), sum(len(a.meetings) for a in articles)
    assert f"defcoop: parsed 5 articles: {n_officials} officials, {n_meetings} meetings; 0 failed" in r.err


def test_parse_to_file_and_read_it_back_as_input(tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    r = run("parse", SEEDS, "-o", out)
    assert r.code == 0
    assert r.out == ""
    assert f"written to {out}" in r.err
    again = run("parse", out, "-q")
    assert again.code == 0
    assert again.err == ""
    assert list(read_jsonl(io.StringIO(again.out))) == list(read_jsonl(out))


def test_parse_stdin() -> None:
    text = "Baku, April 25. Defence Minister Zakir Hasanov met a delegation."
    r = run("parse", "-", stdin=text.encode("utf-8"))
    assert r.code == 0
    (article,) = read_jsonl(io.StringIO(r.out))
    assert article.text == text


@attrs.frozen
class BadInput:
    id: str
    content: bytes | None  # None: the file is not created
    message: str


BAD_INPUTS = [
    BadInput("missing", None, "no such file or directory"),
    BadInput("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00", "looks binary"),
    BadInput("empty", b"", "empty file, nothing to parse"),
    BadInput("blank", b"  \n\n \t\n", "empty file, nothing to parse"),
]


@pytest.mark.parametrize("case", BAD_INPUTS, ids=lambda c: c.id)
def test_bad_file_is_one_error_line_others_still_parsed(tmp_path: Path, case: BadInput) -> None:
    bad = tmp_path / f"{case.id}.txt"
    if case.content is not None:
        bad.write_bytes(case.content)
    good = tmp_path / "good.txt"
    good.write_text("Zakir Hasanov met Beibut Atamkulov in Astana.", encoding="utf-8")
    r = run("parse", bad, good)
    assert r.code == 1
    assert len(list(read_jsonl(io.StringIO(r.out)))) == 1
    errors = [line for line in r.err.splitlines() if "error" in line]
    assert len(errors) == 1
    assert errors[0].startswith(f"defcoop: error: {bad}: ")
    assert case.message in errors[0]
    assert "Traceback" not in r.err
    assert "1 failed" in r.err


def test_cp1251_file_is_parsed_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes("Министр обороны Азербайджана Закир Гасанов встретился с делегацией.".encode("cp1251"))
    r = run("parse", path)
    assert r.code == 0
    (article,) = read_jsonl(io.StringIO(r.out))
    assert article.text.startswith("Министр обороны")
    assert f"defcoop: warning: {path}: not valid UTF-8; decoded as cp1251" in r.err


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from defcoop import _textio

    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")
    real = _textio.read_text

    def locked(p: str | Path) -> str:
        if Path(p) == path:
            raise PermissionError(13, "Permission denied", str(p))
        return real(p)

    monkeypatch.setattr(_textio, "read_text", locked)
    r = run("parse", path)
    assert r.code == 1
    assert f"defcoop: error: {path}: permission denied" in r.err


def test_a_defect_in_the_parser_is_reported_per_file_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from defcoop import parsing

    def broken(text: str, **kwargs: Any) -> Article:
        raise RuntimeError("boom")

    monkeypatch.setattr(parsing, "parse", broken)
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    r = run("parse", path)
    assert r.code == 1
    assert f"defcoop: error: {path}: internal error (RuntimeError: boom); please report it" in r.err


def test_folder_without_txt_files(tmp_path: Path) -> None:
    r = run("parse", tmp_path)
    assert r.code == 1
    assert f"defcoop: error: {tmp_path}: folder has no *.txt files" in r.err


def test_folders_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "a" / "b" / "skip.md").write_text("Not an article.", encoding="utf-8")
    r = run("parse", tmp_path)
    assert r.code == 0
    assert sorted(a.text for a in read_jsonl(io.StringIO(r.out))) == ["One.", "Two."]


def test_parse_on_two_processes_gives_the_same_output_and_errors(tmp_path: Path) -> None:
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "ru.txt").write_bytes("Министр обороны встретился с делегацией.".encode("cp1251"))
    one, two = run("parse", tmp_path), run("parse", tmp_path, "--workers", "2")
    assert (one.code, two.code) == (1, 1)
    assert two.out == one.out
    assert sorted(two.err.splitlines()) == sorted(one.err.splitlines())
    assert f"defcoop: error: {tmp_path / 'binary.txt'}: looks binary" in two.err
    assert f"defcoop: warning: {tmp_path / 'ru.txt'}: not valid UTF-8; decoded as cp1251" in two.err


@pytest.mark.parametrize(("tty", "shown"), [(True, True), (False, False)], ids=["terminal", "pipe"])
def test_progress_bar_only_on_a_terminal(tty: bool, shown: bool) -> None:
    r = run("parse", SEEDS, tty=tty)
    assert ("\r[" in r.err) is shown
    assert "5/5" in r.err if shown else "5/5" not in r.err


# --------------------------------------------------------------------------- meetings


def test_meetings_table(corpus_file: Path) -> None:
    r = run("meetings", corpus_file)
    assert r.code == 0, r.err
    table, footer = split_footer(r.out)
    assert footer == "3 meetings"
    rows = parse_table(table)
    assert [(row["DATE"], row["PLACE"], row["KIND"]) for row in rows] == [
        (["2023-07-06"], [], ["call"]),
        (["2024-04-25"], ["Baku"], ["visit"]),
        (["2024-04-25"], ["Baku"], ["visit"]),
    ]
    assert rows[1]["COUNTRIES"] == ["Azerbaijan – Kazakhstan"]
    assert rows[1]["PARTICIPANTS"] == ["Colonel General Zakir Hasanov (AZ)", "Sultan Kamaletdinov (KZ)"]
    assert rows[1]["TOPICS"] == ["defence industry", "military cooperation"]


def test_meetings_all_statuses_puts_undated_last(corpus_file: Path) -> None:
    rows = parse_table(split_footer(run("meetings", corpus_file, "--status", "all").out)[0])
    assert rows[-1]["DATE"] == ["?"]
    assert rows[-1]["KIND"] == ["unspecified (announced)"]


def test_meetings_csv_parses_back(corpus_file: Path) -> None:
    r = run("meetings", corpus_file, "--format", "csv")
    assert r.code == 0
    rows = list(csv.DictReader(io.StringIO(r.out, newline="")))
    assert tuple(rows[0]) == exports.COLUMNS["meetings"]
    assert [(row["date"], row["countries"], row["kind"]) for row in rows] == [
        ("2023-07-06", "AZ; KG", "call"),
        ("2024-04-25", "AZ; KZ", "visit"),
        ("2024-04-25", "AZ; KZ", "visit"),
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_meetings_json_parses_back(corpus_file: Path, fmt: str) -> None:
    r = run("meetings", corpus_file, "--between", "Kazakhstan", "Azerbaijani", "--format", fmt)
    assert r.code == 0
    rows = json.loads(r.out) if fmt == "json" else [json.loads(line) for line in r.out.splitlines()]
    assert [row["source_url"] for row in rows] == ["https://example.org/1", "https://example.org/2"]
    assert rows[0]["participants"] == ["Colonel General Zakir Hasanov (AZ)", "Sultan Kamaletdinov (KZ)"]
    assert rows[0]["meeting_id"] == exports.meeting_id(ARTICLES[0], 0)


@attrs.frozen
class FilterCase:
    id: str
    argv: tuple[str, ...]
    dates: list[str | None]


FILTER_CASES = [
    FilterCase("between-codes", ("--between", "az", "KG"), ["2023-07-06"]),
    FilterCase("country-demonym", ("--country", "Kazakh"), ["2024-04-25", "2024-04-25"]),
    FilterCase("official-surname", ("--official", "Bekbolotov"), ["2023-07-06"]),
    FilterCase("since-year", ("--since", "2024"), ["2024-04-25", "2024-04-25"]),
    FilterCase("until-month", ("--until", "2023-07"), ["2023-07-06"]),
    FilterCase("kind", ("--kind", "call"), ["2023-07-06"]),
    FilterCase("topic", ("--topic", "defence_industry"), ["2024-04-25"]),
    FilterCase("announced", ("--status", "announced"), [None]),
    FilterCase("combined", ("--country", "AZ", "--kind", "visit", "--until", "2024-04-24"), []),
]


@pytest.mark.parametrize("case", FILTER_CASES, ids=lambda c: c.id)
def test_meetings_filters(corpus_file: Path, case: FilterCase) -> None:
    r = run("meetings", corpus_file, *case.argv, "--format", "json")
    assert r.code == 0, r.err
    assert [row["date"] for row in json.loads(r.out)] == case.dates


def test_no_match_says_so(corpus_file: Path) -> None:
    r = run("meetings", corpus_file, "--kind", "sidelines")
    assert (r.code, r.out) == (0, "no meetings match\n")


@pytest.mark.parametrize(
    "flag", [("--between", "AZ", "Kazakstan"), ("--country", "Kazakstan")], ids=["between", "country"]
)
def test_unknown_country_lists_close_matches(corpus_file: Path, flag: tuple[str, ...]) -> None:
    r = run("meetings", corpus_file, *flag)
    assert r.code == 2
    assert r.out == ""
    assert r.err.startswith("defcoop: error: unknown country 'Kazakstan'; did you mean: Kazakhstan")
    assert "Traceback" not in r.err


def test_stdin_jsonl_is_read_back_as_articles(corpus_file: Path) -> None:
    r = run("meetings", "-", "--format", "json", stdin=corpus_file.read_bytes())
    assert r.code == 0
    assert len(json.loads(r.out)) == 3


def test_a_bad_input_among_good_ones_still_prints_the_table(corpus_file: Path, tmp_path: Path) -> None:
    r = run("meetings", corpus_file, tmp_path / "missing.txt")
    assert r.code == 1
    assert split_footer(r.out)[1] == "3 meetings"
    assert f"defcoop: error: {tmp_path / 'missing.txt'}: no such file or directory" in r.err


def test_jsonl_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"schema": 1, "text": "Türkiye"}\n'.encode("latin-1"))
    r = run("meetings", path)
    assert r.code == 1
    assert f"defcoop: error: {path}: not a UTF-8 JSON Lines file" in r.err


def test_malformed_jsonl_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"schema": 1, "text": "ok"}\n{"schema": 1, "text": 3}\n', encoding="utf-8")
    r = run("meetings", path)
    assert r.code == 1
    assert f"defcoop: error: {path}: line 2: " in r.err


# --------------------------------------------------------------------------- officials, events, timeline


def test_officials_table_and_json(corpus_file: Path) -> None:
    r = run("officials", corpus_file)
    assert r.code == 0
    table, footer = split_footer(r.out)
    assert footer == "3 officials"
    rows = {row["NAME"][0]: row for row in parse_table(table)}
    assert rows["Zakir Hasanov"]["COUNTRY"] == ["Azerbaijan"]
    assert rows["Zakir Hasanov"]["RANK"] == ["Colonel General"]
    assert rows["Zakir Hasanov"]["MEETINGS"] == ["3"]  # held meetings: the announced one is not attended yet
    data = json.loads(run("officials", corpus_file, "--country", "KZ", "-f", "json").out)
    assert [(p["name"], p["meetings"], p["first_seen"]) for p in data] == [("Sultan Kamaletdinov", 2, "2024-04-25")]


def test_officials_csv(corpus_file: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("officials", corpus_file, "-f", "csv").out, newline="")))
    assert tuple(rows[0]) == exports.COLUMNS["officials"]
    assert sorted(r["name"] for r in rows) == ["Baktybek Bekbolotov", "Sultan Kamaletdinov", "Zakir Hasanov"]


def test_events_merge_the_two_reports(corpus_file: Path) -> None:
    r = run("events", corpus_file)
    assert r.code == 0
    table, footer = split_footer(r.out)
    assert footer == "2 events"
    rows = parse_table(table)
    assert [(row["DATE"], row["SOURCES"]) for row in rows] == [(["2023-07-06"], ["1"]), (["2024-04-25"], ["2"])]
    data = json.loads(run("events", corpus_file, "--between", "AZ", "KZ", "-f", "json").out)
    assert [(e["sources"], sorted(e["source_urls"])) for e in data] == [(2, ["https://example.org/1", "https://example.org/2"])]


def test_timeline_table_and_csv(corpus_file: Path) -> None:
    r = run("timeline", corpus_file, "--by", "year")
    assert r.code == 0
    table, footer = split_footer(r.out)
    assert footer == "2 events"
    assert [(row["PERIOD"], row["EVENTS"]) for row in parse_table(table)] == [(["2023"], ["1"]), (["2024"], ["1"])]
    rows = list(csv.DictReader(io.StringIO(run("timeline", corpus_file, "-f", "csv").out, newline="")))
    assert (rows[0], rows[-1], len(rows)) == (
        {"period": "2023-07", "events": "1"},
        {"period": "2024-04", "events": "1"},
        10,
    )


def test_timeline_plot_writes_a_png(corpus_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    png = tmp_path / "timeline.png"
    r = run("timeline", corpus_file, "--between", "AZ", "KZ", "--plot", png)
    assert r.code == 0, r.err
    assert png.read_bytes()[:8] == PNG_SIGNATURE
    assert f"defcoop: chart written to {png}" in r.err


def test_timeline_plot_without_matplotlib_names_the_extra(
    corpus_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("matplotlib", "matplotlib.figure", "matplotlib.ticker"):
        monkeypatch.setitem(sys.modules, name, None)
    png = tmp_path / "timeline.png"
    r = run("timeline", corpus_file, "--plot", png)
    assert r.code == 2
    assert "pip install 'defcoop[plot]'" in r.err
    assert not png.exists()


# --------------------------------------------------------------------------- ingest and the store


def test_ingest_then_query_the_store(corpus_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "defence.db"
    r = run("ingest", corpus_file, "--store", db)
    assert r.code == 0
    assert "3 articles added, 0 already there; 3 in the store; 0 failed" in r.err
    again = run("ingest", corpus_file, "--store", db)
    assert "0 articles added, 3 already there; 3 in the store" in again.err
    in_memory = json.loads(run("meetings", corpus_file, "-f", "json").out)
    assert json.loads(run("meetings", db, "-f", "json").out) == in_memory
    assert json.loads(run("meetings", "--store", db, "-f", "json").out) == in_memory
    officials = json.loads(run("officials", "--store", db, "-f", "json").out)
    assert len(officials) == 3


def test_ingest_text_files_reports_failures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Zakir Hasanov met Beibut Atamkulov.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    db = tmp_path / "s.db"
    r = run("ingest", tmp_path, "--store", db)
    assert r.code == 1
    assert f"defcoop: error: {tmp_path / 'b.txt'}: empty file" in r.err
    assert "1 article added" in r.err


def test_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    db = tmp_path / "not-a-store.db"
    db.write_bytes(b"this is not SQLite at all, just some text " * 50)
    r = run("meetings", db)
    assert r.code == 1
    assert r.err.startswith("defcoop: error: ")
    assert "Traceback" not in r.err


def test_store_and_files_are_queried_together(corpus_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_jsonl(ARTICLES[:1], tmp_path / "first.jsonl")
    run("ingest", tmp_path / "first.jsonl", "--store", db)
    rest = tmp_path / "rest.jsonl"
    write_jsonl(ARTICLES[1:], rest)
    r = run("meetings", rest, "--store", db, "-f", "json")
    assert r.code == 0
    assert len(json.loads(r.out)) == 3


# --------------------------------------------------------------------------- the README's main job


def test_meetings_on_the_seeds() -> None:
    r = run("meetings", SEEDS)
    assert r.code == 0, r.err
    assert r.err == ""
    expected = defcoop.Corpus.from_dir(SEEDS).meetings()
    table, footer = split_footer(r.out)
    rows = parse_table(table)
    assert len(rows) == len(expected)
    assert footer == f"{len(expected)} meeting{'s' * (len(expected) != 1)}"
    for row, record in zip(rows, expected, strict=True):
        assert row["DATE"] == [record.date.isoformat() if record.date else "?"]
        assert " ".join(row["COUNTRIES"]) == " – ".join(c.name for c in record.countries)
        assert " ".join(row["PARTICIPANTS"]) == " ".join(str(p) for p in record.participants)
    # the README's promise: the Azerbaijan–Kazakhstan and Azerbaijan–Kyrgyzstan meetings, with participants
    pairs = {" ".join(row["COUNTRIES"]) for row in rows}
    assert {"Azerbaijan – Kazakhstan", "Azerbaijan – Kyrgyzstan"} <= pairs
    valiyev = [row for row in rows if "Colonel General Karim Valiyev (AZ)" in row["PARTICIPANTS"]]
    assert valiyev
    assert all(" ".join(row["COUNTRIES"]) == "Azerbaijan – Kazakhstan" for row in valiyev)


# --------------------------------------------------------------------------- the table renderer


def test_render_table_aligns_wraps_and_separates_multiline_rows() -> None:
    text = cli.render_table(
        ["DATE", "PARTICIPANTS"], [["2024-04-25", ["A B (AZ)", "C D (KZ)"]], ["?", "word " * 20]]
    )
    lines = text.split("\n")
    assert lines[0] == "DATE        PARTICIPANTS"
    assert lines[2:4] == ["2024-04-25  A B (AZ)", "            C D (KZ)"]
    assert lines[4] == ""
    assert all(len(line) <= 12 + 48 for line in lines)
    assert parse_table(text)[1]["PARTICIPANTS"][0].startswith("word word")


def test_render_table_fits_a_narrow_terminal() -> None:
    headers = ["DATE", "PARTICIPANTS", "TOPICS"]
    data = [["2024-04-25", ["Colonel General Zakir Hasanov (AZ)", "Sultan Kamaletdinov (KZ)"], ["defence industry"]]]
    wide = cli.render_table(headers, data)
    narrow = cli.render_table(headers, data, max_width=50)
    assert max(map(len, wide.split("\n"))) > 50
    assert max(map(len, narrow.split("\n"))) <= 50
    assert " ".join(parse_table(narrow)[0]["PARTICIPANTS"]) == " ".join(parse_table(wide)[0]["PARTICIPANTS"])


def test_the_table_fits_the_terminal_it_is_printed_on(corpus_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "70")
    out = _TTY()
    assert cli.main(["meetings", str(corpus_file)], stdout=out, stderr=io.StringIO()) == 0
    assert max(map(len, out.getvalue().split("\n"))) <= 70


# --------------------------------------------------------------------------- properties


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(strategies.articles(), min_size=1, max_size=4))
def test_machine_formats_say_what_the_python_api_says(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / "corpus.jsonl"
    write_jsonl(articles, path)
    corpus = defcoop.Corpus(articles)
    expected = exports.rows(corpus.meetings(status=None), "meetings")
    as_json = run("meetings", path, "--status", "all", "--format", "json")
    assert as_json.code == 0, as_json.err
    assert json.loads(as_json.out) == expected
    as_csv = run("meetings", path, "--status", "all", "--format", "csv")
    back = list(csv.DictReader(io.StringIO(as_csv.out, newline="")))
    assert [row["meeting_id"] for row in back] == [row["meeting_id"] for row in expected]
    table = run("meetings", path, "--status", "all")
    assert table.code == 0
    if expected:
        assert split_footer(table.out)[1] == f"{len(expected)} meeting{'s' * (len(expected) != 1)}"


def test_an_interrupted_ingest_keeps_what_was_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from defcoop import parsing

    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Report number {i}.", encoding="utf-8")
    real = parsing.parse

    def interrupted(text: str, **kwargs: Any) -> Article:
        if "number 3" in text:
            raise KeyboardInterrupt
        return real(text, **kwargs)

    monkeypatch.setattr(parsing, "parse", interrupted)
    db = tmp_path / "s.db"
    r = run("ingest", tmp_path, "--store", db, "--batch-size", "100")
    assert r.code == 130
    assert r.err.strip().endswith("defcoop: interrupted")
    with defcoop.Store(db) as store:
        assert sorted(a.text for a in store.to_corpus()) == [f"Report number {i}." for i in range(3)]


@pytest.mark.parametrize(
    ("series", "expected"),
    [
        ([("2023-11", 2), ("2024-02", 1)], [("2023-11", 2), ("2023-12", 0), ("2024-01", 0), ("2024-02", 1)]),
        ([("2021", 1), ("2023", 4)], [("2021", 1), ("2022", 0), ("2023", 4)]),
        ([("2024-04", 3), ("undated", 2)], [("2024-04", 3), ("undated", 2)]),
        ([], []),
    ],
    ids=["months-across-a-year", "years", "unrecognised-kept-last", "empty"],
)
def test_chart_periods_are_even(series: list[tuple[str, int]], expected: list[tuple[str, int]]) -> None:
    from defcoop._plot import fill_gaps

    assert fill_gaps(series) == expected
