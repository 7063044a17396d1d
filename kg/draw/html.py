"""Subgraph -> interactive vis-network graph, fully offline.

:func:`payload` gives the nodes, edges (with positions from :mod:`kg.draw.layout`)
and options that both the app's component and :func:`standalone_html` draw.
vis-network comes from the installed pyvis package and is inlined; the page
has a Content-Security-Policy that forbids every network request.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyvis
from pyvis.network import Network

from kg.cite import format_citation
from kg.draw.compare import mark
from kg.draw.labels import LABEL_PX, wrap
from kg.draw.layout import label_lines, node_size, positions
from kg.draw.style import OWN_COLOUR, OWN_EDGE, PATH_COLOUR, edge_style, legend, own_edge, own_node
from kg.kinds import KIND_BY_KEY
from kg.model import Subgraph
from kg.text import clean, escape, script_json

__all__ = ["CSP", "GRAPH_CSS", "TOOLTIP_CSS", "graph_js", "payload", "standalone_html", "vis_js"]

_ASSETS = Path(__file__).parent / "assets"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"

#: Every exported page forbids every request: nothing but what is inline may load.
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; font-src 'none'; connect-src 'none'")

#: The label font, as graph.js measures it (a wide sans-serif first: the layout's estimates assume one).
FONT_FACE = "DejaVu Sans Condensed, DejaVu Sans, Verdana, system-ui, sans-serif"

TOOLTIP_CSS = (".vis-tooltip{position:absolute;visibility:hidden;padding:6px 8px;max-width:380px;"
               "white-space:pre-wrap;font:13px/1.35 system-ui,sans-serif;color:#111;background:#fffdf5;"
               "border:1px solid #888;border-radius:4px;box-shadow:2px 2px 8px rgba(0,0,0,.2);"
               "pointer-events:none;z-index:5}")

#: The graph's own controls, wherever it is drawn: zoom buttons, the keyboard focus, the legend.
GRAPH_CSS = (".kg-zoom{position:absolute;top:8px;right:8px;display:flex;gap:4px;z-index:4}"
             ".kg-zoom button{min-width:34px;height:32px;padding:0 8px;font:15px system-ui,sans-serif;color:#111;"
             "background:#fff;border:1px solid #767676;border-radius:4px;cursor:pointer}"
             ".kg-zoom button:hover{background:#f0f0f0}"
             ".kg-zoom button:focus-visible,.kg-graph:focus-visible,#graph:focus-visible{outline:3px solid #1a55c4;"
             "outline-offset:2px}"
             ".kg-live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
             ".kg-legend-item{display:inline-flex;align-items:center;gap:5px}"
             ".kg-swatch.kg-shape{width:13px;height:13px;display:inline-block;overflow:visible}"
             ".kg-swatch.kg-line{width:34px;height:12px;display:inline-block;overflow:visible}")


@lru_cache(maxsize=1)
def vis_js() -> str:
    """vis-network 9.1.2, as shipped inside the installed pyvis package."""
    return _VIS.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def graph_js() -> str:
    return (_ASSETS / "graph.js").read_text(encoding="utf-8")


def _tooltip(node, degree: int) -> str:
    lines = [clean(node.label), KIND_BY_KEY[node.kind].label]
    if node.date_label:
        lines.append(clean(node.date_label))
    lines.append(f"{degree} link(s) in this view · click for details, double-click to expand")
    return "\n".join(lines)


def payload(sg: Subgraph, *, selected: str | None = None, sizes: dict[str, float] | None = None,
            colours: dict[str, str] | None = None, height: int = 640,
            selected_edge: tuple[str, str, str] | None = None, also_selected: tuple[str, ...] = ()) -> dict:
    """The JSON-ready drawing of a subgraph: nodes, edges, options, legend; ``selected``
    (a node), ``also_selected`` (nodes selected with it: a place's episodes) and ``selected_edge``
    (a link's key) are drawn selected."""
    pos = positions(sg)
    degree: dict[str, int] = {}
    for e in sg.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    net = Network(height=f"{height}px", width="100%", directed=True)
    focus = set(sg.focus)
    # Which labels the browser shows first when not all fit: the focus, then the best connected.
    order = sorted(sg.nodes, key=lambda n: (n.iri not in focus, -degree.get(n.iri, 0), n.label.casefold(), n.iri))
    rank = {n.iri: i for i, n in enumerate(order)}
    for node in sg.nodes:
        kind = KIND_BY_KEY[node.kind]
        colour = (colours or {}).get(node.iri, kind.colour)
        x, y = pos[node.iri]
        label = wrap(node.label, label_lines(sg))
        inside = kind.shape in ("box", "ellipse", "database")
        net.nodes.append({
            "id": node.iri, "label": label, "kgLabel": label, "rank": rank[node.iri],
            "title": _tooltip(node, degree.get(node.iri, 0)),
            "shape": kind.shape, "x": x, "y": y, "physics": False,
            "size": (sizes or {}).get(node.iri, node_size(node.kind, node.iri in focus)),
            "color": {"background": colour, "border": "#222222",
                      "highlight": {"background": colour, "border": "#000000"}},
            "borderWidth": 4 if node.iri in focus else 1.5,
            "font": {"size": LABEL_PX, "face": FONT_FACE, "multi": False,
                     "color": "#ffffff" if node.kind == "claim" else "#111111"}
            if inside else
            {"size": LABEL_PX, "face": FONT_FACE, "strokeWidth": 3, "strokeColor": "#ffffff", "color": "#111111",
             "bold": {"color": "#000000"}},
            "shapeProperties": {"borderDashes": [4, 3] if kind.dashed else False},
        })
        if own_node(node):  # the researcher's workspace: a violet dotted outline (legend: "your workspace")
            net.nodes[-1].update(uploaded=True, own=True, borderWidth=3, shapeProperties={"borderDashes": [2, 3]})
            net.nodes[-1]["color"]["border"] = OWN_COLOUR
        elif node.upload:  # the reader's own data: a thick dashed outline (legend: "your upload")
            net.nodes[-1].update(uploaded=True, borderWidth=3, shapeProperties={"borderDashes": [7, 4]})
    drawn: set[tuple[str, str, str]] = set()
    for edge in sg.edges:
        if edge.key in drawn:  # one line per link, whatever the caller passed
            continue
        drawn.add(edge.key)
        own = own_edge(edge)
        style = dict(OWN_EDGE) if own else edge_style(edge.predicate, edge.inferred)
        highlighted = edge.key in sg.highlight
        title = f"{clean(edge.label)}" + (" (inferred: " + clean(edge.rule or "") + ")" if edge.inferred else
                                         f" · your link, {len(edge.evidence)} quote(s) from your sources, not the "
                                         "paper · click to read" if own else
                                         " · click to read its evidence" if sg.lazy else
                                         f" · {len(edge.evidence)} evidence quote(s) · click to read")
        net.edges.append({
            "id": "|".join(edge.key), "from": edge.source, "to": edge.target, "title": title,
            "color": {"color": PATH_COLOUR if highlighted else style["color"], "highlight": "#000000"},
            "width": style["width"] * (2.5 if highlighted else 1), "dashes": style.get("dashes", False),
            "arrows": {"to": {"enabled": True, "type": style.get("arrow", "arrow"),
                              "scaleFactor": 0.9 if sg.layout == "argument" else 0.5}},
        })
        if own:
            net.edges[-1]["own"] = True
    nodes, edges, _, _, _, _ = net.get_network_data()
    return {
        "nodes": nodes, "edges": edges, "selected": selected, "also_selected": list(also_selected),
        "height": height, "focus": list(sg.focus),
        "selected_edge": "|".join(selected_edge) if selected_edge and tuple(selected_edge) in drawn else None,
        "options": _options(len(nodes)), "legend": legend(sg),
    }


def _options(n: int) -> dict:
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                        "keyboard": {"enabled": False},  # graph.js: arrows move between nodes
                        "hideEdgesOnDrag": n > 500, "hideEdgesOnZoom": n > 1000},
        "edges": {"smooth": False, "selectionWidth": 2},
        "nodes": {"shapeProperties": {"interpolation": False}, "scaling": {"label": {"drawThreshold": 3}}},
    }


