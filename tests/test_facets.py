"""Facets with counts, their filters, their URL parameters and the table of a view.

Each facet's counts are checked against SPARQL written here, apart from facet_values.rq: the
same entities of the same view, counted by the store.
"""

from __future__ import annotations

from collections import Counter

import pytest

from kg.errors import KGError
from kg.explore.facets import FACETS, facets
from kg.explore.filters import UNKNOWN
from kg.explore.table import COLUMNS, entity_rows, table_csv
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.namespaces import ID

PUTIN = f"{ID}actor/putin"
RUSSIA = f"{ID}actor/russia"

#: What each facet reads, as a SPARQL pattern binding ?v for ?e: written apart from facet_values.rq.
PATTERNS = {
    "trait": "{ ?e nkg:illustrates ?v . ?v a nkg:Trait } UNION { ?e nkg:exceptionTo ?v . ?v a nkg:Trait }"
             " UNION { ?e a nkg:Trait . BIND(?e AS ?v) }",
    "actor": "{ ?e nkg:participant ?v } UNION { ?e nkg:affects ?v } UNION { ?e nkg:participation ?p . ?p nkg:agent ?v }"
             " UNION { ?e a ?c . ?c rdfs:subClassOf* nkg:Actor . BIND(?e AS ?v) }",
    "place": "{ ?e nkg:place ?v } UNION { ?e a nkg:Place . BIND(?e AS ?v) }",
    "precision": "?e nkg:datePrecision ?p . ?p rdfs:label ?v",
    "source": "{ ?ev nkg:subject ?e } UNION { ?ev nkg:object ?e } ?ev nkg:citedSource ?v",
    "claim": "{ ?e nkg:supportsClaim ?v } UNION { ?e nkg:illustratesClaim ?v } UNION { ?e nkg:attacks ?v }"
             " UNION { ?e nkg:rebuts ?v } UNION { ?v nkg:concerns ?e }"
             " UNION { ?e a ?c . ?c rdfs:subClassOf* nkg:Claim . BIND(?e AS ?v) }",
}

VIEWS = [ViewState(), ViewState(focus=("episode:valdai-2014",), hops=2), ViewState(focus=("actor:russia",)),
         ViewState(traits=frozenset({2}), years=(2014, 2025))]


def _described(view, key: str) -> list[str]:
    spec = next(f for f in FACETS if f.key == key)
    return [n.iri for n in view.nodes if spec.kinds is None or n.kind in spec.kinds]


def _sparql_counts(store, iris: list[str], pattern: str) -> tuple[Counter, int]:
    block = " ".join(f"<{i}>" for i in iris)
    prefixes = "PREFIX nkg: <https://w3id.org/negkg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    rows = store.select_text(prefixes + f"SELECT ?v (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?e {{ {block} }} "
                             f"{pattern} }} GROUP BY ?v").dicts()
    counts = Counter({str(r["v"]): int(r["n"]) for r in rows})
    none = store.select_text(prefixes + f"SELECT (COUNT(?e) AS ?n) WHERE {{ VALUES ?e {{ {block} }} "
                             f"FILTER NOT EXISTS {{ {pattern} }} }}").dicts()
    return counts, int(none[0]["n"])


@pytest.mark.parametrize("state", VIEWS, ids=["overview", "valdai-2hops", "russia", "trait2-2014"])
def test_facet_counts_match_sparql_counts_of_the_same_view(memory_store, state):
    view = subgraph_for(memory_store, state)
    found = {f.key: f for f in facets(memory_store, view)}
    for key, pattern in PATTERNS.items():
        iris = _described(view, key)
        counts, none = _sparql_counts(memory_store, iris, pattern)
        assert {v.value: v.count for v in found[key].values} == dict(counts), key
        assert found[key].unknown == none, key
        assert found[key].described == len(iris), key
    assert {v.value: v.count for v in found["kind"].values} == Counter(n.kind for n in view.nodes)


def test_some_values_are_unknown_and_counted_apart(memory_store):
    found = {f.key: f for f in facets(memory_store, subgraph_for(memory_store, ViewState()))}
    assert found["place"].unknown > 0 and found["claim"].unknown > 0
    assert found["place"].count(UNKNOWN) == found["place"].unknown
    assert found["period"].values[0].label.endswith("0s")


