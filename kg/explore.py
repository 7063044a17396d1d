"""Views of the graph as :class:`~kg.model.Subgraph` objects.

``neighbourhood`` expands from one or more focus entities hop by hop (one
query per hop), then fetches labels, evidence and citations for exactly the
nodes and edges kept. Filters by kind, trait, period and source are applied to
the fetched view, so they compose and cost no extra queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable

from kg import fetch
from kg.errors import KGError, NotFound
from kg.kinds import KIND_BY_KEY
from kg.model import Edge, Path, Subgraph
from kg.namespaces import ID
from kg.sparql import Raw, one_of, values
from kg.store import Store

__all__ = ["Filters", "neighbourhood", "overview", "induced", "build", "shortest_paths", "trait_iri", "check_traits",
           "MAX_HOPS"]

MAX_HOPS = 3
TRAIT = f"{ID}trait/"


def trait_iri(number: int) -> str:
    return f"{TRAIT}{number}"


@dataclass(frozen=True)
class Filters:
    """What to keep in a view; empty means keep everything.

    - ``kinds``: entity kinds (``episode``, ``person``, ...); focus nodes always stay.
    - ``traits``: trait numbers; keeps those traits and what links to them,
      directly or through a neighbour.
    - ``years``: (first, last); drops episodes outside the range.
    - ``sources``: source IRIs; keeps links whose evidence cites one of them.
    """

    kinds: frozenset[str] = field(default_factory=frozenset)
    traits: frozenset[int] = field(default_factory=frozenset)
    years: tuple[int, int] | None = None
    sources: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(KIND_BY_KEY)
        if unknown:
            raise KGError(f"Unknown entity kind(s) {', '.join(sorted(unknown))}; "
                          f"use {', '.join(KIND_BY_KEY)}.")
        bad = [t for t in self.traits if not 1 <= t <= 99]
        if bad:
            raise KGError(f"Trait numbers must be positive; got {bad}.")
        if self.years and self.years[0] > self.years[1]:
            raise KGError(f"The period {self.years[0]}–{self.years[1]} ends before it starts.")

    def __bool__(self) -> bool:
        return bool(self.kinds or self.traits or self.years or self.sources)


def _expand(store: Store, frontier: list[str], props: list[str], *,
            query: str = "neighbours") -> set[tuple[str, str, str]]:
    edges: set[tuple[str, str, str]] = set()
    for batch in fetch.chunks(frontier):
        edges.update(store.string_rows(query, nodes=Raw(values(batch)), props=Raw(one_of(props))))
    return edges


def _collect(store: Store, focus: list[str], hops: int, *,
             close: bool = True) -> tuple[set[str], set[tuple[str, str, str]], set[str], set[str]]:
    """Nodes within ``hops`` of the focus, the links found, the outermost nodes, and
    the nodes already known to be drawable.

    With ``close``, the links among the outermost nodes are added and no
    outermost nodes are returned; without, the caller closes them later. Only
    entities of a known kind lead further: a link to anything else (an IRI
    another dataset describes, say) is not drawn, so what lies beyond it would
    be drawn cut off from the focus.
    """
    seen, frontier, edges, drawable = set(focus), list(focus), set(), set()
    for level in range(1, hops + 1):
        found = _expand(store, frontier, list(store.link_properties))
        edges |= found
        frontier = sorted({n for s, _, o in found for n in (s, o)} - seen)
        if level < hops and frontier:
            frontier = _drawable(store, frontier)
            drawable.update(frontier)
        seen.update(frontier)
        if not frontier:
            break
    if close and frontier:
        return seen, edges | _closing(store, frontier, seen), set(), drawable
    return seen, edges, set(frontier), drawable


def _drawable(store: Store, iris: list[str]) -> list[str]:
    known = fetch.kinds(store, iris)
    return [n for n in iris if n in known]


def _closing(store: Store, outer: Iterable[str], within: set[str]) -> set[tuple[str, str, str]]:
    """Links among the outermost nodes, which complete the induced view (links from them
    inwards were found from the inside: their outgoing links suffice)."""
    found = _expand(store, sorted(outer), list(store.link_properties), query="links_from")
    return {e for e in found if e[2] in within}


def _view(store: Store, start: list[str], hops: int, *, focus: list[str], filters: Filters,
          max_nodes: int | None, page: int = 0) -> Subgraph:
    # A capped view without filters closes the outermost links among the nodes it keeps
    # only: around a hub that is 300 nodes instead of thousands (see bench/). The cap
    # then ranks by the links found hop by hop; filters need every link, so close first.
    if filters.traits:
        check_traits(store, filters.traits)
    defer = max_nodes is not None and not filters
    seen, edges, outer, drawable = _collect(store, start, hops, close=not defer)
    return build(store, seen, edges, focus=focus, filters=filters, max_nodes=max_nodes, outer=outer, page=page,
                 drawable=drawable)


def check_traits(store: Store, numbers: Iterable[int]) -> None:
    """A trait filter names traits the store has: a filter on none would empty the view."""
    have = {str(r["t"]) for r in store.select("traits")}
    missing = sorted(n for n in numbers if trait_iri(n) not in have)
    if missing:
        known = sorted(int(t[len(TRAIT):]) for t in have if t[len(TRAIT):].isdigit())
        there = f"its traits are {', '.join(map(str, known))}" if known else "it holds no traits"
        raise NotFound(f"No trait {', '.join(map(str, missing))} in the store; {there}.")


def neighbourhood(store: Store, focus: Iterable[str], *, hops: int = 1, filters: Filters = Filters(),
                  max_nodes: int | None = None, page: int = 0) -> Subgraph:
    """The entities within ``hops`` links of the focus, with the links between them.

    With ``max_nodes``, a view larger than that keeps the focus and the
    best-connected others; ``page`` (from 0) moves on to the next best
    connected, so the pages of a view share no entity but the focus.

    >>> from kg.store import open_store
    >>> view = neighbourhood(open_store(), ["https://w3id.org/negkg/id/episode/valdai-2014"])
    >>> any(n.label.startswith("Sochi") for n in view.nodes)
    True
    """
    focus = list(dict.fromkeys(focus))
    if not 0 <= hops <= MAX_HOPS:
        raise KGError(f"hops must be between 0 and {MAX_HOPS}; got {hops}.")
    if not focus:
        raise NotFound("No focus entity given.")
    return _view(store, focus, hops, focus=focus, filters=filters, max_nodes=max_nodes, page=page)


def overview(store: Store, *, filters: Filters = Filters(), max_nodes: int | None = None,
             page: int = 0) -> Subgraph:
    """The traits and everything linked to them: the paper's argument at a glance."""
    traits = [str(r["t"]) for r in store.select("traits")]
    if not traits:
        raise NotFound("The store holds no traits; load ontology/ and data/ first.")
    return _view(store, traits, 1, focus=[], filters=filters, max_nodes=max_nodes, page=page)


