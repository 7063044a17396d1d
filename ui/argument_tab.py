"""The Argument view (view=argument): the argument map drawn, its detail panel, its exports, and
the outline beneath it as its text alternative."""

from __future__ import annotations

from functools import partial

import streamlit as st

from kg.draw.html import payload
from kg.explore.argument import argument_map
from kg.explore.viewstate import ViewState
from kg.export.argdown import argdown
from kg.export.caption import describe_view
from kg.text import md_escape
from ui import data
from ui.detail import edge_panel, entity_panel
from ui.export_panel import export_panel
from ui.graph_component import graph_view
from ui.graph_tab import WIDE_ONLY, select_edge, select_node
from ui.state import update

__all__ = ["argument_tab"]

_KEY = "kg_argmap"
#: How each relation is named in the outline: colour and words (attacks in red, so they stand out).
_SHOWN = {"supports": ":green[**supports**]", "example": ":green[example]",
          "attacks": ":red[**attacks**]", "rebuts": ":red[**rebuts**]"}


def _event(name: str):
    return st.session_state[_KEY].get(name) if _KEY in st.session_state else None


def _on_expand() -> None:
    """A double-click opens the claim's neighbourhood in the graph."""
    node = _event("expand")
    if node:
        update(view="graph", focus=(node,), selected=node, edge=None)


def _on_close() -> None:
    update(selected=None, edge=None)


def argument_tab(state: ViewState) -> None:
    store = data.store()
    sg = data.view_subgraph(state)
    words = describe_view(sg, state)
    st.caption(md_escape(f"{words[0].upper()}{words[1:]}. Click a claim or an episode for its details and "
                         "evidence, a link for its quotes; double-click to open it in the graph. The outline under "
                         "the map says the same in words."))
    st.html(f"<style>{WIDE_ONLY}</style>")  # the panel beside the map on wide windows, below it otherwise
    with st.container(key="kg_graph_row"):
        left, right = st.columns([2, 1], gap="medium")
    with left:
        graph_view(payload(sg, selected=state.selected, selected_edge=state.edge), key=_KEY,
                   on_node=partial(select_node, _KEY), on_edge=partial(select_edge, _KEY), on_expand=_on_expand,
                   on_close=_on_close)
    with right:
        if state.edge:
            edge_panel(state.edge, sg)
        elif state.selected:
            entity_panel(state.selected, state)  # its Focus and Expand open the graph (the map has no focus)
        else:
            st.markdown("**Click a claim** to read it with what supports and attacks it, **click a link** to read "
                        "the paper's words for it.")
    export_panel(state, sg)
    st.download_button("Argdown (.argdown)", argdown(store), file_name="argument.argdown", mime="text/plain")
    _outline(store)


def _outline(store) -> None:
    """The map in words (its text alternative): each claim with what supports and attacks it."""
    claims = argument_map(store)
    alone = sum(c.alone for c in claims)
    st.markdown(f"**The argument as text** — {len(claims)} claims, each with what supports it and what attacks "
                "it (the theses first, then the traits' claims beneath them; episodes are the paper's examples; "
                f"last, the {alone} claims the paper states that no support or attack is coded for).")
    for claim in claims:
        head = "Thesis: " if claim.thesis else ""
        st.markdown(f"**{md_escape(head + claim.label)}**  \n{md_escape(claim.text)}")
        if claim.alone:
            st.caption("Stated in the paper; no support, example, attack or rebuttal is coded for it, so the "
                       "map, which draws those links, does not show it.")
        for link in claim.incoming:
            st.markdown(f"- {_SHOWN[link.relation]} — {md_escape(link.label)}")
        st.button("Show in the graph", key=f"arg_{claim.iri}", on_click=update,
                  kwargs={"view": "graph", "focus": (claim.iri,), "selected": claim.iri, "edge": None})
        st.divider()
