"""A view as a table: one row per entity with its kind, date, places, traits and evidence count.

The Table view shows it, sorts it and offers it as CSV; it is also the text alternative of
the graph, the timeline (and the map): the same rows, read by a screen reader or a spreadsheet.

>>> from kg.store.store import open_store
>>> from kg.explore.neighbourhood import neighbourhood
>>> store = open_store()
>>> rows = entity_rows(store, neighbourhood(store, ["https://w3id.org/negkg/id/episode/valdai-2014"]))
>>> valdai = next(r for r in rows if r.iri.endswith("valdai-2014"))
>>> valdai.kind, valdai.places
('episode', ('Sochi',))
>>> table_csv(rows).splitlines()[0]
'entity,kind,date,places,traits,evidence,iri'
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.explore.facets import entity_values
from kg.explore.filters import TRAIT
from kg.kinds import KIND_BY_KEY
from kg.model import Subgraph
from kg.store import fetch
from kg.store.store import Store
from kg.text import csv_text

__all__ = ["EntityRow", "entity_rows", "table_csv", "COLUMNS"]

COLUMNS = ("entity", "kind", "date", "places", "traits", "evidence", "iri")


@dataclass(frozen=True)
class EntityRow:
    iri: str
    label: str
    kind: str
    date: str  # the paper's words for the time (nkg:dateLabel), or the years
    start_year: int | None
    places: tuple[str, ...]  # labels, sorted
    traits: tuple[int, ...]  # the traits it illustrates or is an exception to, directly
    evidence: int  # evidence quotes on its links in the view


def entity_rows(store: Store, view: Subgraph) -> list[EntityRow]:
    """The view's entities as rows, in the view's order (kind, then name)."""
    held = entity_values(store, (n.iri for n in view.nodes), ("place", "trait"))
    place_iris = {p for n in view.nodes for p in held[n.iri].get("place", ()) if p != n.iri}
    names = {iri: node.label for iri, node in fetch.nodes(store, place_iris).items()}
    quotes: dict[str, set[str]] = defaultdict(set)
    for e in view.edges:
        for ev in e.evidence:
            quotes[e.source].add(ev.iri)
            quotes[e.target].add(ev.iri)
    rows = []
    for n in view.nodes:
        places = tuple(sorted(names.get(p, p) for p in held[n.iri].get("place", ()) if p != n.iri))
        traits = tuple(sorted(int(t[len(TRAIT):]) for t in held[n.iri].get("trait", ())
                              if t[len(TRAIT):].isdigit() and t != n.iri))
        rows.append(EntityRow(n.iri, n.label, n.kind, _date(n), n.start_year, places, traits, len(quotes[n.iri])))
    return rows


def _date(node) -> str:
    if node.date_label:
        return node.date_label
    if node.start_year is not None and node.end_year not in (None, node.start_year):
        return f"{node.start_year}–{node.end_year}"
    return str(node.start_year) if node.start_year is not None else ""


def table_csv(rows: list[EntityRow]) -> str:
    """The rows as CSV (a header of :data:`COLUMNS`; lists joined with "; "; cells that a spreadsheet
    would run as formulas are defused, as every CSV export is)."""
    kind = lambda k: KIND_BY_KEY[k].label if k in KIND_BY_KEY else k  # noqa: E731
    return csv_text(COLUMNS, ([r.label, kind(r.kind), r.date, "; ".join(r.places), "; ".join(map(str, r.traits)),
                               r.evidence, r.iri] for r in rows))
