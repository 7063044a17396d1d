"""First paint of the graph in headless Chromium: the app on the paper's graph,
and standalone HTML for synthetic views of 100–2,000 nodes.

    python bench/first_paint.py             # prints a table, writes bench/results/first_paint.json
    python bench/first_paint.py --baseline  # only the default view against the minimal Streamlit + pyvis app
                                            # (and Streamlit's floor, bench/empty_app.py)

Figures are medians of 3 runs on this machine; they are measured, not asserted
by the tests. Needs Debian's chromium (or KG_CHROMIUM) and Playwright.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import write_results  # noqa: E402
from kg.draw.html import standalone_html  # noqa: E402
from kg.draw.layout import positions  # noqa: E402
from kg.model import Edge, Node, Subgraph  # noqa: E402
from kg.testing.browser import CHROMIUM_FLAGS, chromium_path, start_app  # noqa: E402

DRAWN = "[data-testid=kg-graph][data-drawn], #graph[data-drawn]"
APP_VIEWS = {
    "overview (7 traits)": "",
    "Valdai 2014, 2 hops": "focus=episode:valdai-2014&hops=2",
    "trait 7, 2 hops": "focus=trait:7&hops=2",
    "Russia, 3 hops (capped at 300)": "focus=actor:russia&hops=3",
}
RUNS = 3


def synthetic(n: int, seed: int = 1) -> Subgraph:
    rng = random.Random(seed)
    kinds = ["episode", "person", "state", "concept", "place", "organisation"]
    nodes = tuple(Node(f"urn:bench:{i}", f"Entity {i}", rng.choice(kinds)) for i in range(n))
    pairs = sorted({(i, rng.randrange(n)) for i in range(n) for _ in range(2)})
    edges = tuple(Edge(f"urn:bench:{i}", f"urn:bench:{j}", "https://w3id.org/negkg/ns#participant", "participant")
                  for i, j in pairs if i != j)
    return Subgraph(nodes, edges)


def _paint(page, url: str, phases: dict | None = None) -> tuple[float, int]:
    """Seconds from navigation to the graph drawn; ``phases`` gets when the page shell
    loaded (Streamlit's own JavaScript) and when the script's first element arrived."""
    started = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    if phases is not None:
        phases.setdefault("page shell loaded", []).append(time.perf_counter() - started)
        page.wait_for_selector("[data-testid=stMarkdownContainer], [data-testid=stCaptionContainer]",
                               timeout=300_000, state="attached")
        phases.setdefault("first element of the script", []).append(time.perf_counter() - started)
    page.wait_for_selector(DRAWN, timeout=300_000, state="attached")
    elapsed = time.perf_counter() - started
    count = page.locator(DRAWN).first.get_attribute("data-node-count")
    if phases is not None:
        phases.setdefault("graph drawn", []).append(elapsed)
    return elapsed, int(count or 0)


def _paint_minimal(page, url: str) -> tuple[float, int]:
    """The same for the minimal app, whose graph is drawn inside a components.html iframe."""
    started = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    drawn = page.frame_locator("iframe").first.locator("#mynetwork[data-drawn]")
    drawn.wait_for(state="attached", timeout=300_000)
    return time.perf_counter() - started, int(drawn.get_attribute("data-node-count") or 0)


def _paint_empty(page, url: str) -> tuple[float, int]:
    """Streamlit's floor: from navigation to the one line of bench/empty_app.py on the page."""
    started = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector("[data-testid=stMarkdownContainer]", timeout=300_000, state="attached")
    return time.perf_counter() - started, 0


def baseline(browser, runs: int = RUNS) -> list[dict]:
    """The app's default view against the minimal Streamlit + pyvis app, in turns, in one run,
    and Streamlit's floor (an app of one line of text) in the same turns."""
    import os
    app, minimal = start_app(name="bench"), start_app(name="bench-minimal", script=ROOT / "bench" / "minimal_app.py")
    empty = start_app(name="bench-empty", script=ROOT / "bench" / "empty_app.py")
    rows = []
    try:
        ours, theirs, floor, phases, count = [], [], [], {}, {}
        # One browser context per app, as a returning reader has: its HTTP cache holds what the
        # app served before (the explorer's vis-network file; the minimal app inlines its own).
        contexts = {name: browser.new_context(viewport={"width": 1500, "height": 1000})
                    for name in ("app", "minimal", "empty")}
        for run in range(runs + 1):  # the first of each warms the servers' and the browser's caches
            for name, server, paint in (("app", app, None), ("minimal", minimal, _paint_minimal),
                                        ("empty", empty, _paint_empty)):
                page = contexts[name].new_page()
                seconds, count[name] = (paint(page, server.url) if paint else
                                        _paint(page, server.url + "/", phases if run else None))
                page.close()
                if run:
                    {"app": ours, "minimal": theirs, "empty": floor}[name].append(seconds)
        load = os.getloadavg()
        ratio = statistics.median(ours) / statistics.median(theirs)
        rows.append({"what": "app: default view (overview), returning reader", "nodes": count["app"], "layout_s": None,
                     "first_paint_s": round(statistics.median(ours), 3),
                     "phases_s": {k: round(statistics.median(v), 3) for k, v in phases.items()}})
        rows.append({"what": "minimal Streamlit + pyvis app, same view, returning", "nodes": count["minimal"],
                     "layout_s": None, "first_paint_s": round(statistics.median(theirs), 3)})
        rows.append({"what": "ratio app ÷ minimal (target ≤ 0.3)", "nodes": None, "layout_s": None,
                     "first_paint_s": round(ratio, 3), "loadavg": [round(x, 1) for x in load]})
        rows.append({"what": "floor: Streamlit app of one line, to its text", "nodes": None, "layout_s": None,
                     "first_paint_s": round(statistics.median(floor), 3),
                     "floor_ratio": round(statistics.median(floor) / statistics.median(theirs), 3)})
    finally:
        app.process.terminate()
        minimal.process.terminate()
        empty.process.terminate()
    return rows


def main() -> None:
    from playwright.sync_api import sync_playwright
    path = chromium_path()
    if path is None:
        sys.exit("Chromium not found: apt-get install chromium, or set KG_CHROMIUM.")
    rows = []
    server = start_app(name="bench")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
            rows += baseline(browser)
            if "--baseline" in sys.argv:
                APP_VIEWS.clear()
            for name, query in APP_VIEWS.items():
                times, count = [], 0
                for _ in range(RUNS):
                    page = browser.new_page(viewport={"width": 1500, "height": 1000})
                    seconds, count = _paint(page, f"{server.url}/?{query}")
                    times.append(seconds)
                    page.close()
                rows.append({"what": f"app: {name}", "nodes": count, "layout_s": None,
                             "first_paint_s": round(statistics.median(times), 3)})
            with tempfile.TemporaryDirectory() as tmp:
                for n in (() if "--baseline" in sys.argv else (100, 500, 2000)):
                    sg = synthetic(n)
                    started = time.perf_counter()
                    positions(sg)
                    layout = time.perf_counter() - started
                    html = Path(tmp) / f"view-{n}.html"
                    html.write_text(standalone_html(sg, title=f"{n} nodes"), encoding="utf-8")
                    times = []
                    for _ in range(RUNS):
                        page = browser.new_page(viewport={"width": 1500, "height": 1000})
                        times.append(_paint(page, html.as_uri())[0])
                        page.close()
                    rows.append({"what": f"standalone HTML, synthetic {n} nodes", "nodes": n,
                                 "layout_s": round(layout, 3), "first_paint_s": round(statistics.median(times), 3)})
            browser.close()
    finally:
        server.process.terminate()
    print(f"{'view':<46} {'nodes':>6} {'layout s':>9} {'first paint s':>14}")
    for r in rows:
        layout = "" if r["layout_s"] is None else f"{r['layout_s']:.3f}"
        print(f"{r['what']:<46} {r['nodes'] or '':>6} {layout:>9} {r['first_paint_s']:>14.3f}"
              + (f"   {r['phases_s']}" if r.get("phases_s") else "") + (f"   load {r['loadavg']}" if r.get("loadavg") else "")
              + (f"   ({r['floor_ratio']:.2f}× the minimal app)" if r.get("floor_ratio") else ""))
    write_results("first_paint", rows)


if __name__ == "__main__":
    main()
