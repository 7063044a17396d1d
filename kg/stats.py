"""Counts per class and per property."""

from __future__ import annotations

from dataclasses import dataclass

from kg.store import Store

__all__ = ["Count", "class_counts", "property_counts"]


@dataclass(frozen=True)
class Count:
    iri: str
    label: str | None
    count: int


def _counts(store: Store, name: str, var: str) -> list[Count]:
    return [Count(str(r[var]), str(r["label"]) if "label" in r else None, int(r["n"].toPython()))
            for r in store.select(name)]


def class_counts(store: Store) -> list[Count]:
    """Instances of every class the ontology declares or the data uses.

    >>> from kg.store import open_store
    >>> {c.label: c.count for c in class_counts(open_store())}["trait"]
    7
    """
    return _counts(store, "stats_classes", "class")


def property_counts(store: Store) -> list[Count]:
    """Triples per property."""
    return _counts(store, "stats_properties", "p")
