"""The Argument view (view=argument): the paper's claims, each with what supports and attacks it."""

from __future__ import annotations

import streamlit as st

from kg.explore.argument import argument_map
from kg.explore.viewstate import ViewState
from kg.export.argdown import argdown
from kg.text import md_escape
from ui import data
from ui.state import update

#: How each relation is named on the page: colour and words (attacks in red, so they stand out).
_SHOWN = {"supports": ":green[**supports**]", "example": ":green[example]",
          "attacks": ":red[**attacks**]", "rebuts": ":red[**rebuts**]"}


def argument_tab(state: ViewState) -> None:
    store = data.store()
    claims = argument_map(store)
    st.caption(f"The paper's argument: {len(claims)} claims, each with what supports it and what attacks it "
               "(the theses first, then the traits' claims beneath them; episodes are the paper's examples).")
    st.download_button("Argdown (.argdown)", argdown(store), file_name="argument.argdown", mime="text/plain")
    for claim in claims:
        head = "Thesis: " if claim.thesis else ""
        st.markdown(f"**{md_escape(head + claim.label)}**  \n{md_escape(claim.text)}")
        for link in claim.incoming:
            st.markdown(f"- {_SHOWN[link.relation]} — {md_escape(link.label)}")
        st.button("Show in the graph", key=f"arg_{claim.iri}", on_click=update,
                  kwargs={"view": "graph", "focus": (claim.iri,), "selected": claim.iri, "edge": None})
        st.divider()
