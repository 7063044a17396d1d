"""The one exception hierarchy of :mod:`kg`.

Every message is a sentence a researcher can act on: it says what was wrong,
the offending value and, where it helps, what to do. The app and the CLI show
``KGError`` messages as they are; any other exception is a bug.
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "DataSyntaxError",
    "NotFound",
    "AmbiguousName",
    "QueryError",
    "QueryRefused",
    "QueryTimeout",
    "WorkerBusy",
    "UploadRefused",
    "UploadSyntaxError",
    "UploadInvalid",
    "BackendError",
    "ExportError",
    "WorkspaceError",
]


class KGError(Exception):
    """Base class: a problem the user can understand and fix."""


class DataSyntaxError(KGError):
    """An RDF file does not parse; carries the file, line and column.

    >>> str(DataSyntaxError("data/x.ttl", 3, 16, "expected '.'"))
    "data/x.ttl, line 3, column 16: expected '.'"
    """

    def __init__(self, source: str, line: int | None, column: int | None, detail: str):
        self.source, self.line, self.column, self.detail = source, line, column, detail
        where = source
        if line is not None:
            where += f", line {line}"
            if column is not None:
                where += f", column {column}"
        super().__init__(f"{where}: {detail}")

    def __reduce__(self):  # crosses the pipe from a worker process intact
        return type(self), (self.source, self.line, self.column, self.detail)


class NotFound(KGError):
    """No entity matches the given IRI or text."""


class AmbiguousName(KGError):
    """A text names several entities; the message lists the candidates."""

    def __init__(self, text: str, candidates: list[tuple[str, str]]):
        self.text, self.candidates = text, candidates
        shown = "; ".join(f"{label} <{iri}>" for iri, label in candidates[:8])
        more = f" and {len(candidates) - 8} more" if len(candidates) > 8 else ""
        super().__init__(
            f"{text!r} matches {len(candidates)} entities: {shown}{more}. "
            "Give an IRI or a longer part of the name."
        )

    def __reduce__(self):
        return type(self), (self.text, self.candidates)


class QueryError(KGError):
    """A SPARQL query is malformed or failed while running."""


class QueryRefused(QueryError):
    """A query uses a feature the read-only policy refuses (updates, SERVICE, FROM, ...)."""


class QueryTimeout(QueryError):
    """A query ran longer than its time limit and was stopped."""


class WorkerBusy(KGError):
    """A session asked for a second worker while its first query or upload still runs or waits."""


class UploadRefused(KGError):
    """An uploaded file was refused; the loaded graph is unchanged."""


class UploadSyntaxError(DataSyntaxError, UploadRefused):
    """An uploaded file does not parse (or is not UTF-8); carries line and column."""


class UploadInvalid(UploadRefused):
    """An uploaded file parses but violates the project's SHACL shapes; carries the report."""

    def __init__(self, message: str, report: object):
        self.report = report  # a kg.ingest.validate.Report
        super().__init__(message)

    def __reduce__(self):
        return type(self), (str(self), self.report)


class BackendError(KGError):
    """The store or the remote endpoint cannot be reached or opened."""


class ExportError(KGError):
    """An export cannot be produced (unknown format, empty subgraph, ...)."""


class WorkspaceError(KGError):
    """A change to the researcher's workspace, or a workspace file, is refused; nothing changed."""
