"""The argument map's layout: tiers from the top down, the thesis alone on the first.

Each link of an argument map bears on a claim (x supports, illustrates, attacks or rebuts y), so
what bears on a claim is drawn beneath it: the thesis on top, the claims that support it (each
trait's core claim, the second thesis) on the next tier, the episodes that illustrate or attack
those beneath them, and so on — a breadth-first walk from the focus over the links in either
direction, the way :func:`kg.draw.layout._layered` lays out shortest paths, turned a quarter.
What the thesis itself supports (its conclusions and recommendations) and the beliefs it rebuts
sit on the tier below it as well, to the right of the claims that support it, so that the links
that leave the thesis read apart from those that reach it. Parts of the argument not linked to
the thesis follow below, each from its own conclusion down.

A tier wider than the screen's shape allows is folded onto several rows; within a tier, claims
are ordered by the mean position of what they link to above (the barycentre heuristic), which
keeps the lines short and few crossings. Boxes (marker and label, :func:`kg.draw.layout.boxes`,
which calls this module with them) never overlap: rows are spaced by their tallest box, neighbours
by their widths.

>>> from kg.model import Edge, Node, Subgraph
>>> sg = Subgraph((Node("urn:t", "Thesis", "claim"), Node("urn:c", "Claim", "claim"), Node("urn:e", "Episode", "episode")),
...               (Edge("urn:c", "urn:t", "urn:p", "supports"), Edge("urn:e", "urn:c", "urn:p", "illustrates")),
...               focus=("urn:t",), layout="argument")
>>> from kg.draw.layout import positions
>>> pos = positions(sg)
>>> pos["urn:t"][1] < pos["urn:c"][1] < pos["urn:e"][1]
True
"""

from __future__ import annotations

from collections import deque

from kg.model import Subgraph

__all__ = ["argument_positions", "tiers"]

_GAP_X = 24.0  # between two boxes of a row, pixels
_GAP_ROW = 20.0  # between the rows of a folded tier
_GAP_TIER = 42.0  # between tiers: room for the arrows


def tiers(sg: Subgraph) -> dict[str, int]:
    """The tier of each node: 0 for the focus (the thesis), then one more per link away from it.

    The parts not linked to the focus start again below the deepest tier, side by side, each from
    the claim in it that the most links reach (its conclusion)."""
    near: dict[str, set[str]] = {n.iri: set() for n in sg.nodes}
    incoming: dict[str, int] = {n.iri: 0 for n in sg.nodes}
    for e in sg.edges:
        if e.source in near and e.target in near and e.source != e.target:
            near[e.source].add(e.target)
            near[e.target].add(e.source)
            incoming[e.target] += 1
    tier: dict[str, int] = {}
    roots = [f for f in sg.focus if f in near]
    base = 0
    while len(tier) < len(near):
        if not roots:  # the parts not linked to what is placed, side by side: each from its most supported claim
            roots = [max(part, key=lambda iri: (incoming[iri], [-ord(c) for c in iri]))
                     for part in _parts(near, set(tier))]
        for r in roots:
            tier[r] = base
        queue = deque(roots)
        while queue:
            here = queue.popleft()
            for other in sorted(near[here]):
                if other not in tier:
                    tier[other] = tier[here] + 1
                    queue.append(other)
        base = max(tier.values()) + 1
        roots = []
    return tier


def _parts(near: dict[str, set[str]], placed: set[str]) -> list[list[str]]:
    """The connected parts of what is not yet placed, each sorted, in the order of their first IRI."""
    parts, seen = [], set(placed)
    for start in sorted(near):
        if start in seen:
            continue
        part, queue = [], deque([start])
        seen.add(start)
        while queue:
            here = queue.popleft()
            part.append(here)
            for other in near[here] - seen:
                seen.add(other)
                queue.append(other)
        parts.append(sorted(part))
    return parts


def argument_positions(sg: Subgraph, box: dict[str, tuple[float, float, float, float]], *,
                       aspect: float) -> dict[str, tuple[float, float]]:
    """Canvas coordinates (y down) per node: tiers from the top, folded to the screen's shape (width to
    height ``aspect``); ``box`` holds each node's box (left, top, right, bottom) around its centre."""
    if not sg.nodes:
        return {}
    tier = tiers(sg)
    bears_up = {(e.source, e.target) for e in sg.edges}
    rows_of: dict[int, list[str]] = {}
    for iri in sorted(tier):
        rows_of.setdefault(tier[iri], []).append(iri)
    widest = max(b[2] - b[0] for b in box.values()) + _GAP_X
    total = sum(b[2] - b[0] + _GAP_X for b in box.values())
    best: tuple[float, dict] | None = None
    # the fold that gives the whole the screen's shape best (the smallest screen-shaped extent)
    for limit in sorted({max(widest, total / k) for k in range(1, 12)}):
        pos = _place(rows_of, tier, box, bears_up, limit)
        xs = [pos[i][0] + box[i][s] for i in pos for s in (0, 2)]
        ys = [pos[i][1] + box[i][s] for i in pos for s in (1, 3)]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        extent = max(w, h * aspect) * max(h, w / aspect)
        if best is None or extent < best[0] - 1e-6:
            best = (extent, pos)
    pos = best[1]
    xs = [pos[i][0] + box[i][s] for i in pos for s in (0, 2)]
    ys = [pos[i][1] + box[i][s] for i in pos for s in (1, 3)]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {iri: (round(x - cx, 1), round(y - cy, 1)) for iri, (x, y) in pos.items()}


def _place(rows_of: dict[int, list[str]], tier: dict[str, int], box: dict, bears_up: set,
           limit: float) -> dict[str, tuple[float, float]]:
    pos: dict[str, tuple[float, float]] = {}
    y = 0.0
    for t in sorted(rows_of):
        members = rows_of[t]

        def order(iri: str) -> tuple:
            above = [o for o in pos if (iri, o) in bears_up or (o, iri) in bears_up]
            centre = sum(pos[o][0] for o in above) / len(above) if above else 0.0
            # what bears on the claims above comes first; what they bear on (their conclusions,
            # the beliefs they rebut) after it
            leads_up = any((iri, o) in bears_up for o in above) or not above
            return (not leads_up, centre, iri)

        members = sorted(members, key=order)
        rows, row, width = [], [], 0.0
        for iri in members:
            w = box[iri][2] - box[iri][0] + _GAP_X
            if row and width + w > limit:
                rows.append(row)
                row, width = [], 0.0
            row.append(iri)
            width += w
        rows.append(row)
        for k, row in enumerate(rows):
            top = min(box[i][1] for i in row)
            bottom = max(box[i][3] for i in row)
            width = sum(box[i][2] - box[i][0] + _GAP_X for i in row) - _GAP_X
            x = -width / 2
            for iri in row:
                pos[iri] = (x - box[iri][0], y - top)
                x += box[iri][2] - box[iri][0] + _GAP_X
            y += bottom - top + (_GAP_ROW if k < len(rows) - 1 else _GAP_TIER)
    return pos
