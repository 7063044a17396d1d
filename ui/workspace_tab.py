"""The Workspace tab (``view=workspace``): your name, notes, links with your evidence, documents of
your own (uploaded or pasted), your notes and statements, undo/redo, download and open.

The workspace itself — its history, autosave folder and place in the session's store — is
:mod:`ui.workspace`.
"""

from __future__ import annotations

import streamlit as st
from rdflib.namespace import DCTERMS, RDFS

from kg.errors import KGError
from kg.explore.aggregate import GROUP
from kg.explore.viewstate import ViewState
from kg.text import clean, md_escape
from kg.workspace import ViewTarget, Workspace, link, note, source
from kg.workspace.bibtex import parse_bibtex
from kg.workspace.check import open_workspace
from kg.workspace.documents import originals_from_zip, page_label, read_document, to_zip
from kg.workspace.statements import document, find_passage, passage_link, to_trig
from ui import data
from ui.workspace import (
    _FOLDER_ERROR,
    _MESSAGE,
    _commit,
    _label,
    _labels,
    _name,
    _say,
    commit_checked,
    history,
    link_ends,
    name_input,
    note_text,
    resolve_ends,
    view_target,
    workspace_dir,
)

__all__ = ["workspace_tab"]

_NEW_SOURCE = "A new source (paste its BibTeX)"
def _add_note(target) -> None:
    try:
        _commit(note(target, st.session_state.get("ws_note_text", ""), author=_name()))
        st.session_state["ws_note_text"] = ""
        _say("success", "Your note was added to the workspace.")
    except KGError as exc:
        _say("error", str(exc))


def _add_link() -> None:
    s = st.session_state
    try:
        statements, subject, relation, obj = resolve_ends(_LINK_KEYS)
        src = s.get("ws_link_source")
        if src in (None, _NEW_SOURCE):
            record = parse_bibtex(s.get("ws_bibtex", ""), s.get("ws_locator", ""))
            made, src = source(record, author=_name())
            statements.append(made)
        documents = history().workspace.documents()
        if src in documents:  # a passage of your own document: verbatim by construction, anchored
            text = documents[src][1]
            start, end = find_passage(text, s.get("ws_quote", ""))
            pages = history().workspace.pages(src)
            statements.append(passage_link(subject, relation, obj, document=src, text=text, start=start, end=end,
                                           where=page_label(pages, start, end), author=_name()))
        else:
            statements.append(link(subject, relation, obj, quote=s.get("ws_quote", ""),
                                   source=src, where=s.get("ws_where", ""), author=_name()))
        commit_checked(*statements)
        for key in ("ws_quote", "ws_where", "ws_bibtex", "ws_locator", "ws_new_label"):
            s[key] = ""
        _say("success", "Your link and its evidence were added to the workspace.")
    except KGError as exc:
        _say("error", str(exc))


def _add_document() -> None:
    s = st.session_state
    try:
        made, _ = document(s.get("ws_doc_title", ""), s.get("ws_doc_text", ""), author=_name())
        _commit(made)
        s["ws_doc_title"] = s["ws_doc_text"] = ""
        _say("success", "Your document was added: choose it as the source of a link, and quote a passage of it.")
    except KGError as exc:
        _say("error", str(exc))


def _upload_document() -> None:
    file = st.session_state.get("ws_doc_file")
    if file is None:
        return
    try:
        with st.spinner(f"Reading {md_escape(file.name)}…"):
            doc = read_document(file.getvalue(), file.name)
            made, iri = document(doc.title, doc.text, author=_name(), pages=doc.pages, media_type=doc.media_type)
        _commit(made)
        history().keep_original(iri, file.name, file.getvalue())
        pages = f", {len(doc.pages)} page(s)" if doc.pages else ""
        _say("success", f"{file.name} was added ({len(doc.text):,} characters{pages}): open it in the Paper view to "
                        "select a passage with the mouse and make a link from it.")
    except KGError as exc:
        _say("error", str(exc))


def _remove(graph: str) -> None:
    try:
        h = history()
        h.commit(h.workspace.without(graph), expected=h.workspace)
        _say("success", "The statement was removed (Undo brings it back).")
    except KGError as exc:
        _say("error", str(exc))


def _reload() -> None:
    try:
        ws = history().reload()
        _say("success", f"Reloaded the workspace as saved in its folder: {len(ws)} statement(s).")
    except KGError as exc:
        _say("error", str(exc))


def _undo() -> None:
    try:
        history().undo()
    except KGError as exc:
        _say("error", str(exc))


def _redo() -> None:
    try:
        history().redo()
    except KGError as exc:
        _say("error", str(exc))


