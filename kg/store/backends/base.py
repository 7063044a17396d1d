"""The interface every backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from rdflib.term import Node

__all__ = ["Backend", "SelectResult", "Triple"]

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class SelectResult:
    """Variables and rows of a SELECT query; a row holds ``None`` for unbound."""

    variables: tuple[str, ...]
    rows: list[tuple[Node | None, ...]]  # or plain strings, from Backend.select_strings
    truncated: bool = False

    def dicts(self) -> list[dict[str, Node]]:
        """Rows as dictionaries without the unbound variables."""
        names = self.variables
        return [{n: v for n, v in zip(names, row) if v is not None} for row in self.rows]


class Backend(Protocol):
    """What :class:`kg.store.store.Store` needs from a storage engine."""

    name: str
    writable: bool

    def select(self, query: str, *, limit: int | None = None) -> SelectResult:
        """Run a SELECT; stop after ``limit`` rows and flag ``truncated``."""

    def select_strings(self, query: str) -> SelectResult:
        """Run a SELECT; rows of plain strings (IRIs, blank node ids, lexical forms).

        What views read: no rdflib term is built (a view converts 10^4–10^5
        terms, most of them only to call ``str`` on them)."""

    def construct(self, query: str, *, limit: int | None = None) -> list[Triple]:
        """Run a CONSTRUCT or DESCRIBE and return its triples."""

    def ask(self, query: str) -> bool:
        """Run an ASK."""

    def load(self, data: bytes, *, format: str, graph: str, source: str) -> None:
        """Parse ``data`` (``format``: a media type) into the named ``graph``.

        ``source`` names the data in error messages. Raises
        :class:`kg.errors.DataSyntaxError` and leaves the store unchanged when
        the data does not parse.
        """

    def drop_graph(self, graph: str) -> None:
        """Remove a named graph."""

    def graphs(self) -> Sequence[str]:
        """The named graphs in the store."""
