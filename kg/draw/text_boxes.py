"""What is already on a figure's plot, so that nothing placed next can overlap it.

:class:`TextBoxes` holds the boxes placed so far (markers, labels, numbers) and,
for every node that may still need one, the places its number could go. A
label is accepted only where it overlaps nothing and leaves each such node at
least one free place for its number: so placing the names of the best-connected
entities first can never leave another entity with neither name nor number.
"""

from __future__ import annotations

import numpy as np

__all__ = ["TextBoxes"]

#: How close (points) a box may come to another: text to text keeps more than a word space (with
#: the labels' padding), so two names, or a name and a number, never read as one; text to a marker
#: only needs not to touch it. Two boxes keep the smaller of their two distances.
TEXT, MARKER = 1.5, 0.3


def _hits(boxes: np.ndarray, others: np.ndarray, gap: np.ndarray | float) -> np.ndarray:
    """Whether each of ``boxes`` (…, 4) comes within ``gap`` of each of ``others`` (…, 4)."""
    return ((boxes[..., 0] < others[..., 2] + gap) & (others[..., 0] < boxes[..., 2] + gap)
            & (boxes[..., 1] < others[..., 3] + gap) & (others[..., 1] < boxes[..., 3] + gap))


class TextBoxes:
    """Boxes (x0, y0, x1, y1) placed inside ``frame``, and the free number places of each node."""

    def __init__(self, frame: tuple[float, float, float, float]):
        self.frame = np.array(frame, dtype=float)
        self.placed = np.zeros((0, 4))
        self.gaps = np.zeros(0)
        self.slots = np.zeros((0, 0, 4))
        self.sides: list[str] = []
        self.free = np.zeros((0, 0), dtype=bool)
        self.kept = np.zeros(0, dtype=bool)

    def inside(self, boxes: np.ndarray) -> np.ndarray:
        f = self.frame
        return (boxes[..., 0] >= f[0]) & (boxes[..., 1] >= f[1]) & (boxes[..., 2] <= f[2]) & (boxes[..., 3] <= f[3])

    def add(self, box: np.ndarray, gap: float = TEXT) -> None:
        """Place ``box``: text (``TEXT``) or a marker (``MARKER``)."""
        self.placed = np.vstack([self.placed, box])
        self.gaps = np.append(self.gaps, gap)
        if self.free.size:
            self.free &= ~_hits(self.slots, box, min(gap, TEXT))

    def reserve(self, slots: np.ndarray, sides: list[str] | None = None) -> None:
        """Number places per node, shape (nodes, places, 4); each node keeps one free until released."""
        self.slots = slots
        self.sides = sides or []
        self.reach = np.concatenate([slots[..., :2].min(axis=1), slots[..., 2:].max(axis=1)], axis=1)
        self.free = self.inside(slots)
        for box, gap in zip(self.placed, self.gaps):
            self.free &= ~_hits(slots, box, min(gap, TEXT))
        self.kept = np.ones(len(slots), dtype=bool)

    def release(self, node: int) -> None:
        self.kept[node] = False

    def keep(self, node: int) -> None:
        self.kept[node] = True

    def free_count(self, node: int) -> int:
        return int(self.free[node].sum())

    def fits(self, boxes: np.ndarray) -> np.ndarray:
        """For each of ``boxes`` (m, 4): inside the frame, overlapping nothing placed, and leaving every
        kept node a free number place."""
        ok = self.inside(boxes)
        if len(self.placed):
            ok &= ~_hits(boxes[:, None, :], self.placed[None, :, :], np.minimum(self.gaps, TEXT)[None, :]).any(axis=1)
        if self.free.size and ok.any():
            lo, hi = boxes[ok, :2].min(axis=0) - TEXT, boxes[ok, 2:].max(axis=0) + TEXT
            near = ((self.reach[:, 0] < hi[0]) & (self.reach[:, 2] > lo[0]) & (self.reach[:, 1] < hi[1])
                    & (self.reach[:, 3] > lo[1]))  # only nodes whose number places these boxes could reach
            watch = self.kept & near & self.free.any(axis=1)
            if watch.any():
                slots, free = self.slots[watch], self.free[watch]
                left = free[None] & ~_hits(boxes[:, None, None, :], slots[None], TEXT)
                # Two places where a node had them: one place that two nodes need is no place at all.
                ok &= (left.sum(axis=2) >= np.minimum(free.sum(axis=1), 2)[None, :]).all(axis=1)
        return ok

    def take_slot(self, node: int) -> tuple[np.ndarray, str] | None:
        """Place ``node``'s number: the first free place that leaves the others one, else any free one."""
        self.kept[node] = False
        candidates = np.flatnonzero(self.free[node])
        if not len(candidates):
            return None
        boxes = self.slots[node][candidates]
        fitting = np.flatnonzero(self.fits(boxes))
        k = int(candidates[fitting[0]] if len(fitting) else candidates[0])
        box = self.slots[node][k]
        self.add(box)
        return box, (self.sides[k] if k < len(self.sides) else "right")