def _open() -> None:
    file = st.session_state.get("w_ws_open")
    if file is None:
        return
    try:
        with st.spinner(f"Checking {md_escape(file.name)}…"):
            ws = open_workspace(file.getvalue(), file.name, store=data.base_store())
        history().commit(ws)
        if file.name.lower().endswith(".zip"):
            for iri, (name, body) in originals_from_zip(file.getvalue(), ws).items():
                history().keep_original(iri, name, body)
        _say("success", f"Opened {file.name}: {len(ws)} statement(s). Undo goes back to the workspace before.")
    except KGError as exc:
        _say("error", str(exc))


def _target_text(target, labels: dict[str, str]) -> str:
    if isinstance(target, ViewTarget):
        return f"the view ?{target.query}" if target.query else "the overview"
    if isinstance(target, tuple):
        s, p, o = target
        return f"the link {_label(s, labels)} — {data.store().property_label(p)} — {_label(o, labels)}"
    return _label(target, labels)


def workspace_tab(state: ViewState) -> None:
    h = history()
    ws = h.workspace
    st.markdown("**Your workspace** — your own notes, links and sources, kept apart from the paper: each "
                "statement in a named graph of its own, with who made it, when and from which source.")
    message = st.session_state.pop(_MESSAGE, None)
    if message:
        (st.success if message[0] == "success" else st.error)(md_escape(message[1]))
    if h.changed_on_disk():  # another app (or script) saved the folder: never overwrite it unseen
        st.warning(md_escape(f"Another process saved the workspace in {h.folder} since this app read it: what "
                             "you see here is older, and a change made now would be refused. Reload it to see "
                             "and build on the newer version."))
        st.button("Reload the workspace", on_click=_reload, key="ws_reload")
    folder = workspace_dir()
    problem = st.session_state.pop(_FOLDER_ERROR, None)
    if problem:
        st.error(md_escape(f"{problem} Until then your changes are kept in this browser session only."))
        folder = None
    st.caption(f"Autosaved to {md_escape(folder)} at every change (earlier versions kept: undo and redo survive "
               "a restart)." if folder else "Kept in this browser session only: download it to keep it, or run "
               "the app with --workspace DIR to autosave.")
    name_input()
    buttons = st.columns(4)
    buttons[0].button("Undo", on_click=_undo, disabled=not h.can_undo, width="stretch")
    buttons[1].button("Redo", on_click=_redo, disabled=not h.can_redo, width="stretch")
    buttons[2].download_button("Download (TriG)", to_trig(ws), file_name="workspace.trig",
                               mime="application/trig", width="stretch", disabled=not ws.statements)
    buttons[3].download_button("Download (zip with the documents)", lambda: to_zip(ws, h.originals()),
                               file_name="workspace.zip", mime="application/zip", width="stretch",
                               disabled=not ws.documents(), key="ws_download_zip", on_click="ignore",
                               help="workspace.trig (everything, your documents' text included) and a documents/ "
                                    "folder with each document's text and the files they were read from")
    st.file_uploader("Open a workspace file (.trig, or the .zip with the documents): checked like an upload; a "
                     "refused file changes nothing", type=["trig", "nq", "zip"], key="w_ws_open", on_change=_open)
    labels = _labels()
    _note_form(state, labels)
    _link_form(state, labels)
    _documents(ws, labels)
    _notes_list(ws, labels)
    _statements(ws, labels)


def _note_form(state: ViewState, labels: dict[str, str]) -> None:
    st.markdown("#### Add a note")
    targets = []
    if state.selected and not state.selected.startswith(GROUP):
        targets.append((f"the selected entity: {_label(state.selected, labels)}", state.selected))
    if state.edge:
        targets.append((f"the selected link: {_target_text(tuple(state.edge), labels)}", tuple(state.edge)))
    view = view_target(state.with_(view="graph"))
    targets.append(("this view" + (f" (?{view.query})" if view.query else " (the overview)"), view))
    choice = st.radio("On", range(len(targets)), format_func=lambda i: md_escape(targets[i][0]), key="ws_note_on")
    st.text_area("Note (Markdown; shown as you type it)", key="ws_note_text", max_chars=20_000)
    target = targets[choice if choice is not None and choice < len(targets) else 0][1]
    st.button("Add the note", on_click=_add_note, args=(target,), key="ws_add_note")


_LINK_KEYS = {"subject": "ws_link_subject", "relation": "ws_link_relation", "object": "ws_link_object",
              "new_label": "ws_new_label", "new_kind": "ws_new_kind"}


