"""What a view keeps: :class:`Filters` by kind, trait, period and cited source, applied to a
fetched view, so they compose and cost no extra queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from kg.errors import KGError, NotFound
from kg.kinds import KIND_BY_KEY
from kg.model import Edge
from kg.namespaces import ID
from kg.store.store import Store

__all__ = ["Filters", "apply", "check_traits", "trait_iri", "TRAIT", "FACET_KINDS", "PRECISIONS", "UNKNOWN"]

TRAIT = f"{ID}trait/"
#: A facet value that keeps the entities holding no value of that facet.
UNKNOWN = "unknown"
#: The words of nkg:datePrecision (its individuals' labels).
PRECISIONS = ("day", "month", "year", "decade", "period", "ongoing")
#: The entity kinds each facet filter judges (None: every kind); an entity of another kind is not
#: judged by it and stays while it is linked to what is kept, as the period filter does.
FACET_KINDS: dict[str, frozenset[str] | None] = {
    "actor": frozenset({"episode", "person", "state", "organisation", "collective"}),
    "place": frozenset({"episode", "place"}),
    "precision": frozenset({"episode"}),
    "claim": None,
}


def trait_iri(number: int) -> str:
    """The IRI of the paper's trait ``number`` (1-7).

    >>> trait_iri(6)
    'https://w3id.org/negkg/id/trait/6'
    """
    return f"{TRAIT}{number}"


@dataclass(frozen=True)
class Filters:
    """What to keep in a view; empty means keep everything.

    - ``kinds``: entity kinds (``episode``, ``person``, ...); focus nodes always stay.
    - ``traits``: trait numbers; keeps those traits and what links to them,
      directly or through a neighbour.
    - ``years``: (first, last); drops episodes outside the range.
    - ``sources``: source IRIs; keeps links whose evidence cites one of them.
    - ``actors``, ``places``, ``precisions``, ``claims``: facet values (IRIs; precision words;
      :data:`UNKNOWN` for "holds none"); an entity of a kind the facet judges (:data:`FACET_KINDS`)
      stays only if it holds one of them (:mod:`kg.explore.facets` says what each facet reads).
    """

    kinds: frozenset[str] = field(default_factory=frozenset)
    traits: frozenset[int] = field(default_factory=frozenset)
    years: tuple[int, int] | None = None
    sources: frozenset[str] = field(default_factory=frozenset)
    actors: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    precisions: frozenset[str] = field(default_factory=frozenset)
    claims: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(KIND_BY_KEY)
        if unknown:
            raise KGError(f"Unknown entity kind(s) {', '.join(sorted(unknown))}; "
                          f"use {', '.join(KIND_BY_KEY)}.")
        bad = [t for t in self.traits if not isinstance(t, int) or not 1 <= t <= 99]
        if bad:
            raise KGError(f"Trait numbers must be whole numbers from 1 to 99; got {', '.join(map(repr, bad))}.")
        if self.years and self.years[0] > self.years[1]:
            raise KGError(f"The period {self.years[0]}–{self.years[1]} ends before it starts.")
        bad = sorted(self.precisions - set(PRECISIONS) - {UNKNOWN})
        if bad:
            raise KGError(f"Unknown date precision(s) {', '.join(bad)}; use {', '.join(PRECISIONS)} or {UNKNOWN}.")

    def __bool__(self) -> bool:
        return bool(self.kinds or self.traits or self.years or self.sources or self.facets)

    @property
    def facets(self) -> dict[str, frozenset[str]]:
        """The facet filters in use: facet name -> the values chosen."""
        chosen = {"actor": self.actors, "place": self.places, "precision": self.precisions, "claim": self.claims}
        return {k: v for k, v in chosen.items() if v}


def check_traits(store: Store, numbers: Iterable[int]) -> None:
    """A trait filter names traits the store has: a filter on none would empty the view."""
    have = {str(r["t"]) for r in store.select("traits")}
    missing = sorted(n for n in numbers if trait_iri(n) not in have)
    if missing:
        known = sorted(int(t[len(TRAIT):]) for t in have if t[len(TRAIT):].isdigit())
        there = f"its traits are {', '.join(map(str, known))}" if known else "it holds no traits"
        raise NotFound(f"No trait {', '.join(map(str, missing))} in the store; {there}.")


def apply(filters: Filters, nodes: dict, edges: list[Edge], focus: set[str],
          values: dict[str, dict[str, set[str]]] | None = None) -> tuple[set[str], list[Edge]]:
    """The node IRIs and links of a fetched view (``nodes``: IRI -> Node) that ``filters`` keep;
    focus nodes always stay, and a filter that reads links drops the nodes it leaves unlinked.
    ``values`` (IRI -> facet -> values, :func:`kg.explore.facets.entity_values`) is needed
    when facet filters are in use."""
    keep = set(nodes)
    if filters.sources:
        edges = [e for e in edges if any(set(ev.sources) & filters.sources for ev in e.evidence)
                 or {e.source, e.target} & filters.sources]
        keep = {n for e in edges for n in (e.source, e.target)} | (focus & keep)
    if filters.years:
        first, last = filters.years
        keep = {n for n in keep if nodes[n].kind != "episode" or n in focus or _overlaps(nodes[n], first, last)}
    for facet, chosen in filters.facets.items():
        keep = {n for n in keep if n in focus or _holds(nodes[n].kind, facet, (values or {}).get(n, {}), chosen)}
    if filters.traits:
        keep = _trait_filter(filters.traits, nodes, edges, keep, focus)
    if filters.kinds:
        keep = {n for n in keep if nodes[n].kind in filters.kinds or n in focus}
    edges = [e for e in edges if e.source in keep and e.target in keep]
    if filters.years or filters.sources or filters.traits or filters.facets:
        linked = {n for e in edges for n in (e.source, e.target)}
        keep = {n for n in keep if n in linked or n in focus or nodes[n].kind == "trait"}
    return keep, edges


def _holds(kind: str, facet: str, values: dict[str, set[str]], chosen: frozenset[str]) -> bool:
    judged = FACET_KINDS[facet]
    if judged is not None and kind not in judged:
        return True
    held = values.get(facet, set())
    return bool(held & chosen) or (not held and UNKNOWN in chosen)


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
