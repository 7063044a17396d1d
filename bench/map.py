"""How long the Map view takes with 1,000 places: a synthetic store in headless Chromium.

    python bench/map.py            # prints a table, writes bench/results/map.json

A synthetic graph of 1,000 places with coordinates and 1,000 dated episodes (each at one to
three of them) is loaded into a persistent store (``python -m kg load``), the app is started on
it (``KG_STORE``), and the map is timed: in Python (the SPARQL behind it and the Vega-Lite spec,
labels placed), and in the browser from a click on the Map tab until every one of the 1,000
markers is drawn (on the canvas Vega uses for so many marks: its pixels in the markers' orange),
with the part that is Vega's own drawing (from its element appearing).
Medians of 5 runs; measured, not asserted by the tests.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import median_seconds, write_results  # noqa: E402
from kg.draw.map import map_spec  # noqa: E402
from kg.explore.geo import place_map  # noqa: E402
from kg.store.store import open_store  # noqa: E402
from kg.testing.browser import CHROMIUM_FLAGS, chromium_path, start_app  # noqa: E402

PLACES = 1000
RUNS = 5
PREFIXES = """@prefix nkg: <https://w3id.org/negkg/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix b: <https://example.org/bench/> .
"""


def synthetic(n: int = PLACES, seed: int = 1) -> str:
    """Turtle: ``n`` places spread over the land-ish latitudes and ``n`` episodes at them."""
    rng = random.Random(seed)
    lines = [PREFIXES]
    for i in range(n):
        lines.append(f'b:place{i} a nkg:Place ; rdfs:label "Place {i}" ; '
                     f"geo:lat {rng.uniform(-50, 70):.5f} ; geo:long {rng.uniform(-170, 175):.5f} .")
    for i in range(n):
        at = ", ".join(f"b:place{rng.randrange(n)}" for _ in range(rng.choice((1, 1, 2, 3))))
        lines.append(f'b:episode{i} a nkg:Episode ; rdfs:label "Episode {i}" ; '
                     f"nkg:startYear {rng.randrange(1900, 2026)} ; nkg:place {at} .")
    return "\n".join(lines) + "\n"




#: Whether the map's markers are drawn: Vega draws 1,000 places on a canvas (Streamlit switches from SVG to
#: canvas for big datasets), so it counts the canvas's pixels in the markers' orange, or else the SVG's markers.
DRAWN = """function mapDrawn(n) {
  if (document.querySelectorAll("[aria-label*='place: ']").length >= n) return true;
  return [...document.querySelectorAll('.vega-embed canvas')].some(c => {
    if (c.width < 800) return false;
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let orange = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] === 213 && px[i + 1] === 94 && px[i + 2] === 0) orange++;
    return orange >= 20 * n;
  });
}"""
WATCH = """(n) => { window.__map = {start: performance.now(), embed: null, done: null};
  const before = new Set(document.querySelectorAll('.vega-embed'));
  const tick = () => {
    const now = performance.now();
    if (window.__map.embed === null && [...document.querySelectorAll('.vega-embed')].some(e => !before.has(e)))
      window.__map.embed = now;
    if (mapDrawn(n)) { window.__map.done = now; return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick); }"""


def main() -> None:
    from playwright.sync_api import sync_playwright
    path = chromium_path()
    if path is None:
        sys.exit("Chromium not found: apt-get install chromium, or set KG_CHROMIUM.")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "places.ttl"
        data.write_text(synthetic(), encoding="utf-8")
        ontology = sorted(p for p in (ROOT / "ontology").glob("*.ttl") if p.name != "shapes.ttl")
        store = open_store(files=[*ontology, data])
        pm = place_map(store)
        rows.append({"what": f"place_map (SPARQL, {len(pm.places)} places, {len(pm.episodes)} episodes)",
                     "seconds": round(median_seconds(lambda: place_map(store), RUNS), 3)})
        rows.append({"what": "map_spec (Vega-Lite spec, labels placed)", "seconds": round(median_seconds(lambda: map_spec(pm), RUNS), 3)})
        disk = Path(tmp) / "store"
        subprocess.run([sys.executable, "-m", "kg", "load", str(data), "--store", str(disk)], cwd=ROOT, check=True,
                       capture_output=True)
        server = start_app(env={"KG_STORE": str(disk)}, name="bench-map")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
                page = browser.new_page(viewport={"width": 1500, "height": 1000})
                started = time.perf_counter()
                page.goto(f"{server.url}/?view=map")
                page.wait_for_function(f"() => {{ {DRAWN}; return mapDrawn({PLACES}); }}", timeout=300_000)
                rows.append({"what": "cold page load of ?view=map until every marker is drawn",
                             "seconds": round(time.perf_counter() - started, 3)})
                switch, vega = [], []
                for _ in range(RUNS):
                    page.locator("[data-testid=stMain] button", has_text="Timeline").first.click()
                    page.wait_for_function(f"() => {{ {DRAWN}; return !mapDrawn({PLACES}); }}", timeout=300_000)
                    page.add_script_tag(content=DRAWN)  # mapDrawn() for WATCH
                    page.evaluate(WATCH, PLACES)
                    page.locator("[data-testid=stMain] button", has_text="Map").first.click()
                    page.wait_for_function("() => window.__map.done !== null", timeout=300_000)
                    times = page.evaluate("() => window.__map")
                    switch.append((times["done"] - times["start"]) / 1000)
                    vega.append((times["done"] - times["embed"]) / 1000)
                rows.append({"what": "Timeline -> Map until every marker is drawn", "seconds": round(statistics.median(switch), 3)})
                rows.append({"what": "of which Vega draws the map (new chart element to last marker)",
                             "seconds": round(statistics.median(vega), 3)})
                browser.close()
        finally:
            server.process.terminate()
    for r in rows:
        print(f"{r['what']:<70} {r['seconds']:>8.3f} s")
    write_results("map", rows)


if __name__ == "__main__":
    main()
