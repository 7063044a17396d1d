"""A view as a publication figure: SVG, PDF and PNG (300 dpi) with matplotlib.

The figure draws a :class:`kg.draw.plan.Plan`: the screen's layout
(:func:`kg.draw.layout.positions`) spread so that every name can be read at
the printed size, labels that never overlap (names that do not fit get a
number and a line in the key under the figure), a legend, and no text under
7 pt. Palette, markers and link styles come from :mod:`kg.kinds` and
:mod:`kg.draw.style`: Okabe–Ito colours that stay apart for colour-blind
readers, a marker shape per kind and a dash pattern per link type, so kinds
stay apart in greyscale too. Two sizes: one journal column (3.5 in) and one
full page (7 in). The output carries no timestamp: the same subgraph gives
byte-identical files with the same matplotlib.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch, Rectangle
from matplotlib.path import Path

from kg._version import __version__
from kg.draw.plan import FONT_FAMILY, SIZES, Plan, Size, plan, wrappings
from kg.errors import ExportError
from kg.kinds import KIND_BY_KEY
from kg.model import Subgraph

__all__ = ["MARKERS", "SIZES", "Drawing", "Size", "drawing", "figure", "figure_bytes", "placements", "save_figure", "wrap_label"]

_RC = {"svg.hashsalt": "negkg", "svg.fonttype": "none", "pdf.fonttype": 42, "font.family": FONT_FAMILY,
       "path.simplify": False, "figure.dpi": 72, "savefig.dpi": 300, "lines.scale_dashes": False}
_METADATA = {"svg": {"Date": None, "Creator": f"negkg {__version__}"},
             "pdf": {"CreationDate": None, "ModDate": None, "Creator": f"negkg {__version__}", "Producer": None},
             "png": {"Software": f"negkg {__version__}"}}
#: Markers that matplotlib has no letter for: a claim is a wide box, as in the app.
MARKERS = {"box": Path([(-1.0, -0.55), (1.0, -0.55), (1.0, 0.55), (-1.0, 0.55), (-1.0, -0.55)], closed=True)}


def wrap_label(label: str, chars: int = 20) -> str:
    """A name on at most three lines of about ``chars`` characters, never shortened.

    >>> wrap_label("Meeting of the Valdai International Discussion Club", 20)
    'Meeting of the\\nValdai International\\nDiscussion Club'
    >>> wrap_label("Sochi")
    'Sochi'
    """
    options = wrappings(label) or [[" ".join(label.split())]]
    return "\n".join(min(options, key=lambda lines: (abs(max(map(len, lines)) - chars), len(lines))))


@dataclass(frozen=True)
class Drawing:
    """One drawn figure: its plan (where everything went) and the matplotlib Figure; save it as often as needed."""

    figure: Figure
    plan: Plan

    @property
    def sides(self) -> dict[str, str]:
        """Where each name went: a side of its marker ("right", "above left", …), or "key" (a number)."""
        out = {label.iri: label.side for label in self.plan.labels}
        out.update({number.iri: "key" for number in self.plan.numbers})
        return out

    def save(self, fmt: str, *, dpi: int = 300) -> bytes:
        """``svg``, ``pdf`` or ``png`` bytes, with no timestamps."""
        return save_figure(self.figure, fmt, dpi=dpi)


def save_figure(figure: Figure, fmt: str, *, dpi: int = 300) -> bytes:
    """A matplotlib figure as ``svg``, ``pdf`` or ``png`` bytes, with no timestamps (graph and map figures)."""
    if fmt not in _METADATA:
        raise ExportError(f"Unknown figure format {fmt!r}; use svg, pdf or png.")
    with matplotlib.rc_context(_RC):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    return buffer.getvalue()


def drawing(sg: Subgraph, *, size: str = "column") -> Drawing:
    """Plan a view (placing the labels is the slow part) and draw it once."""
    layout = plan(sg, size=size)
    with matplotlib.rc_context(_RC):
        return Drawing(_draw(layout), layout)


def figure(sg: Subgraph, *, size: str = "column") -> Figure:
    """The matplotlib Figure of a view (not shown; see :func:`figure_bytes`)."""
    return drawing(sg, size=size).figure


def placements(sg: Subgraph, *, size: str = "column") -> dict[str, str]:
    """Where each name goes ("right", "above left", …, or "key"), as the figure places it."""
    return drawing(sg, size=size).sides


#: matplotlib's arrow style per head (kg.draw.style); a circle is a plain line ending in a dot.
_HEADS = {"arrow": "-|>", "vee": "->", "bar": "-[", "circle": "-"}


def _dot(ax, start, end, shrink: float, colour: str) -> None:
    """The rebuttal's head: a dot where the line ends, ``shrink`` points before ``end``."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    r = 1.4
    at = (end[0] - dx / length * (shrink + r), end[1] - dy / length * (shrink + r))
    ax.add_patch(Circle(at, r, facecolor=colour, edgecolor="none", zorder=1.2))


