"""Text in a figure: measured, wrapped and set in lines, and the blocks under the plot (legend, key).

Widths come from matplotlib's unhinted outlines of DejaVu Sans, which is what
the PDF and SVG set; a line spans :data:`BELOW` and :data:`ABOVE` of its size
around its baseline and lines are :data:`PITCH` apart, so the boxes the plan
reserves hold every glyph a PDF reader finds (pdfplumber's character boxes
included). No text is smaller than :data:`MIN_FONT`.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from functools import lru_cache

from matplotlib.font_manager import FontProperties
from matplotlib.textpath import text_to_path

from kg.draw.compare import GROUPS, legend_rows
from kg.draw.style import legend
from kg.kinds import KINDS
from kg.model import Subgraph
from kg.text import clean

__all__ = ["ABOVE", "BELOW", "FONT_FAMILY", "MIN_FONT", "PITCH", "SIZES", "KeyEntry", "LegendItem", "Line", "Size",
           "dash_pattern", "group_style", "key_block", "legend_block", "line_width", "note", "shift", "text_width", "wrap_to",
           "wrappings"]

#: No text in a figure is smaller than this, in points (the issue's floor for print).
MIN_FONT = 7.0
FONT_FAMILY = "DejaVu Sans"
#: A line of text spans this much of its font size below and above its baseline (DejaVu Sans
#: descends 0.24 em and its accents reach 0.93 em), and lines are this far apart.
BELOW, ABOVE, PITCH = 0.26, 0.96, 1.22

@dataclass(frozen=True)
class Size:
    """A figure size: page width, font sizes and marker diameter in points."""

    name: str
    width: float  # inches
    font: float  # labels
    small: float  # legend, key and numbers
    marker: float  # marker diameter
    key_column: float  # the least width of a key column


SIZES: dict[str, Size] = {
    "column": Size("column", 3.5, 7.0, 7.0, 6.0, 118.0),
    "page": Size("page", 7.0, 7.5, 7.0, 7.0, 118.0),
}


@dataclass(frozen=True)
class Line:
    """One line of text: its baseline's left, centre or right point (``ha``), in points from the
    page's bottom left."""

    x: float
    y: float
    text: str
    size: float
    ha: str = "left"
    bold: bool = False


@dataclass(frozen=True)
class LegendItem:
    """A legend row: a marker of ``kind`` or a link sample, at ``x, y`` (the sample's centre)."""

    x: float
    y: float
    kind: str | None  # a node kind, or None for a link
    colour: str
    width: float
    dashes: tuple[float, ...]
    text: Line
    head: str = "arrow"  # a link sample's arrow head, as the links draw it
    group: str | None = None  # a comparison's group (kg.draw.compare): a sample drawn in its style

    @property
    def line(self) -> bool:
        """A link sample (else a marker: a kind's, or a group's circle)."""
        return self.kind is None and self.width > 0


@dataclass(frozen=True)
class KeyEntry:
    """One line of the key: a number, the entity's full name and kind."""

    number: int
    iri: str
    label: str
    kind: str


