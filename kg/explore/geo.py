"""Where things happened: the places of a view's episodes, for the map and its exports.

Coordinates are supplementary facts (``data/geo.ttl``, W3C Basic Geo ``geo:lat``/``geo:long``):
a place without them is *unplaced*, listed with its episodes but not drawn. The map of a view
shows the places of the view's episodes, the same episodes as the graph, the timeline and the
table (every filter, the focus, a path); a view that narrows nothing shows every place.

>>> from kg.store.store import open_store
>>> m = view_map(open_store(), ViewState(years=(1900, 1910)))
>>> [p.label for p in m.places], [e.label for e in m.episodes]
(['Portsmouth'], ['Peace talks at Portsmouth, New Hampshire (1905)'])
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Collection

from kg.explore.catalog import EpisodeRow, episodes
from kg.explore.views import view_episodes
from kg.explore.viewstate import ViewState
from kg.model import MapEpisode, MapPlace, PlaceMap
from kg.store.store import Store

__all__ = ["place_map", "view_map", "in_period"]


def in_period(start: int | None, end: int | None, years: tuple[int, int]) -> bool:
    """Whether an episode of ``start``–``end`` overlaps ``years`` (the graph's period rule: an
    episode without a year is outside every period).

    >>> in_period(1905, None, (1900, 1910)), in_period(2014, 2025, (2020, 2030)), in_period(None, None, (1, 9))
    (True, True, False)
    """
    first = start if start is not None else end
    last = end if end is not None else start
    return first is not None and first <= years[1] and last >= years[0]


def place_map(store: Store, *, within: Collection[str] | None = None) -> PlaceMap:
    """The places of the episodes ``within`` (every place when None), with their coordinates, and
    the links between two places of one episode. :func:`view_map` gives a view's."""
    at: dict[str, list[str]] = defaultdict(list)
    for e, p in store.string_rows("episode_places"):
        at[e].append(p)
    rows = {e.iri: e for e in episodes(store) if e.iri in at and (within is None or e.iri in within)}
    here: dict[str, list[str]] = defaultdict(list)
    for e in rows:
        for p in at[e]:
            here[p].append(e)
    filtered = within is not None
    located, unplaced = [], []
    for r in sorted(store.strings("map_places"), key=lambda r: (r["label"].casefold(), r["p"])):
        if filtered and r["p"] not in here:
            continue
        place = MapPlace(r["p"], r["label"], "state" if r["state"] == "true" else "place",
                         float(r["lat"]) if r.get("lat") else None, float(r["long"]) if r.get("long") else None,
                         r.get("reference"), tuple(sorted(here.get(r["p"], ()), key=list(rows).index)))
        if place.located:
            located.append(place)
        elif place.episodes or not filtered:
            unplaced.append(place)
    shown = {p.iri for p in located}
    eps = tuple(MapEpisode(e.iri, e.label, _when(e), e.start, e.end,
                           tuple(sorted(set(e.traits + e.exceptions))), tuple(sorted(at[e.iri])))
                for e in rows.values())
    links = tuple((a, b, e.iri) for e in eps for a, b in combinations([p for p in e.places if p in shown], 2))
    return PlaceMap(tuple(_unique(located)), tuple(_unique(unplaced)), eps, links)


def view_map(store: Store, state: ViewState) -> PlaceMap:
    """The map of a view: the places of the episodes it shows in every view
    (:func:`kg.explore.views.view_episodes`: its filters, focus or path), or every place."""
    return place_map(store, within=view_episodes(store, state))


def _when(e: EpisodeRow) -> str | None:
    """A short date: the episode's own (2014-10-24, 2025-09), else its years."""
    if e.date:
        return e.date
    if e.start is not None or e.end is not None:
        return "–".join(dict.fromkeys(str(y) for y in (e.start, e.end) if y is not None))
    return None


def _unique(places: list[MapPlace]) -> list[MapPlace]:
    """One row per place (a place with two GeoNames references would otherwise come twice)."""
    seen: dict[str, MapPlace] = {}
    for p in places:
        seen.setdefault(p.iri, p)
    return list(seen.values())
