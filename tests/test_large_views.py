"""Large views: capped views stay exact, summaries and pages lose nothing (kg.explore.aggregate)."""

from __future__ import annotations

import pytest

from kg.draw.html import standalone_html
from kg.errors import KGError
from kg.explore.aggregate import GROUP, aggregate
from kg.explore.neighbourhood import neighbourhood
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState

EX = "https://example.org/mini/"
TRAIT7 = "https://w3id.org/negkg/id/trait/7"


def _keys(view) -> set:
    return {(e.source, e.predicate, e.target, tuple(ev.iri for ev in e.evidence)) for e in view.edges}


def test_a_view_is_the_same_whether_or_not_a_cap_is_given(store):
    # With a cap, the links among the outermost nodes are fetched after the cap chose the nodes.
    assert neighbourhood(store, [TRAIT7], hops=2, max_nodes=100_000) == neighbourhood(store, [TRAIT7], hops=2)


def test_a_capped_view_has_every_link_among_the_nodes_it_keeps(store):
    whole = neighbourhood(store, [TRAIT7], hops=2)
    capped = neighbourhood(store, [TRAIT7], hops=2, max_nodes=25)
    kept = {n.iri for n in capped.nodes}
    assert len(kept) == 25 and capped.total_nodes == len(whole.nodes) > 25
    assert _keys(capped) == {k for k in _keys(whole) if k[0] in kept and k[2] in kept}


def test_summary_by_kind_adds_up_links_and_keeps_their_evidence(mini):
    summary = aggregate(neighbourhood(mini, [EX + "war"], hops=2))
    persons = GROUP + "kind/person"
    assert [(n.iri.removeprefix(EX), n.label) for n in summary.view.nodes] == [
        ("talks", "Peace talks"), ("war", "War"), (persons, "2 persons"), ("state", "A state"), ("t1", "Trait one")]
    assert summary.members == {persons: (EX + "alice", EX + "bob")}
    edges = {(e.source.removeprefix(EX), e.label, e.target.removeprefix(EX)): len(e.evidence)
             for e in summary.view.edges}
    assert edges == {("talks", "illustrates", "t1"): 1, ("talks", "participant", persons): 0,
                     ("war", "affects", "state"): 0, ("war", "illustrates", "t1"): 1,
                     ("war", "participant", persons): 1, (persons, "affiliated with ×2", "state"): 0}
    folded = {m for members in summary.members.values() for m in members}
    assert EX + "bob" in folded and EX + "war" not in folded


def test_summary_by_community_partitions_the_view(store):
    view = neighbourhood(store, [TRAIT7], hops=2)
    summary = aggregate(view, by="community")
    folded = [m for members in summary.members.values() for m in members]
    shown = {n.iri for n in summary.view.nodes if not n.iri.startswith(GROUP)}
    assert sorted(folded + list(shown)) == sorted(n.iri for n in view.nodes)  # each node once
    assert len(summary.view.nodes) < len(view.nodes) / 3
    # every quote behind a link between two groups travels with the summary
    group = {m: g for g, members in summary.members.items() for m in members}
    across = {ev.iri for e in view.edges if group.get(e.source, e.source) != group.get(e.target, e.target)
              for ev in e.evidence}
    assert across and {ev.iri for ev in summary.view.evidence} == across
    assert "Community 1 (" in standalone_html(summary.view, title="summary")


def test_pages_cover_the_view_once_with_the_focus_on_each(store):
    """The live paging path: ``page=N`` of the URL, through the one pipeline, as the app and exports use it."""
    view = neighbourhood(store, [TRAIT7], hops=2)
    others = len(view.nodes) - 1
    count = -(-others // 20)
    assert count > 1
    seen = []
    for number in range(1, count + 1):
        part = subgraph_for(store, ViewState(focus=(TRAIT7,), hops=2, max_nodes=21, page=number))
        kept = {n.iri for n in part.nodes}
        assert TRAIT7 in kept and part.total_nodes == len(view.nodes)
        assert {e.key for e in part.edges} == {e.key for e in view.edges if e.source in kept and e.target in kept}
        seen += sorted(kept - {TRAIT7})
    assert sorted(seen) == sorted(n.iri for n in view.nodes if n.iri != TRAIT7)  # each entity on one page
    with pytest.raises(KGError, match=rf"Page {count + 1} does not exist: the view has {count} page"):
        subgraph_for(store, ViewState(focus=(TRAIT7,), hops=2, max_nodes=21, page=count + 1))


def test_unknown_grouping_is_a_sentence(mini):
    with pytest.raises(KGError, match="Cannot aggregate by 'colour'; use one of kind, community"):
        aggregate(neighbourhood(mini, [EX + "war"]), by="colour")


@pytest.mark.parametrize("params", [{"focus": "trait:7", "hops": "2", "max_nodes": "25"}, {},
                                    {"focus": "episode:valdai-2014", "hops": "2", "inferred": "1"}])
def test_a_view_drawn_without_evidence_is_the_same_view_once_completed(store, params):
    from kg.explore.neighbourhood import with_evidence
    from kg.export.exporter import export
    state = ViewState.from_params(params)
    full, drawn = subgraph_for(store, state), subgraph_for(store, state, evidence=False)
    assert drawn.lazy and not full.lazy
    assert [n.iri for n in drawn.nodes] == [n.iri for n in full.nodes] and drawn.total_nodes == full.total_nodes
    assert [e.key for e in drawn.edges] == [e.key for e in full.edges]
    assert not any(e.evidence for e in drawn.edges) and any(e.evidence for e in full.edges)
    assert with_evidence(store, drawn) == full
    # every export of the drawn view carries the evidence in full
    assert export(store, state, drawn, "csv").data == export(store, state, full, "csv").data
    assert export(store, state, drawn, "html").data == export(store, state, full, "html").data


def test_the_source_filter_reads_evidence_so_its_view_is_never_lazy(store):
    state = ViewState.from_params({"focus": "trait:7", "hops": "1"})
    source = next(s for e in subgraph_for(store, state).edges for ev in e.evidence for s in ev.sources)
    filtered = state.with_(sources=frozenset({source}))
    assert subgraph_for(store, filtered, evidence=False) == subgraph_for(store, filtered)
