"""SHACL validation (pyshacl) of data against ``ontology/shapes.ttl``.

The data is validated together with the ontology, because some shape targets
(e.g. every nkg:EvidencedProperty) and subclass relations are declared there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
import pyshacl
from rdflib import Graph
from rdflib.namespace import SH

from kg.errors import DataSyntaxError
from kg.namespaces import compact
from kg.store.backends.oxigraph import media_type_format, syntax_error, to_rdflib
from kg.store.store import FORMATS, ROOT, default_files, graph_for

__all__ = ["Violation", "Report", "validate", "validate_graph", "read_graph", "SHAPES"]

SHAPES = ROOT / "ontology" / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = compact(self.focus) + (f" {compact(self.path)}" if self.path else "")
        value = f" (value: {compact(self.value)})" if self.value else ""
        return f"[{self.severity}] {where}: {self.message}{value}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    def text(self) -> str:
        if self.conforms:
            return "Conforms: every shape in ontology/shapes.ttl is satisfied."
        lines = [f"Does not conform: {len(self.violations)} problem(s)."]
        lines += [str(v) for v in self.violations]
        return "\n".join(lines)


def read_graph(paths: Iterable[Path], graph: Graph | None = None) -> Graph:
    """Parse RDF files into one rdflib Graph; syntax errors name file, line, column."""
    graph = graph if graph is not None else Graph()
    for path in paths:
        path = Path(path)
        media_type = FORMATS.get(path.suffix.lower())
        if media_type is None:
            raise DataSyntaxError(str(path), None, None, f"unknown RDF file extension {path.suffix!r}")
        try:
            # Relative IRIs resolve against the file's graph, as `kg load` and the store resolve them.
            for quad in ox.parse(path=str(path), format=media_type_format(media_type), base_iri=graph_for(path)):
                graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        except SyntaxError as exc:
            raise syntax_error(str(path), exc) from exc
        except OSError as exc:
            raise DataSyntaxError(str(path), None, None, f"cannot be read: {exc.strerror or exc}") from exc
    return graph


def validate_graph(data: Graph) -> Report:
    """Validate an rdflib Graph (plus the ontology) against the project shapes."""
    combined = read_graph([p for p in default_files() if p.parent.name == "ontology"])
    combined += data
    shapes = read_graph([SHAPES])
    conforms, results, _ = pyshacl.validate(combined, shacl_graph=shapes, inference="none",
                                            advanced=True, allow_warnings=True)
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        get = lambda p: results.value(result, p)  # noqa: E731
        violations.append(Violation(
            focus=str(get(SH.focusNode)), path=str(get(SH.resultPath)) if get(SH.resultPath) else None,
            value=str(get(SH.value)) if get(SH.value) is not None else None,
            message=str(get(SH.resultMessage) or "violates a shape"),
            severity=str(get(SH.resultSeverity)).rsplit("#", 1)[-1]))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return Report(bool(conforms), tuple(violations))


def validate(paths: Iterable[Path] | None = None) -> Report:
    """Validate files (default: everything in ``data/``); ``validate().conforms`` is
    True for the project's data (tests/test_data.py checks it, and the report on a
    known-bad fixture).
    """
    paths = list(paths) if paths is not None else [p for p in default_files() if p.parent.name == "data"]
    return validate_graph(read_graph(paths))
