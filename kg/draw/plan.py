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
agree to the point. Text is measured and set by :mod:`kg.draw.typeset` (matplotlib's
DejaVu Sans); TikZ sets it in Computer Modern Sans, which is narrower, so its text
stays inside the boxes. :mod:`kg.draw.text_boxes` keeps what is already placed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kg.draw.layout import positions
from kg.draw.spread import even_out, spread
from kg.draw.style import OWN_EDGE, PATH_COLOUR, edge_style, own_edge
from kg.draw.text_boxes import MARKER, TextBoxes
from kg.draw.typeset import (
    ABOVE,
    BELOW,
    FONT_FAMILY,
    MIN_FONT,
    PITCH,
    SIZES,
    KeyEntry,
    LegendItem,
    Line,
    Size,
    dash_pattern,
    group_style,
    key_block,
    legend_block,
    line_width,
    note,
    shift,
    text_width,
    wrappings,
)
from kg.errors import ExportError
from kg.kinds import KIND_BY_KEY
from kg.model import Subgraph
from kg.text import clean

__all__ = ["FONT_FAMILY", "MAX_HEIGHT", "MIN_FONT", "SIZES", "KeyEntry", "Label", "LegendItem", "Line", "Link",
           "Mark", "Plan", "Size", "dash_pattern", "plan", "text_width", "wrappings"]

_PAD = 0.8  # white space around a label, points
_GAP = 1.2  # between a marker and its label, points
_MARGIN = 4.0  # page margin, points
_NUMBER_RINGS = (0.0, 5.0, 9.0, 14.0)  # how far out a number may go from its marker (with a hairline), points
#: The tallest figure, in points: a journal page's text block (9 in). A key that would make the
#: figure taller goes only in the key table exported with it.
MAX_HEIGHT = 648.0


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
    group: str | None = None  # a comparison's group: "a", "b" or "both" (kg.draw.compare)


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
    head: str = "arrow"  # the arrow head (kg.draw.style): arrow, vee, bar or circle
    group: str | None = None  # a comparison's group


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
    leaders: tuple[tuple[float, float, float, float], ...] = ()  # hairlines to names set a little apart
    unnamed: tuple[str, ...] = ()  # too crowded even for a number (said under the figure and in its caption)


    @property
    def texts(self) -> tuple[Line, ...]:
        """Every line of text on the page."""
        return (tuple(line for lab in self.labels + self.numbers for line in lab.lines)
                + tuple(item.text for item in self.legend) + self.key_lines)


def _size(size: str) -> Size:
    if size not in SIZES:
        raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
    return SIZES[size]


