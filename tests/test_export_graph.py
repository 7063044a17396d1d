"""Graph files: GraphML and GEXF re-read with networkx; yEd graphics; Cytoscape.js; CSV."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import networkx as nx
from export_support import MINI_STATE, mini_store, mini_view  # noqa: F401

from kg.draw.layout import positions
from kg.export import graph as export_graph
from kg.export.exporter import Exporter
from kg.kinds import KIND_BY_KEY

Y = "{http://www.yworks.com/xml/graphml}"


def test_graphml_rereads_with_the_same_nodes_edges_and_attributes(mini_view):
    graph = nx.read_graphml(io.BytesIO(export_graph.graphml(mini_view)), force_multigraph=True)
    assert dict(graph.nodes(data=True)) == dict(export_graph.node_rows(mini_view))
    read = sorted((s, t, d) for s, t, d in graph.edges(data=True))
    keys = export_graph.citation_keys(mini_view)
    assert read == sorted(export_graph.edge_rows(mini_view, keys))
    valdai = graph.nodes["https://w3id.org/negkg/id/episode/valdai-2014"]
    assert valdai["label"] == "Valdai Conference 2014" and valdai["kind"] == "episode"
    assert valdai["colour"] == KIND_BY_KEY["episode"].colour and valdai["evidence_count"] == 3
    counts = {d["predicate_curie"]: d["evidence_count"] for _, _, d in graph.edges(data=True)}
    assert counts["nkg:illustrates"] == 1


def test_graphml_carries_yfiles_graphics_for_yed(mini_view):
    root = ET.fromstring(export_graph.graphml(mini_view))
    nodes = root.findall(".//{http://graphml.graphdrawing.org/xmlns}node")
    assert len(nodes) == len(mini_view.nodes)
    labels = {n.find(f".//{Y}NodeLabel").text for n in nodes}
    assert labels == {n.label for n in mini_view.nodes}
    fills = {n.find(f".//{Y}Fill").get("color") for n in nodes}
    assert fills == {KIND_BY_KEY[n.kind].colour for n in mini_view.nodes}
    edge_labels = [e.text for e in root.iter(f"{Y}EdgeLabel")]
    assert sorted(edge_labels) == sorted(e.label for e in mini_view.edges)


def test_gexf_rereads_with_the_same_nodes_edges_and_attributes(mini_view):
    graph = nx.read_gexf(io.BytesIO(export_graph.gexf(mini_view, title="t")))
    rows = dict(export_graph.node_rows(mini_view))
    assert set(graph.nodes) == set(rows)
    for iri, attrs in rows.items():
        got = {k: v for k, v in graph.nodes[iri].items() if k != "viz"}
        assert got == attrs
        colour = graph.nodes[iri]["viz"]["color"]
        assert (colour["r"], colour["g"], colour["b"]) == (attrs["r"], attrs["g"], attrs["b"])
    expected = {(s, t, d["predicate"]): d for s, t, d in export_graph.edge_rows(mini_view,
                                                                                export_graph.citation_keys(mini_view))}
    got = {(s, t, d["predicate"]): {k: v for k, v in d.items() if k not in ("id", "viz", "networkx_key")}
           for s, t, d in graph.edges(data=True)}
    assert got == expected


def test_gexf_has_no_date(mini_view):
    assert b"lastmodifieddate" not in export_graph.gexf(mini_view)


def test_cytoscape_json_has_elements_positions_and_evidence(mini_view):
    doc = json.loads(export_graph.cytoscape_json(mini_view, title="t", view=MINI_STATE.to_params()))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    pos = positions(mini_view)
    assert {n["data"]["id"] for n in nodes} == {n.iri for n in mini_view.nodes}
    assert all((n["position"]["x"], n["position"]["y"]) == pos[n["data"]["id"]] for n in nodes)
    assert len(edges) == len(mini_view.edges)
    quotes = {ev["quote"] for e in edges for ev in e["data"]["evidence"]}
    assert quotes == {ev.quote for ev in mini_view.evidence}
    assert doc["data"]["view"] == {"focus": "episode:valdai-2014", "hops": "2"}


def test_nodes_and_edges_csv(mini_view):
    nodes = list(csv.DictReader(io.StringIO(export_graph.nodes_csv(mini_view).decode("utf-8"))))
    assert [r["iri"] for r in nodes] == [n.iri for n in mini_view.nodes]
    assert {r["label"] for r in nodes} == {n.label for n in mini_view.nodes}
    edges = list(csv.DictReader(io.StringIO(export_graph.edges_csv(mini_view).decode("utf-8"))))
    assert [(r["source"], r["predicate"], r["target"]) for r in edges] == [e.key for e in mini_view.edges]
    illustrates = next(r for r in edges if r["predicate_curie"] == "nkg:illustrates")
    assert illustrates["sources"] == "sondergaard-2025; valdai-2014"
    assert illustrates["evidence_count"] == "1"


def test_csv_zip_holds_both_tables(mini_store, mini_view):
    data = Exporter(mini_store, MINI_STATE, mini_view, created="2025-11-27").export("csv").data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["edges.csv", "nodes.csv"]
        assert archive.read("nodes.csv") == export_graph.nodes_csv(mini_view)
