"""The README and the documentation cannot rot: their examples run here, and the outputs shown are real.

Two kinds of fenced block are executed:

- ``pycon`` blocks are ``>>>`` doctest sessions. All the ``pycon`` blocks of one Markdown file run as one
  session, top to bottom, so a page can build on its earlier examples.
- ``console`` blocks hold ``$ defcoop ...`` commands, each followed by the output it prints. Each command runs
  through :func:`defcoop.cli.main` and its output is compared with the text shown (``...`` matches anything,
  as in doctests; a command shown without output is only checked to succeed). A command expected to fail ends
  with ``# exit N``; its stderr is compared too. Other ``# comments`` are ignored.

Blocks marked ``bash``, ``python``, ``text`` and the like are shown, not run. Both kinds run in a temporary
directory holding a copy of ``seeds/`` (and an empty ``docs/img/``), so relative paths in the examples work and
nothing they write lands in the repository.

The file also checks the documentation's structure: a reference page for every public module, an example in
the docstring of every public name, and a changelog entry for the package version.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import importlib.util
import inspect
import io
import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "defcoop"
DOC_FILES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
REFRESH_HINT = (
    "\nIf the new output is right (the parser improved), refresh the shown outputs with "
    "`python docs/_ext/refresh_examples.py` and review `git diff`."
)

_FENCE_OPEN = re.compile(r"(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)")
_EXIT_COMMENT = re.compile(r"#\s*exit\s+(?P<code>\d+)[ \t]*\Z")


class Block(NamedTuple):
    """One fenced code block of a Markdown file."""

    path: Path
    lang: str
    lineno: int  # 1-based line of the first line inside the fence
    lines: tuple[str, ...]  # dedented to the fence's indentation


class Command(NamedTuple):
    """One ``$ defcoop ...`` line of a console block, with the output shown under it."""

    path: Path
    lineno: int
    line: str
    expected: str


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def fenced_blocks(path: Path) -> Iterator[Block]:
    """Yield the fenced code blocks of a Markdown file (fences may be indented, e.g. in admonitions)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.fullmatch(lines[i].rstrip())
        if m is None:
            i += 1
            continue
        indent, fence, lang = m["indent"], m["fence"], m["lang"]
        body: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].strip() != fence:
            line = lines[j]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            j += 1
        if j == len(lines):
            raise AssertionError(f"{_rel(path)}:{i + 1}: the code fence opened here is never closed")
        yield Block(path, lang.lower(), i + 2, tuple(body))
        i = j + 1


def doctest_source(path: Path) -> str | None:
    """Return the file's ``pycon`` blocks as one doctest text whose line numbers are the file's, or None."""
    n = len(path.read_text(encoding="utf-8").splitlines())
    out = [""] * n
    found = False
    for block in fenced_blocks(path):
        if block.lang != "pycon":
            continue
        found = True
        for k, line in enumerate(block.lines):
            out[block.lineno - 1 + k] = line
    return "\n".join(out) + "\n" if found else None


def console_commands(path: Path) -> Iterator[Command]:
    """Yield each ``$`` command of the file's ``console`` blocks with the output shown under it."""
    for block in fenced_blocks(path):
        if block.lang != "console":
            continue
        current: tuple[int, str] | None = None
        output: list[str] = []
        for k, line in enumerate(block.lines):
            if line.startswith("$ "):
                if current is not None:
                    yield Command(path, current[0], current[1], "\n".join(output))
                current, output = (block.lineno + k, line[2:].strip()), []
            elif current is None:
                raise AssertionError(f"{_rel(path)}:{block.lineno + k}: console output before any '$ ' command")
            else:
                output.append(line)
        if current is not None:
            yield Command(path, current[0], current[1], "\n".join(output))


DOCTEST_FILES = [p for p in DOC_FILES if doctest_source(p) is not None]
COMMANDS = [c for p in DOC_FILES for c in console_commands(p)]


_WORKDIRS: dict[Path, Path] = {}


