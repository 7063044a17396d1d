"""Neighbourhoods of the graph as :class:`~kg.model.Subgraph` objects.

``neighbourhood`` expands from one or more focus entities hop by hop (one
query per hop), then fetches labels, evidence and citations for exactly the
nodes and edges kept. Filters by kind, trait, period and source are applied to
the fetched view, so they compose and cost no extra queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from kg.errors import KGError, NotFound
from kg.explore.facets import entity_values
from kg.explore.filters import Filters, apply, check_traits
from kg.kinds import kind_of
from kg.model import Edge, Subgraph
from kg.store import fetch
from kg.store.sparql import Raw, one_of, values
from kg.store.store import Store

__all__ = ["neighbourhood", "overview", "induced", "build", "expand", "expand_typed", "with_evidence", "MAX_HOPS"]

MAX_HOPS = 3


def expand(store: Store, frontier: list[str], props: list[str], *,
           query: str = "neighbours") -> set[tuple[str, str, str]]:
    """The links (``props`` only) that touch any node of ``frontier``, read in batches."""
    edges: set[tuple[str, str, str]] = set()
    for batch in fetch.chunks(frontier):
        edges.update(store.string_rows(query, nodes=Raw(values(batch)), props=Raw(one_of(props))))
    return edges


def expand_typed(store: Store, frontier: list[str], props: list[str],
                 ) -> tuple[set[tuple[str, str, str]], dict[str, set[str]]]:
    """:func:`expand` with the types of the nodes reached, in the same query; links to
    untyped nodes (never drawn) are left out."""
    edges: set[tuple[str, str, str]] = set()
    types: dict[str, set[str]] = defaultdict(set)
    for batch in fetch.chunks(frontier):
        for s, p, o, otype, stype in store.string_rows("neighbours_typed", nodes=Raw(values(batch)),
                                                       props=Raw(one_of(props))):
            edges.add((s, p, o))
            if otype is not None:
                types[o].add(otype)
            else:
                types[s].add(stype)
    return edges, types


def _collect(store: Store, focus: list[str], hops: int, *,
             close: bool = True) -> tuple[set[str], set[tuple[str, str, str]], set[str], set[str], set[str]]:
    """Nodes within ``hops`` of the focus, the links found, the outermost nodes, the
    nodes known to be drawable, and the nodes whose kinds were read (drawable or not).

    With ``close``, the links among the outermost nodes are added and no
    outermost nodes are returned; without, the caller closes them later. Only
    entities of a known kind lead further: a link to anything else (an IRI
    another dataset describes, say) is not drawn, so what lies beyond it would
    be drawn cut off from the focus.
    """
    seen, frontier, edges, drawable, checked = set(focus), list(focus), set(), set(), set()
    for level in range(1, hops + 1):
        found, types = expand_typed(store, frontier, list(store.link_properties))
        edges |= found
        frontier = sorted({n for s, _, o in found for n in (s, o)} - seen)
        kinds = {n for n in frontier if kind_of(types.get(n, ())) is not None}
        drawable |= kinds
        checked.update(frontier)
        if level < hops:
            frontier = [n for n in frontier if n in kinds]
        seen.update(frontier)
        if not frontier:
            break
    if close and frontier:
        return seen, edges | _closing(store, frontier, seen), set(), drawable, checked
    return seen, edges, set(frontier), drawable, checked


def _closing(store: Store, outer: Iterable[str], within: set[str]) -> set[tuple[str, str, str]]:
    """Links among the outermost nodes, which complete the induced view (links from them
    inwards were found from the inside: their outgoing links suffice)."""
    found = expand(store, sorted(outer), list(store.link_properties), query="links_from")
    return {e for e in found if e[2] in within}


def _view(store: Store, start: list[str], hops: int, *, focus: list[str], filters: Filters,
          max_nodes: int | None, page: int = 0, evidence: bool = True) -> Subgraph:
    # A capped view without filters closes the outermost links among the nodes it keeps
    # only: around a hub that is 300 nodes instead of thousands (see bench/). The cap
    # then ranks by the links found hop by hop; filters need every link, so close first.
    if filters.traits:
        check_traits(store, filters.traits)
    defer = max_nodes is not None and not filters
    seen, edges, outer, drawable, checked = _collect(store, start, hops, close=not defer)
    return build(store, seen, edges, focus=focus, filters=filters, max_nodes=max_nodes, outer=outer, page=page,
                 drawable=drawable, checked=checked, evidence=evidence)


def neighbourhood(store: Store, focus: Iterable[str], *, hops: int = 1, filters: Filters = Filters(),
                  max_nodes: int | None = None, page: int = 0, evidence: bool = True) -> Subgraph:
    """The entities within ``hops`` links of the focus, with the links between them.

    With ``evidence=False`` the links come without their evidence (``lazy``): what
    drawing needs, at about half the cost on a big store; :func:`with_evidence`
    completes the view (exports do).

    With ``max_nodes``, a view larger than that keeps the focus and the
    best-connected others; ``page`` (from 0) moves on to the next best
    connected, so the pages of a view share no entity but the focus.

    >>> from kg.store.store import open_store
    >>> view = neighbourhood(open_store(), ["https://w3id.org/negkg/id/episode/valdai-2014"])
    >>> any(n.label.startswith("Sochi") for n in view.nodes)
    True
    """
    focus = list(dict.fromkeys(focus))
    if not 0 <= hops <= MAX_HOPS:
        raise KGError(f"hops must be between 0 and {MAX_HOPS}; got {hops}.")
    if not focus:
        raise NotFound("No focus entity given.")
    return _view(store, focus, hops, focus=focus, filters=filters, max_nodes=max_nodes, page=page, evidence=evidence)


def overview(store: Store, *, filters: Filters = Filters(), max_nodes: int | None = None,
             page: int = 0, evidence: bool = True) -> Subgraph:
    """The traits and everything linked to them: the paper's argument at a glance."""
    traits = [str(r["t"]) for r in store.select("traits")]
    if not traits:
        raise NotFound("The store holds no traits; load ontology/ and data/ first.")
    return _view(store, traits, 1, focus=[], filters=filters, max_nodes=max_nodes, page=page, evidence=evidence)


