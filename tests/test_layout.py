"""The layout leaves room for every label (kg/draw/layout.py, kg/draw/labels.py), on the real graph."""

from __future__ import annotations

from itertools import combinations

import pytest

from kg.draw.labels import label_size, wrap
from kg.draw.layout import boxes, positions
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState

VIEWS = {"overview": ViewState(), "valdai-2hop": ViewState(focus=("episode:valdai-2014",), hops=2),
         "russia-3hop": ViewState(focus=("actor:russia",), hops=3)}


def _overlaps(sg) -> list[tuple[str, str]]:
    pos, box = positions(sg), boxes(sg)
    rect = {iri: (x + box[iri][0], y + box[iri][1], x + box[iri][2], y + box[iri][3])
            for iri, (x, y) in pos.items()}
    return [(a, b) for a, b in combinations(sorted(rect), 2)
            if rect[a][0] < rect[b][2] and rect[b][0] < rect[a][2] and rect[a][1] < rect[b][3] and rect[b][1] < rect[a][3]]


@pytest.mark.parametrize("name", VIEWS)
def test_no_two_nodes_with_their_labels_overlap(memory_store, name):
    sg = subgraph_for(memory_store, VIEWS[name])
    assert _overlaps(sg) == []


def test_the_overview_fits_a_laptop_canvas_at_zoom_one(memory_store):
    """The app's canvas at 1400×1000 is about 940×790 CSS px: the overview's nodes and labels
    fit it at zoom 1, so every label can be drawn at 11 px without touching another."""
    sg = subgraph_for(memory_store, ViewState())
    pos, box = positions(sg), boxes(sg)
    width = max(x + box[i][2] for i, (x, _) in pos.items()) - min(x + box[i][0] for i, (x, _) in pos.items())
    height = max(y + box[i][3] for i, (_, y) in pos.items()) - min(y + box[i][1] for i, (_, y) in pos.items())
    assert width <= 940 * 1.08 and height <= 790, (width, height)


def test_a_path_is_a_chain_from_left_to_right(memory_store):
    sg = subgraph_for(memory_store, ViewState(path_from="episode:valdai-2014", path_to="trait:1"))
    pos = positions(sg)
    start, end = sg.focus
    assert pos[start][0] < min(x for iri, (x, _) in pos.items() if iri != start)
    assert pos[end][0] > max(x for iri, (x, _) in pos.items() if iri != end)
    for source, _, target in sg.highlight:  # every path link spans one column
        assert pos[source][0] != pos[target][0]
    assert _overlaps(sg) == []


def test_names_wrap_on_two_lines_and_are_not_cut(memory_store):
    for name in ("overview", "valdai-2hop"):
        for node in subgraph_for(memory_store, VIEWS[name]).nodes:
            lines = wrap(node.label).split("\n")
            assert len(lines) <= 2 and " ".join(lines) == " ".join(node.label.split()), node.label
    assert wrap("x" * 200).endswith("\u2026") and len(wrap("x" * 200).split("\n")) == 2


def test_label_sizes_grow_with_the_text():
    assert label_size("Sochi")[0] < label_size("Putin's speech at the Valdai Conference")[0]
    assert label_size("Sochi")[1] < label_size("Putin's speech at the Valdai Conference in Sochi (2014)")[1]


def test_an_upload_keeps_the_layout_and_places_its_entities_next_to_their_neighbours(memory_store):
    """The reader's upload adds an episode that illustrates a trait: every entity of the paper
    keeps its place, and the new one sits near the trait, clear of every other label."""
    from kg.model import Edge, Node, Subgraph
    base = subgraph_for(memory_store, ViewState())
    trait = next(n.iri for n in base.nodes if n.kind == "trait")
    new = Node("urn:upload:episode", "An episode of my own research (2026)", "episode", upload="urn:upload:g")
    link = Edge(new.iri, trait, "https://w3id.org/negkg/ns#illustrates", "illustrates")
    grown = Subgraph(base.nodes + (new,), base.edges + (link,), base.citations, base.focus)
    before, after = positions(base), positions(grown)
    assert {iri: after[iri] for iri in before} == before
    distance = ((after[new.iri][0] - before[trait][0]) ** 2 + (after[new.iri][1] - before[trait][1]) ** 2) ** 0.5
    assert distance < 250, distance
    assert _overlaps(grown) == []


def test_the_argument_map_is_laid_out_in_tiers_from_the_thesis(memory_store):
    """The thesis alone on top; what supports it on the next tier, what it leads to (the
    recommendations) and the belief it rebuts to their right; no two boxes overlap; the parts not
    linked to the thesis below everything else."""
    from kg.draw.argument_layout import tiers
    from kg.draw.layout import boxes, positions
    from kg.explore.argument import argument_subgraph
    sg = argument_subgraph(memory_store)
    pos, box, tier = positions(sg), boxes(sg), tiers(sg)
    claim = "https://w3id.org/negkg/id/claim/"
    thesis = claim + "thesis-power-patience-prestige"
    assert [iri for iri, t in tier.items() if t == 0] == [thesis]
    assert pos[thesis][1] < min(y for iri, (_, y) in pos.items() if iri != thesis)
    assert {tier[claim + f"trait-{n}-core"] for n in range(1, 8)} == {1}
    supporters = [pos[claim + f"trait-{n}-core"] for n in range(1, 8)]
    for led in ("recommend-realism", "recommend-deterrence", "belief-sit-down-at-a-table"):
        x, y = pos[claim + led]
        assert tier[claim + led] == 1 and all((y, x) > (sy, sx) for sx, sy in supporters), led
    rects = [(pos[i][0] + box[i][0], pos[i][1] + box[i][1], pos[i][0] + box[i][2], pos[i][1] + box[i][3]) for i in pos]
    assert not [(a, b) for k, a in enumerate(rects) for b in rects[k + 1:]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
    deepest = tier[claim + "belief-russians-in-donbas-would-support"]  # the last tier linked to the thesis
    linked = {iri for iri in pos if tier[iri] <= deepest}
    apart = claim + "understand-russian-negotiation"
    assert pos[apart][1] > max(pos[iri][1] for iri in linked)
