"""Start-up cost: ``import defcoop`` (target < 100 ms) and ``defcoop --help`` (target < 150 ms).

Also shown, without a target: a first ``defcoop.parse`` in a fresh interpreter, which includes loading the parser
and the English resources (they load on first use, so that ``import defcoop`` stays fast).

Each command runs in a fresh interpreter several times and the best wall time is kept (the least disturbed by
other load); the bare interpreter's start-up (``python -c pass``) is shown for reference and subtracted in the
"defcoop's share" column. ``python -X importtime`` then lists the modules that cost the most to import.

Run::

    python benchmarks/startup.py
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time

TARGETS_MS = {"import defcoop": 100.0, "defcoop --help": 150.0}


def best_wall(cmd: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def import_profile(top: int) -> list[tuple[float, str]]:
    """``(cumulative ms, module)`` of the costliest imports under ``import defcoop``."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import defcoop"], check=True, capture_output=True, text=True
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m[2]) / 1e3, m[3].count(" ") // 2, m[4]))
    rows.sort(reverse=True)
    return [(ms, f"{'  ' * depth}{name}") for ms, depth, name in rows[:top]]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command; the best is kept (default 15)")
    parser.add_argument("--top", type=int, default=12, help="costliest imports to list (default 12)")
    args = parser.parse_args(argv)
    print(f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")

    script = shutil.which("defcoop", path=os.path.dirname(sys.executable))
    help_cmd = [script, "--help"] if script else [sys.executable, "-m", "defcoop", "--help"]
    bare = best_wall([sys.executable, "-c", "pass"], args.runs)
    rows: list[tuple[str, float, float | None]] = [("python -c pass", bare, None)]
    for label, cmd in (("import defcoop", [sys.executable, "-c", "import defcoop"]), ("defcoop --help", help_cmd)):
        rows.append((label, best_wall(cmd, args.runs), TARGETS_MS[label]))
    first_parse = [sys.executable, "-c", "import defcoop; defcoop.parse('General Karim Valiyev met him in Baku.')"]
    rows.append(("first parse", best_wall(first_parse, args.runs), None))  # the parser loads on first use

    print(f"\n{'command':<16} {'wall ms':>8} {'defcoop share':>14} {'target':>8}  verdict")
    for label, ms, target in rows:
        share = f"{ms - bare:.0f}" if label != "python -c pass" else ""
        verdict = "" if target is None else ("ok" if ms < target else "OVER")
        tgt = f"< {target:.0f}" if target is not None else ""
        print(f"{label:<16} {ms:>8.0f} {share:>14} {tgt:>8}  {verdict}")

    print("\ncostliest imports under `import defcoop` (cumulative ms, python -X importtime, one run):")
    for ms, name in import_profile(args.top):
        print(f"{ms:8.1f}  {name}")


if __name__ == "__main__":
    main()
