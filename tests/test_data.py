"""The curated data: complete by the SHACL shapes, verbatim, consistent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from kg.ingest.validate import read_graph, validate
from kg.namespaces import ID, NKG, compact
from kg.store.store import ROOT, default_files
from tests.conftest import FIXTURES

DATA = sorted((ROOT / "data").glob("*.ttl"))


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return read_graph(default_files())


def normalise(text: str) -> str:
    """Whitespace-normalised, without the extraction's Markdown emphasis and footnote digits."""
    return " ".join(re.sub(r"[*¹²³⁴⁵⁶⁷⁸⁹⁰]", "", text).split())


def test_data_conforms_to_the_shapes():
    report = validate()
    assert report.conforms, report.text()


def test_known_bad_records_fail_with_the_expected_messages():
    report = validate([FIXTURES / "bad_records.ttl"])
    assert not report.conforms
    found = {(compact(v.focus), v.message) for v in report.violations}
    bad = "https://example.org/bad/"
    expected = {
        (bad + "undated-episode", "An episode needs exactly one nkg:datePrecision (day, month, year, decade, period or ongoing)."),
        (bad + "undated-episode", "An episode needs at least one nkg:participant or nkg:place."),
        (bad + "undated-episode", "Episode has no evidence-backed link to a trait (nkg:illustrates or nkg:exceptionTo with an nkg:Evidence node), neither itself nor the episode it is part of."),
        (bad + "weak-evidence", "Evidence needs exactly one verbatim nkg:quote."),
        (bad + "weak-evidence", "Evidence needs at least one nkg:citedSource that is an nkg:Source (the paper itself counts)."),
        (bad + "undated-source", "A cited source needs its dcterms:date (only external references may give nkg:accessedOn instead)."),
    }
    assert expected <= found
    assert any(v.focus == bad + "wrong-precision" and "does not match its precision" in v.message
               for v in report.violations)
    assert "[Violation] https://example.org/bad/weak-evidence nkg:quote" in report.text()


def test_every_quote_summary_and_definition_is_verbatim(graph, paper_text):
    paper = normalise(paper_text)
    checked, missing = 0, []
    for prop in (NKG.quote, NKG.summary, SKOS.definition, NKG.citationText):
        for subject, value in graph.subject_objects(prop):
            if str(subject).startswith(str(ID)) or prop == NKG.quote:
                checked += 1
                if normalise(str(value)) not in paper:
                    missing.append((compact(str(subject)), str(value)[:80]))
    assert checked > 300 and missing == []


def test_roles_are_the_papers_words_unless_marked_supplementary(graph, paper_text):
    paper = normalise(paper_text)
    supplementary = {(s, p, o) for f in graph.subjects(RDF.type, NKG.SupplementaryFact)
                     for s, p, o in [(graph.value(f, RDF.subject), graph.value(f, RDF.predicate),
                                      graph.value(f, RDF.object))]}
    wrong = []
    for prop in (NKG.role, NKG.roleDescription):
        for s, o in graph.subject_objects(prop):
            if (s, prop, o) not in supplementary and normalise(str(o)) not in paper:
                wrong.append((compact(str(s)), str(o)))
    assert wrong == []


def test_evidence_iris_name_the_link_they_back(graph):
    def local(iri) -> str:
        iri = str(iri)
        return "trait-" + iri.rsplit("/", 1)[-1] if "/trait/" in iri else re.split(r"[/#]", iri)[-1]

    wrong = []
    for ev in graph.subjects(RDF.type, NKG.Evidence):
        base = "--".join(local(graph.value(ev, p)) for p in (NKG.subject, NKG.predicate, NKG.object))
        name = str(ev).rsplit("/", 1)[-1]
        if not re.fullmatch(re.escape(base) + r"(-\d+)?", name):
            wrong.append(name)
    assert wrong == []


def test_local_names_are_unique_across_namespaces(graph):
    seen: dict[str, str] = {}
    clashes = []
    for s in set(graph.subjects()):
        iri = str(s)
        if not iri.startswith(str(ID)) or (s, RDF.type, SKOS.ConceptScheme) in graph:
            continue
        local = iri.rsplit("/", 1)[-1]
        if "/trait/" in iri or "/evidence/" in iri:
            continue
        if local in seen and seen[local] != iri:
            clashes.append((seen[local], iri))
        seen[local] = iri
    assert clashes == []


def test_every_referenced_entity_is_defined(graph):
    undefined = set()
    for s, p, o in graph:
        for node in (s, o):
            if isinstance(node, rdflib.URIRef) and str(node).startswith(str(ID)):
                if graph.value(node, RDF.type) is None:
                    undefined.add(compact(str(node)))
    assert undefined == set()


def test_data_files_parse_and_declare_their_concern():
    assert {p.name for p in DATA} >= {"paper.ttl", "traits.ttl", "episodes.ttl", "actors.ttl", "places.ttl",
                                      "concepts.ttl", "claims.ttl", "sources.ttl", "supplementary.ttl"}
    for path in DATA:
        text = Path(path).read_text(encoding="utf-8")
        assert re.search(r"^# \S", text, re.M), f"{path.name} has no header comment"


def test_every_entity_has_one_label(graph):
    from kg.kinds import ENTITY_CLASSES
    entities = {s for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, rdflib.URIRef(cls))}
    assert len(entities) > 150
    assert [compact(str(e)) for e in entities if len(list(graph.objects(e, RDFS.label))) != 1] == []
