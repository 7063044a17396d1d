"""Relative IRIs in an upload or a loaded file resolve against its graph IRI (issue 13).

Without a base IRI, 53 valid Turtle, TriG and RDF/XML files of the W3C suites were refused as
syntax errors; these are small hand-written cases of the same, checked to the resolved IRI.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import UploadSyntaxError
from kg.ingest.load import graph_for, load_files
from kg.ingest.upload import check_syntax, check_upload
from kg.store.backends.oxigraph import OxigraphBackend
from kg.store.store import Store

UPLOAD = "https://w3id.org/negkg/graph/upload/"
RDF_XML = (b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
           b'         xmlns:e="https://e.org/">\n  <rdf:Description rdf:ID="a">\n    <e:p rdf:resource="b"/>\n'
           b'  </rdf:Description>\n</rdf:RDF>\n')
CASES = [
    ("coding.ttl", b"<#a> <p> <b> .", (UPLOAD + "coding#a", UPLOAD + "p", UPLOAD + "b")),
    ("coding.trig", b"<g> { <#a> <p> <b> . }", (UPLOAD + "coding#a", UPLOAD + "p", UPLOAD + "b")),
    ("coding.rdf", RDF_XML, (UPLOAD + "coding#a", "https://e.org/p", UPLOAD + "b")),
]


@pytest.mark.parametrize("filename, data, triple", CASES, ids=[c[0] for c in CASES])
def test_an_upload_resolves_relative_iris_against_its_graph(filename, data, triple):
    checked = check_upload(data, filename)
    assert checked.graph == UPLOAD + "coding"
    [t] = ox.parse(checked.data, format=ox.RdfFormat.N_TRIPLES)
    assert (t.subject.value, t.predicate.value, t.object.value) == triple


def test_kg_load_resolves_relative_iris_against_the_files_graph(tmp_path):
    source = tmp_path / "notes" / "coding.ttl"
    source.parent.mkdir()
    source.write_bytes(b"<#a> <p> <b> .\n")
    load_files(tmp_path / "store", [source], ontology=False)
    graph = graph_for(source)
    rows = Store(OxigraphBackend(tmp_path / "store", read_only=True)).backend.select_strings(
        f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    assert rows == [(graph + "#a", graph.rsplit("/", 1)[0] + "/b")]


def test_rdf_xml_errors_give_line_and_column():
    # Oxigraph's RDF/XML parser gives no position; the tag that causes the error is found.
    data = (b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            b'  <rdf:Description rdf:ID="a"/>\n  <rdf:Description rdf:ID="a"/>\n</rdf:RDF>\n')
    with pytest.raises(UploadSyntaxError) as caught:
        check_syntax(data, "twice.rdf")
    assert (caught.value.line, caught.value.column) == (4, 3)
    assert str(caught.value) == (f"twice.rdf, line 4, column 3: <{UPLOAD}twice#a> has already been used as "
                                 "rdf:ID value")


def test_kg_validate_resolves_relative_iris_as_kg_load_does(tmp_path):
    """A file that `kg load` and `kg check` accept is not a syntax error to `kg validate` (it was:
    "line 2, column 1: No scheme found in an absolute IRI")."""
    from kg.ingest.validate import read_graph, validate

    source = tmp_path / "coding.ttl"
    source.write_bytes(b'@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<#a> rdfs:label "A" .\n')
    [(s, _, _)] = read_graph([source])
    assert str(s) == graph_for(source) + "#a"
    assert validate([source]).conforms
