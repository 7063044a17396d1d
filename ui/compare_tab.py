"""Compare two views (``view=compare&a=…&b=…``): their union drawn with what is only in A, only
in B and in both apart, the differences as a table, and the union's exports.

A side is a saved view (a view with a note in the workspace: "Save this view" in the Graph tab),
any view's link pasted in, or the researcher's workspace.
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from kg.draw.compare import mark
from kg.draw.html import payload
from kg.errors import KGError
from kg.explore.aggregate import GROUP
from kg.explore.compare import WORKSPACE_SIDE
from kg.explore.viewstate import ViewState
from kg.export.caption import describe_view
from kg.model import Subgraph
from kg.text import md_escape
from ui import data
from ui.detail import edge_panel, entity_panel
from ui.export_panel import export_panel
from ui.graph_component import graph_view
from ui.graph_tab import select_edge, select_node
from ui.saved_views import saved_views
from ui.state import update

__all__ = ["compare_tab"]

_KEY = "kg_compare"
_IN = {"a": "only in A", "b": "only in B", "both": "in both"}


def _pick(side: str) -> None:
    value = st.session_state.get(f"w_cmp_{side}")
    update(**{side: value or None, "selected": None, "edge": None})


def _name(value: str, saved: dict[str, str]) -> str:
    if value == WORKSPACE_SIDE:
        return "Your workspace (your own links)"
    return f"{saved[value]} — {value}" if value in saved else value


def _pickers(state: ViewState, saved: dict[str, str]) -> None:
    cols = st.columns(2)
    for side, col in zip(("a", "b"), cols):
        current = getattr(state, side)
        options = list(dict.fromkeys([*saved, WORKSPACE_SIDE, *([current] if current else [])]))
        st.session_state[f"w_cmp_{side}"] = current
        col.selectbox(f"View {side.upper()}", options, key=f"w_cmp_{side}", index=None, accept_new_options=True,
                      format_func=lambda v: _name(v, saved), on_change=_pick, args=(side,),
                      placeholder="a saved view, your workspace, or paste a view's link")


def _ignore() -> None:
    """Double-clicks add neighbours in the Graph tab; a comparison is of two fixed views."""


def _caption(state: ViewState, cmp) -> str:
    counts = cmp.counts()
    sides = [describe_view(cmp.union, state.side(s)) if state.side(s) else "your workspace" for s in ("a", "b")]
    return (f"A is {sides[0]}; B is {sides[1]}. Together {counts['union'][0]} entities and {counts['union'][1]} "
            f"links: {counts['a'][0]} entities and {counts['a'][1]} links only in A, {counts['b'][0]} and "
            f"{counts['b'][1]} only in B, {counts['both'][0]} and {counts['both'][1]} in both. "
            "Blue with solid lines: only in A; orange with dashed lines: only in B; grey and thin: in both "
            "(legend below the graph).")


def _table(cmp) -> None:
    every = st.toggle("List what is in both views too (the whole graph as text)", key="w_cmp_all")
    rows = cmp.differences(include_both=every)
    st.markdown(f"**What differs** — {len(rows)} entities and links " + (
        "of the union" if every else "in only one of the views (the ones in both are left out)"))
    if not rows:
        st.caption("Nothing: the two views draw the same entities and links.")
        return
    st.dataframe([{"": r.what, "Entity or link": r.label, "Kind": r.kind, "In": _IN[r.side],
                   "Evidence quotes": r.evidence} for r in rows], hide_index=True, width="stretch",
                 key="compare_table")


def compare_tab(state: ViewState) -> None:
    saved = saved_views()
    st.markdown("**Compare two views** — their union, with what is only in A, only in B and in both drawn apart.")
    _pickers(state, saved)
    if not saved:
        st.caption("No saved views yet: “Save this view” in the Graph tab keeps one in your workspace. "
                   "Or paste a view's link (its part after ?), e.g. focus=episode:valdai-2014&hops=2.")
    if not state.a or not state.b:
        st.info("Choose two views, A and B.")
        return
    with st.spinner("Querying both views…"):
        cmp = data.comparison(state)
    if not cmp.union.nodes:
        st.info("Both views are empty; choose others.")
        return
    st.caption(md_escape(_caption(state, cmp)))
    drawn = mark(payload(cmp.union, selected=state.selected, selected_edge=state.edge), cmp.sides())
    left, right = st.columns([2, 1], gap="medium")
    with left:
        graph_view(drawn, key=_KEY, on_node=partial(select_node, _KEY), on_edge=partial(select_edge, _KEY),
                   on_expand=_ignore, on_close=lambda: update(selected=None, edge=None))
    with right:
        _detail(state, cmp.union)
    _table(cmp)
    try:
        export_panel(state, cmp.union)
    except KGError as exc:
        st.error(md_escape(exc))


def _detail(state: ViewState, union: Subgraph) -> None:
    if state.edge:
        edge_panel(state.edge, union)
    elif state.selected and not state.selected.startswith(GROUP):
        entity_panel(state.selected, state)
    else:
        st.markdown("**Click a node** to read what the paper says about it, **click a link** to read its "
                    "evidence.")
