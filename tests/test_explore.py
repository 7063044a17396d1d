"""Search, neighbourhoods, filters, paths and layouts on small fixture graphs and the real data."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.draw.layout import positions
from kg.errors import AmbiguousName, KGError, NotFound
from kg.explore.filters import Filters
from kg.explore.neighbourhood import induced, neighbourhood, overview
from kg.explore.paths import shortest_paths
from kg.explore.search import resolve, search
from kg.store.store import ROOT, open_store
from tests.conftest import FIXTURES, MINI

EX = "https://example.org/mini/"


def test_neighbourhood_hop_by_hop(mini):
    one = neighbourhood(mini, [EX + "talks"], hops=1)
    assert {n.iri for n in one.nodes} == {EX + "talks", EX + "t1", EX + "alice", EX + "city"}
    two = neighbourhood(mini, [EX + "talks"], hops=2)
    assert {n.iri for n in two.nodes} == {EX + "talks", EX + "t1", EX + "alice", EX + "city", EX + "war",
                                           EX + "state"}
    zero = neighbourhood(mini, [EX + "talks"], hops=0)
    assert [n.iri for n in zero.nodes] == [EX + "talks"] and not zero.edges


def test_every_edge_carries_its_evidence_and_citations(mini):
    view = neighbourhood(mini, [EX + "talks"], hops=1)
    edge = next(e for e in view.edges if e.target == EX + "t1")
    assert [ev.quote for ev in edge.evidence] == ["The talks show the trait."]
    assert edge.evidence[0].section_title == "Section one"
    assert {c.title for c in view.citations} == {"The mini paper"}


def test_links_among_the_outermost_nodes_are_included(mini):
    view = neighbourhood(mini, [EX + "bob"], hops=1)
    assert {n.iri for n in view.nodes} == {EX + "bob", EX + "war", EX + "state"}
    assert (EX + "war", "https://w3id.org/negkg/ns#affects", EX + "state") in {e.key for e in view.edges}


def test_filters_by_kind_year_trait_and_source(mini):
    everything = neighbourhood(mini, [EX + "t1"], hops=2)
    episodes = neighbourhood(mini, [EX + "t1"], hops=2, filters=Filters(kinds=frozenset({"episode"})))
    assert {n.kind for n in episodes.nodes} == {"episode", "trait"}
    old = neighbourhood(mini, [EX + "t1"], hops=2, filters=Filters(years=(1900, 1950)))
    assert EX + "war" in {n.iri for n in old.nodes} and EX + "talks" not in {n.iri for n in old.nodes}
    assert EX + "city" not in {n.iri for n in old.nodes}  # only linked through the dropped episode
    by_source = neighbourhood(mini, [EX + "t1"], hops=2, filters=Filters(sources=frozenset({EX + "report"})))
    assert {e.key for e in by_source.edges} < {e.key for e in everything.edges}
    assert all(EX + "report" in ev.sources for e in by_source.edges for ev in e.evidence)


def test_trait_filter_keeps_what_links_to_the_trait(store):
    view = overview(store, filters=Filters(traits=frozenset({4})))
    assert {n.iri.rsplit("/", 1)[-1] for n in view.nodes if n.kind == "trait"} == {"4"}
    assert "https://w3id.org/negkg/id/episode/ischinger-mamedov-1990s" in {n.iri for n in view.nodes}


def test_node_cap_keeps_the_focus_and_reports_the_total(store):
    view = neighbourhood(store, ["https://w3id.org/negkg/id/trait/7"], hops=2, max_nodes=10)
    assert len(view.nodes) == 10 and view.total_nodes > 10
    assert "https://w3id.org/negkg/id/trait/7" in {n.iri for n in view.nodes}


def test_shortest_paths_are_all_the_shortest(mini):
    paths, view = shortest_paths(mini, EX + "alice", EX + "bob")
    assert {p.nodes for p in paths} == {(EX + "alice", EX + "state", EX + "bob")}  # not the 3-link way via war
    assert view.highlight == {e.key for p in paths for e in p.edges}


def test_paths_report_unreachable_and_same_entity(mini):
    with pytest.raises(NotFound, match="No path of at most 6 links"):
        shortest_paths(mini, EX + "alice", EX + "island")
    with pytest.raises(KGError, match="two different entities"):
        shortest_paths(mini, EX + "alice", EX + "alice")


def test_views_and_paths_do_not_pass_through_what_cannot_be_drawn():
    # A link to an IRI without a kind (another dataset's) is not drawn, so neither a
    # neighbourhood nor a path may reach past it: what lies beyond would float unconnected.
    store = open_store(files=MINI + [FIXTURES / "untyped_link.ttl"])
    view = neighbourhood(store, [EX + "landing"], hops=3)
    assert {n.iri for n in view.nodes} == {EX + "landing", EX + "island"}
    linked = {end for e in view.edges for end in (e.source, e.target)}
    assert {n.iri for n in view.nodes} <= linked  # no node cut off from the focus
    for end in ("raid", "bob"):  # both only through the undescribed IRI
        with pytest.raises(NotFound, match="No path"):
            shortest_paths(store, EX + "landing", EX + end)


def test_unknown_focus_and_bad_hops_are_sentences(mini):
    with pytest.raises(NotFound, match="No entity <https://example.org/mini/nothing>"):
        neighbourhood(mini, [EX + "nothing"])
    with pytest.raises(KGError, match="hops must be between 0 and 3"):
        neighbourhood(mini, [EX + "talks"], hops=4)


def test_induced_subgraph_of_query_results(mini):
    view = induced(mini, [EX + "talks", EX + "alice", EX + "t1"])
    assert {e.key[1].rsplit("#", 1)[-1] for e in view.edges} == {"participant", "illustrates"}


def test_search_folds_case_accents_and_script(mini):
    assert [h.iri for h in search(mini, "ALICE")][:1] == [EX + "alice"]
    assert [h.iri for h in search(mini, "sondergard")] == []
    assert [h.iri for h in search(mini, "søren")] == [EX + "bob"]  # altLabel "Søren"
    assert [h.iri for h in search(mini, "СЕРГЕЙ")] == [EX + "bob"]  # altLabel "Сергей"
    assert search(mini, "(") == [] and search(mini, "   ") == []


def test_search_ranks_whole_name_then_whole_words_then_word_starts_then_anywhere_then_all_words(mini, store):
    assert [h.label for h in search(mini, "war")] == ["War", "Hybrid warfare"]
    assert [(h.label, h.score) for h in search(mini, "WARFARE hybrid")] == [("Hybrid warfare", 4)]  # every backend
    assert [h.label for h in search(store, "putin")][:2] == ["Vladimir Putin", "Trump-Putin summit in Alaska (August 2025)"]
    assert [h.label for h in search(store, "russ", kinds=("state",))] == ["Russia"]
    assert [h.score for h in search(store, "ssia", kinds=("state",))][:1] == [3]
    assert [h.label for h in search(store, "valdai 2014", kinds=("episode",))] == [
        "Putin's speech at the Valdai Conference in Sochi (2014)"]
    with pytest.raises(KGError, match="Unknown entity kind"):
        search(store, "x", kinds=("bogus",))


@pytest.mark.parametrize("traits", [{0}, {100}, {"6. Zero-sum thinking · 3"}, {6.5}])
def test_a_trait_filter_takes_whole_numbers_and_says_what_it_got(traits):
    """A label sent in place of a number is refused as a sentence, not a TypeError."""
    with pytest.raises(KGError, match=r"Trait numbers must be whole numbers from 1 to 99; got "):
        Filters(traits=frozenset(traits))
    assert Filters(traits=frozenset({1, 7})).traits == {1, 7}


def test_every_word_search_finds_a_name_among_hundreds_that_share_its_longest_word(tmp_path):
    lines = [f'<urn:x:{i}> a <https://w3id.org/negkg/ns#Concept> ; '
             f'<http://www.w3.org/2000/01/rdf-schema#label> "Item {i} and the question" .' for i in range(400)]
    lines.append('<urn:x:m> a <https://w3id.org/negkg/ns#Concept> ; '
                 '<http://www.w3.org/2000/01/rdf-schema#label> "Osdovlav and the Mirpol question" .')
    (tmp_path / "many.ttl").write_text("\n".join(lines) + "\n")
    store = open_store(files=[ROOT / "ontology" / "negkg.ttl", tmp_path / "many.ttl"])
    for text in ("question mirpol", "mirpol question osdovlav", "QUESTION  Mirpol"):
        assert [h.iri for h in search(store, text, limit=5)] == ["urn:x:m"], text


def test_resolve_names_curies_and_ambiguity(mini, store):
    assert resolve(mini, "Alice") == EX + "alice"
    assert resolve(store, "episode:valdai-2014").endswith("/valdai-2014")
    with pytest.raises(AmbiguousName, match="matches 3 entities"):
        resolve(store, "deterrence")


def test_a_name_that_fits_several_entities_lists_them_with_their_kinds(store):
    """'Portsmouth' is the city's whole name and whole words of the 1905 talks: resolve does not guess."""
    with pytest.raises(AmbiguousName) as caught:
        resolve(store, "Portsmouth")
    assert "Portsmouth [place] <https://w3id.org/negkg/id/place/portsmouth>" in str(caught.value)
    assert "Peace talks at Portsmouth, New Hampshire (1905) [episode]" in str(caught.value)
    assert resolve(store, "Vladimir Putin").endswith("/actor/putin")
    assert resolve(store, "Lavrov").endswith("/actor/lavrov")
    with pytest.raises(NotFound, match="No entity with the IRI"):
        resolve(store, "episode:nope")


