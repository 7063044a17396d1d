"""Fetch the records behind a set of IRIs: nodes, evidence, citations.

Each function runs one named query for many IRIs at once (a VALUES block), so
a view costs a handful of queries whatever its size.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from kg.kinds import kind_of
from kg.model import Citation, Evidence, Node
from kg.sparql import Raw, iri_term, values
from kg.store import Store

__all__ = ["nodes", "kinds", "evidence", "evidence_for", "evidence_rows", "citations", "chunks"]

#: IRIs per VALUES block: keeps each query text small for remote endpoints.
CHUNK = 500


def chunks(iris: Iterable[str], size: int = CHUNK) -> Iterable[list[str]]:
    batch: list[str] = []
    for iri in iris:
        batch.append(iri)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def nodes(store: Store, iris: Iterable[str]) -> dict[str, Node]:
    """Nodes with label, kind and years; IRIs without a known kind are left out."""
    labels: dict[str, str] = {}
    types: dict[str, set[str]] = defaultdict(set)
    years: dict[str, tuple[int | None, int | None, str | None]] = {}
    for batch in chunks(sorted(set(iris))):
        for row in store.strings("node_info", nodes=Raw(values(batch))):
            iri = str(row["n"])
            if "label" in row:
                labels.setdefault(iri, str(row["label"]))
            if "type" in row:
                types[iri].add(str(row["type"]))
            if iri not in years:
                years[iri] = (_int(row.get("start")), _int(row.get("end")),
                              str(row["dateLabel"]) if "dateLabel" in row else None)
    out: dict[str, Node] = {}
    for iri, classes in types.items():
        kind = kind_of(classes)
        if kind is None:
            continue
        start, end, date_label = years.get(iri, (None, None, None))
        out[iri] = Node(iri, labels.get(iri, iri), kind.key, start, end, date_label)
    return out


def kinds(store: Store, iris: Iterable[str]) -> dict[str, str]:
    """The kind of each IRI that has one: what :func:`nodes` keeps, at a third of its cost."""
    types: dict[str, set[str]] = defaultdict(set)
    for batch in chunks(sorted(set(iris))):
        for iri, cls in store.string_rows("node_types", nodes=Raw(values(batch))):
            types[iri].add(cls)
    out = {}
    for iri, classes in types.items():
        kind = kind_of(classes)
        if kind is not None:
            out[iri] = kind.key
    return out


def evidence_rows(rows: list[dict]) -> dict[tuple[str, str, str], list[Evidence]]:
    """Group evidence query rows by the link (s, p, o) they back."""
    parts: dict[str, dict] = {}
    for row in rows:
        iri = str(row["ev"])
        rec = parts.setdefault(iri, {
            "key": (str(row["s"]), str(row["p"]), str(row["o"])),
            "quote": str(row["quote"]), "section": str(row["section"]),
            "title": str(row.get("sectionTitle", row["section"])),
            "order": _int(row.get("sectionOrder")) or 0,
            "sources": set(), "note": str(row["note"]) if "note" in row else None,
        })
        if "source" in row:
            rec["sources"].add(str(row["source"]))
    grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for iri, rec in sorted(parts.items(), key=lambda kv: (kv[1]["order"], kv[0])):
        grouped[rec["key"]].append(Evidence(iri, rec["quote"], rec["section"], rec["title"],
                                            tuple(sorted(rec["sources"])), rec["note"]))
    return grouped


def evidence(store: Store, subjects: Iterable[str]) -> dict[tuple[str, str, str], list[Evidence]]:
    """Evidence for every link whose subject is one of ``subjects``."""
    rows: list[dict] = []
    for batch in chunks(sorted(set(subjects))):
        rows += store.strings("evidence", nodes=Raw(values(batch)))
    return evidence_rows(rows)


def evidence_for(store: Store, links: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[Evidence]]:
    """Evidence for exactly these (subject, predicate, object) links."""
    rows: list[dict] = []
    for batch in chunks(sorted(set(links)), size=CHUNK // 2):
        block = " ".join(f"({iri_term(s)} {iri_term(p)} {iri_term(o)})" for s, p, o in batch)
        rows += store.strings("evidence_for", links=Raw(block))
    return evidence_rows(rows)


_FIELDS = {
    "publisher": "publisher", "container": "container", "containerSection": "container_section",
    "pages": "pages", "place": "place", "translated": "translated_title", "via": "accessed_via",
    "article": "article", "editions": "edition_years", "programme": "programme",
    "text": "citation_text", "uri": "uri", "date": "date",
}


def citations(store: Store, iris: Iterable[str]) -> dict[str, Citation]:
    """Bibliographic records of the given sources, authors in order."""
    iris = sorted(set(iris))
    records: dict[str, dict] = {}
    authors: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for batch in chunks(iris):
        block = Raw(values(batch))
        for row in store.strings("citations", nodes=block):
            iri = str(row["src"])
            rec = records.setdefault(iri, {"title": str(row["title"]), "kind": "Document"})
            if "type" in row:
                local = str(row["type"]).rsplit("/", 1)[-1]
                if local not in ("Document", "DocumentPart") or rec["kind"] == "Document":
                    rec["kind"] = local
            for var, field in _FIELDS.items():
                if var in row:
                    rec.setdefault(field, str(row[var]))
            if "footnote" in row:
                rec["footnote"] = _int(row["footnote"])
            if "etAl" in row:
                rec["et_al"] = str(row["etAl"]).lower() in ("true", "1")
        for row in store.strings("citation_authors", nodes=block):
            index = _int(row.get("index"))
            authors[str(row["src"])].append((index if index is not None else 10**6, str(row["name"]), str(row["author"])))
    out = {}
    for iri, rec in records.items():
        ordered = sorted(set(authors.get(iri, [])))
        names = tuple(dict.fromkeys(name for _, name, _ in ordered))
        out[iri] = Citation(iri=iri, authors=names, **rec)
    return out
