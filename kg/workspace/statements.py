"""A researcher's workspace: their own statements, each in a named graph of its own, with PROV.

A :class:`Workspace` is an immutable value: a tuple of :class:`Statement`\\ s. Each statement
is one named graph ``graph/workspace/<id>`` that holds

- what the researcher states: a note (``nkg:Note``, a W3C Web Annotation with Markdown text
  on an entity, a link or a view), a link (the triple and its ``nkg:Evidence``: quote, the
  place in the source, the source), a new entity (label and kind) or a source
  (``nkg:OwnSource``, from pasted BibTeX with its DOI or URL);
- and, about the graph itself, its provenance: ``a nkg:WorkspaceStatement``,
  ``prov:wasAttributedTo`` a researcher (``foaf:name`` as they set it),
  ``prov:generatedAtTime`` and ``prov:wasDerivedFrom`` the document when there is one.

The paper's graphs are never written: a workspace only adds graphs under ``graph/workspace/``.
:func:`to_trig` and :func:`from_quads` turn a workspace into one TriG file and back.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, XSD

from kg.errors import WorkspaceError
from kg.kinds import KIND_BY_KEY
from kg.namespaces import BIBO, GRAPH, ID, NKG
from kg.text import clean, fold
from kg.workspace.bibtex import BibRecord

__all__ = [
    "NEW_KINDS",
    "OA",
    "OWN",
    "WORKSPACE_GRAPHS",
    "Note",
    "OwnLink",
    "Statement",
    "ViewTarget",
    "Workspace",
    "entity",
    "from_quads",
    "link",
    "note",
    "source",
    "to_trig",
]

#: Every workspace statement's graph starts with this.
WORKSPACE_GRAPHS = str(GRAPH["workspace/"])
#: The researcher's own entities, notes, evidence and sources.
OWN = Namespace(f"{ID}own/")
OA = "http://www.w3.org/ns/oa#"
#: The kinds a researcher can create: those a label alone describes completely (the shapes ask
#: an episode for a date, participants and a trait link, which a later version may ask for).
NEW_KINDS = {"person": NKG.Person, "state": NKG.State, "organisation": NKG.Organisation,
             "collective": NKG.Collective, "place": NKG.Place, "concept": NKG.Concept, "claim": NKG.Claim}
MAX_NOTE = 20_000
MAX_QUOTE = 5_000
MAX_LABEL = 200
MAX_DOCUMENT = 100_000  # the upload's literal limit: a workspace file must open again
_CONTEXT = 32  # characters of context a quote selector carries at least (as data/anchors.ttl)
DCTYPE_TEXT = URIRef("http://purl.org/dc/dcmitype/Text")


@dataclass(frozen=True)
class ViewTarget:
    """A view as the target of a note: its permalink's query (``focus=episode:valdai-2014&hops=2``)."""

    query: str


Target = str | tuple[str, str, str] | ViewTarget


@dataclass(frozen=True)
class Statement:
    """One named graph of the workspace: the researcher's triples and their provenance."""

    graph: str
    triples: frozenset = field(repr=False)

    def _value(self, p) -> str | None:
        for s, pp, o in self.triples:
            if str(s) == self.graph and pp == p:
                return str(o)
        return None

    @property
    def created(self) -> str:
        return self._value(PROV.generatedAtTime) or ""

    @property
    def derived_from(self) -> str | None:
        return self._value(PROV.wasDerivedFrom)

    @property
    def author(self) -> str:
        agent = self._value(PROV.wasAttributedTo)
        return next((str(o) for s, p, o in self.triples if str(s) == agent and p == FOAF.name), "")

    @property
    def kind(self) -> str:
        """note, link, source, story or entity: what the statement adds."""
        types = {o for _, p, o in self.triples if p == RDF.type}
        if NKG.Note in types:
            return "note"
        if NKG.Evidence in types:
            return "link"
        if NKG.OwnSource in types:
            return "source"
        if NKG.Story in types:
            return "story"
        return "entity"


