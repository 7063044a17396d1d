"""Deterministic node positions that leave room for every label, computed in Python
so the browser runs no physics.

Three steps. (1) A force layout: igraph's (C) Kamada–Kawai for small connected
views, Fruchterman–Reingold (grid-accelerated) otherwise — 2,000 nodes take about
0.4 s here, against 12 s for networkx's spring layout; the paper's seven traits,
when present, are pinned on a circle in trait order so they keep their place from
view to view. (2) The layout is scaled so that the boxes of the nodes *with their
labels* (:mod:`kg.draw.labels`) fill about half of a wide screen, stretched to the
screen's shape. (3) A separation step pushes apart every two boxes that still
overlap, along the axis where they overlap least, until none does (then the whole
is shrunk and separated again while that makes it smaller).

What the reader uploads does not move the paper's entities: the view without the upload
keeps its layout, and each uploaded entity takes the nearest free spot next to its
neighbours.

The argument map (``Subgraph.layout == "argument"``) is laid out in tiers from the thesis
down (:mod:`kg.draw.argument_layout`). Shortest paths are laid out in columns instead: the start on the left, each step
one column further right, so a path reads left to right with its labels clear of
each other.

The same subgraph always gets the same positions: nodes are sorted and the starting
layout comes from a seeded generator. Units are canvas pixels at zoom 1, where
labels are :data:`kg.draw.labels.LABEL_PX` pixels tall.
"""

from __future__ import annotations

import math
import random
from collections import deque
from functools import lru_cache

import igraph
import numpy as np

from kg.draw.argument_layout import argument_positions
from kg.draw.labels import label_size
from kg.kinds import KIND_BY_KEY
from kg.model import Subgraph

__all__ = ["positions", "node_size", "boxes", "label_lines", "ASPECT"]

SEED = 7
#: Width to height of the space a layout aims at (the app's canvas on a laptop).
ASPECT = 1.2
#: The share of that space the boxes start at, before they are separated.
DENSITY = 0.3
SHRINK_STEPS = 25
_MARGIN = 2.0  # pixels kept free around every box
_INSIDE = ("box", "ellipse", "database")  # shapes that draw their label inside
_SEPARATE_MAX = 200  # above this, boxes are not separated (the browser labels what fits)


def node_size(kind: str, focus: bool = False) -> float:
    """The marker's radius in canvas pixels, as drawn (vis-network's ``size``)."""
    shape = KIND_BY_KEY[kind].shape
    return (16.0 if shape == "star" else 10.0) * (1.3 if focus else 1.0)


def boxes(sg: Subgraph) -> dict[str, tuple[float, float, float, float]]:
    """Per node, the box of its marker and label around its centre: (left, top, right, bottom) offsets."""
    focus = set(sg.focus)
    out = {}
    for n in sg.nodes:
        w, h = label_size(n.label, lines=label_lines(sg))
        if KIND_BY_KEY[n.kind].shape in _INSIDE:
            out[n.iri] = (-w / 2 - 6, -h / 2 - 5, w / 2 + 6, h / 2 + 5)
        else:
            r = node_size(n.kind, n.iri in focus)
            half = max(r, w / 2)
            out[n.iri] = (-half, -r, half, r + 4 + h)
    return out


def label_lines(sg: Subgraph) -> int:
    """How many lines a label may take: four in the argument map, whose claims are sentences (the
    longest, 129 characters, needs them), two elsewhere."""
    return 4 if sg.layout == "argument" else 2


def positions(sg: Subgraph) -> dict[str, tuple[float, float]]:
    """Canvas coordinates per node IRI; y points down, as on screen.

    >>> from kg.model import Node, Subgraph
    >>> sg = Subgraph((Node("urn:a", "A", "episode"), Node("urn:b", "B", "episode")), ())
    >>> positions(sg) == positions(sg)
    True
    """
    if sg.layout == "argument":  # the argument map: tiers from the thesis down
        return argument_positions(sg, boxes(sg), aspect=ASPECT)
    if any(n.upload for n in sg.nodes):
        return _with_uploads(sg)
    nodes = tuple(sorted(n.iri for n in sg.nodes))
    edges = tuple(sorted({tuple(sorted((e.source, e.target))) for e in sg.edges if e.source != e.target}))
    traits = tuple(sorted((n.iri for n in sg.nodes if n.kind == "trait"), key=_trait_order))
    box = boxes(sg)
    sizes = tuple(box[iri] for iri in nodes)
    on_paths = {k[0] for k in sg.highlight} | {k[2] for k in sg.highlight}
    if sg.focus and sg.highlight and on_paths >= set(nodes):  # shortest paths: a chain, left to right
        links = tuple(sorted({tuple(sorted((k[0], k[2]))) for k in sg.highlight}))
        return dict(_layered(nodes, links, (sg.focus[0],), sizes))
    return dict(_layout(nodes, edges, traits, sizes))


