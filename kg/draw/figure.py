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
import re
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch, Rectangle
from matplotlib.path import Path

from kg._version import __version__
from kg.draw.plan import FONT_FAMILY, SIZES, Plan, Size, plan, wrappings
from kg.draw.typeset import group_style
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
        """``svg``, ``pdf`` or ``png`` bytes, with no timestamps. In the SVG, each entity's and link's
        group of elements names what it draws (:func:`tag_svg`)."""
        data = save_figure(self.figure, fmt, dpi=dpi)
        return tag_svg(data, self.plan) if fmt == "svg" else data


def tag_svg(svg: bytes, p: Plan) -> bytes:
    """The figure's SVG with each entity's ``<g>`` carrying ``class="kg-entity kg-KIND"`` and
    ``data-iri``, and each link's ``class="kg-link"``, ``data-source`` and ``data-target``; in a
    comparison also ``kg-only-a``/``kg-only-b``/``kg-in-both`` and ``data-group`` (``a``, ``b``,
    ``both``), so a stylesheet or a script can pick out a group."""
    def attributes(kind: str, group: str | None, **data: str) -> str:
        classes = " ".join(filter(None, [kind, _GROUP_CLASS.get(group or "")]))
        extra = "".join(f" data-{k}={quoteattr(v)}" for k, v in data.items())
        return f' class="{classes}"' + extra + (f' data-group="{group}"' if group else "")

    tags = {f'<g id="kg-entity-{i}">': f'<g id="kg-entity-{i}"'
            + attributes(f"kg-entity kg-{m.kind}", m.group, iri=m.iri) + ">" for i, m in enumerate(p.marks)}
    tags |= {f'<g id="kg-link-{i}">': f'<g id="kg-link-{i}"'
             + attributes("kg-link", link.group, source=link.source, target=link.target) + ">"
             for i, link in enumerate(p.links)}
    return re.sub(rb'<g id="kg-(?:entity|link)-\d+">', lambda m: tags[m.group().decode()].encode("utf-8"), svg)


_GROUP_CLASS = {"a": "kg-only-a", "b": "kg-only-b", "both": "kg-in-both"}


def save_figure(figure: Figure, fmt: str, *, dpi: int = 300) -> bytes:
    """A matplotlib figure as ``svg``, ``pdf`` or ``png`` bytes, with no timestamps (graph and map figures)."""
    if fmt not in _METADATA:
        raise ExportError(f"Unknown figure format {fmt!r}; use svg, pdf or png.")
    with matplotlib.rc_context(_RC):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    return buffer.getvalue()


def drawing(sg: Subgraph, *, size: str = "column", sides: dict[str, str] | None = None) -> Drawing:
    """Plan a view (placing the labels is the slow part) and draw it once; with ``sides``, a
    comparison's groups (:func:`kg.draw.plan.plan`)."""
    layout = plan(sg, size=size, sides=sides)
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
    for i, link in enumerate(p.links):
        ax.add_patch(FancyArrowPatch(
            link.start, link.end, arrowstyle=_HEADS.get(link.head, "-|>"), mutation_scale=6.0, color=link.colour,
            linewidth=link.width, linestyle=(0, link.dashes) if link.dashes else "-",
            connectionstyle=f"arc3,rad={link.bend}", shrinkA=link.shrink_start, shrinkB=link.shrink_end, zorder=1,
            gid=f"kg-link-{i}"))
        if link.head == "circle":
            _dot(ax, link.start, link.end, link.shrink_end, link.colour)
    for x0, y0, x1, y1 in p.leaders:
        ax.add_line(Line2D([x0, x1], [y0, y1], color="#444444", linewidth=0.4, zorder=1.5))
    for i, mark in enumerate(p.marks):
        _marker(ax, mark.kind, mark.x, mark.y, mark.diameter, focus=mark.focus, group=mark.group,
                gid=f"kg-entity-{i}")
    for label in p.labels + p.numbers:
        x0, y0, x1, y1 = label.box
        ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor="white", edgecolor="none", alpha=0.8,
                               zorder=3))
    comparison = any(mark.group for mark in p.marks)
    for item in p.legend:
        if not item.line:  # a kind in its colour (white and solid in a comparison), or a comparison's group
            _marker(ax, item.kind or "episode", item.x, item.y, SIZES[p.size].marker, focus=False, fill=item.colour,
                    group=item.group, plain=comparison)
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


def _marker(ax, kind_key: str, x: float, y: float, diameter: float, *, focus: bool, fill: str | None = None,
            group: str | None = None, gid: str | None = None, plain: bool = False) -> None:
    """A marker shaped and outlined as the app draws its kind (a star a little larger, as it is thinner);
    in a comparison, filled and outlined as its group (:func:`kg.draw.typeset.group_style`); ``plain``:
    never dashed (a kind in a comparison's legend, where the outline tells the group)."""
    kind = KIND_BY_KEY[kind_key]
    size = diameter * (1.3 if kind.marker == "*" else 1.0)
    if group:
        g = group_style(group)
        fill, edge, width, dashes = fill or g["fill"], "#111111", g["outline"], g["outline_dashes"]
    else:
        edge, width, dashes = "#222222", 1.0 if focus else 0.5, (1.5, 0.8) if kind.dashed and not plain else ()
    ax.scatter([x], [y], s=size ** 2, marker=MARKERS.get(kind.marker, kind.marker), c=fill or kind.colour,
               edgecolors=edge, linewidths=width, zorder=2, linestyles=(0, dashes) if dashes else "solid", gid=gid)


def figure_bytes(sg: Subgraph, fmt: str, *, size: str = "column", dpi: int = 300) -> bytes:
    """The figure as ``svg``, ``pdf`` or ``png`` bytes, with no timestamps."""
    if fmt not in _METADATA:
        raise ExportError(f"Unknown figure format {fmt!r}; use svg, pdf or png.")
    return drawing(sg, size=size).save(fmt, dpi=dpi)
