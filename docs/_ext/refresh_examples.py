"""Refresh the outputs shown in the README's and the guides' examples from what the code prints now.

The examples are tests (``tests/test_docs.py``): when the parser improves, the outputs they show change and the
tests fail. This script reruns them the same way and writes what they print in place of the shown output, so the
change can be reviewed as a diff (``git diff docs README.md``) instead of retyped.

    python docs/_ext/refresh_examples.py                 # every Markdown file
    python docs/_ext/refresh_examples.py docs/guides/querying.md

An output that holds ``...`` (an elision, as in doctests) and still matches is kept as written, and so is a
command shown without output (the tests only check that it succeeds); to have a new command's output filled in,
put any placeholder line under it.
Run it from the repository root; like the tests, it runs the examples in a scratch copy of ``seeds/``.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

import test_docs  # noqa: E402  (the same block reader and runner as the tests)


class _Recorder(doctest.DocTestRunner):
    """A doctest runner that records what each example printed instead of failing."""

    def __init__(self) -> None:
        super().__init__(optionflags=test_docs.FLAGS)
        self.got: dict[int, str] = {}

    def report_failure(self, out: object, test: doctest.DocTest, example: doctest.Example, got: str) -> None:
        self.got[example.lineno] = got

    def report_unexpected_exception(
        self, out: object, test: doctest.DocTest, example: doctest.Example, exc_info: Any
    ) -> None:
        exc_type, exc = exc_info[0], exc_info[1]
        name = exc_type.__qualname__
        if exc_type.__module__ not in ("builtins", "__main__"):
            name = f"{exc_type.__module__}.{name}"
        self.got[example.lineno] = f"Traceback (most recent call last):\n...\n{name}: {exc}\n"


def _shown(got: str, indent: str) -> list[str]:
    return [indent + (line if line.strip() else "<BLANKLINE>") for line in got.rstrip("\n").split("\n")] if got else []


def refresh_pycon(path: Path, lines: list[str]) -> list[str]:
    """Rerun the file's ``pycon`` session and put what each example printed in place of its shown output."""
    source = test_docs.doctest_source(path)
    if source is None:
        return lines
    test = doctest.DocTestParser().get_doctest(source, {"__name__": "__docs__"}, path.name, str(path), 0)
    runner = _Recorder()
    runner.run(test, out=lambda _s: None, clear_globs=True)
    edits: list[tuple[int, int, list[str]]] = []
    for example in test.examples:
        if example.lineno not in runner.got:
            continue
        first_want = example.lineno + example.source.count("\n")
        n_want = example.want.count("\n")
        indent = lines[example.lineno][: len(lines[example.lineno]) - len(lines[example.lineno].lstrip())]
        edits.append((first_want, first_want + n_want, _shown(runner.got[example.lineno], indent)))
    for start, end, new in reversed(edits):
        lines[start:end] = new
    return lines


def refresh_console(path: Path, lines: list[str]) -> list[str]:
    """Rerun the file's ``$ defcoop`` commands and put what each printed under it."""
    edits: list[tuple[int, int, list[str]]] = []
    for command in test_docs.console_commands(path):
        line, code = command.line, 0
        m = test_docs._EXIT_COMMENT.search(line)
        if m is not None:
            line, code = line[: m.start()].rstrip(), int(m["code"])
        argv = shlex.split(line, comments=True)
        if argv[:3] == ["python", "-m", "defcoop"]:
            argv = ["defcoop", *argv[3:]]
        rc, out, err = test_docs._run_cli(argv[1:])
        got = (out + err if code else out).rstrip("\n")
        if not command.expected.strip():
            continue  # shown without output on purpose: the tests only check that it succeeds
        if "..." in command.expected and doctest.OutputChecker().check_output(
            command.expected.rstrip() + "\n", got + "\n", doctest.ELLIPSIS
        ):
            continue
        if rc != code:
            print(f"{path}:{command.lineno}: `{line}` exited {rc}, expected {code}", file=sys.stderr)
        start = command.lineno  # 0-based index of the first output line
        n = len(command.expected.split("\n")) if command.expected else 0
        indent = lines[command.lineno - 1][: len(lines[command.lineno - 1]) - len(lines[command.lineno - 1].lstrip())]
        edits.append((start, start + n, [indent + x if x else "" for x in got.split("\n")] if got else []))
    for start, end, new in reversed(edits):
        lines[start:end] = new
    return lines


def main(argv: list[str]) -> int:
    """Refresh the given Markdown files, or every one of the README and the docs."""
    paths = [Path(a).resolve() for a in argv] or test_docs.DOC_FILES
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ["COLUMNS"] = "120"
    cwd = Path.cwd()
    for path in paths:
        with tempfile.TemporaryDirectory() as tmp:  # one scratch directory per file, as in the tests
            shutil.copytree(ROOT / "seeds", Path(tmp) / "seeds")
            (Path(tmp) / "docs" / "img").mkdir(parents=True)
            os.chdir(tmp)
            try:
                original = path.read_text(encoding="utf-8")
                with contextlib.redirect_stdout(io.StringIO()):
                    lines = refresh_pycon(path, original.split("\n"))
                path.write_text("\n".join(lines), encoding="utf-8")  # the console step reads the file's lines
                text = "\n".join(refresh_console(path, lines))
                path.write_text(text, encoding="utf-8")
            finally:
                os.chdir(cwd)
        if text != original:
            print(f"refreshed {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
