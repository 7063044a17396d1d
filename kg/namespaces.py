"""Namespaces and prefixes used across the project."""

from __future__ import annotations

import re

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = ["NKG", "ID", "GRAPH", "BIBO", "SCHEMA", "PREFIXES", "sparql_prefixes", "compact", "expand_curie"]

NKG = Namespace("https://w3id.org/negkg/ns#")
ID = Namespace("https://w3id.org/negkg/id/")
GRAPH = Namespace("https://w3id.org/negkg/graph/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
SCHEMA = Namespace("https://schema.org/")

PREFIXES: dict[str, str] = {
    "nkg": str(NKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "foaf": str(FOAF),
    "bibo": str(BIBO),
    "schema": str(SCHEMA),
    "trait": f"{ID}trait/",
    "episode": f"{ID}episode/",
    "actor": f"{ID}actor/",
    "place": f"{ID}place/",
    "concept": f"{ID}concept/",
    "claim": f"{ID}claim/",
    "source": f"{ID}source/",
    "section": f"{ID}section/",
    "ev": f"{ID}evidence/",
    "part": f"{ID}participation/",
    "supp": f"{ID}supplementary/",
    "ref": f"{ID}reference/",
}


def sparql_prefixes() -> str:
    """The PREFIX header shared by every named query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def compact(iri: str) -> str:
    """Shorten an IRI with the project prefixes; leave unknown IRIs whole.

    >>> compact("https://w3id.org/negkg/id/episode/valdai-2014")
    'episode:valdai-2014'
    >>> compact("http://example.org/x")
    'http://example.org/x'
    """
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    if best:
        local = iri[len(PREFIXES[best]):]
        if local and all(c.isalnum() or c in "-_." for c in local):
            return f"{best}:{local}"
    return iri


def expand_curie(text: str) -> str | None:
    """Expand ``prefix:local`` with the project prefixes, or pass an IRI through.

    >>> expand_curie("episode:valdai-2014")
    'https://w3id.org/negkg/id/episode/valdai-2014'
    >>> expand_curie("Valdai") is None
    True
    """
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if re.match(r"^[a-z][a-z0-9+.-]*://\S+$", text, re.I) or text.startswith("urn:"):
        return text
    m = re.match(r"^([A-Za-z][\w-]*):([\w.-]+)$", text)
    if m and m.group(1) in PREFIXES:
        return PREFIXES[m.group(1)] + m.group(2)
    return None