def _with_uploads(sg: Subgraph) -> dict[str, tuple[float, float]]:
    """The view as it is without the reader's upload keeps its layout; what the upload adds is
    placed next to its neighbours and then moved, alone, until its label touches nothing."""
    mine = {n.iri for n in sg.nodes if n.upload}
    theirs = tuple(e for e in sg.edges if e.source not in mine and e.target not in mine
                   and not (e.evidence and all(ev.upload for ev in e.evidence)))
    base = Subgraph(tuple(n for n in sg.nodes if n.iri not in mine), theirs,
                    focus=tuple(f for f in sg.focus if f not in mine),
                    highlight=frozenset(k for k in sg.highlight if k[0] not in mine and k[2] not in mine))
    pos = positions(base) if base.nodes else {}
    neighbours: dict[str, list[str]] = {iri: [] for iri in mine}
    for e in sg.edges:
        if e.source in mine:
            neighbours[e.source].append(e.target)
        if e.target in mine:
            neighbours[e.target].append(e.source)
    box = boxes(sg)
    placed = [_rect(pos[iri], box[iri]) for iri in pos]
    right = max((r[2] for r in placed), default=0.0)
    waiting = sorted(mine)
    while waiting:  # those next to placed entities first; then the rest, to the right of the view
        ready = [iri for iri in waiting if any(o in pos for o in neighbours[iri])] or waiting[:1]
        for iri in ready:
            near = [pos[o] for o in neighbours[iri] if o in pos]
            if near:
                want = (sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near))
            else:
                want = (right + 20 - box[iri][0], 0.0)
            pos[iri] = _free_spot(want, box[iri], placed)
            placed.append(_rect(pos[iri], box[iri]))
            right = max(right, placed[-1][2])
        waiting = [iri for iri in waiting if iri not in pos]
    return {iri: (round(x, 1), round(y, 1)) for iri, (x, y) in pos.items()}


def _rect(at: tuple[float, float], box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    return (at[0] + box[0] - _MARGIN, at[1] + box[1] - _MARGIN, at[0] + box[2] + _MARGIN, at[1] + box[3] + _MARGIN)


def _free_spot(want: tuple[float, float], box, placed) -> tuple[float, float]:
    """The nearest point to ``want`` (on rings 24 px apart) where ``box`` touches none of ``placed``."""
    for ring in range(1, 200):
        for step in range(8 * ring):
            angle = 2 * math.pi * step / (8 * ring)
            at = (want[0] + 24 * ring * math.cos(angle), want[1] + 24 * ring * math.sin(angle))
            r = _rect(at, box)
            if not any(r[0] < o[2] and o[0] < r[2] and r[1] < o[3] and o[1] < r[3] for o in placed):
                return at
    return want


def _trait_order(iri: str) -> tuple[int, str]:
    tail = iri.rsplit("/", 1)[-1]
    return (int(tail), iri) if tail.isdigit() else (10**6, iri)


@lru_cache(maxsize=64)
def _layout(nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...], traits: tuple[str, ...],
            sizes: tuple[tuple[float, float, float, float], ...]) -> tuple[tuple[str, tuple[float, float]], ...]:
    n = len(nodes)
    if n == 0:
        return ()
    coords = np.array(_force(nodes, edges, traits))
    coords -= coords.mean(axis=0)
    box = np.array(sizes)
    area = float(((box[:, 2] - box[:, 0] + 2 * _MARGIN) * (box[:, 3] - box[:, 1] + 2 * _MARGIN)).sum())
    # Aim the boxes at about 40 % of the space: room for links between them, little wasted.
    height = math.sqrt(area / DENSITY / ASPECT)
    span = np.maximum(coords.max(axis=0) - coords.min(axis=0), 1e-9)
    coords = coords / span * np.array([height * ASPECT, height])
    if n <= _SEPARATE_MAX:
        coords = _separate_all(coords[None], box)[0]
        for _ in range(SHRINK_STEPS):  # shrink (both ways, or one way) while the separated whole gets smaller
            tries = _separate_all(np.stack([coords * np.array(f) for f in _SHRINKS]), box)
            best = min(tries, key=lambda c: _extent(c, box))
            if _extent(best, box) >= _extent(coords, box) * 0.998:
                break
            coords = best
    coords -= (coords.min(axis=0) + box[:, :2].min(axis=0) + coords.max(axis=0) + box[:, 2:].max(axis=0)) / 2
    return tuple((iri, (round(float(x), 1), round(float(y), 1))) for iri, (x, y) in zip(nodes, coords))


