"""One benchmark measurement in a process of its own (so peak RSS belongs to one backend).

``python -m bench.worker BACKEND --data FILE --landmarks JSON --runs N --workdir DIR``
prints one JSON object per line: ``{"op": ..., "seconds": [...], ...}``. Lines are
flushed as they come, so the orchestrator keeps what finished if it must stop a
slow worker (plain rdflib at a million triples).

Backends: ``memory``, ``disk`` and ``virtuoso`` run kg itself, then replay the
SPARQL kg sent on the same pyoxigraph store (``raw``) for the overhead ratio;
``rdflib`` replays those queries on a plain rdflib Dataset; ``app`` times the
Streamlit app's reruns (AppTest) on the paper's graph.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from bench.app import run_app
from bench.measure import emit, peak_rss_mb, timed
from bench.raw import run_rdflib

__all__ = ["main"]


class Recorder:
    """A backend that notes every query it is sent (to replay them on raw engines)."""

    def __init__(self, backend):
        self._backend = backend
        self.log: list[tuple[str, str]] = []

    def __getattr__(self, name):
        return getattr(self._backend, name)

    def select(self, query, *, limit=None):
        self.log.append(("select", query))
        return self._backend.select(query, limit=limit)

    def select_strings(self, query):
        self.log.append(("strings", query))
        return self._backend.select_strings(query)

    def construct(self, query, *, limit=None):
        self.log.append(("construct", query))
        return self._backend.construct(query, limit=limit)

    def ask(self, query):
        self.log.append(("ask", query))
        return self._backend.ask(query)


# -- kg on one backend -----------------------------------------------------

#: Load runs (kg and raw in turns) below 500 MB of data; one each above.
LOAD_RUNS = 2
_MEASURE = ("; import resource, json, os; from pathlib import Path as P; "
            "print(json.dumps(dict(seconds=t, check=c, rss=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "
            "mb=sum(f.stat().st_size for f in P(sys.argv[1]).rglob('*') if f.is_file()) / 1e6)))")
KG_LOAD = ("import sys, time; from pathlib import Path; from kg.ingest.load import load_files; "
           "t = time.perf_counter(); r = load_files(Path(sys.argv[1]), [Path(sys.argv[2])]); "
           "t = time.perf_counter() - t; c = r.check_seconds" + _MEASURE)
RAW_LOAD = ("import sys, time, pyoxigraph as ox; s = ox.Store(sys.argv[1]); t = time.perf_counter(); "
            "s.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode('urn:bench:raw')); "
            "s.flush(); t = time.perf_counter() - t; c = None; del s" + _MEASURE)


def _load_process(code: str, store_dir: Path, data: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", code, str(store_dir), str(data)], check=True,
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    return json.loads(done.stdout.splitlines()[-1])

def _open(backend: str, data: Path, workdir: Path, *, raw: bool = True):
    from kg.ingest.load import ontology_files
    from kg.store.store import Store, open_store
    files = ontology_files() + [data]
    if backend == "memory":
        started = time.perf_counter()
        store = open_store(files=files)
        return store, [time.perf_counter() - started], None
    if backend == "disk":
        # `python -m kg load` in a process of its own, then the store opened read-only,
        # as the app and the CLI open it (reads slow down by a third in the loading process);
        # raw pyoxigraph bulk_load of the same file in turns with it (issue 17: kg ≤ 1.5× raw).
        kg_runs, raw_runs = [], []
        for run in range(LOAD_RUNS if data.stat().st_size < 500_000_000 else 1):
            if raw:
                raw_runs.append(_load_process(RAW_LOAD, workdir / f"raw-{run}", data))
                shutil.rmtree(workdir / f"raw-{run}", ignore_errors=True)
            store_dir = workdir / "store"
            shutil.rmtree(store_dir, ignore_errors=True)
            kg_runs.append(_load_process(KG_LOAD, store_dir, data))
        if raw_runs:
            emit("raw: load", [r["seconds"] for r in raw_runs], peak_rss_mb=max(r["rss"] for r in raw_runs),
                 mb_on_disk=max(r["mb"] for r in raw_runs))
        emit("load process", None, peak_rss_mb=max(r["rss"] for r in kg_runs), mb_on_disk=kg_runs[-1]["mb"],
             check_seconds=[r["check"] for r in kg_runs], loadavg=os.getloadavg())
        return open_store(path=workdir / "store"), [r["seconds"] for r in kg_runs], None
    from kg.store.backends.remote import RemoteBackend
    from kg.testing.virtuoso import VirtuosoServer
    server = VirtuosoServer.find().start(workdir / "virtuoso", buffers=170_000)
    started = time.perf_counter()
    server.load(files)
    seconds = time.perf_counter() - started
    return Store(RemoteBackend(server.sparql_url, timeout=120)), [seconds], server


def _ops(marks: dict) -> dict[str, list[Callable]]:
    """Each measured operation: the calls (one per search text) it is made of."""
    from kg.explore.neighbourhood import neighbourhood
    from kg.explore.paths import shortest_paths
    from kg.explore.search import search
    return {
        "label search": [lambda s, t=t: search(s, t, limit=20) for t in marks["searches"]],
        "2-hop neighbourhood": [lambda s: neighbourhood(s, [marks["focus"]], hops=2, max_nodes=300)],
        "2-hop view drawn": [lambda s: neighbourhood(s, [marks["focus"]], hops=2, max_nodes=300, evidence=False)],
        "2-hop around a hub": [lambda s: neighbourhood(s, [marks["hub"]], hops=2, max_nodes=300)],
        "shortest path": [lambda s: shortest_paths(s, marks["path_from"], marks["path_to"])],
    }


def regex_queries(marks: dict) -> list[str]:
    """The SPARQL search kg sends to a remote endpoint, for each search text."""
    from kg.explore.search import byte_pattern, pattern
    from kg.kinds import ENTITY_CLASSES
    from kg.store.sparql import Raw, one_of, render
    return [render("search", pattern=pattern(t), bytes=byte_pattern(t), also=Raw(""), types=Raw(one_of(ENTITY_CLASSES)),
                   limit=200) for t in marks["searches"]]


def run_kg(backend: str, data: Path, marks: dict, runs: int, workdir: Path, record: Path | None, *,
           with_raw: bool = True) -> None:
    from kg.explore.search import search
    from kg.explore.views import subgraph_for
    from kg.explore.viewstate import ViewState
    from kg.export.exporter import export

    store, load_seconds, server = _open(backend, data, workdir, raw=with_raw)
    try:
        triples = store.triple_count()
        emit("load", load_seconds, triples=triples, rate=triples / statistics.median(load_seconds))
        started = time.perf_counter()
        search(store, marks["searches"][0], limit=20)  # builds the in-memory name index, if any
        emit("first search", [time.perf_counter() - started])
        ops = _ops(marks)
        raw = getattr(store.backend, "raw", None) if with_raw else None
        log: dict[str, list[tuple[str, str]]] = {}
        for op, calls in ops.items():  # a run makes every call of the op (each search text)
            log[op] = [q for call in calls for q in _queries_of(store, call)]
            kg_times, raw_times, results = paired(lambda: [call(store) for call in calls],
                                                  raw and (lambda: replay(raw, log[op])), runs)
            emit(op, kg_times, calls=len(calls), queries=len(log[op]), **_describe(op, results[-1][-1]))
            if raw_times:
                emit(f"raw: {op}", raw_times, queries=len(log[op]))
                q_times, q_raw, _ = paired(lambda: replay_kg(store.backend, log[op]),
                                           lambda: replay(raw, log[op]), runs)
                emit(f"kg queries: {op}", q_times, raw_median=statistics.median(q_raw))
        queries = regex_queries(marks)
        log["REGEX search query"] = [("select", q) for q in queries]
        kg_times, raw_times, _ = paired(lambda: [store.select_text(q) for q in queries],
                                        raw and (lambda: replay(raw, log["REGEX search query"])), runs)
        emit("REGEX search query", kg_times, calls=len(queries))
        if raw_times:
            emit("raw: REGEX search query", raw_times, queries=len(queries))
        if record is not None and backend == "memory":
            record.write_text(json.dumps(log))
        state = ViewState(focus=(marks["focus"],), hops=2, max_nodes=200)
        view = subgraph_for(store, state)  # the app's pipeline: what is drawn is what is exported
        for fmt, op in (("ttl", "export 200 nodes (Turtle)"), ("graphml", "export 200 nodes (GraphML)"),
                        ("html", "HTML of 200 nodes")):
            times, out = timed(lambda: export(store, state, view, fmt), runs)
            emit(op, times, nodes=len(view.nodes), edges=len(view.edges), bytes=len(out.data))
        extra = {}
        if server is not None:
            extra["server_peak_rss_mb"] = _server_rss_mb(server.process.pid)
        emit("peak RSS", None, mb=peak_rss_mb(), **extra)
    finally:
        if server is not None:
            server.stop()


def replay(raw, queries: list[tuple[str, str]]) -> None:
    """kg's queries sent to the pyoxigraph store directly, every solution read."""
    for _, q in queries:
        for solution in raw.query(q, use_default_graph_as_union=True):
            tuple(solution)


