"""The workspace's versions: undo, redo, and (with a folder) autosave that survives a restart.

:class:`History` keeps every version of the workspace as TriG. Version 0 is the empty
workspace; each change adds the next version (dropping what undo had left to redo), undo and
redo move between them. Without a folder the versions live in memory (one browser session);
with one (``KG_WORKSPACE=DIR``, ``--workspace DIR``) every version is a file
``DIR/versions/NNNNNN.trig`` and ``DIR/current.json`` says which one is current, so a new
process opens the workspace where the last one left it, undo and redo included.
``DIR/workspace.trig`` is a copy of the current version, for people and other tools.

Every file is written atomically: a temporary file in the same folder, fsync, rename, fsync of
the folder. The version file is complete before ``current.json`` names it, so a process killed at
any point leaves the previous version current and readable (``tests/test_workspace_crash.py``).
Test hooks: ``KG_TEST_CRASH_AT=workspace-before-rename`` kills the process (SIGKILL) after a
temporary file is written and synced but before its rename (``…:current.json`` before that file's
rename only); ``KG_TEST_PAUSE_AT=…`` stops it there until it is killed.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from kg.errors import WorkspaceError
from kg.store.backends.oxigraph import to_rdflib
from kg.store.journal import fsync_dir
from kg.workspace.statements import Workspace, from_quads, to_trig

__all__ = ["MAX_VERSIONS", "History", "atomic_write"]

#: Versions kept (the oldest are dropped beyond this); each is a small TriG file.
MAX_VERSIONS = 500
_POINTER = "current.json"


def _test_hook(point: str, name: str) -> None:
    """Tests only: stop (or kill) this process at ``point``, or at ``point:NAME`` for one file."""
    if os.environ.get("KG_TEST_CRASH_AT") in (point, f"{point}:{name}"):
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get("KG_TEST_PAUSE_AT") in (point, f"{point}:{name}"):
        sys.stderr.write(f"paused at {point}\n")
        sys.stderr.flush()
        while True:
            time.sleep(60)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader (or a crash) sees the old file or the new one, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    _test_hook("workspace-before-rename", path.name)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _parse(data: bytes, source: str) -> Workspace:
    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.TRIG))
    except (SyntaxError, ValueError) as exc:  # a file of our own that someone edited: say which
        raise WorkspaceError(f"The workspace version {source} cannot be read ({exc}); "
                             "move it aside to go back to the one before.") from None
    return from_quads((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), q.graph_name.value)
                      for q in quads if isinstance(q.graph_name, ox.NamedNode))


class History:
    """Versions of a workspace; thread-safe (sessions sharing a folder share one History)."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder is not None else None
        self._lock = threading.Lock()
        self._memory: list[bytes] = [to_trig(Workspace())]
        self._current = 0
        self._latest = 0
        self._workspace = Workspace()
        if self.folder is not None:
            self._open_folder()

    # -- reading ------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def version(self) -> int:
        return self._current

    @property
    def can_undo(self) -> bool:
        return self._current > self._first()

    @property
    def can_redo(self) -> bool:
        return self._current < self._latest

    # -- changing -----------------------------------------------------------------
    def commit(self, ws: Workspace, *, expected: Workspace | None = None) -> Workspace:
        """Make ``ws`` the next version (what undo had left to redo is dropped). With ``expected``
        (the version ``ws`` was made from), refuse if another session changed the workspace meanwhile."""
        with self._lock:
            if expected is not None and self._workspace is not expected:
                raise WorkspaceError("Your workspace was changed in another session (sharing its folder) while "
                                     "this change was checked; nothing was lost: look at it again and redo the change.")
            self._write(self._current + 1, to_trig(ws), latest=self._current + 1)
            self._workspace = ws
            return ws

    def undo(self) -> Workspace:
        with self._lock:
            if not self._current > self._first():
                raise WorkspaceError("There is nothing to undo.")
            return self._move(self._current - 1)

    def redo(self) -> Workspace:
        with self._lock:
            if not self._current < self._latest:
                raise WorkspaceError("There is nothing to redo.")
            return self._move(self._current + 1)

    # -- storage ------------------------------------------------------------------
    def _first(self) -> int:
        return max(0, self._latest - MAX_VERSIONS + 1) if self.folder is not None else 0

    def _move(self, version: int) -> Workspace:
        ws = self._read(version)
        if self.folder is not None:
            self._point(version, self._latest)
        self._current = version
        self._workspace = ws
        return ws

    def _write(self, version: int, trig: bytes, *, latest: int) -> None:
        if self.folder is None:
            del self._memory[version:]
            self._memory.append(trig)
        else:
            atomic_write(self._version_path(version), trig)
            self._point(version, latest)
            for stale in range(latest + 1, self._latest + 1):  # the redo tail, now unreachable
                self._version_path(stale).unlink(missing_ok=True)
            for old in range(max(0, latest - MAX_VERSIONS + 1)):
                self._version_path(old).unlink(missing_ok=True)
        self._current, self._latest = version, latest

    def _point(self, version: int, latest: int) -> None:
        assert self.folder is not None
        atomic_write(self.folder / _POINTER, json.dumps({"version": version, "latest": latest}).encode())
        atomic_write(self.folder / "workspace.trig", self._version_path(version).read_bytes()
                     if self._version_path(version).exists() else to_trig(Workspace()))

    def _version_path(self, version: int) -> Path:
        assert self.folder is not None
        return self.folder / "versions" / f"{version:06d}.trig"

    def _read(self, version: int) -> Workspace:
        if self.folder is None:
            return _parse(self._memory[version], f"{version}")
        path = self._version_path(version)
        if version == 0 and not path.exists():
            return Workspace()
        try:
            return _parse(path.read_bytes(), str(path))
        except OSError as exc:
            raise WorkspaceError(f"Cannot read the workspace version {path}: {exc.strerror or exc}.") from None

    def _open_folder(self) -> None:
        assert self.folder is not None
        try:
            (self.folder / "versions").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"Cannot use {self.folder} as the workspace folder: {exc.strerror or exc}.") from None
        pointer = self.folder / _POINTER
        if not pointer.exists():
            atomic_write(self._version_path(0), to_trig(Workspace()))
            self._point(0, 0)
            return
        try:
            state = json.loads(pointer.read_text("utf-8"))
            version, latest = int(state["version"]), int(state["latest"])
        except (OSError, ValueError, KeyError, TypeError):
            raise WorkspaceError(f"{pointer} is not a workspace pointer ({{\"version\": N, \"latest\": M}}); "
                                 "move the folder aside or fix the file.") from None
        self._latest = latest
        self._current = version
        self._workspace = self._read(version)
