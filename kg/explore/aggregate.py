"""Big views made small: summary nodes by kind or by community.

A browser draws a few hundred nodes well (vis-network; README, *Measured here*).
Beyond that a view can show the best-connected nodes (the node cap of
:mod:`kg.explore.neighbourhood`), one page of them at a time (its ``page``), or a summary
(:func:`aggregate`): each group of nodes becomes one node ("12 persons"),
and its links add up its members' links, evidence included, so a summary
exports with every quote behind it. All are Subgraphs: drawn, analysed and
exported like any view.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from kg.errors import KGError
from kg.kinds import KIND_BY_KEY
from kg.model import Edge, Node, Subgraph

__all__ = ["Aggregated", "aggregate", "GROUP", "BY"]

#: IRIs of summary nodes start with this (they name no entity in the store).
GROUP = "urn:kg:group:"
BY = ("kind", "community")


@dataclass(frozen=True)
class Aggregated:
    """A summarised view and, for each summary node, the entities it stands for."""

    view: Subgraph
    members: dict[str, tuple[str, ...]]


def _groups(sg: Subgraph, by: str) -> dict[str, str]:
    """Group key of every node."""
    if by == "kind":
        return {n.iri: n.kind for n in sg.nodes}
    if by == "community":
        from kg.explore.analysis import metrics  # networkx: only when asked
        return {m.iri: str(m.community + 1) for m in metrics(sg).nodes}
    raise KGError(f"Cannot aggregate by {by!r}; use one of {', '.join(BY)}.")


def _summary(by: str, key: str, members: list[Node]) -> Node:
    kinds = Counter(n.kind for n in members)
    kind = kinds.most_common(1)[0][0]
    if by == "kind":
        label = f"{len(members)} {KIND_BY_KEY[kind].plural.lower()}"
    else:
        label = f"Community {key} ({len(members)} entities)"
    starts = [n.start_year for n in members if n.start_year is not None]
    ends = [n.end_year for n in members if n.end_year is not None]
    return Node(f"{GROUP}{by}/{key}", label, kind, min(starts) if starts else None, max(ends) if ends else None)


def aggregate(sg: Subgraph, *, by: str = "kind", keep: Iterable[str] = (), min_size: int = 2) -> Aggregated:
    """Fold the nodes of each group (``by`` kind or community) into one summary node.

    The focus and ``keep`` stay as they are, and so do groups of fewer than
    ``min_size`` nodes. Links between the same two nodes with the same
    predicate become one link labelled "×n" carrying all their evidence;
    links inside a group disappear with it.

    >>> from kg.model import Node, Edge, Subgraph
    >>> sg = Subgraph((Node("urn:e", "Talks", "episode"), Node("urn:a", "Ann", "person"),
    ...                Node("urn:b", "Bo", "person")),
    ...               (Edge("urn:e", "urn:a", "urn:p", "participant"), Edge("urn:e", "urn:b", "urn:p", "participant")))
    >>> small = aggregate(sg, keep=["urn:e"]).view
    >>> [n.label for n in small.nodes], [e.label for e in small.edges]
    (['Talks', '2 persons'], ['participant ×2'])
    """
    keep = set(keep) | set(sg.focus)
    key_of = _groups(sg, by)
    grouped: dict[str, list[Node]] = defaultdict(list)
    for n in sg.nodes:
        if n.iri not in keep:
            grouped[key_of[n.iri]].append(n)
    target = {n.iri: n.iri for n in sg.nodes}
    members: dict[str, tuple[str, ...]] = {}
    nodes = [n for n in sg.nodes if n.iri in keep]
    for key, group in sorted(grouped.items()):
        if len(group) < min_size:
            nodes += group
            continue
        summary = _summary(by, key, group)
        nodes.append(summary)
        members[summary.iri] = tuple(sorted(n.iri for n in group))
        target.update({n.iri: summary.iri for n in group})
    edges = _merge(sg.edges, target)
    highlight = frozenset((target[s], p, target[o]) for s, p, o in sg.highlight)
    view = Subgraph(tuple(sorted(nodes, key=lambda n: (n.kind, n.label.casefold(), n.iri))), edges, sg.citations,
                    sg.focus, sg.total_nodes, highlight)
    return Aggregated(view, members)


def _merge(edges: Iterable[Edge], target: dict[str, str]) -> tuple[Edge, ...]:
    merged: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for e in edges:
        s, o = target[e.source], target[e.target]
        if s != o:
            merged[(s, e.predicate, o)].append(e)
    out = []
    for (s, p, o), group in sorted(merged.items()):
        if len(group) == 1 and group[0].source == s and group[0].target == o:
            out.append(group[0])
            continue
        evidence = tuple({ev.iri: ev for e in group for ev in e.evidence}.values())
        label = group[0].label + (f" ×{len(group)}" if len(group) > 1 else "")
        inferred = all(e.inferred for e in group)
        out.append(Edge(s, o, p, label, evidence, inferred, group[0].rule if inferred else None))
    return tuple(out)
