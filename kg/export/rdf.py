"""The RDF behind a view: one dataset, written as Turtle, TriG, N-Quads, N-Triples or JSON-LD.

**The exported subgraph.** For a :class:`~kg.model.Subgraph` ``sg`` of a view,
:func:`dataset` builds an RDF dataset of four named graphs, each named after
the view (``https://w3id.org/negkg/graph/view/PART?QUERY``, where QUERY is
the view's canonical URL parameters that decide the subgraph):

``links``
    every asserted link the view draws (``s p o`` for each non-inferred edge)
    and the description of every node drawn: its ``rdf:type`` triples and all
    its literal-valued triples (labels, dates, summaries, comments).
``evidence``
    every triple of every ``nkg:Evidence`` node behind those links (subject,
    predicate, object, verbatim quote, section, cited sources, notes), and the
    sections quoted (their types, literals and ``dcterms:isPartOf``).
``sources``
    the bibliographic records of the sources behind the links (the sources
    their evidence cites) and of the paper itself: every triple of each
    source except its links to other entities (``nkg:author`` and
    ``nkg:publisher`` are kept), its ``bibo:authorList``, and the types and
    literals of its authors and publishers.
``upload``
    only when the session holds the reader's uploads: every triple of the other
    graphs that only an upload states (the reader's entities, links and evidence),
    moved here so the paper's graphs hold the paper's data alone.
``workspace``
    only when the session shows the researcher's workspace (kg.workspace): every triple of
    the other graphs that only a workspace statement states (their own links, evidence,
    sources, entities), with the provenance of each statement it comes from (``prov:``
    who, when, from which document): never mixed into the paper's graphs, nor into ``upload``.
``inferred``
    only when the view shows inferred links: those links, and nothing else.
    They never appear in another graph.

The default graph describes the named graphs (label and comment). Turtle and
N-Triples hold no named graphs: they are the union of ``links``, ``evidence``,
``sources`` and ``upload`` (never the inferred links; a comment at the top says
how many were left out, and how many triples are the reader's). TriG, N-Quads and JSON-LD hold the whole dataset.

Everything but the inferred links is read from the store with the named
queries ``export_*.rq``; the inferred links come from the Subgraph. Blank
nodes get canonical labels and every writer sorts its output, so the same
view of the same data gives byte-identical files.
"""

from __future__ import annotations

import io
import json
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDFS

from kg.explore.viewstate import ViewState
from kg.export.bibliography import bibliography_sources
from kg.export.naming import PARTS, graph_names
from kg.model import Subgraph
from kg.namespaces import PREFIXES
from kg.store.fetch import chunks
from kg.store.sparql import Raw, render, values
from kg.store.store import WORKSPACE, Store

__all__ = ["ViewDataset", "dataset", "turtle", "trig", "nquads", "ntriples", "jsonld", "ASSERTED"]

ASSERTED = ("links", "evidence", "sources", "upload", "workspace")


@dataclass(frozen=True)
class ViewDataset:
    """The exported subgraph: one rdflib Graph per part (empty parts included)."""

    names: dict[str, URIRef]
    graphs: dict[str, Graph]

    def union(self, parts: tuple[str, ...] = ASSERTED) -> Graph:
        out = _new_graph()
        for part in parts:
            for triple in self.graphs[part]:
                out.add(triple)
        return out

    def to_dataset(self) -> Dataset:
        with _quiet():
            return self._to_dataset()

    def _to_dataset(self) -> Dataset:
        ds = Dataset()
        _bind(ds)
        for part in PARTS:
            if len(self.graphs[part]):
                g = ds.graph(self.names[part])
                for triple in self.graphs[part]:
                    g.add(triple)
                ds.add((self.names[part], RDFS.label, Literal(f"{part} of the exported view")))
                ds.add((self.names[part], RDFS.comment, Literal(PARTS[part])))
        return ds

    @property
    def inferred_count(self) -> int:
        return len(self.graphs["inferred"])


