"""Counts per class, per kind and per property: the one place the numbers shown anywhere
(the CLI, the Ontology, Timeline and matrix tabs, the README) come from.

A class counts its sub-classes' instances too (an ``nkg:Practice`` is an episode, an
``nkg:Person`` an actor); ``Count.count`` keeps the direct instances for ``kg stats``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.kinds import ENTITY_CLASSES, kind_of
from kg.store.sparql import Raw, one_of
from kg.store.store import Store

__all__ = ["Count", "class_counts", "kind_counts", "property_counts"]


@dataclass(frozen=True)
class Count:
    iri: str
    label: str | None
    count: int
    total: int  # including instances of sub-classes (equals count for properties): the number shown


def _counts(store: Store, name: str, var: str) -> list[Count]:
    return [Count(str(r[var]), str(r["label"]) if "label" in r else None, int(r["n"].toPython()),
                  int(r.get("total", r["n"]).toPython()))
            for r in store.select(name)]


def class_counts(store: Store) -> list[Count]:
    """Instances of every class the ontology declares or the data uses.

    >>> from kg.store.store import open_store
    >>> counts = {c.label: c for c in class_counts(open_store())}
    >>> counts["trait"].count, counts["actor"].count, counts["actor"].total > 50
    (7, 0, True)
    """
    return _counts(store, "stats_classes", "class")


def property_counts(store: Store) -> list[Count]:
    """Triples per property."""
    return _counts(store, "stats_properties", "p")


def kind_counts(store: Store) -> dict[str, int]:
    """Entities per kind (``kg.kinds``), each counted once, under the kind it is drawn as.

    A state is also a place; it counts as a state, as the graph draws it.

    >>> from kg.store.store import open_store
    >>> counts = kind_counts(open_store())
    >>> counts["trait"], counts["episode"] > counts["trait"]
    (7, True)
    """
    types: dict[str, set[str]] = {}
    for r in store.strings("kind_members", types=Raw(one_of(ENTITY_CLASSES))):
        types.setdefault(r["x"], set()).add(r["type"])
    counts: dict[str, int] = {}
    for member in types.values():
        kind = kind_of(member)
        if kind is not None:
            counts[kind.key] = counts.get(kind.key, 0) + 1
    return counts
