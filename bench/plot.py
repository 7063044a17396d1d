"""The growth plot: time against size for the persistent store, kg and raw pyoxigraph.

    python -m bench.plot [bench/results/growth.json]   # redraws docs/bench-growth.svg

Two panels on log-log axes: the load (kg and raw ``bulk_load``, seconds) and the views
(label search, 2-hop, shortest paths; milliseconds per call), kg solid, raw dashed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.report import GROWTH_OPS, record

__all__ = ["plot"]

HERE = Path(__file__).resolve().parent
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"]  # Okabe–Ito


def plot(report: dict, out: Path) -> Path:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [s for s in report["sizes"] if record(report["sizes"][s].get("disk"), "load")]
    triples = [record(report["sizes"][s]["disk"], "load")["triples"] for s in sizes]
    plt.rcParams.update({"font.size": 9, "svg.hashsalt": "kg", "svg.fonttype": "none"})
    fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 3.4), constrained_layout=True,
                                     gridspec_kw={"width_ratios": [1, 1.25]})

    def series(op: str, *, per_call: bool = True) -> tuple[list, list, list, list]:
        xs, kg, rx, raw = [], [], [], []
        for size, n in zip(sizes, triples):
            r = report["sizes"][size]["disk"]
            a, b = record(r, op), record(r, f"raw: {op}")
            calls = a.get("calls", 1) if a and per_call else 1
            if a and "median" in a:
                xs.append(n)
                kg.append(a["median"] / calls)
            if b and "median" in b:
                rx.append(n)
                raw.append(b["median"] / calls)
        return xs, kg, rx, raw

    xs, kg, rx, raw = series("load", per_call=False)
    left.plot(xs, kg, "o-", color=COLOURS[0], label="kg load")
    left.plot(rx, raw, "s--", color=COLOURS[0], alpha=0.7, label="raw bulk_load")
    left.set(xscale="log", yscale="log", xlabel="triples", ylabel="seconds", title="Load into the on-disk store")
    for colour, (op, label) in zip(COLOURS[1:], GROWTH_OPS):
        xs, kg, rx, raw = series(op)
        right.plot(xs, [v * 1000 for v in kg], "o-", color=colour, label=f"{label} (kg)")
        if raw:
            right.plot(rx, [v * 1000 for v in raw], "s--", color=colour, alpha=0.7, label=f"{label} (raw)")
    right.axhline(100, color="#555555", linewidth=0.8, linestyle=":")
    right.set(xscale="log", yscale="log", xlabel="triples", ylabel="milliseconds per call",
              title="Views on the on-disk store")
    from matplotlib.ticker import FuncFormatter, NullFormatter
    for ax in (left, right):  # plain tick labels: mathtext exponents would be drawn at 70%, under 7 pt
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _short(v)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.grid(True, which="major", color="#dddddd", linewidth=0.6)
    # legends beside the axes, never over a line
    left.legend(fontsize=7.5, frameon=False, loc="upper left")
    right.legend(fontsize=7.5, frameon=False, loc="upper left", bbox_to_anchor=(1.02, 1), borderaxespad=0)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, metadata={"Date": None})
    plt.close(fig)
    return out


def _short(value: float) -> str:
    """Triples as a reader says them: 10k, 1M."""
    for factor, suffix in ((1e6, "M"), (1e3, "k")):
        if value >= factor:
            return f"{value / factor:g}{suffix}"
    return f"{value:g}"


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "results" / "growth.json"
    print(plot(json.loads(source.read_text()), HERE.parent / "docs" / "bench-growth.svg"))
