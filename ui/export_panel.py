"""The Export panel: download buttons built from the Subgraph on screen.

Files are made only when a button is clicked (Streamlit calls the data
callable then), and the panel's buttons are only sent while it is open: a
closed panel costs the page nothing to draw.
"""

from __future__ import annotations

import streamlit as st

from kg.explore.viewstate import ViewState
from kg.export.exporter import FORMATS, GROUPS, Exporter
from kg.model import Subgraph
from kg.text import md_escape
from ui import data

__all__ = ["export_panel", "PANEL_KEY"]

#: The panel's expander (``st.session_state[PANEL_KEY]`` is True while it is open).
PANEL_KEY = "kg_export_panel"


def export_panel(state: ViewState, sg: Subgraph) -> None:
    box = st.expander("Export this view — data, figures, bibliography, evidence, manifest", key=PANEL_KEY,
                      on_change="rerun")
    with box:
        if not box.open:  # filled when opened: the page draws the graph sooner (issue 17)
            return
        exporter = Exporter(data.store(), state, sg)
        size = st.radio("Figure size", ["column", "page"], horizontal=True, key="w_export_size",
                        format_func={"column": "one journal column (3.5 in)", "page": "full page (7 in)"}.get)
        st.caption(f"Suggested caption: {md_escape(exporter.caption)}")
        for group, heading in GROUPS.items():
            formats = [f for f in FORMATS if f.group == group]
            if not formats:
                continue
            st.markdown(f"**{heading}**")
            cols = st.columns(4)
            for i, fmt in enumerate(formats):
                chosen = size if fmt.sized else None
                cols[i % 4].download_button(
                    exporter.label(fmt.key), data=lambda f=fmt.key, s=chosen: exporter.export(f, size=s).data,
                    file_name=exporter.filename(fmt.key, chosen), mime=fmt.mime, key=f"dl_{fmt.key}",
                    on_click="ignore", width="stretch")
