"""A view as a graph file: GraphML (Gephi, Cytoscape, yEd), GEXF (Gephi), Cytoscape.js JSON, CSV.

Every writer starts from the same rows (:func:`node_rows`, :func:`edge_rows`):
label, kind, colour (the palette of :mod:`kg.kinds`), shape, the layout
position the screen uses, and the evidence count and cited sources of each
link. GraphML carries yFiles graphics too, so yEd shows labels, colours and
shapes, while Gephi and Cytoscape read the plain attributes. Output is
deterministic: the same subgraph gives the same bytes.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Iterable

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kg._version import __version__
from kg.draw.layout import positions
from kg.draw.style import edge_style
from kg.export.bibliography import citation_key
from kg.kinds import KIND_BY_KEY, KINDS
from kg.model import Subgraph
from kg.namespaces import compact
from kg.text import csv_text, value_text

__all__ = ["node_rows", "edge_rows", "graphml", "gexf", "cytoscape_json", "nodes_csv", "edges_csv",
           "NODE_FIELDS", "EDGE_FIELDS", "YED_SHAPES", "to_networkx", "citation_keys"]

#: Column -> GraphML type, in order: the attributes every graph format carries.
NODE_FIELDS: dict[str, str] = {
    "label": "string", "kind": "string", "kind_label": "string", "colour": "string", "shape_type": "string",
    "r": "int", "g": "int", "b": "int", "x": "double", "y": "double", "size": "double",
    "focus": "boolean", "degree": "int", "evidence_count": "int",
    "start_year": "int", "end_year": "int", "date_label": "string",
}
EDGE_FIELDS: dict[str, str] = {
    "label": "string", "predicate": "string", "predicate_curie": "string", "evidence_count": "int",
    "sources": "string", "inferred": "boolean", "rule": "string", "colour": "string", "dashed": "boolean",
}
#: yEd shape per kind: the app's (kg.kinds), where yEd has it (no downward triangle:
#: a trapezoid); a place is a square with a dashed outline, as in the app.
YED_SHAPES = {"trait": "star5", "episode": "ellipse", "person": "diamond", "state": "rectangle",
              "organisation": "triangle", "collective": "trapezoid", "place": "rectangle", "concept": "hexagon",
              "claim": "roundrectangle", "source": "ellipse"}
_GEXF_SHAPES = {"trait": "diamond", "episode": "disc", "person": "diamond", "state": "square",
                "organisation": "triangle", "collective": "triangle", "place": "square", "concept": "disc",
                "claim": "square", "source": "square"}


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def node_rows(sg: Subgraph) -> list[tuple[str, dict]]:
    """(IRI, attributes) per node, in the Subgraph's order; absent values left out."""
    pos = positions(sg)
    degree: dict[str, int] = {}
    evidence: dict[str, int] = {}
    for e in sg.edges:
        for end in (e.source, e.target):
            degree[end] = degree.get(end, 0) + 1
            evidence[end] = evidence.get(end, 0) + len(e.evidence)
    focus = set(sg.focus)
    rows = []
    for n in sg.nodes:
        kind = KIND_BY_KEY[n.kind]
        r, g, b = _rgb(kind.colour)
        x, y = pos[n.iri]
        attrs = {"label": n.label, "kind": n.kind, "kind_label": kind.label, "colour": kind.colour,
                 "shape_type": YED_SHAPES[n.kind], "r": r, "g": g, "b": b, "x": float(x), "y": float(y),
                 "size": 30.0 if n.iri in focus else 20.0, "focus": n.iri in focus,
                 "degree": degree.get(n.iri, 0), "evidence_count": evidence.get(n.iri, 0),
                 "start_year": n.start_year, "end_year": n.end_year, "date_label": n.date_label}
        rows.append((n.iri, {k: v for k, v in attrs.items() if v is not None}))
    return rows


def edge_rows(sg: Subgraph, keys: dict[str, str] | None = None) -> list[tuple[str, str, dict]]:
    """(source, target, attributes) per edge; ``sources`` lists citation keys (or CURIEs)."""
    keys = keys or {}
    rows = []
    for e in sg.edges:
        style = edge_style(e.predicate, e.inferred)
        cited = sorted({s for ev in e.evidence for s in ev.sources})
        attrs = {"label": e.label, "predicate": e.predicate, "predicate_curie": compact(e.predicate),
                 "evidence_count": len(e.evidence), "sources": "; ".join(keys.get(s, compact(s)) for s in cited),
                 "inferred": e.inferred, "rule": e.rule, "colour": style["color"], "dashed": bool(style.get("dashes"))}
        rows.append((e.source, e.target, {k: v for k, v in attrs.items() if v is not None}))
    return rows


