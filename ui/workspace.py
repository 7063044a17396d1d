"""The researcher's workspace in the app: its history, its place in the session's store, and what
the Workspace tab (:mod:`ui.workspace_tab`) and the reading view's link form (:mod:`ui.document_view`)
share: the researcher's name, the link's ends, messages.

The workspace (kg.workspace) lives in this browser session, or, when the app runs with
``KG_WORKSPACE=DIR`` or ``streamlit run app.py -- --workspace DIR``, in that folder: autosaved
at every change, shared by the sessions of whoever runs the app with that folder, and opened
again where it was left at the next start. Its statements are put into the session's own store
(its own named graphs) so the views draw them, marked as the reader's; a toggle takes them out.
"""

from __future__ import annotations

import argparse
import os
import sys

import streamlit as st

from kg.errors import KGError
from kg.explore.viewstate import ViewState
from kg.kinds import KIND_BY_KEY
from kg.namespaces import compact
from kg.text import clean, md_escape
from kg.workspace import NEW_KINDS, ViewTarget, Workspace, entity
from kg.workspace.check import checked
from kg.workspace.history import History
from kg.workspace.sync import show
from ui import data

__all__ = ["commit_checked", "entity_labels", "history", "link_ends", "name_input", "note_text", "notes_on",
           "pop_message", "researcher_name", "resolve_ends", "say", "sync", "view_target", "workspace_dir",
           "workspace_toggle"]

_HISTORY = "_kg_ws_history"
_MESSAGE = "_kg_ws_message"
_FOLDER_ERROR = "_kg_ws_folder_error"
_NAME = "ws_name"        # not a w_ key: Reset view keeps it
_AUTHOR = "_kg_ws_author"  # the name, kept while its field is not drawn
_SHOW = "ws_show"
_NEW_ENTITY = "A new entity…"


def workspace_dir() -> str | None:
    """The autosave folder: ``--workspace DIR`` after ``--`` on the command line, else ``KG_WORKSPACE``."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--workspace")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return known.workspace or os.environ.get("KG_WORKSPACE") or None


@st.cache_resource(show_spinner=False)
def _shared(folder: str) -> History:
    """One History per folder for the whole server: sessions sharing the folder share it."""
    return History(folder)


def history() -> History:
    """The folder's shared History, or this session's own (no folder, or a folder that cannot be read:
    then the tab says why, and nothing in the folder is touched)."""
    folder = workspace_dir()
    if folder:
        try:
            return _shared(os.path.abspath(folder))
        except KGError as exc:
            st.session_state[_FOLDER_ERROR] = str(exc)
    if _HISTORY not in st.session_state:
        st.session_state[_HISTORY] = History()
    return st.session_state[_HISTORY]


def sync() -> None:
    """Make the session's store show the workspace (or not, with the toggle off): before any view is read."""
    ws = history().workspace
    wanted = ws if st.session_state.get(_SHOW, True) else Workspace()
    if not wanted.statements and not data.has_session_store():
        return
    try:
        store = data.session_store()
    except KGError:  # a persistent store or an endpoint: the workspace is kept and saved, not drawn
        return
    show(store, wanted)


def workspace_toggle() -> None:
    """The sidebar's switch (always drawn, so it keeps its state whatever the tab)."""
    ws = history().workspace
    st.toggle(f"Show your workspace ({len(ws)} statement(s))", key=_SHOW, value=True,
              help="Your own links and entities are drawn violet and dotted and marked as yours, never as the paper's")


def _say(kind: str, text: str) -> None:
    st.session_state[_MESSAGE] = (kind, text)


def _commit(*statements) -> None:
    h = history()
    base = h.workspace
    h.commit(checked(base.with_(*statements), data.base_store()), expected=base)


def _name() -> str:
    return st.session_state.get(_NAME) or st.session_state.get(_AUTHOR, "")


def name_input() -> None:
    """The researcher's name; kept in the session when its field is not drawn (another tab)."""
    s = st.session_state
    if _NAME not in s and s.get(_AUTHOR):
        s[_NAME] = s[_AUTHOR]
    st.text_input("Your name (every statement says who made it)", key=_NAME, max_chars=200)
    s[_AUTHOR] = s.get(_NAME, "")


