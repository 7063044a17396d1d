"""Deterministic node positions (networkx), so the browser runs no physics.

The same subgraph always gets the same positions: node order is sorted and
the layout seeded. Traits, when present, are pinned on a circle in trait order
so the paper's seven traits keep their place from view to view.
"""

from __future__ import annotations

import math
from functools import lru_cache

import networkx as nx

from kg.model import Subgraph

__all__ = ["positions"]

SEED = 7


def positions(sg: Subgraph) -> dict[str, tuple[float, float]]:
    """Pixel coordinates per node IRI.

    >>> from kg.model import Node, Subgraph
    >>> sg = Subgraph((Node("urn:a", "A", "episode"), Node("urn:b", "B", "episode")), ())
    >>> positions(sg) == positions(sg)
    True
    """
    nodes = tuple(sorted(n.iri for n in sg.nodes))
    edges = tuple(sorted({tuple(sorted((e.source, e.target))) for e in sg.edges if e.source != e.target}))
    traits = tuple(n.iri for n in sg.nodes if n.kind == "trait")
    return dict(_layout(nodes, edges, tuple(sorted(traits, key=_trait_order))))


def _trait_order(iri: str) -> tuple[int, str]:
    tail = iri.rsplit("/", 1)[-1]
    return (int(tail), iri) if tail.isdigit() else (10**6, iri)


@lru_cache(maxsize=64)
def _layout(nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...],
            traits: tuple[str, ...]) -> tuple[tuple[str, tuple[float, float]], ...]:
    if not nodes:
        return ()
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    n = len(nodes)
    scale = 60.0 * math.sqrt(n) + 60.0
    fixed, init = None, None
    if 1 < len(traits) < n:
        init = {t: (math.cos(2 * math.pi * i / len(traits) - math.pi / 2),
                    math.sin(2 * math.pi * i / len(traits) - math.pi / 2)) for i, t in enumerate(traits)}
        fixed = list(traits)
    iterations = 100 if n <= 500 else 35
    k = 2.4 / math.sqrt(n) if n > 1 else None
    pos = nx.spring_layout(graph, pos=init, fixed=fixed, k=k, iterations=iterations, seed=SEED)
    if fixed is None:
        pos = nx.rescale_layout_dict(pos, 1.0)
    else:  # pinned traits sit on the unit circle; keep free nodes in the same frame
        limit = max(1.0, max(max(abs(x), abs(y)) for x, y in pos.values()))
        pos = {key: (x / limit, y / limit) for key, (x, y) in pos.items()}
    return tuple((key, (round(float(x) * scale, 1), round(float(y) * scale, 1))) for key, (x, y) in sorted(pos.items()))
