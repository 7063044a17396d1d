"""Hostile and broken uploads: each refused with the exact kind of error, the store left as it was.

The corpus is the files in ``tests/fixtures/hostile/`` plus inputs generated
here (too big, too deep, pointing at the canary). Every case goes through the
real :func:`kg.ingest.upload.accept_upload` on the real store (ontology and data).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
import pytest
from canary import canary  # noqa: F401 (fixture)

from kg.errors import UploadInvalid, UploadRefused, UploadSyntaxError
from kg.ingest.upload import (
    DEFAULT_MAX_UPLOAD_BYTES,
    MAX_LITERAL_CHARS,
    accept_upload,
    check_upload,
    remove_upload,
    upload_graph,
    uploads,
)
from kg.store.store import default_files, open_store

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
UPLOAD = Path(__file__).parent / "fixtures" / "upload"
RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/"'


@dataclass(frozen=True)
class Case:
    id: str
    filename: str
    data: Callable[[str], bytes]  # canary URL -> the bytes
    error: type
    words: str  # a regular expression the message must match
    line: int | None = None
    column: int | None = None


def fixture(name: str) -> Callable[[str], bytes]:
    return lambda url: (HOSTILE / name).read_bytes()


def text(value: str) -> Callable[[str], bytes]:
    return lambda url: value.replace("{canary}", url).encode("utf-8")


def _deep_turtle(depth: int, open_: str = "[ <http://e/p> ", close: str = " ]") -> bytes:
    return ("<http://e/a> <http://e/p> " + open_ * depth + "1" + close * depth + " .\n").encode()


def _deep_xml(depth: int) -> bytes:
    nested = "<e:p><rdf:Description>" * depth + "<e:q>1</e:q>" + "</rdf:Description></e:p>" * depth
    return f'<rdf:RDF {RDF}><rdf:Description rdf:about="http://e/a">{nested}</rdf:Description></rdf:RDF>'.encode()


def _deep_json(depth: int) -> bytes:
    return ('{"@id": "http://e/a", ' + '"http://e/p": {' * depth + '"@value": "x"' + "}" * depth + "}").encode()


CASES = [
    # -- size, encoding, binary, emptiness -------------------------------------------------
    Case("empty", "empty.ttl", fixture("empty.ttl"), UploadRefused, r"^empty\.ttl is empty: there is nothing"),
    Case("comments-only", "comments-only.ttl", fixture("comments-only.ttl"), UploadRefused,
         r"parses but contains no triples"),
    Case("too-large", "big.nt", lambda url: b"#" * (DEFAULT_MAX_UPLOAD_BYTES + 1), UploadRefused,
         r"^big\.nt is 50\.0 MB; the upload limit is 50 MB\. Split it into smaller files"),
    Case("binary-png", "image.ttl", fixture("image.ttl"), UploadRefused,
         r"not a text file \(it contains a NUL byte at byte offset 8\)"),
    Case("nul-inside", "nul-inside.nt", fixture("nul-inside.nt"), UploadRefused,
         r"NUL byte at byte offset 28"),
    Case("utf-16", "utf16.ttl", fixture("utf16.ttl"), UploadRefused, r"encoded as UTF-16, not UTF-8; save it as"),
    Case("invalid-utf8-mid-file", "latin1-mid-file.ttl", fixture("latin1-mid-file.ttl"), UploadSyntaxError,
         r"invalid UTF-8 \(byte 0xe9 at byte offset 100\)", 3, 20),
    Case("unknown-extension", "notes.txt", fixture("notes.txt"), UploadRefused,
         r"has extension '\.txt'; upload one of \.jsonld, \.nq, \.nt"),
    # -- syntax errors at known places -------------------------------------------------------
    Case("undeclared-prefix", "undeclared-prefix.ttl", fixture("undeclared-prefix.ttl"), UploadSyntaxError,
         r"The prefix rdfs: has not been declared", 6, 5),
    Case("missing-dot", "missing-dot.ttl", fixture("missing-dot.ttl"), UploadSyntaxError,
         r"A dot is expected", 3, 1),
    Case("literal-as-graph-name", "literal-graph.nq", fixture("literal-graph.nq"), UploadSyntaxError,
         r"must be an IRI or a blank node", 2, 31),
    Case("json-trailing-comma", "trailing-comma.jsonld", fixture("trailing-comma.jsonld"), UploadSyntaxError,
         r"not valid JSON: Expecting property name", 4, 1),
    Case("xml-mismatched-tag", "mismatched-tag.rdf", fixture("mismatched-tag.rdf"), UploadSyntaxError,
         r"not well-formed XML: mismatched tag", 3, 51),
    Case("xml-undefined-entity", "entity-ref.rdf", text(f'<rdf:RDF {RDF}>\n<e:x>&ext;</e:x></rdf:RDF>'),
         UploadSyntaxError, r"undefined entity \(only the five XML entities", 2, 6),
    # -- IRIs with spaces, in every syntax -------------------------------------------------
    Case("iri-space-turtle", "iri-space.ttl", fixture("iri-space.ttl"), UploadSyntaxError,
         r"Invalid IRI code point ' '", 2, 11),
    Case("iri-space-ntriples", "iri-space.nt", fixture("iri-space.nt"), UploadSyntaxError,
         r"Invalid IRI code point ' '", 2, 1),
    Case("iri-space-rdfxml", "iri-space.rdf", fixture("iri-space.rdf"), UploadSyntaxError,
         r"error while parsing IRI 'http://e/a b': Invalid IRI code point ' '"),
    Case("iri-space-jsonld", "iri-space.jsonld", fixture("iri-space.jsonld"), UploadRefused,
         r"the IRI 'https://example\.org/a b' at \$\[\"@id\"\] contains a space.*would drop it silently"),
    Case("iri-space-jsonld-property", "prop.jsonld", text('{"@id": "http://e/a", "http://e/p q": "x"}'),
         UploadRefused, r"the property IRI 'http://e/p q' at \$ contains a space"),
    # -- RDF/XML: DTDs and entities, refused before any expansion or fetch ----------------------
    Case("entity-bomb-720-bytes", "entity-bomb.rdf", fixture("entity-bomb.rdf"), UploadRefused,
         r"line 2, column 1: a DTD \(<!DOCTYPE …>\) is refused in uploads"),
    Case("external-entity", "xxe.rdf", text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "{canary}">]>\n'
        f'<rdf:RDF {RDF}><rdf:Description rdf:about="http://e/a"><e:p>&x;</e:p></rdf:Description></rdf:RDF>'),
        UploadRefused, r"line 2, column 1: a DTD"),
    Case("external-dtd", "dtd.rdf", text(f'<!DOCTYPE rdf:RDF SYSTEM "{{canary}}">\n<rdf:RDF {RDF}/>'),
         UploadRefused, r"line 1, column 1: a DTD"),
    Case("parameter-entity", "pe.rdf", text(
        f'<?xml version="1.0"?>\n\n<!DOCTYPE r [<!ENTITY % p SYSTEM "{{canary}}"> %p;]>\n<rdf:RDF {RDF}/>'),
        UploadRefused, r"line 3, column 1: a DTD"),
    Case("xml-declares-latin1", "latin1-declared.rdf", fixture("latin1-declared.rdf"), UploadRefused,
         r"declares encoding 'ISO-8859-1'; only UTF-8 is accepted"),
    # -- JSON-LD contexts that would be fetched -------------------------------------------------
    Case("jsonld-remote-context", "remote.jsonld", text('{"@context": "{canary}", "@id": "http://e/a", "p": 1}'),
         UploadRefused, r"context at \$\[\"@context\"\] names a document .*never fetched"),
    Case("jsonld-file-context", "file.jsonld", text('{"@context": "file:///etc/passwd", "@id": "http://e/a"}'),
         UploadRefused, r"remote and file: contexts are refused and never fetched"),
    Case("jsonld-context-array", "array.jsonld", text(
        '[{"@context": [{"e": "http://e/"}, "{canary}"], "@id": "http://e/a", "e:p": 1}]'),
        UploadRefused, r"context at \$\[0\]\[\"@context\"\]\[1\] names a document"),
    Case("jsonld-import", "import.jsonld", text(
        '{"@context": {"@version": 1.1, "@import": "{canary}"}, "@id": "http://e/a"}'),
        UploadRefused, r"uses @import; imported contexts are refused"),
    Case("jsonld-scoped-context", "scoped.jsonld", text(
        '{"@context": {"knows": {"@id": "http://e/knows", "@context": "{canary}"}}, "@id": "http://e/a",'
        ' "knows": {"@id": "http://e/b"}}'),
        UploadRefused, r"context at \$\[\"@context\"\]\[\"knows\"\]\[\"@context\"\] names a document"),
    Case("jsonld-nested-node-context", "nested.jsonld", text(
        '{"@id": "http://e/a", "http://e/p": {"@context": "{canary}", "@id": "http://e/b"}}'),
        UploadRefused, r"names a document"),
    # -- nesting ------------------------------------------------------------------------------
    Case("deep-turtle-blank-nodes", "deep.ttl", lambda url: _deep_turtle(5000), UploadRefused,
         r"^deep\.ttl, line 1, column 1527: brackets are nested more than 100 levels deep"),
    Case("deep-turtle-collections", "deep-list.ttl", lambda url: _deep_turtle(5000, "( ", " )"), UploadRefused,
         r"line 1, column 227: brackets are nested more than 100"),
    Case("deep-rdfxml", "deep.rdf", lambda url: _deep_xml(5000), UploadRefused,
         r"elements are nested more than 100 levels deep"),
    Case("deep-json", "deep.jsonld", lambda url: _deep_json(150), UploadRefused,
         r"JSON is nested more than 100 levels deep"),
    Case("deeper-than-python-json", "deeper.jsonld", lambda url: _deep_json(100_000), UploadRefused,
         r"JSON is nested more than 100 levels deep"),
    # -- terms ----------------------------------------------------------------------------------
    Case("huge-literal", "huge.nt", lambda url: b'<http://e/a> <http://e/p> "' + b"x" * (MAX_LITERAL_CHARS + 1)
         + b'" .\n', UploadRefused, r"has a literal of 100,001 characters \(object of <http://e/a> <http://e/p>\); "
         r"the limit is 100,000"),
    Case("huge-iri", "iri.nt", lambda url: b"<http://e/" + b"a" * 5000 + b'> <http://e/p> "x" .\n', UploadRefused,
         r"has an IRI of 5,009 characters \(<http://e/aaa.*…>\); the limit is 4,096"),
    Case("rdf-star", "rdf-star.ttl", fixture("rdf-star.ttl"), UploadRefused, r"RDF-star triple terms"),
]


@pytest.fixture(scope="module")
def store():
    return open_store()


def _state(store) -> tuple[int, list[str]]:
    return store.triple_count(), list(store.backend.graphs())


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_upload_is_refused(store, canary, case):
    before = _state(store)
    started = time.monotonic()
    with pytest.raises(UploadRefused) as caught:
        accept_upload(store, case.data(canary.url()), case.filename, timeout=20)
    error = caught.value
    assert type(error) is case.error, str(error)
    assert re.search(case.words, str(error)), str(error)
    if case.line is not None:
        assert (error.line, error.column) == (case.line, case.column)
        assert f"line {case.line}, column {case.column}" in str(error)
    assert time.monotonic() - started < 10  # refused, not worked through
    assert "Traceback" not in str(error) and "root:" not in str(error)
    assert canary.heard() == []
    assert _state(store) == before


def test_the_corpus_is_large_and_covers_every_fixture():
    assert len(CASES) >= 30
    used = {c.filename for c in CASES if c.data.__qualname__.startswith("fixture")}
    assert used == {p.name for p in HOSTILE.iterdir()}


def test_entity_bomb_is_refused_instantly(store):
    data = (HOSTILE / "entity-bomb.rdf").read_bytes()
    assert len(data) <= 720
    started = time.monotonic()
    with pytest.raises(UploadRefused, match="DTD"):
        check_upload(data, "bomb.rdf")
    assert time.monotonic() - started < 1.0


def test_oxigraph_itself_fetches_no_context_or_entity(canary):
    """The second fence: even past kg's checks, the parser would not go out."""
    with pytest.raises(SyntaxError, match="LoadDocumentCallback"):
        list(ox.parse(json.dumps({"@context": canary.url("ctx"), "@id": "http://e/a", "p": 1}).encode(),
                      format=ox.RdfFormat.JSON_LD))
    xxe = (f'<!DOCTYPE r [<!ENTITY x SYSTEM "{canary.url("ent")}">]><rdf:RDF {RDF}>'
           '<rdf:Description rdf:about="http://e/a"><e:p>&x;</e:p></rdf:Description></rdf:RDF>')
    with pytest.raises(SyntaxError):
        list(ox.parse(xxe.encode(), format=ox.RdfFormat.RDF_XML))
    assert canary.heard() == []


