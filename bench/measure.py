"""How the benchmark measures: one JSON record per operation on stdout, timed runs, peak memory.

Every script of bench/ reports through here, so the worker, the app run and the raw-engine
replays print the same records (and none of them imports another to do so).
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from pathlib import Path
from typing import Callable

__all__ = ["emit", "timed", "median_seconds", "peak_rss_mb"]


def emit(op: str, seconds: list[float] | None = None, **extra) -> None:
    record = {"op": op, **extra}
    if seconds is not None:
        record["seconds"] = seconds
        record["median"] = statistics.median(seconds)
    print(json.dumps(record), flush=True)


def timed(fn: Callable, runs: int, *, warmup: bool = True) -> tuple[list[float], object]:
    result = fn() if warmup else None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return times, result


def median_seconds(fn: Callable, runs: int) -> float:
    """The median time of ``runs`` calls of ``fn`` (no warm-up: the first call counts)."""
    return statistics.median(timed(fn, runs, warmup=False)[0])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_results(name: str, rows: list[dict]) -> Path:
    """The rows as ``bench/results/NAME.json`` (the folder is git-ignored)."""
    out = Path(__file__).parent / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.json"
    path.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return path
