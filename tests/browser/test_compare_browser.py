"""A comparison in a real Chromium: the union drawn with the three groups apart by colour and by
line, a legend naming each, labels legible, nothing fetched from the network, and axe-core
finding no serious violation."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlencode

import pytest

from kg.explore.views import comparison_for
from kg.explore.viewstate import ViewState
from tests.browser.test_legibility import _HOLDER, _LABELS, GRAPH, overlapping, serious_violations, too_small

pytestmark = pytest.mark.browser

A, B = "focus=episode:valdai-2014", "focus=trait:6"

_DRAWN = """() => {
    const holder = %s;
    const nodes = holder.kgNetwork.body.data.nodes.get(), edges = holder.kgNetwork.body.data.edges.get();
    const legend = [...holder.getRootNode().querySelectorAll('.kg-legend .kg-legend-item')].map(row => ({
        text: row.textContent, fill: (row.querySelector('path') || {getAttribute: () => null}).getAttribute('fill'),
        stroke: (row.querySelector('line') || {getAttribute: () => null}).getAttribute('stroke'),
        dashed: !!row.querySelector('[stroke-dasharray]')}));
    return {nodes: nodes.map(n => ({id: n.id, side: n.group_side, fill: n.color.background,
                                    dashes: n.shapeProperties.borderDashes, border: n.borderWidth})),
            edges: edges.map(e => ({id: e.id, side: e.group_side, colour: e.color.color, dashes: e.dashes})),
            legend};
}""" % _HOLDER


def test_the_compare_graph_draws_three_groups_named_in_a_legend(page, app_server, store):
    cmp = comparison_for(store, ViewState(view="compare", a=A, b=B))
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(app_server.url + "/?" + urlencode({"view": "compare", "a": A, "b": B}))
    page.wait_for_selector(GRAPH, timeout=60_000)
    page.wait_for_timeout(1500)
    drawn = page.evaluate(_DRAWN)
    by_side = {side: {n["id"] for n in drawn["nodes"] if n["side"] == side} for side in ("a", "b", "both")}
    assert by_side == {"a": set(cmp.only_a.nodes), "b": set(cmp.only_b.nodes), "both": set(cmp.both.nodes)}
    assert Counter(e["side"] for e in drawn["edges"]) == {"a": len(cmp.only_a.edges), "b": len(cmp.only_b.edges),
                                                          "both": len(cmp.both.edges)}
    look = {side: {(n["fill"], str(n["dashes"]), n["border"]) for n in drawn["nodes"] if n["side"] == side}
            for side in by_side}
    assert all(len(v) == 1 for v in look.values()) and len(set().union(*look.values())) == 3  # one look each
    assert {str(n["dashes"]) for n in drawn["nodes"] if n["side"] == "b"} == {"[6, 3]"}  # the second cue
    assert {str(n["dashes"]) for n in drawn["nodes"] if n["side"] != "b"} == {"False"}
    lines = {side: {(e["colour"], str(e["dashes"])) for e in drawn["edges"] if e["side"] == side} for side in by_side}
    assert lines == {"a": {("#0072B2", "False")}, "b": {("#E69F00", "[9, 5]")}, "both": {("#6E6E6E", "[2, 3]")}}
    legend = {row["text"]: row for row in drawn["legend"]}
    assert legend["entity only in A (thick solid outline)"]["fill"] == "#0072B2"
    assert legend["entity only in B (thick dashed outline)"]["dashed"]
    assert legend["link only in B (dashed)"]["stroke"] == "#E69F00" and legend["link only in B (dashed)"]["dashed"]
    assert not legend["link only in A (solid)"]["dashed"] and legend["link in both (thin, dotted)"]["dashed"]
    labels = page.evaluate(_LABELS)
    assert labels["labels"] and not too_small(labels["labels"]) and not overlapping(labels["labels"])
    assert page.get_by_text("What differs").first.is_visible()
    assert page.offline.blocked == []


def test_axe_finds_no_serious_violation_on_a_comparison(page, app_server):
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(app_server.url + "/?" + urlencode({"view": "compare", "a": A, "b": B}))
    page.wait_for_selector(GRAPH, timeout=60_000)
    page.wait_for_timeout(1500)
    assert serious_violations(page) == []
