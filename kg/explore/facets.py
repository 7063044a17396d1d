"""Facets with counts, as Palladio and the Sampo portals show them beside their views.

A facet sorts the entities of a view by one property: for each value, how many of the view's
entities hold it, and in an "unknown" bucket how many of the entities the facet describes hold
none. The values come from the store in one SPARQL query for the whole view
(``facet_values.rq``; ``bench/facets.py`` measured it against one query per facet), so the CLI,
a notebook and the app count alike.

What each facet reads (``FACETS``):

- **kind**: the entity's kind (every entity has one).
- **trait**: the traits it illustrates or is an exception to, directly (a trait is its own value).
- **actor**: an episode's participants, the actors it affects and the agents of its
  participations; an actor is its own value.
- **place**: an episode's places (``nkg:place``); a place is its own value.
- **period**: the decades an episode's years touch (its end year when it has no start).
- **precision**: an episode's date precision (day, month, year, decade, period, ongoing).
- **source**: the sources cited by the evidence of its links.
- **claim**: the claims it supports, illustrates, attacks or rebuts, those that concern it, and
  a claim itself.

>>> from kg.store.store import open_store
>>> from kg.explore.neighbourhood import overview
>>> store = open_store()
>>> by_key = {f.key: f for f in facets(store, overview(store))}
>>> by_key["precision"].count("ongoing") > 0
True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from kg.explore.filters import FACET_KINDS, UNKNOWN
from kg.kinds import KIND_BY_KEY
from kg.model import Node, Subgraph
from kg.store import fetch
from kg.store.sparql import Raw, literal_term, values
from kg.store.store import Store

__all__ = ["FACETS", "FacetSpec", "FacetValue", "Facet", "entity_values", "facets", "decades", "UNKNOWN"]


@dataclass(frozen=True)
class FacetSpec:
    key: str
    label: str
    kinds: frozenset[str] | None  # the kinds it describes (None: every kind)
    param: str | None  # the URL parameter that filters by it


_EPISODES = frozenset({"episode"})
FACETS: tuple[FacetSpec, ...] = (
    FacetSpec("kind", "Kind", None, "kind"),
    FacetSpec("trait", "Trait", None, "trait"),
    FacetSpec("actor", "Actor", FACET_KINDS["actor"], "actor"),
    FacetSpec("place", "Place", FACET_KINDS["place"], "place"),
    FacetSpec("period", "Period", _EPISODES, "years"),
    FacetSpec("precision", "Date precision", FACET_KINDS["precision"], "precision"),
    FacetSpec("source", "Cited source", None, "source"),
    FacetSpec("claim", "Claim", FACET_KINDS["claim"], "claim"),
)
#: IRIs per query: facet_values.rq repeats its VALUES block in each of its 11 branches.
_CHUNK = 100
#: The facets read from the store by facet_values.rq (kind and period come with the nodes).
_QUERIED = ("trait", "actor", "place", "precision", "source", "claim")


@dataclass(frozen=True)
class FacetValue:
    value: str  # an IRI, a kind key, a precision word or a decade ("1900" for the 1900s)
    label: str
    count: int


@dataclass(frozen=True)
class Facet:
    """One facet of a view: its values, most entities first, and the entities holding none."""

    key: str
    label: str
    values: tuple[FacetValue, ...]
    unknown: int  # described entities that hold no value
    described: int  # entities of the view this facet describes

    def count(self, value: str) -> int:
        """How many entities hold ``value`` (:data:`UNKNOWN`: hold none)."""
        if value == UNKNOWN:
            return self.unknown
        return next((v.count for v in self.values if v.value == value), 0)


def decades(node: Node) -> set[str]:
    """The decades (as their first year) that an entity's years touch, as the period filter reads them.

    >>> sorted(decades(Node("e", "E", "episode", 1998, 2003)))
    ['1990', '2000']
    """
    start = node.start_year if node.start_year is not None else node.end_year
    end = node.end_year if node.end_year is not None else node.start_year
    if start is None:
        return set()
    return {str(d) for d in range(start // 10 * 10, end + 1, 10)}


def entity_values(store: Store, iris: Iterable[str], keys: Iterable[str] = _QUERIED) -> dict[str, dict[str, set[str]]]:
    """IRI -> facet -> the values it holds, for the store-read facets in ``keys``; one query per 100 IRIs."""
    keys = [k for k in keys if k in _QUERIED]
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    if not keys:
        return out
    wanted = Raw(", ".join(literal_term(k) for k in keys))
    for batch in fetch.chunks(sorted(set(iris)), _CHUNK):
        for iri, facet, value in store.string_rows("facet_values", nodes=Raw(values(batch)), facets=wanted):
            out[iri][facet].add(value)
    return out


def facets(store: Store, view: Subgraph, *, keys: Iterable[str] | None = None) -> list[Facet]:
    """The facets of a view's entities with their counts (all of :data:`FACETS`, or ``keys``)."""
    specs = [f for f in FACETS if keys is None or f.key in set(keys)]
    held = entity_values(store, (n.iri for n in view.nodes), [f.key for f in specs])
    for n in view.nodes:
        held[n.iri]["kind"] = {n.kind}
        held[n.iri]["period"] = decades(n)
    labels = _labels(store, {v for spec in specs if spec.key in _QUERIED
                             for n in view.nodes for v in held[n.iri].get(spec.key, ())})
    out = []
    for spec in specs:
        described = [n for n in view.nodes if spec.kinds is None or n.kind in spec.kinds]
        counts = Counter(v for n in described for v in held[n.iri].get(spec.key, ()))
        unknown = sum(1 for n in described if not held[n.iri].get(spec.key))
        shown = sorted(counts.items(), key=lambda kv: _order(spec.key, kv))
        out.append(Facet(spec.key, spec.label, tuple(FacetValue(v, _label(spec.key, v, labels), c) for v, c in shown),
                         unknown, len(described)))
    return out


def _order(key: str, item: tuple[str, int]):
    value, count = item
    if key in ("period", "trait"):
        return (0, int(value) if value.isdigit() else value.rsplit("/", 1)[-1].zfill(4), "")
    return (-count, value)


def _label(key: str, value: str, labels: dict[str, str]) -> str:
    if key == "kind":
        return KIND_BY_KEY[value].plural if value in KIND_BY_KEY else value
    if key == "period":
        return f"{value}s"
    if key == "trait" and value.rsplit("/", 1)[-1].isdigit():
        return f"{value.rsplit('/', 1)[-1]}. {labels.get(value, value)}"
    return labels.get(value, value)


def _labels(store: Store, iris: set[str]) -> dict[str, str]:
    iris = {i for i in iris if ":" in i}
    return {iri: node.label for iri, node in fetch.nodes(store, iris).items()}
