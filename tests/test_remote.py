"""The remote SPARQL backend against a real Virtuoso server, and against servers that misbehave.

Virtuoso (tests/conftest.py) is the real remote endpoint. The misbehaving ones
are real HTTP servers on 127.0.0.1 in a thread — one that never answers, one
that trickles its answer a byte at a time, one that is not a SPARQL endpoint —
because the client must cope with exactly those at the network boundary.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.errors import BackendError, QueryError, QueryTimeout
from kg.explore.neighbourhood import neighbourhood
from kg.namespaces import sparql_prefixes
from kg.safety.query import run_query
from kg.store.backends.remote import RemoteBackend
from kg.store.store import ROOT, Store, default_files, open_store
from kg.testing.virtuoso import VirtuosoServer, free_port

P = sparql_prefixes()


@pytest.fixture(scope="module")
def remote(virtuoso) -> RemoteBackend:
    return RemoteBackend(virtuoso.sparql_url, timeout=30)


# -- a real Virtuoso ---------------------------------------------------------

def test_select_returns_the_same_terms_as_the_embedded_store(remote):
    rows = remote.select(P + """SELECT ?label ?number ?alt WHERE {
        trait:6 rdfs:label ?label ; nkg:traitNumber ?number .
        OPTIONAL { actor:lavrov skos:altLabel ?alt FILTER (LANG(?alt) = "ru") } }""").rows
    assert rows == [(Literal("Zero-sum thinking"), Literal(6, datatype=XSD.integer), Literal("Сергей Лавров", lang="ru"))]


def test_ask_answers_true_and_false(remote):
    # Virtuoso sends ASK in JSON as a one-column SELECT; both forms must read as booleans.
    assert remote.ask(P + "ASK { trait:6 a nkg:Trait }") is True
    assert remote.ask(P + "ASK { trait:6 a nkg:Episode }") is False


def test_construct_parses_the_triples(remote):
    triples = remote.construct(P + "CONSTRUCT { trait:6 rdfs:label ?l } WHERE { trait:6 rdfs:label ?l }")
    assert triples == [(URIRef("https://w3id.org/negkg/id/trait/6"), RDFS.label, Literal("Zero-sum thinking"))]


def test_blank_nodes_come_back_as_blank_nodes(remote):
    rows = remote.select(P + "SELECT ?list WHERE { ?src bibo:authorList ?list } LIMIT 1").rows
    assert rows and isinstance(rows[0][0], BNode)


def test_answers_beyond_the_server_row_cap_are_read_in_pages(remote):
    # Virtuoso's ResultSetMaxRows (10,000 here, as by default) cuts answers silently
    # unless the client reads its X-SPARQL-MaxRows header; then kg pages.
    query = P + "SELECT ?s ?o WHERE { ?s a nkg:Evidence . ?o a ?c FILTER (?c IN (nkg:Person, nkg:Section)) }"
    whole = len(remote.select(P + "SELECT ?s WHERE { ?s a nkg:Evidence }").rows) * len(
        remote.select(P + "SELECT ?o WHERE { ?o a ?c FILTER (?c IN (nkg:Person, nkg:Section)) }").rows)
    assert 10_000 < whole < 20_000  # two pages
    result = remote.select(query, limit=11_000)
    assert result.truncated and len(result.rows) == 11_000
    rows = remote.select_strings(query).rows
    assert len(rows) == whole and not remote.select_strings(query).truncated
    assert sorted(rows) == sorted(remote.select_strings(query + " ORDER BY DESC(?s)").rows)  # same rows
    assert run_query(Store(remote), query, max_rows=11_000).truncated


@pytest.fixture(scope="module")
def capped(tmp_path_factory):
    """A second Virtuoso whose row cap (100) is far below what kg's own queries need."""
    server = VirtuosoServer.find()
    with server.started(tmp_path_factory.mktemp("virtuoso-capped"), max_rows=100):
        server.load(default_files())
        yield Store(RemoteBackend(server.sparql_url))


