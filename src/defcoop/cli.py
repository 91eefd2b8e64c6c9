"""The ``defcoop`` command line: parse news articles and query the meetings they report.

Commands (``defcoop COMMAND --help`` shows each one's options and examples):

- ``defcoop parse PATH...`` — parse article files into JSON Lines (one article a line, lossless).
- ``defcoop meetings PATH...`` — the meetings reported, as an aligned table or CSV/JSON/JSONL.
- ``defcoop officials PATH...`` — the roster: one row per person across articles.
- ``defcoop events PATH...`` — meetings reported by several articles merged into single events.
- ``defcoop timeline PATH...`` — events per month or year, as a table or a chart (``--plot FILE.png``).
- ``defcoop ingest PATH... --store FILE.db`` — add articles to a persistent store.

A PATH is an article file (``.txt``, any encoding: UTF-8, else cp1251 or Latin-1 with a warning), a saved web
page (``.html``/``.htm``: its article text is read with :func:`defcoop.html.html_to_text` first), a folder (its
``*.txt``, ``*.html`` and ``*.htm`` files, recursively), ``-`` for standard input, a ``.jsonl`` file written
by ``defcoop parse`` (read back without parsing again) or a ``.db`` store written by ``defcoop ingest`` (also
``--store FILE.db``). Standard input may hold an article's text or JSON Lines (``defcoop parse news/ | defcoop
meetings -``).

The query commands take the filters of :meth:`defcoop.corpus.Corpus.meetings`: ``--between A B``, ``--country``,
``--official``, ``--since``/``--until`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``--kind``, ``--topic`` and
``--status held|announced|all``. ``--format table`` (the default) prints an aligned table for reading;
``csv``, ``json`` and ``jsonl`` print the tables of :mod:`defcoop.exports` (same column names). ``parse`` and
``ingest`` take ``--workers N`` to parse on N processes; the output order does not change.

Exit status: 0 on success; 1 when some input could not be read or parsed (each one is reported on stderr as
``defcoop: error: FILE: reason`` and the other inputs are still processed); 2 for a usage mistake (an unknown
option, country, kind or topic, a malformed date). No Python traceback is shown for a user mistake.

``python -m defcoop`` is the same program.

Example:
    >>> main(["--version"])  # doctest: +ELLIPSIS
    defcoop ...
    0
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import textwrap
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TypeGuard

from defcoop.errors import DefcoopError, UnknownCountryError
from defcoop.models import Article, MeetingKind, Topic

if TYPE_CHECKING:
    from defcoop.store import Store

__all__ = ["main", "render_table"]

PROG = "defcoop"
#: Show a progress bar on stderr (when it is a terminal) for more input files than this.
PROGRESS_MIN_FILES = 3
#: ``defcoop ingest`` commits every this many articles (``--batch-size``).
INGEST_BATCH = 200

_FORMATS = ("table", "csv", "json", "jsonl")
_STATUSES = ("held", "announced", "all")

_DESCRIPTION = """\
Turn news reports of defence and military-diplomacy meetings into typed, queryable records.

PATH arguments: article files (.txt, any encoding), saved web pages (.html, .htm), folders (their *.txt,
*.html and *.htm files, recursively), '-' for standard input, .jsonl files written by 'defcoop parse', or a
.db store written by 'defcoop ingest'.
"""

_MAIN_EPILOG = """\
examples:
  defcoop meetings seeds/                          the meetings in the bundled seed articles
  defcoop meetings seeds/ --between AZ Kazakhstan  only Azerbaijan-Kazakhstan meetings
  defcoop parse news/ -o articles.jsonl            parse a folder once, query the JSONL later
  defcoop officials articles.jsonl --country KZ    the Kazakh officials seen
  defcoop ingest news/ --store defence.db          keep a growing corpus in one SQLite file
  defcoop timeline --store defence.db --by year --plot meetings.png

exit status: 0 ok, 1 some input failed (reported on stderr), 2 usage error.
"""

_EPILOGS = {
    "parse": """\