def test_choosing_an_actor_keeps_the_episodes_it_counted(memory_store):
    counted = {f.key: f for f in facets(memory_store, subgraph_for(memory_store, ViewState()))}["actor"]
    narrowed = subgraph_for(memory_store, ViewState(actors=frozenset({"actor:putin"})))
    episodes = [n.iri for n in narrowed.nodes if n.kind == "episode"]
    assert len(episodes) == counted.count(PUTIN) > 0
    for iri in episodes:
        assert memory_store.ask_text(
            "PREFIX nkg: <https://w3id.org/negkg/ns#> ASK { "
            f"{{ <{iri}> nkg:participant <{PUTIN}> }} UNION {{ <{iri}> nkg:affects <{PUTIN}> }} "
            f"UNION {{ <{iri}> nkg:participation/nkg:agent <{PUTIN}> }} }}")
    whole = subgraph_for(memory_store, ViewState())
    assert len(narrowed.nodes) < len(whole.nodes)
    assert {n.iri for n in narrowed.nodes} <= {n.iri for n in whole.nodes}


def test_unknown_keeps_the_episodes_without_a_place(memory_store):
    counted = {f.key: f for f in facets(memory_store, subgraph_for(memory_store, ViewState()))}["place"]
    narrowed = subgraph_for(memory_store, ViewState(places=frozenset({UNKNOWN})))
    episodes = [n.iri for n in narrowed.nodes if n.kind == "episode"]
    assert len(episodes) == counted.unknown
    block = " ".join(f"<{i}>" for i in episodes)
    assert not memory_store.ask_text(
        f"PREFIX nkg: <https://w3id.org/negkg/ns#> ASK {{ VALUES ?e {{ {block} }} ?e nkg:place ?p }}")


def test_facet_filters_compose_and_each_narrows(memory_store):
    both = ViewState(precisions=frozenset({"day"}), actors=frozenset({"actor:russia"}))
    one = subgraph_for(memory_store, both.with_(actors=frozenset()))
    two = subgraph_for(memory_store, both)
    days = {n.iri for n in one.nodes if n.kind == "episode"}
    assert {n.iri for n in two.nodes if n.kind == "episode"} <= days
    counted = {f.key: f for f in facets(memory_store, one)}["actor"]
    assert len([n for n in two.nodes if n.kind == "episode"]) == counted.count(RUSSIA)


@pytest.mark.parametrize("params", [
    {"actor": "actor:putin,unknown", "place": "place:sochi", "precision": "day,ongoing", "claim": "unknown"},
    {"layout": "linked", "view": "table", "years": "2014-2025", "sel": "episode:valdai-2014"},
])
def test_facet_parameters_round_trip(params):
    state = ViewState.from_params(params)
    assert ViewState.from_params(state.to_params()) == state
    assert state.to_params() == {k: ",".join(sorted(v.split(","))) for k, v in params.items()}


@pytest.mark.parametrize("params, words", [
    ({"precision": "week"}, "Unknown date precision(s) week"),
    ({"actor": "not a curie"}, "'not a curie' is not an IRI"),
    ({"layout": "grid"}, "Unknown layout 'grid'"),
    ({"view": "tables"}, "Unknown view 'tables'"),
])
def test_a_bad_facet_value_is_a_sentence(params, words):
    with pytest.raises(KGError, match=words.replace("(", r"\(").replace(")", r"\)")):
        ViewState.from_params(params)


def test_the_table_has_a_row_per_entity_of_the_view(memory_store):
    view = subgraph_for(memory_store, ViewState(focus=("episode:riyadh-2025",)))
    rows = entity_rows(memory_store, view)
    assert [r.iri for r in rows] == [n.iri for n in view.nodes]
    riyadh = next(r for r in rows if r.iri.endswith("riyadh-2025"))
    assert riyadh.places == ("Riyadh",) and riyadh.traits and riyadh.date
    quotes = {ev.iri for e in view.edges if riyadh.iri in (e.source, e.target) for ev in e.evidence}
    assert riyadh.evidence == len(quotes) > 0
    text = table_csv(rows).splitlines()
    assert text[0] == ",".join(COLUMNS) and len(text) == len(rows) + 1


def test_the_cli_prints_the_same_counts_and_filters_by_facet(memory_store, capsys):
    import io

    from kg.cli.main import main
    out = io.StringIO()
    assert main(["facets", "--actor", "actor:putin"], out) == 0
    lines = [line.split("\t") for line in out.getvalue().splitlines()]
    view = subgraph_for(memory_store, ViewState(actors=frozenset({PUTIN})))
    found = {f.key: f for f in facets(memory_store, view)}
    assert ["kind", str(found["kind"].count("episode")), "episode", "Episodes"] in lines
    assert ["actor", str(found["actor"].count(PUTIN)), "actor:putin", "Vladimir Putin"] in lines
    assert main(["facets", "--precision", "week"], io.StringIO()) == 1
    assert "Unknown date precision(s) week" in capsys.readouterr().err
