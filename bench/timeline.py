"""How long the Timeline takes to draw on the paper's graph, in headless Chromium.

    python bench/timeline.py            # prints a table, writes bench/results/timeline.json

Medians of 5 runs: the script run (AppTest, no browser: mostly AppTest's own start,
which scans installed packages for components); a cold page load of ``?view=timeline``
until every episode's mark is drawn (Streamlit's own start-up included); switching to
the Timeline from the Graph view in a loaded page until its marks are drawn (what a
reader waits for), and of that the time from the chart's element appearing to its marks
(Vega's own drawing, without Streamlit's rerun). On a shared machine the figures move
with the load: compare versions in one run of the machine, alternating. Measured, not
asserted by the tests. Needs Debian's chromium (or KG_CHROMIUM) and Playwright.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import write_results  # noqa: E402
from kg.testing.browser import CHROMIUM_FLAGS, chromium_path, start_app  # noqa: E402

RUNS = 5
MARKS = ".vega-embed [aria-label*='episode: ']"
GRAPH_DRAWN = "[data-testid=kg-graph][data-drawn]"


def _script_seconds() -> float:
    from streamlit.testing.v1 import AppTest
    times = []
    for _ in range(RUNS):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["view"] = "timeline"
        started = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:])  # the first run also loads the store


def _drawn(page) -> int:
    page.wait_for_selector(MARKS, timeout=120_000, state="attached")
    return page.locator(MARKS).count()


def main() -> None:
    from playwright.sync_api import sync_playwright
    path = chromium_path()
    if path is None:
        sys.exit("Chromium not found: apt-get install chromium, or set KG_CHROMIUM.")
    rows = [{"what": "script run (AppTest)", "seconds": round(_script_seconds(), 3), "marks": None}]
    server = start_app(name="bench-timeline")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
            cold, switch, chart, marks = [], [], [], 0
            for _ in range(RUNS):
                page = browser.new_page(viewport={"width": 1500, "height": 1000})
                started = time.perf_counter()
                page.goto(f"{server.url}/?view=timeline")
                marks = _drawn(page)
                cold.append(time.perf_counter() - started)
                page.goto(f"{server.url}/")
                page.wait_for_selector(GRAPH_DRAWN, timeout=120_000, state="attached")
                page.wait_for_timeout(500)  # let the graph settle: measure the switch alone
                started = time.perf_counter()
                page.locator("[data-testid=stMain] button", has_text="Timeline").first.click()
                page.wait_for_selector(".vega-embed", timeout=120_000, state="attached")
                container = time.perf_counter()
                _drawn(page)
                switch.append(time.perf_counter() - started)
                chart.append(time.perf_counter() - container)
                page.close()
            browser.close()
        rows.append({"what": "cold page load to every mark drawn", "seconds": round(statistics.median(cold), 3),
                     "marks": marks})
        rows.append({"what": "Graph -> Timeline to every mark drawn", "seconds": round(statistics.median(switch), 3),
                     "marks": marks})
        rows.append({"what": "  of which: chart element to its marks", "seconds": round(statistics.median(chart), 3),
                     "marks": marks})
    finally:
        server.process.terminate()
    print(f"{'what':<40} {'seconds':>8} {'marks':>6}")
    for r in rows:
        print(f"{r['what']:<40} {r['seconds']:>8.3f} {'' if r['marks'] is None else r['marks']:>6}")
    write_results("timeline", rows)


if __name__ == "__main__":
    main()
