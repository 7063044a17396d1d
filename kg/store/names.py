"""An index of entity names for search on embedded stores (SQLite FTS5, trigrams).

Search by regular expression in SPARQL reads every name in the store: fine for
the paper (a few hundred names, ~2 ms), too slow for a million triples
(~1–2 s a search here). This index holds each name folded (lower case, no
accents, see :func:`kg.text.fold`) in a trigram full-text table, so a search
reads only the names that contain the text. It is derived from the store and
never the reverse: :mod:`kg.explore.search` still takes labels and types from the
store through SPARQL and keeps matching exactly as the SPARQL search does.

Where it lives:

- in memory for the in-memory store, built on the first search from one SPARQL
  query and rebuilt after a load;
- in ``DIR/kg-names.sqlite`` for a persistent store, written by
  ``python -m kg load`` while it loads (Oxigraph ignores the extra file);
- nowhere for a remote endpoint: the server searches.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.errors import BackendError
from kg.text import fold

__all__ = ["NameIndex", "NAME_PROPERTIES", "INDEX_FILE"]

#: The properties whose values search matches (as in ``queries/search.rq``).
NAME_PROPERTIES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://xmlns.com/foaf/0.1/name",
)
#: The index file inside a persistent store's directory.
INDEX_FILE = "kg-names.sqlite"
_VERSION = 1
_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS names USING fts5(
    folded, entity UNINDEXED, matched UNINDEXED, graph UNINDEXED, tokenize = 'trigram');
"""


class NameIndex:
    """Folded names of entities: ``(entity, matched name)`` rows, looked up by substring.

    >>> index = NameIndex()
    >>> index.add("urn:g", [("urn:x:1", "Carsten Søndergaard"), ("urn:x:2", "Sergej Lavrov")])
    >>> list(index.matches("SONDER", limit=5))
    [('urn:x:1', 'Carsten Søndergaard')]
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._db = sqlite3.connect(":memory:", check_same_thread=False)
            elif read_only:
                self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                self._db = sqlite3.connect(self.path, check_same_thread=False)
            if not read_only:
                self._db.executescript(_SCHEMA + f"PRAGMA user_version = {_VERSION};")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise BackendError(f"Cannot open the name index {self.path or '(memory)'}: {exc}; "
                               "SQLite with FTS5 is needed (Python's sqlite3 has it on Debian).") from exc
        if version != _VERSION:
            raise BackendError(f"The name index {self.path} has version {version}, not {_VERSION}; "
                               "reload the store with `python -m kg load`.")
        # Streamlit runs each rerun in its own thread: one connection, one lock.
        self._lock = threading.Lock()

    @classmethod
    def open(cls, store_dir: str | Path) -> "NameIndex | None":
        """The index of a persistent store, read-only; ``None`` when it has none."""
        path = Path(store_dir) / INDEX_FILE
        return cls(path, read_only=True) if path.exists() else None

    def add(self, graph: str, rows: Iterable[tuple[str, str]]) -> None:
        """Index ``(entity, name)`` rows found in ``graph``."""
        with self._lock, self._db:
            self._db.executemany("INSERT INTO names (folded, entity, matched, graph) VALUES (?, ?, ?, ?)",
                                 ((fold(name), entity, name, graph) for entity, name in rows))

    def replace(self, rows: dict[str, list[tuple[str, str]]], *, drop: Iterable[str] = (),
                everything: bool = False) -> None:
        """In one transaction: forget the names of ``drop`` (or of ``everything``), then index
        ``rows`` (graph → ``(entity, name)``). A process killed half-way leaves the old index."""
        with self._lock, self._db:
            if everything:
                self._db.execute("DELETE FROM names")
            else:
                self._db.executemany("DELETE FROM names WHERE graph = ?", ((g,) for g in drop))
            for graph, pairs in rows.items():
                self._db.executemany("INSERT INTO names (folded, entity, matched, graph) VALUES (?, ?, ?, ?)",
                                     ((fold(name), entity, name, graph) for entity, name in pairs))

    def drop_graph(self, graph: str) -> None:
        with self._lock, self._db:
            self._db.execute("DELETE FROM names WHERE graph = ?", (graph,))

    def clear(self) -> None:
        with self._lock, self._db:
            self._db.execute("DELETE FROM names")

    def matches(self, text: str | Sequence[str], *, limit: int, offset: int = 0) -> Iterator[tuple[str, str]]:
        """``(entity, name)`` whose folded name contains the folded ``text`` (or every one
        of several texts), shortest first."""
        texts = [text] if isinstance(text, str) else list(text)
        phrases, conditions, args = [], [], []
        for wanted in (fold(t) for t in texts):
            if len(wanted) >= 3:  # a trigram phrase query is a substring query
                phrases.append('"' + wanted.replace('"', '""') + '"')
            else:
                conditions.append("folded LIKE ? ESCAPE '\\'")
                args.append("%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if phrases:
            conditions.insert(0, "names MATCH ?")
            args.insert(0, " AND ".join(phrases))
        with self._lock:
            rows = self._db.execute(f"SELECT entity, matched FROM names WHERE {' AND '.join(conditions)} "
                                    "ORDER BY length(folded), rowid LIMIT ? OFFSET ?",
                                    (*args, limit, offset)).fetchall()
        return iter(rows)

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM names").fetchone()[0]

    def close(self) -> None:
        self._db.close()
