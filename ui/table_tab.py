"""The Table view (view=table): the current selection as rows, sortable, downloadable as CSV.

The rows are kg.explore.table's: the same data the CSV holds and the text alternative of the
graph and the timeline.
"""

from __future__ import annotations

import streamlit as st

from kg.explore.table import entity_rows, table_csv
from kg.explore.viewstate import ViewState
from kg.export.caption import describe_view
from kg.export.naming import file_stem
from kg.kinds import KIND_BY_KEY
from kg.text import md_escape
from ui import data
from ui.facet_panel import chosen_names

__all__ = ["table_tab", "rows"]


@st.cache_data(max_entries=64, show_spinner=False)
def _rows(key: str, params: tuple[tuple[str, str], ...]):
    state = ViewState.from_params(dict(params))
    return entity_rows(data.store(), data.whole_view(state))


def rows(state: ViewState):
    """The table's rows for a view (every entity of it, not one page)."""
    return _rows(data.store_key(), tuple(sorted(state.with_(view="table", selected=None, edge=None).to_params().items())))


def table_tab(state: ViewState) -> None:
    found = rows(state)
    if not found:
        st.info("Nothing matches this view. Remove a filter, widen the period or add hops.")
        return
    sg = data.whole_view(state)
    words = describe_view(sg, state, chosen_names(state)).removeprefix("the ")
    st.caption(md_escape(f"{words[0].upper()}{words[1:]}: {len(found)} entities. Click a column's header to sort "
                         "by it; the CSV holds the same rows."))
    st.dataframe([{"entity": r.label, "kind": KIND_BY_KEY[r.kind].label if r.kind in KIND_BY_KEY else r.kind,
                   "date": r.date, "year": r.start_year, "places": "; ".join(r.places),
                   "traits": ", ".join(map(str, r.traits)), "evidence": r.evidence,
                   "selected": "◀ selected" if r.iri == state.selected else ""} for r in found],
                 hide_index=True, width="stretch", key="kg_table", height=min(36 + 35 * len(found), 720),
                 column_config={"entity": st.column_config.TextColumn(width="large"),
                                "evidence": st.column_config.NumberColumn("evidence quotes", format="%d"),
                                "year": st.column_config.NumberColumn("first year", format="%d")})
    st.download_button("Download the table (CSV)", table_csv(found), file_name=f"{file_stem(state)}-table.csv",
                       mime="text/csv", key="table_csv")
