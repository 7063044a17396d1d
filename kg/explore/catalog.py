"""Tables over the whole graph: traits, episodes on a timeline, the trait ×
subject evidence matrix, the bibliography and the ontology's terms."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef

from kg.explore.filters import trait_iri
from kg.explore.stats import class_counts, property_counts
from kg.kinds import ENTITY_CLASSES, kind_of
from kg.model import Citation, Evidence
from kg.store import fetch
from kg.store.sparql import Raw
from kg.store.store import Store

__all__ = ["Trait", "EpisodeRow", "MatrixCell", "BibEntry", "Term",
           "traits", "episodes", "matrix", "cell_evidence", "bibliography", "ontology_terms", "entity_choices"]


@dataclass(frozen=True)
class Trait:
    iri: str
    number: int
    label: str
    summary: str | None


@dataclass(frozen=True)
class EpisodeRow:
    iri: str
    label: str
    start: int | None
    end: int | None
    date_label: str | None
    precision: str | None
    traits: tuple[int, ...]
    exceptions: tuple[int, ...]
    date: str | None = None  # the lexical form of nkg:date: 2014-10-24, 2025-09 or 1905


@dataclass(frozen=True)
class MatrixCell:
    trait: int
    subject: str
    label: str
    kind: str
    relation: str  # illustrates | exceptionTo
    count: int


@dataclass(frozen=True)
class BibEntry:
    citation: Citation
    supports: tuple[tuple[str, str], ...]  # (iri, label)


@dataclass(frozen=True)
class Term:
    iri: str
    kind: str  # class | object property | datatype property
    label: str
    comment: str | None
    domain: str | None
    range: str | None
    count: int  # instances, sub-classes' included (a class), or triples (a property): as `kg stats`
    direct: int  # instances typed with the class itself (equals count for a property)


def traits(store: Store) -> list[Trait]:
    """The traits in number order.

    >>> from kg.store.store import open_store
    >>> [t.number for t in traits(open_store())]
    [1, 2, 3, 4, 5, 6, 7]
    """
    return [Trait(str(r["t"]), int(str(r["number"])), str(r["label"]), str(r["summary"]) if "summary" in r else None)
            for r in store.select("traits") if "number" in r]


def episodes(store: Store) -> list[EpisodeRow]:
    """Every episode (practices included) with its years and trait links, in time order;
    one without a start year sorts by its end year."""
    recs: dict[str, dict] = {}
    for r in store.select("episodes"):
        rec = recs.setdefault(str(r["e"]), {
            "label": str(r["label"]), "start": _int(r.get("start")), "end": _int(r.get("end")),
            "date": str(r["date"]) if "date" in r else None,
            "date_label": str(r["dateLabel"]) if "dateLabel" in r else None,
            "precision": str(r["precision"]) if "precision" in r else None, "traits": set(), "exceptions": set()})
        if "number" in r:
            (rec["exceptions"] if str(r["rel"]).endswith("exceptionTo") else rec["traits"]).add(int(str(r["number"])))
    rows = [EpisodeRow(iri, v["label"], v["start"], v["end"], v["date_label"], v["precision"],
                       tuple(sorted(v["traits"])), tuple(sorted(v["exceptions"])), v["date"])
            for iri, v in recs.items()]
    return sorted(rows, key=lambda e: (e.start if e.start is not None else e.end or 9999, e.label))


def _int(value) -> int | None:
    return int(str(value)) if value is not None else None


def matrix(store: Store) -> list[MatrixCell]:
    """Evidence counts per (trait, subject) for every subject linked to a trait."""
    types: dict[tuple, set[str]] = defaultdict(set)
    base: dict[tuple, tuple] = {}
    for r in store.select("matrix"):
        key = (int(str(r["number"])), str(r["subject"]), str(r["rel"]))
        types[key].add(str(r["type"]))
        base[key] = (str(r["label"]), int(str(r["n"])))
    cells = []
    for key, (label, count) in base.items():
        kind = kind_of(types[key])
        cells.append(MatrixCell(key[0], key[1], label, kind.key if kind else "other",
                                key[2].rsplit("#", 1)[-1], count))
    return sorted(cells, key=lambda c: (c.trait, c.kind, c.label))


def cell_evidence(store: Store, trait: int, subject: str) -> list[Evidence]:
    """The quotes tying ``subject`` to trait number ``trait``."""
    rows = store.select("cell_evidence", subject=URIRef(subject), trait=URIRef(trait_iri(trait)))
    return [ev for evs in fetch.evidence_rows(rows, store.uploaded).values() for ev in evs]


def bibliography(store: Store) -> list[BibEntry]:
    """Every source with its full record and what the paper cites it for, footnote order."""
    supports: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in store.select("sources"):
        supports[str(r["src"])]
        if "supported" in r:
            supports[str(r["src"])].add((str(r["supported"]), str(r.get("supportedLabel", r["supported"]))))
    cites = fetch.citations(store, supports)
    entries = [BibEntry(cites[i], tuple(sorted(supports[i], key=lambda s: s[1]))) for i in cites]
    return sorted(entries, key=lambda b: (b.citation.footnote or 0, b.citation.title))


def ontology_terms(store: Store) -> list[Term]:
    """Classes and properties with labels, comments, domain, range and how often they are used.

    The counts are those of :mod:`kg.explore.stats`: a class counts its sub-classes' instances.
    """
    names = {"Class": "class", "ObjectProperty": "object property", "DatatypeProperty": "datatype property"}
    counts = {c.iri: c for c in class_counts(store) + property_counts(store)}
    terms = []
    for r in store.select("ontology_terms"):
        used = counts.get(str(r["term"]))
        terms.append(Term(str(r["term"]), names[str(r["kind"]).rsplit("#", 1)[-1]], str(r["label"]),
                          str(r["comment"]) if "comment" in r else None, str(r["domain"]) if "domain" in r else None,
                          str(r["range"]) if "range" in r else None, used.total if used else 0,
                          used.count if used else 0))
    return terms


def entity_choices(store: Store) -> list[tuple[str, str, str]]:
    """Every entity as (IRI, label, kind key), by label: what a link can start or end at.

    >>> from kg.store.store import open_store
    >>> ("https://w3id.org/negkg/id/trait/6", "Zero-sum thinking", "trait") in entity_choices(open_store())
    True
    """
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    classes = ", ".join(f"<{c}>" for c in ENTITY_CLASSES)
    for iri, cls, label in store.string_rows("entity_labels", types=Raw(classes)):
        types[iri].add(cls)
        if label:
            labels.setdefault(iri, label)
    out = [(iri, labels.get(iri, iri), kind.key) for iri, cls in types.items() if (kind := kind_of(cls))]
    return sorted(out, key=lambda t: (t[1].casefold(), t[0]))
