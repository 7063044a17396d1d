"""The map view (``view=map``): the view's places on an offline world map, their episodes, and a
table of both (the map's text alternative)."""

from __future__ import annotations

import streamlit as st

from kg.draw.map import HEIGHT, WIDTH, border_json, map_spec, screen_labels, sites
from kg.explore.viewstate import ViewState
from kg.export.exporter import FORMAT_BY_KEY, Exporter
from kg.model import PlaceMap
from kg.namespaces import compact
from kg.text import md_escape
from ui import data, static
from ui.state import silent, update

__all__ = ["map_tab", "map_chart", "LINKED_SIZE"]

_KEY = "map_chart"
#: The map beside the graph in the linked layout: half of a wide window's content.
LINKED_SIZE = (600, 280)


@st.cache_resource(show_spinner=False)
def _borders_url() -> str | None:
    """The base map, served once as a static file (None: sent inline in each spec)."""
    return static.serve("world-borders.json", border_json())


@st.cache_data(max_entries=64, show_spinner=False)
def _spec(key: str, within: frozenset[str] | None, selected: str | None, size: tuple[int, int]) -> dict:
    # Framed on every place, its markers as named datasets: the spec itself stays the same when the
    # filters or the selection change, so the page updates the markers in place (Streamlit draws a
    # chart anew only when its spec changes: 0.3-0.6 s for the map, its borders read and laid out again).
    return map_spec(data.view_map_of(key, within), selected=selected, size=size, borders_url=_borders_url(),
                    frame=data.view_map_of(key, None), named=True)


def _on_map(key: str) -> None:
    selection = (st.session_state.get(key) or {}).get("selection") or {}
    picked = next((values[0] for values in selection.values() if values), None)
    if picked and picked.get("iri"):
        update(selected=picked["iri"], edge=None)


def _on_table() -> None:
    """A row chosen in the table selects its place, as a click on its marker does (and by keyboard)."""
    rows = ((st.session_state.get("map_table") or {}).get("selection") or {}).get("rows") or []
    if rows:
        pm = data.view_map(silent())
        if rows[0] < len(pm.places):
            update(view="map", selected=pm.places[rows[0]].iri, edge=None)


def _caption(state: ViewState, pm: PlaceMap) -> str:
    busy = sum(1 for p in pm.places if p.episodes)
    places, lines = len(pm.places), len(pm.links)
    shown = f"{places} place{'' if places == 1 else 's'} on the map ({busy} with episodes of this view"
    named = len(screen_labels(pm, selected=state.selected, frame=data.view_map_of(data.store_key(), None)))
    return (f"{shown}), {lines} line{'' if lines == 1 else 's'} between two places of one episode. Coordinates are "
            f"supplementary facts from GeoNames; a state is drawn at its capital. {named} of {len(sites(pm))} "
            "markers are named at this zoom (hover over a marker, or read the table). Scroll to zoom, drag "
            "to pan, double-click to zoom back out; click a place to select it and list its episodes.")


def map_chart(state: ViewState, *, key: str = _KEY, size: tuple[int, int] = (WIDTH, HEIGHT)) -> PlaceMap:
    """The map alone, under its own widget ``key`` (the Map tab, and beside the graph in the linked
    layout): the places of the view's episodes; a click on a place selects it. Returns the map."""
    within = data.view_episodes(state)
    pm = data.view_map_of(data.store_key(), within)
    # In a container of its own: an element shown or hidden before it (a caption, the timeline's
    # button) does not move it, so the page updates the chart in place instead of drawing it anew.
    with st.container(key=f"{key}_box"):
        _chart(state, pm, within, key=key, size=size)
    return pm


