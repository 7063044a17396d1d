"""Cached access to the store for the app (caching lives in the app layer)."""

from __future__ import annotations

import gc
import os
import uuid

import streamlit as st

from kg.draw.html import payload
from kg.errors import UploadRefused
from kg.explore import analysis, catalog, stats, views
from kg.explore.facets import Facet
from kg.explore.facets import facets as count_facets
from kg.explore.describe import describe
from kg.explore.neighbourhood import with_evidence
from kg.explore.paths import shortest_paths
from kg.explore.geo import place_map
from kg.explore.views import narrows, subgraph_for, whole_state
from kg.explore.viewstate import ViewState
from kg.model import Entity, Path, PlaceMap, Subgraph
from kg.store.store import Store, open_store

__all__ = ["store", "base_store", "has_session_store", "entity_choices", "store_key", "traits", "kind_counts",
           "session_store", "session_id", "waiting_sentence", "view_subgraph", "drawn_subgraph", "view_payload",
           "grouped", "entity", "paths", "metrics", "facets", "whole_view", "comparison", "view_episodes", "view_map",
           "view_map_of", "selection"]

_SESSION = "_kg_session_store"


def _backend_key() -> str:
    return os.environ.get("KG_SPARQL_ENDPOINT") or os.environ.get("KG_STORE") or "memory"


def store_key() -> str:
    """Names the store this session reads; cached results are keyed by it.

    A session with uploads has its own store, so its key names the session and
    its uploads: nothing one user uploads is seen, or cached, for another.
    """
    own = st.session_state.get(_SESSION)
    if own is not None:
        return f"session:{id(own)}:{','.join(sorted(own.backend.graphs()))}"
    return _backend_key()


def session_id() -> str:
    """This browser session's name for the worker pool (one query or upload at a time each)."""
    return st.session_state.setdefault("_kg_session_id", uuid.uuid4().hex)


def waiting_sentence(place: int) -> str:
    """What a session waiting for a worker is told (``place``: 1 = next)."""
    ahead = "you are next" if place == 1 else f"{place - 1} ahead of you"
    return f"Waiting for a free worker ({ahead}): every worker is busy with other readers' queries and uploads."


# The views below run in the server process itself, never in the worker pool
# (kg.safety.worker): a reader's graph never waits behind other readers' queries.
@st.cache_resource(show_spinner="Loading the knowledge graph…")
def _open(key: str) -> Store:
    opened = open_store()
    # Everything alive now (modules, the store, its name index) lives as long as the server: moving
    # it out of the garbage collector's generations keeps later collections short (they held the
    # GIL for 50-100 ms each, stalling every session's page) and keeps the pages the forked query
    # workers share with the server from being copied when a collection touches them.
    gc.freeze()
    return opened


def base_store() -> Store:
    """The shared store: the paper (or the configured backend) without any session's uploads or
    workspace; what a workspace change is validated against."""
    return _open(_backend_key())


def has_session_store() -> bool:
    return st.session_state.get(_SESSION) is not None


def store() -> Store:
    """The session's store if it has uploads, else the shared one."""
    return st.session_state.get(_SESSION) or _open(_backend_key())


def session_store() -> Store:
    """A store of this session's own, for uploads (the embedded in-memory backend only)."""
    own = st.session_state.get(_SESSION)
    if own is None:
        if _backend_key() != "memory":
            raise UploadRefused("Uploads extend the embedded in-memory graph; this app reads a persistent store or "
                                "a remote endpoint. Load files with `python -m kg load` instead.")
        own = open_store()
        st.session_state[_SESSION] = own
    return own


@st.cache_data(max_entries=32, show_spinner=False)
def traits(key: str):
    """The store's traits, in order (the timeline and matrix rows; URLs are checked against them)."""
    return catalog.traits(store())


@st.cache_data(max_entries=32, show_spinner=False)
def _entity_choices(key: str) -> list[tuple[str, str, str]]:
    return catalog.entity_choices(store())


def entity_choices() -> list[tuple[str, str, str]]:
    """Every entity as (IRI, label, kind), by label (the workspace's link form)."""
    return _entity_choices(store_key())


@st.cache_data(max_entries=32, show_spinner=False)
def kind_counts(key: str) -> dict[str, int]:
    """Entities per kind, as kg.explore.stats counts them everywhere."""
    return stats.kind_counts(store())


@st.cache_data(max_entries=256, show_spinner=False)
def _drawn(key: str, params: tuple[tuple[str, str], ...]) -> Subgraph:
    # With uploads the layout reads the evidence (a link only an upload backs is the reader's).
    return subgraph_for(store(), ViewState.from_params(dict(params)), evidence=bool(store().upload_graphs))


