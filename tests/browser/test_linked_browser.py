"""Linked selection in a real browser: the timeline's brush filters the graph, the graph's
selection is outlined on the timeline (layout=linked puts them side by side)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.testing.browser import GRAPH_DRAWN, brush, click_node, mark_boxes, node_count_changes

pytestmark = pytest.mark.browser

WIDE = {"width": 1800, "height": 1100}


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


@pytest.mark.parametrize("query", ["layout=linked&sel=episode:valdai-2014&years=2014-2025",
                                   "view=table&actor=actor:russia"], ids=["linked", "table"])
def test_axe_finds_no_serious_violation_in_the_linked_views(page, app_server, query):
    from tests.browser.test_legibility import _serious, idle
    page.set_viewport_size(WIDE)
    page.goto(f"{app_server.url}/?{query}")
    page.locator("[data-testid=stMain]").wait_for(timeout=60_000)
    if "linked" in query:
        page.wait_for_selector(GRAPH_DRAWN, timeout=60_000)
    page.wait_for_timeout(1500)
    idle(page)
    serious = _serious(page)
    if serious:  # as in test_legibility: what stays wrong once the page is idle is real
        idle(page)
        serious = [v for v in _serious(page) if v in serious]
    assert serious == []
    assert not page.offline.blocked
