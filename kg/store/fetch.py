"""Fetch the records behind a set of IRIs: nodes, evidence, citations.

Each function runs one named query for many IRIs at once (a VALUES block), so
a view costs a handful of queries whatever its size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Iterable

from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.kinds import kind_of
from kg.model import Citation, Evidence, Node
from kg.namespaces import BIBO, NKG
from kg.store.sparql import Raw, iri_term, one_of, values
from kg.store.store import Store

__all__ = ["nodes", "nodes_and_links", "kinds", "evidence", "evidence_for", "evidence_rows", "citations", "chunks"]

#: IRIs per VALUES block: keeps each query text small for remote endpoints.
CHUNK = 500


def chunks(iris: Iterable[str], size: int = CHUNK) -> Iterable[list[str]]:
    """``iris`` in lists of at most ``size``: one VALUES block per query stays small on every backend."""
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


_TYPE, _LABEL = str(RDF.type), str(RDFS.label)
_START, _END, _DATE_LABEL = str(NKG.startYear), str(NKG.endYear), str(NKG.dateLabel)


class _NodeFacts:
    """What the node queries found: labels, types and (start, end, date label) by IRI."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.types: dict[str, set[str]] = defaultdict(set)
        self.years: dict[str, tuple[int | None, int | None, str | None]] = {}

    def nodes(self, store: Store) -> dict[str, Node]:
        """The IRIs of a known kind as Nodes."""
        out: dict[str, Node] = {}
        for iri, classes in self.types.items():
            kind = kind_of(classes)
            if kind is None:
                continue
            start, end, date_label = self.years.get(iri, (None, None, None))
            out[iri] = Node(iri, self.labels.get(iri, iri), kind.key, start, end, date_label,
                            upload=store.uploaded.get(iri))
        return out


def nodes(store: Store, iris: Iterable[str]) -> dict[str, Node]:
    """Nodes with label, kind and years; IRIs without a known kind are left out."""
    facts = _NodeFacts()
    for batch in chunks(sorted(set(iris))):
        for row in store.strings("node_info", nodes=Raw(values(batch))):
            iri = str(row["n"])
            if "label" in row:
                facts.labels.setdefault(iri, str(row["label"]))
            if "type" in row:
                facts.types[iri].add(str(row["type"]))
            if iri not in facts.years:
                facts.years[iri] = (_int(row.get("start")), _int(row.get("end")),
                                    str(row["dateLabel"]) if "dateLabel" in row else None)
    return facts.nodes(store)


def nodes_and_links(store: Store, iris: Iterable[str], props: Iterable[str],
                    ) -> tuple[dict[str, Node], set[tuple[str, str, str]]]:
    """:func:`nodes`, and the links (``props`` only) from these IRIs to any IRI, in one
    pass over each IRI's own triples."""
    facts, links = _NodeFacts(), set()
    starts: dict[str, str] = {}
    ends: dict[str, str] = {}
    date_labels: dict[str, str] = {}
    fields = {_LABEL: facts.labels, _START: starts, _END: ends, _DATE_LABEL: date_labels}
    for batch in chunks(sorted(set(iris))):
        for n, p, o in store.string_rows("node_info_links", nodes=Raw(values(batch)), props=Raw(one_of(list(props)))):
            if p == _TYPE:
                facts.types[n].add(o)
            elif p in fields:
                fields[p].setdefault(n, o)
            else:
                links.add((n, p, o))
    for n in facts.types:
        facts.years[n] = (_int(starts.get(n)), _int(ends.get(n)), date_labels.get(n))
    return facts.nodes(store), links


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


def evidence_rows(rows: list[dict], uploaded: Mapping[str, str] | None = None,
                  ) -> dict[tuple[str, str, str], list[Evidence]]:
    """Group evidence query rows by the link (s, p, o) they back; ``uploaded`` (``Store.uploaded``)
    marks the evidence that comes from the reader's uploads."""
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
                                            tuple(sorted(rec["sources"])), rec["note"],
                                            (uploaded or {}).get(iri)))
    return grouped