def citation_keys(sg: Subgraph) -> dict[str, str]:
    """Source IRI -> the BibTeX key the bibliography export gives it."""
    return {s: citation_key(s) for e in sg.edges for ev in e.evidence for s in ev.sources}


# -- GraphML -----------------------------------------------------------------
_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_Y = "http://www.yworks.com/xml/graphml"


def _yed_node(parent: ET.Element, attrs: dict) -> None:
    shape = ET.SubElement(ET.SubElement(parent, "data", key="ng"), f"{{{_Y}}}ShapeNode")
    size = value_text(attrs["size"])
    ET.SubElement(shape, f"{{{_Y}}}Geometry", x=value_text(attrs["x"]), y=value_text(attrs["y"]), width=size,
                  height=size)
    ET.SubElement(shape, f"{{{_Y}}}Fill", color=attrs["colour"], transparent="false")
    ET.SubElement(shape, f"{{{_Y}}}BorderStyle", color="#222222", width="1.0",
                  type="dashed" if KIND_BY_KEY[attrs["kind"]].dashed else "line")
    label = ET.SubElement(shape, f"{{{_Y}}}NodeLabel", modelName="sides", modelPosition="s")
    label.text = attrs["label"]
    ET.SubElement(shape, f"{{{_Y}}}Shape", type=attrs["shape_type"])


def _yed_edge(parent: ET.Element, attrs: dict) -> None:
    line = ET.SubElement(ET.SubElement(parent, "data", key="eg"), f"{{{_Y}}}PolyLineEdge")
    ET.SubElement(line, f"{{{_Y}}}LineStyle", color=attrs["colour"], type="dashed" if attrs["dashed"] else "line",
                  width="1.0")
    ET.SubElement(line, f"{{{_Y}}}Arrows", source="none", target="standard")
    ET.SubElement(line, f"{{{_Y}}}EdgeLabel").text = attrs["label"]