@contextmanager
def _quiet() -> Iterator[None]:
    """rdflib 7's own Dataset writers call its deprecated ConjunctiveGraph API; nothing to act on here."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*(ConjunctiveGraph|Dataset\.\w+) is deprecated",
                                category=DeprecationWarning)
        yield


def _new_graph() -> Graph:
    g = Graph()
    _bind(g)
    return g


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def _construct(store: Store, name: str, iris: list[str], into: Graph) -> None:
    for batch in chunks(sorted(set(iris))):
        for triple in store.construct_text(render(name, nodes=Raw(values(batch)))):
            into.add(triple)


def _canonical(graph: Graph) -> Graph:
    """The same graph with blank nodes relabelled by their content (stable labels)."""
    if not any(t.__class__.__name__ == "BNode" for triple in graph for t in triple):
        return graph
    out = _new_graph()
    for triple in to_canonical_graph(graph):
        out.add(triple)
    return out


def dataset(store: Store, sg: Subgraph, state: ViewState) -> ViewDataset:
    """The exported subgraph of a view, read from ``store`` (see the module docstring)."""
    graphs = {part: _new_graph() for part in PARTS}
    for edge in sg.edges:
        target = graphs["inferred" if edge.inferred else "links"]
        target.add((URIRef(edge.source), URIRef(edge.predicate), URIRef(edge.target)))
    _construct(store, "export_nodes", [n.iri for n in sg.nodes], graphs["links"])
    evidence = [ev.iri for e in sg.edges if not e.inferred for ev in e.evidence]
    _construct(store, "export_evidence", evidence, graphs["evidence"])
    _construct(store, "export_sources", list(bibliography_sources(store, sg)), graphs["sources"])
    _set_apart_uploads(store, graphs)
    return ViewDataset(graph_names(state), {k: _canonical(g) for k, g in graphs.items()})


def _set_apart_uploads(store: Store, graphs: dict[str, Graph]) -> None:
    """Move what only the reader's uploads state into the ``upload`` graph, and what only their
    workspace states into ``workspace`` (with its statements' provenance): never the paper's."""
    if not store.upload_graphs:
        return
    own = set(store.construct_text(render("uploaded_triples")))
    mine: dict = {}
    if any(g.startswith(WORKSPACE) for g in store.upload_graphs):
        for s, p, o, g in store.select_text(render("workspace_triples")).rows:
            mine.setdefault((s, p, o), set()).add(g)
    statements: set = set()
    for part in ASSERTED[:-1]:
        for triple in [t for t in graphs[part] if t in own]:
            graphs[part].remove(triple)
            graphs["workspace" if triple in mine else "upload"].add(triple)
            statements |= mine.get(triple, set())
    for graph in sorted(statements):
        _provenance(store, graph, graphs["workspace"])


def _provenance(store: Store, graph: URIRef, into: Graph) -> None:
    """A workspace statement's provenance (its own triples about itself, and its researcher)."""
    query = (f"CONSTRUCT {{ ?g ?p ?o . ?a ?ap ?ao }} WHERE {{ GRAPH ?g {{ ?g ?p ?o "
             f"OPTIONAL {{ ?g <http://www.w3.org/ns/prov#wasAttributedTo> ?a . ?a ?ap ?ao }} }} "
             f"VALUES ?g {{ <{graph}> }} }}")
    for triple in store.construct_text(query):
        into.add(triple)


# -- writers: deterministic bytes ------------------------------------------
def _header(vd: ViewDataset, fmt: str) -> str:
    lines = [f"# The RDF behind one view of the negotiation-style knowledge graph ({fmt}).",
             f"# Named graphs in TriG/N-Quads/JSON-LD: {vd.names['links']} and its siblings."]
    if len(vd.graphs["workspace"]):
        lines.append(f"# {len(vd.graphs['workspace'])} triple(s) are your own workspace's statements, not the "
                     "paper's: TriG and N-Quads keep them in their own named graph, with who made each and when.")
    if len(vd.graphs["upload"]):
        lines.append(f"# {len(vd.graphs['upload'])} triple(s) come from your own upload, not from the paper's "
                     "data: TriG and N-Quads keep them in their own named graph.")
    if vd.inferred_count:
        lines.append(f"# {vd.inferred_count} inferred link(s) are NOT in this file: export TriG or "
                     "N-Quads to get them in their own named graph.")
    return "\n".join(lines) + "\n"


def turtle(vd: ViewDataset) -> bytes:
    """The asserted graphs as one Turtle document."""
    body = vd.union().serialize(format="turtle")
    return (_header(vd, "Turtle") + body).encode("utf-8")


def _sorted_lines(text: str) -> str:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def ntriples(vd: ViewDataset) -> bytes:
    body = _sorted_lines(vd.union().serialize(format="nt"))
    return (_header(vd, "N-Triples") + body).encode("utf-8")


def nquads(vd: ViewDataset) -> bytes:
    with _quiet():
        return _sorted_lines(vd.to_dataset().serialize(format="nquads")).encode("utf-8")


def trig(vd: ViewDataset) -> bytes:
    """TriG: the prefixes once, then the default graph and each named graph in a fixed order.

    rdflib's own TriG writer orders graphs by hash, which changes from run to
    run; each graph is written with the (sorted) Turtle writer instead.
    """
    ds = vd.to_dataset()
    with _quiet():
        blocks = [("", ds.default_graph)] + [(vd.names[p], ds.graph(vd.names[p])) for p in PARTS
                                            if len(vd.graphs[p])]
    prefixes: set[str] = set()
    out = []
    for name, graph in blocks:
        g = _new_graph()
        for triple in graph:
            g.add(triple)
        lines = g.serialize(format="turtle").split("\n")
        head = 0  # the writer puts its prefixes first; later lines may be inside a long literal
        while head < len(lines) and lines[head].startswith("@prefix"):
            head += 1
        prefixes.update(lines[:head])
        inner = "\n".join(lines[head:]).strip("\n")  # not indented: that would change long literals
        out.append(f"{{\n{inner}\n}}\n" if not name else f"<{name}> {{\n{inner}\n}}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(out)).encode("utf-8")


def _sort_jsonld(value: object) -> object:
    """Sort node and value arrays (JSON-LD sets are unordered; ``@list`` keeps its order)."""
    if isinstance(value, dict):
        return {k: (v if k == "@list" else _sort_jsonld(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort_jsonld(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _default_graph_at_top(doc: dict) -> dict:
    """Move the default graph's nodes to the top level, where JSON-LD reads the default graph.

    rdflib writes them as a graph object without ``@id``, which JSON-LD 1.1 (section 4.9) reads
    as a graph named by a blank node: the descriptions of the named graphs would sit in a
    graph of their own, not in the default graph as in TriG and N-Quads. A description is
    merged into the graph object of the same ``@id``: its properties belong to the default graph.
    """
    nodes = doc.get("@graph")
    if not isinstance(nodes, list):
        return doc
    named = {n["@id"]: n for n in nodes if "@graph" in n and "@id" in n}
    top = [n for n in nodes if "@graph" not in n or "@id" in n]
    for anonymous in (n for n in nodes if "@graph" in n and "@id" not in n):
        for node in anonymous["@graph"]:
            if node.get("@id") in named:
                named[node["@id"]].update({k: v for k, v in node.items() if k != "@id"})
            else:
                top.append(node)
    return {**doc, "@graph": top}


def jsonld(vd: ViewDataset) -> bytes:
    """JSON-LD with the project prefixes as an inline ``@context`` (never a remote one)."""
    context = dict(sorted(PREFIXES.items()))
    with _quiet():
        text = vd.to_dataset().serialize(format="json-ld", context=context, auto_compact=True)
    doc = _default_graph_at_top(json.loads(text))
    body = {k: _sort_jsonld(v) for k, v in doc.items() if k != "@context"}
    out = {"@context": context, **body}
    buffer = io.StringIO()
    json.dump(out, buffer, ensure_ascii=False, indent=1, sort_keys=True)
    return (buffer.getvalue() + "\n").encode("utf-8")
