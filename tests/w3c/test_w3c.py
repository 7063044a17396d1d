"""The W3C RDF 1.1 and SPARQL syntax suites, through the upload check and the query policy.

Every test of the suites' manifests (tests/w3c/ABOUT.md) runs: each RDF file through
:func:`kg.ingest.upload.check_syntax` (the upload check without its worker and SHACL, which
a sample below runs in full), each query and update through :func:`kg.safety.policy.check_query`.

- A negative test must be refused with a sentence: a :class:`~kg.errors.KGError` naming the
  file and the line and column (RDF), no traceback.
- A positive test must be accepted, or refused by one of the documented policies in
  :data:`RDF_POLICIES` / :data:`QUERY_POLICIES` (README, "Safety"): a file with no triples, a
  DTD in RDF/XML; FROM, SERVICE and every update in the read-only query box. A positive update
  must also parse with rdflib's SPARQL Update parser, so the refusal is policy, not syntax.

The terminal summary prints the counts per suite (``pytest tests/w3c -q``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql.parser import parseUpdate

from kg.errors import KGError, QueryError, QueryRefused, UploadRefused
from kg.ingest.upload import check_syntax, check_upload
from kg.safety.policy import check_query

HERE = Path(__file__).parent
_RDFT = "http://www.w3.org/ns/rdftest#"
_MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_POSITIVE = {"TestTurtlePositiveSyntax", "TestTurtleEval", "TestTrigPositiveSyntax", "TestTrigEval",
             "TestNTriplesPositiveSyntax", "TestNQuadsPositiveSyntax", "TestXMLEval",
             "PositiveSyntaxTest", "PositiveSyntaxTest11", "PositiveUpdateSyntaxTest11"}
_NEGATIVE = {"TestTurtleNegativeSyntax", "TestTrigNegativeSyntax", "TestNTriplesNegativeSyntax",
             "TestNQuadsNegativeSyntax", "TestXMLNegativeSyntax", "NegativeSyntaxTest", "NegativeSyntaxTest11",
             "NegativeUpdateSyntaxTest11"}
_UPDATE = {"PositiveUpdateSyntaxTest11", "NegativeUpdateSyntaxTest11"}

#: The policies by which the upload check refuses a valid RDF file (README, "Uploads are checked").
RDF_POLICIES = {
    "no triples": re.compile(r"parses but contains no triples: there is nothing to load\.$"),
    "empty file": re.compile(r" is empty: there is nothing to load\.$"),
    "NUL character": re.compile(r" is not a text file \(it contains a NUL byte at byte offset [\d,]+\)"),
    "DTD in RDF/XML": re.compile(r"a DTD \(<!DOCTYPE …>\) is refused in uploads"),
}
#: The policies by which the query box refuses a valid query or update (README, "Queries are read-only").
QUERY_POLICIES = {
    "FROM / FROM NAMED": re.compile(r"^FROM (NAMED )?is refused: queries read the loaded graph only"),
    "SERVICE": re.compile(r"^SERVICE is refused: queries may only read the loaded graph"),
    "update (read-only)": re.compile(r"^(INSERT DATA|DELETE DATA|DELETE WHERE|INSERT / DELETE|LOAD|CLEAR|DROP|"
                                     r"CREATE|ADD|MOVE|COPY|SPARQL Update) is refused: "),
}


@dataclass(frozen=True)
class Case:
    suite: str      # the manifest's folder, e.g. rdf-turtle, syntax-query
    name: str       # the test's name in the manifest
    kind: str       # its type, e.g. TestTurtleEval
    action: Path

    @property
    def positive(self) -> bool:
        return self.kind in _POSITIVE

    @property
    def expected(self) -> str:
        return "positive" if self.positive else "negative"

    def __str__(self) -> str:
        return f"{self.suite}/{self.name}"


def _cases(root: Path) -> list[Case]:
    cases = []
    for manifest in sorted(root.rglob("manifest.ttl")):
        base = manifest.resolve().as_uri()
        kinds: dict[object, str] = {}
        names: dict[object, str] = {}
        actions: dict[object, str] = {}
        for t in ox.parse(path=str(manifest), format=ox.RdfFormat.TURTLE, base_iri=base):
            p = t.predicate.value
            if p == _RDF_TYPE and t.object.value.split("#")[-1] in _POSITIVE | _NEGATIVE:
                kinds[t.subject] = t.object.value.split("#")[-1]
            elif p == _MF + "name":
                names[t.subject] = t.object.value
            elif p == _MF + "action":
                actions[t.subject] = t.object.value
        for test, kind in kinds.items():
            action = Path(actions[test].removeprefix("file://"))
            cases.append(Case(manifest.parent.name, names.get(test, action.stem), kind, action))
    return sorted(cases, key=str)


CASES = _cases(HERE)
RDF_CASES = [c for c in CASES if c.action.suffix in (".ttl", ".trig", ".nt", ".nq", ".rdf")]
SPARQL_CASES = [c for c in CASES if c.action.suffix in (".rq", ".ru")]


def test_every_test_of_the_suites_is_here():
    # 992 RDF tests (Turtle 313, TriG 356, N-Triples 70, N-Quads 87, RDF/XML 166) and 368 SPARQL ones.
    assert (len(RDF_CASES), len(SPARQL_CASES)) == (992, 368)
    assert all(c.action.is_file() for c in CASES)


def _sentence(message: str) -> None:
    assert message and "Traceback" not in message and 'File "' not in message


def _policy(policies: dict[str, re.Pattern], message: str) -> str | None:
    return next((name for name, pattern in policies.items() if pattern.search(message)), None)


@pytest.mark.parametrize("case", RDF_CASES, ids=str)
def test_rdf_syntax(case: Case, record):
    try:
        check_syntax(case.action.read_bytes(), case.action.name)
    except KGError as exc:
        message = str(exc)
        _sentence(message)
        assert isinstance(exc, UploadRefused), message
        assert message.startswith(case.action.name), message  # it names the file
        if case.positive:
            policy = _policy(RDF_POLICIES, message)
            assert policy, f"a valid file is refused: {message}"
            record(case.suite, "positive", f"refused ({policy})")
        else:
            assert getattr(exc, "line", None) is not None, f"no line and column: {message}"
            record(case.suite, "negative", "refused")
        return
    assert case.positive, f"an invalid file is accepted: {case.action.read_text(errors='replace')[:300]!r}"
    record(case.suite, "positive", "accepted")


@pytest.mark.parametrize("case", SPARQL_CASES, ids=str)
def test_sparql_syntax(case: Case, record):
    text = case.action.read_text(encoding="utf-8")
    update = case.kind in _UPDATE
    try:
        plan = check_query(text)
    except QueryError as exc:
        message = str(exc)
        _sentence(message)
        if case.positive:
            policy = _policy(QUERY_POLICIES, message)
            assert isinstance(exc, QueryRefused) and policy, f"a valid query is refused: {message}"
            if update:
                assert policy == "update (read-only)", message
                parseUpdate(text)  # a real SPARQL Update parser agrees that it is valid
            record(case.suite, "positive", f"refused ({policy})")
        else:
            record(case.suite, "negative", "refused (update)" if isinstance(exc, QueryRefused) and update
                   else "refused")
        return
    assert case.positive and not update, f"{'an update' if update else 'an invalid query'} is accepted " \
                                         f"as a {plan.kind} query: {text[:300]!r}"
    record(case.suite, "positive", "accepted")


# Each suite's first positive and first negative test through the whole upload check: the
# fenced worker, the parse, the SHACL validation (about 1 s each, hence a sample).
_SAMPLE = [next(c for c in RDF_CASES if c.suite == s and c.positive is p and c.action.suffix != ".rdf" or
                c.suite == s and c.positive is p and s == "rdf-xml" and b"DOCTYPE" not in c.action.read_bytes())
           for s in ("rdf-turtle", "rdf-trig", "rdf-n-triples", "rdf-n-quads", "rdf-xml") for p in (True, False)]


@pytest.mark.parametrize("case", _SAMPLE, ids=str)
def test_the_whole_upload_check_agrees(case: Case):
    data = case.action.read_bytes()
    if case.positive:
        assert check_upload(data, case.action.name).triples > 0
    else:
        with pytest.raises(UploadRefused) as caught:
            check_upload(data, case.action.name)
        _sentence(str(caught.value))
