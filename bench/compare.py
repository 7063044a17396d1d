"""Comparing two views: the two views' queries, and the set arithmetic on their Subgraphs.

    python bench/compare.py           # prints a table, writes bench/results/compare.json

On the paper's graph, medians of 20 runs: :func:`kg.explore.views.comparison_for` (both views
built with their evidence, then compared: what the Compare tab and ``python -m kg compare`` do),
the two views alone, and :func:`kg.explore.compare.compare` on the two Subgraphs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import median_seconds, write_results  # noqa: E402
from kg.explore.compare import compare  # noqa: E402
from kg.explore.views import comparison_for, subgraph_for  # noqa: E402
from kg.explore.viewstate import ViewState  # noqa: E402
from kg.store.store import open_store  # noqa: E402

RUNS = 20
PAIRS = (("focus=episode:valdai-2014&hops=2", "focus=trait:6"),
         ("focus=actor:russia&hops=2", "view=argument"),
         ("view=graph", "focus=actor:russia&hops=3"))




def main() -> None:
    store = open_store()
    rows = []
    for a, b in PAIRS:
        state = ViewState(view="compare", a=a, b=b)
        views = [subgraph_for(store, state.side(s)) for s in ("a", "b")]
        cmp = comparison_for(store, state)
        rows.append({"a": a, "b": b, "union": list(cmp.counts()["union"]),
                     "comparison_for ms": round(1000 * median_seconds(lambda: comparison_for(store, state), RUNS), 1),
                     "two views ms": round(1000 * median_seconds(lambda: [subgraph_for(store, state.side(s)) for s in "ab"], RUNS), 1),
                     "compare() ms": round(1000 * median_seconds(lambda: compare(*views), RUNS), 2)})
    for r in rows:
        print(f"{r['a']:<34} {r['b']:<28} union {r['union'][0]:>3} entities {r['union'][1]:>3} links: "
              f"{r['comparison_for ms']:>7} ms (views {r['two views ms']} ms, compare() {r['compare() ms']} ms)")
    write_results("compare", rows)


if __name__ == "__main__":
    main()
