"""RDF exports: they re-parse to exactly the exported subgraph, and never mix in inferred links."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from export_support import MINI_STATE, mini_store, mini_store_files, mini_view  # noqa: F401
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.export import naming
from kg.export import rdf as export_rdf
from kg.model import Edge
from kg.namespaces import ID, NKG

SOURCE = f"{ID}source/"
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning")  # rdflib internals


@pytest.fixture(scope="module")
def vd(mini_store, mini_view):
    return export_rdf.dataset(mini_store, mini_view, MINI_STATE)


def _parse_dataset(data: bytes, fmt: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=data, format=fmt)
    return ds


@pytest.mark.parametrize("writer,fmt", [(export_rdf.turtle, "turtle"), (export_rdf.ntriples, "nt")])
def test_triples_formats_reparse_to_the_asserted_union(vd, writer, fmt):
    parsed = Graph().parse(data=writer(vd), format=fmt)
    assert len(parsed) == len(vd.union()) > 50
    assert isomorphic(parsed, vd.union())


@pytest.mark.parametrize("writer,fmt", [(export_rdf.trig, "trig"), (export_rdf.nquads, "nquads"),
                                        (export_rdf.jsonld, "json-ld")])
def test_dataset_formats_reparse_graph_by_graph(vd, writer, fmt):
    parsed = _parse_dataset(writer(vd), fmt)
    expected = vd.to_dataset()
    names = {g.identifier for g in parsed.graphs() if len(g)} - {parsed.default_graph.identifier}
    assert names == {vd.names[p] for p in ("links", "evidence", "sources")}
    for part in naming.PARTS:
        assert isomorphic(parsed.graph(vd.names[part]), expected.graph(vd.names[part])), part
    assert isomorphic(parsed.default_graph, expected.default_graph)


def test_links_graph_holds_the_drawn_links_and_node_descriptions(vd, mini_view):
    links = vd.graphs["links"]
    for edge in mini_view.edges:
        assert (URIRef(edge.source), URIRef(edge.predicate), URIRef(edge.target)) in links
    for node in mini_view.nodes:
        assert (URIRef(node.iri), RDF.type, None) in links
        assert any(str(o) == node.label for o in links.objects(URIRef(node.iri), None))
    drawn = {URIRef(n.iri) for n in mini_view.nodes}
    assert set(links.subjects()) == drawn


def test_evidence_graph_holds_quotes_sections_and_sources(vd, mini_view):
    evidence = vd.graphs["evidence"]
    for ev in mini_view.evidence:
        assert (URIRef(ev.iri), NKG.quote, Literal(ev.quote)) in evidence
        assert (URIRef(ev.iri), NKG.inSection, URIRef(ev.section)) in evidence
        for source in ev.sources:
            assert (URIRef(ev.iri), NKG.citedSource, URIRef(source)) in evidence
    assert (URIRef(f"{ID}section/trait-6"), NKG.order, None) in evidence


def test_sources_graph_is_exactly_the_bibliography(vd):
    sources = set(vd.graphs["sources"].subjects(RDF.type, NKG.Source))
    assert sources == {URIRef(SOURCE + s) for s in ("sondergaard-2025", "valdai-2014", "ischinger-2018")}
    # author lists survive, with their order
    authors = vd.graphs["sources"]
    lists = list(authors.objects(URIRef(SOURCE + "ischinger-2018"), URIRef("http://purl.org/ontology/bibo/authorList")))
    assert len(lists) == 1
    assert authors.value(lists[0], RDF._1) == URIRef(f"{ID}actor/ischinger")
    assert authors.value(lists[0], RDF._2) == URIRef(f"{ID}actor/cornelsen")


def test_inferred_links_only_in_their_own_graph(mini_store, mini_view):
    inferred = Edge(f"{ID}trait/6", f"{ID}episode/valdai-2014", f"{NKG}illustratedBy", "illustrated by",
                    inferred=True, rule="owl:inverseOf nkg:illustrates")
    view = replace(mini_view, edges=mini_view.edges + (inferred,))
    vd = export_rdf.dataset(mini_store, view, MINI_STATE)
    triple = (URIRef(inferred.source), URIRef(inferred.predicate), URIRef(inferred.target))
    assert set(vd.graphs["inferred"]) == {triple}
    assert all(triple not in vd.graphs[p] for p in export_rdf.ASSERTED)
    ttl = export_rdf.turtle(vd)
    assert triple not in Graph().parse(data=ttl, format="turtle")
    assert b"1 inferred link(s) are NOT in this file" in ttl
    parsed = _parse_dataset(export_rdf.trig(vd), "trig")
    assert set(parsed.graph(vd.names["inferred"])) == {triple}
    comment = str(parsed.default_graph.value(vd.names["inferred"], URIRef("http://www.w3.org/2000/01/rdf-schema#comment")))
    assert comment.startswith("INFERRED")


def test_jsonld_context_is_inline(vd):
    doc = json.loads(export_rdf.jsonld(vd))
    assert isinstance(doc["@context"], dict)
    assert doc["@context"]["nkg"] == str(NKG)
    assert not any(isinstance(v, str) and k == "@context" for k, v in _walk(doc))


def _walk(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


def test_graph_names_encode_the_view():
    names = naming.graph_names(MINI_STATE)
    assert str(names["evidence"]) == "https://w3id.org/negkg/graph/view/evidence?focus=episode%3Avaldai-2014&hops=2"
    other = naming.graph_names(replace(MINI_STATE, view="timeline", selected="episode:valdai-2014"))
    assert other == names  # the tab and the selection do not change the subgraph


@pytest.mark.parametrize("writer", [export_rdf.turtle, export_rdf.trig, export_rdf.nquads, export_rdf.jsonld,
                                    export_rdf.ntriples])
def test_same_view_of_a_fresh_store_gives_the_same_bytes(vd, writer):
    """Blank nodes get new ids at every load; the files must not change."""
    from kg.explore.views import subgraph_for
    store = mini_store_files()
    again = export_rdf.dataset(store, subgraph_for(store, MINI_STATE), MINI_STATE)
    assert writer(again) == writer(vd)


def test_multiline_literals_survive_trig(mini_store, mini_view):
    vd = export_rdf.dataset(mini_store, mini_view, MINI_STATE)
    odd = (URIRef("urn:x:a"), URIRef("urn:x:b"), Literal("line one\n@prefix x: <y> .\n    indented"))
    vd.graphs["links"].add(odd)
    parsed = _parse_dataset(export_rdf.trig(vd), "trig")
    assert odd in parsed.graph(vd.names["links"])
    assert isomorphic(parsed.graph(vd.names["links"]), vd.graphs["links"])
