"""The map of a view's places, for the screen: a Vega-Lite spec (Streamlit draws it with the
Vega it bundles: no tiles, no network).

Longitude and latitude are drawn on plain x/y scales (an equirectangular projection, one degree
as wide as it is tall), so that Vega-Lite's scale-bound interval gives wheel zoom and drag pan.
The base map is every border of :func:`kg.draw.world.borders`, drawn as one broken line. Places at the same
point (a state drawn at its capital, and the capital) share one marker and one label; the names
that fit without touching another name or marker at the first view are written, the places with
episodes first, and the selected place always (:func:`place_labels`); every name is in the
marker's tooltip and the table under the map.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from kg.draw.world import borders
from kg.model import MapPlace, PlaceMap

__all__ = ["Site", "sites", "extent", "place_labels", "map_spec", "border_rows", "border_json", "WIDTH", "HEIGHT",
           "FONT_PX"]

WIDTH, HEIGHT = 880, 440
FONT_PX = 12
#: Roughly the advance of one character of the browser's sans-serif at FONT_PX (generous, so
#: labels judged apart are apart).
CHAR_PX = 0.62 * FONT_PX
MARKER_PX = 7
EPISODE_COLOUR, EMPTY_COLOUR, SELECTED_COLOUR, LINK_COLOUR = "#D55E00", "#7a7a7a", "#0072B2", "#CC79A7"


@lru_cache(maxsize=1)
def border_rows() -> tuple[dict, ...]:
    """The base map as the spec's data: every point of every border in drawing order (``o``), a
    row with no coordinates between two borders.

    The borders are one line broken at those rows (``"invalid": "break-paths-show-domains"``,
    Vega-Lite 5.19 or later, as Streamlit bundles), which the browser draws
    as one SVG path. A line per border (Vega-Lite's ``detail``) made a clipped group of five
    elements per border: 4,900 of the page's 5,700 elements, restyled and repainted at every
    change of the linked views.

    >>> rows = border_rows()
    >>> sum(1 for r in rows if r["x"] is None) == len(borders()) - 1
    True
    """
    points = [point for i, line in enumerate(borders()) for point in ([(None, None)] if i else []) + list(line)]
    return tuple({"o": o, "x": x, "y": y} for o, (x, y) in enumerate(points))


@lru_cache(maxsize=1)
def border_json() -> str:
    """:func:`border_rows` as the JSON the app serves once (``map_spec(borders_url=...)``)."""
    return json.dumps(border_rows(), separators=(",", ":"))


@dataclass(frozen=True)
class Site:
    """One marker: the places at one point, those with episodes first."""

    long: float
    lat: float
    places: tuple[MapPlace, ...]

    @property
    def name(self) -> str:
        return ", ".join(p.label for p in self.places)

    @property
    def episodes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e for p in self.places for e in p.episodes))


def sites(pm: PlaceMap) -> list[Site]:
    """The map's markers: places grouped by their point, busiest first."""
    at: dict[tuple[float, float], list[MapPlace]] = {}
    for p in pm.places:
        at.setdefault((round(p.long, 4), round(p.lat, 4)), []).append(p)
    out = [Site(x, y, tuple(sorted(ps, key=lambda p: (-len(p.episodes), p.kind != "place", p.label))))
           for (x, y), ps in at.items()]
    return sorted(out, key=lambda s: (-len(s.episodes), s.name))


def extent(pm: PlaceMap, *, width: float = WIDTH, height: float = HEIGHT,
           margin: float = 12.0) -> tuple[float, float, float, float]:
    """(west, east, south, north) in degrees: the places with ``margin`` around them (the whole
    world without places), widened so that a degree is as wide as it is tall at width × height.

    >>> extent(PlaceMap((), (), (), ()))
    (-180.0, 180.0, -90.0, 90.0)
    """
    if pm.places:
        xs, ys = [p.long for p in pm.places], [p.lat for p in pm.places]
        west, east = max(-180.0, min(xs) - margin), min(180.0, max(xs) + margin)
        south, north = max(-85.0, min(ys) - margin), min(85.0, max(ys) + margin)
    else:
        west, east, south, north = -180.0, 180.0, -60.0, 85.0
    w, h = max(east - west, 30.0), max(north - south, 15.0)
    if w / h < width / height:
        w = h * width / height
    else:
        h = w * height / width
    cx, cy = (west + east) / 2, (south + north) / 2
    cy = min(max(cy, -85.0 + h / 2), 85.0 - h / 2) if h < 170 else 0.0
    return (round(cx - w / 2, 4), round(cx + w / 2, 4), round(cy - h / 2, 4), round(cy + h / 2, 4))


Box = tuple[float, float, float, float]


def _apart(a: Box, b: Box) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


class _Grid:
    """Boxes bucketed by cell, so that a thousand places are checked against their neighbours only."""

    def __init__(self, cell: float):
        self.cell, self.cells = cell, {}

    def _keys(self, box: Box):
        c = self.cell
        for i in range(int(box[0] // c), int(box[2] // c) + 1):
            for j in range(int(box[1] // c), int(box[3] // c) + 1):
                yield i, j

    def add(self, box: Box, owner: int = -1) -> None:
        for key in self._keys(box):
            self.cells.setdefault(key, []).append((box, owner))

    def free(self, box: Box, *, but: int = -2) -> bool:
        return all(_apart(box, other) for key in self._keys(box) for other, owner in self.cells.get(key, ())
                   if owner != but)


def place_labels(points: list[tuple[float, float]], sizes: list[tuple[float, float]], *, frame: Box,
                 gap: float, marker: float) -> list[tuple[Box, str] | None]:
    """For each point (in priority order) the box and side of its label (``sizes``: width, height),
    or None when no side fits inside ``frame`` without touching a label or another marker.
    Units are the caller's (pixels down the screen, or points up the page: only boxes are compared)."""
    markers = _Grid(max(4 * marker, 1.0))
    for i, (x, y) in enumerate(points):
        markers.add((x - marker, y - marker, x + marker, y + marker), i)
    labels = _Grid(max(4 * marker, 1.0))
    out: list[tuple[Box, str] | None] = []
    for i, ((x, y), (w, h)) in enumerate(zip(points, sizes)):
        choice = None
        for side, box in (("right", (x + gap, y - h / 2, x + gap + w, y + h / 2)),
                          ("left", (x - gap - w, y - h / 2, x - gap, y + h / 2)),
                          ("above", (x - w / 2, y - gap - h, x + w / 2, y - gap)),
                          ("below", (x - w / 2, y + gap, x + w / 2, y + gap + h))):
            inside = frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]
            if inside and labels.free(box) and markers.free(box, but=i):
                choice = (box, side)
                break
        if choice:
            labels.add(choice[0])
        out.append(choice)
    return out


def _pixels(site: Site, box: tuple[float, float, float, float], size: tuple[int, int]) -> tuple[float, float]:
    west, east, south, north = box
    return ((site.long - west) / (east - west) * size[0], (north - site.lat) / (north - south) * size[1])


def screen_labels(pm: PlaceMap, *, selected: str | None = None, size: tuple[int, int] = (WIDTH, HEIGHT),
                  frame: PlaceMap | None = None) -> dict[Site, str]:
    """The sites named on screen at the first view (``size``: the map's width and height in
    pixels; ``frame``: the map whose places it shows at first, ``pm`` by default), and the side
    of their label."""
    ss = sites(pm)
    ss.sort(key=lambda s: (not any(p.iri == selected for p in s.places),))
    box = extent(frame or pm, width=size[0], height=size[1])
    chosen = place_labels([_pixels(s, box, size) for s in ss], [(CHAR_PX * len(s.name), FONT_PX * 1.2) for s in ss],
                          frame=(0, 0, *size), gap=MARKER_PX + 2, marker=MARKER_PX)
    return {s: c[1] for s, c in zip(ss, chosen) if c}


_GAP = MARKER_PX + 2
_SIDES = (("right", "left", "middle", _GAP, 0), ("left", "right", "middle", -_GAP, 0),
          ("above", "center", "bottom", 0, -_GAP), ("below", "center", "top", 0, _GAP))


def map_spec(pm: PlaceMap, *, selected: str | None = None, episode_labels: dict[str, str] | None = None,
             size: tuple[int, int] = (WIDTH, HEIGHT), borders_url: str | None = None,
             frame: PlaceMap | None = None, named: bool = False) -> dict:
    """The Vega-Lite spec of the map (a plain dict), ``size`` pixels wide and high. ``selected``: a
    place (its marker outlined) or an episode (its places outlined); ``episode_labels`` names
    episodes in the tooltips. ``borders_url``: where the page reads :func:`border_rows` as JSON
    (a file the app serves; the spec then carries 9 KB instead of 380 KB); None: inline.

    ``frame``: the map whose places the first view fits (``pm`` by default; the app frames every
    place, so that the spec stays the same whatever the filters). ``named``: the markers, links and
    labels as named ``datasets`` beside the layers instead of inside them, so that a page can
    update them in place when only they change (Streamlit does, instead of drawing the chart anew)."""
    names = episode_labels or {e.iri: e.label for e in pm.episodes}
    chosen = set(pm.episode(selected).places) if selected and pm.episode(selected) else {selected}
    west, east, south, north = extent(frame or pm, width=size[0], height=size[1])
    x = {"field": "x", "type": "quantitative", "axis": None, "scale": {"domain": [west, east], "nice": False,
                                                                       "zero": False}}
    y = {"field": "y", "type": "quantitative", "axis": None, "scale": {"domain": [south, north], "nice": False,
                                                                       "zero": False}}
    # One row for every marker, link and label of the frame, those outside this map marked not shown
    # (and filtered out by the layers): the rows' count stays the same whatever the filters, and the
    # page updates the chart in place (Streamlit draws it anew when a dataset's count changes).
    whole = frame or pm
    where = {p.iri: (p.long, p.lat) for p in whole.places}
    shown_links = set(pm.links)
    every = {e.iri: e.label for e in whole.episodes}
    links = [{"x": where[a][0], "y": where[a][1], "x2": where[b][0], "y2": where[b][1],
              "episode": names.get(e) or every.get(e, e), "shown": (a, b, e) in shown_links}
             for a, b, e in whole.links if a in where and b in where]
    labelled = screen_labels(pm, selected=selected, size=size, frame=frame)
    here = {(s.long, s.lat): s for s in sites(pm)}
    markers, texts = [], []
    for f in sites(whole):
        s = here.get((f.long, f.lat))
        site = s or f
        count = len(s.episodes) if s else 0
        listed = "; ".join(names.get(e, e) for e in site.episodes) if s else ""
        markers.append({"iri": site.places[0].iri, "place": site.name, "x": site.long, "y": site.lat, "n": count,
                        "kind": "state (at its capital)" if all(p.kind == "state" for p in site.places) else "place",
                        "status": "selected" if chosen & {p.iri for p in site.places} else
                        "with episodes" if count else "no episode in this view",
                        "episodes": listed or "none in this view", "shown": s is not None})
        texts.append({"x": site.long, "y": site.lat, "text": site.name, "side": labelled.get(s) if s else None})
    colour = {"field": "status", "type": "nominal", "title": "Marker",
              "scale": {"domain": ["with episodes", "no episode in this view", "selected"],
                        "range": [EPISODE_COLOUR, EMPTY_COLOUR, SELECTED_COLOUR]},
              "legend": {"orient": "bottom", "labelFontSize": 12, "titleFontSize": 12}}
    data = {"links": links, "markers": markers, "labels": texts}
    shown = [{"filter": "datum.shown"}]

    def rows(name: str) -> dict:
        return {"name": name} if named else {"values": data[name]}

    return {
        **({"datasets": data} if named else {}),
        "width": size[0], "height": size[1], "background": "#ffffff",
        "config": {"view": {"stroke": "#cccccc", "fill": "#f4f8fb"}, "legend": {"labelFontSize": 12}},
        "layer": [
            {"data": {"url": borders_url} if borders_url else {"values": list(border_rows())},
             "mark": {"type": "line", "stroke": "#a0a0a0", "strokeWidth": 0.7, "clip": True, "aria": False,
                      "invalid": "break-paths-show-domains"},  # one path, broken between borders (border_rows)
             "params": [{"name": "zoom", "select": {"type": "interval", "zoom": "wheel!", "translate": True},
                         "bind": "scales"}],
             "encoding": {"x": x, "y": y, "order": {"field": "o", "type": "quantitative"}}},
            # no ARIA role: a view with no link shown would leave an empty, unlabelled group (the table
            # under the map lists each episode's places)
            {"data": rows("links"), "transform": shown,
             "mark": {"type": "rule", "stroke": LINK_COLOUR, "strokeWidth": 1.5, "strokeDash": [5, 3], "clip": True,
                      "aria": False},
             "encoding": {"x": x, "y": y, "x2": {"field": "x2"}, "y2": {"field": "y2"},
                          "tooltip": [{"field": "episode", "title": "one episode at both places"}]}},
            {"data": rows("markers"), "transform": shown,
             "params": [{"name": "pick_place", "select": {"type": "point", "fields": ["iri"]}}],
             "mark": {"type": "point", "filled": True, "size": 150, "opacity": 1, "stroke": "#222222",
                      "strokeWidth": 1, "cursor": "pointer", "clip": True},
             "encoding": {"x": x, "y": y, "color": colour,
                          "shape": {"field": "kind", "type": "nominal", "title": "Kind",
                                    "scale": {"domain": ["place", "state (at its capital)"],
                                              "range": ["circle", "square"]},
                                    "legend": {"orient": "bottom", "labelFontSize": 12, "titleFontSize": 12}},
                          "tooltip": [{"field": "place"}, {"field": "kind"}, {"field": "n", "title": "episodes"},
                                      {"field": "episodes", "title": "its episodes"}]}},
            *[{"data": rows("labels"), "transform": [{"filter": f"datum.side == '{side}'"}],
               "mark": {"type": "text", "fontSize": FONT_PX, "clip": True, "fontWeight": "bold", "fill": "#222222",
                        "aria": False, "align": align, "baseline": baseline, "dx": dx, "dy": dy},
               "encoding": {"x": x, "y": y, "text": {"field": "text"}}}
              for side, align, baseline, dx, dy in _SIDES],
        ],
    }
