"""Upload RDF that extends the graph for this session only, after every check."""

from __future__ import annotations

import streamlit as st

from kg.errors import KGError, UploadInvalid
from kg.ingest.upload import accept_upload, remove_upload, uploads
from kg.safety.worker import pool
from kg.text import md_escape
from ui import data

__all__ = ["upload_panel"]

TYPES = ["ttl", "trig", "nt", "nq", "rdf", "owl", "xml", "jsonld"]


def _accept() -> None:
    file = st.session_state.get("w_upload")
    if file is None:
        return
    try:
        with st.spinner(f"Checking {md_escape(file.name)}…"), pool().slot(  # the spinner's text is Markdown too
                session=data.session_id(), on_wait=lambda place: st.toast(data.waiting_sentence(place), icon="⏳")):
            checked = accept_upload(data.session_store(), file.getvalue(), file.name)
        st.session_state["_kg_upload_result"] = ("success", f"Added {checked.triples:,} triples from "
                                                 f"{file.name} to this session's graph.", checked.report.text()
                                                 if checked.report.violations else None)
    except UploadInvalid as exc:
        # the sentence once, then the report once (the message also lists the violations: shown
        # in full it would print each of them twice)
        summary = str(exc).split("\n", 1)[0] if exc.report else str(exc)
        st.session_state["_kg_upload_result"] = ("error", summary, exc.report.text() if exc.report else None)
    except KGError as exc:
        st.session_state["_kg_upload_result"] = ("error", str(exc), None)


def upload_panel() -> None:
    with st.expander("Add your own RDF"):
        st.caption("Turtle, TriG, N-Triples, N-Quads, RDF/XML or JSON-LD up to 50 MB. The file is checked "
                   "(syntax, safety, SHACL shapes) and, only if it passes, added to this session's graph in "
                   "its own named graph; nothing changes otherwise.")
        st.file_uploader("RDF file", type=TYPES, key="w_upload", on_change=_accept, label_visibility="collapsed")
        result = st.session_state.get("_kg_upload_result")
        if result:
            kind, message, report = result
            (st.success if kind == "success" else st.error)(md_escape(message))
            if report:
                st.code(report, language=None)
        own = st.session_state.get("_kg_session_store")
        for graph in uploads(own) if own is not None else []:
            cols = st.columns([4, 1])
            cols[0].caption(md_escape(graph.rsplit("/", 1)[-1]))
            cols[1].button("Remove", key=f"rm_{graph}", on_click=remove_upload, args=(own, graph))
