"""Cached access to the store for the app (caching lives in the app layer)."""

from __future__ import annotations

import os

import streamlit as st

from kg import analysis, describe, inference
from kg.explore import shortest_paths
from kg.model import Entity, Path, Subgraph
from kg.store import Store, open_store
from kg.views import subgraph_for
from kg.viewstate import ViewState

__all__ = ["store", "store_key", "view_subgraph", "entity", "paths", "metrics"]


def store_key() -> str:
    """Names the configured backend; cached results are keyed by it."""
    return os.environ.get("KG_SPARQL_ENDPOINT") or os.environ.get("KG_STORE") or "memory"


@st.cache_resource(show_spinner="Loading the knowledge graph…")
def _open(key: str) -> Store:
    return open_store()


def store() -> Store:
    return _open(store_key())


@st.cache_data(max_entries=256, show_spinner=False)
def _subgraph(key: str, params: tuple[tuple[str, str], ...]) -> Subgraph:
    state = ViewState.from_params(dict(params))
    view = subgraph_for(store(), state)
    return inference.with_inferences(store(), view) if state.inferred else view


def view_subgraph(state: ViewState) -> Subgraph:
    """The subgraph of a view (the drawing and the exports share it)."""
    relevant = state.with_(view="graph", selected=None, edge=None, query=None, size_by="none", colour_by="kind")
    return _subgraph(store_key(), tuple(sorted(relevant.to_params().items())))


@st.cache_data(max_entries=512, show_spinner=False)
def _entity(key: str, iri: str) -> Entity:
    return describe(store(), iri)


def entity(iri: str) -> Entity:
    return _entity(store_key(), iri)


@st.cache_data(max_entries=64, show_spinner=False)
def _paths(key: str, start: str, end: str) -> list[Path]:
    return shortest_paths(store(), start, end)[0]


def paths(start: str, end: str) -> list[Path]:
    return _paths(store_key(), start, end)


@st.cache_data(max_entries=64, show_spinner=False)
def _metrics(key: str, params: tuple[tuple[str, str], ...]) -> analysis.Metrics:
    return analysis.metrics(view_subgraph(ViewState.from_params(dict(params))))


def metrics(state: ViewState) -> analysis.Metrics:
    return _metrics(store_key(), tuple(sorted(state.to_params().items())))
