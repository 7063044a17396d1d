"""The map of a view as GeoJSON (RFC 7946): one Point per place with coordinates, one Point or
MultiPoint per episode at the places it has coordinates for, and a Feature with a null geometry
for each place of the view without coordinates (so nothing is silently left out).

Coordinates are [longitude, latitude] in WGS84 decimal degrees (supplementary facts: see each
place's ``coordinates_source``). The output is deterministic: the same map gives the same bytes.
"""

from __future__ import annotations

import json

from kg.model import MapPlace, PlaceMap

__all__ = ["geojson"]


def _place(p: MapPlace, labels: dict[str, str]) -> dict:
    geometry = {"type": "Point", "coordinates": [p.long, p.lat]} if p.located else None
    return {"type": "Feature", "id": p.iri, "geometry": geometry,
            "properties": {"kind": p.kind, "iri": p.iri, "name": p.label,
                           "coordinates_source": p.reference, "coordinates_are": (
                               "a supplementary fact (the paper gives no coordinates); a state at its capital"
                               if p.located else "unknown: not on the map"),
                           "episodes": [{"iri": e, "name": labels[e]} for e in p.episodes]}}


def geojson(pm: PlaceMap, *, title: str = "") -> bytes:
    """The FeatureCollection of ``pm`` as UTF-8 JSON bytes."""
    labels = {e.iri: e.label for e in pm.episodes}
    where = {p.iri: [p.long, p.lat] for p in pm.places}
    features = [_place(p, labels) for p in pm.places + pm.unplaced]
    for e in pm.episodes:
        points = [where[p] for p in e.places if p in where]
        geometry = None if not points else ({"type": "Point", "coordinates": points[0]} if len(points) == 1
                                            else {"type": "MultiPoint", "coordinates": points})
        features.append({"type": "Feature", "id": e.iri, "geometry": geometry,
                         "properties": {"kind": "episode", "iri": e.iri, "name": e.label, "when": e.when,
                                        "start_year": e.start, "end_year": e.end, "traits": list(e.traits),
                                        "places": list(e.places),
                                        "places_without_coordinates": [p for p in e.places if p not in where]}})
    collection = {"type": "FeatureCollection", "name": title, "features": features}
    return (json.dumps(collection, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
