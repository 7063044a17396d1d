"""Check a workspace like any upload: each change before it is made, a workspace file before it is opened.

- :func:`checked` validates a workspace (the whole of it, with what the paper's store says
  about every IRI it mentions) against ``ontology/shapes.ttl``: a violation refuses the
  change with a sentence and the first problems, and nothing changes.
- :func:`open_workspace` reads a TriG file through every check of an upload
  (:func:`kg.ingest.upload.check_upload`: size, strict UTF-8, syntax with line and column,
  per-term limits, SHACL in context, in a fenced worker), then the workspace's own rules:
  every triple sits in a statement graph under ``graph/workspace/`` that describes itself
  as an ``nkg:WorkspaceStatement``. A refused file changes nothing.
"""

from __future__ import annotations

from pathlib import PurePath

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.errors import UploadInvalid, UploadRefused, WorkspaceError
from kg.ingest.upload import check_upload, refusal, upload_graph, validate_in_context
from kg.namespaces import NKG
from kg.store.backends.oxigraph import to_rdflib
from kg.store.store import Store
from kg.workspace.documents import trig_from_zip
from kg.workspace.statements import WORKSPACE_GRAPHS, Workspace, from_quads

__all__ = ["WORKSPACE_FORMATS", "checked", "open_workspace"]

#: A workspace file keeps its named graphs: TriG or N-Quads.
WORKSPACE_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}
_SHOWN = 5


def checked(ws: Workspace, store: Store | None) -> Workspace:
    """``ws`` when it conforms to the shapes (with the store's context), else
    :class:`~kg.errors.WorkspaceError` saying what is wrong."""
    if not ws.statements:
        return ws
    report = validate_in_context(ws.triples(), store)
    if report.conforms:
        return ws
    problems = [v for v in report.violations if v.severity == "Violation"]
    shown = "; ".join(str(v) for v in problems[:_SHOWN])
    more = f"; and {len(problems) - _SHOWN} more" if len(problems) > _SHOWN else ""
    raise WorkspaceError(f"That change does not conform to the project's shapes and was not made: {shown}{more}.")


def open_workspace(data: bytes, filename: str, *, store: Store | None = None, **limits: object) -> Workspace:
    """A workspace from a TriG (or N-Quads) file, or the zip with the documents
    (:func:`kg.workspace.documents.to_zip`), checked like an upload; raises
    :class:`~kg.errors.WorkspaceError` (or :class:`~kg.errors.UploadRefused`) and changes nothing."""
    name = PurePath(str(filename).replace("\\", "/")).name or "the file"
    if PurePath(name).suffix.lower() == ".zip":  # the zip with the documents: its workspace.trig holds them all
        data, filename = trig_from_zip(data, name), "workspace.trig"
        name = filename
    fmt = WORKSPACE_FORMATS.get(PurePath(name).suffix.lower())
    if fmt is None:
        raise WorkspaceError(f"{name} is not a workspace file: open the .trig file or the zip that *Download* "
                             "gave you (TriG keeps each statement in its own named graph).")
    try:
        result = check_upload(data, filename, store=store, **limits)  # type: ignore[arg-type]
    except UploadRefused as exc:
        raise WorkspaceError(f"The workspace was not opened: {exc}") from None
    if not result.conforms:
        exc: UploadInvalid = refusal(result)
        raise WorkspaceError(f"The workspace was not opened: {exc}") from None
    quads = list(ox.parse(data.removeprefix(b"\xef\xbb\xbf"), format=fmt, base_iri=upload_graph(filename)))
    _own_graphs_only(quads, name)
    ws = from_quads((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), q.graph_name.value)
                    for q in quads)
    for st in ws.statements:
        if (URIRef(st.graph), RDF.type, NKG.WorkspaceStatement) not in st.triples:
            raise WorkspaceError(f"The workspace was not opened: {name}'s graph <{st.graph}> does not describe itself "
                                 "as an nkg:WorkspaceStatement with its provenance (who, when).")
    return ws


def _own_graphs_only(quads: list[ox.Quad], name: str) -> None:
    for q in quads:
        graph = q.graph_name
        if not isinstance(graph, ox.NamedNode) or not graph.value.startswith(WORKSPACE_GRAPHS):
            where = "the default graph" if isinstance(graph, ox.DefaultGraph) else f"the graph <{graph.value}>"
            raise WorkspaceError(
                f"The workspace was not opened: {name} states {q.subject} {q.predicate} … in {where}; "
                f"a workspace keeps every statement in a graph of its own under <{WORKSPACE_GRAPHS}>, apart from "
                "the paper's.")