@lru_cache(maxsize=8192)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The advance width of one line of ``text`` in points, as matplotlib sets it."""
    prop = FontProperties(family=FONT_FAMILY, size=size, weight="bold" if bold else "normal")
    # Unhinted outlines: what PDF and SVG set (a renderer's hinted pixels run ~4 % short at 72 dpi).
    width, _, _ = text_to_path.get_text_width_height_descent(text, prop, ismath=False)
    return width + 0.05 * size


def dash_pattern(style: dict) -> tuple[float, ...]:
    """A link style's dashes (screen pixels at its width) as a print pattern in points.

    >>> dash_pattern({"dashes": [2, 4]}), dash_pattern({})
    ((1.2, 2.4), ())
    """
    return tuple(round(d * 0.6, 2) for d in style.get("dashes") or ())


def line_width(style: dict) -> float:
    return round(min(style["width"], 2.5) * 0.45, 3)


def group_style(side: str) -> dict:
    """How a comparison's group (``a``, ``b`` or ``both``) looks on paper: the screen's style
    (:data:`kg.draw.compare.GROUPS`) in points, as every link style is converted (:func:`line_width`,
    :func:`dash_pattern`): ``fill``, ``outline`` (width) and ``outline_dashes`` of its entities,
    ``colour``, ``width`` and ``dashes`` of its links.

    >>> group_style("b")["outline_dashes"], group_style("b")["dashes"]
    ((3.6, 1.8), (5.4, 3.0))
    """
    g = GROUPS[side]
    return {"fill": g["fill"], "outline": round(max(g["border"] * 0.3, 0.5), 2),
            "outline_dashes": dash_pattern({"dashes": g["border_dashes"]}),
            "colour": g["edge"], "width": line_width(g), "dashes": dash_pattern(g)}


def wrappings(label: str, *, most: int = 3) -> list[list[str]]:
    """The ways a name can be written on one to ``most`` lines, whole (no word cut, nothing left out).

    >>> wrappings("Meeting of the Valdai International Discussion Club")[0]
    ['Meeting of the', 'Valdai International', 'Discussion Club']
    >>> wrappings("Sochi")
    [['Sochi']]
    """
    text = " ".join(clean(label).split()) or "?"
    found: list[list[str]] = []
    for chars in (12, 16, 20, 26, 34):
        lines = textwrap.wrap(text, chars, break_long_words=False, break_on_hyphens=False)
        if len(lines) <= most and lines not in found:
            found.append(lines)
    if not found:  # a very long name: it goes in the key
        return []
    return found


def shift(line: Line, dx: float, dy: float) -> Line:
    return Line(round(line.x + dx, 2), round(line.y + dy, 2), line.text, line.size, line.ha, line.bold)


def wrap_to(text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width`` points (a longer single word gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(lines[-1] + " " + word, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def note(text: str, width: float, size: float) -> tuple[list[Line], float]:
    lines = wrap_to(text, width, size)
    height = ((len(lines) - 1) * PITCH + BELOW + ABOVE) * size
    return [Line(0.0, round(height - ABOVE * size - k * PITCH * size, 2), s, size)
            for k, s in enumerate(lines)], height


def key_block(key: tuple[KeyEntry, ...], plot_w: float, spec: Size) -> tuple[list[Line], float]:
    """The key in balanced columns, bottom of the page up; its height."""
    if not key:
        return [], 0.0
    size = spec.small
    columns = max(1, int((plot_w + 8) // (spec.key_column + 8)))
    col_w = (plot_w - 8 * (columns - 1)) / columns
    num_w = text_width(str(key[-1].number), size)
    entries = [(e, wrap_to(f"{e.label} ({e.kind})", col_w - num_w - 3.0, size)) for e in key]
    total = sum(len(lines) for _, lines in entries)
    per_column = math.ceil(total / columns)
    placed: list[tuple[int, int, KeyEntry, list[str]]] = []  # column, first row
    column, row = 0, 0
    for entry, lines in entries:
        if row and row + len(lines) > per_column and column < columns - 1:
            column, row = column + 1, 0
        placed.append((column, row, entry, lines))
        row += len(lines)
    rows = max(r + len(lines) for _, r, _, lines in placed)
    pitch = PITCH * size
    height = (rows - 1) * pitch + (BELOW + ABOVE) * size
    out: list[Line] = []
    for column, row, entry, lines in placed:
        x = column * (col_w + 8)
        top = height - ABOVE * size - row * pitch
        out.append(Line(round(x + num_w, 2), round(top, 2), str(entry.number), size, "right"))
        out += [Line(round(x + num_w + 3.0, 2), round(top - k * pitch, 2), s, size) for k, s in enumerate(lines)]
    return out, height


def legend_block(sg: Subgraph, plot_w: float, spec: Size,
                 sides: dict[str, str] | None = None) -> tuple[list[LegendItem], float]:
    """Legend rows under the plot, in as many columns as fit; its height (origin: the legend's bottom).
    With ``sides`` (a comparison), the groups' rows first and the kinds as uncoloured shapes
    (:func:`kg.draw.compare.legend_rows`, as the interactive graph's legend)."""
    size = spec.small
    kinds = {k.label for k in KINDS}
    rows = legend(sg) if sides is None else legend_rows(legend(sg))
    # a marker row that is not a kind (your upload, your workspace) describes an outline the figure does not draw
    rows = [r for r in rows if r["type"] != "node" or r["label"] in kinds or r.get("group")]
    sample = 14.0
    widths = [sample + 3.0 + text_width(r["label"], size) for r in rows]
    columns = max(1, min(len(rows), int((plot_w + 8) // (max(widths) + 8))))
    col_w = (plot_w - 8 * (columns - 1)) / columns
    lines = math.ceil(len(rows) / columns)
    pitch = max(PITCH * size, spec.marker + 2.0)
    height = (lines - 1) * pitch + (BELOW + ABOVE) * size
    items = []
    for k, row in enumerate(rows):
        col, line = k % columns, k // columns
        x = col * (col_w + 8)
        baseline = height - ABOVE * size - line * pitch
        mid = baseline + 0.35 * size
        text = Line(round(x + sample + 3.0, 2), round(baseline, 2), row["label"], size)
        if row["type"] == "node" and row.get("group"):  # a group's entity: a circle in its fill and outline
            items.append(LegendItem(round(x + sample / 2, 2), round(mid, 2), None, row["color"], 0.0, (), text,
                                    group=row["group"]))
        elif row["type"] == "node":
            kind = next(k.key for k in KINDS if k.label == row["label"])
            items.append(LegendItem(round(x + sample / 2, 2), round(mid, 2), kind, row["color"], 0.0, (), text))
        else:
            style = {"width": row["width"], "dashes": row.get("pattern") or ([4, 2] if row["dashes"] else [])}
            items.append(LegendItem(round(x + sample / 2, 2), round(mid, 2), None, row["color"],
                                    line_width(style) * 1.3, dash_pattern(style), text, row.get("arrow", "arrow"),
                                    row.get("group")))
    return items, height
