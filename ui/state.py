"""The view lives in the URL: read it, change it, show errors in one place."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import streamlit as st

from kg.errors import KGError, NotFound
from kg.explore.aggregate import GROUP
from kg.explore.filters import UNKNOWN
from kg.explore.viewstate import ViewState
from kg.export.caption import describe_filters
from kg.model import Subgraph
from kg.namespaces import compact
from kg.text import md_escape
from ui import data

__all__ = ["current", "silent", "go", "update", "reset", "errors_shown"]


def _parse() -> tuple[ViewState, str | None]:
    """The ViewState of the URL, or the default view and why the URL cannot be shown."""
    try:
        state = ViewState.from_params(st.query_params.to_dict())
        if state.traits:
            missing = sorted(state.traits - {t.number for t in data.traits(data.store_key())})
            if missing:
                raise KGError(f"No trait {', '.join(map(str, missing))} in the store.")
        for name, iri in state.entities():
            if iri.startswith(GROUP) and name == "sel":
                continue
            try:
                data.entity(iri)
            except NotFound:
                raise KGError(f"URL parameter {name}: no entity {compact(iri)} in the store.") from None
        return state, None
    except KGError as exc:
        return ViewState(), str(exc)


def silent() -> ViewState:
    """The view the URL names, or the default view, without a message: for callbacks, which
    run before the page is drawn (the page says what was wrong)."""
    return _parse()[0]


def current() -> ViewState:
    """The ViewState from the URL; a bad URL shows why and falls back to the default view, whose
    controls all work (a change made there replaces the bad link)."""
    state, problem = _parse()
    if problem:
        st.error(f"This link has a problem: {md_escape(problem)} Showing the default view instead.")
    return state


def go(state: ViewState) -> None:
    """Make ``state`` the URL (and so the view after this rerun)."""
    params = state.to_params()
    if params != st.query_params.to_dict():
        st.query_params.from_dict(params)


def update(**changes) -> None:
    """Callback helper: change some fields of the current view."""
    try:
        before = silent()
        after = before.with_(**changes)
        go(after)
        if after.filters != before.filters:
            chosen = sorted((after.actors | after.places | after.claims) - {UNKNOWN})
            names = {iri: data.entity(iri).label for iri in chosen}
            words = "; ".join(describe_filters(Subgraph((), ()), after, names)) or "none"
            st.toast(f"Filters changed: {md_escape(words)}. The browser's Back button undoes it.")
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
