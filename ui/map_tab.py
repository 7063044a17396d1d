"""The map view (``view=map``): the view's places on an offline world map, their episodes, and a
table of both (the map's text alternative)."""

from __future__ import annotations

import streamlit as st

from kg.draw.map import map_spec, screen_labels, sites
from kg.explore.geo import place_map
from kg.explore.viewstate import ViewState
from kg.export.exporter import FORMAT_BY_KEY, Exporter
from kg.model import PlaceMap
from kg.namespaces import compact
from kg.text import md_escape
from ui import data
from ui.state import silent, update

__all__ = ["map_tab"]

_KEY = "map_chart"


@st.cache_data(show_spinner=False)
def _map(key: str, years: tuple[int, int] | None, traits: tuple[int, ...]) -> PlaceMap:
    return place_map(data.store(), years=years, traits=frozenset(traits))


def _on_map() -> None:
    selection = (st.session_state.get(_KEY) or {}).get("selection") or {}
    picked = next((values[0] for values in selection.values() if values), None)
    if picked and picked.get("iri"):
        update(view="map", selected=picked["iri"], edge=None)


def _on_table() -> None:
    """A row chosen in the table selects its place, as a click on its marker does (and by keyboard)."""
    rows = ((st.session_state.get("map_table") or {}).get("selection") or {}).get("rows") or []
    if rows:
        state = silent()
        pm = _map(data.store_key(), state.years, tuple(sorted(state.traits)))
        if rows[0] < len(pm.places):
            update(view="map", selected=pm.places[rows[0]].iri, edge=None)


def _caption(state: ViewState, pm: PlaceMap) -> str:
    busy = sum(1 for p in pm.places if p.episodes)
    shown = f"{len(pm.places)} places on the map ({busy} with episodes"
    shown += f" of the period {state.years[0]}–{state.years[1]}" if state.years else ""
    shown += f" linked to trait {', '.join(map(str, sorted(state.traits)))}" if state.traits else ""
    named = len(screen_labels(pm, selected=state.selected))
    return (f"{shown}), {len(pm.links)} line(s) between two places of one episode. Coordinates are "
            f"supplementary facts from GeoNames; a state is drawn at its capital. {named} of {len(sites(pm))} "
            "markers are named at this zoom (hover over a marker, or read the table). Scroll to zoom, drag "
            "to pan, double-click to zoom back out; click a place to select it and list its episodes.")


def map_tab(state: ViewState) -> None:
    pm = _map(data.store_key(), state.years, tuple(sorted(state.traits)))
    st.caption(_caption(state, pm))
    if state.years or state.traits:
        st.caption("Places without an episode of the filters are left out; clear the period and traits in "
                   "the sidebar to see every place.")
    if pm.places:
        st.vega_lite_chart(spec=map_spec(pm, selected=state.selected), on_select=_on_map,
                           selection_mode=["pick_place"], key=_KEY, width="content",
                           alt=f"World map of {len(pm.places)} places; the table below lists them.")
    else:
        st.info("No place with coordinates has an episode of these filters; widen them in the sidebar.")
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
    st.markdown("**Download the map** (one journal column; the full-page size is in the Graph tab's export panel)")
    cols = st.columns(4)
    for col, key in zip(cols, ("geojson", "map-pdf", "map-svg", "map-png")):
        fmt = FORMAT_BY_KEY[key]
        col.download_button(fmt.label, data=lambda k=key: exporter.export(k).data, file_name=exporter.filename(key),
                            mime=fmt.mime, key=f"map_dl_{key}", on_click="ignore", width="stretch")
