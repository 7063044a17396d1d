"""The base map: the world's countries at 1:110m (Natural Earth, through the ``world-atlas``
package; public domain / ISC, see ``assets/world-atlas/README.md``), read from the repository,
never from the network.

The file is TopoJSON: shared borders are stored once as *arcs*, delta-encoded on a quantized
grid. :func:`borders` gives every arc once as a polyline (an outline map draws each border a
single time); :func:`countries` gives each country's rings, for filled figures.

>>> lines = borders()
>>> len(lines), all(-180 <= x <= 180 and -90 <= y <= 90 for line in lines for x, y in line)
(600, True)
>>> sorted(countries())[:2]
['Afghanistan', 'Albania']
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

__all__ = ["WORLD", "borders", "countries"]

WORLD = Path(__file__).parent / "assets" / "world-atlas" / "countries-110m.json"

Point = tuple[float, float]


@lru_cache(maxsize=1)
def _topology() -> dict:
    return json.loads(WORLD.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _arcs() -> tuple[tuple[Point, ...], ...]:
    """Every arc of the topology as (longitude, latitude) points, rounded to 0.01 degree."""
    topo = _topology()
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        out.append(tuple(points))
    return tuple(out)


def _edge(a: Point, b: Point) -> bool:
    """A step along the map's edge (the antimeridian, Antarctica's cut at the bottom) or across it."""
    return abs(a[0] - b[0]) > 180 or (abs(a[0]) >= 179.99 and abs(b[0]) >= 179.99) or (a[1] <= -85 and b[1] <= -85)


@lru_cache(maxsize=1)
def borders() -> tuple[tuple[Point, ...], ...]:
    """Every border and coast once, as polylines of (longitude, latitude) points; stretches along
    the map's edges (Russia's far east, Antarctica) are cut out, as they are no border or coast."""
    out = []
    for arc in _arcs():
        piece: list[Point] = [arc[0]]
        for a, b in zip(arc, arc[1:]):
            if _edge(a, b):
                if len(piece) > 1:
                    out.append(tuple(piece))
                piece = [b]
            else:
                piece.append(b)
        if len(piece) > 1:
            out.append(tuple(piece))
    return tuple(out)


def _ring(indices: list[int]) -> list[Point]:
    """A ring from its arcs (a negative index ~i is arc i reversed; consecutive arcs share a point)."""
    arcs = _arcs()
    ring: list[Point] = []
    for i in indices:
        points = list(arcs[i]) if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(points[1:] if ring else points)
    return ring


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[tuple[Point, ...], ...]]:
    """Each country's name -> its rings (outer boundaries and holes alike)."""
    out: dict[str, list] = {}
    for geometry in _topology()["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], [])
        rings = out.setdefault(geometry["properties"]["name"], [])
        rings.extend(tuple(_ring(ring)) for polygon in polygons for ring in polygon)
    return {name: tuple(rings) for name, rings in out.items()}
