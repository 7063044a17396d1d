"""Storage backends behind one small interface.

A backend answers SPARQL 1.1 queries and, when it is writable, loads RDF into
named graphs. :class:`~kg.store.store.Store` is the only caller; everything above it
sees rdflib terms, whatever the backend.
"""

from __future__ import annotations

from kg.store.backends.base import Backend, SelectResult
from kg.store.backends.oxigraph import OxigraphBackend

__all__ = ["Backend", "SelectResult", "OxigraphBackend"]
