"""The graph view: the drawn subgraph, its detail panel, paths, and exports."""

from __future__ import annotations

import streamlit as st

from kg import analysis
from kg.render import payload
from kg.viewstate import ViewState
from ui import data
from ui.detail import edge_panel, entity_panel
from ui.export_panel import export_panel
from ui.graph_component import graph_view
from ui.md import md
from ui.state import current, update

__all__ = ["graph_tab"]

_KEY = "kg_graph"


def _event(name: str):
    value = st.session_state[_KEY].get(name) if _KEY in st.session_state else None
    return value


def _on_node() -> None:
    node = _event("node")
    if node:
        update(selected=node, edge=None)


def _on_edge() -> None:
    edge = _event("edge")
    if edge and edge.count("|") == 2:
        update(edge=tuple(edge.split("|")), selected=None)


def _on_expand() -> None:
    node = _event("expand")
    if node:
        state = current()
        update(focus=tuple(dict.fromkeys(state.focus + (node,))), selected=node, edge=None)


def _describe(state: ViewState, sg) -> str:
    shown = f"{len(sg.nodes)} entities, {len(sg.edges)} links"
    if sg.total_nodes:
        shown = f"Showing the {len(sg.nodes)} best-connected of {sg.total_nodes} entities ({len(sg.edges)} links); " \
                "raise “Most nodes drawn” or add filters"
    if state.path_from and state.path_to:
        return f"Shortest paths: {shown}. Path links are drawn thick orange."
    if state.focus:
        return f"Neighbourhood, {state.hops} hop(s): {shown}."
    return f"Overview of the seven traits: {shown}."


def graph_tab(state: ViewState) -> None:
    with st.spinner("Querying the graph…"):
        sg = data.view_subgraph(state)
    if not sg.nodes:
        st.info("Nothing matches this view. Remove a filter, widen the period or add hops.")
        return
    st.caption(md(_describe(state, sg)))
    if not sg.edges and state.filters and len(sg.nodes) <= len(state.focus):
        st.info("No entity linked to the focus matches the filters. Remove a filter, widen the period or add hops.")
    sizes = colours = None
    if state.size_by != "none" or state.colour_by == "community":
        metrics = data.metrics(state)
        sizes = analysis.sizes(metrics, state.size_by) or None
        colours = analysis.community_colours(metrics) if state.colour_by == "community" else None
    left, right = st.columns([3, 2], gap="medium")
    with left:
        graph_view(payload(sg, selected=state.selected, sizes=sizes, colours=colours, height=620), key=_KEY,
                   on_node=_on_node, on_edge=_on_edge, on_expand=_on_expand)
        if state.path_from and state.path_to:
            _paths(state)
    with right:
        if state.edge:
            edge_panel(state.edge, sg)
        elif state.selected:
            entity_panel(state.selected, state)
        else:
            st.markdown("**Click a node** to read what the paper says about it, **click a link** to read its "
                        "evidence, **double-click** a node to add its neighbours.")
    export_panel(state, sg)


def _paths(state: ViewState) -> None:
    paths = data.paths(state.path_from, state.path_to)
    st.markdown(f"**{len(paths)} shortest path(s), {len(paths[0].edges) if paths else 0} link(s) each**")
    labels = {}
    for p in paths:
        for e in p.edges:
            labels[e.source] = labels.get(e.source) or data.entity(e.source).label
            labels[e.target] = labels.get(e.target) or data.entity(e.target).label
    for p in paths:
        steps = [md(labels.get(p.nodes[0], p.nodes[0]))]
        for here, nxt, e in zip(p.nodes, p.nodes[1:], p.edges):
            arrow = f" —{md(e.label)}→ " if e.source == here else f" ←{md(e.label)}— "
            steps.append(arrow + md(labels.get(nxt, nxt)))
        st.markdown("".join(steps))