_PAGE_CSS = """
html,body{height:100%}
body{margin:0;font:14px/1.45 system-ui,sans-serif;color:#111;background:#fff;display:flex;flex-direction:column}
header{flex:0 0 auto;padding:10px 16px;border-bottom:1px solid #ddd}
h1{font-size:18px;margin:0 0 4px}
header p{margin:0;color:#444}
main{flex:1 1 auto;display:flex;min-height:360px}
#graph{flex:1 1 auto;min-width:0;position:relative;border-right:1px solid #ddd}
#details{flex:0 0 340px;overflow:auto;padding:10px 14px}
#details blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #D55E00;background:#faf6f2}
footer{flex:0 0 auto;border-top:1px solid #ddd;padding:4px 16px}
#legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px}
.kg-hint{margin:0 0 2px;color:#444;font-size:13px}
@media (max-width:900px){main{flex-direction:column}#details{flex:0 0 auto;max-height:35vh}}
"""

_PAGE_JS = """
const DATA = JSON.parse(document.getElementById("kg-data").textContent);
const details = document.getElementById("details");
function add(tag, text, parent) {
  const el = document.createElement(tag); el.textContent = text; (parent || details).appendChild(el); return el;
}
function showNode(id) {
  const info = DATA.details.nodes[id]; details.replaceChildren();
  if (!info) return;
  add("h2", info.label); add("p", info.kind + (info.date ? " · " + info.date : ""));
  (DATA.details.links[id] || []).forEach(function (key) { showEdgeInto(key); });
}
function showEdgeInto(key) {
  const e = DATA.details.edges[key]; if (!e) return;
  add("h3", e.from + " — " + e.label + " — " + e.to);
  if (e.inferred) add("p", "Inferred: " + e.rule);
  e.evidence.forEach(function (ev) {
    add("blockquote", "\\u201c" + ev.quote + "\\u201d");
    add("p", ev.section + (ev.sources.length ? " · " + ev.sources.join("; ") : ""));
  });
}
function showEdge(key) { details.replaceChildren(); showEdgeInto(key); }
kgDrawGraph(document.getElementById("graph"), DATA.graph, {node: showNode, edge: showEdge,
  close: function () { details.replaceChildren(); add("p", "Click a node or a link to read the paper's evidence."); }});
kgDrawLegend(document.getElementById("legend"), DATA.graph.legend);
"""