def induced(store: Store, iris: Iterable[str], *, max_nodes: int | None = None) -> Subgraph:
    """The given entities and the links among them (e.g. the IRIs a query returned)."""
    iris = list(dict.fromkeys(iris))
    if not iris:
        return Subgraph((), ())
    seen, edges, _, _ = _collect(store, iris, 0)
    return build(store, seen, edges, focus=[], max_nodes=max_nodes)


def build(store: Store, iris: Iterable[str], edges: Iterable[tuple[str, str, str]], *,
          focus: list[str], filters: Filters = Filters(), max_nodes: int | None = None,
          highlight: frozenset = frozenset(), outer: set[str] = frozenset(), page: int = 0,
          drawable: set[str] = frozenset()) -> Subgraph:
    """Assemble a Subgraph from node IRIs and link triples: labels, evidence, citations.

    ``outer``: nodes whose links among themselves are still to be fetched, once
    the filters and the node cap have chosen the nodes kept. ``drawable``: nodes
    already known to be entities (their kinds are not asked again).
    """
    iris = set(iris)
    if filters or max_nodes is None or len(iris) <= max_nodes:
        nodes = fetch.nodes(store, iris)
        known = set(nodes)
    else:  # a cap without filters: kinds decide what may be drawn, details only for the nodes kept
        nodes, known = None, (drawable & iris) | set(fetch.kinds(store, iris - drawable))
    missing = [f for f in focus if f not in known]
    if missing:
        raise NotFound(f"No entity <{missing[0]}> in the store.")
    links = sorted(e for e in edges if e[0] in known and e[2] in known)
    out_edges = [Edge(s, o, p, store.property_label(p)) for s, p, o in links]
    if filters.sources:  # the source filter reads the evidence: fetch it for every link
        out_edges = _with_evidence(store, out_edges)
    kept_nodes = known
    if filters:
        kept_nodes, out_edges = _apply(filters, nodes, out_edges, set(focus))
    total = len(kept_nodes)
    if max_nodes is not None and total > max_nodes:
        kept_nodes, out_edges = _cap(kept_nodes, out_edges, focus, max_nodes, page)
    elif page:
        raise KGError(f"Page {page + 1} does not exist: the whole view fits on one page.")
    if nodes is None:
        nodes = fetch.nodes(store, kept_nodes)
    if outer & kept_nodes:
        have = {e.key for e in out_edges}
        late = sorted(e for e in _closing(store, outer & kept_nodes, kept_nodes) if e not in have)
        out_edges = sorted(out_edges + [Edge(s, o, p, store.property_label(p)) for s, p, o in late],
                           key=lambda e: e.key)
    if not filters.sources:  # else only for the links kept (a capped view of a hub drops most)
        out_edges = _with_evidence(store, out_edges)
    cited = {src for e in out_edges for ev in e.evidence for src in ev.sources}
    cited |= {n for n in kept_nodes if nodes[n].kind == "source"}
    citations = fetch.citations(store, cited)
    ordered = tuple(sorted((nodes[n] for n in kept_nodes), key=lambda n: (n.kind, n.label.casefold(), n.iri)))
    return Subgraph(ordered, tuple(out_edges), tuple(citations[c] for c in sorted(citations)),
                    tuple(focus), total if len(kept_nodes) < total else None, highlight)


