"""A view as a publication figure: SVG, PDF and PNG (300 dpi) with matplotlib.

The figure uses the screen's layout (:func:`kg.draw.layout.positions`), so what a
researcher saw is what the paper shows, and the palette, markers and link
styles of :mod:`kg.kinds` and :mod:`kg.draw.style`: Okabe–Ito colours that stay
apart for colour-blind readers, and a marker shape per kind so kinds stay
apart in greyscale too. Labels are placed greedily where they overlap the
fewest other labels and nodes. Two sizes: one journal column (3.5 in) and one
full page (7 in). The output carries no timestamp: the same subgraph gives
byte-identical files with the same matplotlib.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.transforms import ScaledTranslation

from kg._version import __version__
from kg.draw.layout import positions
from kg.draw.style import edge_style, legend
from kg.errors import ExportError
from kg.kinds import KINDS
from kg.model import Subgraph
from kg.text import clean

__all__ = ["SIZES", "Size", "Drawing", "drawing", "figure", "figure_bytes", "placements", "wrap_label"]


@dataclass(frozen=True)
class Size:
    """A figure size: width in inches, font size and label width in points and characters."""

    name: str
    width: float
    font: float
    marker: float  # marker diameter, points
    label_chars: int
    legend_columns: int


SIZES: dict[str, Size] = {
    "column": Size("column", 3.5, 5.5, 5.0, 18, 3),
    "page": Size("page", 7.0, 7.5, 7.0, 26, 5),
}
#: Candidate label positions: (dx, dy) in marker radii, horizontal and vertical alignment.
_NEAR = (("right", (1.3, 0), "left", "center"), ("left", (-1.3, 0), "right", "center"),
         ("above", (0, 1.3), "center", "bottom"), ("below", (0, -1.3), "center", "top"),
         ("above right", (1.0, 1.0), "left", "bottom"), ("below right", (1.0, -1.0), "left", "top"),
         ("above left", (-1.0, 1.0), "right", "bottom"), ("below left", (-1.0, -1.0), "right", "top"))
#: Candidate label positions, near the node first, then a little farther out.
_SIDES = _NEAR + tuple((name, (dx * 2.6, dy * 2.6), ha, va) for name, (dx, dy), ha, va in _NEAR)
_RC = {"svg.hashsalt": "negkg", "svg.fonttype": "none", "pdf.fonttype": 42, "font.family": "DejaVu Sans",
       "path.simplify": False, "figure.dpi": 100, "savefig.dpi": 300}
_METADATA = {"svg": {"Date": None, "Creator": f"negkg {__version__}"},
             "pdf": {"CreationDate": None, "ModDate": None, "Creator": f"negkg {__version__}", "Producer": None},
             "png": {"Software": f"negkg {__version__}"}}


def wrap_label(label: str, chars: int) -> str:
    """A label wrapped on at most two lines of ``chars`` characters.

    >>> wrap_label("Meeting of the Valdai International Discussion Club", 18)
    'Meeting of the\\nValdai…'
    >>> wrap_label("Sochi", 18)
    'Sochi'
    """
    lines = textwrap.wrap(" ".join(clean(label).split()), chars, break_long_words=True) or [""]
    if len(lines) > 2:
        lines = [lines[0], lines[1].rstrip(" ,;:") + "\u2026"]
    elif len(lines) == 2 and len(lines[1]) > chars:
        lines[1] = lines[1][: chars - 1] + "\u2026"
    return "\n".join(lines)


def _size(size: str) -> Size:
    if size not in SIZES:
        raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
    return SIZES[size]


def _frame(sg: Subgraph) -> dict[str, tuple[float, float]]:
    """Screen positions with y pointing up, as matplotlib draws."""
    return {iri: (x, -y) for iri, (x, y) in positions(sg).items()}


def _legend_rows(sg: Subgraph, ax) -> list:
    handles = []
    for row in legend(sg):
        if row["type"] == "node":
            kind = next(k for k in KINDS if k.label == row["label"])
            handles.append(_markers(ax, kind, [], [], size=5.0, width=0.6, label=kind.label))
        else:
            handles.append(Line2D([], [], color=row["color"], linewidth=min(row["width"], 2.0) * 0.7,
                                  linestyle=(0, (4, 2)) if row["dashes"] else "-", label=row["label"]))
    return handles


def _layout_box(pos: dict[str, tuple[float, float]], width: float) -> tuple[float, tuple[float, float, float, float]]:
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span_x = max(max(xs) - min(xs), 1.0)
    span_y = max(max(ys) - min(ys), 1.0)
    pad_x, pad_y = span_x * 0.16 + 40, span_y * 0.08 + 30
    limits = (min(xs) - pad_x, max(xs) + pad_x, min(ys) - pad_y, max(ys) + pad_y)
    aspect = (limits[3] - limits[2]) / (limits[1] - limits[0])
    height = min(max(aspect * width, 0.45 * width), 1.2 * width)
    return height, limits


@dataclass(frozen=True)
class Drawing:
    """One drawn figure: save it in several formats, read where its labels went."""

    figure: Figure
    sides: dict[str, str]  # node IRI -> "right", "above left", ...

    def save(self, fmt: str, *, dpi: int = 300) -> bytes:
        """``svg``, ``pdf`` or ``png`` bytes, with no timestamps."""
        if fmt not in _METADATA:
            raise ExportError(f"Unknown figure format {fmt!r}; use svg, pdf or png.")
        with matplotlib.rc_context(_RC):
            buffer = io.BytesIO()
            self.figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
        return buffer.getvalue()


def drawing(sg: Subgraph, *, size: str = "column") -> Drawing:
    """Draw a view once (label placement is the slow part); save it as often as needed."""
    with matplotlib.rc_context(_RC):
        return Drawing(*_build(sg, size))


def figure(sg: Subgraph, *, size: str = "column") -> Figure:
    """The matplotlib Figure of a view (not shown; see :func:`figure_bytes`)."""
    return drawing(sg, size=size).figure


def placements(sg: Subgraph, *, size: str = "column") -> dict[str, str]:
    """Where each label goes ("right", "above left", ...), as the figure places it."""
    return drawing(sg, size=size).sides


def _build(sg: Subgraph, size: str) -> tuple[Figure, dict[str, str]]:
    """Draw; while labels stick out of the page (at most twice), widen the limits by that much and redraw."""
    if not sg.nodes:
        raise ExportError("The view has no entities: there is nothing to draw.")
    spec = _size(size)
    pos = _frame(sg)
    plot_height, limits = _layout_box(pos, spec.width)
    fig, sides = _draw(sg, spec, pos, plot_height, limits)
    for _ in range(2):
        grown = _fit_labels(fig, limits)
        if grown == limits:
            break
        limits = grown
        fig, sides = _draw(sg, spec, pos, plot_height, limits)
    return fig, sides


def _fit_labels(fig: Figure, limits: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """Limits that leave room for every label inside the figure (2 points of margin)."""
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    page, frame = fig.bbox, ax.get_window_extent(renderer)
    margin = 2 * fig.dpi / 72
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    left = max([0.0] + [page.x0 + margin - b.x0 for b in boxes])
    right = max([0.0] + [b.x1 - (page.x1 - margin) for b in boxes])
    top = max([0.0] + [b.y1 - (frame.y1 - margin) for b in boxes])
    bottom = max([0.0] + [frame.y0 + margin - b.y0 for b in boxes])
    if not (left or right or top or bottom):
        return limits
    per_x = (limits[1] - limits[0]) / max(frame.width - left - right, 1.0)
    per_y = (limits[3] - limits[2]) / max(frame.height - top - bottom, 1.0)
    return (limits[0] - left * per_x, limits[1] + right * per_x, limits[2] - bottom * per_y, limits[3] + top * per_y)


def _draw(sg: Subgraph, spec: Size, pos, plot_height: float,
          limits: tuple[float, float, float, float]) -> tuple[Figure, dict[str, str]]:
    legend_lines = -(-len(legend(sg)) // spec.legend_columns)
    legend_height = 0.12 + legend_lines * spec.font * 1.9 / 72
    fig = Figure(figsize=(spec.width, plot_height + legend_height))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, legend_height / (plot_height + legend_height), 0.98,
                       plot_height / (plot_height + legend_height)))
    ax.set_xlim(limits[0], limits[1])
    ax.set_ylim(limits[2], limits[3])
    ax.set_axis_off()
    _draw_edges(ax, sg, pos, spec)
    _draw_nodes(ax, sg, pos, spec)
    sides = _draw_labels(fig, ax, sg, pos, spec)
    fig.legend(handles=_legend_rows(sg, ax), loc="lower center", ncol=spec.legend_columns, frameon=False,
               fontsize=spec.font, handlelength=1.8, columnspacing=1.0, borderaxespad=0.2,
               bbox_to_anchor=(0.5, 0.0))
    return fig, sides


def _radius(spec: Size, focus: bool) -> float:
    return spec.marker * (1.35 if focus else 1.0) / 2


def _draw_nodes(ax, sg: Subgraph, pos, spec: Size) -> None:
    focus = set(sg.focus)
    for kind in KINDS:
        for is_focus in (False, True):
            members = [n for n in sg.nodes if n.kind == kind.key and (n.iri in focus) == is_focus]
            if not members:
                continue
            diameter = 2 * _radius(spec, is_focus)
            _markers(ax, kind, [pos[n.iri][0] for n in members], [pos[n.iri][1] for n in members],
                     size=diameter, width=1.1 if is_focus else 0.5)


def _markers(ax, kind, xs: list[float], ys: list[float], *, size: float, width: float, label: str | None = None):
    """Markers of one kind, shaped and outlined as the app draws them (legend handles too)."""
    return ax.scatter(xs, ys, s=size ** 2 * (1.6 if kind.marker == "*" else 1.0), marker=kind.marker,
                      c=kind.colour, edgecolors="#222222", linewidths=width, zorder=3, label=label,
                      linestyles=(0, (2, 1)) if kind.dashed else "solid")


def _draw_edges(ax, sg: Subgraph, pos, spec: Size) -> None:
    seen: dict[frozenset, int] = {}
    focus = set(sg.focus)
    for edge in sg.edges:
        if edge.source == edge.target:
            continue
        pair = frozenset((edge.source, edge.target))
        bend = 0.18 * seen.get(pair, 0)
        seen[pair] = seen.get(pair, 0) + 1
        style = edge_style(edge.predicate, edge.inferred)
        ax.add_patch(FancyArrowPatch(
            pos[edge.source], pos[edge.target], arrowstyle="-|>", mutation_scale=spec.font * 0.9,
            color=style["color"], linewidth=min(style["width"], 2.5) * 0.45,
            linestyle=(0, (4, 2)) if style.get("dashes") else "-", connectionstyle=f"arc3,rad={bend}",
            shrinkA=_radius(spec, edge.source in focus) + 0.5, shrinkB=_radius(spec, edge.target in focus) + 1.0,
            zorder=1))


def _draw_labels(fig: Figure, ax, sg: Subgraph, pos, spec: Size) -> dict[str, str]:
    """Place each label on the side of its node where it hides the least (greedy, most-linked first).

    Cost of a side: overlap with labels already placed (x3), with nodes (x8), with
    the frame's outside (x20), one character's area per hidden point of a link,
    and a small preference for the first sides in ``_SIDES``.
    """
    renderer = fig.canvas.get_renderer()
    focus = set(sg.focus)
    px = fig.dpi / 72
    frame = ax.get_window_extent(renderer)
    xy = {n.iri: ax.transData.transform(pos[n.iri]) for n in sg.nodes}
    radius = {n.iri: _radius(spec, n.iri in focus) for n in sg.nodes}
    obstacles = np.array([(x - r * px, y - r * px, x + r * px, y + r * px)
                          for n in sg.nodes for (x, y), r in [(xy[n.iri], radius[n.iri])]]).reshape(-1, 4)
    degree: dict[str, int] = {}
    segments = []
    for e in sg.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
        segments.append((xy[e.source], xy[e.target]))
    steps = np.linspace(0.1, 0.9, 9)[:, None]
    points = np.concatenate([a + (b - a) * steps for a, b in segments]) if segments else np.zeros((0, 2))
    unit = (spec.font * px) ** 2  # hiding one point of a link costs a character's area
    placed = np.zeros((0, 4))
    sides: dict[str, str] = {}
    for node in sorted(sg.nodes, key=lambda n: (n.iri not in focus, -degree.get(n.iri, 0), n.label, n.iri)):
        text = ax.text(*pos[node.iri], wrap_label(node.label, spec.label_chars), fontsize=spec.font,
                       parse_math=False, zorder=4, linespacing=1.0, ha="left", va="bottom",
                       fontweight="bold" if node.iri in focus else "normal",
                       bbox={"boxstyle": "square,pad=0.08", "facecolor": "white", "edgecolor": "none",
                             "alpha": 0.75})
        extent = text.get_window_extent(renderer)
        best = None
        for rank, (name, (dx, dy), ha, va) in enumerate(_SIDES):
            box = _box(xy[node.iri], dx * radius[node.iri] * px, dy * radius[node.iri] * px, extent, ha, va)
            cost = 3 * _overlaps(box, placed) + 8 * _overlaps(box, obstacles) + rank * unit * 0.05
            cost += 20 * (_area(box) - _overlaps(box, np.array([frame.extents])))
            inside = (points[:, 0] >= box[0]) & (points[:, 0] <= box[2]) & (points[:, 1] >= box[1]) & (points[:, 1] <= box[3])
            cost += unit * int(inside.sum())
            if best is None or cost < best[0]:
                best = (cost, name, dx, dy, ha, va, box)
        _, name, dx, dy, ha, va, box = best
        text.set_horizontalalignment(ha)
        text.set_verticalalignment(va)
        text.set_transform(ax.transData + _offset(fig, dx * radius[node.iri], dy * radius[node.iri]))
        sides[node.iri] = name
        placed = np.vstack([placed, box])
    return sides


def _box(anchor, dx: float, dy: float, extent, ha: str, va: str) -> np.ndarray:
    """The display box of a text of ``extent``'s size aligned ``ha``/``va`` at ``anchor`` + (dx, dy)."""
    w, h = extent.width, extent.height
    x = anchor[0] + dx - {"left": 0, "center": w / 2, "right": w}[ha]
    y = anchor[1] + dy - {"bottom": 0, "center": h / 2, "top": h}[va]
    return np.array([x, y, x + w, y + h])


def _overlaps(box: np.ndarray, others: np.ndarray) -> float:
    """Total area ``box`` shares with the boxes ``others`` (rows x0, y0, x1, y1)."""
    if not len(others):
        return 0.0
    w = np.clip(np.minimum(box[2], others[:, 2]) - np.maximum(box[0], others[:, 0]), 0, None)
    h = np.clip(np.minimum(box[3], others[:, 3]) - np.maximum(box[1], others[:, 1]), 0, None)
    return float((w * h).sum())


def _area(box: np.ndarray) -> float:
    return float((box[2] - box[0]) * (box[3] - box[1]))


def _offset(fig: Figure, dx_points: float, dy_points: float) -> ScaledTranslation:
    return ScaledTranslation(dx_points / 72, dy_points / 72, fig.dpi_scale_trans)


def figure_bytes(sg: Subgraph, fmt: str, *, size: str = "column", dpi: int = 300) -> bytes:
    """The figure as ``svg``, ``pdf`` or ``png`` bytes, with no timestamps."""
    if fmt not in _METADATA:
        raise ExportError(f"Unknown figure format {fmt!r}; use svg, pdf or png.")
    return drawing(sg, size=size).save(fmt, dpi=dpi)
