"""The map as a publication figure: SVG, PDF and PNG (300 dpi) with matplotlib, held to the graph
figure's rules (:mod:`kg.draw.figure`): no text under 7 pt, no two names overlapping, every place
named, at its marker or, where its name does not fit, by a number listed in a key under the map;
no timestamps.

The map is equirectangular (a degree as wide as it is tall), framed on the places as on screen
(:func:`kg.draw.map.extent`), over the Natural Earth borders of :func:`kg.draw.world.borders`.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from kg.draw.figure import _RC, save_figure
from kg.draw.map import EMPTY_COLOUR, EPISODE_COLOUR, LINK_COLOUR, Site, extent, place_labels, sites
from kg.draw.typeset import ABOVE, BELOW, SIZES, note, text_width
from kg.draw.world import borders
from kg.errors import ExportError
from kg.model import PlaceMap

__all__ = ["MapDrawing", "map_drawing"]

LEGEND = ("Circles: places; squares: states, drawn at their capitals. Orange: with episodes of this view; "
          "grey: without. Dashed lines join two places of one episode. Coordinates: GeoNames; borders: "
          "Natural Earth 1:110m.")


@dataclass(frozen=True)
class MapDrawing:
    """One drawn map figure: the matplotlib Figure and where each site's name went."""

    figure: Figure
    named: dict[str, str]  # site name -> "marker" or its number in the key

    def save(self, fmt: str, *, dpi: int = 300) -> bytes:
        """``svg``, ``pdf`` or ``png`` bytes, with no timestamps."""
        return save_figure(self.figure, fmt, dpi=dpi)


def map_drawing(pm: PlaceMap, *, size: str = "column") -> MapDrawing:
    """Draw the map of ``pm`` at a figure ``size`` (column or page); without places, the world
    with a sentence saying so."""
    if size not in SIZES:
        raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
    with matplotlib.rc_context(_RC):
        return _draw(pm, SIZES[size])


def _draw(pm: PlaceMap, spec) -> MapDrawing:
    width = spec.width * 72
    map_h = round(width / 2, 2)
    box = extent(pm, width=width, height=map_h)
    ss = sites(pm)
    font, small = spec.font, spec.small
    text_h = (BELOW + ABOVE) * font
    # Place names first in points with the map's bottom at 0; the key's height is known after.
    points = [_xy(s, box, width, map_h) for s in ss]
    named = place_labels(points, [(text_width(s.name, font), text_h) for s in ss], frame=(0, 0, width, map_h),
                         gap=spec.marker / 2 + 1.5, marker=spec.marker / 2)
    numbered = [i for i, c in enumerate(named) if c is None]
    numbers = {i: str(k + 1) for k, i in enumerate(numbered)}
    taken = [c[0] for c in named if c]
    num_boxes = _number_boxes(points, numbered, numbers, taken, small, spec.marker / 2)
    key_text = "Key: " + "; ".join(f"{numbers[i]} {ss[i].name}" for i in numbered) if numbered else ""
    # wrapped a little short of the width: a line's last word must not touch the page's edge
    key_lines, key_h = note(key_text, width - 6, small) if key_text else ([], 0.0)
    legend = LEGEND if pm.places else "No place of this view has coordinates, so the map is empty. " + LEGEND
    legend_lines, legend_h = note(legend, width - 6, small)
    bottom = key_h + legend_h + (6.0 if key_lines else 3.0) + 3.0
    height = round(bottom + map_h, 2)

    fig = Figure(figsize=(width / 72, height / 72))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    ax.set_axis_off()
    frame = Rectangle((0, bottom), width, map_h, facecolor="#f4f8fb", edgecolor="#999999", linewidth=0.4, zorder=0)
    ax.add_patch(frame)
    lines = LineCollection([[_lift(_xy_ll(x, y, box, width, map_h), bottom) for x, y in line] for line in borders()],
                           colors="#9a9a9a", linewidths=0.3, zorder=1)
    ax.add_collection(lines)
    lines.set_clip_path(frame)
    where = {p.iri: _lift(_xy_ll(p.long, p.lat, box, width, map_h), bottom) for p in pm.places}
    for a, b, _ in pm.links:
        if where[a] == where[b]:
            continue  # a state at its capital: the same point
        ax.plot([where[a][0], where[b][0]], [where[a][1], where[b][1]], color=LINK_COLOUR, linewidth=0.8,
                linestyle=(0, (3.0, 1.5)), zorder=2)
    for s, (x, y) in zip(ss, points):
        state = all(p.kind == "state" for p in s.places)
        ax.scatter([x], [y + bottom], s=spec.marker ** 2, marker="s" if state else "o", zorder=3,
                   c=EPISODE_COLOUR if s.episodes else EMPTY_COLOUR, edgecolors="#222222", linewidths=0.5)
    out: dict[str, str] = {}
    for s, choice in zip(ss, named):
        if choice:
            (x0, y0, _, _), _ = choice
            ax.text(x0, y0 + BELOW * font + bottom, s.name, fontsize=font, va="baseline", ha="left",
                    parse_math=False, zorder=4)
            out[s.name] = "marker"
    for i, (x0, y0, _, _) in num_boxes.items():
        ax.text(x0, y0 + BELOW * small + bottom, numbers[i], fontsize=small, va="baseline", ha="left",
                fontweight="bold", parse_math=False, zorder=4)
        out[ss[i].name] = numbers[i]
    for line in legend_lines:
        ax.text(line.x, line.y + key_h + (3.0 if key_lines else 0.0), line.text, fontsize=line.size,
                va="baseline", ha="left", parse_math=False)
    for line in key_lines:
        ax.text(line.x, line.y, line.text, fontsize=line.size, va="baseline", ha="left", parse_math=False)
    return MapDrawing(fig, out)


def _number_boxes(points, numbered, numbers, taken, size, marker) -> dict[int, tuple[float, float, float, float]]:
    """Where each number goes: the first free spot around its marker (its right side when none is free)."""
    out = {}
    for i in numbered:
        x, y = points[i]
        w, h = text_width(numbers[i], size, bold=True), (BELOW + ABOVE) * size
        others = [(px - marker, py - marker, px + marker, py + marker) for j, (px, py) in enumerate(points) if j != i]
        # the four sides first, then the corners, then a little farther out
        options = [(x + dx * (marker + 1 + k * h) - (w if dx < 0 else w / 2 if dx == 0 else 0),
                    y + dy * (marker + 1 + k * h) - (h if dy < 0 else h / 2 if dy == 0 else 0))
                   for k in range(3) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1),
                                                    (-1, -1))]
        chosen = None
        for bx, by in options:
            box = (bx, by, bx + w, by + h)
            if all(_apart(box, b) for b in taken + others):
                chosen = box
                break
        box = chosen or (x + marker + 1, y - h / 2, x + marker + 1 + w, y + h / 2)
        taken.append(box)
        out[i] = box
    return out


def _apart(a, b) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def _xy(s: Site, box, width: float, height: float) -> tuple[float, float]:
    return _xy_ll(s.long, s.lat, box, width, height)


def _xy_ll(long: float, lat: float, box, width: float, height: float) -> tuple[float, float]:
    west, east, south, north = box
    return (long - west) / (east - west) * width, (lat - south) / (north - south) * height


def _lift(point: tuple[float, float], dy: float) -> tuple[float, float]:
    return point[0], point[1] + dy