def _with_evidence(store: Store, edges: list[Edge]) -> list[Edge]:
    evidence = fetch.evidence_for(store, (e.key for e in edges))
    return [replace(e, evidence=tuple(evidence.get(e.key, ()))) for e in edges]


def _apply(filters: Filters, nodes: dict, edges: list[Edge], focus: set[str]) -> tuple[set[str], list[Edge]]:
    keep = set(nodes)
    if filters.sources:
        edges = [e for e in edges if any(set(ev.sources) & filters.sources for ev in e.evidence)
                 or {e.source, e.target} & filters.sources]
        keep = {n for e in edges for n in (e.source, e.target)} | (focus & keep)
    if filters.years:
        first, last = filters.years
        keep = {n for n in keep if nodes[n].kind != "episode" or n in focus or _overlaps(nodes[n], first, last)}
    if filters.traits:
        keep = _trait_filter(filters.traits, nodes, edges, keep, focus)
    if filters.kinds:
        keep = {n for n in keep if nodes[n].kind in filters.kinds or n in focus}
    edges = [e for e in edges if e.source in keep and e.target in keep]
    if filters.years or filters.sources or filters.traits:
        linked = {n for e in edges for n in (e.source, e.target)}
        keep = {n for n in keep if n in linked or n in focus or nodes[n].kind == "trait"}
    return keep, edges


def _overlaps(node, first: int, last: int) -> bool:
    start = node.start_year if node.start_year is not None else node.end_year
    end = node.end_year if node.end_year is not None else node.start_year
    if start is None:
        return False
    return start <= last and end >= first


def _trait_filter(numbers: frozenset[int], nodes: dict, edges: list[Edge], keep: set[str], focus: set[str]) -> set[str]:
    wanted = {trait_iri(n) for n in numbers}
    direct: dict[str, set[str]] = defaultdict(set)
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)
        if e.target.startswith(TRAIT):
            direct[e.source].add(e.target)
    kept = set()
    for n in keep:
        if nodes[n].kind == "trait":
            if n in wanted or n in focus:
                kept.add(n)
        elif direct[n] & wanted or n in focus:
            kept.add(n)
        elif not direct[n] and any(direct[m] & wanted for m in adjacent[n]):
            kept.add(n)
    return kept


def _cap(keep: set[str], edges: list[Edge], focus: list[str], max_nodes: int,
         page: int = 0) -> tuple[set[str], list[Edge]]:
    """Keep the focus and the best-connected others: ``max_nodes`` in all, the ``page``-th lot."""
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    pinned = [n for n in focus if n in keep]
    others = sorted((n for n in keep if n not in pinned), key=lambda n: (-degree[n], n))
    size = max(1, max_nodes - len(pinned))
    count = max(1, -(-len(others) // size))
    if not 0 <= page < count:
        raise KGError(f"Page {page + 1} does not exist: the view has {count} page(s) of {max_nodes} entities.")
    kept = set(pinned) | set(others[page * size:(page + 1) * size])
    return kept, [e for e in edges if e.source in kept and e.target in kept]


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
        found = _expand(store, self.frontier, props)
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