@st.cache_data(max_entries=256, show_spinner=False)
def _subgraph(key: str, params: tuple[tuple[str, str], ...]) -> Subgraph:
    return with_evidence(store(), _drawn(key, params))


def drawn_subgraph(state: ViewState) -> Subgraph:
    """The subgraph of a view as drawn: its links' evidence is fetched after the graph is
    drawn (:func:`view_subgraph`), so a big store's graph appears sooner."""
    if state.group != "none":
        return grouped(state).view
    return _drawn(store_key(), _view_params(state))


@st.cache_data(max_entries=64, show_spinner=False)
def _payload(key: str, params: tuple[tuple[str, str], ...], selected: str | None,
             edge: tuple[str, str, str] | None, also: tuple[str, ...]) -> dict:
    return payload(drawn_subgraph(ViewState.from_params(dict(params))), selected=selected, selected_edge=edge,
                   also_selected=also)


def view_payload(state: ViewState) -> dict:
    """The drawing of a view (kg.draw.html.payload), cached: a returning reader's default
    view is sent without being laid out or serialised again."""
    also = tuple(sorted(selection(state) - {state.selected}))
    return _payload(store_key(), _view_params(state), state.selected, state.edge, also)


def view_subgraph(state: ViewState) -> Subgraph:
    """The subgraph of a view with every link's evidence (the detail panel, table and exports);
    the same nodes and links as :func:`drawn_subgraph`."""
    if state.group != "none":
        return grouped(state).view
    return _subgraph(store_key(), _view_params(state))


def _view_params(state: ViewState) -> tuple[tuple[str, str], ...]:
    """The URL parameters that decide a view's subgraph (a cache key)."""
    view = "argument" if state.view == "argument" else "graph"  # the argument map is a subgraph of its own
    relevant = state.with_(view=view, selected=None, edge=None, query=None, size_by="none", colour_by="kind",
                           layout="tabs", a=None, b=None)
    return tuple(sorted(relevant.to_params().items()))


@st.cache_data(max_entries=32, show_spinner=False)
def _comparison(key: str, a: str, b: str):
    return views.comparison_for(store(), ViewState(view="compare", a=a, b=b))


def comparison(state: ViewState):
    """The comparison ``view=compare&a=…&b=…`` names (kg.explore.compare.Comparison), with evidence."""
    return _comparison(store_key(), state.a or "", state.b or "")


@st.cache_data(max_entries=32, show_spinner=False)
def _grouped(key: str, params: tuple[tuple[str, str], ...]):
    return views.grouped(store(), ViewState.from_params(dict(params)))


def grouped(state: ViewState):
    """The summarised view and the members of each summary node (group != none)."""
    return _grouped(store_key(), _view_params(state))


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


def whole_view(state: ViewState) -> Subgraph:
    """Every entity of a view, not one page of it nor its summary (facets and the table count them all)."""
    return view_subgraph(state.with_(group="none", page=1, max_nodes=views.GROUP_LIMIT))


def view_episodes(state: ViewState) -> frozenset[str] | None:
    """The view's episodes, as kg.explore.views.view_episodes gives them (None: every episode),
    from the same cached subgraph as the graph's: the timeline and the map show these."""
    if not narrows(state):
        return None
    return frozenset(n.iri for n in _drawn(store_key(), _view_params(whole_state(state))).nodes
                     if n.kind == "episode")


@st.cache_data(max_entries=64, show_spinner=False)
def view_map_of(key: str, within: frozenset[str] | None) -> PlaceMap:
    """The map of the episodes ``within`` (None: every place) of the store ``key``, cached."""
    return place_map(store(), within=within)


def view_map(state: ViewState) -> PlaceMap:
    """The map of a view (kg.explore.geo.view_map), cached by the episodes it shows."""
    return view_map_of(store_key(), view_episodes(state))


@st.cache_data(max_entries=256, show_spinner=False)
def _facets(key: str, params: tuple[tuple[str, str], ...], keys: tuple[str, ...]) -> dict[str, Facet]:
    sg = whole_view(ViewState.from_params(dict(params)))
    return {f.key: f for f in count_facets(store(), sg, keys=keys)}


def facets(state: ViewState, keys: tuple[str, ...]) -> dict[str, Facet]:
    """The facets ``keys`` of the whole view, with their counts."""
    return _facets(store_key(), _view_params(state), keys)


def selection(state: ViewState) -> frozenset[str]:
    """What the views mark as selected: the selected entity and, for a place, its episodes in
    the view (a place clicked on the map selects its episodes in the graph and the timeline)."""
    if not state.selected:
        return frozenset()
    place = view_map(state).place(state.selected)
    return frozenset({state.selected, *(place.episodes if place else ())})
