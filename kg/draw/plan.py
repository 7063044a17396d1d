"""Where everything of a publication figure goes, in points: the one geometry matplotlib and TikZ draw.

A figure must stay legible at its printed size whatever layout it is given, so
the plan does not trust the layout's spacing. It maps the layout's positions
into the plot area, pushes apart nodes that sit closer than a minimum distance,
then places labels under hard constraints: a label never overlaps another
label, a number, a marker or the page edge. A node whose name cannot be placed
that way gets a number beside its marker and a line in the key under the
figure ("12  Vladimir Putin (person)"), as journals do for dense figures.
Labels are wrapped on up to three lines and never shortened: every name is
written in full, at the marker or in the key. All text is at least 7 pt.

The plan is pure geometry (:class:`Plan`): :mod:`kg.draw.figure` draws it with
matplotlib, :mod:`kg.draw.tikz` writes the same coordinates as TikZ, so the two
agree to the point. Text is measured with matplotlib's DejaVu Sans; TikZ sets it
in Computer Modern Sans, which is narrower, so its text stays inside the boxes.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import text_to_path

from kg.draw.layout import positions
from kg.draw.style import edge_style, legend
from kg.draw.text_boxes import TextBoxes
from kg.errors import ExportError
from kg.kinds import KIND_BY_KEY, KINDS
from kg.model import Subgraph
from kg.text import clean

__all__ = ["FONT_FAMILY", "MAX_HEIGHT", "MIN_FONT", "SIZES", "KeyEntry", "Label", "LegendItem", "Line", "Link",
           "Mark", "Plan", "Size", "dash_pattern", "plan", "text_width", "wrappings"]

#: No text in a figure is smaller than this, in points (the issue's floor for print).
MIN_FONT = 7.0
FONT_FAMILY = "DejaVu Sans"
#: A line of text spans this much of its font size below and above its baseline (DejaVu Sans
#: descends 0.24 em and its accents reach 0.93 em), and lines are this far apart.
_BELOW, _ABOVE, _PITCH = 0.26, 0.96, 1.22
_PAD = 0.8  # white space around a label, points
_GAP = 1.2  # between a marker and its label, points
_MARGIN = 4.0  # page margin, points
#: The tallest figure, in points: a journal page's text block (9 in). A key that would make the
#: figure taller goes only in the key table exported with it.
MAX_HEIGHT = 648.0


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
class Label:
    """A node's name at its marker: lines of text on a white box ``box`` = (x0, y0, x1, y1)."""

    iri: str
    lines: tuple[Line, ...]
    box: tuple[float, float, float, float]
    side: str


@dataclass(frozen=True)
class Mark:
    """A node's marker: centre, diameter, kind; ``number`` when its name is in the key."""

    iri: str
    kind: str
    x: float
    y: float
    diameter: float
    focus: bool
    number: int | None = None


@dataclass(frozen=True)
class Link:
    """A link from marker to marker: colour, width and dash pattern (on, off, ... in points)."""

    source: str
    target: str
    start: tuple[float, float]
    end: tuple[float, float]
    bend: float  # matplotlib's arc3 rad: 0 straight, >0 bends left
    colour: str
    width: float
    dashes: tuple[float, ...]
    shrink_start: float
    shrink_end: float


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


@dataclass(frozen=True)
class KeyEntry:
    """One line of the key: a number, the entity's full name and kind."""

    number: int
    iri: str
    label: str
    kind: str


@dataclass(frozen=True)
class Plan:
    """Everything a figure draws, in points, y up; the page is ``width`` × ``height``."""

    size: str
    width: float
    height: float
    plot: tuple[float, float, float, float]
    marks: tuple[Mark, ...]
    links: tuple[Link, ...]
    labels: tuple[Label, ...]
    numbers: tuple[Label, ...]
    legend: tuple[LegendItem, ...]
    key: tuple[KeyEntry, ...]
    key_lines: tuple[Line, ...]
    key_inside: bool = True  # the key is under the plot (else only in the exported key table)

    @property
    def texts(self) -> tuple[Line, ...]:
        """Every line of text on the page."""
        return (tuple(line for lab in self.labels + self.numbers for line in lab.lines)
                + tuple(item.text for item in self.legend) + self.key_lines)


