"""Labels, quotes and notes with script payloads: nothing executes in the graph, tooltip or detail panel.

The app runs on a persistent store holding the real data plus
``tests/fixtures/xss/labels.ttl`` — a file that passes every upload check,
since markup in a label is data, not an error. Each payload, if it ever
became markup, would set ``window.__xss``, open a dialog, add an element
with id ``xss-injected`` or request ``xss.invalid``; the test looks for all
four, in the page, every frame and every shadow root.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.store.store import ROOT
from kg.testing.browser import start_app

pytestmark = pytest.mark.browser

FIXTURE = ROOT / "tests" / "fixtures" / "xss" / "labels.ttl"
IRI = "https://w3id.org/negkg/id/episode/xss-test"
GRAPH = "[data-testid=kg-graph][data-drawn]"
BUILD = """
import sys
from kg.store.backends import OxigraphBackend
from kg.store.store import Store, default_files
Store(OxigraphBackend(sys.argv[1])).load_files(default_files() + [__import__("pathlib").Path(sys.argv[2])])
"""
# Finds the graph holder in the page or in a component's shadow root.
HOLDER = """(() => document.querySelector('[data-testid=kg-graph]')
    || [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
       .map(r => r.querySelector('[data-testid=kg-graph]')).find(Boolean))()"""
TRACES = """() => {
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
        roots[i].querySelectorAll('*').forEach(e => { if (e.shadowRoot) roots.push(e.shadowRoot); });
    }
    const injected = roots.flatMap(r => [...r.querySelectorAll('#xss-injected, svg[onload], img[onerror]')]);
    return {flag: window.__xss === undefined ? null : String(window.__xss),
            injected: injected.map(e => e.outerHTML.slice(0, 120))};
}"""


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory, browser):
    path = tmp_path_factory.mktemp("xss-store") / "store"
    subprocess.run([sys.executable, "-c", BUILD, str(path), str(FIXTURE)], cwd=ROOT, check=True, timeout=300)
    server = start_app(env={"KG_STORE": str(path)}, name="xss")
    yield server
    server.process.terminate()
    server.process.wait(10)


@pytest.fixture
def watched(page):
    """The page, with every dialog recorded (and dismissed)."""
    page.dialogs = []

    def dismiss(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return page


def _assert_nothing_ran(page) -> None:
    page.wait_for_timeout(700)  # give an injected onerror/onload its chance
    assert page.dialogs == []
    for frame in page.frames:
        traces = frame.evaluate(TRACES)
        assert traces == {"flag": None, "injected": []}, frame.url
    assert not [url for url in page.offline.blocked if "xss.invalid" in url]


def _node_point(page, iri: str) -> dict:
    return page.evaluate(f"""(iri) => {{
        const holder = {HOLDER};
        const net = holder.kgNetwork;
        const dom = net.canvasToDOM(net.getPosition(iri));
        const box = holder.querySelector('canvas').getBoundingClientRect();
        return {{x: box.left + dom.x, y: box.top + dom.y}};
    }}""", iri)


def test_payloads_stay_text_in_graph_tooltip_and_detail_panel(watched, xss_server):
    page = watched
    page.goto(xss_server.url + "/?focus=episode:xss-test")
    page.wait_for_selector(GRAPH, timeout=60_000)
    _assert_nothing_ran(page)

    # The canvas label is the shortened, cleaned text; the tooltip is text, never markup.
    labels = page.evaluate(f"() => {HOLDER}.kgNetwork.body.data.nodes.get('{IRI}')")
    assert labels["label"].startswith("<img id=") and "\u2026" in labels["label"]
    point = _node_point(page, IRI)
    page.mouse.move(point["x"], point["y"])
    tooltip = page.locator(".vis-tooltip").first
    tooltip.wait_for(state="visible", timeout=10_000)
    assert 'onerror="window.__xss=1;alert(1)"' in tooltip.inner_text()
    # innerText turns line breaks into <br>; any other element would be markup from the data.
    assert tooltip.evaluate("e => [...e.children].map(c => c.tagName)") == ["BR"] * tooltip.inner_text().count("\n")
    _assert_nothing_ran(page)

    # The detail panel shows the label, comment and quotes literally.
    page.mouse.click(point["x"], point["y"])
    page.get_by_text('onerror="window.__xss=1;alert(1)"', exact=False).first.wait_for(timeout=30_000)
    # (a bare URL carries an invisible word joiner after "http": kg.text.md_escape)
    page.get_by_text("![pixel](http\u2060://xss.invalid/md.png)", exact=False).first.wait_for(timeout=30_000)
    _assert_nothing_ran(page)

    # The graph's text alternative lists the label as text.
    page.get_by_text("Table of this view").click()
    page.locator("[data-testid=stTable]").first.get_by_text('onerror="window.__xss=1;alert(1)"', exact=False) \
        .first.wait_for(timeout=30_000)
    _assert_nothing_ran(page)


def test_payloads_stay_text_in_other_views(watched, xss_server):
    page = watched
    for query in ("view=timeline", "view=matrix", "view=sources", "sel=actor:xss-actor",
                  "view=query&q=SELECT%20%3Fl%20WHERE%20%7B%20episode%3Axss-test%20rdfs%3Alabel%20%3Fl%20%7D"):
        page.goto(f"{xss_server.url}/?{query}")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1500)
        _assert_nothing_ran(page)