examples:
  defcoop parse seeds/                         JSON Lines on standard output
  defcoop parse article.txt other.txt -o out.jsonl
  defcoop parse news/ --workers 4 -o news.jsonl  parse on 4 processes
  curl -s https://example.org/news.txt | defcoop parse -
""",
    "meetings": """\
examples:
  defcoop meetings seeds/
  defcoop meetings seeds/ --between Azerbaijan Kazakhstan --since 2023-01-01
  defcoop meetings seeds/ --official Hasanov --format csv > hasanov.csv
  defcoop meetings --store defence.db --country KZ --topic defence_industry --format json
  defcoop meetings seeds/ --status all           announced (planned) meetings too
""",
    "officials": """\
examples:
  defcoop officials seeds/
  defcoop officials seeds/ --country Azerbaijan --format csv
  defcoop officials --store defence.db --format json
""",
    "events": """\
examples:
  defcoop events seeds/
  defcoop events news/ --between AZ TR --since 2024 --format csv
""",
    "timeline": """\
examples:
  defcoop timeline seeds/
  defcoop timeline seeds/ --by year --between AZ KZ
  defcoop timeline --store defence.db --country KZ --plot kz.png   (needs the plot extra)
""",
    "ingest": """\
examples:
  defcoop ingest seeds/ --store defence.db
  defcoop ingest articles.jsonl --store defence.db     re-ingesting the same article changes nothing
  defcoop meetings --store defence.db --between AZ KZ
""",
}


class _UsageError(Exception):
    """A mistake in the command line: reported in one line, exit status 2."""


# --------------------------------------------------------------------------- argument types


def _date_bound(value: str, *, end: bool) -> dt.date:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a year or month means its first (or, for --until, last) day."""
    text = value.strip()
    try:
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        if len(text) == 7 and text[4] == "-":
            year, month = int(text[:4]), int(text[5:])
            first = dt.date(year, month, 1)
            if not end:
                return first
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from None


def _since(value: str) -> dt.date:
    return _date_bound(value, end=False)


def _until(value: str) -> dt.date:
    return _date_bound(value, end=True)


# --------------------------------------------------------------------------- the parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{PROG}: error: {message}\n")


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def _add_sources(p: argparse.ArgumentParser, *, required: bool = False) -> None:
    p.add_argument(
        "paths",
        nargs="+" if required else "*",
        metavar="PATH",
        help="article file, folder, '-' (stdin), .jsonl from 'defcoop parse' or .db store",
    )
    if not required:
        p.add_argument("--store", metavar="FILE.db", help="read the articles of this store (see 'defcoop ingest')")


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (combine freely)")
    g.add_argument(
        "--between", nargs=2, metavar=("A", "B"), help="meetings of these two countries (codes, names or demonyms)"
    )
    g.add_argument("--country", metavar="C", help="meetings a country took part in")
    g.add_argument("--official", metavar="NAME", help='meetings of an official ("Hasanov", "Zakir Hasanov")')
    g.add_argument("--since", type=_since, metavar="DATE", help="on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--until", type=_until, metavar="DATE", help="on or before DATE")
    g.add_argument("--kind", choices=[k.value for k in MeetingKind], help="how they met")
    g.add_argument("--topic", choices=[t.value for t in Topic], metavar="TOPIC", help="a topic discussed: %(choices)s")
    g.add_argument(
        "--status", choices=_STATUSES, default="held", help="held meetings (default), announced ones, or all"
    )


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return n


def _add_workers(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-j",
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="parse on N processes (default: 1); output order is kept",
    )


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", choices=_FORMATS, default="table", help="output format (default: table)")


