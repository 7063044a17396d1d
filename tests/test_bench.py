"""The benchmark's synthetic graph has the shape of the paper's, so its figures mean something."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from dataclasses import asdict

from bench.generate import generate
from bench.worker import regex_queries
from kg.explore.neighbourhood import neighbourhood
from kg.explore.search import search
from kg.ingest.load import ontology_files
from kg.store import fetch
from kg.store.store import ROOT, open_store


def test_synthetic_graph_is_shaped_like_the_papers(tmp_path):
    path = tmp_path / "synthetic.nt"
    marks = generate(path, 10_000)
    store = open_store(files=ontology_files() + [path])
    assert 8_000 < store.triple_count() < 12_000
    props = " ".join(f"<{p}>" for p in store.link_properties)
    links = store.select_text(f"SELECT ?s ?o WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?o }}").rows
    ends = {str(n) for row in links for n in row}
    kinds = fetch.kinds(store, ends)
    assert ends == set(kinds), "every end of every link is an entity a view can draw"
    assert Counter(kinds.values())["trait"] == 7
    # the landmarks the benchmark asks about: a typical episode, a hub, and texts that find something
    assert kinds[marks.focus] == "episode" and kinds[marks.path_from] == "episode"
    assert all(search(store, text, limit=5) for text in marks.searches)
    view = neighbourhood(store, [marks.focus], hops=2, max_nodes=300)
    assert {n.kind for n in view.nodes} >= {"episode", "trait", "place", "concept"}
    linked = {end for e in view.edges for end in (e.source, e.target)}
    assert {n.iri for n in view.nodes} <= linked
    assert all(e.evidence for e in view.edges), "an evidence node behind every link"
    # the SPARQL search the benchmark sends as such renders and finds what kg.explore.search finds
    for text, query in zip(marks.searches, regex_queries(asdict(marks))):
        found = {str(row[0]) for row in store.select_text(query).rows}
        assert {h.iri for h in search(store, text, limit=200)} <= found, text


def test_import_time_script_prints_its_figures():
    out = subprocess.run([sys.executable, "bench/import_time.py", "1"], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout
    assert out.count("heavy libraries loaded: none") == 2 and "median" in out


def test_growth_table_and_plot_show_kg_against_raw_at_each_size(tmp_path):
    from bench.plot import plot
    from bench.report import growth_table

    def disk(triples: int, kg: float, raw: float) -> list[dict]:
        return [{"op": "raw: load", "median": raw, "peak_rss_mb": 100, "mb_on_disk": 10},
                {"op": "load process", "peak_rss_mb": 120, "mb_on_disk": 20, "loadavg": [1.0, 2.0, 3.0]},
                {"op": "load", "median": kg, "triples": triples, "rate": triples / kg},
                {"op": "2-hop view drawn", "median": kg / 100, "calls": 1},
                {"op": "raw: 2-hop view drawn", "median": raw / 100},
                {"op": "peak RSS", "mb": 150}]
    report = {"sizes": {"10k": {"disk": disk(10_000, 0.3, 0.2)}, "1M": {"disk": disk(1_000_000, 15.0, 12.0)}}}
    text = growth_table(report)
    assert "15.0 s (66,667/s); raw 12.0 s = 1.25×" in text and "150.0 (raw 120.0, 1.25×)" in text
    svg = plot(report, tmp_path / "growth.svg").read_text()
    assert "kg load" in svg and "raw bulk_load" in svg and "2-hop view, drawn (kg)" in svg
    sizes = [float(x) for x in re.findall(r"font-size:\s*([\d.]+)px", svg)] or \
        [float(x) for x in re.findall(r'font-size="([\d.]+)"', svg)]
    assert sizes and min(sizes) >= 7  # the SVG's user unit is the point: every label at least 7 pt


def test_a_growth_run_resumes_only_the_sizes_it_holds_in_full():
    from bench.__main__ import complete
    whole = {"disk": [{"op": "load", "median": 1.0}, {"op": "peak RSS", "mb": 200}]}
    assert complete(whole)
    assert not complete({"disk": [{"op": "load", "median": 1.0}]}), "stopped before its query-process RSS"
    assert not complete({"disk": whole["disk"] + [{"op": "note", "note": "stopped after 7200 s"}]})
    assert not complete({})