@lru_cache(maxsize=8192)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The advance width of one line of ``text`` in points, as matplotlib sets it."""
    prop = FontProperties(family=FONT_FAMILY, size=size, weight="bold" if bold else "normal")
    # Unhinted outlines: what PDF and SVG set (a renderer's hinted pixels run ~4 % short at 72 dpi).
    width, _, _ = text_to_path.get_text_width_height_descent(text, prop, ismath=False)
    return width + 0.05 * size


def _size(size: str) -> Size:
    if size not in SIZES:
        raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
    return SIZES[size]


def dash_pattern(style: dict) -> tuple[float, ...]:
    """A link style's dashes (screen pixels at its width) as a print pattern in points.

    >>> dash_pattern({"dashes": [2, 4]}), dash_pattern({})
    ((1.2, 2.4), ())
    """
    return tuple(round(d * 0.6, 2) for d in style.get("dashes") or ())


def line_width(style: dict) -> float:
    return round(min(style["width"], 2.5) * 0.45, 3)


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


def plan(sg: Subgraph, *, size: str = "column") -> Plan:
    """The geometry of the figure of ``sg`` at ``size`` (see the module's docstring)."""
    if not sg.nodes:
        raise ExportError("The view has no entities: there is nothing to draw.")
    spec = _size(size)
    width = spec.width * 72
    plot_w = width - 2 * _MARGIN
    raw = _even_out({iri: (x, -y) for iri, (x, y) in positions(sg).items()})  # y up, as on paper
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    aspect = (max(ys) - min(ys) + 1.0) / (max(xs) - min(xs) + 1.0)
    most = MAX_HEIGHT - 2 * _MARGIN - 8.0 - _legend(sg, plot_w, spec)[1] - 3 * _PITCH * spec.small  # a note
    density = math.sqrt(len(sg.nodes) / 64)  # views beyond the overview's size get a taller plot
    plot_h = min(plot_w * min(max(aspect, 0.6), 1.0) * min(max(density, 1.0), 1.6), most)
    digits = len(str(len(sg.nodes)))
    separation = spec.marker + text_width("8" * digits, spec.small) + 4.0
    best = None
    for _ in range(6):
        layout = _Layout(sg, spec, plot_w, plot_h, raw, separation)
        if best is None or len(layout.failed) < len(best.failed):
            best = layout
        if layout.complete:
            break
        separation *= 1.15
        plot_h = min(plot_h * 1.15, most)
    for _ in range(2):  # make room for the names of the main entities, where markers crowd them out
        moved = best.room_for_main_labels()
        if moved is None:
            break
        again = _Layout(sg, spec, best.plot_w, best.plot_h, raw, separation, xy=moved)
        if not again.complete or again.main_labelled() <= best.main_labelled():
            break
        best = again
    return best.finish(width)


def _even_out(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Positions halfway between the layout's and their rank on each axis: a dense core opens up and
    far-flung nodes come in, while left stays left and top stays top."""
    if len(pos) < 3:
        return pos
    iris = list(pos)
    xy = np.array([pos[i] for i in iris], dtype=float)
    out = np.empty_like(xy)
    for axis in (0, 1):
        values = xy[:, axis]
        span = max(values.max() - values.min(), 1e-9)
        ranks = np.argsort(np.argsort(values, kind="stable"), kind="stable") / (len(values) - 1)
        out[:, axis] = 0.5 * (values - values.min()) / span + 0.5 * ranks
    spans = xy.max(axis=0) - xy.min(axis=0)
    out *= spans  # keep the layout's aspect
    return {iri: (float(x), float(y)) for iri, (x, y) in zip(iris, out)}


class _Layout:
    """One attempt: nodes spread in a plot of ``plot_w`` × ``plot_h``, labels and numbers placed."""

    def __init__(self, sg: Subgraph, spec: Size, plot_w: float, plot_h: float, raw: dict, separation: float,
                 xy: np.ndarray | None = None):
        self.sg, self.spec, self.plot_w, self.plot_h = sg, spec, plot_w, plot_h
        self.nodes = sorted(sg.nodes, key=lambda n: n.iri)  # the same figure whatever order the view lists them in
        self.iris = [n.iri for n in self.nodes]
        focus = set(sg.focus)
        self.focus = [iri in focus for iri in self.iris]
        self.radius = np.array([spec.marker * (1.3 if f else 1.0) / 2 for f in self.focus])
        self.inset = self.radius.max() + 2.0
        self.xy = xy if xy is not None else _spread(np.array([raw[i] for i in self.iris], dtype=float), plot_w,
                                                    plot_h, self.inset, separation)
        self.boxes = TextBoxes((0.0, 0.0, plot_w, plot_h))
        for (x, y), r in zip(self.xy, self.radius):
            self.boxes.add(np.array([x - r, y - r, x + r, y + r]) + np.array([-0.6, -0.6, 0.6, 0.6]))
        self.failed: list[str] = []
        self.labels: dict[int, Label] = {}
        self.numbers: dict[int, tuple[np.ndarray, str]] = {}
        self._place()

    @property
    def complete(self) -> bool:
        return not self.failed

    def _place(self) -> None:
        spec, n = self.spec, len(self.iris)
        index = {iri: i for i, iri in enumerate(self.iris)}
        degree = np.zeros(n)
        segments = []
        for e in self.sg.edges:
            if e.source in index and e.target in index and e.source != e.target:
                degree[index[e.source]] += 1
                degree[index[e.target]] += 1
                segments.append((self.xy[index[e.source]], self.xy[index[e.target]]))
        steps = np.linspace(0.15, 0.85, 8)[:, None]
        points = np.concatenate([a + (b - a) * steps for a, b in segments]) if segments else np.zeros((0, 2))
        digits = len(str(n))
        num_w, num_h = text_width("8" * digits, spec.small) + 2 * _PAD, (_BELOW + _ABOVE) * spec.small + 2 * _PAD
        slots = np.stack([_candidates(self.xy[i], self.radius[i], num_w, num_h)[0] for i in range(n)])
        self.boxes.reserve(slots, _candidates(self.xy[0], 1.0, 1.0, 1.0)[1])
        nodes = self.nodes
        order = sorted(range(n), key=lambda i: (not self.focus[i], -degree[i], nodes[i].kind != "trait",
                                                nodes[i].label, self.iris[i]))
        self.order = order
        for i in order:
            self.boxes.release(i)  # its own number slots no longer need keeping free while it tries a label
            label = self._label(i, points)
            if label is None:
                self.boxes.keep(i)
            else:
                self.labels[i] = label
        missing = [i for i in range(n) if i not in self.labels]
        for i in sorted(missing, key=lambda i: self.boxes.free_count(i)):
            slot = self.boxes.take_slot(i)
            if slot is None:
                self.failed.append(self.iris[i])
            else:
                self.numbers[i] = slot

    def _main(self) -> list[int]:
        """The entities whose names matter most: the focus, then the best-connected (traits first)."""
        return self.order[:max(7, len(self.order) // 8)]

    def main_labelled(self) -> int:
        return sum(1 for i in self._main() if i in self.labels)

    def room_for_main_labels(self) -> np.ndarray | None:
        """Positions where the markers that sit where a main entity's name would go are moved out of its way."""
        main = self._main()
        todo = [i for i in main if i not in self.labels]
        if not todo:
            return None
        xy, spec = self.xy.copy(), self.spec
        frame = np.array([0.0, 0.0, self.plot_w, self.plot_h])
        for i in todo:
            options = wrappings(self.nodes[i].label) or [[self.nodes[i].label]]
            lines = min(options, key=lambda ls: max(text_width(s, spec.font, True) for s in ls) * len(ls))
            w = max(text_width(s, spec.font, True) for s in lines) + 2 * _PAD + 2.0
            h = ((len(lines) - 1) * _PITCH + _BELOW + _ABOVE) * spec.font + 2 * _PAD + 2.0
            boxes = _candidates(xy[i], self.radius[i], w, h)[0][:8]
            best = None
            for box in boxes:
                if box[0] < frame[0] or box[1] < frame[1] or box[2] > frame[2] or box[3] > frame[3]:
                    continue
                inside = [j for j in range(len(xy)) if j != i and box[0] - 3 < xy[j][0] < box[2] + 3
                          and box[1] - 3 < xy[j][1] < box[3] + 3]
                if any(j in main for j in inside):
                    continue
                if best is None or len(inside) < len(best[1]):
                    best = (box, inside)
            if best is None:
                continue
            box, inside = best
            for j in inside:  # out through the nearest edge of the box
                x, y = xy[j]
                exits = [(x - box[0] + 4, (box[0] - 4, y)), (box[2] - x + 4, (box[2] + 4, y)),
                         (y - box[1] + 4, (x, box[1] - 4)), (box[3] - y + 4, (x, box[3] + 4))]
                xy[j] = min(exits)[1]
        return np.clip(xy, self.inset, np.array([self.plot_w, self.plot_h]) - self.inset)

    def _label(self, i: int, points: np.ndarray) -> Label | None:
        node, spec = self.nodes[i], self.spec
        bold = self.focus[i]
        best = None
        for lines in wrappings(node.label):
            w = max(text_width(s, spec.font, bold) for s in lines) + 2 * _PAD
            h = ((len(lines) - 1) * _PITCH + _BELOW + _ABOVE) * spec.font + 2 * _PAD
            boxes, sides = _candidates(self.xy[i], self.radius[i], w, h)
            ok = self.boxes.fits(boxes)
            for k in np.flatnonzero(ok):
                box = boxes[k]
                hidden = int(((points[:, 0] > box[0]) & (points[:, 0] < box[2]) & (points[:, 1] > box[1])
                              & (points[:, 1] < box[3])).sum()) if len(points) else 0
                # One line reads best; a wide one blocks its neighbours' names.
                cost = hidden * 3 + k * 0.3 + (len(lines) - 1) * 1.2 + max(0, max(map(len, lines)) - 22) * 0.15
                if best is None or cost < best[0]:
                    best = (cost, box, sides[k], lines)
        if best is None:
            return None
        _, box, side, lines = best
        self.boxes.add(box)
        return _label_lines(self.iris[i], lines, box, side, spec.font, bold)

    def finish(self, width: float) -> Plan:
        """Below the plot: the legend, then the key; then everything moved to page coordinates."""
        spec = self.spec
        keyed = sorted(self.numbers, key=lambda i: (-round(self.xy[i][1] / (3 * spec.small)), self.xy[i][0]))
        numbers = {i: k + 1 for k, i in enumerate(keyed)}
        key = tuple(KeyEntry(numbers[i], self.iris[i], " ".join(clean(self.nodes[i].label).split()),
                             KIND_BY_KEY[self.nodes[i].kind].label.lower()) for i in keyed)
        key = key + tuple(KeyEntry(len(key) + k + 1, iri, self.sg.node(iri).label,
                                   KIND_BY_KEY[self.sg.node(iri).kind].label.lower())
                          for k, iri in enumerate(self.failed))
        plot_w = self.plot_w
        key_lines, key_h = _key_lines(key, plot_w, spec)
        legend_items, legend_h = _legend(self.sg, plot_w, spec)
        key_inside = _MARGIN + key_h + 4.0 + legend_h + 4.0 + self.plot_h + _MARGIN <= MAX_HEIGHT
        if key and not key_inside:
            key_lines, key_h = _note(f"Numbers 1\u2013{len(key)} are named in the key table that comes "
                                     "with this figure.", plot_w, spec.small)
        below = _MARGIN + key_h + (4.0 if key_h else 0.0) + legend_h + 4.0
        height = below + self.plot_h + _MARGIN
        dx, dy = _MARGIN, below

        def at(x: float, y: float) -> tuple[float, float]:
            return (round(x + dx, 2), round(y + dy, 2))

        marks = tuple(Mark(iri, self.nodes[i].kind, *at(*self.xy[i]), diameter=round(2 * self.radius[i], 2),
                           focus=self.focus[i], number=numbers.get(i))
                      for i, iri in enumerate(self.iris))
        labels = tuple(_moved(self.labels[i], dx, dy) for i in sorted(self.labels))
        number_labels = tuple(_moved(_number_label(self.iris[i], str(numbers[i]), box, side, spec.small), dx, dy)
                              for i, (box, side) in sorted(self.numbers.items()))
        moved_legend = tuple(LegendItem(it.x + dx, it.y + _MARGIN + key_h + (4.0 if key_h else 0.0), it.kind,
                                        it.colour, it.width, it.dashes,
                                        _shift(it.text, dx, _MARGIN + key_h + (4.0 if key_h else 0.0)))
                             for it in legend_items)
        return Plan(spec.name, round(width, 2), round(height, 2),
                    (round(dx, 2), round(dy, 2), round(dx + plot_w, 2), round(dy + self.plot_h, 2)),
                    marks, self._links(marks), labels, number_labels, moved_legend, key,
                    tuple(_shift(line, dx, _MARGIN) for line in key_lines), key_inside)

    def _links(self, marks: tuple[Mark, ...]) -> tuple[Link, ...]:
        by_iri = {m.iri: m for m in marks}
        seen: dict[frozenset, int] = {}
        out = []
        for e in self.sg.edges:
            if e.source == e.target or e.source not in by_iri or e.target not in by_iri:
                continue
            pair = frozenset((e.source, e.target))
            bend = 0.18 * seen.get(pair, 0)
            seen[pair] = seen.get(pair, 0) + 1
            style = edge_style(e.predicate, e.inferred)
            a, b = by_iri[e.source], by_iri[e.target]
            out.append(Link(e.source, e.target, (a.x, a.y), (b.x, b.y), bend, style["color"], line_width(style),
                            dash_pattern(style), a.diameter / 2 + 0.5, b.diameter / 2 + 1.0))
        return tuple(out)


def _spread(xy: np.ndarray, plot_w: float, plot_h: float, inset: float, separation: float) -> np.ndarray:
    """The layout mapped into the plot, then nodes closer than ``separation`` pushed apart (within the plot)."""
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = np.maximum(hi - lo, 1e-9)
    room = np.array([plot_w - 2 * inset, plot_h - 2 * inset])
    out = inset + (xy - lo) / span * room if len(xy) > 1 else np.array([[plot_w / 2, plot_h / 2]])
    if len(xy) == 1:
        return out
    for _ in range(300):
        diff = out[:, None, :] - out[None, :, :]
        dist = np.sqrt((diff ** 2).sum(axis=2))
        np.fill_diagonal(dist, separation)
        short = dist < separation
        if not short.any():
            break
        push = np.where(short, (separation - dist) / np.maximum(dist, 1e-6) * 0.5, 0.0)
        # Nodes on the same spot part along a fixed direction per pair, so the result is deterministic.
        same = dist < 1e-6
        diff = np.where(same[:, :, None], np.array([1.0, 0.3]) * np.sign(
            np.arange(len(out))[:, None] - np.arange(len(out))[None, :])[:, :, None], diff)
        out = out + (diff * push[:, :, None]).sum(axis=1) * 0.55
        out = np.clip(out, inset, np.array([plot_w, plot_h]) - inset)
    return out


#: Candidate places for a box beside a marker: name, the direction (dx, dy) and how the box hangs
#: from that point (its left/centre/right, bottom/centre/top), nearest first.
_SIDES = (("right", 1, 0, 0, 0.5), ("left", -1, 0, 1, 0.5), ("above", 0, 1, 0.5, 0),
          ("below", 0, -1, 0.5, 1), ("above right", 0.7, 0.7, 0, 0), ("below right", 0.7, -0.7, 0, 1),
          ("above left", -0.7, 0.7, 1, 0), ("below left", -0.7, -0.7, 1, 1),
          ("above", 0, 1, 0.15, 0), ("above", 0, 1, 0.85, 0), ("below", 0, -1, 0.15, 1),
          ("below", 0, -1, 0.85, 1))


def _candidates(xy: np.ndarray, radius: float, w: float, h: float) -> tuple[np.ndarray, list[str]]:
    """Boxes of ``w`` × ``h`` around a marker at ``xy`` (rows x0, y0, x1, y1), as :data:`_SIDES` orders them,
    then the same a little farther out."""
    rows, names = [], []
    for far in (0.0, 5.0):
        for name, dx, dy, fx, fy in _SIDES:
            reach = radius + _GAP + far
            px, py = xy[0] + dx * reach, xy[1] + dy * reach
            x0, y0 = px - fx * w, py - fy * h
            rows.append((x0, y0, x0 + w, y0 + h))
            names.append(name)
    return np.array(rows), names


def _label_lines(iri: str, lines: list[str], box, side: str, size: float, bold: bool) -> Label:
    x0, y0, x1, y1 = (float(v) for v in box)
    ha = "right" if "left" in side else ("left" if "right" in side else "center")
    x = {"left": x0 + _PAD, "right": x1 - _PAD, "center": (x0 + x1) / 2}[ha]
    top = y1 - _PAD - _ABOVE * size
    out = tuple(Line(round(x, 2), round(top - k * _PITCH * size, 2), s, size, ha, bold)
                for k, s in enumerate(lines))
    return Label(iri, out, (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)), side)


def _number_label(iri: str, text: str, box, side: str, size: float) -> Label:
    return _label_lines(iri, [text], box, side, size, False)


def _shift(line: Line, dx: float, dy: float) -> Line:
    return Line(round(line.x + dx, 2), round(line.y + dy, 2), line.text, line.size, line.ha, line.bold)


def _moved(label: Label, dx: float, dy: float) -> Label:
    x0, y0, x1, y1 = label.box
    return Label(label.iri, tuple(_shift(s, dx, dy) for s in label.lines),
                 (round(x0 + dx, 2), round(y0 + dy, 2), round(x1 + dx, 2), round(y1 + dy, 2)), label.side)


def _wrap_to(text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width`` points (a longer single word gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(lines[-1] + " " + word, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _note(text: str, width: float, size: float) -> tuple[list[Line], float]:
    lines = _wrap_to(text, width, size)
    height = ((len(lines) - 1) * _PITCH + _BELOW + _ABOVE) * size
    return [Line(0.0, round(height - _ABOVE * size - k * _PITCH * size, 2), s, size)
            for k, s in enumerate(lines)], height


def _key_lines(key: tuple[KeyEntry, ...], plot_w: float, spec: Size) -> tuple[list[Line], float]:
    """The key in balanced columns, bottom of the page up; its height."""
    if not key:
        return [], 0.0
    size = spec.small
    columns = max(1, int((plot_w + 8) // (spec.key_column + 8)))
    col_w = (plot_w - 8 * (columns - 1)) / columns
    num_w = text_width(str(key[-1].number), size)
    entries = [(e, _wrap_to(f"{e.label} ({e.kind})", col_w - num_w - 3.0, size)) for e in key]
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
    pitch = _PITCH * size
    height = (rows - 1) * pitch + (_BELOW + _ABOVE) * size
    out: list[Line] = []
    for column, row, entry, lines in placed:
        x = column * (col_w + 8)
        top = height - _ABOVE * size - row * pitch
        out.append(Line(round(x + num_w, 2), round(top, 2), str(entry.number), size, "right"))
        out += [Line(round(x + num_w + 3.0, 2), round(top - k * pitch, 2), s, size) for k, s in enumerate(lines)]
    return out, height


def _legend(sg: Subgraph, plot_w: float, spec: Size) -> tuple[list[LegendItem], float]:
    """Legend rows under the plot, in as many columns as fit; its height (origin: the legend's bottom)."""
    size = spec.small
    rows = legend(sg)
    sample = 14.0
    widths = [sample + 3.0 + text_width(r["label"], size) for r in rows]
    columns = max(1, min(len(rows), int((plot_w + 8) // (max(widths) + 8))))
    col_w = (plot_w - 8 * (columns - 1)) / columns
    lines = math.ceil(len(rows) / columns)
    pitch = max(_PITCH * size, spec.marker + 2.0)
    height = (lines - 1) * pitch + (_BELOW + _ABOVE) * size
    items = []
    for k, row in enumerate(rows):
        col, line = k % columns, k // columns
        x = col * (col_w + 8)
        baseline = height - _ABOVE * size - line * pitch
        mid = baseline + 0.35 * size
        text = Line(round(x + sample + 3.0, 2), round(baseline, 2), row["label"], size)
        if row["type"] == "node":
            kind = next(k.key for k in KINDS if k.label == row["label"])
            items.append(LegendItem(round(x + sample / 2, 2), round(mid, 2), kind, row["color"], 0.0, (), text))
        else:
            style = {"width": row["width"], "dashes": row.get("pattern") or ([4, 2] if row["dashes"] else [])}
            items.append(LegendItem(round(x + sample / 2, 2), round(mid, 2), None, row["color"],
                                    line_width(style) * 1.3, dash_pattern(style), text))
    return items, height
