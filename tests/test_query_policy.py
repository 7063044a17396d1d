"""The read-only query policy: what is refused before execution, with which words, and what is not.

Hostile queries run through the real ``run_query`` on a real store; the
canary proves nothing left the machine and the triple count proves nothing
changed.
"""

from __future__ import annotations

import re

import pytest
import rdflib
import rdflib.plugins.sparql
from canary import canary  # noqa: F401 (fixture)
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError, QueryRefused
from kg.safety.policy import MAX_QUERY_CHARS, check_query
from kg.safety.query import run_query
from kg.store.sparql import QUERY_DIR
from kg.store.store import open_store

# (query, the refused feature named at the start of the message)
REFUSED = [
    ("INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }", "INSERT DATA"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE WHERE"),
    ("PREFIX e: <http://e/> # a comment\nWITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
     "INSERT / DELETE"),
    ("# leading comment\nCLEAR ALL", "CLEAR"),
    ("DROP GRAPH <https://w3id.org/negkg/graph/data/traits>", "DROP"),
    ("CREATE GRAPH <http://e/g>", "CREATE"),
    ("COPY DEFAULT TO <http://e/g>", "COPY"),
    ("INSERT { ?s ?p ?o } this is not even valid", "INSERT"),
    ("LOAD <{canary}>", "LOAD"),
    ("LOAD SILENT <{canary}> INTO GRAPH <http://e/g>", "LOAD"),
    ("SELECT * WHERE { SERVICE <{canary}> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE SILENT <{canary}> { ?s ?p ?o } } }", "SERVICE"),
    ("select * where { service silent <{canary}> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{canary}> { ?s ?p ?o } } } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <{canary}> { ?s ?p ?o } } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o MINUS { SERVICE ?endpoint { ?s ?p ?o } } }", "SERVICE"),
    ("SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { SERVICE <{canary}> { ?s ?p ?o } } } }",
     "SERVICE"),
    ("SELECT * WHERE { ?o ?p ?s.SERVICE <{canary}> { ?a ?b ?c } }", "SERVICE"),
    ("SELECT * FROM <{canary}> WHERE { ?s ?p ?o }", "FROM"),
    ("SELECT * FROM NAMED <{canary}> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM NAMED"),
    ("ASK FROM <file:///etc/passwd> { ?s ?p ?o }", "FROM"),
    ("CONSTRUCT { ?s ?p ?o } FROM <file:///etc/hostname> WHERE { ?s ?p ?o }", "FROM"),
    ("DESCRIBE <http://e/a> FROM <{canary}>", "FROM"),
]


@pytest.fixture(scope="module")
def store():
    return open_store()


@pytest.mark.parametrize("query, feature", REFUSED, ids=[f"{f}-{i}" for i, (_, f) in enumerate(REFUSED)])
def test_refused_before_execution(store, canary, query, feature):
    query = query.replace("{canary}", canary.url())
    before = store.triple_count()
    with pytest.raises(QueryRefused) as caught:  # the check runs in the time-limited worker: room for a busy machine
        run_query(store, query, timeout=30)
    message = str(caught.value)
    assert message.startswith(f"{feature} is refused: ")
    assert "root:" not in message and "Traceback" not in message
    assert canary.heard() == []
    assert store.triple_count() == before


def test_from_file_does_not_leak_the_file(store):
    with pytest.raises(QueryRefused) as caught:
        run_query(store, "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")
    with open("/etc/passwd", encoding="utf-8") as passwd:
        first_line = passwd.readline().strip()
    assert first_line and first_line not in str(caught.value)
    assert "GRAPH <iri>" in str(caught.value)  # says what to do instead


@pytest.mark.parametrize("query", [
    r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",  # codepoint escape
    "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
])
def test_smuggled_forms_do_not_run(store, query):
    before = store.triple_count()
    with pytest.raises(QueryError):
        run_query(store, query, timeout=5)
    assert store.triple_count() == before


def test_query_length_and_nesting_are_bounded():
    with pytest.raises(QueryRefused, match=r"characters long; the limit is 100,000"):
        check_query("SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_QUERY_CHARS)
    with pytest.raises(QueryRefused, match="nested too deeply"):
        check_query("SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000)
    with pytest.raises(QueryError, match="empty"):
        check_query("  \n ")


def test_parse_errors_name_line_and_column():
    with pytest.raises(QueryError) as caught:
        check_query("SELECT ?s\nWHERE { ?s ?p ?o \n  FILTER( }")
    assert type(caught.value) is QueryError
    assert re.search(r"at line 3, column \d+", str(caught.value))


@pytest.mark.parametrize("query", [
    "SELECT ?from ?service ?load WHERE { ?from rdfs:label ?service . ?service ?load ?x }",
    "SELECT * WHERE { ?s rdfs:comment \"FROM <x> SERVICE <y> LOAD <z>\"@en } # SERVICE in a comment",
    "SELECT * WHERE { ?s ?p '''\nSERVICE <http://x/> { }\n''' }",
    "SELECT * WHERE { GRAPH <https://w3id.org/negkg/graph/data/traits> { ?s ?p ?o } }",
    "PREFIX from: <http://e/from#> SELECT * WHERE { ?s from:service ?o . ?s ?p \"x\"@from }",
    "BASE <http://e/> ASK { ?s ?p ?o }",
    "DESCRIBE trait:1",
    "CONSTRUCT WHERE { ?s a nkg:Trait }",
])
def test_read_only_queries_pass(query):
    assert check_query(query).kind in {"select", "ask", "describe", "construct"}


def test_the_projects_own_queries_pass():
    plain = [p for p in sorted(QUERY_DIR.glob("*.rq")) if "{{" not in p.read_text(encoding="utf-8")]
    assert plain, "no placeholder-free named queries to check"
    for path in plain:
        check_query(path.read_text(encoding="utf-8"))


# -- rdflib's own engine (used by pyshacl and owlrl in this process) ---------------

def test_rdflib_graph_loading_is_off_on_import_of_kg():
    assert rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS is False
    assert "kg-refuse-service" in rdflib.plugins.sparql.CUSTOM_EVALS


@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
def test_rdflib_engine_fetches_nothing(canary):
    """Without kg's switches, each of these requests the canary (checked when this test was written)."""
    dataset = rdflib.Dataset()
    dataset.query(f"SELECT * FROM <{canary.url('from')}> WHERE {{ ?s ?p ?o }}")
    dataset.query(f"SELECT * FROM NAMED <{canary.url('named')}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    dataset.update(f"LOAD <{canary.url('load')}>")
    graph = Graph()
    graph.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("x")))
    for query in (f"SELECT * WHERE {{ ?x ?y ?z SERVICE <{canary.url('service')}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ SERVICE SILENT <{canary.url('silent')}> "
                  "{ ?s ?p ?o } } }"):
        with pytest.raises(QueryRefused, match="SERVICE is refused"):
            list(graph.query(query))
    assert canary.heard() == []


# -- found by the W3C syntax suites (issue 13; tests/w3c/) ---------------------

def test_a_negative_decimal_is_a_valid_query(memory_store):
    # rdflib's parser raised a TypeError negating a decimal; the policy let it escape.
    result = run_query(memory_store, "SELECT ?x WHERE { VALUES ?x { -1.0 -2 } }")
    assert sorted(row[0].toPython() for row in result.rows) == [-2, -1]


def test_an_iri_token_is_not_read_as_a_comparison():
    # SPARQL's tokens are the longest match: <?a&&?b> is an IRI, so this is invalid (syntax-query, syn-bad-01).
    with pytest.raises(QueryError, match=r"^The query does not parse at line 2, column 21: <\?a&&\?b> is an IRI "
                                         r"in SPARQL, not a comparison; put spaces around < and >"):
        check_query("SELECT * WHERE {\n ?x ?a ?b FILTER (?x<?a&&?b>?y) }")
    assert check_query("SELECT * WHERE { ?x ?a ?b FILTER (?x < ?a && ?b > ?y) }").kind == "select"


def test_errors_of_oxigraphs_parser_point_into_the_users_text(memory_store):
    # rdflib's grammar lets an unbound projected variable through; Oxigraph's does not, and its
    # position counted the predeclared PREFIX lines.
    with pytest.raises(QueryError, match=r"^The query does not parse at line 2, column 19: "):
        run_query(memory_store, "SELECT ?p (COUNT(?o) AS ?c)\nWHERE { ?s ?p ?o }")


def test_relative_iris_resolve_against_the_entities(memory_store):
    rows = run_query(memory_store, "SELECT ?label WHERE { <trait/6> rdfs:label ?label }").rows
    assert list(rows) == [(Literal("Zero-sum thinking"),)]
