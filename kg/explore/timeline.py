"""The episodes on a time axis that gives dense years room.

The paper's 35 episodes span 1867 to 2025, but half of the dated ones fall in 2014–2025; on
a linear axis they pile up at the right edge. :func:`timeline` sorts every episode into
one of three groups and places the dated ones on a *broken* axis: a year in which an
episode happens gets :data:`EVENT_YEAR` units of width, a year only covered by a period
:data:`PERIOD_YEAR`, an empty year :data:`EMPTY_YEAR`; so 1905, 1961, 2014, 2022 and 2025
each get about as much room as the 40 empty years between 1905 and 1961.

- **dated**: a start year; drawn as a point (day, month, year) or a bar (decade, period).
- **ongoing**: practices ongoing at the paper's date (precision ``ongoing``); drawn as bars
  in an "ongoing" band after the last year (the paper gives them no start).
- **undated**: no start year and not ongoing ("before its publication in 2025", "prior to
  the invasion"): listed apart, with the paper's words for the time.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kg.explore.catalog import EpisodeRow

__all__ = ["EMPTY_YEAR", "EVENT_YEAR", "ONGOING_WIDTH", "PERIOD_YEAR", "Placed", "Timeline", "timeline"]

EVENT_YEAR = 8.0
PERIOD_YEAR = 1.5
EMPTY_YEAR = 0.3
ONGOING_WIDTH = 10.0


@dataclass(frozen=True)
class Placed:
    """One episode with its position on the broken axis (``x``..``x2``, axis units)."""

    episode: EpisodeRow
    group: str  # dated | ongoing | undated
    x: float | None = None
    x2: float | None = None

    @property
    def point(self) -> bool:
        return self.x2 is None


@dataclass(frozen=True)
class Timeline:
    placed: tuple[Placed, ...]  # dated (time order), then ongoing (by label), then undated (by label)
    ticks: tuple[tuple[float, str], ...]  # (axis position, label): every year with an episode, and 'ongoing'
    width: float  # the axis runs from 0 to width
    ongoing_from: float  # where the ongoing band starts
    scale: tuple[tuple[int, float], ...] = ()  # (year, where it starts on the axis), every year of the axis

    def group(self, name: str) -> tuple[Placed, ...]:
        return tuple(p for p in self.placed if p.group == name)

    def year_at(self, x: float) -> int:
        """The year at axis position ``x`` (a brush's edge); the ongoing band is the last year.

        >>> t = timeline([EpisodeRow("a", "A", 1905, 1905, "in 1905", "year", (5,), ()),
        ...               EpisodeRow("b", "B", 2014, 2014, "in 2014", "year", (6,), ())])
        >>> t.year_at(t.placed[0].x), t.year_at(t.placed[1].x), t.year_at(t.width)
        (1905, 2014, 2015)
        >>> t.year_at(-5)
        1903
        """
        if not self.scale:
            raise ValueError("This timeline has no years.")
        i = bisect.bisect_right([start for _, start in self.scale], x) - 1
        return self.scale[max(0, min(i, len(self.scale) - 1))][0]

    def x_of(self, year: int) -> float:
        """Where ``year`` starts on the axis (clamped to the axis's years)."""
        years = [y for y, _ in self.scale]
        i = min(max(bisect.bisect_left(years, year), 0), len(years) - 1)
        return self.scale[i][1] if year <= years[-1] else self.ongoing_from


def _fraction(e: EpisodeRow) -> float:
    """The time within the start year (a month or a day, from nkg:date), 0 for a year."""
    if not e.date or e.precision not in ("day", "month") or not e.date[:4].isdigit():
        return 0.0
    parts = e.date.split("-")
    try:
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 15
    except ValueError:
        return 0.0
    return min(0.95, ((month - 1) * 30.5 + day - 1) / 366)


def timeline(episodes: list[EpisodeRow]) -> Timeline:
    """Group the episodes and place the dated ones on a broken axis.

    >>> rows = [EpisodeRow("a", "A", 1905, 1905, "in 1905", "year", (5,), ()),
    ...         EpisodeRow("b", "B", 2025, 2025, "in February 2025", "month", (7,), (), "2025-02"),
    ...         EpisodeRow("c", "C", None, 2025, "ongoing", "ongoing", (7,), ()),
    ...         EpisodeRow("d", "D", None, 2025, "no date in the paper", "period", (2,), ())]
    >>> t = timeline(rows)
    >>> [(p.episode.iri, p.group) for p in t.placed]
    [('a', 'dated'), ('b', 'dated'), ('c', 'ongoing'), ('d', 'undated')]
    >>> a, b = t.group("dated")
    >>> b.x - a.x > 100 * EMPTY_YEAR   # 1905 and 2025 are apart, but not 120 years' worth
    True
    """
    dated = [e for e in episodes if e.start is not None]
    ongoing = sorted((e for e in episodes if e.start is None and e.precision == "ongoing"), key=lambda e: e.label)
    undated = sorted((e for e in episodes if e.start is None and e.precision != "ongoing"), key=lambda e: e.label)
    events = {e.start for e in dated if (e.end or e.start) == e.start}
    covered = {y for e in dated for y in range(e.start, (e.end or e.start) + 1)}
    first = min(covered, default=2000) - 2
    last = max(covered | {e.end for e in ongoing if e.end}, default=2025) + 1
    years = list(range(first, last + 1))
    starts, position = [], 0.0
    for y in years:
        starts.append(position)
        position += EVENT_YEAR if y in events else PERIOD_YEAR if y in covered else EMPTY_YEAR

    def at(year: float) -> float:
        i = min(max(bisect.bisect_right(years, int(year)) - 1, 0), len(years) - 1)
        width = (starts[i + 1] if i + 1 < len(starts) else position) - starts[i]
        return starts[i] + (year - years[i]) * width

    placed = []
    for e in dated:
        x = at(e.start + _fraction(e) + (0.5 if e.precision == "year" else 0.0))
        end = e.end if e.end is not None else e.start
        placed.append(Placed(e, "dated", x, at(end + 1) if end > e.start else None))
    placed.sort(key=lambda p: (p.x, p.x2 or p.x, p.episode.label))
    band = position + 1.0
    placed += [Placed(e, "ongoing", band, band + ONGOING_WIDTH) for e in ongoing]
    placed += [Placed(e, "undated") for e in undated]
    ticks = tuple((at(y + 0.5), str(y)) for y in sorted({e.start for e in dated}))
    ticks += ((band + ONGOING_WIDTH / 2, "ongoing"),)
    return Timeline(tuple(placed), _spaced(ticks), band + ONGOING_WIDTH, band, tuple(zip(years, starts)))


def _spaced(ticks: tuple[tuple[float, str], ...], gap: float = 5.0) -> tuple[tuple[float, str], ...]:
    """Drop a tick label that would overlap the one before it (e.g. 1969 right after 1961)."""
    out: list[tuple[float, str]] = []
    for tick in sorted(set(ticks)):
        if not out or tick[0] - out[-1][0] >= gap or tick[1] == "ongoing":
            out.append(tick)
    return tuple(out)
