"""A comparison drawn: the union of two views with what is only in A, only in B and in both apart.

Two cues each, so that neither colour vision nor a greyscale print is needed to tell the groups
apart: colour (Okabe-Ito blue and orange, grey — a pair every common colour-vision deficiency
keeps apart) *and* line — an entity only in A has a thick solid outline, only in B a thick
dashed one, in both a thin one; a link only in A is solid, only in B dashed, in both thin and
dotted. The shape still tells the kind of entity; the legend names every group.

:func:`mark` restyles a drawing from :func:`kg.draw.html.payload`; ``sides`` maps each entity
IRI and each link id (``subject|predicate|object``) to ``"a"``, ``"b"`` or ``"both"``
(``kg.explore.compare.Comparison.side``: ``draw`` does not import ``explore``).

>>> drawn = {"nodes": [{"id": "x", "shape": "dot", "font": {}, "color": {"highlight": {}}}], "edges": [],
...          "legend": []}
>>> mark(drawn, {"x": "a"})["nodes"][0]["color"]["background"]
'#0072B2'
"""

from __future__ import annotations

import copy

__all__ = ["GROUPS", "legend_rows", "mark"]

#: Per group: its name in the legend, fill, outline (dashes, width), link colour, width and dashes.
GROUPS: dict[str, dict] = {
    "a": {"label": "only in A", "fill": "#0072B2", "text": "#ffffff", "border_dashes": False, "border": 4,
          "edge": "#0072B2", "width": 2.6, "dashes": False},
    "b": {"label": "only in B", "fill": "#E69F00", "text": "#111111", "border_dashes": [6, 3], "border": 4,
          "edge": "#E69F00", "width": 2.6, "dashes": [9, 5]},
    "both": {"label": "in both", "fill": "#D4D4D4", "text": "#111111", "border_dashes": False, "border": 1.2,
             "edge": "#6E6E6E", "width": 1.2, "dashes": [2, 3]},
}
_INSIDE = ("box", "ellipse", "database")  # shapes whose label sits inside the fill


def mark(drawn: dict, sides: dict[str, str]) -> dict:
    """A copy of the drawing with every node and link styled by its group, and the legend to match:
    the kinds as uncoloured shapes, then the three groups as entities and as links."""
    out = copy.deepcopy(drawn)
    for node in out["nodes"]:
        g = GROUPS[sides.get(node["id"], "both")]
        node["color"] = {"background": g["fill"], "border": "#111111",
                         "highlight": {"background": g["fill"], "border": "#000000"}}
        node["borderWidth"] = g["border"]
        node["shapeProperties"] = {"borderDashes": g["border_dashes"]}
        node["group_side"] = sides.get(node["id"], "both")
        if node.get("shape") in _INSIDE:
            node["font"] = {**node.get("font", {}), "color": g["text"]}
    for edge in out["edges"]:
        g = GROUPS[sides.get(edge["id"], "both")]
        edge["color"] = {"color": g["edge"], "highlight": "#000000"}
        edge["width"] = g["width"]
        edge["dashes"] = g["dashes"]
        edge["group_side"] = sides.get(edge["id"], "both")
    out["legend"] = legend_rows(drawn["legend"])
    return out


def legend_rows(rows: list[dict]) -> list[dict]:
    """A comparison's legend from its view's rows (:func:`kg.draw.style.legend`): the three groups
    as entities (``group``: the side), then as links, then the kinds as uncoloured shapes. A link's
    type is not drawn (its colour and line tell its group), so the link types' rows go; the static
    figures (:mod:`kg.draw.plan`) read the same rows.

    >>> [row["label"] for row in legend_rows([{"type": "node", "label": "Episode", "color": "#0072B2"}])][::3]
    ['entity only in A (thick solid outline)', 'link only in A (solid)', 'Episode']
    """
    kinds = [{**row, "color": "#ffffff", "dashed": False} for row in rows if row["type"] == "node"]
    groups = [{"type": "node", "shape": "dot", "color": g["fill"], "dashed": bool(g["border_dashes"]), "group": side,
               "label": f"entity {g['label']} ({_outline(g)} outline)"} for side, g in GROUPS.items()]
    links = [{"type": "edge", "color": g["edge"], "width": g["width"], "dashes": bool(g["dashes"]),
              "pattern": list(g["dashes"] or []), "arrow": "arrow", "group": side,
              "label": f"link {g['label']} ({_line(g)})"} for side, g in GROUPS.items()]
    return groups + links + kinds


def _outline(g: dict) -> str:
    return "thin" if g["border"] < 2 else "thick dashed" if g["border_dashes"] else "thick solid"


def _line(g: dict) -> str:
    return "thin, dotted" if g["width"] < 2 else "dashed" if g["dashes"] else "solid"
