"""Limits that really fire: time, rows, result size, memory — and the fence around the worker."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from canary import canary  # noqa: F401 (fixture)

from kg.errors import QueryError, QueryTimeout
from kg.safety.query import run_query
from kg.safety.worker import WorkerFailed, run_isolated, sandbox_status
from kg.store.store import open_store

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def _doubling(times: int, seed: str = "0123456789") -> str:
    """A SELECT whose ?big is ``seed`` doubled ``times`` times (10 * 2**times characters) on every row."""
    binds = " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(times))
    return f'SELECT (?a{times} AS ?big) WHERE {{ ?s ?p ?o BIND("{seed}" AS ?a0) {binds} }}'


@pytest.fixture(scope="module")
def store():
    return open_store()


def test_runaway_cartesian_product_stops_within_limit_plus_2s(store):
    assert store.triple_count() ** 5 > 10**12  # far beyond what a 2-core machine counts in 2 s
    started = time.monotonic()
    with pytest.raises(QueryTimeout) as caught:
        run_query(store, CARTESIAN, timeout=2)
    elapsed = time.monotonic() - started
    assert 2 <= elapsed < 2 + 2
    assert str(caught.value).startswith("The query ran longer than the 2 s time limit and was stopped")


def test_the_caller_stays_responsive_during_a_runaway_query(store):
    ticks = 0
    outcome: list[BaseException | None] = []
    done = threading.Event()

    def runaway():
        try:
            run_query(store, CARTESIAN, timeout=1.5)
            outcome.append(None)
        except BaseException as exc:  # handed to the main thread
            outcome.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=runaway)
    thread.start()
    while not done.wait(0.01):  # the query runs in another process: this thread keeps its GIL time
        ticks += 1
    thread.join()
    assert len(outcome) == 1 and isinstance(outcome[0], QueryTimeout)
    assert ticks > 50  # ~150 expected; a blocked interpreter would manage none


def test_backtracking_regex_ends_quickly(store):
    query = ('SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"), '
             '"^(a+)+$")) }')
    started = time.monotonic()
    try:
        result = run_query(store, query, timeout=3)
        assert len(result) == 0  # Oxigraph's regex engine does not backtrack: an answer, at once
    except QueryTimeout:
        pass  # an engine that backtracks is stopped instead
    assert time.monotonic() - started < 3 + 2


def test_row_cap_truncates_and_says_so(store):
    result = run_query(store, "SELECT * WHERE { ?s ?p ?o }", max_rows=7)
    assert len(result.rows) == 7 and result.truncated
    assert result.notice == "Showing the first 7 rows: the query has more. Add a LIMIT or narrow the patterns."
    construct = run_query(store, "CONSTRUCT WHERE { ?s ?p ?o }", max_rows=5)
    assert len(construct.triples) == 5 and construct.truncated and "first 5 triples" in construct.notice
    whole = run_query(store, "SELECT * WHERE { ?s a nkg:Trait }", max_rows=1000)
    assert not whole.truncated and whole.notice is None and len(whole.rows) == 7


def test_result_size_is_capped_in_bytes(store):
    # 100 rows of 10 KB each: 1 MB of strings, above a 256 KB cap; the rows alone would pass the row cap.
    with pytest.raises(QueryError) as caught:
        run_query(store, _doubling(10) + " LIMIT 100", max_result_bytes=256 * 1024)
    assert type(caught.value) is QueryError
    assert "is larger than the 256 KB limit and was not returned" in str(caught.value)
    assert run_query(store, _doubling(10) + " LIMIT 10", max_result_bytes=256 * 1024).rows


def test_memory_budget_stops_a_value_bomb(store):
    # 10 * 2**26 characters (640 MB) per row, built in the engine: far beyond a 256 MB budget.
    started = time.monotonic()
    with pytest.raises(QueryError) as caught:
        run_query(store, _doubling(26) + " LIMIT 1", timeout=10, memory_budget=256 * 2**20)
    assert type(caught.value) in (QueryError, QueryTimeout)
    assert "memory" in str(caught.value) or "time limit" in str(caught.value)
    assert time.monotonic() - started < 10 + 2


@pytest.mark.parametrize("limits, words", [
    ({"timeout": 0}, "time limit must be a positive number"),
    ({"timeout": -1}, "time limit must be a positive number"),
    ({"max_rows": 0}, "row cap must be at least 1"),
])
def test_nonsense_limits_are_refused(store, limits, words):
    with pytest.raises(QueryError, match=words):
        run_query(store, "ASK { ?s ?p ?o }", **limits)


def test_store_unchanged_after_every_limit(store):
    before = store.triple_count(), store.backend.graphs()
    for query, limits in ((CARTESIAN, {"timeout": 0.5}), (_doubling(12), {"max_result_bytes": 1000})):
        with pytest.raises(QueryError):
            run_query(store, query, **limits)
    assert (store.triple_count(), store.backend.graphs()) == before


def _connect(url_port: int) -> str:
    with socket.create_connection(("127.0.0.1", url_port), timeout=2) as sock:
        sock.sendall(b"GET /from-the-worker HTTP/1.0\r\n\r\n")
        return sock.recv(100).decode()


def test_worker_has_no_network_even_if_the_policy_failed(canary):
    if not sandbox_status().network_isolated:
        pytest.skip("this kernel refuses a new network namespace; the query policy is the only fence here")
    with pytest.raises(WorkerFailed, match="Network is unreachable|Connection refused"):
        run_isolated(_connect, canary.port, timeout=5, max_result_bytes=10_000, memory_budget=None)
    assert canary.heard() == []
    assert _connect(canary.port).startswith("HTTP/1.0 200")  # the same call from the parent does arrive
