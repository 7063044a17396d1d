"""Network measures of a view (networkx over the fetched Subgraph, never the store)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.model import Subgraph

__all__ = ["NodeMetrics", "Metrics", "to_networkx", "metrics", "sizes", "community_colours"]

#: Distinct colours for communities (Okabe–Ito first, then Paul Tol's muted set).
COMMUNITY_PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
                     "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
                     "#882255", "#AA4499")


@dataclass(frozen=True)
class NodeMetrics:
    iri: str
    label: str
    kind: str
    degree: int
    betweenness: float
    community: int


@dataclass(frozen=True)
class Metrics:
    nodes: tuple[NodeMetrics, ...]
    communities: int
    modularity: float | None


def to_networkx(sg: Subgraph) -> nx.MultiDiGraph:
    """The view as a networkx graph: node and edge attributes from the Subgraph.

    >>> from kg.model import Node, Edge, Subgraph
    >>> g = to_networkx(Subgraph((Node("urn:a", "A", "episode"), Node("urn:b", "B", "trait")),
    ...                          (Edge("urn:a", "urn:b", "urn:p", "illustrates"),)))
    >>> g.number_of_nodes(), g.number_of_edges()
    (2, 1)
    """
    g = nx.MultiDiGraph()
    for n in sg.nodes:
        g.add_node(n.iri, label=n.label, kind=n.kind)
    for e in sg.edges:
        g.add_edge(e.source, e.target, key=e.predicate, label=e.label, evidence=len(e.evidence),
                   inferred=e.inferred)
    return g


def metrics(sg: Subgraph) -> Metrics:
    """Degree, betweenness centrality and Louvain communities (seeded: reproducible)."""
    simple = nx.Graph(to_networkx(sg))
    if simple.number_of_nodes() == 0:
        return Metrics((), 0, None)
    betweenness = nx.betweenness_centrality(simple, normalized=True) if len(simple) < 3000 else \
        nx.betweenness_centrality(simple, k=300, normalized=True, seed=7)
    parts = nx.community.louvain_communities(simple, seed=7) if simple.number_of_edges() else [set(simple)]
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    community = {n: i for i, part in enumerate(parts) for n in part}
    modularity = nx.community.modularity(simple, parts) if simple.number_of_edges() else None
    labels = {n.iri: n for n in sg.nodes}
    rows = tuple(sorted(
        (NodeMetrics(n, labels[n].label, labels[n].kind, simple.degree(n), round(betweenness[n], 4), community[n])
         for n in simple.nodes),
        key=lambda m: (-m.degree, -m.betweenness, m.label)))
    return Metrics(rows, len(parts), round(modularity, 4) if modularity is not None else None)


def sizes(m: Metrics, by: str) -> dict[str, float]:
    """Node sizes (10–40 px) proportional to degree or betweenness."""
    if by not in ("degree", "betweenness") or not m.nodes:
        return {}
    values = {n.iri: float(getattr(n, by)) for n in m.nodes}
    top = max(values.values()) or 1.0
    return {iri: 10 + 30 * v / top for iri, v in values.items()}


def community_colours(m: Metrics) -> dict[str, str]:
    return {n.iri: COMMUNITY_PALETTE[n.community % len(COMMUNITY_PALETTE)] for n in m.nodes}
