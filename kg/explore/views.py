"""The one pipeline: ViewState -> SPARQL -> Subgraph.

The app draws, and every export writes, the Subgraph this returns for a view.
"""

from __future__ import annotations

from kg.errors import KGError
from kg.explore.aggregate import Aggregated, aggregate
from kg.explore.argument import argument_subgraph
from kg.explore.compare import Comparison, compare, workspace_view
from kg.explore.filters import check_traits
from kg.explore.neighbourhood import neighbourhood, overview
from kg.explore.paths import shortest_paths
from kg.explore.viewstate import ViewState
from kg.model import Subgraph
from kg.store.store import Store

__all__ = ["subgraph_for", "comparison_for", "grouped", "whole_state", "narrows", "view_episodes", "GROUP_LIMIT"]

#: A summarised view stands for at most this many of the best-connected entities.
GROUP_LIMIT = 5_000


def subgraph_for(store: Store, state: ViewState, *, evidence: bool = True) -> Subgraph:
    """The subgraph a view shows: the argument map (``view=argument``), shortest paths, a
    neighbourhood or the overview, plus OWL-RL inferred links (marked ``inferred``) when the
    view asks for them.

    ``evidence=False`` leaves a neighbourhood's or overview's evidence to be fetched when
    needed (:func:`kg.explore.neighbourhood.with_evidence`): what drawing it takes.

    >>> from kg.store.store import open_store
    >>> view = subgraph_for(open_store(), ViewState(focus=("episode:riyadh-2025",)))
    >>> view.focus
    ('https://w3id.org/negkg/id/episode/riyadh-2025',)
    """
    if state.view == "compare":
        return comparison_for(store, state, evidence=evidence).union
    if state.view == "argument":  # the argument map: every claim and what bears on it; no filters apply
        return argument_subgraph(store)
    if state.group != "none":
        return grouped(store, state).view
    page = state.page - 1
    if state.path_from and state.path_to:
        if state.traits:  # unused by paths, yet a trait the store lacks is a mistake (neighbourhoods check their own)
            check_traits(store, state.traits)
        view = shortest_paths(store, state.path_from, state.path_to)[1]
    elif state.focus:
        view = neighbourhood(store, state.focus, hops=state.hops, filters=state.filters,
                             max_nodes=state.max_nodes, page=page, evidence=evidence)
    else:
        view = overview(store, filters=state.filters, max_nodes=state.max_nodes, page=page, evidence=evidence)
    if state.inferred:
        from kg.explore.inference import with_inferences  # owlrl is only needed for inferred views
        view = with_inferences(store, view)
    return view


def comparison_for(store: Store, state: ViewState, *, evidence: bool = True) -> Comparison:
    """The comparison ``view=compare&a=…&b=…`` names: each side's Subgraph (a view, or the
    workspace shown in ``store``), their union and its three groups.

    >>> from kg.store.store import open_store
    >>> c = comparison_for(open_store(), ViewState(view="compare", a="focus=trait:6", b="focus=trait:6&hops=2"))
    >>> len(c.only_a.nodes), len(c.both.nodes) == len(c.a.nodes)
    (0, True)
    """
    if not state.a or not state.b:
        raise KGError("A comparison needs two views: URL parameters a and b (e.g. a=focus%3Dtrait%3A6&b=trait%3D6), "
                      "each a view's permalink parameters or workspace.")
    sides = []
    for name in ("a", "b"):
        view = state.side(name)
        try:
            sides.append(workspace_view(store, evidence=evidence) if view is None else
                         subgraph_for(store, view, evidence=evidence))
        except KGError as exc:
            raise type(exc)(f"View {name.upper()} ({getattr(state, name)}): {exc}") from None
    return compare(*sides)


def grouped(store: Store, state: ViewState) -> Aggregated:
    """The view summarised: one node per kind or community (the focus stays itself).

    It stands for the view's :data:`GROUP_LIMIT` best-connected entities.
    """
    whole = subgraph_for(store, state.with_(group="none", page=1, max_nodes=GROUP_LIMIT))
    return aggregate(whole, by=state.group, keep=state.focus)


def whole_state(state: ViewState) -> ViewState:
    """The view with every entity it selects: not one page, not summarised, not the argument map
    (what facets, the table, the timeline and the map read)."""
    return state.with_(view="graph", group="none", page=1, max_nodes=GROUP_LIMIT, selected=None, edge=None)


def narrows(state: ViewState) -> bool:
    """Whether the view keeps only some episodes (a filter, a focus or a path)."""
    return bool(state.filters or state.focus or (state.path_from and state.path_to))


def view_episodes(store: Store, state: ViewState) -> frozenset[str] | None:
    """The episodes a view shows, the same in every view (graph, timeline, map, table): those of its
    whole subgraph; None when the view narrows nothing (every episode, placed or not).

    >>> from kg.store.store import open_store
    >>> sorted(e.rsplit("/", 1)[1] for e in view_episodes(open_store(), ViewState(years=(1900, 1910))))
    ['portsmouth-1905', 'war-compensation-refusal-1905']
    >>> view_episodes(open_store(), ViewState()) is None
    True
    """
    if not narrows(state):
        return None
    whole = subgraph_for(store, whole_state(state), evidence=False)
    return frozenset(n.iri for n in whole.nodes if n.kind == "episode")
