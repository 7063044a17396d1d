"""Linked selection in a real browser: the timeline's brush filters the graph and the map, the
graph's selection is outlined on the timeline and the map, a place clicked on the map selects its
episodes in the graph and the timeline (layout=linked puts the three side by side)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from kg.draw.map import sites
from kg.draw.world import borders
from kg.explore.geo import view_map
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.testing.browser import GRAPH_DRAWN, brush, click_node, mark_boxes, node_count_changes

pytestmark = pytest.mark.browser

WIDE = {"width": 1800, "height": 1100}
MAP = ".st-key-linked_map .vega-embed"
#: The graph's holder (in the component's shadow root when it has one) and what it draws selected.
SELECTED_IN_GRAPH = ("() => { const h = document.querySelector('[data-testid=kg-graph][data-drawn]') || [...document"
                     ".querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean).map(r => r.querySelector("
                     "'[data-testid=kg-graph][data-drawn]')).find(Boolean); return h ? h.getAttribute('data-selected')"
                     " : null; }")


def _markers(page) -> dict[str, str]:
    """The linked map's markers: place names -> their status (selected, with episodes, ...)."""
    marks = page.locator(f"{MAP} [aria-label*='place: ']")
    marks.first.wait_for(timeout=60_000)
    labels = marks.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    return {label.split("place: ")[1].split("; ")[0]: label.split("Marker: ")[1].split("; ")[0] for label in labels}


def _linked(page, server, query: str = ""):
    page.set_viewport_size(WIDE)
    page.goto(f"{server.url}/?layout=linked{'&' + query if query else ''}")
    page.wait_for_selector(GRAPH_DRAWN, timeout=60_000)
    page.wait_for_timeout(500)  # the columns settle before marks are measured
    return page.locator("[data-testid=kg-graph]")


def test_brushing_the_timeline_changes_the_graphs_node_count(page, app_server, store):
    graph = _linked(page, app_server)
    before = graph.get_attribute("data-node-count")
    assert before == str(len(subgraph_for(store, ViewState()).nodes))
    brush(page, "Annexation of Crimea", "Riyadh")
    node_count_changes(page, before)
    years = parse_qs(urlparse(page.url).query)["years"][0]
    first, last = (int(y) for y in years.split("-"))
    assert first == 2014 and last == 2025
    expected = subgraph_for(store, ViewState(years=(first, last)))
    page.wait_for_function("(n) => [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)"
                           ".concat([document]).some(r => { const g = r.querySelector('[data-testid=kg-graph][data-drawn]');"
                           " return g && g.getAttribute('data-node-count') === n; })", arg=str(len(expected.nodes)))
    assert graph.get_attribute("data-edge-count") == str(len(expected.edges))
    assert page.get_by_text(f"Clear the period {first}–{last}").count() == 1
    # the map beside them follows: the places of the period's episodes, Portsmouth gone
    expected_map = {s.name for s in sites(view_map(store, ViewState(years=(first, last))))}
    page.wait_for_function(f"() => document.querySelectorAll(\"{MAP} [aria-label*='place: ']\").length === "
                           f"{len(expected_map)}", timeout=60_000)
    assert set(_markers(page)) == expected_map and "Portsmouth" not in expected_map
    assert not page.offline.blocked