def induced(store: Store, iris: Iterable[str], *, max_nodes: int | None = None) -> Subgraph:
    """The given entities and the links among them (e.g. the IRIs a query returned)."""
    iris = list(dict.fromkeys(iris))
    if not iris:
        return Subgraph((), ())
    seen, edges, *_ = _collect(store, iris, 0)
    return build(store, seen, edges, focus=[], max_nodes=max_nodes)


def build(store: Store, iris: Iterable[str], edges: Iterable[tuple[str, str, str]], *,
          focus: list[str], filters: Filters = Filters(), max_nodes: int | None = None,
          highlight: frozenset = frozenset(), outer: set[str] = frozenset(), page: int = 0,
          drawable: set[str] = frozenset(), checked: set[str] = frozenset(), evidence: bool = True) -> Subgraph:
    """Assemble a Subgraph from node IRIs and link triples: labels, evidence, citations
    (without ``evidence``, a ``lazy`` Subgraph: no evidence, the citations of source nodes only).

    ``outer``: nodes whose links among themselves are still to be fetched, once
    the filters and the node cap have chosen the nodes kept. ``drawable``: nodes
    already known to be entities; ``checked``: nodes whose kinds were read, drawable
    or not (their kinds are not asked again).
    """
    iris = set(iris)
    if filters or max_nodes is None or len(iris) <= max_nodes:
        nodes = fetch.nodes(store, iris)
        known = set(nodes)
    else:  # a cap without filters: kinds decide what may be drawn, details only for the nodes kept
        nodes, known = None, (drawable & iris) | set(fetch.kinds(store, iris - drawable - checked))
    missing = [f for f in focus if f not in known]
    if missing:
        raise NotFound(f"No entity <{missing[0]}> in the store.")
    links = sorted(e for e in edges if e[0] in known and e[2] in known)
    total = len(known)
    capped = max_nodes is not None and total > max_nodes
    if capped and not filters:  # cap the link triples: fewer Edges made
        known, links = _cap(known, links, focus, max_nodes, page, ends=lambda e: (e[0], e[2]))
    out_edges = [Edge(s, o, p, store.property_label(p)) for s, p, o in links]
    if filters.sources:  # the source filter reads the evidence: fetch it for every link
        out_edges = _with_evidence(store, out_edges)
    kept_nodes = known
    if filters:
        held = entity_values(store, nodes, filters.facets) if filters.facets else None
        kept_nodes, out_edges = apply(filters, nodes, out_edges, set(focus), held)
        total = len(kept_nodes)
        capped = max_nodes is not None and total > max_nodes
        if capped:
            kept_nodes, out_edges = _cap(kept_nodes, out_edges, focus, max_nodes, page)
    if page and not capped:
        raise KGError(f"Page {page + 1} does not exist: the whole view fits on one page.")
    closing: set[tuple[str, str, str]] = set()
    if nodes is None and outer & kept_nodes:  # one pass reads the nodes kept and the links from them
        nodes, found = fetch.nodes_and_links(store, kept_nodes, store.link_properties)
        closing = {e for e in found if e[0] in outer and e[2] in kept_nodes}
    elif nodes is None:
        nodes = fetch.nodes(store, kept_nodes)
    elif outer & kept_nodes:
        closing = _closing(store, outer & kept_nodes, kept_nodes)
    if closing:
        have = {e.key for e in out_edges}
        late = sorted(e for e in closing if e not in have)
        out_edges = sorted(out_edges + [Edge(s, o, p, store.property_label(p)) for s, p, o in late],
                           key=lambda e: e.key)
    lazy = not evidence and not filters.sources  # the source filter has read the evidence already
    if evidence and not filters.sources:  # else only for the links kept (a capped view of a hub drops most)
        out_edges = _with_evidence(store, out_edges)
    ordered = tuple(sorted((nodes[n] for n in kept_nodes), key=lambda n: (n.kind, n.label.casefold(), n.iri)))
    view = Subgraph(ordered, tuple(out_edges), (), tuple(focus), total if len(kept_nodes) < total else None,
                    highlight, lazy=lazy)
    return replace(view, citations=_citations(store, view))