def _link_form(state: ViewState, labels: dict[str, str]) -> None:
    st.markdown("#### Add a link with your evidence")
    link_ends(state, labels, _LINK_KEYS)
    st.text_area("Quote (your evidence, verbatim from your source)", key="ws_quote", max_chars=5_000)
    st.text_input("Where in the source (e.g. p. 12; empty: the whole work)", key="ws_where", max_chars=200)
    sources = history().workspace.sources()
    st.selectbox("Source", [_NEW_SOURCE] + list(sources), key="ws_link_source",
                 format_func=lambda i: i if i == _NEW_SOURCE else clean(sources[i]))
    if st.session_state.get("ws_link_source", _NEW_SOURCE) == _NEW_SOURCE:
        st.text_input("DOI or URL", key="ws_locator", placeholder="10.1080/… or https://…")
        st.text_area("BibTeX", key="ws_bibtex", placeholder="@article{smith2020, author = {Smith, Jane}, "
                     "title = {…}, journal = {…}, year = {2020}}")
    st.button("Add the link", on_click=_add_link, key="ws_add_link")


def _documents(ws: Workspace, labels: dict[str, str]) -> None:
    st.markdown("#### Documents of your own")
    st.file_uploader("Upload a document: PDF (its text, page by page; not a scan), plain text (.txt) or Markdown "
                     "(.md, shown as text); up to 20 MB and 100,000 characters of text", type=["pdf", "txt", "md"],
                     key="ws_doc_file", on_change=_upload_document)
    with st.expander("Add a document (paste its text)"):
        st.text_input("Title", key="ws_doc_title", max_chars=200)
        st.text_area("Text (plain text or Markdown, up to 100,000 characters)", key="ws_doc_text", height=200)
        st.button("Add the document", on_click=_add_document, key="ws_add_doc")
    for iri, (title, text) in ws.documents().items():
        passages = ws.passages(iri)
        with st.expander(f"{md_escape(clean(title))} — {len(passages)} passage(s) as evidence"):
            st.markdown(_marked(text, passages, labels))
            st.caption("Passages that are evidence for your links are marked. To add one, open the document in "
                       "the Paper view and select a passage with the mouse (or the keyboard), or choose the "
                       "document as a link's source above and quote a passage word for word.")


def _marked(text: str, passages: list, labels: dict[str, str]) -> str:
    """The document as escaped text, each passage that is evidence marked (violet background)."""
    out, at = [], 0
    for start, end, own in passages:
        if start < at:
            continue  # overlapping passages: the first is marked
        out.append(note_text(text[at:start]) if text[at:start].strip() else "")
        out.append(f":violet-background[{md_escape(text[start:end])}]")
        at = end
    out.append(note_text(text[at:]) if text[at:].strip() else "")
    return " ".join(p for p in out if p)


def _notes_list(ws: Workspace, labels: dict[str, str]) -> None:
    st.markdown("#### Notes")
    query = st.text_input("Search your notes", key="ws_note_search", placeholder="a word in a note")
    found = ws.search_notes(query) if query else ws.notes()
    if not ws.notes():
        st.caption("No notes yet.")
        return
    st.caption(f"{len(found)} of {len(ws.notes())} note(s)" + (f" containing {md_escape(query)!s}" if query else ""))
    for n in found:
        with st.container(border=True):
            st.markdown(f"**On {md_escape(_target_text(n.target, labels))}**")
            st.markdown(note_text(n.text))
            st.caption(f"{md_escape(n.author)} · {md_escape(n.created[:16].replace('T', ' '))}")


def _statements(ws: Workspace, labels: dict[str, str]) -> None:
    st.markdown("#### Your statements")
    if not ws.statements:
        st.caption("Nothing yet: add a note or a link above, or open a workspace file.")
        return
    links = {l.graph: l for l in ws.links()}
    notes = {n.graph: n for n in ws.notes()}
    rows = []
    for stmt in reversed(ws.statements):
        if stmt.graph in links:
            l = links[stmt.graph]
            what = (f"Link: {_label(l.subject, labels)} — {data.store().property_label(l.predicate)} — "
                    f"{_label(l.object, labels)} · “{l.quote}” ({l.where}, {_label(l.source, labels)})")
        elif stmt.graph in notes:
            what = f"Note on {_target_text(notes[stmt.graph].target, labels)}"
        elif stmt.kind == "story":
            what = "Story: " + ", ".join(sorted(str(o) for _, p, o in stmt.triples if p == DCTERMS.title))
        elif stmt.kind == "source":
            what = "Source: " + ", ".join(sorted(str(o) for _, p, o in stmt.triples if p == DCTERMS.title))
        else:
            what = "New entity: " + ", ".join(sorted(str(o) for _, p, o in stmt.triples if p == RDFS.label))
        rows.append((stmt, what))
    for stmt, what in rows:
        cols = st.columns([6, 1])
        cols[0].markdown(md_escape(what))
        cols[0].caption(f"{md_escape(stmt.author)} · {md_escape(stmt.created[:16].replace('T', ' '))}"
                        + (f" · from {md_escape(stmt.derived_from)}" if stmt.derived_from else ""))
        cols[1].button("Remove", key=f"ws_rm_{stmt.graph}", on_click=_remove, args=(stmt.graph,))
