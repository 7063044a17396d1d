"""Every evidence quote is anchored in the shipped text by W3C Web Annotation selectors."""

from __future__ import annotations

import re

import pytest
import rdflib
from rdflib import Namespace
from rdflib.namespace import RDF

from kg.ingest.anchors import ANCHORS_PATH, anchor_all, generate, sections_of
from kg.ingest.validate import read_graph, validate_graph
from kg.namespaces import NKG, compact
from kg.store.paper import TEXT_IRI, normalise, read_text, repeats, section_spans
from kg.store.store import default_files

OA = Namespace("http://www.w3.org/ns/oa#")


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return read_graph(default_files())


def _selectors(graph: rdflib.Graph, ev) -> dict:
    anchor = graph.value(ev, NKG.anchor)
    out = {"source": graph.value(anchor, OA.hasSource)}
    for sel in graph.objects(anchor, OA.hasSelector):
        for p in (OA.exact, OA.prefix, OA.suffix, OA.start, OA.end):
            if graph.value(sel, p) is not None:
                out[p.fragment] = graph.value(sel, p).toPython()
    return out


def test_anchors_ttl_is_what_the_script_writes_now():
    text, _anchors, failed = generate()
    assert failed == [], [f"{compact(f.evidence)}: {f.reason}" for f in failed]
    assert ANCHORS_PATH.read_text(encoding="utf-8") == text, "data/anchors.ttl is stale: run python -m kg anchors"
    assert generate()[0] == text  # deterministic


def test_every_evidence_node_has_one_anchor(graph):
    evidence = set(graph.subjects(RDF.type, NKG.Evidence))
    assert len(evidence) > 280
    counts = {ev: len(list(graph.objects(ev, NKG.anchor))) for ev in evidence}
    assert [compact(str(ev)) for ev, n in counts.items() if n != 1] == []


def test_each_selector_finds_its_quote_in_exactly_one_place(graph):
    text = read_text()
    spans = {s.iri: s for s in section_spans(text, sections_of(graph))}
    layout = repeats(text)
    wrong = []
    for ev in sorted(graph.subjects(RDF.type, NKG.Evidence)):
        s = _selectors(graph, ev)
        start, end, exact = s["start"], s["end"], s["exact"]
        section = spans[str(graph.value(ev, NKG.inSection))]
        context = s["prefix"] + exact + s["suffix"]
        checks = {
            "source": str(s["source"]) == TEXT_IRI,
            "position": text[start:end] == exact,
            "quote": normalise(exact) == normalise(str(graph.value(ev, NKG.quote))),
            "unique": text.count(context) == 1 and text.find(context) == start - len(s["prefix"]),
            "section": section.start <= start < end <= section.end,
            "body": not any(a <= start < b for a, b in layout),
        }
        if not all(checks.values()):
            wrong.append((compact(str(ev)), [k for k, ok in checks.items() if not ok]))
    assert wrong == []


def test_prefix_and_suffix_disambiguate_a_quote_the_text_repeats(graph):
    ev = rdflib.URIRef("https://w3id.org/negkg/id/evidence/boundlessness--illustrates--trait-2")
    s = _selectors(graph, ev)
    text = read_text()
    assert text.count(s["exact"]) == 2  # the body and its pull-quote
    assert text.count(s["prefix"] + s["exact"] + s["suffix"]) == 1
    assert text.index(s["exact"]) == s["start"]  # the body, not the layout repeat


def _mini(quote: str, section_title: str = "Body") -> rdflib.Graph:
    g = rdflib.Graph()
    ttl = f"""
    @prefix nkg: <https://w3id.org/negkg/ns#> .
    @prefix dcterms: <http://purl.org/dc/terms/> .
    <https://example.org/s0> a nkg:Section ; dcterms:title "Top" ; nkg:order 0 .
    <https://example.org/s1> a nkg:Section ; dcterms:title "{section_title}" ; nkg:order 1 .
    <https://example.org/ev> a nkg:Evidence ; nkg:quote "{quote}" ; nkg:inSection <https://example.org/s1> .
    """
    return g.parse(data=ttl, format="turtle")


TEXT = "Top\n\nIt is so, and it is so.\n\nBody\n\nFirst “it is so”.\nThen it is\nso again, it is so.\n"


def test_a_quote_is_matched_across_line_breaks_and_quote_characters():
    anchors, failed = anchor_all(_mini('First \\"it is so\\".'), TEXT)
    assert failed == [] and anchors[0].exact == "First “it is so”."
    assert TEXT[anchors[0].start:anchors[0].end] == anchors[0].exact


def test_quotes_that_cannot_be_anchored_are_reported_not_guessed():
    _, failed = anchor_all(_mini("it is never so"), TEXT)
    assert [(f.evidence, f.reason) for f in failed] == [("https://example.org/ev", "not in the text")]
    _, failed = anchor_all(_mini("it is so"), TEXT)  # three times in its section
    assert [f.reason for f in failed] == ["found 3 times in its section's body"]
    anchors, failed = anchor_all(_mini("Then it is so"), TEXT)
    assert failed == [] and anchors[0].exact == "Then it is\nso"


def _anchor(start: int, end: int, *, quote: bool = True, text: bool = True) -> rdflib.Graph:
    return rdflib.Graph().parse(format="turtle", data=f"""
    @prefix oa: <http://www.w3.org/ns/oa#> .
    @prefix nkg: <https://w3id.org/negkg/ns#> .
    @prefix dctype: <http://purl.org/dc/dcmitype/> .
    <https://example.org/x> nkg:anchor <https://example.org/a> .
    <https://example.org/a> a oa:SpecificResource ; oa:hasSource <{TEXT_IRI}> ;
        oa:hasSelector [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {end} ] .
    {'<https://example.org/a> oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "so" ] .' if quote else ''}
    {f'<{TEXT_IRI}> a dctype:Text .' if text else ''}
    """)


def _anchor_problems(graph: rdflib.Graph) -> set[str]:
    return {v.message for v in validate_graph(graph).violations if v.focus == "https://example.org/a"}


def test_the_shapes_check_anchors():
    assert _anchor_problems(_anchor(12, 40)) == set()
    assert _anchor_problems(_anchor(40, 12)) == {
        "An anchor needs exactly one oa:TextPositionSelector with one oa:start before one oa:end."}
    assert _anchor_problems(_anchor(12, 40, quote=False)) == {
        "An anchor needs exactly one oa:TextQuoteSelector with one oa:exact and at most one oa:prefix and oa:suffix."}
    assert _anchor_problems(_anchor(12, 40, text=False)) == {
        "An anchor needs exactly one oa:hasSource, the paper's text (a dctype:Text)."}


def test_the_anchors_command_checks_and_writes(tmp_path):
    from tests.test_cli import kg
    done = kg("anchors", "--check")
    counts = re.search(r"Anchored (\d+) of (\d+) evidence quotes", done.stdout)
    assert counts and counts[1] == counts[2] and int(counts[1]) > 280 and "is up to date" in done.stdout
    out = tmp_path / "anchors.ttl"
    assert "is out of date" in kg("anchors", "--check", "--output", str(out), check_code=1).stdout
    assert "written" in kg("anchors", "--output", str(out)).stdout
    assert out.read_text(encoding="utf-8") == ANCHORS_PATH.read_text(encoding="utf-8")
    assert "unchanged" in kg("anchors", "--output", str(out)).stdout