@dataclass(frozen=True)
class Note:
    iri: str
    target: Target
    text: str
    author: str
    created: str
    graph: str


@dataclass(frozen=True)
class OwnLink:
    subject: str
    predicate: str
    object: str
    quote: str
    where: str
    source: str
    author: str
    created: str
    graph: str


@dataclass(frozen=True)
class Workspace:
    """The researcher's statements, oldest first. Immutable: every change returns a new one."""

    statements: tuple[Statement, ...] = ()

    def __len__(self) -> int:
        return len(self.statements)

    def with_(self, *added: Statement) -> Workspace:
        """The workspace with ``added``; a second source with the same BibTeX key is refused."""
        known = set(self.sources())
        for st in added:
            for src in (s for s, p, o in st.triples if p == RDF.type and o == NKG.OwnSource):
                if str(src) in known:
                    raise WorkspaceError(f"Your workspace already has a source with the key "
                                         f"{str(src).rsplit('/', 1)[-1]!r}: choose it from your sources, or give the "
                                         "new entry another key.")
                known.add(str(src))
        return Workspace(self.statements + tuple(added))

    def without(self, graph: str) -> Workspace:
        if not any(s.graph == graph for s in self.statements):
            raise WorkspaceError(f"Your workspace has no statement <{graph}> to remove.")
        return Workspace(tuple(s for s in self.statements if s.graph != graph))

    def triples(self) -> Graph:
        """Every statement's triples in one graph (for validation)."""
        g = Graph()
        for s in self.statements:
            for t in s.triples:
                g.add(t)
        return g

    def notes(self) -> list[Note]:
        out = []
        for st in self.statements:
            if st.kind != "note":
                continue
            g = _graph(st)
            for iri in g.subjects(RDF.type, NKG.Note):
                out.append(Note(str(iri), _target(g, g.value(iri, URIRef(OA + "hasTarget"))),
                                str(g.value(iri, URIRef(OA + "bodyValue")) or ""), st.author, st.created, st.graph))
        return out

    def notes_on(self, target: Target) -> list[Note]:
        return [n for n in self.notes() if n.target == target]

    def search_notes(self, text: str) -> list[Note]:
        """Notes whose text holds ``text`` (case- and accent-insensitive)."""
        needle = fold(" ".join(text.split()))
        return [n for n in self.notes() if needle in fold(" ".join(n.text.split()))]

    def links(self) -> list[OwnLink]:
        out = []
        for st in self.statements:
            g = _graph(st)
            for ev in g.subjects(RDF.type, NKG.Evidence):
                section = g.value(ev, NKG.inSection)
                out.append(OwnLink(str(g.value(ev, NKG.subject)), str(g.value(ev, NKG.predicate)),
                                   str(g.value(ev, NKG.object)), str(g.value(ev, NKG.quote) or ""),
                                   str(g.value(section, RDFS.label) or ""), str(g.value(ev, NKG.citedSource)),
                                   st.author, st.created, st.graph))
        return out

    def sources(self) -> dict[str, str]:
        """Own source IRI -> its title."""
        out = {}
        for st in self.statements:
            g = _graph(st)
            for src in g.subjects(RDF.type, NKG.OwnSource):
                out[str(src)] = str(g.value(src, DCTERMS.title) or src)
        return out

    def documents(self) -> dict[str, tuple[str, str]]:
        """Own document IRI -> (title, text)."""
        out = {}
        for st in self.statements:
            g = _graph(st)
            for doc in g.subjects(RDF.type, NKG.OwnDocument):
                out[str(doc)] = (str(g.value(doc, DCTERMS.title) or doc), str(g.value(doc, NKG.documentText) or ""))
        return out

    def pages(self, document: str) -> tuple[int, ...]:
        """Where each page of a paged document (a PDF) starts in its text; () for a text without pages."""
        for st in self.statements:
            for s, p, o in st.triples:
                if str(s) == document and p == NKG.pageStarts:
                    return tuple(int(x) for x in str(o).split())
        return ()

    def passages(self, document: str) -> list[tuple[int, int, OwnLink]]:
        """The anchored passages of one document: (start, end, the link they are evidence for)."""
        by_graph = {l.graph: l for l in self.links()}
        out = []
        for st in self.statements:
            g = _graph(st)
            for anchor in g.subjects(URIRef(OA + "hasSource"), URIRef(document)):
                for sel in g.objects(anchor, URIRef(OA + "hasSelector")):
                    if (sel, RDF.type, URIRef(OA + "TextPositionSelector")) in g and st.graph in by_graph:
                        out.append((int(g.value(sel, URIRef(OA + "start"))), int(g.value(sel, URIRef(OA + "end"))),
                                    by_graph[st.graph]))
        return sorted(out, key=lambda p: (p[0], p[1]))

    def labels(self) -> dict[str, str]:
        """IRI -> rdfs:label of what the workspace names (new entities, sources)."""
        return {str(s): str(o) for st in self.statements for s, p, o in st.triples if p == RDFS.label}