def _details(sg: Subgraph) -> dict:
    cites = {c.iri: format_citation(c) for c in sg.citations}
    labels = {n.iri: n.label for n in sg.nodes}
    nodes = {n.iri: {"label": n.label, "kind": KIND_BY_KEY[n.kind].label, "date": n.date_label} for n in sg.nodes}
    edges, links = {}, {}
    for e in sg.edges:
        key = "|".join(e.key)
        edges[key] = {"from": labels[e.source], "to": labels[e.target], "label": e.label,
                      "inferred": e.inferred, "rule": e.rule,
                      "evidence": [{"quote": ev.quote, "section": ev.section_title,
                                    "sources": [cites.get(s, s) for s in ev.sources]} for ev in e.evidence]}
        links.setdefault(e.source, []).append(key)
        links.setdefault(e.target, []).append(key)
    return {"nodes": nodes, "edges": edges, "links": links}


def standalone_html(sg: Subgraph, *, title: str, caption: str = "", sides: dict[str, str] | None = None) -> str:
    """One self-contained HTML file that opens from disk with no network at all; with ``sides``
    (a comparison's groups, :mod:`kg.draw.compare`) drawn as a comparison."""
    drawn = payload(sg)
    data = {"graph": mark(drawn, sides) if sides is not None else drawn, "details": _details(sg)}
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        f"<title>{escape(title)}</title>\n<style>{TOOLTIP_CSS}{GRAPH_CSS}{_PAGE_CSS}</style>\n"
        f"<script>{vis_js()}</script>\n<script>{graph_js()}</script>\n</head><body>\n"
        f"<header><h1>{escape(title)}</h1><p>{escape(caption)}</p></header>\n"
        "<main><div id=\"graph\"></div><aside id=\"details\" aria-live=\"polite\"><p>Click a node or a link to "
        "read the paper's evidence.</p></aside></main>\n<footer><p class=\"kg-hint\">Scroll to zoom, drag to pan; "
        "click an entity or a link for its evidence. Keyboard: Tab to the graph, arrows move, Enter opens, Escape "
        "closes.</p><div id=\"legend\"></div></footer>\n"
        f"<script type=\"application/json\" id=\"kg-data\">{script_json(data)}</script>\n"
        f"<script>{_PAGE_JS}</script>\n</body></html>\n"
    )
