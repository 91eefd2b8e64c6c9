"""Timeline charts for ``defcoop timeline --plot``: one bar per month or year (needs the ``plot`` extra).

Periods with no event between the first and the last one are drawn as empty bars, so the time axis is
even. matplotlib is imported only here, only when a chart is asked for, and without pyplot (no global
state, no display needed).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

PLOT_EXTRA_HINT = "install the plot extra: pip install 'defcoop[plot]'"


def fill_gaps(series: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Insert zero counts for the missing months (``YYYY-MM``) or years (``YYYY``) between the first and last.

    Undated or unrecognised periods are kept, at the end, in their order.
    """
    dated = [(p, n) for p, n in series if _period_index(p) is not None]
    other = [(p, n) for p, n in series if _period_index(p) is None]
    if not dated:
        return list(series)
    counts = dict(dated)
    monthly = len(dated[0][0]) == 7
    indices = [i for i in (_period_index(p) for p, _ in dated) if i is not None]
    out: list[tuple[str, int]] = []
    for i in range(min(indices), max(indices) + 1):
        period = f"{i // 12:04d}-{i % 12 + 1:02d}" if monthly else f"{i:04d}"
        out.append((period, counts.get(period, 0)))
    return out + other


def _period_index(period: str) -> int | None:
    """Month number since year 0 for ``YYYY-MM``, the year for ``YYYY``, else None."""
    if len(period) == 4 and period.isdigit():
        return int(period)
    if len(period) == 7 and period[4] == "-" and period[:4].isdigit() and period[5:].isdigit():
        month = int(period[5:])
        if 1 <= month <= 12:
            return int(period[:4]) * 12 + month - 1
    return None


def plot_timeline(series: Sequence[tuple[str, int]], path: str | Path, *, title: str, ylabel: str = "events") -> Path:
    """Draw a bar chart of counts per period and save it (the format follows the file suffix, e.g. ``.png``).

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    try:
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator
    except ImportError as exc:
        raise ImportError(f"--plot needs matplotlib, which is not installed; {PLOT_EXTRA_HINT}") from exc
    data = fill_gaps(series)
    labels = [p for p, _ in data]
    counts = [n for _, n in data]
    width = min(16.0, max(6.0, 0.35 * len(data) + 2))
    fig = Figure(figsize=(width, 4.5), layout="constrained")
    ax = fig.add_subplot()
    positions = list(range(len(data)))
    bars = ax.bar(positions, counts, color="#2b6ca3", width=0.8)
    if len(data) <= 40:
        ax.bar_label(bars, labels=[str(n) if n else "" for n in counts], padding=2, fontsize=8)
    step = max(1, len(data) // 24)
    ax.set_xticks(positions[::step], labels[::step], rotation=45 if len(data) > 6 else 0, ha="right")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max([*counts, 1]) * 1.15)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    out = Path(path)
    fig.savefig(out, dpi=150)
    return out