def test_a_node_selected_in_the_graph_is_outlined_on_the_timeline(page, app_server):
    _linked(page, app_server)
    valdai = "https://w3id.org/negkg/id/episode/valdai-2014"
    assert all(m["width"] in (None, "0") for m in mark_boxes(page) if "Valdai" in m["label"])
    click_node(page, valdai)
    page.wait_for_function("() => location.search.includes('sel=episode')", timeout=60_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll(\".st-key-linked_timeline [aria-label*='Valdai']\")]"
        ".some(e => e.getAttribute('stroke-width') === '3')", timeout=60_000)
    outlined = [m for m in mark_boxes(page) if m["width"] == "3"]
    assert len(outlined) == 1 and "Valdai" in outlined[0]["label"]
    # and its place on the map
    page.wait_for_function(f"() => [...document.querySelectorAll(\"{MAP} [aria-label*='place: Sochi']\")]"
                           ".some(e => e.getAttribute('aria-label').includes('Marker: selected'))", timeout=60_000)
    assert [name for name, status in _markers(page).items() if status == "selected"] == ["Sochi"]


def test_the_linked_layout_draws_graph_timeline_and_map_side_by_side_legibly(page, app_server, store):
    _linked(page, app_server)
    boxes = {name: page.locator(sel).first.bounding_box() for name, sel in
             (("graph", "[data-testid=stCustomComponentV2], iframe, .st-key-kg_graph"),
              ("timeline", ".st-key-linked_timeline"), ("map", ".st-key-linked_map"))}
    boxes["graph"] = page.locator(GRAPH_DRAWN).bounding_box()
    assert boxes["graph"]["x"] + boxes["graph"]["width"] <= boxes["timeline"]["x"]  # side by side
    assert boxes["map"]["x"] == pytest.approx(boxes["timeline"]["x"], abs=2)  # the map under the timeline
    assert boxes["map"]["y"] >= boxes["timeline"]["y"] + boxes["timeline"]["height"] - 2
    main = page.locator("[data-testid=stMain]").bounding_box()
    assert boxes["map"]["x"] + boxes["map"]["width"] <= main["x"] + main["width"]  # nothing cut on the right
    assert set(_markers(page)) == {s.name for s in sites(view_map(store, ViewState()))}
    texts = page.locator(f"{MAP} text").evaluate_all(
        "els => els.filter(e => e.textContent.trim()).map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert texts and min(texts) >= 11
    # the base map, read from the app's static file: one path, broken into a line per border
    lines = page.locator(f"{MAP} path").evaluate_all("els => Math.max(...els.map(e => (e.getAttribute('d') || '')"
                                                     ".split('M').length - 1))")
    assert lines == len(borders())
    assert not page.offline.blocked


def test_clicking_a_place_on_the_map_selects_its_episodes_in_the_graph_and_the_timeline(page, app_server):
    _linked(page, app_server)
    page.locator(f"{MAP} [aria-label*='place: Sochi;']").first.click(force=True)
    page.wait_for_url("**sel=place%3Asochi**", timeout=60_000)
    assert "view=" not in page.url  # the linked layout stays
    valdai = "https://w3id.org/negkg/id/episode/valdai-2014"
    page.wait_for_function(f"() => (({SELECTED_IN_GRAPH})() || '').split(' ').includes('{valdai}')", timeout=60_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll(\".st-key-linked_timeline [aria-label*='Valdai']\")]"
        ".some(e => e.getAttribute('stroke-width') === '3')", timeout=60_000)
    outlined = [m for m in mark_boxes(page) if m["width"] == "3"]
    assert len(outlined) == 1 and "Valdai" in outlined[0]["label"]
    assert [name for name, status in _markers(page).items() if status == "selected"] == ["Sochi"]


def test_the_linked_layout_stacks_where_the_map_does_not_fit_beside_the_graph(page, app_server):
    """At 1400 px with the sidebar open the row is too narrow for the graph and the 600-px map side
    by side: the three stack, and nothing runs off the page (with the old breakpoint on the window,
    1200 px, they stayed side by side there and the map and the timeline's legend were cut)."""
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{app_server.url}/?layout=linked")
    page.wait_for_selector(GRAPH_DRAWN, timeout=60_000)
    page.locator(MAP).first.wait_for(timeout=60_000)
    page.wait_for_timeout(500)  # the columns settle
    graph = page.locator(GRAPH_DRAWN).bounding_box()
    timeline = page.locator(".st-key-linked_timeline").bounding_box()
    assert timeline["y"] >= graph["y"] + graph["height"] - 2  # under the graph, not beside it
    shown, scrolled = page.evaluate("() => { const m = document.querySelector('[data-testid=stMain]');"
                                    " return [m.clientWidth, m.scrollWidth]; }")
    assert scrolled == shown  # nothing wider than the page


@pytest.mark.parametrize("query", ["layout=linked&sel=episode:valdai-2014&years=2014-2025",
                                   "view=table&actor=actor:russia"], ids=["linked", "table"])
def test_axe_finds_no_serious_violation_in_the_linked_views(page, app_server, query):
    from tests.browser.test_legibility import serious_violations
    page.set_viewport_size(WIDE)
    page.goto(f"{app_server.url}/?{query}")
    page.locator("[data-testid=stMain]").wait_for(timeout=60_000)
    if "linked" in query:
        page.wait_for_selector(GRAPH_DRAWN, timeout=60_000)
    page.wait_for_timeout(1500)
    assert serious_violations(page) == []
    assert not page.offline.blocked
