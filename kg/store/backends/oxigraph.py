"""Embedded Oxigraph: in memory (the default) or persistent on disk.

pyoxigraph is used directly rather than through oxrdflib: the same SPARQL runs
on the same engine, without a second term conversion per result row (measured
in ``bench/``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import BackendError, DataSyntaxError, QueryError
from kg.store.backends.base import SelectResult, Triple

__all__ = ["OxigraphBackend", "to_rdflib", "to_oxigraph", "media_type_format", "iri", "string", "typed"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def iri(value: str) -> URIRef:
    """``URIRef(value)`` without rdflib's re-validation: stores and result
    parsers hold only valid IRIs (3x faster; views convert 10^5 terms)."""
    return str.__new__(URIRef, value)


def string(value: str, lang: str | None = None) -> Literal:
    """``Literal(value, lang=lang)`` for a plain or language-tagged string, built
    the way rdflib builds it but without its casting machinery (7x faster: the
    quotes of a view's evidence are most of the terms it converts).

    >>> string("x", "en") == Literal("x", lang="en") and string("y").toPython() == "y"
    True
    """
    lit = str.__new__(Literal, value)
    lit._language, lit._datatype, lit._value, lit._ill_typed = lang, None, value, None
    return lit


_TYPED: dict[tuple[str, str], Literal] = {}


def typed(value: str, datatype: str) -> Literal:
    """``Literal(value, datatype=datatype)``, remembered: years, numbers and dates
    repeat across rows, and rdflib casts each new one to a Python value (slow)."""
    key = (value, datatype)
    lit = _TYPED.get(key)
    if lit is None:
        if len(_TYPED) > 100_000:
            _TYPED.clear()
        lit = _TYPED[key] = Literal(value, datatype=iri(datatype))
    return lit


def _literal(term: ox.Literal) -> Literal:
    if term.language:
        return string(term.value, term.language)
    datatype = term.datatype.value
    return string(term.value) if datatype == _XSD_STRING else typed(term.value, datatype)


_CONVERT = {
    ox.NamedNode: lambda term: str.__new__(URIRef, term.value),  # iri(), inlined: the commonest term
    ox.Literal: _literal,
    ox.BlankNode: lambda term: BNode(term.value),
    type(None): lambda term: None,
}


def to_rdflib(term: object) -> Node | None:
    """Convert a pyoxigraph term to the equivalent rdflib term."""
    convert = _CONVERT.get(type(term))
    if convert is None:
        raise QueryError(f"Results with RDF-star triple terms are not supported: {term}.")
    return convert(term)


def to_oxigraph(term: Node) -> object:
    """Convert an rdflib term to the equivalent pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"Cannot store {term!r} in Oxigraph.")


def media_type_format(media_type: str) -> ox.RdfFormat:
    """The pyoxigraph format for a media type such as ``text/turtle``."""
    fmt = ox.RdfFormat.from_media_type(media_type)
    if fmt is None:
        raise BackendError(f"Unsupported RDF media type {media_type!r}.")
    return fmt


_POSITION = re.compile(r"^Parser error (?:at|between) line \d+ (?:between )?.*?: ")


def syntax_error(source: str, exc: SyntaxError) -> DataSyntaxError:
    """Turn pyoxigraph's parse error into one with file, line and column."""
    detail = _POSITION.sub("", str(exc))
    detail = re.sub(r" \((?:[^()]*, )?line \d+\)$", "", detail)  # "(line 2)", or "(bad.nt, line 2)" read by path
    return DataSyntaxError(source, exc.lineno, exc.offset, detail)


class OxigraphBackend:
    """An Oxigraph store; ``path=None`` keeps it in memory.

    >>> b = OxigraphBackend()
    >>> b.load(b"<http://e/a> <http://e/b> 'c' .", format="text/turtle", graph="http://g/1", source="demo")
    >>> b.select("SELECT ?o WHERE { ?s ?p ?o }").rows
    [(rdflib.term.Literal('c'),)]
    """

    writable = True
    #: Queries may run in a forked worker that sees a copy-on-write view of the store.
    forkable = True

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
                self.writable = False
            else:
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            hint = (" Another process has it open for writing (a running `python -m kg load`?); "
                    "wait for it to finish." if "lock" in str(exc).lower() else "")
            raise BackendError(f"Cannot open the Oxigraph store at {self.path}: {exc}.{hint}") from exc
        self.name = "memory" if self.path is None else f"oxigraph:{self.path}"

    @property
    def raw(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (for benchmarks and workers)."""
        return self._store

    def _run(self, query: str):
        try:
            return self._store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"The SPARQL query does not parse: {exc}.") from exc
        except OSError as exc:
            raise QueryError(f"The query failed in the store: {exc}.") from exc

    def select(self, query: str, *, limit: int | None = None) -> SelectResult:
        solutions = self._run(query)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("Expected a SELECT query.")
        variables = tuple(v.value for v in solutions.variables)
        rows, truncated = [], False
        for solution in solutions:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append(tuple(map(to_rdflib, solution)))
        return SelectResult(variables, rows, truncated)

    def select_strings(self, query: str) -> SelectResult:
        solutions = self._run(query)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("Expected a SELECT query.")
        variables = tuple(v.value for v in solutions.variables)
        try:
            rows = [tuple([None if t is None else t.value for t in solution]) for solution in solutions]  # a list, not a generator: 2x faster
        except AttributeError as exc:  # a triple term has no value
            raise QueryError("Results with RDF-star triple terms are not supported.") from exc
        return SelectResult(variables, rows)

    def construct(self, query: str, *, limit: int | None = None) -> list[Triple]:
        triples = self._run(query)
        if not isinstance(triples, ox.QueryTriples):
            raise QueryError("Expected a CONSTRUCT or DESCRIBE query.")
        out: list[Triple] = []
        for t in triples:
            if limit is not None and len(out) >= limit:
                break
            out.append((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return out

    def ask(self, query: str) -> bool:
        answer = self._run(query)
        if not isinstance(answer, ox.QueryBoolean):
            raise QueryError("Expected an ASK query.")
        return bool(answer)

    def load(self, data: bytes, *, format: str, graph: str, source: str) -> None:
        try:
            self._store.load(data, format=media_type_format(format), to_graph=ox.NamedNode(graph))
        except SyntaxError as exc:
            raise syntax_error(source, exc) from exc
        except OSError as exc:
            raise BackendError(f"Cannot write {source} to the store: {exc}.") from exc

    def bulk_load(self, path: Path, *, format: str, graph: str) -> None:
        """Load a big file without holding it in memory (not transactional)."""
        try:
            self._store.bulk_load(path=str(path), format=media_type_format(format),
                                  to_graph=ox.NamedNode(graph))
        except SyntaxError as exc:
            raise syntax_error(str(path), exc) from exc

    def drop_graph(self, graph: str) -> None:
        self._store.remove_graph(ox.NamedNode(graph))

    def graphs(self) -> Sequence[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._store)