def graphml(sg: Subgraph, *, title: str = "") -> bytes:
    """GraphML with typed attributes (Gephi, Cytoscape) and yFiles graphics (yEd)."""
    ET.register_namespace("", _GRAPHML)
    ET.register_namespace("y", _Y)
    root = ET.Element(f"{{{_GRAPHML}}}graphml")
    ET.SubElement(root, "key", {"for": "node", "id": "ng", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, "key", {"for": "edge", "id": "eg", "yfiles.type": "edgegraphics"})
    for where, fields, prefix in (("node", NODE_FIELDS, "n_"), ("edge", EDGE_FIELDS, "e_")):
        for name, kind in fields.items():
            ET.SubElement(root, "key", {"id": prefix + name, "for": where, "attr.name": name, "attr.type": kind})
    ET.SubElement(root, "key", {"id": "g_title", "for": "graph", "attr.name": "title", "attr.type": "string"})
    graph = ET.SubElement(root, "graph", id="G", edgedefault="directed")
    ET.SubElement(graph, "data", key="g_title").text = title
    for iri, attrs in node_rows(sg):
        node = ET.SubElement(graph, "node", id=iri)
        _yed_node(node, attrs)  # first: networkx reads yFiles x/y as text, the typed keys below win
        for name in NODE_FIELDS:
            if name in attrs:
                ET.SubElement(node, "data", key="n_" + name).text = value_text(attrs[name])
    for i, (source, target, attrs) in enumerate(edge_rows(sg, citation_keys(sg))):
        edge = ET.SubElement(graph, "edge", id=f"e{i}", source=source, target=target)
        _yed_edge(edge, attrs)
        for name in EDGE_FIELDS:
            if name in attrs:
                ET.SubElement(edge, "data", key="e_" + name).text = value_text(attrs[name])
    for element in root.iter():  # plain tags in the GraphML namespace
        if not element.tag.startswith("{"):
            element.tag = f"{{{_GRAPHML}}}{element.tag}"
    ET.indent(root, space=" ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


# -- GEXF ----------------------------------------------------------------------
def to_networkx(sg: Subgraph) -> nx.MultiDiGraph:
    """The view as a networkx MultiDiGraph with the export attributes (edge key = predicate)."""
    graph = nx.MultiDiGraph()
    for iri, attrs in node_rows(sg):
        graph.add_node(iri, **attrs)
    for source, target, attrs in edge_rows(sg, citation_keys(sg)):
        graph.add_edge(source, target, key=attrs["predicate"], **attrs)
    return graph


def gexf(sg: Subgraph, *, title: str = "") -> bytes:
    """GEXF 1.2 with viz colours, positions, sizes and shapes (Gephi)."""
    graph = nx.MultiDiGraph()
    for iri, attrs in node_rows(sg):
        viz = {"color": {"r": attrs["r"], "g": attrs["g"], "b": attrs["b"], "a": 1.0},
               "position": {"x": attrs["x"], "y": -attrs["y"], "z": 0.0}, "size": attrs["size"],
               "shape": _GEXF_SHAPES[attrs["kind"]]}
        graph.add_node(iri, viz=viz, **attrs)
    for i, (source, target, attrs) in enumerate(edge_rows(sg, citation_keys(sg))):
        r, g, b = _rgb(attrs["colour"])
        viz = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "shape": "dashed" if attrs["dashed"] else "solid"}
        graph.add_edge(source, target, key=f"e{i}", id=f"e{i}", viz=viz, **attrs)
    writer = GEXFWriter(version="1.2draft")
    meta = writer.xml.find("meta")
    meta.attrib.pop("lastmodifieddate", None)  # no dates: the same view gives the same bytes
    meta.find("creator").text = f"negkg {__version__} (NetworkX {nx.__version__})"
    ET.SubElement(meta, "description").text = title
    writer.add_graph(graph)
    return str(writer).encode("utf-8")


# -- Cytoscape.js ----------------------------------------------------------------
_CY_SHAPES = {"star": "star", "dot": "ellipse", "diamond": "diamond", "square": "rectangle",
              "triangle": "triangle", "triangleDown": "vee", "hexagon": "hexagon", "ellipse": "ellipse",
              "box": "round-rectangle", "database": "barrel"}


def cytoscape_json(sg: Subgraph, *, title: str = "", view: dict | None = None) -> bytes:
    """Cytoscape.js elements JSON (Cytoscape desktop imports it), with a kind style sheet."""
    nodes = []
    for iri, attrs in node_rows(sg):
        data = {"id": iri, **{k: v for k, v in attrs.items() if k not in ("x", "y")}}
        nodes.append({"data": data, "position": {"x": attrs["x"], "y": attrs["y"]}})
    edges = []
    by_key = {e.key: e for e in sg.edges}
    for i, (source, target, attrs) in enumerate(edge_rows(sg, citation_keys(sg))):
        edge = by_key[(source, attrs["predicate"], target)]
        evidence = [{"quote": ev.quote, "section": ev.section_title, "sources": list(ev.sources)}
                    for ev in edge.evidence]
        edges.append({"data": {"id": f"e{i}", "source": source, "target": target, **attrs, "evidence": evidence}})
    style = [{"selector": "node", "style": {"label": "data(label)", "background-color": "data(colour)",
                                            "border-color": "#222222", "border-width": 1}},
             {"selector": "edge", "style": {"label": "data(label)", "line-color": "data(colour)",
                                            "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)",
                                            "curve-style": "bezier"}},
             {"selector": "edge[?dashed]", "style": {"line-style": "dashed"}}]
    style += [{"selector": f'node[kind = "{k.key}"]', "style": {"shape": _CY_SHAPES.get(k.shape, "ellipse")}}
              for k in KINDS]
    doc = {"format_version": "1.0", "generated_by": f"negkg {__version__}", "target_cytoscapejs_version": "~3",
           "data": {"name": title, "view": view or {}}, "elements": {"nodes": nodes, "edges": edges},
           "style": style}
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _csv(header: list[str], rows: Iterable[list[object]]) -> bytes:
    return csv_text(header, rows).encode("utf-8")


def nodes_csv(sg: Subgraph) -> bytes:
    """One row per entity: IRI and every node attribute."""
    header = ["iri"] + list(NODE_FIELDS)
    return _csv(header, ([iri] + [attrs.get(k) for k in NODE_FIELDS] for iri, attrs in node_rows(sg)))


def edges_csv(sg: Subgraph) -> bytes:
    """One row per link: ends (IRI and label), predicate, evidence count, cited sources."""
    labels = {n.iri: n.label for n in sg.nodes}
    header = ["source", "source_label", "target", "target_label"] + list(EDGE_FIELDS)
    rows = ([s, labels.get(s, ""), t, labels.get(t, "")] + [attrs.get(k) for k in EDGE_FIELDS]
            for s, t, attrs in edge_rows(sg, citation_keys(sg)))
    return _csv(header, rows)