def _graph(st: Statement) -> Graph:
    g = Graph()
    for t in st.triples:
        g.add(t)
    return g


def _target(g: Graph, node) -> Target:
    if isinstance(node, URIRef):
        return str(node)
    if (node, RDF.type, NKG.View) in g:
        return ViewTarget(str(g.value(node, NKG.viewQuery)))
    return (str(g.value(node, RDF.subject)), str(g.value(node, RDF.predicate)), str(g.value(node, RDF.object)))


# -- building statements ---------------------------------------------------------------

def _new_id() -> str:
    return uuid.uuid4().hex[:16]


def _researcher(name: str) -> tuple[URIRef, str]:
    name = " ".join(clean(name).split())
    if not name:
        raise WorkspaceError("Set your name first: every statement in the workspace says who made it.")
    if len(name) > MAX_LABEL:
        raise WorkspaceError(f"Your name is {len(name)} characters; at most {MAX_LABEL}.")
    return OWN[f"researcher/{hashlib.sha256(name.encode('utf-8')).hexdigest()[:12]}"], name


def _text(value: str, what: str, limit: int, *, keep_newlines: bool = False, minimum: int = 1) -> str:
    text = clean(value, keep_newlines=keep_newlines).strip()
    if len(text) < minimum:
        raise WorkspaceError(f"The {what} is empty." if not text else
                             f"The {what} {text!r} is too short: at least {minimum} characters.")
    if len(text) > limit:
        raise WorkspaceError(f"The {what} is {len(text):,} characters; at most {limit:,}.")
    return text


def _statement(g: Graph, author: str, when: datetime | None, derived_from: str | None, gid: str) -> Statement:
    graph = GRAPH[f"workspace/{gid}"]
    agent, name = _researcher(author)
    stamp = (when or datetime.now(UTC)).astimezone(UTC)
    g.add((graph, RDF.type, NKG.WorkspaceStatement))
    g.add((graph, PROV.wasAttributedTo, agent))
    g.add((graph, PROV.generatedAtTime, Literal(stamp.isoformat(timespec="microseconds").replace("+00:00", "Z"),
                                                    datatype=XSD.dateTime)))
    if derived_from:
        g.add((graph, PROV.wasDerivedFrom, URIRef(derived_from)))
    g.add((agent, RDF.type, NKG.Researcher))
    g.add((agent, FOAF.name, Literal(name)))
    return Statement(str(graph), frozenset(g))


