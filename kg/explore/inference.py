"""RDFS / OWL-RL inferences for a view, drawn apart and explained.

owlrl computes the closure of the view's asserted links plus the ontology's
property axioms; every new link between two nodes of the view becomes an
inferred :class:`~kg.model.Edge` with the rule that yields it (inverse,
symmetric, transitive, sub-property). Inferred edges carry no evidence and
are never written into the store.
"""

from __future__ import annotations

from dataclasses import replace

import owlrl
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.model import Edge, Subgraph
from kg.namespaces import NKG, compact
from kg.store.sparql import query_text
from kg.store.store import Store

__all__ = ["with_inferences", "inferred_edges"]


def _axioms(store: Store) -> Graph:
    graph = Graph()
    for triple in store.construct_text(query_text("property_axioms")):
        graph.add(triple)
    return graph


def inferred_edges(store: Store, sg: Subgraph) -> list[Edge]:
    """New links between nodes of ``sg`` entailed under OWL 2 RL, each with its rule."""
    axioms = _axioms(store)
    graph = Graph()
    graph += axioms
    asserted = {e.key for e in sg.edges if not e.inferred}
    for s, p, o in asserted:
        graph.add((URIRef(s), URIRef(p), URIRef(o)))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(graph)
    nodes = {n.iri for n in sg.nodes}
    out = []
    for s, p, o in sorted(graph.triples((None, None, None))):
        key = (str(s), str(p), str(o))
        if (key in asserted or key[0] not in nodes or key[2] not in nodes or key[0] == key[2]
                or not key[1].startswith(str(NKG))):
            continue
        out.append(Edge(key[0], key[2], key[1], store.property_label(key[1]), (), True,
                        _explain(graph, axioms, asserted, key)))
    return out


def _explain(graph: Graph, axioms: Graph, asserted: set, key: tuple[str, str, str]) -> str:
    s, p, o = key
    P = URIRef(p)
    for q in set(axioms.objects(P, OWL.inverseOf)) | set(axioms.subjects(OWL.inverseOf, P)):
        if (o, str(q), s) in asserted:
            return f"owl:inverseOf (prp-inv): {compact(str(q))} is the inverse of {compact(p)}"
    if (P, RDF.type, OWL.SymmetricProperty) in axioms and (o, p, s) in asserted:
        return f"owl:SymmetricProperty (prp-symp): {compact(p)} is symmetric"
    for q in axioms.subjects(RDFS.subPropertyOf, P):
        if (s, str(q), o) in asserted:
            return f"rdfs:subPropertyOf (prp-spo1): {compact(str(q))} is a sub-property of {compact(p)}"
    if (P, RDF.type, OWL.TransitiveProperty) in axioms:
        for mid in graph.objects(URIRef(s), P):
            if (mid, P, URIRef(o)) in graph:
                return f"owl:TransitiveProperty (prp-trp): {compact(p)} via {compact(str(mid))}"
    # two steps: the inverse of a link that is itself inferred (e.g. claimSupportedBy from an
    # illustratesClaim, through its super-property supportsClaim)
    for q in set(axioms.objects(P, OWL.inverseOf)) | set(axioms.subjects(OWL.inverseOf, P)):
        if (URIRef(o), q, URIRef(s)) in graph:
            return (f"owl:inverseOf (prp-inv): {compact(str(q))} is the inverse of {compact(p)}, "
                    f"and {compact(str(q))} is itself inferred")
    return "OWL 2 RL entailment from the ontology's property axioms"


def with_inferences(store: Store, sg: Subgraph) -> Subgraph:
    """The same view plus its inferred links (marked ``inferred=True``).

    >>> from kg.store.store import open_store
    >>> from kg.explore.neighbourhood import neighbourhood
    >>> s = open_store()
    >>> view = with_inferences(s, neighbourhood(s, ["https://w3id.org/negkg/id/episode/valdai-2014"]))
    >>> any(e.inferred and e.rule.startswith("owl:inverseOf") for e in view.edges)
    True
    """
    return replace(sg, edges=sg.edges + tuple(inferred_edges(store, sg)))
