"""A suggested figure caption that names the paper and the view.

>>> from kg.model import Node, Subgraph
>>> sg = Subgraph((Node("urn:a", "Valdai 2014", "episode"),), (), focus=("urn:a",))
>>> describe_view(sg, ViewState(focus=("urn:a",), hops=2))
'the neighbourhood of Valdai 2014 (2 links deep)'
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.cite import format_date
from kg.explore.viewstate import ViewState
from kg.kinds import KIND_BY_KEY
from kg.model import Citation, PlaceMap, Subgraph
from kg.namespaces import compact
from kg.store.store import WORKSPACE

__all__ = ["PAPER_SHORT", "caption", "describe_filters", "describe_view", "map_caption"]

#: How the caption names the paper when the store holds no record of it.
PAPER_SHORT = ("Carsten Søndergaard, \u201cRussian negotiating style. When does the West learn?\u201d, "
               "European Policy Centre, 3 November 2025")


def _label(sg: Subgraph, iri: str) -> str:
    node = sg.node(iri)
    return node.label if node else compact(iri)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _traits(numbers: list[str]) -> str:
    return ("trait " if len(numbers) == 1 else "traits ") + _join(numbers)


def describe_filters(sg: Subgraph, state: ViewState, names: Mapping[str, str] | None = None) -> list[str]:
    """The view's filters in words, one phrase each; ``names`` gives the names of chosen entities
    the view may not hold (an actor chosen in a facet).

    >>> describe_filters(Subgraph((), ()), ViewState(traits=frozenset({2, 6}), years=(2014, 2025)))
    ['traits 2 and 6', 'episodes of 2014–2025']
    """
    filters = []
    if state.kinds:
        filters.append("only " + _join(sorted(KIND_BY_KEY[k].plural.lower() for k in state.kinds)))
    if state.traits:
        filters.append(_traits([str(t) for t in sorted(state.traits)]))
    if state.years:
        filters.append(f"episodes of {state.years[0]}\u2013{state.years[1]}")
    if state.sources:
        cited = [sg.citation(s) for s in sorted(state.sources)]
        filters.append("links citing " + _join([c.title if c else compact(s)
                                                 for c, s in zip(cited, sorted(state.sources))]))
    names = names or {}
    named = lambda values: _join(sorted(  # noqa: E731
        "unknown" if v == "unknown" else names.get(v) or _label(sg, v) for v in values))
    if state.actors:
        filters.append("episodes with " + named(state.actors))
    if state.places:
        filters.append("episodes at " + named(state.places))
    if state.precisions:
        filters.append("episodes dated to the " + _join(sorted(state.precisions)))
    if state.claims:
        filters.append("what bears on " + named(state.claims))
    return filters


def describe_view(sg: Subgraph, state: ViewState, names: Mapping[str, str] | None = None) -> str:
    """The view in words: what is shown and which filters apply (the app's caption says the same).

    >>> describe_view(Subgraph((), ()), ViewState(traits=frozenset({6}), kinds=frozenset({"episode"})))
    'the overview of trait 6; only episodes'
    """
    inferred = ["with inferred links, dashed grey"] if state.inferred else []
    if state.view == "compare":
        sides = ["your workspace" if state.side(n) is None else describe_view(sg, state.side(n), names)
                 for n in ("a", "b")]
        return f"the comparison of A, {sides[0]}, with B, {sides[1]}"
    if state.view == "argument":
        claims = sum(1 for n in sg.nodes if n.kind == "claim")
        return (f"the paper's argument map: {claims} claims and the episodes that illustrate or attack them, "
                "the thesis on top, each claim above what supports (green), illustrates (green, dotted), "
                "attacks (red, dashed) or rebuts (red, dash-dot) it")
    if state.path_from and state.path_to:  # the filters do not apply to paths
        text = f"the shortest paths between {_label(sg, state.path_from)} and {_label(sg, state.path_to)}"
        filters = inferred
    elif state.focus:
        depth = "1 link" if state.hops == 1 else f"{state.hops} links"
        text = f"the neighbourhood of {_join([_label(sg, f) for f in state.focus])} ({depth} deep)"
        filters = describe_filters(sg, state, names) + inferred
    else:
        numbers = [str(t) for t in sorted(state.traits)]
        text = f"the overview of {_traits(numbers) if numbers else 'the seven traits'}"
        filters = describe_filters(sg, state.with_(traits=frozenset()), names) + inferred
    return text + (f"; {'; '.join(filters)}" if filters else "")


def _reference(paper: Citation) -> str:
    """Author(s), “Title”, publisher, date: how a caption names a paper."""
    authors = " and ".join(paper.authors)
    parts = [authors, f"\u201c{paper.title}\u201d", paper.publisher or "", format_date(paper.date) or ""]
    return ", ".join(p for p in parts if p)


def _groups(sg: Subgraph, sides: Mapping[str, str]) -> str:
    """How a comparison is drawn (:mod:`kg.draw.compare`, in the interactive graph and the figures
    alike), and how many entities and links each group holds.

    >>> from kg.model import Node
    >>> _groups(Subgraph((Node("x", "X", "episode"), Node("y", "Y", "trait")), ()), {"x": "a"})[:88]
    'Of the 2 entities, 1 is only in A, 0 only in B and 1 in both; of the 0 links, 0 are only'
    """
    nodes = [sides.get(n.iri, "both") for n in sg.nodes]
    links = [sides.get("|".join(e.key), "both") for e in sg.edges]

    def split(found: list[str], what: str) -> str:
        a = found.count("a")
        return (f"of the {len(found)} {what}, {a} {'is' if a == 1 else 'are'} only in A, {found.count('b')} "
                f"only in B and {found.count('both')} in both")
    first = split(nodes, "entities")
    return (f"{first[0].upper()}{first[1:]}; {split(links, 'links')}. Blue with a thick solid "
            "outline marks an entity only in A, orange with a thick dashed outline one only in B, grey with a thin "
            "outline one in both; a link only in A is blue and solid, only in B orange and dashed, in both grey, "
            "thin and dotted. Shape marks the kind of entity.")


def caption(sg: Subgraph, state: ViewState, paper: Citation | None = None,
            sides: Mapping[str, str] | None = None) -> str:
    """One paragraph: what the figure shows, from which paper, and how to read it; ``sides``, a
    comparison's groups (:meth:`kg.explore.compare.Comparison.sides`), counted and explained."""
    quotes = sum(1 for e in sg.edges for ev in e.evidence if not ev.upload)
    workspace = sum(1 for e in sg.edges for ev in e.evidence if (ev.upload or "").startswith(WORKSPACE))
    yours = sum(1 for e in sg.edges for ev in e.evidence if ev.upload) - workspace
    inferred = sum(1 for e in sg.edges if e.inferred)
    counts = f"{len(sg.nodes)} entities and {len(sg.edges)} links"
    if sg.total_nodes:
        counts += f" (the {len(sg.nodes)} best-connected of {sg.total_nodes} entities)"
    source = _reference(paper) if paper else PAPER_SHORT
    text = (f"{describe_view(sg, state)[0].upper()}{describe_view(sg, state)[1:]} in the knowledge graph of "
            f"{source}: {counts}, backed by {quotes} verbatim quote{'s' if quotes != 1 else ''} from the paper"
            + (f" and {yours} from your upload" if yours else "")
            + (f" and {workspace} from your own workspace's sources (not the paper)" if workspace else ""))
    if inferred:
        text += f" ({inferred} inferred link{'s' if inferred != 1 else ''} without quotes)"
    if state.view == "compare":
        return text + ". " + _groups(sg, sides or {})
    return text + ". Shape and colour mark the kind of entity, line style the kind of link."


def map_caption(pm: PlaceMap, sg: Subgraph, state: ViewState, paper: Citation | None = None) -> str:
    """What a map of the view shows (its places, not how a graph reads), from which paper, and
    where its coordinates come from (supplementary facts: the paper gives none)."""
    text = describe_view(sg, state)
    unplaced = f", and {len(pm.unplaced)} without coordinates (not drawn)" if pm.unplaced else ""
    return (f"The places of {text} in the knowledge graph of {_reference(paper) if paper else PAPER_SHORT}: "
            f"{len(pm.places)} on the map{unplaced}. Orange: a place with episodes of this view. Coordinates are "
            "supplementary facts from GeoNames, not the paper's; borders: Natural Earth. A place whose name does "
            "not fit at its marker has a number, named in the key under the map.")