def _build_parser() -> argparse.ArgumentParser:
    from defcoop import __version__

    parser = _Parser(
        prog=PROG, description=_DESCRIPTION, epilog=_MAIN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help_, description=help_[0].upper() + help_[1:] + ".", epilog=_EPILOGS[name],
            formatter_class=_formatter,
        )

    p = command("parse", "parse article files into JSON Lines (one article a line)")
    _add_sources(p, required=True)
    p.add_argument("-o", "--output", metavar="FILE", help="write the JSON Lines here instead of standard output")
    _add_workers(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")

    p = command("meetings", "list the meetings reported: date, place, countries, participants, kind, topics")
    _add_sources(p)
    _add_filters(p)
    _add_format(p)

    p = command("officials", "list the officials: one row per person across all articles")
    _add_sources(p)
    p.add_argument("--country", metavar="C", help="only officials of this country")
    _add_format(p)

    p = command("events", "list merged events: reports of the same meeting in several articles counted once")
    _add_sources(p)
    _add_filters(p)
    _add_format(p)

    p = command("timeline", "count events per month or year, as a table or a chart")
    _add_sources(p)
    _add_filters(p)
    p.add_argument("--by", choices=("month", "year"), default="month", help="period (default: month)")
    p.add_argument("--plot", metavar="FILE.png", help="also draw a bar chart into this image (needs the plot extra)")
    _add_format(p)

    p = command("ingest", "add articles to a store (an SQLite file); re-adding an article changes nothing")
    _add_sources(p, required=True)
    p.add_argument("--store", metavar="FILE.db", required=True, help="the store to create or add to")
    _add_workers(p)
    p.add_argument(
        "--batch-size",
        type=_positive,
        default=INGEST_BATCH,
        metavar="N",
        help=f"commit every N articles (default: {INGEST_BATCH}); an interruption loses at most one batch",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    return parser


# --------------------------------------------------------------------------- reporting


class _Reporter:
    """Collects per-input failures and prints one line for each on stderr."""

    def __init__(self, err: IO[str]) -> None:
        self.err = err
        self.failed: list[str] = []

    def error(self, name: str, reason: str) -> None:
        prefix = f"{name}: "
        if reason.startswith(prefix):
            reason = reason[len(prefix) :]
        self.failed.append(name)
        self._line(f"{PROG}: error: {name}: {reason}")

    def warning(self, message: str) -> None:
        self._line(f"{PROG}: warning: {message}")

    def info(self, message: str) -> None:
        self._line(f"{PROG}: {message}")

    def _line(self, text: str) -> None:
        self.err.write(" ".join(text.split()) + "\n")
        self.err.flush()


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal and there are enough files."""

    def __init__(self, total: int, err: IO[str], *, quiet: bool = False) -> None:
        self.total = total
        self.err = err
        self.enabled = not quiet and total > PROGRESS_MIN_FILES and _isatty(err)
        self.done = 0

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // self.total
        label = name if len(name) <= 40 else "…" + name[-39:]
        self.err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {label:<40}")
        self.err.flush()

    def close(self) -> None:
        if self.enabled:
            self.err.write("\r" + " " * 80 + "\r")
            self.err.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# --------------------------------------------------------------------------- reading inputs


class _Inputs:
    """The articles named on the command line, read with per-file error reporting."""

    def __init__(self, reporter: _Reporter, stdin: IO[bytes] | None) -> None:
        self.reporter = reporter
        self.stdin = stdin
        self.stores: list[Path] = []
        self._opened: list[Store] = []

    def open_store(self, path: str | Path, *, create: bool = False) -> Store:
        """Open a store (closed by :meth:`close`); a store to query must exist."""
        from defcoop.store import Store

        if not create and not Path(path).is_file():
            raise _UsageError(f"{path}: no such store file")
        store = Store(path)
        self._opened.append(store)
        return store

    def close(self) -> None:
        """Close the stores opened."""
        while self._opened:
            self._opened.pop().close()

    def expand(self, paths: Sequence[str], *, allow_stores: bool) -> list[str | Path]:
        """Turn PATH arguments into a list of files ('-' kept as is); report missing paths and empty folders."""
        out: list[str | Path] = []
        for raw in paths:
            if raw == "-":
                out.append("-")
                continue
            path = Path(raw)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.suffix.lower() in _ARTICLE_SUFFIXES and p.is_file())
                if not files:
                    self.reporter.error(raw, "folder has no *.txt files (nor *.html or *.htm)")
                out.extend(files)
            elif path.suffix.lower() == ".db" and allow_stores:
                if path.is_file():
                    self.stores.append(path)
                else:
                    self.reporter.error(raw, "no such store file")
            elif not path.exists():
                self.reporter.error(raw, "no such file or directory")
            else:
                out.append(path)
        return out

    def read(self, item: str | Path) -> list[Article]:
        """Read one input: articles from JSON Lines, else one parsed article; [] (reported) when it fails."""
        name = "<stdin>" if item == "-" else str(item)
        try:
            return self._read(item, name)
        except OSError as exc:
            self.reporter.error(name, _os_reason(exc))
        except DefcoopError as exc:
            self.reporter.error(name, str(exc))
        except UnicodeDecodeError:  # only JSON Lines are read strictly: article text has fallbacks
            self.reporter.error(name, "not a UTF-8 JSON Lines file (as 'defcoop parse' writes)")
        except Exception as exc:  # a defect in defcoop, not the user's: still go on with the other files
            self.reporter.error(name, f"internal error ({type(exc).__name__}: {exc}); please report it")
        return []

    def parse_in_pool(self, paths: Sequence[Path], workers: int) -> list[list[Article]]:
        """Parse text files on a process pool; one list per path (empty, and reported, when it failed)."""
        from defcoop.parallel import ParseFailure, parse_many

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            results = parse_many(list(paths), workers=workers, on_error="return")
        failed = tuple(f"{p}: " for p, r in zip(paths, results, strict=True) if isinstance(r, ParseFailure))
        for w in caught:  # as in one process: a file that fails gets its error, not its decoding warnings
            if not str(w.message).startswith(failed):
                self.reporter.warning(str(w.message))
        out: list[list[Article]] = []
        for path, result in zip(paths, results, strict=True):
            if isinstance(result, ParseFailure):
                self.reporter.error(str(path), _failure_reason(result))
                out.append([])
            elif not result.text.strip():
                self.reporter.error(str(path), "empty file, nothing to parse")
                out.append([])
            else:
                out.append([result])
        return out

    def _read(self, item: str | Path, name: str) -> list[Article]:
        from defcoop import _textio, parsing, serialize

        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            with open(item, encoding="utf-8") as fh:
                articles = list(serialize.read_jsonl(fh))
            if not articles:
                self.reporter.error(name, "no articles in this JSON Lines file")
            return articles
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if item == "-":
                if self.stdin is None:
                    raise OSError("standard input is not available")
                text = _textio.decode(self.stdin.read(), name=name)
            else:
                text = _textio.read_text(item)
                if _is_html(item):
                    from defcoop.html import html_to_text

                    text = html_to_text(text)
        for w in caught:
            self.reporter.warning(str(w.message))
        if not text.strip():
            empty = "no article text in this web page" if _is_html(item) else "empty file"
            self.reporter.error(name, f"{empty}, nothing to parse")
            return []
        if item == "-" and text.lstrip().startswith("{"):
            try:  # 'defcoop parse ... | defcoop meetings -'
                return list(serialize.read_jsonl(io.StringIO(text)))
            except DefcoopError:
                pass
        return [parsing.parse(text)]


#: The file suffixes a folder is searched for (a ``.jsonl`` or ``.db`` file is read only when named).
_ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})


def _is_html(item: str | Path) -> bool:
    return isinstance(item, Path) and item.suffix.lower() in (".html", ".htm")


def _pooled(item: str | Path) -> TypeGuard[Path]:
    """Whether ``item`` is an article text file that the process pool parses (not JSON Lines, not a web page)."""
    return isinstance(item, Path) and item.suffix.lower() != ".jsonl" and not _is_html(item)


_OS_REASONS = {
    "FileNotFoundError": "no such file or directory",
    "PermissionError": "permission denied",
    "IsADirectoryError": "is a directory",
}
_USER_ERRORS = frozenset({"DataError", "InputTooLarge", "DefcoopError", "OSError"})


def _failure_reason(failure: Any) -> str:
    """The one-line reason for a :class:`~defcoop.parallel.ParseFailure`, worded as the one-process path does."""
    if failure.error_type in _OS_REASONS:
        return _OS_REASONS[failure.error_type]
    if failure.error_type in _USER_ERRORS:
        return str(failure.message)
    return f"internal error ({failure.error_type}: {failure.message}); please report it"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)


def _read_articles(
    inputs: _Inputs,
    paths: Sequence[str],
    err: IO[str],
    *,
    allow_stores: bool,
    quiet: bool = False,
    workers: int = 1,
) -> Iterator[Article]:
    """Yield the articles of every input, in order; with ``workers > 1`` text files are parsed on a process pool."""
    files = inputs.expand(paths, allow_stores=allow_stores)
    progress = _Progress(len(files), err, quiet=quiet)
    try:
        if workers <= 1:
            for item in files:
                yield from inputs.read(item)
                progress.step(str(item))
            return
        batch = max(256, 64 * workers)
        for start in range(0, len(files), batch):
            chunk = files[start : start + batch]
            texts = [f for f in chunk if _pooled(f)]  # web pages are converted, then parsed, in this process
            parsed = iter(inputs.parse_in_pool(texts, workers))
            for item in chunk:
                if _pooled(item):
                    yield from next(parsed)
                else:
                    yield from inputs.read(item)
                progress.step(str(item))
    finally:
        progress.close()


# --------------------------------------------------------------------------- the query side


def _query_source(args: argparse.Namespace, inputs: _Inputs, err: IO[str]) -> Any:
    """A Corpus or a Store to query, from the PATH arguments and --store.

    A single store and nothing else is queried in SQL; otherwise every input (stores included) goes into one
    in-memory Corpus.
    """
    from defcoop.corpus import Corpus

    if not args.paths and not args.store:
        raise _UsageError("give at least one PATH (file, folder, '-', .jsonl, .db) or --store FILE.db")
    files = inputs.expand(args.paths, allow_stores=True)
    stores = [*inputs.stores, *([Path(args.store)] if args.store else [])]
    if len(stores) == 1 and not files:
        return inputs.open_store(stores[0])
    articles: list[Article] = []
    progress = _Progress(len(files), err)
    try:
        for item in files:
            articles.extend(inputs.read(item))
            progress.step(str(item))
    finally:
        progress.close()
    for path in stores:
        articles.extend(inputs.open_store(path).to_corpus())
    return Corpus(articles)


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if args.between:
        out["between"] = tuple(args.between)
    for name in ("country", "official", "since", "until", "kind", "topic"):
        value = getattr(args, name)
        if value is not None:
            out[name] = value
    out["status"] = None if args.status == "all" else args.status
    return out


def _query(method: Any, **filters: Any) -> Any:
    """Run a query; a filter value the query side refuses (``ValueError``) is a usage mistake, said in one line."""
    try:
        return method(**filters)
    except ValueError as exc:
        raise _UsageError(str(exc)) from None


def _check_countries(args: argparse.Namespace) -> None:
    """Resolve every country a filter names before reading anything, so a typo fails fast."""
    from defcoop import countries

    names = [*(getattr(args, "between", None) or ()), *([args.country] if getattr(args, "country", None) else [])]
    for name in names:
        countries.resolve(name)


# --------------------------------------------------------------------------- output


_TABLE_WIDTHS: dict[str, int] = {
    "DATE": 10,
    "PLACE": 16,
    "COUNTRIES": 32,
    "PARTICIPANTS": 48,
    "KIND": 24,
    "TOPICS": 22,
    "NAME": 28,
    "COUNTRY": 16,
    "RANK": 22,
    "POSTS": 44,
    "STATUS": 9,
}


def _cell(value: Any, width: int) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else [value]
    lines: list[str] = []
    for item in items:
        text = "" if item is None else str(item)
        lines.extend(textwrap.wrap(text, width, subsequent_indent="  ", break_on_hyphens=False) or [""])
    return lines or [""]


#: Narrowest a column is squeezed to when the table must fit a terminal.
_MIN_COLUMN = 10


def _fit(natural: list[int], headers: Sequence[str], max_width: int) -> list[int]:
    """Column caps that fit ``max_width``: squeeze the widest columns first, none below its header or 10."""
    caps = list(natural)
    floor = [max(len(h), _MIN_COLUMN) for h in headers]
    while sum(caps) + 2 * (len(caps) - 1) > max_width:
        i = max(range(len(caps)), key=lambda k: caps[k] - floor[k])
        if caps[i] <= floor[i]:
            break
        caps[i] -= 1
    return caps


def render_table(headers: Sequence[str], data: Sequence[Sequence[Any]], *, max_width: int | None = None) -> str:
    """Render rows as an aligned text table; list cells take one line per item, long cells wrap.

    Args:
        headers: Column titles.
        data: Rows; a cell is a value (``None`` prints empty) or a list of values, one line each.
        max_width: Squeeze the widest columns (wrapping their cells) so lines fit, e.g. the terminal's width.

    Example:
        >>> print(render_table(["DATE", "PLACE"], [["2024-04-25", "Baku"], [None, ["Astana", "Almaty"]]]))
        DATE        PLACE
        ----------  ------
        2024-04-25  Baku
        <BLANKLINE>
                    Astana
                    Almaty
    """
    caps = [_TABLE_WIDTHS.get(h, 60) for h in headers]
    cells = [[_cell(v, caps[i]) for i, v in enumerate(row)] for row in data]
    if max_width is not None:
        natural = [max([len(h)] + [len(line) for row in cells for line in row[i]]) for i, h in enumerate(headers)]
        fitted = _fit(natural, headers, max_width)
        if fitted != natural:
            cells = [[_cell(v, fitted[i]) for i, v in enumerate(row)] for row in data]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, lines in enumerate(row):
            widths[i] = max(widths[i], *(len(line) for line in lines))
    multiline = any(len(lines) > 1 for row in cells for lines in row)

    def line(parts: Sequence[str]) -> str:
        return "  ".join(p.ljust(w) for p, w in zip(parts, widths, strict=True)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    for n, row in enumerate(cells):
        if multiline and n:
            out.append("")
        height = max(len(lines) for lines in row)
        out.extend(line([lines[k] if k < len(lines) else "" for lines in row]) for k in range(height))
    return "\n".join(out)


def _country_names(codes: Sequence[str]) -> str:
    from defcoop import countries

    return " – ".join(countries.get(c).name for c in codes)


_ENCOUNTER_HEADERS = ["DATE", "PLACE", "COUNTRIES", "PARTICIPANTS", "KIND"]


def _encounter_cells(r: dict[str, Any]) -> list[Any]:
    """The columns a meeting row and an event row share: date, place, countries, participants, kind."""
    return [
        r["date"] or "?",
        r["location"] or "",
        _country_names(r["countries"]),
        r["participants"],
        r["kind"] if r["status"] == "held" else f"{r['kind']} (announced)",
    ]


def _meeting_table(data: list[dict[str, Any]], width: int | None) -> str:
    body = [[*_encounter_cells(r), [t.replace("_", " ") for t in r["topics"]]] for r in data]
    return render_table([*_ENCOUNTER_HEADERS, "TOPICS"], body, max_width=width)


def _official_table(data: list[dict[str, Any]], width: int | None) -> str:
    headers = ["NAME", "COUNTRY", "RANK", "POSTS", "MEETINGS", "FIRST SEEN", "LAST SEEN"]
    body = [
        [
            r["name"],
            _country_names([r["country"]]) if r["country"] else "",
            r["ranks"][-1] if r["ranks"] else "",
            r["posts"],
            r["meetings"],
            r["first_seen"] or "",
            r["last_seen"] or "",
        ]
        for r in data
    ]
    return render_table(headers, body, max_width=width)


def _event_table(data: list[dict[str, Any]], width: int | None) -> str:
    body = [[*_encounter_cells(r), r["sources"]] for r in data]
    return render_table([*_ENCOUNTER_HEADERS, "SOURCES"], body, max_width=width)


def _timeline_table(data: list[dict[str, Any]], width: int | None) -> str:
    top = max([r["events"] for r in data] or [1]) or 1
    body = [[r["period"], r["events"], "#" * max(1 if r["events"] else 0, round(40 * r["events"] / top))] for r in data]
    return render_table(["PERIOD", "EVENTS", ""], body, max_width=width)


def _terminal_width(out: IO[str]) -> int | None:
    """The terminal's width when ``out`` is one, else None (a file or pipe gets the full table)."""
    if not _isatty(out):
        return None
    import shutil

    return shutil.get_terminal_size().columns


def _emit(
    data: list[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    out: IO[str],
    table: Any,
    noun: str,
    total: int | None = None,
) -> None:
    if fmt == "json":
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        from defcoop import exports

        exports._write_csv_rows(data, columns, out)
    elif data:
        n = len(data) if total is None else total
        out.write(table(data, _terminal_width(out)) + "\n")
        out.write(f"\n{n} {noun if n != 1 else noun.rstrip('s')}\n")
    else:
        out.write(f"no {noun} match\n")


# --------------------------------------------------------------------------- commands


def _cmd_parse(args: argparse.Namespace, inputs: _Inputs, out: IO[str], err: IO[str]) -> None:
    from defcoop import serialize

    stats = {"articles": 0, "officials": 0, "meetings": 0}

    def counted(articles: Iterator[Article]) -> Iterator[Article]:
        for a in articles:
            stats["articles"] += 1
            stats["officials"] += len(a.officials)
            stats["meetings"] += len(a.meetings)
            yield a

    articles = counted(
        _read_articles(inputs, args.paths, err, allow_stores=False, quiet=args.quiet, workers=args.workers)
    )
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                serialize.write_jsonl(articles, fh)
        except OSError as exc:
            raise _UsageError(f"{args.output}: cannot write: {_os_reason(exc)}") from None
    else:
        serialize.write_jsonl(articles, out)
    if not args.quiet:
        failed = len(inputs.reporter.failed)
        inputs.reporter.info(
            f"parsed {stats['articles']} article{'s' * (stats['articles'] != 1)}: {stats['officials']} officials, "
            f"{stats['meetings']} meetings; {failed} failed"
            + (f"; written to {args.output}" if args.output else "")
        )


def _cmd_meetings(args: argparse.Namespace, inputs: _Inputs, out: IO[str], err: IO[str]) -> None:
    from defcoop import exports

    _check_countries(args)
    source = _query_source(args, inputs, err)
    records = _query(source.meetings, **_filters(args))
    data = exports.rows(records, "meetings")
    _emit(data, exports.COLUMNS["meetings"], args.format, out, _meeting_table, "meetings")


def _cmd_officials(args: argparse.Namespace, inputs: _Inputs, out: IO[str], err: IO[str]) -> None:
    from defcoop import exports

    _check_countries(args)
    source = _query_source(args, inputs, err)
    persons = _query(source.officials, country=args.country)
    data = exports.rows(list(persons), "officials")
    _emit(data, exports.COLUMNS["officials"], args.format, out, _official_table, "officials")


def _cmd_events(args: argparse.Namespace, inputs: _Inputs, out: IO[str], err: IO[str]) -> None:
    from defcoop import exports

    _check_countries(args)
    source = _query_source(args, inputs, err)
    events = _query(source.events, **_filters(args))
    data = exports.rows(list(events), "events")
    _emit(data, exports.COLUMNS["events"], args.format, out, _event_table, "events")


def _cmd_timeline(args: argparse.Namespace, inputs: _Inputs, out: IO[str], err: IO[str]) -> None:
    _check_countries(args)
    source = _query_source(args, inputs, err)
    series = _query(source.timeline, by=args.by, **_filters(args))
    data = [{"period": period, "events": count} for period, count in series]
    total = sum(count for _, count in series)
    _emit(data, ("period", "events"), args.format, out, _timeline_table, "events", total)
    if args.plot:
        from defcoop import _plot

        try:
            path = _plot.plot_timeline(series, args.plot, title=_timeline_title(args))
        except ImportError as exc:
            raise _UsageError(str(exc)) from None
        except (OSError, ValueError) as exc:
            raise _UsageError(f"{args.plot}: cannot write the chart: {exc}") from None
        inputs.reporter.info(f"chart written to {path}")


def _timeline_title(args: argparse.Namespace) -> str:
    from defcoop import countries

    what = "Defence meetings" if args.status == "held" else "Defence meetings (incl. announced)"
    parts = [f"{what} per {args.by}"]
    if args.between:
        parts.append(" – ".join(countries.resolve(c).name for c in args.between))
    if args.country:
        parts.append(countries.resolve(args.country).name)
    if args.official:
        parts.append(args.official)
    if args.topic:
        parts.append(args.topic.replace("_", " "))
    if args.kind:
        parts.append(args.kind.replace("_", " "))
    return ": ".join(parts[:1]) + (" — " + ", ".join(parts[1:]) if len(parts) > 1 else "")


def _cmd_ingest(args: argparse.Namespace, inputs: _Inputs, out: IO[str], err: IO[str]) -> None:
    store = inputs.open_store(args.store, create=True)
    articles = _read_articles(inputs, args.paths, err, allow_stores=False, quiet=args.quiet, workers=args.workers)
    report = store.ingest(articles, batch_size=args.batch_size)
    if not args.quiet:
        inputs.reporter.info(
            f"{args.store}: {report.added} article{'s' * (report.added != 1)} added, "
            f"{len(report.skipped)} already there; {len(store)} in the store; {len(inputs.reporter.failed)} failed"
        )


_COMMANDS = {
    "parse": _cmd_parse,
    "meetings": _cmd_meetings,
    "officials": _cmd_officials,
    "events": _cmd_events,
    "timeline": _cmd_timeline,
    "ingest": _cmd_ingest,
}


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    """Run the ``defcoop`` command line; return the exit status.

    Args:
        argv: The arguments, without the program name (default: ``sys.argv[1:]``).
        stdout: Where results go (default: ``sys.stdout``).
        stderr: Where errors, warnings and progress go (default: ``sys.stderr``).
        stdin: Bytes read for the ``-`` path (default: ``sys.stdin.buffer``).

    Returns:
        0 on success, 1 when some input failed, 2 for a usage mistake.

    Example:
        >>> import io
        >>> err = io.StringIO()
        >>> main(["meetings", "no/such/folder"], stdout=io.StringIO(), stderr=err)
        1
        >>> print(err.getvalue().splitlines()[0])
        defcoop: error: no/such/folder: no such file or directory
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if stdin is None:
        stdin = getattr(sys.stdin, "buffer", None)
    parser = _build_parser()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err  # argparse prints help, usage and errors there
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        if args.command is None:
            parser.print_help(out)
            return 2
        reporter = _Reporter(err)
        inputs = _Inputs(reporter, stdin)
        try:
            _COMMANDS[args.command](args, inputs, out, err)
        except (_UsageError, UnknownCountryError) as exc:
            reporter._line(f"{PROG}: error: {exc}")
            return 2
        except DefcoopError as exc:
            reporter._line(f"{PROG}: error: {exc}")
            return 1
        except KeyboardInterrupt:
            reporter._line(f"{PROG}: interrupted")
            return 130
        except BrokenPipeError:  # e.g. 'defcoop meetings seeds/ | head': the reader left; not an error
            _silence_stdout()
            return 0
        finally:
            inputs.close()
        return 1 if reporter.failed else 0
    finally:
        sys.stdout, sys.stderr = saved


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
