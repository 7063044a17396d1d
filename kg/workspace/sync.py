"""Put a workspace into a store (each statement in its own named graph), or take it out.

The views then read the researcher's statements like any other triple, and mark them as the
reader's own (:attr:`kg.store.store.Store.uploaded`); taking the workspace out (the toggle)
leaves the paper's graphs exactly as they were, since only ``graph/workspace/`` is touched.
"""

from __future__ import annotations

from rdflib import Graph

from kg.store.store import WORKSPACE, Store
from kg.workspace.statements import Workspace

__all__ = ["hide", "show", "shown"]

_NT = "application/n-triples"


def shown(store: Store) -> list[str]:
    """The workspace statement graphs in ``store``."""
    return [g for g in store.backend.graphs() if g.startswith(WORKSPACE)]


def hide(store: Store) -> None:
    """Remove every workspace graph from ``store``."""
    for graph in shown(store):
        store.drop_graph(graph)


def show(store: Store, ws: Workspace) -> None:
    """Make the store's workspace graphs exactly ``ws``'s statements."""
    wanted = {st.graph: st for st in ws.statements}
    for graph in shown(store):
        if graph not in wanted:
            store.drop_graph(graph)
    present = set(shown(store))
    for graph, st in wanted.items():
        if graph in present:
            continue  # a statement never changes: its graph is new whenever its content is
        g = Graph()
        for t in st.triples:
            g.add(t)
        store.load_bytes(g.serialize(format="nt", encoding="utf-8"), format=_NT, graph=graph,
                         source="your workspace")
