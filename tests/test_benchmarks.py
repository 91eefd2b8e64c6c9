"""The benchmark scripts run, each with one command (here with tiny sizes: their figures are not checked)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUNS = {
    "parse_speed": (
        ["--seconds", "0.02", "--articles", "5"], ["articles/s", "generated, 5 x", "Russian test articles"]
    ),
    "parse_scaling": (["--articles", "8", "--max-multiple", "2"], ["parse_many", "speed-up", "without results"]),
    "startup": (["--runs", "1"], ["import defcoop"]),
    "country_lookup": ([], ["lookup, cached", "scan:"]),
    "corpus_scale": (
        ["--n", "200", "--store-n", "50", "--queries", "5", "--people", "50", "--countries", "10"],
        ["Corpus(...) build", "dyads()"],
    ),
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_benchmark_script_runs(name: str, tmp_path: Path) -> None:
    args, expected = RUNS[name]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / f"{name}.py"), *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for text in expected:
        assert text in done.stdout, (text, done.stdout)


def test_every_benchmark_script_is_run_here() -> None:
    assert {p.stem for p in (ROOT / "benchmarks").glob("*.py")} == set(RUNS)
