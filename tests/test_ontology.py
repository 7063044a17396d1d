"""The ontology documents itself and declares what views navigate."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import NKG
from kg.store.store import ROOT

ONTOLOGY = ROOT / "ontology" / "negkg.ttl"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY)


def _terms(onto: Graph, kind) -> list[URIRef]:
    return sorted(s for s in onto.subjects(RDF.type, kind) if str(s).startswith(str(NKG)))


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_every_term_has_label_and_comment(onto, kind):
    terms = _terms(onto, kind)
    assert terms, f"no {kind} in the ontology"
    missing = [t for t in terms if onto.value(t, RDFS.label) is None or onto.value(t, RDFS.comment) is None]
    assert missing == []


@pytest.mark.parametrize("kind", [OWL.ObjectProperty, OWL.DatatypeProperty])
def test_every_property_has_domain_and_range(onto, kind):
    missing = [p for p in _terms(onto, kind)
               if onto.value(p, RDFS.domain) is None or onto.value(p, RDFS.range) is None]
    assert missing == []


def test_navigated_links_have_inverses(onto):
    evidenced = set(onto.subjects(RDF.type, NKG.EvidencedProperty))
    without = [p for p in evidenced
               if (p, OWL.inverseOf, None) not in onto and (None, OWL.inverseOf, p) not in onto
               and (p, RDF.type, OWL.SymmetricProperty) not in onto and p != NKG.relatesToTrait]
    assert without == []


def test_standard_vocabularies_are_reused(onto):
    parents = {str(o) for o in onto.objects(None, RDFS.subClassOf)} | {
        str(o) for o in onto.objects(None, RDFS.subPropertyOf)}
    for vocabulary in ("http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/",
                       "http://www.w3.org/2004/02/skos/core#", "http://xmlns.com/foaf/0.1/",
                       "http://purl.org/ontology/bibo/", "https://schema.org/"):
        assert any(p.startswith(vocabulary) for p in parents), vocabulary


def test_date_precisions_cover_day_to_decade(onto):
    precisions = {str(s).rsplit("#", 1)[-1] for s in onto.subjects(RDF.type, NKG.DatePrecision)}
    assert {"DayPrecision", "MonthPrecision", "YearPrecision", "DecadePrecision"} <= precisions
