"""How links and kinds look, in every picture: the line style of each link type and the legend.

The interactive graph, the figures, TikZ and the GraphML/GEXF exports all read their styles
here, so a link type looks the same on screen, on paper and in Gephi.
"""

from __future__ import annotations

from kg.kinds import KINDS
from kg.model import Subgraph

__all__ = ["EDGE_STYLES", "PATH_COLOUR", "OWN_COLOUR", "OWN_EDGE", "community_legend", "edge_style", "legend",
           "local_name", "own_edge", "own_node"]

#: Link style per predicate local name: colour, width, dashes, arrow head (``arrow``; an arrow if unset).
EDGE_STYLES: dict[str, dict] = {
    "illustrates": {"color": "#D55E00", "width": 2.5},
    "exceptionTo": {"color": "#D55E00", "width": 2.5, "dashes": [3, 6]},
    "participant": {"color": "#0072B2", "width": 1.4},
    "place": {"color": "#777777", "width": 1.2, "dashes": [2, 4]},
    "partOf": {"color": "#0072B2", "width": 1.6, "dashes": [10, 4]},
    "follows": {"color": "#56B4E9", "width": 1.6, "dashes": [10, 4]},
    "involvesConcept": {"color": "#CC79A7", "width": 1.4},
    "contrastsWith": {"color": "#CC79A7", "width": 1.6, "dashes": [5, 5]},
    "memberOf": {"color": "#009E73", "width": 1.2},
    "affiliatedWith": {"color": "#009E73", "width": 1.2, "dashes": [6, 3]},
    "locatedIn": {"color": "#999999", "width": 1.0, "dashes": [2, 4]},
    "concerns": {"color": "#000000", "width": 1.4},
    "supports": {"color": "#999999", "width": 1.0, "dashes": [1, 3]},
    # the argument: support solid green, attack red dashed, rebuttal red dash-dot (greyscale: the dashes
    # differ), each with its own arrow head (vis-network's names): support a filled arrow, an example an
    # open "vee", an attack a bar across the line (it blocks), a rebuttal a filled circle
    "supportsClaim": {"color": "#009E73", "width": 2.2, "arrow": "arrow"},
    "illustratesClaim": {"color": "#009E73", "width": 1.6, "dashes": [2, 3], "arrow": "vee"},
    "attacks": {"color": "#C1121F", "width": 2.2, "dashes": [8, 4], "arrow": "bar"},
    "rebuts": {"color": "#C1121F", "width": 2.6, "dashes": [12, 3, 2, 3], "arrow": "circle"},
    "author": {"color": "#BBBBBB", "width": 1.0},
    "publisher": {"color": "#BBBBBB", "width": 1.0, "dashes": [6, 3]},
}
#: The colour of the links on a shortest path (drawn thicker, over their own style).
PATH_COLOUR = "#E69F00"
_DEFAULT_EDGE = {"color": "#888888", "width": 1.0}
#: The researcher's own workspace (kg.workspace): violet (Okabe-Ito's palette has none), dotted, thick;
#: never the paper's colours, and apart in greyscale by its dots.
OWN_COLOUR = "#7B3294"
OWN_EDGE = {"color": OWN_COLOUR, "width": 3.0, "dashes": [2, 4]}
_WORKSPACE_GRAPHS = "https://w3id.org/negkg/graph/workspace/"


def own_edge(edge) -> bool:
    """A link only the researcher's workspace states: every piece of its evidence is theirs."""
    return bool(edge.evidence) and not edge.inferred and all(
        (ev.upload or "").startswith(_WORKSPACE_GRAPHS) for ev in edge.evidence)


def own_node(node) -> bool:
    """An entity only the researcher's workspace describes."""
    return (node.upload or "").startswith(_WORKSPACE_GRAPHS)
_INFERRED_EDGE = {"color": "#8F8F8F", "width": 1.2, "dashes": [6, 3]}


def local_name(predicate: str) -> str:
    """The last segment of a predicate IRI, which keys :data:`EDGE_STYLES`."""
    return predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def edge_style(predicate: str, inferred: bool = False) -> dict:
    """The style of a link: ``color``, ``width`` and, for dashed lines, ``dashes`` (vis-network's names).

    >>> edge_style("https://w3id.org/negkg/ns#illustrates")
    {'color': '#D55E00', 'width': 2.5}
    """
    return dict(_INFERRED_EDGE if inferred else EDGE_STYLES.get(local_name(predicate), _DEFAULT_EDGE))


def legend(sg: Subgraph) -> list[dict]:
    """Legend rows for the kinds and link types present in the subgraph."""
    kinds = {n.kind for n in sg.nodes}
    rows = [{"type": "node", "label": k.label, "color": k.colour, "shape": k.shape, "dashed": k.dashed}
            for k in KINDS if k.key in kinds]
    if any(n.upload and not own_node(n) for n in sg.nodes):
        rows.append({"type": "node", "label": "your upload (dashed outline)", "color": "#ffffff", "shape": "dot",
                     "dashed": True})
    if any(own_node(n) for n in sg.nodes):
        rows.append({"type": "node", "label": "your workspace (violet dotted outline)", "color": "#ffffff",
                     "shape": "dot", "dashed": True, "border": OWN_COLOUR})
    seen: dict[str, str] = {}
    for e in sg.edges:
        key = "inferred" if e.inferred else local_name(e.predicate)
        seen.setdefault(key, "inferred link" if e.inferred else e.label)
    for key, label in sorted(seen.items(), key=lambda kv: kv[1]):
        style = _INFERRED_EDGE if key == "inferred" else EDGE_STYLES.get(key, _DEFAULT_EDGE)
        rows.append({"type": "edge", "label": label, "color": style["color"], "width": style["width"],
                     "dashes": bool(style.get("dashes")), "pattern": list(style.get("dashes") or []),
                     "arrow": style.get("arrow", "arrow")})
    if any(own_edge(e) for e in sg.edges):
        rows.append({"type": "edge", "label": "your link (your workspace, not the paper)", "color": OWN_COLOUR,
                     "width": OWN_EDGE["width"], "dashes": True, "pattern": list(OWN_EDGE["dashes"]),
                     "arrow": "arrow"})
    if sg.highlight:
        rows.append({"type": "edge", "label": "shortest path", "color": PATH_COLOUR, "width": 3.5, "dashes": False})
    return rows


def community_legend(rows: list[dict], metrics, colours: dict[str, str]) -> list[dict]:
    """The legend of a view coloured by community: the kinds as uncoloured shapes, then one
    row per community in its colour, named after its best-connected members.

    ``metrics`` is a :class:`kg.explore.analysis.Metrics` (duck-typed: ``draw`` does not import
    ``explore``); ``colours`` maps each node IRI to the colour it is drawn in.
    """
    kinds = [{**row, "color": "#ffffff"} for row in rows if row["type"] == "node"]
    members: dict[int, list] = {}
    for n in metrics.nodes:
        members.setdefault(n.community, []).append(n)
    communities = []
    for number, nodes in sorted(members.items(), key=lambda kv: -len(kv[1])):
        top = sorted(nodes, key=lambda n: (-n.degree, n.label))[:2]
        names = ", ".join(n.label if len(n.label) <= 24 else n.label[:23] + "…" for n in top)
        communities.append({"type": "node", "shape": "dot", "dashed": False, "color": colours[nodes[0].iri],
                            "label": f"Community {len(communities) + 1}: {names}"
                                     + (f" and {len(nodes) - 2} more" if len(nodes) > 2 else "")})
    return kinds + communities + [row for row in rows if row["type"] != "node"]