def researcher_name() -> str:
    """The name the researcher set (every statement says who made it)."""
    return _name()


def view_target(state: ViewState) -> ViewTarget:
    """The current view as a note's target: its permalink's query, the selection left out."""
    params = state.with_(selected=None, edge=None).to_params()
    return ViewTarget("&".join(f"{k}={v}" for k, v in sorted(params.items())))


def note_text(text: str) -> str:
    """A note's Markdown shown as its text, escaped, its line breaks kept."""
    return "  \n".join(md_escape(line) or "\u00a0" for line in text.splitlines()) or "\u00a0"


def notes_on(target) -> None:
    """The researcher's notes on an entity, a link or a view (the detail panel, the graph tab)."""
    found = history().workspace.notes_on(target)
    if not found:
        return
    st.markdown(f"**Your notes** ({len(found)}) — your workspace, not the paper")
    for n in found:
        with st.container(border=True):
            st.markdown(note_text(n.text))
            st.caption(f"{md_escape(n.author)} · {md_escape(n.created[:16].replace('T', ' '))}")


def _label(iri: str, labels: dict[str, str]) -> str:
    return labels.get(iri) or compact(iri)


def entity_labels() -> dict[str, str]:
    """IRI -> label of every entity of the paper's graph and of the workspace."""
    return _labels()


def _labels() -> dict[str, str]:
    labels = {iri: label for iri, label, _ in data.entity_choices()}
    labels.update(history().workspace.labels())
    return labels


def link_ends(state: ViewState, labels: dict[str, str], keys: dict[str, str]) -> None:
    """The link's subject, relation (the ontology's) and object, or a new entity of a chosen kind."""
    choices = data.entity_choices()
    known = {iri for iri, _, _ in choices}
    iris = [iri for iri, _, _ in choices] + [iri for iri in history().workspace.labels() if iri not in known]
    kinds = {iri: kind for iri, _, kind in choices}
    show = lambda iri: clean(f"{_label(iri, labels)} ({KIND_BY_KEY[kinds[iri]].label.lower()})"  # noqa: E731
                             if iri in kinds else _label(iri, labels))  # options are plain text, not Markdown
    start = iris.index(state.selected) if state.selected in iris else None
    st.selectbox("From", iris, index=start, format_func=show, key=keys["subject"], placeholder="Choose an entity")
    props = data.store().link_properties
    st.selectbox("Relation (the ontology's)", sorted(props, key=lambda p: props[p].label),
                 format_func=lambda p: clean(f"{props[p].label} ({compact(p)})"), key=keys["relation"])
    st.selectbox("To", [_NEW_ENTITY] + iris, format_func=lambda i: i if i == _NEW_ENTITY else show(i),
                 key=keys["object"], index=None, placeholder="Choose an entity, or a new one")
    if st.session_state.get(keys["object"]) == _NEW_ENTITY:
        cols = st.columns([3, 2])
        cols[0].text_input("Name of the new entity", key=keys["new_label"], max_chars=200)
        cols[1].selectbox("Its kind", list(NEW_KINDS), format_func=lambda k: KIND_BY_KEY[k].label,
                          key=keys["new_kind"])


def resolve_ends(keys: dict[str, str]) -> tuple[list, str, str, str]:
    """The statements a link's ends need (a new entity), and its subject, relation and object."""
    s = st.session_state
    statements = []
    obj = s.get(keys["object"])
    if obj == _NEW_ENTITY:
        made, obj = entity(s.get(keys["new_label"], ""), s.get(keys["new_kind"], "concept"), author=_name())
        statements.append(made)
    subject = s.get(keys["subject"])
    if not subject:
        raise KGError("Choose the entity the link starts at.")
    if not obj:
        raise KGError("Choose the entity the link goes to, or a new one.")
    return statements, subject, s.get(keys["relation"], ""), obj


def commit_checked(*statements) -> None:
    """Add statements to the workspace once the shapes accept them (else :class:`KGError`)."""
    with st.spinner("Checking your link against the project's shapes…"):
        _commit(*statements)


def say(kind: str, text: str) -> None:
    """A message for the next run of the workspace tab or the reading view."""
    _say(kind, text)


def pop_message() -> tuple[str, str] | None:
    return st.session_state.pop(_MESSAGE, None)