def test_slow_check_is_stopped_at_the_time_limit(store):
    data = b"".join(b'<http://e/s%d> <http://e/p> "value %d" .\n' % (i, i) for i in range(100_000))
    before = _state(store)
    started = time.monotonic()
    with pytest.raises(UploadRefused, match=r"took longer than the 0\.2 s limit and was stopped"):
        accept_upload(store, data, "slow.nt", timeout=0.2)
    assert time.monotonic() - started < 0.2 + 2
    assert _state(store) == before


def test_memory_budget_is_enforced(store):
    data = b"".join(b'<http://e/s%d> <http://e/p> "value %d" .\n' % (i, i) for i in range(100_000))
    with pytest.raises(UploadRefused, match="needed more memory than allowed"):
        check_upload(data, "hungry.nt", memory_budget=8 * 2**20)


def test_filename_cannot_escape_its_graph_or_spoof_messages(store):
    assert upload_graph("../../data/traits.ttl") == "https://w3id.org/negkg/graph/upload/traits"
    with pytest.raises(UploadRefused) as caught:
        check_upload(b"", "\u202egnp.ttl")
    assert "\u202e" not in str(caught.value)


# -- what is accepted ------------------------------------------------------------------------

@pytest.fixture
def base_store():
    """The ontology and a tiny curated graph (a source, a section, a trait)."""
    return open_store(files=[p for p in default_files() if p.parent.name == "ontology"] + [UPLOAD / "base.ttl"])


