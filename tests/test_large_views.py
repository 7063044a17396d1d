"""Large views: capped views stay exact, summaries and pages lose nothing (kg.aggregate)."""

from __future__ import annotations

import pytest

from kg.aggregate import GROUP, aggregate, page, pages
from kg.errors import KGError
from kg.explore import neighbourhood
from kg.render import standalone_html

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
    assert summary.group_of(EX + "bob") == persons and summary.group_of(EX + "war") is None


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
    view = neighbourhood(store, [TRAIT7], hops=2)
    count = pages(view, 20)
    seen = []
    for number in range(count):
        part = page(view, size=20, number=number)
        assert TRAIT7 in {n.iri for n in part.nodes} and part.total_nodes == len(view.nodes)
        kept = {n.iri for n in part.nodes}
        assert {e.key for e in part.edges} == {e.key for e in view.edges if e.source in kept and e.target in kept}
        seen += [n.iri for n in part.nodes if n.iri != TRAIT7]
    assert sorted(seen) == sorted(n.iri for n in view.nodes if n.iri != TRAIT7)
    with pytest.raises(KGError, match=rf"Page {count + 1} does not exist: the view has {count} page"):
        page(view, size=20, number=count)


def test_unknown_grouping_is_a_sentence(mini):
    with pytest.raises(KGError, match="Cannot aggregate by 'colour'; use one of kind, community"):
        aggregate(neighbourhood(mini, [EX + "war"]), by="colour")
