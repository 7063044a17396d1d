"""Files the app serves once instead of sending them with every rerun (``static/`` beside
app.py, served at ``app/static/`` with ``server.enableStaticServing``): the browser loads them
from this machine and keeps them in its cache. Nothing leaves the machine."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

__all__ = ["STATIC", "serve"]

#: Served by Streamlit at app/static/ (server.enableStaticServing): the folder beside app.py.
STATIC = Path(__file__).resolve().parent.parent / "static"


@st.cache_resource(show_spinner=False)
def serve(name: str, text: str) -> str | None:
    """Put ``text`` at ``static/name`` (once per server) and return its URL relative to the page,
    or None when the app does not serve static files or the folder cannot be written (the caller
    then sends the content inline, as before)."""
    if not st.get_option("server.enableStaticServing"):
        return None
    target = STATIC / name
    try:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            STATIC.mkdir(exist_ok=True)
            partial = target.with_suffix(".tmp")
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)  # readers never see half a file
    except OSError:
        return None
    return f"app/static/{name}"
