"""The value objects every view and export shares.

A :class:`Subgraph` is what is drawn *and* what is exported: nodes, edges, and
for each edge the evidence behind it, plus the bibliographic records of every
source that evidence cites.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Node", "Evidence", "Edge", "Citation", "Subgraph", "SearchHit",
    "Participation", "Link", "Entity", "SupplementaryNote", "Path", "MapPlace", "MapEpisode", "PlaceMap",
]


@dataclass(frozen=True)
class Node:
    """An entity in a view."""

    iri: str
    label: str
    kind: str
    start_year: int | None = None
    end_year: int | None = None
    date_label: str | None = None
    inferred: bool = False  # only present through an inferred edge
    upload: str | None = None  # the reader's upload graph that alone describes it; None: the curated data


@dataclass(frozen=True)
class Evidence:
    """The paper's words behind one link (or, with ``upload``, the words of the reader's upload)."""

    iri: str
    quote: str
    section: str
    section_title: str
    sources: tuple[str, ...]
    note: str | None = None
    upload: str | None = None  # the upload graph it comes from; None: the curated data


@dataclass(frozen=True)
class Edge:
    """A link between two nodes, with its evidence (empty only when inferred)."""

    source: str
    target: str
    predicate: str
    label: str
    evidence: tuple[Evidence, ...] = ()
    inferred: bool = False
    rule: str | None = None  # why an inferred edge holds

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.predicate, self.target)


@dataclass(frozen=True)
class Citation:
    """Bibliographic data of one source, as stored in the graph."""

    iri: str
    title: str
    kind: str  # BIBO class local name: Article, Book, Report, ...
    authors: tuple[str, ...] = ()
    et_al: bool = False
    publisher: str | None = None
    date: str | None = None
    container: str | None = None
    container_section: str | None = None
    pages: str | None = None
    place: str | None = None
    translated_title: str | None = None
    accessed_via: str | None = None
    article: str | None = None
    edition_years: str | None = None
    programme: str | None = None
    footnote: int | None = None
    citation_text: str | None = None
    uri: str | None = None
    language: str | None = None  # BCP 47 tag (dcterms:language), e.g. "de"

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None


@dataclass(frozen=True)
class Subgraph:
    """Nodes, edges with evidence, and the citations that evidence needs."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    citations: tuple[Citation, ...] = ()
    focus: tuple[str, ...] = ()
    total_nodes: int | None = None  # before a node cap; None when nothing was cut
    highlight: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)
    #: How the view is laid out: "force" (a force layout), or "argument" (the argument map: top-down
    #: tiers from the focus, the thesis, with what bears on each claim beneath it).
    layout: str = "force"
    #: The edges carry no evidence yet (a view fetched for drawing only); the citations are
    #: those of the source nodes. :func:`kg.explore.neighbourhood.with_evidence` completes it.
    lazy: bool = False

    def node(self, iri: str) -> Node | None:
        return self._by_iri().get(iri)

    def _by_iri(self) -> dict[str, Node]:
        cache = self.__dict__.get("_index")
        if cache is None:
            cache = {n.iri: n for n in self.nodes}
            object.__setattr__(self, "_index", cache)
        return cache

    def citation(self, iri: str) -> Citation | None:
        return next((c for c in self.citations if c.iri == iri), None)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        seen: dict[str, Evidence] = {}
        for edge in self.edges:
            for ev in edge.evidence:
                seen.setdefault(ev.iri, ev)
        return tuple(seen.values())

    def __bool__(self) -> bool:
        return bool(self.nodes)


@dataclass(frozen=True)
class SearchHit:
    """An entity found by :func:`kg.explore.search.search`, best first by ``score``."""

    iri: str
    label: str
    kind: str
    matched: str  # the label or alternative label that matched
    score: int  # lower is better


@dataclass(frozen=True)
class Participation:
    """An actor's part in an episode: the role in the paper's words and the side."""

    episode: str
    episode_label: str
    agent: str
    agent_label: str
    role: str | None
    side: str | None
    side_label: str | None


@dataclass(frozen=True)
class Link:
    """One link of an entity, seen from that entity."""

    predicate: str
    predicate_label: str
    other: str
    other_label: str
    other_kind: str
    outgoing: bool
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class SupplementaryNote:
    predicate: str
    value: str
    note: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    """Everything the graph says about one entity."""

    iri: str
    label: str
    kind: str
    types: tuple[str, ...]
    comment: str | None
    summary: str | None
    alt_labels: tuple[str, ...]
    attributes: tuple[tuple[str, str], ...]  # (property label, value) of literal properties
    links: tuple[Link, ...]
    participations: tuple[Participation, ...]
    supplementary: tuple[SupplementaryNote, ...]
    citations: tuple[Citation, ...]
    date_label: str | None = None
    date: str | None = None
    date_precision: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    upload: str | None = None  # the upload graph that alone describes it; None: the curated data


@dataclass(frozen=True)
class Path:
    """One shortest path: nodes in order and the edges between them."""

    nodes: tuple[str, ...]
    edges: tuple[Edge, ...]


@dataclass(frozen=True)
class MapPlace:
    """A place (or a state) as the map shows it: WGS84 ``lat``/``long`` in decimal degrees, or None
    when the data gives no point; ``reference`` the feature the coordinates come from (a GeoNames
    URI); ``episodes`` the IRIs of the selection's episodes that took place here."""

    iri: str
    label: str
    kind: str  # place | state
    lat: float | None
    long: float | None
    reference: str | None
    episodes: tuple[str, ...]

    @property
    def located(self) -> bool:
        return self.lat is not None and self.long is not None


@dataclass(frozen=True)
class MapEpisode:
    """An episode of the map's selection, with its date and the places where it took place."""

    iri: str
    label: str
    when: str | None
    start: int | None
    end: int | None
    traits: tuple[int, ...]
    places: tuple[str, ...]


@dataclass(frozen=True)
class PlaceMap:
    """What the map shows: ``places`` with coordinates (markers), ``unplaced`` places of the
    selection without them (listed, not drawn), the ``episodes`` at those places, and ``links``
    (place, place, episode) between two places of one episode."""

    places: tuple[MapPlace, ...]
    unplaced: tuple[MapPlace, ...]
    episodes: tuple[MapEpisode, ...]
    links: tuple[tuple[str, str, str], ...]

    def place(self, iri: str) -> MapPlace | None:
        return next((p for p in self.places + self.unplaced if p.iri == iri), None)

    def episode(self, iri: str) -> MapEpisode | None:
        return next((e for e in self.episodes if e.iri == iri), None)