def note(target: Target, text: str, *, author: str, when: datetime | None = None) -> Statement:
    """A note (Markdown) on an entity IRI, a link ``(subject, predicate, object)`` or a :class:`ViewTarget`.

    >>> st = note("https://w3id.org/negkg/id/trait/6", "Compare *Putnam* 1988.", author="Ann")
    >>> st.kind, st.author, Workspace((st,)).notes()[0].text
    ('note', 'Ann', 'Compare *Putnam* 1988.')
    """
    body = _text(text, "note", MAX_NOTE, keep_newlines=True)
    gid = _new_id()
    g = Graph()
    iri = OWN[f"note/{gid}"]
    g.add((iri, RDF.type, NKG.Note))
    g.add((iri, URIRef(OA + "motivatedBy"), URIRef(OA + "commenting")))
    g.add((iri, URIRef(OA + "bodyValue"), Literal(body)))
    g.add((iri, DCTERMS.format, Literal("text/markdown")))
    if isinstance(target, ViewTarget):
        node = BNode()
        g.add((node, RDF.type, NKG.View))
        g.add((node, NKG.viewQuery, Literal(target.query)))
    elif isinstance(target, tuple):
        node = BNode()
        g.add((node, RDF.type, RDF.Statement))
        for p, value in zip((RDF.subject, RDF.predicate, RDF.object), target):
            g.add((node, p, URIRef(value)))
    else:
        node = URIRef(target)
    g.add((iri, URIRef(OA + "hasTarget"), node))
    return _statement(g, author, when, None, gid)


def entity(label: str, kind: str, *, author: str, when: datetime | None = None) -> tuple[Statement, str]:
    """A new entity of one of :data:`NEW_KINDS`; returns the statement and the entity's IRI."""
    if kind not in NEW_KINDS:
        raise WorkspaceError(f"A new entity can be one of {', '.join(NEW_KINDS)}; not {kind!r}.")
    name = _text(label, f"name of the new {KIND_BY_KEY[kind].label.lower()}", MAX_LABEL)
    gid = _new_id()
    iri = OWN[f"{kind}/{gid}"]
    g = Graph()
    g.add((iri, RDF.type, NEW_KINDS[kind]))
    g.add((iri, RDFS.label, Literal(name)))
    return _statement(g, author, when, None, gid), str(iri)


def source(record: BibRecord, *, author: str, when: datetime | None = None) -> tuple[Statement, str]:
    """An own source from a BibTeX record (:func:`kg.workspace.bibtex.parse_bibtex`); its IRI ends in the
    BibTeX key, which the exported bibliographies keep (``own/source/smith2020`` is ``smith2020``)."""
    gid = _new_id()
    key = re.sub(r"[^A-Za-z0-9_.:-]+", "-", fold(record.key)).strip("-")[:60] or gid
    iri = OWN[f"source/{key}"]
    g = Graph()
    g.add((iri, RDF.type, NKG.Source))
    g.add((iri, RDF.type, NKG.OwnSource))
    g.add((iri, RDF.type, BIBO[record.bibo_type]))
    g.add((iri, RDFS.label, Literal(record.title)))
    g.add((iri, DCTERMS.title, Literal(record.title)))
    g.add((iri, DCTERMS.date, Literal(record.year, datatype=XSD.gYear)))
    g.add((iri, NKG.citationText, Literal(record.key)))
    if record.container:
        g.add((iri, NKG.containerTitle, Literal(record.container)))
    if record.pages:
        g.add((iri, BIBO.pages, Literal(record.pages)))
    if record.uri:
        g.add((iri, BIBO.uri, Literal(record.uri, datatype=XSD.anyURI)))
    members = []
    for i, (name, organisation) in enumerate(record.authors):
        actor = OWN[f"{'organisation' if organisation else 'person'}/{gid}-{i + 1}"]
        g.add((actor, RDF.type, NKG.Organisation if organisation else NKG.Person))
        g.add((actor, RDFS.label, Literal(name)))
        g.add((iri, NKG.author, actor))
        members.append(actor)
    if members:
        seq = OWN[f"source/{gid}-authors"]
        g.add((iri, BIBO.authorList, seq))
        g.add((seq, RDF.type, RDF.Seq))
        for i, actor in enumerate(members, 1):
            g.add((seq, RDF[f"_{i}"], actor))
    if record.publisher:
        publisher = OWN[f"organisation/{gid}-publisher"]
        g.add((publisher, RDF.type, NKG.Organisation))
        g.add((publisher, RDFS.label, Literal(record.publisher)))
        g.add((iri, NKG.publisher, publisher))
    return _statement(g, author, when, record.uri, gid), str(iri)


