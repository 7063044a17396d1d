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