def test_valid_upload_is_merged_into_its_own_graph_and_removable(base_store):
    before = _state(base_store)
    checked = accept_upload(base_store, (UPLOAD / "evidence.ttl").read_bytes(), "evidence.ttl")
    assert checked.conforms and checked.triples == 10
    assert checked.graph == "https://w3id.org/negkg/graph/upload/evidence"
    assert uploads(base_store) == [checked.graph]
    assert base_store.triple_count() == before[0] + 10
    label = base_store.select_text("SELECT ?l WHERE { <https://example.org/mine/concept> "
                                   "<http://www.w3.org/2000/01/rdf-schema#label> ?l }").rows
    assert [str(row[0]) for row in label] == ["A concept of my own"]
    with pytest.raises(UploadRefused, match="'evidence' is already loaded"):
        accept_upload(base_store, (UPLOAD / "evidence.ttl").read_bytes(), "evidence.ttl")
    remove_upload(base_store, checked.graph)
    assert _state(base_store) == before


def test_validation_sees_what_is_loaded(base_store):
    data = (UPLOAD / "evidence.ttl").read_bytes()
    alone = check_upload(data, "evidence.ttl")  # without the store, section and source are unknown
    assert not alone.conforms
    errors = {v.path.rsplit("#", 1)[-1] for v in alone.report.violations if v.severity == "Violation"}
    assert errors == {"inSection", "citedSource"}
    # the reader's own quote has no anchor in the paper's text: a warning, not a refusal
    assert {v.path.rsplit("#", 1)[-1] for v in alone.report.violations if v.severity != "Violation"} <= {"anchor"}
    assert check_upload(data, "evidence.ttl", store=base_store).conforms


