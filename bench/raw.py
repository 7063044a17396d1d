"""Plain rdflib (its own parser and SPARQL engine, in memory) on the same queries kg sent."""

from __future__ import annotations

import json
import time
from pathlib import Path

from bench.measure import emit, peak_rss_mb, timed

__all__ = ["run_rdflib"]

#: A query slower than this is run once, not ``runs`` times (rdflib takes minutes on some shapes).
SLOW = 20.0


def run_rdflib(data: Path, queries: Path, runs: int) -> None:
    from rdflib import Dataset, URIRef

    from kg.ingest.load import ontology_files
    from kg.store.store import graph_for

    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    for path in ontology_files() + [data]:
        dataset.graph(URIRef(graph_for(path))).parse(path, format="nt" if path.suffix == ".nt" else "turtle")
    seconds = time.perf_counter() - started
    triples = len(dataset)
    emit("load", [seconds], triples=triples, rate=triples / seconds)
    log = json.loads(queries.read_text())

    def replay(items):
        for _, q in items:
            for row in dataset.query(q):
                tuple(row)

    order = ["label search", "REGEX search query", "2-hop neighbourhood", "shortest path", "2-hop around a hub"]
    for op in order + [op for op in log if op not in order]:
        started = time.perf_counter()
        replay(log[op])
        first = time.perf_counter() - started
        times = [first] if first > SLOW else timed(lambda: replay(log[op]), runs, warmup=False)[0]
        emit(op, times, queries=len(log[op]))
    emit("peak RSS", None, mb=peak_rss_mb())
