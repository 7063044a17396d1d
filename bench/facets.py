"""Facet counts: one SPARQL query for every facet against one query per facet.

    python bench/facets.py            # prints a table, writes bench/results/facets.json

On the paper's graph (the overview, and Russia 3 hops), medians of 20 runs of
:func:`kg.explore.facets.entity_values`: all six store-read facets in one query (what
:func:`kg.explore.facets.facets` sends), and the same facets asked one by one (six queries).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import median_seconds, write_results  # noqa: E402
from kg.explore.facets import _QUERIED, entity_values, facets  # noqa: E402
from kg.explore.views import subgraph_for  # noqa: E402
from kg.explore.viewstate import ViewState  # noqa: E402
from kg.store.store import open_store  # noqa: E402

RUNS = 20




def main() -> None:
    store = open_store()
    rows = []
    for name, state in (("overview", ViewState()), ("Russia, 3 hops", ViewState(focus=("actor:russia",), hops=3))):
        view = subgraph_for(store, state.with_(max_nodes=5000))
        iris = [n.iri for n in view.nodes]
        one = 1000 * median_seconds(lambda: entity_values(store, iris), RUNS)
        each = 1000 * median_seconds(lambda: [entity_values(store, iris, [k]) for k in _QUERIED], RUNS)
        whole = 1000 * median_seconds(lambda: facets(store, view), RUNS)
        rows.append({"view": name, "entities": len(iris), "one query ms": round(one, 1),
                     "a query per facet ms": round(each, 1), "facets() ms": round(whole, 1)})
    print(f"{'view':<16} {'entities':>8} {'one query':>10} {'per facet':>10} {'facets()':>9}")
    for r in rows:
        print(f"{r['view']:<16} {r['entities']:>8} {r['one query ms']:>10} {r['a query per facet ms']:>10} "
              f"{r['facets() ms']:>9}")
    write_results("facets", rows)


if __name__ == "__main__":
    main()
