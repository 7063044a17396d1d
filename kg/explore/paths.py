"""Shortest paths between two entities, as lists of links and as one Subgraph."""

from __future__ import annotations

from collections import defaultdict

from kg.errors import KGError, NotFound
from kg.explore.neighbourhood import build, expand
from kg.model import Path, Subgraph
from kg.store import fetch
from kg.store.store import Store

__all__ = ["shortest_paths"]


def shortest_paths(store: Store, start: str, end: str, *, max_hops: int = 6, limit: int = 20,
                   avoid_kinds: frozenset[str] = frozenset()) -> tuple[list[Path], Subgraph]:
    """All shortest paths (up to ``limit``) between two entities, ignoring link direction.

    Returns the paths and the Subgraph of their union, with the path edges
    highlighted. Breadth-first search from both ends, one query per level, the
    smaller frontier first: around hubs a search from one end reads thousands of
    nodes more (see bench/).
    """
    if start == end:
        raise KGError("A path needs two different entities.")
    props = list(store.link_properties)
    ends = {start, end}
    a, b = _Side(start), _Side(end)
    meeting: list[str] = []
    while not meeting and a.level + b.level < max_hops:
        side, other = (a, b) if len(a.frontier) <= len(b.frontier) else (b, a)
        new = side.step(store, props, avoid_kinds, ends)
        if not new:
            break
        touching = [n for n in new if n in other.depth]
        if touching:
            best = min(other.depth[n] for n in touching)
            meeting = sorted(n for n in touching if other.depth[n] == best)
    if not meeting:
        raise NotFound(f"No path of at most {max_hops} links between the two entities.")
    paths = []
    for middle in meeting:
        for left_nodes, left_edges in _unwind(middle, start, a.parents, limit):
            for right_nodes, right_edges in _unwind(middle, end, b.parents, limit):
                if len(paths) < limit:
                    paths.append((left_nodes + right_nodes[::-1][1:], left_edges + right_edges[::-1]))
    node_set = {n for path in paths for n in path[0]}
    edge_set = {e for path in paths for e in path[1]}
    view = build(store, node_set, edge_set, focus=[start, end], highlight=frozenset(edge_set))
    by_key = {e.key: e for e in view.edges}
    result = [Path(tuple(ns), tuple(by_key[(s, p, o)] for s, p, o in es if (s, p, o) in by_key))
              for ns, es in paths]
    return result, view


class _Side:
    """One end of a two-sided breadth-first search: depths, parents, the frontier."""

    def __init__(self, root: str):
        self.depth = {root: 0}
        self.parents: dict[str, set[tuple[str, tuple[str, str, str]]]] = defaultdict(set)
        self.frontier = [root]
        self.level = 0

    def step(self, store: Store, props: list[str], avoid_kinds: frozenset[str], ends: set[str]) -> set[str]:
        """Expand one level; the nodes reached (those of an avoided kind are not)."""
        level = self.level + 1
        found = expand(store, self.frontier, props)
        here_set, new = set(self.frontier), set()
        for s, p, o in found:
            for here, there in ((s, o), (o, s)):
                if here in here_set and self.depth.get(there, level) == level:
                    self.depth[there] = level
                    self.parents[there].add((here, (s, p, o)))
                    new.add(there)
        inner = new - ends
        if inner:  # only entities of a known kind, and not of an avoided one, lie on paths (see _collect)
            kinds = fetch.kinds(store, inner)
            for n in [n for n in inner if kinds.get(n) is None or kinds[n] in avoid_kinds]:
                new.discard(n)
                del self.depth[n]
                self.parents.pop(n, None)
        self.frontier, self.level = sorted(new), level
        return new


def _unwind(end: str, start: str, parents: dict, limit: int) -> list[tuple[list[str], list]]:
    paths: list[tuple[list[str], list]] = []

    def walk(node: str, nodes: list[str], edges: list) -> None:
        if len(paths) >= limit:
            return
        if node == start:
            paths.append((list(reversed(nodes)), list(reversed(edges))))
            return
        for parent, edge in sorted(parents[node]):
            walk(parent, nodes + [parent], edges + [edge])

    walk(end, [end], [])
    return paths
