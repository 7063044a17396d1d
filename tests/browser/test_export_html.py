"""The interactive HTML export opens from disk in a real browser with the network cut off.

Uses the session's headless Chromium (``browser`` in tests/browser/conftest.py),
which fails rather than skips when KG_REQUIRE_BROWSER=1 and it is missing.
"""

from __future__ import annotations

import pytest
from export_support import CREATED, MINI_STATE, mini_store, mini_view  # noqa: F401

from kg.export.exporter import Exporter
from kg.model import Edge, Evidence, Node, Subgraph
from kg.testing.browser import offline_file

pytestmark = pytest.mark.browser

PWN = '<img src=x onerror="window.__pwned=1">'


def _open(browser, path) -> dict:
    """Load the file with every request that is not file:// blocked and counted; report what happened."""
    with offline_file(browser, path) as opened:
        page = opened.page
        page.wait_for_selector("#graph[data-node-count]", timeout=30_000)
        result = {
            "nodes": int(page.get_attribute("#graph", "data-node-count")),
            "edges": int(page.get_attribute("#graph", "data-edge-count")),
            "legend": page.inner_text("#legend"),
            "title": page.title(),
            "pwned": page.evaluate("window.__pwned === 1"),
            "images": page.evaluate("document.querySelectorAll('img').length"),
        }
    return {**result, "blocked": opened.blocked, "errors": opened.errors}


def test_html_export_draws_with_no_network(browser, tmp_path, mini_store, mini_view):
    path = tmp_path / "view.html"
    path.write_bytes(Exporter(mini_store, MINI_STATE, mini_view, created=CREATED).export("html").data)
    seen = _open(browser, path)
    assert seen["blocked"] == []  # no request left the file
    assert seen["errors"] == []
    assert seen["nodes"] == len(mini_view.nodes) and seen["edges"] == len(mini_view.edges)
    assert "Episode" in seen["legend"] and "illustrates" in seen["legend"]
    assert seen["title"].startswith("The neighbourhood of Valdai Conference 2014")


def test_html_export_shows_hostile_labels_as_text(browser, tmp_path, mini_store):
    hostile = Subgraph(
        (Node("urn:x:a", PWN, "episode"), Node("urn:x:b", "</script><script>window.__pwned=1</script>", "trait")),
        (Edge("urn:x:a", "urn:x:b", "https://w3id.org/negkg/ns#illustrates", "illustrates",
              (Evidence("urn:x:ev", PWN, "urn:x:s", PWN, ("urn:x:src",)),)),),
        focus=("urn:x:a",))
    path = tmp_path / "hostile.html"
    state = MINI_STATE.with_(focus=("urn:x:a",))
    path.write_bytes(Exporter(mini_store, state, hostile, created=CREATED).export("html").data)
    seen = _open(browser, path)
    assert seen["blocked"] == [] and seen["errors"] == []
    assert seen["pwned"] is False and seen["images"] == 0
    assert seen["nodes"] == 2


@pytest.mark.parametrize("size", [(1400, 1000), (1024, 768)], ids=["1400x1000", "1024x768"])
def test_html_export_fits_the_window_and_the_first_click_selects_what_is_under_it(browser, tmp_path, memory_store,
                                                                                  size):
    """The real overview: its canvas fits the window (no page scroll shifts it), every shown
    label lies inside it, and the very first click on a node opens that node's details."""
    from kg.explore.views import subgraph_for
    from kg.explore.viewstate import ViewState
    state = ViewState()
    view = subgraph_for(memory_store, state)
    path = tmp_path / "overview.html"
    path.write_bytes(Exporter(memory_store, state, view, created=CREATED).export("html").data)
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    try:
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                      else route.abort())
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("#graph[data-drawn]", timeout=30_000)
        page.wait_for_timeout(300)
        fits = page.evaluate("""() => ({scroll: document.documentElement.scrollHeight - innerHeight,
                                         bottom: document.getElementById('graph').getBoundingClientRect().bottom})""")
        assert fits["scroll"] <= 0 and fits["bottom"] <= size[1]
        target = page.evaluate("""() => {
            const holder = document.getElementById('graph'), net = holder.kgNetwork;
            const box = holder.getBoundingClientRect(), shown = holder.kgState.shown;
            const id = Object.keys(shown).sort()[0], p = net.getPosition(id), dom = net.canvasToDOM(p);
            return {id, label: net.body.data.nodes.get(id).kgLabel, x: box.left + dom.x, y: box.top + dom.y};
        }""")
        page.mouse.click(target["x"], target["y"])
        heading = page.locator("#details h2")
        heading.wait_for(timeout=10_000)
        assert heading.inner_text() == view.node(target["id"]).label
    finally:
        context.close()


