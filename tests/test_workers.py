"""Bounded workers: a cap on concurrent queries and uploads, a queue with places, one per session,
and the app's own views outside the pool (issue 13, item 4). Behaviour, not timings."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from streamlit.testing.v1 import AppTest

from kg.errors import QueryTimeout, WorkerBusy
from kg.safety.query import run_query
from kg.safety.worker import WorkerPool, pool
from kg.store.store import ROOT
from tests.test_app import APP, graph_payload, texts

#: Runs until its time limit stops it: it holds its worker for exactly that long.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TRAITS = "SELECT ?t WHERE { ?t a nkg:Trait }"


def _in_thread(fn, *args, **kw) -> tuple[threading.Thread, dict]:
    box: dict = {}

    def target():
        try:
            box["result"] = fn(*args, **kw)
        except Exception as exc:  # noqa: BLE001 — handed to the test, which asserts on it
            box["error"] = exc
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, box


def _until(condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_with_one_worker_a_second_query_waits_its_turn_then_runs(memory_store):
    workers = WorkerPool(1)
    first, first_box = _in_thread(run_query, memory_store, HEAVY, timeout=1.5, workers=workers)
    _until(lambda: workers.running == 1)
    places: list[int] = []
    second, second_box = _in_thread(run_query, memory_store, TRAITS, workers=workers, on_wait=places.append)
    _until(lambda: workers.waiting == 1)
    assert workers.running == 1  # the cap holds: the second query is queued, not started
    first.join(30)
    second.join(30)
    assert isinstance(first_box.get("error"), QueryTimeout)
    result = second_box["result"]
    assert len(result.rows) == 7 and places == [1] and result.waited > 0.2
    assert (workers.running, workers.waiting) == (0, 0)


def test_places_in_the_queue_count_down_first_come_first_served():
    workers = WorkerPool(1)
    release = {"a": threading.Event(), "b": threading.Event(), "c": threading.Event()}
    order: list[str] = []
    places: dict[str, list[int]] = {"a": [], "b": [], "c": []}

    def hold(name):
        with workers.slot(on_wait=places[name].append):
            order.append(name)
            release[name].wait(30)
    threads = []
    for name in "abc":
        threads.append(_in_thread(hold, name)[0])
        _until(lambda: workers.running + workers.waiting == len(threads))
    assert places == {"a": [], "b": [1], "c": [2]}
    release["a"].set()
    _until(lambda: order == ["a", "b"] and places["c"] == [2, 1])
    release["b"].set()
    release["c"].set()
    for thread in threads:
        thread.join(30)
    assert order == ["a", "b", "c"]
    assert (workers.running, workers.waiting) == (0, 0)


def test_a_session_runs_one_query_at_a_time_and_a_second_gets_a_sentence(memory_store):
    workers = WorkerPool(2)
    first, box = _in_thread(run_query, memory_store, HEAVY, timeout=1.5, session="s1", workers=workers)
    _until(lambda: workers.running == 1)
    with pytest.raises(WorkerBusy, match="Your previous query or upload is still running or waiting for a worker"):
        run_query(memory_store, TRAITS, session="s1", workers=workers)
    assert len(run_query(memory_store, TRAITS, session="s2", workers=workers).rows) == 7  # others run
    first.join(30)
    assert isinstance(box["error"], QueryTimeout)
    assert len(run_query(memory_store, TRAITS, session="s1", workers=workers).rows) == 7  # its turn again


def test_kg_workers_sets_the_cap_and_a_bad_value_is_a_sentence():
    code = "from kg.safety.worker import pool; print(pool().size)"
    env = {**os.environ, "KG_WORKERS": "3"}
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True).stdout == "3\n"
    env.pop("KG_WORKERS")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True).stdout == f"{os.cpu_count()}\n"
    bad = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**env, "KG_WORKERS": "lots"},
                         capture_output=True, text=True, check=False)
    assert "KG_WORKERS must be a whole number of workers, at least 1, not 'lots'." in bad.stderr


@pytest.fixture
def busy_pool():
    """Every worker of the app's pool taken by someone else until ``release`` is set."""
    workers, release = pool(), threading.Event()

    def hold():
        with workers.slot():
            release.wait(60)
    holders = [_in_thread(hold)[0] for _ in range(workers.size)]
    _until(lambda: workers.running == workers.size)
    yield release
    release.set()
    for holder in holders:
        holder.join(30)


def test_the_default_view_does_not_wait_for_a_worker(busy_pool):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert graph_payload(at)["nodes"]  # drawn while every worker is busy
    assert pool().waiting == 0


def test_the_query_view_waits_for_a_free_worker_and_says_so(busy_pool):
    def release_once_queued():  # not after a fixed delay: on a busy machine the run may not have queued yet
        _until(lambda: pool().waiting >= 1)
        time.sleep(0.5)  # the sentence names waits of 0.1 s and more
        busy_pool.set()
    _in_thread(release_once_queued)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["view"] = "query"
    at.query_params["q"] = TRAITS + " # test_the_query_view_waits"  # not a result cached by another test
    at.run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 7
    assert "waiting for a free worker)" in texts(at)
