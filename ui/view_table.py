"""The graph's text alternative: a table of the view's entities and links, under the graph.

What the canvas shows as shapes and lines, this shows as rows a screen reader reads
(and a sighted reader can sort out by eye): every entity with its kind and its number
of links in the view, every link with the number of evidence quotes behind it.
"""

from __future__ import annotations

import streamlit as st

from kg.kinds import KIND_BY_KEY
from kg.model import Subgraph
from kg.text import md_escape

__all__ = ["view_table", "ROWS", "TABLE_KEY"]

#: The table's expander (``st.session_state[TABLE_KEY]`` is True while it is open).
TABLE_KEY = "kg_view_table"

#: Rows shown per table; the exports hold every row.
ROWS = 300


def view_table(sg: Subgraph) -> None:
    degree: dict[str, int] = {}
    for e in sg.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    labels = {n.iri: n.label for n in sg.nodes}
    box = st.expander(f"Table of this view: {len(sg.nodes)} entities, {len(sg.edges)} links (the graph as text)",
                      key=TABLE_KEY, on_change="rerun")
    with box:
        if not box.open:  # filled when opened: the page draws the graph sooner (issue 17)
            return
        entities = sorted(sg.nodes, key=lambda n: (-degree.get(n.iri, 0), n.label.casefold()))
        # st.table renders Markdown in its cells: labels are escaped like every other Markdown.
        st.table([{"Entity": md_escape(n.label), "Kind": KIND_BY_KEY[n.kind].label,
                   "Links in this view": degree.get(n.iri, 0)} for n in entities[:ROWS]])
        links = sorted(sg.edges, key=lambda e: (labels.get(e.source, "").casefold(), e.label,
                                               labels.get(e.target, "").casefold()))
        st.table([{"From": md_escape(labels.get(e.source, e.source)),
                   "Link": md_escape(e.label + (" (inferred)" if e.inferred else "")),
                   "To": md_escape(labels.get(e.target, e.target)), "Evidence quotes": len(e.evidence)}
                  for e in links[:ROWS]])
        if len(sg.nodes) > ROWS or len(sg.edges) > ROWS:
            st.caption(f"The first {ROWS} rows of each table; the exports below hold them all.")