@pytest.mark.parametrize("size", [(1400, 900), (900, 700)], ids=["1400x900", "900x700"])
def test_the_html_of_a_map_view_draws_the_map_offline_and_names_every_place(browser, tmp_path, memory_store, size):
    """view=map: the HTML export is the map (the map figure inline as SVG), every located place of
    :func:`view_map` named in it as text of 11 px or more, every place in the table; nothing is
    fetched, nothing fails, axe-core finds nothing serious."""
    from kg.explore.geo import view_map
    from kg.explore.views import subgraph_for
    from kg.explore.viewstate import ViewState
    from tests.browser.test_legibility import serious_violations
    state = ViewState(view="map")
    expected = view_map(memory_store, state)
    path = tmp_path / "map.html"
    path.write_bytes(Exporter(memory_store, state, subgraph_for(memory_store, state), created=CREATED)
                     .export("html").data)
    with offline_file(browser, path, viewport={"width": size[0], "height": size[1]}) as opened:
        page = opened.page
        page.wait_for_load_state("load")
        assert page.locator("svg.kg-map").count() == 1 and page.locator("canvas, script, img").count() == 0
        assert int(page.get_attribute("#map", "data-place-count")) == len(expected.places) > 0
        names = "".join(page.locator("svg.kg-map text").all_text_contents()).replace(" ", "")
        missing = [p.label for p in expected.places if p.label.replace(" ", "") not in names]
        assert missing == []  # at its marker, or numbered in the key under the map
        cells = page.locator("#places tbody tr td:first-child").all_text_contents()
        assert cells == [p.label for p in expected.places + expected.unplaced]
        sizes = page.evaluate("""() => {
            const svg = document.querySelector('svg.kg-map'), scale = svg.getScreenCTM().a;
            const inSvg = [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const html = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (n.textContent.trim() && !svg.contains(n)) html.push(parseFloat(getComputedStyle(n.parentElement).fontSize));
            }
            return {svg: Math.min(...inSvg), html: Math.min(...html), texts: inSvg.length};
        }""")
        assert sizes["texts"] >= len(expected.places) // 2
        assert sizes["svg"] >= 11 and sizes["html"] >= 11, sizes
        assert page.evaluate("performance.getEntriesByType('resource').length") == 0
        assert serious_violations(page) == []
    assert opened.blocked == [] and opened.errors == []


def test_the_map_html_shows_hostile_place_names_as_text(browser, tmp_path):
    """A place's name that is markup stays text: in the SVG (matplotlib's XML escaping, parsed by the
    browser's HTML parser) and in the table."""
    from kg.draw.map_figure import map_drawing
    from kg.draw.map_html import map_html
    from kg.model import MapPlace, PlaceMap
    hostile = PWN + "</svg></table><script>window.__pwned=1</script>"
    pm = PlaceMap((MapPlace("urn:x:p", hostile, "place", 48.0, 11.0, "urn:x:ref", ()),),
                  (MapPlace("urn:x:q", hostile, "place", None, None, None, ()),), (), ())
    path = tmp_path / "hostile-map.html"
    path.write_text(map_html(pm, map_drawing(pm, size="page"), title=hostile, caption=hostile, cite=[hostile]),
                    encoding="utf-8")
    with offline_file(browser, path) as opened:
        page = opened.page
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned === undefined")
        assert page.locator("img, script").count() == 0 and page.locator("svg.kg-map").count() == 1
        assert page.title() == hostile and page.locator("#places tbody td:first-child").all_text_contents() == [
            hostile, hostile]
        assert hostile.replace(" ", "") in "".join(page.locator("svg.kg-map text").all_text_contents()).replace(" ", "")
    assert opened.blocked == [] and opened.errors == []