def test_layout_is_the_same_in_another_process(store):
    view = neighbourhood(store, ["https://w3id.org/negkg/id/episode/valdai-2014"], hops=2)
    here = {k: list(v) for k, v in positions(view).items()}
    code = ("import json; from kg.store.store import open_store; from kg.explore.neighbourhood import neighbourhood; "
            "from kg.draw.layout import positions; s = open_store(); "
            "v = neighbourhood(s, ['https://w3id.org/negkg/id/episode/valdai-2014'], hops=2); "
            "print(json.dumps({k: list(p) for k, p in positions(v).items()}))")
    there = json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                                      text=True, check=True).stdout)
    assert here == there


def test_a_claims_attacks_and_supports_are_drawn_with_their_evidence(store):
    from kg.draw.style import edge_style
    belief = "https://w3id.org/negkg/id/claim/belief-sit-down-at-a-table"
    view = neighbourhood(store, [belief], hops=1)
    kinds = {e.predicate.rsplit("#", 1)[-1] for e in view.edges if e.target == belief}
    assert {"attacks", "rebuts"} <= kinds
    assert all(e.evidence and all(ev.quote for ev in e.evidence) for e in view.edges if e.target == belief)
    thesis = neighbourhood(store, ["https://w3id.org/negkg/id/claim/thesis-power-patience-prestige"], hops=1)
    assert sum(e.predicate.endswith("#supportsClaim") for e in thesis.edges) >= 7
    attack, support = edge_style("x#attacks"), edge_style("x#supportsClaim")
    assert attack["dashes"] and not support.get("dashes") and attack["color"] != support["color"]


def test_the_detail_panel_lists_a_claims_attackers_with_their_quotes(store):
    from kg.explore.describe import describe
    entity = describe(store, "https://w3id.org/negkg/id/claim/belief-sit-down-at-a-table")
    attacks = {(link.predicate.rsplit("#", 1)[-1], link.other.rsplit("/", 1)[-1]): link.evidence
               for link in entity.links if not link.outgoing}
    assert set(attacks) >= {("rebuts", "thesis-power-patience-prestige"), ("attacks", "recommend-realism")}
    assert any("But that is not how Russia operates." in ev.quote for ev in attacks["rebuts", "thesis-power-patience-prestige"])
