"""Positions for a figure: the layout's, opened up until every marker has room for its name or number.

The figure cannot trust the layout it is given (it may be crowded in the middle,
have far-flung outliers, or put nodes on one spot), so before any label is
placed the positions are evened out (:func:`even_out`), mapped into the plot and
pushed apart to a minimum distance (:func:`spread`); what the push cannot open
is moved onto a grid of that distance (:func:`settle`). All of it is
deterministic: the same positions give the same figure.
"""

from __future__ import annotations

import numpy as np

__all__ = ["even_out", "settle", "spread"]


def even_out(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
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


def spread(xy: np.ndarray, plot_w: float, plot_h: float, inset: float, separation: float) -> np.ndarray:
    """The layout mapped into the plot, then nodes closer than ``separation`` pushed apart (within the plot)."""
    n = len(xy)
    if n == 1:
        return np.array([[plot_w / 2, plot_h / 2]])
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    room = np.array([plot_w - 2 * inset, plot_h - 2 * inset])
    out = inset + (xy - lo) / np.maximum(hi - lo, 1e-9) * room
    # A whisker of a golden-angle spiral: nodes on one spot part in every direction, the same way each time.
    angle = np.arange(n) * 2.399963
    out += 0.05 * separation * np.sqrt(np.arange(n) / n)[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
    fewest, since = n * n, 0
    for _ in range(400):
        diff = out[:, None, :] - out[None, :, :]
        dist = np.sqrt((diff ** 2).sum(axis=2))
        np.fill_diagonal(dist, separation)
        short = dist < separation
        count = int(short.sum())
        if not count:
            break
        fewest, since = (count, 0) if count < fewest else (fewest, since + 1)
        if since > 40:  # the plot is too small to open this up: settle() takes over
            break
        push = np.where(short, (separation - dist) / np.maximum(dist, 1e-6) * 0.5, 0.0)
        out = out + (diff * push[:, :, None]).sum(axis=1) * 0.55
        out = np.clip(out, inset, np.array([plot_w, plot_h]) - inset)
    return settle(out, plot_w, plot_h, inset, separation)


def settle(xy: np.ndarray, plot_w: float, plot_h: float, inset: float, separation: float) -> np.ndarray:
    """If the push left nodes too close (a clump it could not open, a pile in a corner), every node moves
    to a grid point as fine as the separation: the nearest free one, from the middle outwards."""
    diff = xy[:, None, :] - xy[None, :, :]
    dist = np.sqrt((diff ** 2).sum(axis=2))
    np.fill_diagonal(dist, np.inf)
    if dist.min() >= separation - 1e-6:
        return xy
    xs = np.arange(inset, plot_w - inset + 1e-6, separation)
    ys = np.arange(inset, plot_h - inset + 1e-6, separation)
    grid = np.array([(x, y) for y in ys for x in xs])
    if len(grid) < len(xy):
        return xy  # no room: the caller tries a taller plot
    free = np.ones(len(grid), dtype=bool)
    out = xy.copy()
    centre = xy.mean(axis=0)
    for i in np.argsort(((xy - centre) ** 2).sum(axis=1), kind="stable"):
        d = ((grid - xy[i]) ** 2).sum(axis=1)
        d[~free] = np.inf
        k = int(np.argmin(d))
        out[i], free[k] = grid[k], False
    return out