def with_evidence(store: Store, view: Subgraph) -> Subgraph:
    """``view`` with the evidence of every link and the citations it needs (a lazy view
    completed; any other returned as it is).

    >>> from kg.store.store import open_store
    >>> store = open_store()
    >>> drawn = neighbourhood(store, ["https://w3id.org/negkg/id/episode/valdai-2014"], evidence=False)
    >>> drawn.lazy, any(e.evidence for e in drawn.edges)
    (True, False)
    >>> full = with_evidence(store, drawn)
    >>> full == neighbourhood(store, ["https://w3id.org/negkg/id/episode/valdai-2014"])
    True
    """
    if not view.lazy:
        return view
    edges = [e for e in view.edges if not e.inferred]
    found = {e.key: e for e in _with_evidence(store, edges)}
    done = replace(view, edges=tuple(found.get(e.key, e) if not e.inferred else e for e in view.edges), lazy=False)
    return replace(done, citations=_citations(store, done))


def _citations(store: Store, view: Subgraph) -> tuple:
    """The records of the sources the view's evidence cites, and of its source nodes."""
    cited = {src for e in view.edges for ev in e.evidence for src in ev.sources}
    cited |= {n.iri for n in view.nodes if n.kind == "source"}
    citations = fetch.citations(store, cited)
    return tuple(citations[c] for c in sorted(citations))


def _with_evidence(store: Store, edges: list[Edge]) -> list[Edge]:
    evidence = fetch.evidence_for(store, (e.key for e in edges))
    return [replace(e, evidence=tuple(evidence.get(e.key, ()))) for e in edges]


def _cap(keep: set[str], edges: list, focus: list[str], max_nodes: int, page: int = 0, *,
         ends=lambda e: (e.source, e.target)) -> tuple[set[str], list]:
    """Keep the focus and the best-connected others: ``max_nodes`` in all, the ``page``-th lot.
    ``edges``: Edges, or anything ``ends`` gives the two ends of."""
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        a, b = ends(e)
        degree[a] += 1
        degree[b] += 1
    pinned = [n for n in focus if n in keep]
    others = sorted((n for n in keep if n not in pinned), key=lambda n: (-degree[n], n))
    size = max(1, max_nodes - len(pinned))
    count = max(1, -(-len(others) // size))
    if not 0 <= page < count:
        raise KGError(f"Page {page + 1} does not exist: the view has {count} page(s) of {max_nodes} entities.")
    kept = set(pinned) | set(others[page * size:(page + 1) * size])
    return kept, [e for e in edges if ends(e)[0] in kept and ends(e)[1] in kept]