def _enter_workdir(path: Path, factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Enter the scratch working directory of one Markdown file, made on first use.

    It holds a copy of ``seeds/`` (and an empty ``docs/img/``), so the examples' relative paths work like in the
    repository root while what they write stays out of it. The examples of one file share it, in file order, so
    a command can read what an earlier one wrote (``ingest`` then ``--store``).
    """
    workdir = _WORKDIRS.get(path)
    if workdir is None:
        workdir = factory.mktemp(path.stem)
        shutil.copytree(ROOT / "seeds", workdir / "seeds")
        (workdir / "docs" / "img").mkdir(parents=True)
        _WORKDIRS[path] = workdir
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("COLUMNS", "120")
    return workdir


# --------------------------------------------------------------------------- the examples run


def test_the_docs_have_examples() -> None:
    assert ROOT / "README.md" in DOCTEST_FILES, "the README's Python example must be a ```pycon block"
    assert len(DOCTEST_FILES) >= 3


@pytest.mark.parametrize("path", DOCTEST_FILES, ids=_rel)
def test_python_examples(path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    _enter_workdir(path, tmp_path_factory, monkeypatch)
    source = doctest_source(path)
    assert source is not None
    test = doctest.DocTestParser().get_doctest(source, {"__name__": "__docs__"}, _rel(path), str(path), 0)
    assert test.examples, f"{_rel(path)} has pycon blocks without >>> examples"
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    try:
        runner.run(test, out=report.write, clear_globs=True)
    finally:
        with contextlib.suppress(Exception):
            import matplotlib.pyplot as plt

            plt.close("all")
    result = runner.summarize(verbose=False)
    if result.failed:
        pytest.fail(
            f"{result.failed} of {result.attempted} examples failed in {_rel(path)}:\n{report.getvalue()}{REFRESH_HINT}"
        )


def _run_cli(argv: list[str]) -> tuple[int, str, str]:
    from defcoop.cli import main

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's --help and --version exit
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    # CSV rows end in \r\n (RFC 4180): a terminal shows them as plain lines, and so do the docs
    return int(code or 0), stdout.getvalue().replace("\r\n", "\n"), stderr.getvalue().replace("\r\n", "\n")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: f"{_rel(c.path)}:{c.lineno}")
def test_cli_examples(
    command: Command, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    _enter_workdir(command.path, tmp_path_factory, monkeypatch)
    line, expected_code = command.line, 0
    m = _EXIT_COMMENT.search(line)
    if m is not None:
        line, expected_code = line[: m.start()].rstrip(), int(m["code"])
    argv = shlex.split(line, comments=True)
    if argv[:3] == ["python", "-m", "defcoop"]:
        argv = ["defcoop", *argv[3:]]
    where = f"{_rel(command.path)}:{command.lineno}"
    assert argv[0] == "defcoop", f"{where}: console blocks run only defcoop commands; show others as ```bash"
    assert not set(argv) & {"|", ">", "<", "&&", ";"}, f"{where}: no shell syntax in executed commands"
    code, out, err = _run_cli(argv[1:])
    assert code == expected_code, f"{where}: `{line}` exited {code}, expected {expected_code}\n{out}{err}"
    got = out + err if expected_code else out
    checker = doctest.OutputChecker()
    want = command.expected.rstrip() + "\n" if command.expected.strip() else ""
    if want and not checker.check_output(want, got.rstrip() + "\n", doctest.ELLIPSIS):
        pytest.fail(f"{where}: `{line}` printed something else.\n--- shown\n{want}--- printed\n{got}{REFRESH_HINT}")


# --------------------------------------------------------------------------- the site's structure


def public_modules() -> list[str]:
    names = sorted(p.stem for p in SRC.glob("*.py") if not p.stem.startswith("_"))
    return ["defcoop", *(f"defcoop.{n}" for n in names)]


def reference_page(module: str) -> Path:
    name = "defcoop" if module == "defcoop" else module.removeprefix("defcoop.")
    return ROOT / "docs" / "reference" / f"{name}.md"


@pytest.mark.parametrize("module", public_modules())
def test_every_public_module_has_a_reference_page(module: str) -> None:
    page = reference_page(module)
    assert page.exists(), f"{module} has no reference page: create {_rel(page)} with '::: {module}'"
    assert f"::: {module}\n" in page.read_text(encoding="utf-8") + "\n"
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"reference/{page.name}" in nav, f"{_rel(page)} is not in the mkdocs.yml nav"


def test_every_reference_page_documents_an_existing_module() -> None:
    expected = {reference_page(m).name for m in public_modules()} | {"index.md"}
    pages = {p.name for p in (ROOT / "docs" / "reference").glob("*.md")}
    assert pages <= expected, f"reference pages for modules that do not exist: {sorted(pages - expected)}"


def _public_members(module: str) -> Iterator[tuple[str, Any]]:
    """Yield the public functions and classes a module defines (its ``__all__``) and their public methods."""
    mod = importlib.import_module(module)
    for name in getattr(mod, "__all__", ()):
        obj = getattr(mod, name)
        if not (inspect.isclass(obj) or inspect.isfunction(obj)) or obj.__module__ != module:
            continue  # constants, and names re-exported from the module that documents them
        yield f"{module}.{name}", obj
        if inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if attr.startswith("_"):
                    continue
                if isinstance(value, property):  # a property needs a docstring; a method, an example too
                    yield f"{module}.{name}.{attr} (property)", value
                    continue
                func = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
                if inspect.isfunction(func):
                    yield f"{module}.{name}.{attr}", func


def _missing_example(obj: Any) -> str | None:
    doc = inspect.getdoc(obj) or ""
    if not doc.strip():
        return "no docstring"
    if isinstance(obj, property):
        return None
    if not re.search(r"^Examples?:[ \t]*$", doc, re.M):
        return "no 'Example:' section"
    if ">>>" not in doc:
        return "no >>> doctest"
    return None


@pytest.mark.parametrize("module", [m for m in public_modules() if m != "defcoop"])
def test_every_public_name_has_a_docstring_with_an_example(module: str) -> None:
    problems = [f"{qualname}: {why}" for qualname, obj in _public_members(module) if (why := _missing_example(obj))]
    assert not problems, "\n".join(problems)


def test_every_module_has_a_docstring() -> None:
    missing = [m for m in public_modules() if not (importlib.import_module(m).__doc__ or "").strip()]
    assert not missing, f"modules without a docstring: {missing}"


def test_the_changelog_has_an_entry_for_the_package_version() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version = "([^"]+)"$', pyproject, re.M)
    assert found is not None, "pyproject.toml has no version"
    version = found[1]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M), (
        f"CHANGELOG.md has no '## [{version}] - YYYY-MM-DD' section for the package version"
    )


def test_the_readme_names_the_two_commands_for_a_new_user() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m pip install . && defcoop meetings seeds/" in readme
    assert "python -m pip install '.[test]' && python -m pytest" in readme
    assert "mkdocs build --strict" in readme


def test_images_in_the_docs_exist() -> None:
    for path in DOC_FILES:
        for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)", path.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            assert (path.parent / target).resolve().exists(), f"{_rel(path)}: image {target} does not exist"


def test_the_fence_reader_keeps_line_numbers_and_dedents_indented_fences(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Title\n\n```pycon\n>>> 1 + 1\n2\n```\n\n!!! note\n\n    ```console\n    $ defcoop --version\n"
        "    defcoop ...\n    $ defcoop meetings seeds/ --country Kazakstan  # exit 2\n    ```\n\n```bash\nls\n```\n",
        encoding="utf-8",
    )
    blocks = list(fenced_blocks(page))
    assert [(b.lang, b.lineno) for b in blocks] == [("pycon", 4), ("console", 11), ("bash", 17)]
    assert blocks[1].lines[0] == "$ defcoop --version"
    source = doctest_source(page)
    assert source is not None
    assert source.splitlines()[3:5] == [">>> 1 + 1", "2"]
    commands = list(console_commands(page))
    assert [(c.lineno, c.line, c.expected) for c in commands] == [
        (11, "defcoop --version", "defcoop ..."),
        (13, "defcoop meetings seeds/ --country Kazakstan  # exit 2", ""),
    ]


def test_the_scale_guide_shows_the_tested_dask_recipe() -> None:
    import defcoop.parallel

    doc = inspect.getdoc(defcoop.parallel) or ""
    m = re.search(r"^\.\. code-block:: python\n\n(?P<code>(?:[ \t]+.*\n|\n)+)", doc + "\n", re.M)
    assert m is not None, "defcoop.parallel's docstring has no code-block recipe"
    recipe = "\n".join(line[4:] for line in m["code"].rstrip().splitlines())
    shown = [b for b in fenced_blocks(ROOT / "docs" / "guides" / "scale.md") if b.lang == "python"]
    assert any("\n".join(b.lines).strip() == recipe.strip() for b in shown), (
        "docs/guides/scale.md must show defcoop.parallel's Dask recipe as it is (the one the tests run)"
    )


# --------------------------------------------------------------------------- the reference's docstring rewriting


class Case(NamedTuple):
    text: str
    expected: str


REWRITES = {
    "example heading": Case("Text.\n\n    Example:\n        >>> 1\n", "Text.\n\n    Examples:\n        >>> 1\n"),
    "role in scope": Case(
        "See :func:`get`.", 'See <autoref identifier="defcoop.get" optional><code>get</code></autoref>.'
    ),
    "role with tilde": Case(
        ":class:`~defcoop.models.Article`",
        '<autoref identifier="defcoop.models.Article" optional><code>Article</code></autoref>',
    ),
    "role with title": Case(
        ":meth:`defcoop.Corpus.meetings <defcoop.corpus.Corpus.meetings>`",
        '<autoref identifier="defcoop.corpus.Corpus.meetings" optional><code>defcoop.Corpus.meetings</code></autoref>',
    ),
    "private target stays code": Case(":mod:`defcoop._iso3166`", "`defcoop._iso3166`"),
    "unknown name stays code": Case(":func:`nowhere`()", "`nowhere`()"),
    "reST link": Case("Run it on `Dask <https://docs.dask.org>`_.", "Run it on [Dask](https://docs.dask.org)."),
    "code-block": Case(
        ".. code-block:: python\n\n    import dask\n\n    x = 1\n\nDone.",
        "```python\nimport dask\n\nx = 1\n```\n\nDone.",
    ),
    "literal block": Case(
        "Catch one class::\n\n    try:\n        pass\n", "Catch one class:\n\n```python\ntry:\n    pass\n```\n"
    ),
    "simple table": Case(
        "=====  ========\ntable  columns\n=====  ========\n"
        "``a``  ``id``,\n       ``b``\n``c``  ``d``\n=====  ========\n",
        "| table | columns |\n| --- | --- |\n| ``a`` | ``id``, ``b`` |\n| ``c`` | ``d`` |\n",
    ),
}


@pytest.fixture(scope="module")
def griffe_ext() -> Any:
    pytest.importorskip("griffe", reason="griffe comes with the docs extra")
    spec = importlib.util.spec_from_file_location("griffe_defcoop", ROOT / "docs" / "_ext" / "griffe_defcoop.py")
    assert spec is not None
    assert spec.loader is not None
    ext = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ext)
    return ext


@pytest.mark.parametrize("case", REWRITES.values(), ids=REWRITES.keys())
def test_docstrings_are_rewritten_for_the_reference(case: Case, griffe_ext: Any) -> None:
    import griffe

    module = griffe.Module("defcoop")
    module.set_member("get", griffe.Function("get"))
    func = griffe.Function("lookup")
    module.set_member("lookup", func)
    assert griffe_ext.rewrite(case.text, func) == case.expected


def _markdown_table_after(text: str, heading: str) -> list[str]:
    lines = text[text.index(heading) :].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    return [line.replace("``", "`") for line in lines[start:end]]


def test_the_exports_guide_shows_the_cameo_crosswalk_the_code_documents() -> None:
    import defcoop.exports

    documented = _markdown_table_after(inspect.getdoc(defcoop.exports) or "", "CAMEO crosswalk")
    shown = _markdown_table_after((ROOT / "docs" / "guides" / "exports.md").read_text(encoding="utf-8"), "## CAMEO")
    assert shown == documented, "docs/guides/exports.md's crosswalk table differs from defcoop.exports' docstring"


def test_the_package_reference_page_lists_every_exported_name() -> None:
    import defcoop

    page = (ROOT / "docs" / "reference" / "defcoop.md").read_text(encoding="utf-8")
    missing = [name for name in defcoop.__all__ if f"`{name}`" not in page]
    assert not missing, f"docs/reference/defcoop.md does not list {missing}"


def test_the_cli_guide_covers_every_command_and_option() -> None:
    import argparse

    from defcoop import cli

    parser = cli._build_parser()
    guide = (ROOT / "docs" / "guides" / "cli.md").read_text(encoding="utf-8")
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, sub in subparsers.choices.items():
        if f"defcoop {name}" not in guide:
            missing.append(f"the command `defcoop {name}`")
        for action in sub._actions:
            longs = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            if longs and not any(o in guide for o in longs):
                missing.append(f"`defcoop {name} {longs[0]}`")
    assert not missing, "docs/guides/cli.md does not mention " + ", ".join(missing)