def replay_kg(backend, queries: list[tuple[str, str]]) -> None:
    """The same queries through the kg backend, as kg sends them (rdflib terms or strings)."""
    for kind, q in queries:
        if kind == "strings":
            backend.select_strings(q)
        elif kind == "select":
            backend.select(q)
        elif kind == "construct":
            backend.construct(q)
        else:
            backend.ask(q)


def paired(kg: Callable, raw: Callable | None, runs: int) -> tuple[list[float], list[float], list]:
    """kg and raw runs taken in turns, so that a noisy neighbour slows both alike."""
    kg()
    if raw:
        raw()
    kg_times, raw_times, results = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        results.append(kg())
        kg_times.append(time.perf_counter() - started)
        if raw:
            started = time.perf_counter()
            raw()
            raw_times.append(time.perf_counter() - started)
    return kg_times, raw_times, results


def _describe(op: str, result) -> dict:
    if op == "label search":
        return {"hits": len(result)}
    if op == "shortest path":
        paths, view = result
        return {"paths": len(paths), "length": len(paths[0].nodes) - 1 if paths else None}
    return {"nodes": len(result.nodes), "total_nodes": result.total_nodes or len(result.nodes), "lazy": result.lazy}


def _server_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _queries_of(store, call) -> list[tuple[str, str]]:
    from kg.store.store import Store
    recorder = Recorder(store.backend)
    probe = Store(recorder, names=store.name_index())
    probe.__dict__["link_properties"] = store.link_properties
    call(probe)
    return recorder.log


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.worker")
    parser.add_argument("backend", choices=("memory", "disk", "virtuoso", "rdflib", "app"))
    parser.add_argument("--data", type=Path)
    parser.add_argument("--landmarks", type=Path)
    parser.add_argument("--queries", type=Path, help="where memory writes, and rdflib reads, kg's queries")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--no-raw", action="store_true", help="kg alone: no raw pyoxigraph load or replays "
                        "(the figures a cut growth run lacks, in a third of its time)")
    args = parser.parse_args(argv)
    sys.setrecursionlimit(10_000)
    if args.backend == "app":
        run_app(args.runs, args.workdir)
        return 0
    marks = json.loads(args.landmarks.read_text())
    if args.backend == "rdflib":
        run_rdflib(args.data, args.queries, args.runs)
    else:
        run_kg(args.backend, args.data, marks, args.runs, args.workdir, args.queries, with_raw=not args.no_raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