def _chart(state: ViewState, pm: PlaceMap, within: frozenset[str] | None, *, key: str,
           size: tuple[int, int]) -> None:
    if pm.places:
        st.vega_lite_chart(spec=_spec(data.store_key(), within, state.selected, size),
                           on_select=lambda: _on_map(key), selection_mode=["pick_place"], key=key,
                           # the same words whatever the view: Streamlit draws a chart anew when they change
                           width="content", alt="World map of the view's places; "
                           f"{'the table below lists' if key == _KEY else 'the Map tab lists'} them.")
    else:
        st.info("No place with coordinates has an episode of this view; widen the filters in the sidebar.")


def map_tab(state: ViewState) -> None:
    pm = data.view_map(state)
    with st.container():  # one element however many captions: the map after it stays in place
        st.caption(_caption(state, pm))
        if data.view_episodes(state) is not None:
            st.caption("Places without an episode of this view (its filters, focus or path) are left out; clear "
                       "them in the sidebar to see every place.")
    map_chart(state)
    _selection(state, pm)
    _tables(pm)
    _downloads(state)


def _selection(state: ViewState, pm: PlaceMap) -> None:
    if not state.selected:
        return
    place, episode = pm.place(state.selected), pm.episode(state.selected)
    if place:
        st.markdown(f"**{md_escape(place.label)}** — {len(place.episodes)} episode(s) here in this view"
                    + ("" if place.located else " (not on the map: no coordinates)"))
        cols = st.columns([3, 1])
        cols[1].button("Show the place in the graph", key="map_place_graph", on_click=update,
                       kwargs={"view": "graph", "focus": (place.iri,), "selected": place.iri, "edge": None})
        for iri in place.episodes:
            e = pm.episode(iri)
            row = st.columns([3, 1])
            row[0].markdown(f"- {md_escape(e.label)}" + (f" ({md_escape(e.when)})" if e.when else ""))
            row[1].button("Select this episode", key=f"map_ep_{iri}", on_click=update,
                          kwargs={"view": "map", "selected": iri, "edge": None})
    elif episode:
        names = [pm.place(p).label for p in episode.places if pm.place(p)]
        st.markdown(f"**{md_escape(episode.label)}** took place at {md_escape(', '.join(names))} "
                    "(outlined in blue on the map where it has coordinates).")
        st.button("Show the episode in the graph", key="map_episode_graph", on_click=update,
                  kwargs={"view": "graph", "focus": (episode.iri,), "selected": episode.iri, "edge": None})


def _tables(pm: PlaceMap) -> None:
    label = {e.iri: e.label for e in pm.episodes}
    st.markdown("**Every place on the map** (the map as a table; choose a row to select its place)")
    st.dataframe([{"place": p.label, "kind": p.kind, "latitude": p.lat, "longitude": p.long,
                   "episodes": "; ".join(label[e] for e in p.episodes), "coordinates from": p.reference or "",
                   "IRI": compact(p.iri)} for p in pm.places], hide_index=True, width="stretch",
                 key="map_table", on_select=_on_table, selection_mode="single-row")
    if pm.unplaced:
        st.markdown("**Not on the map** — no coordinates (regions, airspaces, airports, borders, a former state):")
        st.markdown("\n".join(
            f"- {md_escape(p.label)}: " + md_escape("; ".join(label[e] for e in p.episodes) or "no episode")
            for p in pm.unplaced))


def _downloads(state: ViewState) -> None:
    """The map's own exports (also in the Graph tab's export panel and the bundle)."""
    sg = data.view_subgraph(state)
    if not sg.nodes:
        return
    exporter = Exporter(data.store(), state, sg)
    st.markdown("**Download the map** (figures one journal column wide; the full-page size is in the Graph tab's "
                "export panel; the HTML page holds the page-wide map and the table of places)")
    cols = st.columns(5)
    for col, key in zip(cols, ("geojson", "map-pdf", "map-svg", "map-png", "html")):
        fmt = FORMAT_BY_KEY[key]
        col.download_button(exporter.label(key), data=lambda k=key: exporter.export(k).data,
                            file_name=exporter.filename(key), mime=fmt.mime, key=f"map_dl_{key}", on_click="ignore", width="stretch")
