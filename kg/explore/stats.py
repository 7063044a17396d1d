"""Counts per class and per property."""

from __future__ import annotations

from dataclasses import dataclass

from kg.store.store import Store

__all__ = ["Count", "class_counts", "property_counts"]


@dataclass(frozen=True)
class Count:
    iri: str
    label: str | None
    count: int
    total: int  # including instances of sub-classes (equals count for properties)


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
