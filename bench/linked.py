"""How long a selection change takes to reach the linked views, in headless Chromium.

    python bench/linked.py            # prints a table, writes bench/results/linked.json

On the paper's graph with ``layout=linked`` (the graph beside the timeline and the map, 1800×1100):

- *brush → URL*: from releasing a brush to the server's answer reaching the page (the callback
  ran and the rerun began);
- *brush → graph*: from releasing a brush across the timeline (2014 to 2025) to the graph drawn
  with the period's node count; *brush → all views*: until the timeline is drawn again with the
  period shaded (its "Clear the period" button) and the map with the period's places as well.
  The same period each run: from the second run on, the server has its queries cached;
- *new period → all views*: the same, brushing a period no run brushed before (1997-2014,
  1969-2014, ...): the server queries it first (the graph, its evidence, facet counts, the map);
- *node → timeline*: from clicking Valdai 2014 in the graph to its mark outlined on the timeline;
  *node → all views*: until its place (Sochi) is outlined on the map too;
- *place → all views*: from clicking Sochi on the map to its episode (Valdai 2014) selected in
  the graph and outlined on the timeline.

Medians of 5 runs (a fresh page each; Streamlit's rerun, the query and both redraws included).
On a shared machine the figures move with the load. Measured, not asserted by the tests. Needs
Debian's chromium (or KG_CHROMIUM) and Playwright.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import write_results  # noqa: E402
from kg.testing.browser import (  # noqa: E402
    CHROMIUM_FLAGS,
    GRAPH_DRAWN,
    brush,
    chromium_path,
    click_node,
    node_count_changes,
    start_app,
)

RUNS = 5
#: A new period for each run (from the mark holding the first name to the one holding the second)
NEW_PERIODS = [("Ischinger", "Annexation of Crimea"), ("Nixon-Brezhnev", "Annexation of Crimea"),
               ("Gromyko", "full-scale invasion"), ("Annexation of Crimea", "full-scale invasion"),
               ("full-scale invasion", "Riyadh"), ("Ischinger", "full-scale invasion")]
VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
OUTLINED = ("() => [...document.querySelectorAll(\".st-key-linked_timeline [aria-label*='Valdai']\")]"
            ".some(e => e.getAttribute('stroke-width') === '3')")
MAP = ".st-key-linked_map .vega-embed"
ON_MAP = (f"() => [...document.querySelectorAll(\"{MAP} [aria-label*='place: Sochi']\")]"
          ".some(e => e.getAttribute('aria-label').includes('Marker: selected'))")
#: the map of 2014-2025: Portsmouth (1905) is gone
PERIOD_MAP = f"() => {{ const m = [...document.querySelectorAll(\"{MAP} [aria-label*='place: ']\")]; " \
             "return m.length > 0 && !m.some(e => e.getAttribute('aria-label').includes('place: Portsmouth')); }"
IN_GRAPH = ("() => { const h = document.querySelector('[data-testid=kg-graph][data-drawn]') || [...document"
            ".querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean).map(r => r.querySelector("
            f"'[data-testid=kg-graph][data-drawn]')).find(Boolean); return h && (h.getAttribute('data-selected') "
            f"|| '').split(' ').includes('{VALDAI}'); }}")


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1800, "height": 1100})
    page.goto(f"{url}/?layout=linked")
    page.wait_for_selector(GRAPH_DRAWN, timeout=120_000)
    page.locator(f"{MAP} [aria-label*='place: ']").first.wait_for(timeout=120_000)
    page.wait_for_timeout(1000)  # let the graph and the chart settle: measure the change alone
    return page


def main() -> None:
    from playwright.sync_api import sync_playwright
    path = chromium_path()
    if path is None:
        sys.exit("Chromium not found: apt-get install chromium, or set KG_CHROMIUM.")
    server = start_app(name="bench-linked")
    url, graph, everything, outline, outline_all, place, new = [], [], [], [], [], [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
            for run in range(RUNS):
                page = _open(browser, server.url)
                before = page.locator("[data-testid=kg-graph]").get_attribute("data-node-count")
                brush(page, "Annexation of Crimea", "Riyadh")
                started = time.perf_counter()
                page.wait_for_function("() => location.search.includes('years=')", timeout=60_000, polling="raf")
                url.append(time.perf_counter() - started)
                node_count_changes(page, before)
                graph.append(time.perf_counter() - started)
                page.get_by_text("Clear the period 2014–2025").wait_for(timeout=60_000)
                page.wait_for_function(PERIOD_MAP, timeout=60_000, polling="raf")
                everything.append(time.perf_counter() - started)
                page.close()
                page = _open(browser, server.url)
                before = page.locator("[data-testid=kg-graph]").get_attribute("data-node-count")
                brush(page, *NEW_PERIODS[run])
                started = time.perf_counter()
                node_count_changes(page, before)
                page.get_by_text(re.compile("Clear the period")).wait_for(timeout=60_000)
                page.wait_for_function(PERIOD_MAP, timeout=60_000, polling="raf")
                new.append(time.perf_counter() - started)
                page.close()
                page = _open(browser, server.url)
                click_node(page, VALDAI)
                started = time.perf_counter()
                page.wait_for_function(OUTLINED, timeout=60_000, polling="raf")
                outline.append(time.perf_counter() - started)
                page.wait_for_function(ON_MAP, timeout=60_000, polling="raf")
                outline_all.append(time.perf_counter() - started)
                page.close()
                page = _open(browser, server.url)
                page.locator(f"{MAP} [aria-label*='place: Sochi;']").first.click(force=True)
                started = time.perf_counter()
                page.wait_for_function(IN_GRAPH, timeout=60_000, polling="raf")
                page.wait_for_function(OUTLINED, timeout=60_000, polling="raf")
                place.append(time.perf_counter() - started)
                page.close()
            browser.close()
    finally:
        server.process.terminate()
    rows = [{"what": "brush -> the URL holds the period", "median": statistics.median(url), "max": max(url)},
            {"what": "brush -> graph redrawn", "median": statistics.median(graph), "max": max(graph)},
            {"what": "brush -> graph, timeline and map redrawn", "median": statistics.median(everything),
             "max": max(everything)},
            {"what": "brush of a new period -> all three redrawn", "median": statistics.median(new),
             "max": max(new)},
            {"what": "node click -> outlined on the timeline", "median": statistics.median(outline),
             "max": max(outline)},
            {"what": "node click -> outlined on timeline and map", "median": statistics.median(outline_all),
             "max": max(outline_all)},
            {"what": "place click on the map -> graph and timeline", "median": statistics.median(place),
             "max": max(place)}]
    rows = [{k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()} for r in rows]
    print(f"{'what':<46} {'median s':>9} {'max s':>7}")
    for r in rows:
        print(f"{r['what']:<46} {r['median']:>9.3f} {r['max']:>7.3f}")
    write_results("linked", rows)


if __name__ == "__main__":
    main()
