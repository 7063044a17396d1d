"""Saved views: a view with a note in the researcher's workspace, named by that note, and the
steps of the workspace's stories.

"Save this view" (the Graph tab) adds a note on the view (kg.workspace.ViewTarget), so a saved
view is kept, autosaved, checked, exported and undone like every other statement; the Compare
tab offers the saved views as its sides.
"""

from __future__ import annotations

import streamlit as st

from kg.errors import KGError
from kg.explore.viewstate import ViewState
from kg.text import md_escape
from kg.workspace import ViewTarget, note
from kg.workspace.check import checked
from kg.workspace.story import stories
from ui import data
from ui.workspace import history, view_target

__all__ = ["save_view", "saved_views"]


def saved_views() -> dict[str, str]:
    """Each saved view's query (canonical, as a comparison's side) to its name (its first note's first line)."""
    out: dict[str, str] = {}
    for n in history().workspace.notes():
        if isinstance(n.target, ViewTarget):
            try:
                query = ViewState(a=n.target.query or "view=graph").a  # "": the overview
            except KGError:  # a view this store cannot show (an entity it lacks): not offered
                continue
            if query:
                out.setdefault(query, (n.text.strip().splitlines() or [query])[0][:80])
    for story, _ in stories(history().workspace):  # a story's steps are saved views too
        for number, step in enumerate(story.steps, 1):
            try:
                query = ViewState(a=step.view or "view=graph").a
            except KGError:
                continue
            if query:
                first = (step.note.strip().splitlines() or [""])[0][:60]
                out.setdefault(query, f"{story.title[:40]}, step {number}" + (f": {first}" if first else ""))
    return out


def _save(state: ViewState) -> None:
    name = st.session_state.get("w_save_view_name", "").strip()
    try:
        if not name:
            raise KGError("Give the view a name to save it.")
        h = history()
        base = h.workspace
        h.commit(checked(base.with_(note(view_target(state.with_(view="graph")), name,
                                         author=st.session_state.get("ws_name", ""))), data.base_store()),
                 expected=base)
        st.session_state["_kg_saved_view"] = ("success", (f"Saved “{name}” in your workspace: compare it with "
                                                          "another view in the Compare tab."))
    except KGError as exc:
        st.session_state["_kg_saved_view"] = ("error", str(exc))


def save_view(state: ViewState) -> None:
    """The Graph tab's "Save this view": a name (and yours), kept as a note on the view."""
    with st.popover("Save this view"):
        message = st.session_state.pop("_kg_saved_view", None)
        if message:
            (st.success if message[0] == "success" else st.error)(md_escape(message[1]))
        st.text_input("Name of the view", key="w_save_view_name", max_chars=200)
        st.text_input("Your name (every statement says who made it)", key="ws_name", max_chars=200)
        st.button("Save", key="w_save_view", on_click=_save, args=(state,))
