"""The graph view: the drawn subgraph, its detail panel, paths, and exports."""

from __future__ import annotations

import math

import streamlit as st

from kg.draw.html import payload
from kg.draw.style import community_legend
from kg.explore import analysis
from kg.explore.aggregate import GROUP
from kg.explore.viewstate import ViewState
from kg.export.caption import describe_view
from kg.text import md_escape
from ui import data
from ui.detail import edge_panel, entity_panel
from ui.export_panel import export_panel
from ui.facet_panel import chosen_names
from ui.graph_component import graph_view
from ui.map_tab import LINKED_SIZE, map_chart
from ui.state import errors_shown, silent, update
from ui.tabs import timeline_chart
from ui.saved_views import save_view
from ui.view_table import view_table
from ui.workspace import notes_on, view_target

__all__ = ["graph_tab", "select_edge", "select_node"]

_KEY = "kg_graph"
#: The detail panel sits beside the graph only on a wide window; below it otherwise, so the
#: graph keeps the content's width (Streamlit's columns only stack below 640 px).
WIDE_ONLY = """@media (max-width: 1699px) {
  .st-key-kg_graph_row [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
  .st-key-kg_graph_row [data-testid="stColumn"] { flex: 1 1 100% !important; width: 100% !important;
                                                   min-width: 100% !important; }
}"""


#: The linked layout puts the graph beside the timeline and the map when its row is wide enough for the
#: map (600 px) in half of it, one above the other otherwise. A container query, not a media query: what
#: counts is the width left beside the sidebar (a window of 1,280-1,600 px with the sidebar open cut the
#: map and the timeline's legend on the right at the old 1,200 px window breakpoint).
_LINKED = """.st-key-kg_linked_row { container-type: inline-size; }
@container (max-width: 1239px) {
  .st-key-kg_linked_row [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
  .st-key-kg_linked_row [data-testid="stColumn"] { flex: 1 1 100% !important; width: 100% !important;
                                                    min-width: 100% !important; }
}"""


def _event(name: str, key: str = _KEY):
    return st.session_state[key].get(name) if key in st.session_state else None


def select_node(key: str = _KEY) -> None:
    """The click on a node of the graph component ``key``: select it (the graph's and the argument map's)."""
    node = _event("node", key)
    if node:
        update(selected=node, edge=None)


def select_edge(key: str = _KEY) -> None:
    """The click on a link of the graph component ``key``: select it."""
    edge = _event("edge", key)
    if edge and edge.count("|") == 2:
        update(edge=tuple(edge.split("|")), selected=None)


def _on_close() -> None:
    update(selected=None, edge=None)


def _on_expand() -> None:
    node = _event("expand")
    if node:
        state = silent()
        update(focus=tuple(dict.fromkeys(state.focus + (node,))), selected=node, edge=None)


def _describe(state: ViewState, sg) -> str:
    """The caption over the graph: the export's caption names the view in the same words."""
    shown = f"{len(sg.nodes)} entities, {len(sg.edges)} links"
    if state.group != "none":
        shown = f"summarised by {state.group}: {len(sg.nodes)} nodes, {len(sg.edges)} links; click a summary " \
                "node to list its members"
    elif sg.total_nodes:
        shown = f"showing {len(sg.nodes)} of {sg.total_nodes} entities, best connected first ({len(sg.edges)} links); " \
                "turn the page, summarise, add filters or raise “Most nodes drawn”"
    words = describe_view(sg, state, chosen_names(state)).removeprefix("the ")
    text = f"{words[0].upper()}{words[1:]}: {shown}."
    if state.colour_by == "community":
        text += " Colour marks the Louvain community, shape the kind of entity (legend below)."
    if state.path_from and state.path_to:
        unused = " The filters do not apply to paths: every shortest path is shown." if state.filters else ""
        return f"{text} Path links are drawn thick orange.{unused}"
    return text


def graph_tab(state: ViewState) -> None:
    with st.spinner("Querying the graph…"):
        sg = data.drawn_subgraph(state)  # the evidence comes after the graph is drawn
    if not sg.nodes:
        st.info("Nothing matches this view. Remove a filter, widen the period or add hops.")
        return
    st.caption(md_escape(_describe(state, sg)))
    notes_on(view_target(state))  # the researcher's notes on this very view
    save_view(state)
    _large_view(state, sg)
    if not sg.edges and state.filters and len(sg.nodes) <= len(state.focus):
        st.info("No entity linked to the focus matches the filters. Remove a filter, widen the period or add hops.")
    st.html(f"<style>{WIDE_ONLY}{_LINKED if state.layout == 'linked' else ''}</style>")
    _views(state)
    sg = data.view_subgraph(state)  # the same view with its links' evidence
    view_table(sg)
    export_panel(state, sg)