def _draw(p: Plan) -> Figure:
    fig = Figure(figsize=(p.width / 72, p.height / 72))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, p.width)
    ax.set_ylim(0, p.height)
    ax.set_axis_off()
    for link in p.links:
        ax.add_patch(FancyArrowPatch(
            link.start, link.end, arrowstyle=_HEADS.get(link.head, "-|>"), mutation_scale=6.0, color=link.colour,
            linewidth=link.width, linestyle=(0, link.dashes) if link.dashes else "-",
            connectionstyle=f"arc3,rad={link.bend}", shrinkA=link.shrink_start, shrinkB=link.shrink_end, zorder=1))
        if link.head == "circle":
            _dot(ax, link.start, link.end, link.shrink_end, link.colour)
    for x0, y0, x1, y1 in p.leaders:
        ax.add_line(Line2D([x0, x1], [y0, y1], color="#444444", linewidth=0.4, zorder=1.5))
    for mark in p.marks:
        _marker(ax, mark.kind, mark.x, mark.y, mark.diameter, focus=mark.focus)
    for label in p.labels + p.numbers:
        x0, y0, x1, y1 = label.box
        ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor="white", edgecolor="none", alpha=0.8,
                               zorder=3))
    for item in p.legend:
        if item.kind:
            _marker(ax, item.kind, item.x, item.y, SIZES[p.size].marker, focus=False)
        else:
            ax.add_line(Line2D([item.x - 6.5, item.x + 6.5], [item.y, item.y], color=item.colour,
                               linewidth=item.width, linestyle=(0, item.dashes) if item.dashes else "-"))
            if item.head != "arrow":  # the argument's heads, as its links draw them
                ax.add_patch(FancyArrowPatch((item.x, item.y), (item.x + 6.5, item.y),
                                             arrowstyle=_HEADS[item.head], mutation_scale=6.0, color=item.colour,
                                             linewidth=min(item.width, 1.0), shrinkA=0, shrinkB=0))
                if item.head == "circle":
                    _dot(ax, (item.x, item.y), (item.x + 6.5, item.y), 0.0, item.colour)
    for line in p.texts:
        ax.text(line.x, line.y, line.text, fontsize=line.size, ha=line.ha, va="baseline", parse_math=False,
                fontweight="bold" if line.bold else "normal", zorder=4)
    return fig


def _marker(ax, kind_key: str, x: float, y: float, diameter: float, *, focus: bool) -> None:
    """A marker shaped and outlined as the app draws its kind (a star a little larger, as it is thinner)."""
    kind = KIND_BY_KEY[kind_key]
    size = diameter * (1.3 if kind.marker == "*" else 1.0)
    ax.scatter([x], [y], s=size ** 2, marker=MARKERS.get(kind.marker, kind.marker), c=kind.colour,
               edgecolors="#222222", linewidths=1.0 if focus else 0.5, zorder=2,
               linestyles=(0, (1.5, 0.8)) if kind.dashed else "solid")


def figure_bytes(sg: Subgraph, fmt: str, *, size: str = "column", dpi: int = 300) -> bytes:
    """The figure as ``svg``, ``pdf`` or ``png`` bytes, with no timestamps."""
    if fmt not in _METADATA:
        raise ExportError(f"Unknown figure format {fmt!r}; use svg, pdf or png.")
    return drawing(sg, size=size).save(fmt, dpi=dpi)