def test_non_conforming_upload_is_refused_with_its_report(base_store):
    before = _state(base_store)
    with pytest.raises(UploadInvalid) as caught:
        accept_upload(base_store, (UPLOAD / "unlabelled.ttl").read_bytes(), "unlabelled.ttl")
    message = str(caught.value)
    assert message.startswith("unlabelled.ttl does not conform to the project's shapes (2 violation(s)) "
                              "and was not loaded")
    assert "Every entity needs exactly one non-empty rdfs:label." in message
    assert "Link has no nkg:Evidence" in message
    assert not caught.value.report.conforms and len(caught.value.report.violations) == 2
    assert _state(base_store) == before


@pytest.mark.parametrize("filename, data", [
    ("inline-context.jsonld", b'{"@context": {"e": "http://e/"}, "@id": "http://e/a", "e:p": "x"}'),
    ("plain.rdf", f'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF {RDF}><rdf:Description '
                  'rdf:about="http://e/a"><e:p>x</e:p></rdf:Description></rdf:RDF>'.encode()),
    ("bom.ttl", b'\xef\xbb\xbf<http://e/a> <http://e/p> "x" .'),
    ("shallow.ttl", _deep_turtle(100)),
])
def test_ordinary_files_pass(base_store, filename, data):
    assert check_upload(data, filename, store=base_store).conforms


def test_named_graphs_in_trig_are_merged_into_the_upload_graph(base_store):
    data = b"<http://e/g1> { <http://e/a> <http://e/p> 'x' } <http://e/g2> { <http://e/b> <http://e/p> 'y' }"
    checked = accept_upload(base_store, data, "two-graphs.trig")
    assert checked.triples == 2 and checked.notes == ("The 2 graphs in the file are merged into one upload graph.",)
    assert "http://e/g1" not in base_store.backend.graphs()
