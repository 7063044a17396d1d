"""The load journal of a persistent store: which ``python -m kg load`` is writing, and where it stands.

A load is not one transaction: Oxigraph's bulk loader writes batch after batch,
and the name index (:mod:`kg.store.names`) is a second file. So the loader
keeps a marker, ``DIR/kg-load.json``, for as long as the store and its index
may disagree with what the load asked for::

    mark (files, the file being written) → write each graph → index the names → unmark

Each state of the marker is written atomically (a temporary file, fsync,
rename, fsync of the folder), so after a kill at any point the marker is
either the previous state or the next one, never half written. Whoever opens
the store reads it: a marker whose process is gone means the load was cut
short, and :func:`interrupted` says which file did not finish and how to repair
it (running the same load again: each file replaces its graph, and a repairing
load rebuilds the name index from the store).
"""

from __future__ import annotations

import json
import os
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["JOURNAL_FILE", "LoadJournal", "Unfinished", "interrupted", "read"]

#: The marker inside a persistent store's directory.
JOURNAL_FILE = "kg-load.json"


@dataclass(frozen=True)
class Unfinished:
    """What the marker of an unfinished load says."""

    store: Path
    files: tuple[str, ...]  # the files the load was given, in order
    ontology: bool  # the load added the project ontology (no --no-ontology)
    current: str | None  # the file being written; None while the names were indexed
    pid: int
    running: bool  # the loading process is still alive

    def sentence(self) -> str:
        """What a reader of the store is told.

        >>> Unfinished(Path("s"), ("a.nt", "b.nt"), True, "b.nt", 1, False).sentence()[:78]
        'The last `python -m kg load` into s did not finish: it stopped while loading b'
        """
        again = (f"python -m kg load {' '.join(shlex.quote(f) for f in self.files)} "
                 f"--store {shlex.quote(str(self.store))}" + ("" if self.ontology else " --no-ontology"))
        if self.running:
            what = f"A `python -m kg load` (process {self.pid}) is writing into {self.store}"
            where = f"now loading {self.current}" if self.current else "now indexing the names"
            return f"{what}, {where}; what you see may be incomplete until it finishes."
        where = (f"it stopped while loading {self.current}, whose graph may be partly loaded"
                 if self.current else "it stopped while indexing the names; every file was loaded")
        return (f"The last `python -m kg load` into {self.store} did not finish: {where}. "
                f"Run `{again}` again to repair it (each file replaces its graph and the name index is "
                "rebuilt); until then search reads names from the store itself.")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def read(store_dir: str | Path) -> Unfinished | None:
    """The marker of the store at ``store_dir``, or ``None`` when no load is unfinished."""
    path = Path(store_dir) / JOURNAL_FILE
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):  # unreadable: report it as an unfinished load of unknown files
        state = {}
    pid = int(state.get("pid", 0))
    return Unfinished(Path(store_dir), tuple(state.get("files", ())), bool(state.get("ontology", True)),
                      state.get("current"), pid,
                      pid > 0 and pid != os.getpid() and _alive(pid))


def interrupted(store_dir: str | Path) -> Unfinished | None:
    """The marker of a load that was cut short (its process is gone), else ``None``."""
    state = read(store_dir)
    return state if state is not None and not state.running else None


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (its directory entry written to disk)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class LoadJournal:
    """The writer's side: :meth:`mark` before each step, :meth:`done` at the end.

    Use it only while holding the store's write lock (an open, writable
    Oxigraph store), so a second loader never touches another's marker.
    """

    def __init__(self, store_dir: str | Path, files: Sequence[str | Path], *, ontology: bool):
        self.folder = Path(store_dir)
        self.path = self.folder / JOURNAL_FILE
        self.files = [str(f) for f in files]
        self.ontology = ontology

    def mark(self, current: str | Path | None) -> None:
        """Record that ``current`` is being written (``None``: the names are being indexed)."""
        state = {"pid": os.getpid(), "files": self.files, "ontology": self.ontology,
                 "current": None if current is None else str(current)}
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(state, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)
        fsync_dir(self.folder)

    def done(self) -> None:
        """The store and its index agree with the load: remove the marker."""
        self.path.unlink(missing_ok=True)
        fsync_dir(self.folder)
