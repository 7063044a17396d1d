"""The explorer: `streamlit run app.py`.

A thin view: the URL holds the view (kg.explore.viewstate.ViewState), kg computes the
subgraph and tables, ui/ renders them. Errors the user can act on (KGError)
are shown as sentences where they happen.
"""

from __future__ import annotations

import streamlit as st

from kg.explore.viewstate import VIEWS
from kg.text import md_escape
from ui import data
from ui.argument_tab import argument_tab
from ui.compare_tab import compare_tab
from ui.graph_tab import graph_tab
from ui.map_tab import map_tab
from ui.query_tab import query_tab
from ui.reading_tab import paper_tab
from ui.sidebar import sidebar
from ui.state import current, errors_shown, update
from ui.table_tab import table_tab
from ui.tabs import analytics_tab, matrix_tab, ontology_tab, sources_tab, timeline_tab
from ui.story import player, show_note, story_section
from ui.workspace import sync as show_workspace
from ui.workspace_tab import workspace_tab

st.set_page_config(page_title="Russian negotiating style — knowledge graph", page_icon="🕸️", layout="wide")

#: Captions in a solid grey: Streamlit fades them with opacity 0.6, which axe-core measures
#: below 4.5:1 when the page is busy; #55575f on white is 7:1 (WCAG 2.2 AA asks 4.5:1).
_CSS = "<style>[data-testid='stCaptionContainer'] {opacity: 1; color: #55575f}</style>"

LABELS = {"graph": "Graph", "timeline": "Timeline", "map": "Map", "matrix": "Trait × episode", "table": "Table",
          "argument": "Argument", "sources": "Sources", "query": "Query", "ontology": "Ontology",
          "analytics": "Analytics", "paper": "Paper", "workspace": "Workspace", "compare": "Compare"}
RENDER = {"graph": graph_tab, "timeline": timeline_tab, "map": map_tab, "matrix": matrix_tab, "table": table_tab,
          "argument": argument_tab,
          "sources": sources_tab, "query": query_tab, "ontology": ontology_tab, "analytics": analytics_tab,
          "paper": paper_tab, "workspace": lambda state: (workspace_tab(state), story_section(state)),
          "compare": compare_tab}


def _switch_view() -> None:
    update(view=st.session_state.get("w_view") or "graph")


st.html(_CSS)
with errors_shown():
    show_workspace()  # the researcher's own statements, in this session's store, before any view is read
    if data.store().notice:  # e.g. the last `python -m kg load` into this store did not finish
        st.warning(md_escape(data.store().notice))
    state = current()
    st.session_state["w_view"] = state.view
    st.segmented_control("View", VIEWS, key="w_view", format_func=LABELS.get, on_change=_switch_view,
                         label_visibility="collapsed")
    note = player(state)  # a story being played: its step bar, and the step's note beside the view
    if note is None:
        RENDER[state.view](state)
    else:
        view, beside = st.columns([3, 1], gap="medium")
        with view:
            RENDER[state.view](state)
        with beside:
            show_note(note)
    sidebar(state)  # after the view: the browser gets the graph first (the sidebar has its own place)