def plan(sg: Subgraph, *, size: str = "column", sides: dict[str, str] | None = None) -> Plan:
    """The geometry of the figure of ``sg`` at ``size`` (see the module's docstring). ``sides``: a
    comparison's groups (each entity IRI and link id to ``a``, ``b`` or ``both``,
    :meth:`kg.explore.compare.Comparison.sides`), drawn in their styles instead of the kinds' colours
    and the link types' lines, with a legend to match (:func:`kg.draw.compare.legend_rows`)."""
    if not sg.nodes:
        raise ExportError("The view has no entities: there is nothing to draw.")
    spec = _size(size)
    width = spec.width * 72
    plot_w = width - 2 * _MARGIN
    raw = {iri: (x, -y) for iri, (x, y) in positions(sg).items()}  # y up, as on paper
    if sg.layout != "argument":  # the argument map's tiers are evenly spaced already; ranks would stagger them
        raw = even_out(raw)
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    aspect = (max(ys) - min(ys) + 1.0) / (max(xs) - min(xs) + 1.0)
    most = MAX_HEIGHT - 2 * _MARGIN - 8.0 - legend_block(sg, plot_w, spec, sides)[1] - 3 * PITCH * spec.small  # a note
    density = math.sqrt(len(sg.nodes) / 64)  # views beyond the overview's size get a taller plot
    digits = len(str(len(sg.nodes)))
    separation = spec.marker + text_width("8" * digits, spec.small) + 4.0
    room = 1.4 * len(sg.nodes) * separation ** 2 / plot_w  # a plot that holds every node at the separation
    plot_h = min(max(plot_w * min(max(aspect, 0.6), 1.0) * min(max(density, 1.0), 1.6), room), most)
    best = None
    for _ in range(6):
        layout = _Layout(sg, spec, plot_w, plot_h, raw, separation, sides=sides)
        if best is None or len(layout.failed) < len(best.failed):
            best = layout
        if layout.complete or len(sg.nodes) > (plot_w // separation) * (most // separation):
            break  # done, or no plot of this page holds every node at this separation: numbers cannot all fit
        if plot_h < most:
            plot_h = min(plot_h * 1.15, most)
        else:  # a wider separation, while the plot still holds a grid of every node at it
            separation = min(separation * 1.1, math.sqrt(plot_w * plot_h / (1.3 * len(sg.nodes))))
    best = _taller(best, raw, separation, most)
    for _ in range(2):  # make room for the names of the main entities, where markers crowd them out
        moved = best.room_for_main_labels()
        if moved is None:
            break
        again = _Layout(sg, spec, best.plot_w, best.plot_h, raw, separation, xy=moved, sides=sides)
        if not again.complete or again.main_labelled() <= best.main_labelled():
            break
        best = again
    return best.finish(width)


def _taller(best: _Layout, raw: dict, separation: float, most: float) -> _Layout:
    """The plot up to 1.6 times taller, where that names clearly more entities at their markers: a
    figure may run further down the page rather than number most of its entities."""
    if not best.numbers or best.plot_h >= most:
        return best
    start = best.plot_h
    for factor in (1.3, 1.6):
        taller = _Layout(best.sg, best.spec, best.plot_w, min(start * factor, most), raw, separation,
                         sides=best.sides)
        if taller.complete and len(taller.labels) >= max(1.2 * len(best.labels), len(best.labels) + 3):
            best = taller
    return best


class _Layout:
    """One attempt: nodes spread in a plot of ``plot_w`` × ``plot_h``, labels and numbers placed."""

    def __init__(self, sg: Subgraph, spec: Size, plot_w: float, plot_h: float, raw: dict, separation: float,
                 xy: np.ndarray | None = None, sides: dict[str, str] | None = None):
        self.sg, self.spec, self.plot_w, self.plot_h, self.sides = sg, spec, plot_w, plot_h, sides
        self.nodes = sorted(sg.nodes, key=lambda n: n.iri)  # the same figure whatever order the view lists them in
        self.iris = [n.iri for n in self.nodes]
        focus = set(sg.focus)
        self.focus = [iri in focus for iri in self.iris]
        self.radius = np.array([spec.marker * (1.3 if f else 1.0) / 2 for f in self.focus])
        self.inset = self.radius.max() + 2.0
        self.xy = xy if xy is not None else spread(np.array([raw[i] for i in self.iris], dtype=float), plot_w,
                                                    plot_h, self.inset, separation)
        self.boxes = TextBoxes((0.0, 0.0, plot_w, plot_h))
        self.marker_boxes = np.array([(x - r - 0.6, y - r - 0.6, x + r + 0.6, y + r + 0.6)
                                      for (x, y), r in zip(self.xy, self.radius)])
        for box in self.marker_boxes:
            self.boxes.add(box, MARKER)
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
        num_w, num_h = text_width("8" * digits, spec.small) + 2 * _PAD, (BELOW + ABOVE) * spec.small + 2 * _PAD
        # Numbers may also go a little farther out than names: a number must find room, a name may not.
        slots = np.stack([_candidates(self.xy[i], self.radius[i], num_w, num_h, _NUMBER_RINGS)[0] for i in range(n)])
        self.boxes.reserve(slots, _candidates(self.xy[0], 1.0, 1.0, 1.0, _NUMBER_RINGS)[1])
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
        self.slots = slots
        first: set[int] = set()
        for _ in range(6):  # a number with no room goes first next time, or takes less important names' place
            failed = self._numbers(first)
            if not failed:
                break
            victims = self._blocking_labels(failed)
            if failed and set(failed) <= first and not victims:
                break
            first |= set(failed)
            for j in victims:
                del self.labels[j]
        self.failed = [self.iris[i] for i in failed]

    def _numbers(self, first: set[int]) -> list[int]:
        """Numbers for the nodes without a name (``first``, then the most hemmed-in); those that found no room."""
        self.boxes = TextBoxes((0.0, 0.0, self.plot_w, self.plot_h))
        for box in self.marker_boxes:
            self.boxes.add(box, MARKER)
        for label in self.labels.values():
            self.boxes.add(np.array(label.box))
        self.boxes.reserve(self.slots, _candidates(self.xy[0], 1.0, 1.0, 1.0, _NUMBER_RINGS)[1])
        self.numbers, failed = {}, []
        missing = [i for i in range(len(self.iris)) if i not in self.labels]
        for i in sorted(missing, key=lambda i: (i not in first, self.boxes.free_count(i), i)):
            slot = self.boxes.take_slot(i)
            if slot is None:
                failed.append(i)
            else:
                self.numbers[i] = slot
        return failed

    def _blocking_labels(self, failed: list[int]) -> set[int]:
        """For each node with no room for its number, the names that fill its best place (one clear of
        markers and numbers, hidden by the fewest and least important names)."""
        rank = {i: k for k, i in enumerate(self.order)}
        labelled = sorted(self.labels)
        label_boxes = np.array([self.labels[j].box for j in labelled]).reshape(-1, 4)
        others = np.concatenate([self.marker_boxes, np.array([b for b, _ in self.numbers.values()]).reshape(-1, 4)])
        victims: set[int] = set()
        for i in failed:
            best = None
            for slot in self.slots[i]:
                if not self.boxes.inside(slot[None])[0] or _touches(slot, others, 0.3).any():
                    continue
                blockers = [labelled[k] for k in np.flatnonzero(_touches(slot, label_boxes, 1.5))]
                cost = (len(blockers), -min((rank[j] for j in blockers), default=0))
                if blockers and (best is None or cost < best[0]):
                    best = (cost, blockers)
            if best is not None:
                victims.update(best[1])
        return victims

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
            h = ((len(lines) - 1) * PITCH + BELOW + ABOVE) * spec.font + 2 * _PAD + 2.0
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
            h = ((len(lines) - 1) * PITCH + BELOW + ABOVE) * spec.font + 2 * _PAD
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
        plot_w = self.plot_w
        key_lines, key_h = key_block(key, plot_w, spec)
        legend_items, legend_h = legend_block(self.sg, plot_w, spec, self.sides)
        key_inside = (_MARGIN + key_h + 4.0 + legend_h + 4.0 + self.plot_h + _MARGIN <= MAX_HEIGHT
                      and not self.failed)
        if (key and not key_inside) or self.failed:
            said = [f"Numbers 1\u2013{len(key)} are named in the key table that comes with this figure."] if key else []
            if self.failed:  # too crowded even for numbers: label only what fits, and say so
                said.append(f"{len(self.failed)} entities too crowded to name at this size are left unnamed "
                            "(the page-size figure or the data name them).")
            key_lines, key_h = note(" ".join(said), plot_w, spec.small)
        below = _MARGIN + key_h + (4.0 if key_h else 0.0) + legend_h + 4.0
        height = below + self.plot_h + _MARGIN
        dx, dy = _MARGIN, below

        def at(x: float, y: float) -> tuple[float, float]:
            return (round(x + dx, 2), round(y + dy, 2))

        marks = tuple(Mark(iri, self.nodes[i].kind, *at(*self.xy[i]), diameter=round(2 * self.radius[i], 2),
                           focus=self.focus[i], number=numbers.get(i), group=self._side(iri))
                      for i, iri in enumerate(self.iris))
        labels = tuple(_moved(self.labels[i], dx, dy) for i in sorted(self.labels))
        number_labels = tuple(_moved(_number_label(self.iris[i], str(numbers[i]), box, side, spec.small), dx, dy)
                              for i, (box, side) in sorted(self.numbers.items()))
        moved_legend = tuple(LegendItem(it.x + dx, it.y + _MARGIN + key_h + (4.0 if key_h else 0.0), it.kind,
                                        it.colour, it.width, it.dashes,
                                        shift(it.text, dx, _MARGIN + key_h + (4.0 if key_h else 0.0)), it.head,
                                        it.group)
                             for it in legend_items)
        leaders = _leaders(marks, labels + number_labels)
        return Plan(spec.name, round(width, 2), round(height, 2),
                    (round(dx, 2), round(dy, 2), round(dx + plot_w, 2), round(dy + self.plot_h, 2)),
                    marks, self._links(marks), labels, number_labels, moved_legend, key,
                    tuple(shift(line, dx, _MARGIN) for line in key_lines), key_inside, leaders, tuple(self.failed))

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
            style = dict(OWN_EDGE) if own_edge(e) else edge_style(e.predicate, e.inferred)
            if e.key in self.sg.highlight:  # a shortest path: the app's path colour, thicker, as in its legend
                style = {**style, "color": PATH_COLOUR, "width": style["width"] * 2.5}
            a, b = by_iri[e.source], by_iri[e.target]
            side = self._side("|".join(e.key))
            if side:  # a comparison: the group's colour and line, as on screen
                g = group_style(side)
                colour, width, dashes, head = g["colour"], g["width"], g["dashes"], "arrow"
            else:
                colour, width, dashes, head = (style["color"], line_width(style), dash_pattern(style),
                                               style.get("arrow", "arrow"))
            out.append(Link(e.source, e.target, (a.x, a.y), (b.x, b.y), bend, colour, width, dashes,
                            a.diameter / 2 + 0.5, b.diameter / 2 + 1.0, head, side))
        return tuple(out)

    def _side(self, item: str) -> str | None:
        """The group of an entity IRI or a link id in a comparison (None in any other view)."""
        return None if self.sides is None else self.sides.get(item, "both")


#: Candidate places for a box beside a marker: name, the direction (dx, dy) and how the box hangs
#: from that point (its left/centre/right, bottom/centre/top), nearest first.
_SIDES = (("right", 1, 0, 0, 0.5), ("left", -1, 0, 1, 0.5), ("above", 0, 1, 0.5, 0),
          ("below", 0, -1, 0.5, 1), ("above right", 0.7, 0.7, 0, 0), ("below right", 0.7, -0.7, 0, 1),
          ("above left", -0.7, 0.7, 1, 0), ("below left", -0.7, -0.7, 1, 1),
          ("above", 0, 1, 0.15, 0), ("above", 0, 1, 0.85, 0), ("below", 0, -1, 0.15, 1),
          ("below", 0, -1, 0.85, 1))


def _candidates(xy: np.ndarray, radius: float, w: float, h: float,
                rings: tuple[float, ...] = (0.0, 5.0)) -> tuple[np.ndarray, list[str]]:
    """Boxes of ``w`` × ``h`` around a marker at ``xy`` (rows x0, y0, x1, y1), as :data:`_SIDES` orders them,
    then the same a little farther out."""
    rows, names = [], []
    for far in rings:
        for name, dx, dy, fx, fy in _SIDES:
            reach = radius + _GAP + far
            px, py = xy[0] + dx * reach, xy[1] + dy * reach
            x0, y0 = px - fx * w, py - fy * h
            rows.append((x0, y0, x0 + w, y0 + h))
            names.append(name)
    return np.array(rows), names


def _leaders(marks: tuple[Mark, ...], texts: tuple[Label, ...]) -> tuple[tuple[float, float, float, float], ...]:
    """A hairline from a marker to its name or number wherever they are set apart (the farther places),
    so a reader never has to guess which marker a name belongs to."""
    at = {m.iri: m for m in marks}
    out = []
    for text in texts:
        mark = at[text.iri]
        x0, y0, x1, y1 = text.box
        nx, ny = min(max(mark.x, x0), x1), min(max(mark.y, y0), y1)  # the box's point nearest the marker
        gap = math.hypot(nx - mark.x, ny - mark.y)
        r = mark.diameter / 2 + 0.5
        if gap - r > _GAP + 2.5:
            ux, uy = (nx - mark.x) / gap, (ny - mark.y) / gap
            out.append((round(mark.x + ux * r, 2), round(mark.y + uy * r, 2), round(nx, 2), round(ny, 2)))
    return tuple(out)


def _touches(box: np.ndarray, others: np.ndarray, gap: float) -> np.ndarray:
    return ((box[0] < others[:, 2] + gap) & (others[:, 0] < box[2] + gap) & (box[1] < others[:, 3] + gap)
            & (others[:, 1] < box[3] + gap))


def _label_lines(iri: str, lines: list[str], box, side: str, size: float, bold: bool) -> Label:
    x0, y0, x1, y1 = (float(v) for v in box)
    ha = "right" if "left" in side else ("left" if "right" in side else "center")
    x = {"left": x0 + _PAD, "right": x1 - _PAD, "center": (x0 + x1) / 2}[ha]
    top = y1 - _PAD - ABOVE * size
    out = tuple(Line(round(x, 2), round(top - k * PITCH * size, 2), s, size, ha, bold)
                for k, s in enumerate(lines))
    return Label(iri, out, (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)), side)


def _number_label(iri: str, text: str, box, side: str, size: float) -> Label:
    return _label_lines(iri, [text], box, side, size, False)


def _moved(label: Label, dx: float, dy: float) -> Label:
    x0, y0, x1, y1 = label.box
    return Label(label.iri, tuple(shift(s, dx, dy) for s in label.lines),
                 (round(x0 + dx, 2), round(y0 + dy, 2), round(x1 + dx, 2), round(y1 + dy, 2)), label.side)