def evidence(store: Store, subjects: Iterable[str]) -> dict[tuple[str, str, str], list[Evidence]]:
    """Evidence for every link whose subject is one of ``subjects``."""
    rows: list[dict] = []
    for batch in chunks(sorted(set(subjects))):
        rows += store.strings("evidence", nodes=Raw(values(batch)))
    return evidence_rows(rows, store.uploaded)


def evidence_for(store: Store, links: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[Evidence]]:
    """Evidence for exactly these (subject, predicate, object) links."""
    rows: list[dict] = []
    for batch in chunks(sorted(set(links)), size=CHUNK // 2):
        block = " ".join(f"({iri_term(s)} {iri_term(p)} {iri_term(o)})" for s, p, o in batch)
        rows += store.strings("evidence_for", links=Raw(block))
    return evidence_rows(rows, store.uploaded)


#: The citation fields read from each source's own triples: property IRI -> Citation field.
_FIELDS = {
    f"{DCTERMS}date": "date", f"{NKG}containerTitle": "container", f"{NKG}containerSection": "container_section",
    f"{BIBO}pages": "pages", f"{NKG}publicationPlace": "place", f"{NKG}translatedTitle": "translated_title",
    f"{NKG}accessedVia": "accessed_via", f"{NKG}articleNumber": "article", f"{NKG}editionYears": "edition_years",
    f"{NKG}programme": "programme", f"{NKG}citationText": "citation_text", f"{BIBO}uri": "uri",
    f"{DCTERMS}language": "language",
}


def citations(store: Store, iris: Iterable[str]) -> dict[str, Citation]:
    """Bibliographic records of the given sources, authors in order.

    Where a field has several values the smallest is taken, so a record is the
    same whatever order the store returns its triples in.
    """
    iris = sorted(set(iris))
    values_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    authors: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for batch in chunks(iris):
        block = Raw(values(batch))
        for src, prop, value, publisher in store.string_rows("citations", nodes=block):
            if publisher is not None:
                values_of[src]["publisher"].add(publisher)
            else:
                values_of[src][prop].add(value)
        for row in store.strings("citation_authors", nodes=block):
            index = _int(row.get("index"))
            authors[str(row["src"])].append((index if index is not None else 10**6, str(row["name"]), str(row["author"])))
    records: dict[str, dict] = {}
    for iri, found in sorted(values_of.items()):  # in IRI order, whatever order the rows came in
        if f"{DCTERMS}title" not in found:
            continue
        rec = records[iri] = {"title": min(found[f"{DCTERMS}title"]), "kind": _bibo_kind(found.get(f"{RDF}type", ()))}
        for prop, field in _FIELDS.items():
            if prop in found:
                rec[field] = min(found[prop])
        if "publisher" in found:
            rec["publisher"] = min(found["publisher"])
        footnotes = [n for n in map(_int, found.get(f"{NKG}footnoteNumber", ())) if n is not None]
        if footnotes:
            rec["footnote"] = min(footnotes)
        if f"{NKG}etAl" in found:
            rec["et_al"] = min(found[f"{NKG}etAl"]).lower() in ("true", "1")
    out = {}
    for iri, rec in records.items():
        ordered = sorted(set(authors.get(iri, [])))
        names = tuple(dict.fromkeys(name for _, name, _ in ordered))
        out[iri] = Citation(iri=iri, authors=names, **rec)
    return out


def _bibo_kind(types: Iterable[str]) -> str:
    """The most specific BIBO class among ``types``: ``DocumentPart`` before ``Document``,
    any other before both; ``Document`` when there is none."""
    local = sorted(t[len(BIBO):] for t in types if t.startswith(str(BIBO)))
    specific = [name for name in local if name not in ("Document", "DocumentPart")]
    return specific[0] if specific else ("DocumentPart" if "DocumentPart" in local else "Document")
