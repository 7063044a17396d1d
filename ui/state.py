"""The view lives in the URL: read it, change it, show errors in one place."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import streamlit as st

from kg.errors import KGError
from kg.explore.viewstate import ViewState
from kg.text import md_escape
from ui import data

__all__ = ["current", "go", "update", "reset", "errors_shown"]


def current() -> ViewState:
    """The ViewState from the URL; a bad URL shows why and falls back to defaults."""
    try:
        state = ViewState.from_params(st.query_params.to_dict())
        if state.traits:
            missing = sorted(state.traits - {t.number for t in data.traits(data.store_key())})
            if missing:
                raise KGError(f"No trait {', '.join(map(str, missing))} in the store.")
        return state
    except KGError as exc:
        st.error(f"This link has a problem: {md_escape(exc)} Showing the default view instead.")
        return ViewState()


def go(state: ViewState) -> None:
    """Make ``state`` the URL (and so the view after this rerun)."""
    params = state.to_params()
    if params != st.query_params.to_dict():
        st.query_params.from_dict(params)


def update(**changes) -> None:
    """Callback helper: change some fields of the current view."""
    try:
        go(current().with_(**changes))
    except KGError as exc:
        st.session_state["_kg_error"] = str(exc)


def reset() -> None:
    st.query_params.clear()
    for key in list(st.session_state):
        if key.startswith("w_"):
            del st.session_state[key]


@contextmanager
def errors_shown() -> Iterator[None]:
    """Show a KGError as a sentence where it happened; anything else is a bug."""
    message = st.session_state.pop("_kg_error", None)
    if message:
        st.error(md_escape(message))
    try:
        yield
    except KGError as exc:
        st.error(md_escape(exc))
