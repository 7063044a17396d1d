"""A story exported: the example story (data/examples/STORY.json, 3 steps) as PDF, HTML and bundle.

    python bench/story.py             # prints the medians, writes bench/results/story.json

Medians of 3 runs on the paper's graph, each from a fresh :class:`StoryExport` (the steps' views
built, drawn and written): reading and checking STORY.json against the store, the PDF, the HTML,
the bundle (after a first one: the dataset's fingerprint is computed once per store).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import write_results  # noqa: E402
from kg.store.store import open_store  # noqa: E402
from kg.workspace.story import read_story  # noqa: E402
from kg.workspace.story_export import StoryExport  # noqa: E402

RUNS = 3
EXAMPLE = ROOT / "data" / "examples" / "STORY.json"


def _median(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    store = open_store()
    data = EXAMPLE.read_bytes()
    story = read_story(data, store=store)
    StoryExport(store, story).html()  # warm: imports, fonts, caches
    StoryExport(store, story).bundle()
    results = {
        "read": _median(lambda: read_story(data, store=store)),
        "pdf": _median(lambda: StoryExport(store, story).pdf()),
        "html": _median(lambda: StoryExport(store, story).html()),
        "bundle": _median(lambda: StoryExport(store, story).bundle()),
        "pdf_bytes": len(StoryExport(store, story).pdf()),
        "html_bytes": len(StoryExport(store, story).html().encode("utf-8")),
        "bundle_bytes": len(StoryExport(store, story).bundle()),
    }
    for name, value in results.items():
        print(f"{name:10} {value:,.3f}" if isinstance(value, float) else f"{name:10} {value:,}")
    write_results("story", [results])


if __name__ == "__main__":
    main()