def test_a_small_row_cap_does_not_thin_a_view(capped, memory_store):
    focus = ["https://w3id.org/negkg/id/trait/7"]
    assert len(capped.select("all_quads")) > 4_000
    assert neighbourhood(capped, focus, hops=2) == neighbourhood(memory_store, focus, hops=2)


def test_a_query_error_carries_the_servers_message(remote):
    with pytest.raises(QueryError, match=r"HTTP 400.*SP030.*syntax error"):
        remote.select("SELEC * WHERE { ?s ?p ?o }")


def test_an_estimated_overrun_is_a_timeout(remote):
    # Virtuoso refuses (HTTP 500) a query whose *estimated* time exceeds its limit.
    with pytest.raises(QueryTimeout, match="estimated execution time"):
        remote.select("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")


def test_the_endpoint_is_read_only(remote):
    store = Store(remote)
    with pytest.raises(BackendError, match="read-only"):
        store.load_bytes(b"<urn:a> <urn:b> <urn:c> .", format="application/n-triples", graph="urn:g", source="x.nt")
    with pytest.raises(BackendError, match="read-only"):
        store.drop_graph("https://w3id.org/negkg/graph/data/traits")
    assert "https://w3id.org/negkg/graph/data/traits" in remote.graphs()


def test_open_store_and_the_cli_use_the_endpoint(virtuoso, monkeypatch, capsys):
    from kg.cli.main import main
    monkeypatch.setenv("KG_SPARQL_ENDPOINT", virtuoso.sparql_url)
    assert open_store().backend.name == f"sparql:{virtuoso.sparql_url}"
    assert main(["search", "лавров"]) == 0
    assert "Sergej Lavrov" in capsys.readouterr().out
    assert main(["query", "--query", "SELECT ?l WHERE { trait:6 rdfs:label ?l }", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["l", "Zero-sum thinking"]
    assert main(["show", "episode:riyadh-2025"]) == 0
    assert "Marco Rubio" in capsys.readouterr().out


# -- servers that misbehave --------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    behaviour = "silent"

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.behaviour == "silent":
            time.sleep(10)
            return
        if self.behaviour == "trickle":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            for byte in b'{"head": {"vars": []}, "results": {"bindings": []}}':
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.2)
            return
        if self.behaviour == "html":
            body = b"<html><body><h1>Welcome to our library catalogue</h1></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        else:  # an HTTP 500 with a long HTML error page
            body = b"<html><body><p>Internal error: " + b"x" * 5000 + b"</p></body></html>"
            self.send_response(500)
            self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server(request):
    handler = type("Handler", (_Handler,), {"behaviour": request.param})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("server", ["silent", "trickle"], indirect=True)
def test_the_deadline_fires_even_when_bytes_keep_coming(server):
    # A socket timeout alone never fires against the trickling server: each byte
    # arrives within it. The deadline is for the whole query.
    backend = RemoteBackend(server, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"did not answer within the 1 s time limit"):
        backend.select("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("server", ["trickle"], indirect=True)
def test_run_query_hands_its_time_limit_to_the_endpoint(server):
    store = Store(RemoteBackend(server, timeout=60))
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", timeout=1)
    assert time.monotonic() - started < 2.0
    assert store.backend.timeout == 60  # restored after the query


@pytest.mark.parametrize("server", ["html"], indirect=True)
def test_a_page_that_is_not_an_endpoint_is_named(server):
    with pytest.raises(BackendError, match=r"did not answer with SPARQL JSON results \(got text/html"):
        RemoteBackend(server).select("SELECT * WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("server", ["error"], indirect=True)
def test_an_error_page_is_shortened_and_stripped_of_markup(server):
    with pytest.raises(QueryError) as caught:
        RemoteBackend(server).select("SELECT * WHERE { ?s ?p ?o }")
    message = str(caught.value)
    assert "HTTP 500" in message and "Internal error: xxx" in message
    assert "<" not in message.split("):", 1)[1] and len(message) < 800


def test_a_server_that_is_down_is_named():
    url = f"http://127.0.0.1:{free_port()}/sparql"
    started = time.monotonic()
    with pytest.raises(BackendError, match=rf"Cannot reach the SPARQL endpoint {url}: connection refused"):
        RemoteBackend(url).ask("ASK { ?s ?p ?o }")
    assert time.monotonic() - started < 2.0


def test_limits_set_in_one_thread_do_not_leak_into_another():
    backend = RemoteBackend("http://127.0.0.1:1/sparql", timeout=30)
    backend.timeout = 2
    seen = []
    thread = threading.Thread(target=lambda: seen.append(backend.timeout))
    thread.start()
    thread.join()
    assert (backend.timeout, seen) == (2, [30])


def test_a_bad_url_is_refused_at_once():
    with pytest.raises(BackendError, match="must start with http"):
        RemoteBackend("localhost:8890/sparql")


# -- a hung endpoint: short connect and first-byte timeouts (issue 13, item 6) --

@pytest.fixture
def hung():
    """A TCP server that accepts every connection and never sends a byte."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def test_a_hung_endpoint_gives_a_sentence_within_the_first_byte_timeout(hung):
    backend = RemoteBackend(hung, first_byte_timeout=1.0)  # the query deadline stays 60 s
    started = time.monotonic()
    with pytest.raises(BackendError, match=r"accepted the connection but sent no answer within 1 s; it may be "
                                           r"hung or overloaded"):
        backend.select("SELECT * WHERE { ?s ?p ?o }")
    assert 0.9 < time.monotonic() - started < 2.0


def test_kg_search_on_a_hung_endpoint_stops_at_the_default_first_byte_timeout(hung):
    run = subprocess.run([sys.executable, "-m", "kg", "search", "lavrov", "--endpoint", hung], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=False,
                         env={**os.environ, "KG_SPARQL_FIRST_BYTE_TIMEOUT": "2"})
    assert run.returncode == 1
    assert run.stderr.startswith(f"error: The SPARQL endpoint {hung} accepted the connection but sent no "
                                 "answer within 2 s")
    assert "Traceback" not in run.stderr


def test_the_default_timeouts_are_short_and_separate_from_the_deadline(monkeypatch):
    backend = RemoteBackend("http://127.0.0.1:1/sparql")
    assert (backend.connect_timeout, backend.first_byte_timeout, backend.timeout) == (5.0, 10.0, 60.0)
    monkeypatch.setenv("KG_SPARQL_CONNECT_TIMEOUT", "nope")
    with pytest.raises(BackendError, match="KG_SPARQL_CONNECT_TIMEOUT must be a positive number of seconds"):
        RemoteBackend("http://127.0.0.1:1/sparql")


def test_a_host_that_never_accepts_gives_a_sentence_within_the_connect_timeout():
    # A listener whose accept queue is full: the kernel drops further SYNs, so connecting hangs.
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    fillers = []
    try:
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
            fillers.append(filler)
        time.sleep(0.2)
        started = time.monotonic()
        with pytest.raises(BackendError, match=r"did not accept a connection within 1 s"):
            RemoteBackend(url, connect_timeout=1.0).ask("ASK { ?s ?p ?o }")
        assert time.monotonic() - started < 2.0
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


@pytest.mark.parametrize("server", ["silent"], indirect=True)
def test_a_query_from_the_query_box_waits_up_to_its_own_time_limit(server):
    store = Store(RemoteBackend(server, first_byte_timeout=0.5))
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"did not answer within the 1.5 s time limit"):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", timeout=1.5)
    assert 1.4 < time.monotonic() - started < 2.5
    assert store.backend.first_byte_timeout == 0.5  # restored after the query