def _force(nodes, edges, traits) -> list[list[float]]:
    """igraph's layout, in its own units."""
    n = len(nodes)
    index = {iri: i for i, iri in enumerate(nodes)}
    graph = igraph.Graph(n=n, edges=[(index[a], index[b]) for a, b in edges])
    radius = 1.2 * math.sqrt(n) + 1.0  # igraph's natural scale: ~1 unit per edge length
    rng = random.Random(SEED)
    start = [[rng.uniform(-radius, radius), rng.uniform(-radius, radius)] for _ in range(n)]
    bounds = {}
    ring = 0.55 * math.sqrt(n) + 1.5
    if 1 < len(traits) < n:  # pin the traits on a circle around the rest
        for k, iri in enumerate(traits):
            angle = 2 * math.pi * k / len(traits) - math.pi / 2
            start[index[iri]] = [ring * math.cos(angle), ring * math.sin(angle)]
        lo = [[-math.inf, -math.inf] for _ in range(n)]
        hi = [[math.inf, math.inf] for _ in range(n)]
        for iri in traits:
            lo[index[iri]] = hi[index[iri]] = start[index[iri]]
        bounds = {"minx": [p[0] for p in lo], "maxx": [p[0] for p in hi],
                  "miny": [p[1] for p in lo], "maxy": [p[1] for p in hi]}
    if n == 1:
        return [[0.0, 0.0]]
    # igraph draws its random numbers from Python's `random`: seed it, so that a view's layout
    # does not depend on what was laid out before it (and leave the caller's generator as it was).
    saved = random.getstate()
    random.seed(SEED)
    try:
        if not bounds and n <= 400 and graph.is_connected():
            # Kamada-Kawai spaces a small connected view most evenly (its cost grows as n²).
            return graph.layout_kamada_kawai(seed=start, maxiter=50 * n).coords
        # Light edges (weight < 1) leave room for labels around hubs such as the traits.
        return graph.layout_fruchterman_reingold(seed=start, niter=500, grid="auto",
                                                 weights=[0.15] * len(edges), **bounds).coords
    finally:
        random.setstate(saved)


def _extent(coords: np.ndarray, box: np.ndarray) -> float:
    """The area of the smallest rectangle of the screen's shape that holds every box."""
    lo = (coords + box[:, :2]).min(axis=0)
    hi = (coords + box[:, 2:]).max(axis=0)
    w, h = hi - lo
    return max(w, h * ASPECT) * max(h, w / ASPECT)


#: The shrinks tried at each step of the layout: both ways, across, down.
_SHRINKS = ((0.93, 0.93), (0.9, 1.0), (1.0, 0.9))


