"""Open a store, load the project's ontology and data, and read through SPARQL.

>>> store = open_store()
>>> store.select("count_entities")[0]["n"].toPython() > 100
True
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib.term import BNode, Node

from kg.errors import BackendError, DataSyntaxError, QueryError
from kg.namespaces import GRAPH
from kg.store import journal
from kg.store.backends.base import Backend, SelectResult, Triple
from kg.store.backends.oxigraph import OxigraphBackend, to_oxigraph
from kg.store.backends.remote import RemoteBackend
from kg.store.names import NameIndex
from kg.store.sparql import render

__all__ = ["Store", "open_store", "default_files", "ROOT", "graph_for", "FORMATS", "UPLOADS", "WORKSPACE"]

ROOT = Path(__file__).resolve().parents[2]

#: Where uploads live: each in its own named graph under this prefix.
UPLOADS = str(GRAPH["upload/"])
#: Where the researcher's workspace lives (kg.workspace): one named graph per statement.
WORKSPACE = str(GRAPH["workspace/"])

#: File extension -> RDF media type, for every format the project reads.
FORMATS: dict[str, str] = {
    ".ttl": "text/turtle",
    ".trig": "application/trig",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
    ".xml": "application/rdf+xml",
    ".jsonld": "application/ld+json",
}


def default_files(root: Path = ROOT) -> list[Path]:
    """The ontology (without the SHACL shapes) and every data file, in load order."""
    ontology = sorted(p for p in (root / "ontology").glob("*.ttl") if p.name != "shapes.ttl")
    return ontology + sorted((root / "data").glob("*.ttl"))


def graph_for(path: Path, root: Path = ROOT) -> str:
    """The named graph a file is loaded into: ``graph/<folder>/<stem>``.

    >>> graph_for(ROOT / "data" / "episodes.ttl")
    'https://w3id.org/negkg/graph/data/episodes'
    """
    try:
        rel = path.resolve().relative_to(root)
        name = "/".join(rel.with_suffix("").parts)
    except ValueError:
        name = "file/" + path.stem
    return str(GRAPH[name])


@dataclass(frozen=True)
class LinkProperty:
    iri: str
    label: str
    inverse: str | None


class Store:
    """Read access to a knowledge graph, whatever the backend.

    Every read is a SPARQL query: a named query from ``kg/store/queries`` through
    :meth:`select`, or any text through :meth:`select_text`.
    """

    def __init__(self, backend: Backend, *, names: NameIndex | None = None, notice: str | None = None):
        self.backend = backend
        self._names = names
        #: A sentence every reader should see about the store (an unfinished load), else None.
        self.notice = notice
        self._names_lock = threading.Lock()

    # -- queries ---------------------------------------------------------
    def select(self, name: str, **params: object) -> list[dict[str, Node]]:
        """Run the named query ``kg/store/queries/<name>.rq``; rows as dicts.

        Raises :class:`QueryError` when the store cut the answer short (a
        remote server's row cap): a view built on part of an answer would
        silently lack nodes or evidence.
        """
        return self._whole(name, **params).dicts()

    def strings(self, name: str, **params: object) -> list[dict[str, str]]:
        """Run the named query; rows as dicts of plain strings (IRIs, lexical forms).

        For code that only reads ``str`` of each value (views, the fetch
        functions): no rdflib term is built. Same truncation rule as :meth:`select`.
        """
        return self._whole(name, strings=True, **params).dicts()

    def string_rows(self, name: str, **params: object) -> list[tuple[str | None, ...]]:
        """Like :meth:`strings`, rows as tuples in the order of the query's variables
        (for the hottest loops: no dict per row)."""
        return self._whole(name, strings=True, **params).rows

    def _whole(self, name: str, *, strings: bool = False, **params: object) -> SelectResult:
        query = render(name, **params)
        result = self.backend.select_strings(query) if strings else self.backend.select(query)
        if result.truncated:
            raise QueryError(f"{self.backend.name} cut the answer to the query {name!r} at "
                             f"{len(result.rows):,} rows (a server-side row cap, e.g. Virtuoso's "
                             "ResultSetMaxRows); narrow the view, or raise the cap on the server.")
        return result

    def select_text(self, text: str, *, limit: int | None = None) -> SelectResult:
        return self.backend.select(text, limit=limit)

    def construct_text(self, text: str, *, limit: int | None = None) -> list[Triple]:
        return self.backend.construct(text, limit=limit)

    def ask_text(self, text: str) -> bool:
        return self.backend.ask(text)

    # -- loading ---------------------------------------------------------
    def load_file(self, path: Path, *, graph: str | None = None) -> str:
        """Load one RDF file into its named graph; return the graph IRI."""
        path = Path(path)
        media_type = FORMATS.get(path.suffix.lower())
        if media_type is None:
            raise DataSyntaxError(str(path), None, None,
                                  f"unknown RDF file extension {path.suffix!r}; "
                                  f"use one of {', '.join(sorted(FORMATS))}")
        graph = graph or graph_for(path)
        self.load_bytes(path.read_bytes(), format=media_type, graph=graph, source=str(path))
        return graph

    def load_bytes(self, data: bytes, *, format: str, graph: str, source: str) -> None:
        """Parse ``data`` (``format``: a media type) into the named ``graph``; all or nothing."""
        self.backend.load(data, format=format, graph=graph, source=source)
        self._changed()

    def drop_graph(self, graph: str) -> None:
        """Remove a named graph."""
        self.backend.drop_graph(graph)
        self._changed()

    def _changed(self) -> None:
        """Forget what was computed from the old contents."""
        self.__dict__.pop("link_properties", None)
        self.__dict__.pop("_content_hash", None)
        self.__dict__.pop("_property_labels", None)
        self.__dict__.pop("uploaded", None)
        self.__dict__.pop("upload_graphs", None)
        self._names = None  # rebuilt from the store on the next search

    # -- the name index (kg.store.names) ----------------------------------------
    def name_index(self) -> NameIndex | None:
        """The index :func:`kg.explore.search.search` reads names from: the persistent
        store's own, or one built from the store on first use; ``None`` for a
        remote endpoint, where the server searches."""
        if self._names is None and isinstance(self.backend, OxigraphBackend):
            with self._names_lock:
                if self._names is None:
                    index = NameIndex()
                    rows: dict[str, list[tuple[str, str]]] = {}
                    for row in self._whole("names").rows:
                        rows.setdefault(str(row[0]), []).append((str(row[1]), str(row[2])))
                    for graph, names in rows.items():
                        index.add(graph, names)
                    self._names = index
        return self._names

    def load_files(self, paths: Iterable[Path]) -> list[str]:
        return [self.load_file(p) for p in paths]

    # -- schema facts used by every view --------------------------------
    @cached_property
    def link_properties(self) -> dict[str, LinkProperty]:
        """The nkg:EvidencedProperty properties (the links views draw)."""
        props: dict[str, LinkProperty] = {}
        for row in self.select("link_properties"):
            iri = str(row["p"])
            props[iri] = LinkProperty(iri, str(row.get("label", iri.rsplit("#", 1)[-1])),
                                      str(row["inverse"]) if "inverse" in row else None)
        return props

    def property_label(self, iri: str) -> str:
        label = self._property_labels.get(iri)
        return label if label is not None else iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    @cached_property
    def _property_labels(self) -> dict[str, str]:
        # Asked once per edge of every view: a dict, built with link_properties.
        labels = {iri: p.label for iri, p in self.link_properties.items()}
        for p in self.link_properties.values():
            if p.inverse:
                labels.setdefault(p.inverse, f"{p.label} (inverse)")
        return labels

    # -- the reader's own graphs: uploads (kg.ingest.upload puts each in graph/upload/<name>)
    # -- and workspace statements (kg.workspace, graph/workspace/<id>) ----------------------
    @cached_property
    def upload_graphs(self) -> list[str]:
        """The reader's own graphs in the store, uploads and workspace statements (none on a
        read-only store); asked once per content."""
        if not getattr(self.backend, "holds_own_graphs", True):
            return []
        return [g for g in self.backend.graphs() if g.startswith((UPLOADS, WORKSPACE))]

    @cached_property
    def uploaded(self) -> dict[str, str]:
        """Subject IRI -> its own graph (an upload's, or a workspace statement's), for every subject
        only the reader's graphs describe: what the views mark as the reader's, not the paper's.
        Empty (and one cheap call) without them."""
        if not self.upload_graphs:
            return {}
        return {s: g for s, g in self.string_rows("uploaded_subjects") if s and g}

    def triple_count(self) -> int:
        return int(self.select("count_triples")[0]["n"].toPython())

    def content_hash(self) -> str:
        """SHA-256 of the store's named graphs as canonical N-Quads: a dataset fingerprint.

        Blank nodes are labelled by W3C RDF Dataset Canonicalization (RDFC-1.0, Oxigraph's
        implementation), so loading the same files twice, or in another order, or into another
        backend, gives the same hash; the canonical lines are sorted and hashed one per line.
        Cached until the next load: it reads every quad (about 0.6 s for the paper's 9,500).
        """
        cached = self.__dict__.get("_content_hash")
        if cached is not None:
            return cached
        rows = self._whole("all_quads").rows
        blanks: dict[BNode, ox.BlankNode] = {}  # a remote store's labels (Virtuoso's nodeID://b1) are no N-Quads labels

        def term(value: Node) -> object:
            if isinstance(value, BNode):
                return blanks.setdefault(value, ox.BlankNode())
            return to_oxigraph(value)

        dataset = ox.Dataset(ox.Quad(*(term(value) for value in row)) for row in rows)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        digest = hashlib.sha256()
        for line in sorted(f"{quad} .\n" for quad in dataset):
            digest.update(line.encode("utf-8"))
        self.__dict__["_content_hash"] = digest.hexdigest()
        return self.__dict__["_content_hash"]


def open_store(*, path: str | Path | None = None, endpoint: str | None = None,
               files: Iterable[Path] | None = None) -> Store:
    """Open the configured store.

    - ``endpoint`` (or ``KG_SPARQL_ENDPOINT``): a remote SPARQL 1.1 endpoint, read-only;
    - ``path`` (or ``KG_STORE``): a persistent Oxigraph store on disk, as filled by
      ``python -m kg load``;
    - otherwise an in-memory store loaded with ``files`` (default: the project's
      ontology and data).
    """
    endpoint = endpoint or os.environ.get("KG_SPARQL_ENDPOINT") or None
    path = path or os.environ.get("KG_STORE") or None
    if endpoint:
        return Store(RemoteBackend(endpoint))
    if path:
        if not Path(path).exists():
            raise BackendError(f"No store at {path}: create it with `python -m kg load FILES --store {path}`.")
        # Read-only: the app and any number of CLI commands can share one store;
        # only `python -m kg load` writes to it (and its name index).
        unfinished = journal.read(path)
        if unfinished is not None:  # the index may lag the store: names are read from the store instead
            return Store(OxigraphBackend(path, read_only=True), notice=unfinished.sentence())
        return Store(OxigraphBackend(path, read_only=True), names=NameIndex.open(path))
    store = Store(OxigraphBackend())
    store.load_files(default_files() if files is None else files)
    return store