def link(subject: str, predicate: str, obj: str, *, quote: str, source: str, where: str = "",
         author: str, when: datetime | None = None) -> Statement:
    """A link with its evidence: the triple, and an ``nkg:Evidence`` with the quote, the place in
    the source (``where``, e.g. "p. 12"; default the whole work) and the source. The statement is
    derived from that source."""
    if subject == obj:
        raise WorkspaceError("A link needs two different entities; subject and object are the same.")
    words = _text(quote, "quote", MAX_QUOTE, keep_newlines=False, minimum=3)
    place = " ".join(clean(where).split())[:MAX_LABEL] or "the whole work"
    gid = _new_id()
    ev, section = OWN[f"evidence/{gid}"], OWN[f"section/{gid}"]
    g = Graph()
    g.add((URIRef(subject), URIRef(predicate), URIRef(obj)))
    g.add((ev, RDF.type, NKG.Evidence))
    g.add((ev, NKG.subject, URIRef(subject)))
    g.add((ev, NKG.predicate, URIRef(predicate)))
    g.add((ev, NKG.object, URIRef(obj)))
    g.add((ev, NKG.quote, Literal(words)))
    g.add((ev, NKG.inSection, section))
    g.add((ev, NKG.citedSource, URIRef(source)))
    g.add((section, RDF.type, NKG.Section))
    g.add((section, RDFS.label, Literal(place)))
    g.add((section, NKG.order, Literal(0)))
    g.add((section, DCTERMS.isPartOf, URIRef(source)))
    return _statement(g, author, when, source, gid)


def document(title: str, text: str, *, author: str, when: datetime | None = None, pages: tuple[int, ...] = (),
             media_type: str = "text/plain") -> tuple[Statement, str]:
    """A document of the researcher's own (pasted text, or a file read by :mod:`kg.workspace.documents`),
    a source whose passages can be evidence (:func:`passage_link`); its author is the researcher, its
    date the day it was added. ``pages``: where each page of the file starts in ``text`` (a PDF)."""
    name = _text(title, "title of the document", MAX_LABEL)
    body = clean(text, keep_newlines=True)
    if len(body.strip()) < 3:
        raise WorkspaceError("The document is empty: paste its text.")
    if len(body) > MAX_DOCUMENT:
        raise WorkspaceError(f"The document is {len(body):,} characters; at most {MAX_DOCUMENT:,} (split it).")
    gid = _new_id()
    iri = OWN[f"document/{gid}"]
    agent, person = _researcher(author)
    day = (when or datetime.now(UTC)).astimezone(UTC).date().isoformat()
    g = Graph()
    for cls in (NKG.Source, NKG.OwnSource, NKG.OwnDocument, DCTYPE_TEXT, BIBO.Document):
        g.add((iri, RDF.type, cls))
    g.add((iri, RDFS.label, Literal(name)))
    g.add((iri, DCTERMS.title, Literal(name)))
    g.add((iri, DCTERMS.date, Literal(day, datatype=XSD.date)))
    g.add((iri, NKG.documentText, Literal(body)))
    g.add((iri, DCTERMS["format"], Literal(media_type)))
    if pages:
        if body != text or list(pages) != sorted(set(pages)) or pages[0] != 0 or pages[-1] > len(body):
            raise WorkspaceError("The document's pages do not fit its text.")
        g.add((iri, NKG.pageStarts, Literal(" ".join(map(str, pages)))))
    g.add((iri, NKG.author, agent))  # the researcher wrote or collected it
    g.add((agent, RDF.type, NKG.Person))
    g.add((agent, RDFS.label, Literal(person)))
    return _statement(g, author, when, None, gid), str(iri)