def _separate_all(coords: np.ndarray, box: np.ndarray) -> np.ndarray:
    """Move boxes apart until no two overlap, in each of several layouts at once (``coords``:
    layouts × boxes × 2): each overlapping pair is pushed apart, half each, along the axis where
    it overlaps least (the smaller move). A layout with no overlap left stays as it is while the
    others go on.

    The layout tries three shrinks at every step; sharing each step's numpy calls between them
    takes about a fifth off a 60-box layout (CPU time, 4 views). Each layout gets exactly what
    it would get alone (the same operations in the same order; 22 views compared).
    """
    xy = coords.copy()
    k, n = xy.shape[:2]
    if n < 2:
        return xy
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    active = np.arange(k)
    for _ in range(1000):
        part = xy[active]
        left, top = part[:, :, 0] + box[:, 0] - _MARGIN, part[:, :, 1] + box[:, 1] - _MARGIN
        right, bottom = part[:, :, 0] + box[:, 2] + _MARGIN, part[:, :, 1] + box[:, 3] + _MARGIN
        ox = np.minimum(right[:, :, None], right[:, None, :]) - np.maximum(left[:, :, None], left[:, None, :])
        oy = np.minimum(bottom[:, :, None], bottom[:, None, :]) - np.maximum(top[:, :, None], top[:, None, :])
        hit = (ox > 0) & (oy > 0) & upper
        going = hit.any(axis=(1, 2))
        if not going.all():  # these layouts are done: leave them be
            active, part, hit, ox, oy = active[going], part[going], hit[going], ox[going], oy[going]
            left, top, right, bottom = left[going], top[going], right[going], bottom[going]
            if not len(active):
                break
        t, i, j = np.nonzero(hit)
        cx, cy = (left + right) / 2, (top + bottom) / 2
        dx, dy = cx[t, j] - cx[t, i], cy[t, j] - cy[t, i]
        oxp, oyp = ox[t, i, j], oy[t, i, j]
        along_x = oxp <= oyp
        # Ties (same centre) are broken by index, so the result stays deterministic.
        sx = np.where(dx > 0, 1.0, np.where(dx < 0, -1.0, 1.0))
        sy = np.where(dy > 0, 1.0, np.where(dy < 0, -1.0, 1.0))
        move = np.zeros((len(i), 2))
        move[:, 0] = np.where(along_x, sx * (oxp / 2 + 0.5), 0.0)
        move[:, 1] = np.where(along_x, 0.0, sy * (oyp / 2 + 0.5))
        shift = np.zeros_like(part)
        np.add.at(shift, (t, j), move)
        np.add.at(shift, (t, i), -move)
        counts = np.bincount(np.concatenate([t * n + i, t * n + j]), minlength=len(active) * n)
        xy[active] = part + shift / np.maximum(counts.reshape(len(active), n, 1), 1) ** 0.5
    return xy


@lru_cache(maxsize=64)
def _layered(nodes: tuple[str, ...], links: tuple[tuple[str, str], ...], start: tuple[str, ...],
             sizes: tuple[tuple[float, float, float, float], ...]) -> tuple[tuple[str, tuple[float, float]], ...]:
    """Columns by distance from ``start`` (left to right), each column ordered to keep links straight."""
    neighbours: dict[str, list[str]] = {iri: [] for iri in nodes}
    for a, b in links:
        if a in neighbours and b in neighbours:
            neighbours[a].append(b)
            neighbours[b].append(a)
    depth = {iri: 0 for iri in start if iri in neighbours}
    queue = deque(depth)
    while queue:
        here = queue.popleft()
        for other in sorted(neighbours[here]):
            if other not in depth:
                depth[other] = depth[here] + 1
                queue.append(other)
    last = max(depth.values(), default=0)
    for iri in nodes:  # unreachable nodes: one column after the rest
        depth.setdefault(iri, last + 1)
    columns: dict[int, list[str]] = {}
    for iri in nodes:
        columns.setdefault(depth[iri], []).append(iri)
    box = dict(zip(nodes, sizes))
    rank: dict[str, float] = {}
    out: dict[str, tuple[float, float]] = {}
    x = 0.0
    for col in sorted(columns):
        members = columns[col]
        # order by the mean rank of the neighbours already placed (barycentre), then by name
        members.sort(key=lambda iri: (sum(rank[o] for o in neighbours[iri] if o in rank) /
                                      max(1, sum(1 for o in neighbours[iri] if o in rank)), iri))
        for k, iri in enumerate(members):
            rank[iri] = k - (len(members) - 1) / 2
        heights = [box[iri][3] - box[iri][1] + 2 * _MARGIN + 14 for iri in members]
        width = max(box[iri][2] - box[iri][0] for iri in members)
        y = -sum(heights) / 2
        for iri, h in zip(members, heights):
            out[iri] = (round(x + width / 2, 1), round(y - box[iri][1] + 7 + _MARGIN, 1))
            y += h
        x += width + 70
    cx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
    return tuple((iri, (round(out[iri][0] - cx, 1), out[iri][1])) for iri in nodes)