@st.fragment
def _views(page: ViewState) -> None:
    """The graph, its detail panel and, in the linked layout, the timeline and the map. A fragment:
    a selection made in them (a node, a link, a place) reruns them alone, not the sidebar, the
    tables and the export panel, which do not show it; any other change (a period brushed, a focus)
    is drawn here first, then reruns the whole page (the sidebar's counts, the tables). ``page``: the
    view the rest of the page shows."""
    state = silent()
    if (state.view, state.layout) != (page.view, page.layout):
        st.rerun()  # another view: the whole page
    with errors_shown():  # a fragment's rerun runs outside the page's own
        _draw_views(state)
    if state.with_(selected=page.selected, edge=page.edge) != page:
        st.rerun()  # a period brushed, a focus: drawn here first, then the rest of the page follows


def _draw_views(state: ViewState) -> None:
    sg = data.drawn_subgraph(state)
    sizes = colours = None
    if state.size_by != "none" or state.colour_by == "community":
        metrics = data.metrics(state)
        sizes = analysis.sizes(metrics, state.size_by) or None
        colours = analysis.community_colours(metrics) if state.colour_by == "community" else None
    drawn = (payload(sg, selected=state.selected, selected_edge=state.edge, sizes=sizes, colours=colours,
                     also_selected=tuple(sorted(data.selection(state) - {state.selected})))
             if sizes or colours or state.group != "none" else data.view_payload(state))
    if colours:
        drawn["legend"] = community_legend(drawn["legend"], data.metrics(state), colours)
    if state.layout == "linked":
        with st.container(key="kg_linked_row"):
            left, middle = st.columns([1, 1], gap="medium")
        right = st.container()
    else:
        with st.container(key="kg_graph_row"):
            left, right = st.columns([2, 1], gap="medium")
    with left:
        graph_view(drawn, key=_KEY, on_node=select_node, on_edge=select_edge, on_expand=_on_expand, on_close=_on_close)
        if state.path_from and state.path_to:
            _paths(state)
    if state.layout == "linked":  # after the graph: the page draws the graph first
        with middle:
            st.markdown("**Timeline of this view** (drag across it to choose a period)")
            timeline_chart(state, key="linked_timeline")
            st.markdown("**Map of this view** (click a place to select it and its episodes)")
            map_chart(state, key="linked_map", size=LINKED_SIZE)
    with right:
        if state.edge:
            edge_panel(state.edge, data.view_subgraph(state))
        elif state.selected and state.selected.startswith(GROUP):
            _members(state)
        elif state.selected:
            entity_panel(state.selected, state)
        else:
            st.markdown("**Click a node** to read what the paper says about it, **click a link** to read its "
                        "evidence, **double-click** a node to add its neighbours.")


def _paths(state: ViewState) -> None:
    paths = data.paths(state.path_from, state.path_to)
    st.markdown(f"**{len(paths)} shortest path(s), {len(paths[0].edges) if paths else 0} link(s) each**")
    labels = {}
    for p in paths:
        for e in p.edges:
            labels[e.source] = labels.get(e.source) or data.entity(e.source).label
            labels[e.target] = labels.get(e.target) or data.entity(e.target).label
    for p in paths:
        steps = [md_escape(labels.get(p.nodes[0], p.nodes[0]))]
        for here, nxt, e in zip(p.nodes, p.nodes[1:], p.edges):
            arrow = f" —{md_escape(e.label)}→ " if e.source == here else f" ←{md_escape(e.label)}— "
            steps.append(arrow + md_escape(labels.get(nxt, nxt)))
        st.markdown("".join(steps))



def _large_view(state: ViewState, sg) -> None:
    """Paging and summaries for a view with more entities than it draws."""
    if not sg.total_nodes and state.group == "none" and state.page == 1:
        return
    cols = st.columns([1, 2, 3])
    if state.group == "none":
        pinned = len(set(state.focus) & {n.iri for n in sg.nodes})
        count = max(1, math.ceil(((sg.total_nodes or len(sg.nodes)) - pinned) / max(1, state.max_nodes - pinned)))
        st.session_state["w_page"] = min(state.page, count)
        cols[0].number_input(f"Page (of {count})", 1, count, key="w_page",
                             on_change=lambda: update(page=int(st.session_state["w_page"]), selected=None, edge=None))
    st.session_state["w_group"] = state.group
    cols[1].selectbox("Summarise into one node per", ["none", "kind", "community"], key="w_group",
                      on_change=lambda: update(group=st.session_state["w_group"], page=1, selected=None, edge=None))


def _members(state: ViewState) -> None:
    summary = data.grouped(state)
    members = summary.members.get(state.selected, ())
    node = summary.view.node(state.selected)
    st.subheader(md_escape(node.label) if node else "Summary node", anchor=False)
    st.caption(f"A summary of {len(members)} entities; focus on one to see it in full.")
    for i, iri in enumerate(members[:60]):
        cols = st.columns([4, 1])
        cols[0].markdown(md_escape(data.entity(iri).label))
        cols[1].button("Focus", key=f"member_{i}", on_click=update,
                       kwargs={"focus": (iri,), "selected": iri, "group": "none", "page": 1, "edge": None})
    if len(members) > 60:
        st.caption(f"… and {len(members) - 60} more.")