def _selector_context(text: str, start: int, end: int) -> tuple[str, str]:
    size = _CONTEXT
    while True:
        prefix, suffix = text[max(0, start - size):start], text[end:end + size]
        if text.count(prefix + text[start:end] + suffix) == 1 or size > len(text):
            return prefix, suffix
        size *= 2


def passage_link(subject: str, predicate: str, obj: str, *, document: str, text: str, start: int, end: int,
                 author: str, where: str = "", when: datetime | None = None) -> Statement:
    """A link whose evidence is the span ``text[start:end]`` of an own document: the quote is verbatim
    by construction, anchored by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector."""
    if not 0 <= start < end <= len(text):
        raise WorkspaceError(f"The passage {start}–{end} is not inside the document ({len(text):,} characters).")
    exact = text[start:end]
    st = link(subject, predicate, obj, quote=exact, source=document, where=where, author=author, when=when)
    g = _graph(st)
    ev = next(g.subjects(RDF.type, NKG.Evidence))
    g.remove((ev, NKG.quote, None))
    g.add((ev, NKG.quote, Literal(exact)))  # the span itself, not a cleaned copy of it
    gid = st.graph.rsplit("/", 1)[-1]
    anchor, quote_sel, position = OWN[f"anchor/{gid}"], OWN[f"anchor/{gid}-quote"], OWN[f"anchor/{gid}-position"]
    prefix, suffix = _selector_context(text, start, end)
    oa = lambda name: URIRef(OA + name)  # noqa: E731
    g.add((ev, NKG.anchor, anchor))
    g.add((anchor, RDF.type, oa("SpecificResource")))
    g.add((anchor, oa("hasSource"), URIRef(document)))
    g.add((anchor, oa("hasSelector"), quote_sel))
    g.add((anchor, oa("hasSelector"), position))
    g.add((quote_sel, RDF.type, oa("TextQuoteSelector")))
    g.add((quote_sel, oa("exact"), Literal(exact)))
    g.add((quote_sel, oa("prefix"), Literal(prefix)))
    g.add((quote_sel, oa("suffix"), Literal(suffix)))
    g.add((position, RDF.type, oa("TextPositionSelector")))
    g.add((position, oa("start"), Literal(start)))
    g.add((position, oa("end"), Literal(end)))
    return Statement(st.graph, frozenset(g))


def find_passage(text: str, quote: str) -> tuple[int, int]:
    """Where ``quote`` is in ``text`` (its first place), or a sentence: the quote must be verbatim."""
    needle = quote.strip()
    at = text.find(needle) if len(needle) >= 3 else -1
    if at < 0:
        raise WorkspaceError("That quote is not in your document word for word: copy the passage from the "
                             "document's text.")
    return at, at + len(needle)


# -- TriG --------------------------------------------------------------------------

def to_trig(ws: Workspace) -> bytes:
    """The workspace as one TriG file, one named graph per statement (their order is each
    graph's prov:generatedAtTime: :func:`from_quads` sorts by it)."""
    ds = Dataset()
    for prefix, ns in (("nkg", NKG), ("prov", PROV), ("foaf", FOAF), ("oa", OA), ("dcterms", DCTERMS),
                       ("bibo", BIBO), ("own", OWN), ("ws", WORKSPACE_GRAPHS)):
        ds.bind(prefix, ns)
    for st in ws.statements:
        g = ds.graph(URIRef(st.graph))
        for t in st.triples:
            g.add(t)
    with warnings.catch_warnings():  # rdflib 7's TriG writer calls its own deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        return ds.serialize(format="trig").encode("utf-8")


def from_quads(quads: Iterable[tuple]) -> Workspace:
    """A workspace from ``(s, p, o, graph)`` rdflib terms, statements in the order they were made."""
    graphs: dict[str, set] = {}
    for s, p, o, g in quads:
        graphs.setdefault(str(g), set()).add((s, p, o))
    statements = [Statement(g, frozenset(ts)) for g, ts in graphs.items()]
    statements.sort(key=lambda st: (st.created, st.graph))
    return Workspace(tuple(statements))
