"""The argument map in a real Chromium at 1400×1000: the thesis on top, attacks and rebuttals drawn
in their own style (colour, dashes, arrow head) and named so in the legend, every label legible and
clear of the others, a click on a claim opens its details with its evidence."""

from __future__ import annotations

import pytest

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from tests.browser.test_legibility import _HOLDER, _LABELS, GRAPH, outside, overlapping, too_small

pytestmark = pytest.mark.browser

THESIS = "https://w3id.org/negkg/id/claim/thesis-power-patience-prestige"
_DRAWN = """() => { const net = %s.kgNetwork, edges = net.body.data.edges.get();
    return {positions: net.getPositions(), edges: edges.map(e => ({id: e.id, color: e.color.color,
            dashes: e.dashes, head: e.arrows.to.type}))}; }""" % _HOLDER


def open_map(page, server):
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(server.url + "/?view=argument")
    page.wait_for_selector(GRAPH, timeout=60_000)
    page.wait_for_timeout(1500)
    return page.evaluate(_LABELS)


def test_the_map_puts_the_thesis_on_top_and_draws_attacks_apart(page, app_server, store):
    labels = open_map(page, app_server)
    expected = subgraph_for(store, ViewState(view="argument"))
    drawn = page.evaluate(_DRAWN)
    assert set(drawn["positions"]) == {n.iri for n in expected.nodes}
    ys = {iri: p["y"] for iri, p in drawn["positions"].items()}
    assert ys[THESIS] < min(y for iri, y in ys.items() if iri != THESIS), "the thesis is the top-most"
    styles = {}
    for e in drawn["edges"]:
        styles.setdefault(e["id"].split("|")[1].rsplit("#", 1)[-1], set()).add(
            (e["color"], tuple(e["dashes"] or ()), e["head"]))
    assert styles["attacks"] == {("#C1121F", (8, 4), "bar")}
    assert styles["rebuts"] == {("#C1121F", (12, 3, 2, 3), "circle")}
    assert styles["supportsClaim"] == {("#009E73", (), "arrow")}
    assert len(styles["attacks"] | styles["rebuts"] | styles["supportsClaim"] | styles["illustratesClaim"]) == 4
    # the legend names each with a sample of its line and head
    legend = page.evaluate("""() => [...%s.getRootNode().querySelectorAll('.kg-legend .kg-legend-item')]
        .map(row => [row.textContent, (row.querySelector('svg.kg-line') || {getAttribute: () => null})
        .getAttribute('data-arrow')])""" % _HOLDER)
    assert ["attacks", "bar"] in legend and ["rebuts", "circle"] in legend and ["supports claim", "arrow"] in legend
    # legible: every label drawn, 11 px or more, none overlapping, none outside the canvas, none cut
    assert len(labels["labels"]) == labels["nodes"] == len(expected.nodes)
    assert too_small(labels["labels"]) == [] and overlapping(labels["labels"]) == [] and outside(labels) == []
    assert not [a for a in labels["labels"] if "\u2026" in a["text"]]
    assert page.offline.blocked == []


def test_clicking_a_claim_shows_its_details_and_evidence(page, app_server):
    open_map(page, app_server)
    belief = "https://w3id.org/negkg/id/claim/belief-sit-down-at-a-table"
    at = page.evaluate("""(iri) => { const holder = %s, net = holder.kgNetwork;
        const p = net.canvasToDOM(net.getPositions([iri])[iri]), box = holder.getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y}; }""" % _HOLDER, belief)
    page.mouse.click(at["x"], at["y"])
    page.wait_for_function("() => decodeURIComponent(location.search).includes('sel=claim:belief-sit-down')",
                           timeout=30_000)
    page.get_by_text("Belief: one merely has to sit down at a table").first.wait_for(timeout=30_000)
    page.get_by_text("But that is not how Russia operates.", exact=False).first.wait_for(timeout=30_000)
    assert "view=argument" in page.url
