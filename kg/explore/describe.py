"""Everything the graph says about one entity, as an :class:`~kg.model.Entity`."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.errors import NotFound
from kg.kinds import kind_of
from kg.model import Entity, Link, Participation, SupplementaryNote
from kg.namespaces import NKG
from kg.store import fetch
from kg.store.sparql import Raw, one_of
from kg.store.store import Store

__all__ = ["describe"]

_SHOWN_ELSEWHERE = {str(RDF.type), str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel),
                    str(RDFS.comment), str(NKG.summary), str(NKG.date), str(NKG.datePrecision),
                    str(NKG.dateLabel), str(NKG.startYear), str(NKG.endYear)}


def describe(store: Store, iri: str) -> Entity:
    """The entity's label, kind, description, dates, links with evidence,
    participations, supplementary facts and the citations they need.

    >>> from kg.store.store import open_store
    >>> e = describe(open_store(), "https://w3id.org/negkg/id/episode/riyadh-2025")
    >>> e.kind, e.date_label is not None
    ('episode', True)
    """
    literal_rows = store.select("describe_literals", iri=URIRef(iri))
    if not literal_rows:
        raise NotFound(f"No entity <{iri}> in the store.")
    values_by_prop: dict[str, list] = defaultdict(list)
    labels: dict[str, str] = {}
    for row in literal_rows:
        p = str(row["p"])
        values_by_prop[p].append(row["o"])
        if "plabel" in row:
            labels[p] = str(row["plabel"])
    types = tuple(sorted(str(t) for t in values_by_prop.get(str(RDF.type), [])))
    kind = kind_of(types)

    def first(prop) -> str | None:
        found = values_by_prop.get(str(prop))
        return str(sorted(found)[0]) if found else None

    links, cited = _links(store, iri)
    supplementary, refs = _supplementary(store, iri)
    attributes = tuple(sorted(
        (labels.get(p, p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]), _text(v))
        for p, vs in values_by_prop.items() if p not in _SHOWN_ELSEWHERE for v in vs))
    precision = first(NKG.datePrecision)
    return Entity(
        iri=iri, label=first(RDFS.label) or iri, kind=kind.key if kind else "other", types=types,
        comment=first(RDFS.comment), summary=first(NKG.summary),
        alt_labels=tuple(sorted({_text(v) for v in values_by_prop.get(str(SKOS.altLabel), [])})),
        attributes=attributes, links=links, participations=_participations(store, iri),
        supplementary=supplementary,
        citations=tuple(fetch.citations(store, cited | refs).values()),
        date_label=first(NKG.dateLabel), date=first(NKG.date),
        date_precision=precision.rsplit("#", 1)[-1].removesuffix("Precision").lower() if precision else None,
        start_year=_int(first(NKG.startYear)), end_year=_int(first(NKG.endYear)),
        upload=store.uploaded.get(iri),
    )


def _text(value) -> str:
    if isinstance(value, Literal) and value.language:
        return f"{value} ({value.language})"
    return str(value)


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _links(store: Store, iri: str) -> tuple[tuple[Link, ...], set[str]]:
    rows = store.select("describe_links", iri=URIRef(iri), props=Raw(one_of(store.link_properties)))
    others: dict[tuple[str, str, bool], dict] = {}
    for row in rows:
        key = (str(row["p"]), str(row["other"]), row["dir"].toPython() == "out")
        rec = others.setdefault(key, {"label": str(row.get("label", row["other"])), "types": set()})
        if "type" in row:
            rec["types"].add(str(row["type"]))
    evidence = fetch.evidence_rows(store.select("evidence_about", iri=URIRef(iri)), store.uploaded)
    links, cited = [], set()
    for (p, other, out), rec in others.items():
        triple = (iri, p, other) if out else (other, p, iri)
        evs = tuple(evidence.get(triple, ()))
        cited |= {s for ev in evs for s in ev.sources}
        kind = kind_of(rec["types"])
        links.append(Link(p, store.property_label(p), other, rec["label"],
                          kind.key if kind else "other", out, evs))
    links.sort(key=lambda l: (not l.outgoing, l.predicate_label, l.other_label.casefold()))
    return tuple(links), cited


def _participations(store: Store, iri: str) -> tuple[Participation, ...]:
    out = set()
    for row in store.select("participations", iri=URIRef(iri)):
        episode, agent = str(row["episode"]), str(row["agent"])
        side = str(row["side"]) if "side" in row else None
        out.add(Participation(episode, str(row.get("episodeLabel", episode)),
                              agent, str(row.get("agentLabel", agent)),
                              str(row["role"]) if "role" in row else None,
                              side, str(row.get("sideLabel", side)) if side else None))
    return tuple(sorted(out, key=lambda p: (p.episode_label, p.side_label or "", p.agent_label)))


def _supplementary(store: Store, iri: str) -> tuple[tuple[SupplementaryNote, ...], set[str]]:
    facts: dict[str, dict] = {}
    for row in store.select("supplementary", iri=URIRef(iri)):
        rec = facts.setdefault(str(row["fact"]), {
            "p": str(row["p"]), "value": str(row.get("oLabel", row["o"])) if not isinstance(row["o"], Literal)
            else _text(row["o"]), "note": str(row.get("note", "")), "sources": set()})
        if "source" in row:
            rec["sources"].add(str(row["source"]))
    notes = tuple(sorted((SupplementaryNote(r["p"], r["value"], r["note"], tuple(sorted(r["sources"])))
                          for r in facts.values()), key=lambda n: (n.predicate, n.value, n.note)))
    return notes, {s for r in facts.values() for s in r["sources"]}
