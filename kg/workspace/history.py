"""The workspace's versions: undo, redo, and (with a folder) autosave that survives a restart.

:class:`History` keeps every version of the workspace as TriG. Version 0 is the empty
workspace; each change adds the next version (dropping what undo had left to redo), undo and
redo move between them. Without a folder the versions live in memory (one browser session);
with one (``KG_WORKSPACE=DIR``, ``--workspace DIR``) every version is a file
``DIR/versions/NNNNNN.trig`` and ``DIR/current.json`` says which one is current, so a new
process opens the workspace where the last one left it, undo and redo included.
``DIR/workspace.trig`` is a copy of the current version, for people and other tools.

Two processes (two ``streamlit run app.py --workspace DIR``, or a script) may share the folder:
every save, undo, redo and version rotation holds an exclusive lock on ``DIR/.lock``
(``fcntl.flock``; ``msvcrt.locking`` on Windows) — a process that waits for it longer than
:data:`LOCK_TIMEOUT` gets :class:`WorkspaceBusy`, a sentence naming the folder, and nothing
changes. ``current.json`` carries a ``revision`` counted up at every save: a process whose
workspace is older than the folder's (another process saved since it read it) is refused with
:class:`WorkspaceChanged`, never overwriting the newer version, until it calls :meth:`History.reload`.

Every file is written atomically: a temporary file in the same folder, fsync, rename, fsync of
the folder. The version file is complete before ``current.json`` names it, so a process killed at
any point leaves the previous version current and readable (``tests/test_workspace_crash.py``).
Test hooks: ``KG_TEST_CRASH_AT=workspace-before-rename`` kills the process (SIGKILL) after a
temporary file is written and synced but before its rename (``…:current.json`` before that file's
rename only); ``KG_TEST_PAUSE_AT=…`` stops it there until it is killed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

import pyoxigraph as ox

from kg.errors import WorkspaceError
from kg.store.backends.oxigraph import to_rdflib
from kg.store.journal import fsync_dir
from kg.workspace.statements import Workspace, from_quads, to_trig

__all__ = ["LOCK_TIMEOUT", "MAX_VERSIONS", "History", "WorkspaceBusy", "WorkspaceChanged", "atomic_write"]

#: Versions kept (the oldest are dropped beyond this); each is a small TriG file.
MAX_VERSIONS = 500
#: Seconds a save waits for another process's save on the same folder before it gives up.
LOCK_TIMEOUT = 10.0
_POINTER = "current.json"
_LOCK = ".lock"


class WorkspaceBusy(WorkspaceError):
    """Another process held the workspace folder's lock too long; nothing changed."""


class WorkspaceChanged(WorkspaceError):
    """Another process saved the workspace folder since this one read it; nothing changed."""


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    else:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


@contextmanager
def folder_lock(folder: Path, *, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the exclusive lock on ``folder/.lock`` (waiting up to ``timeout`` seconds): the one
    writer of the folder among every process that uses it. The lock goes with the process: a
    process killed while holding it holds it no more."""
    try:
        fd = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WorkspaceError(f"Cannot lock the workspace folder {folder}: {exc.strerror or exc}.") from None
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise WorkspaceBusy(f"Another process has held the workspace folder {folder} for more than "
                                    f"{timeout:g} s (its lock {folder / _LOCK}), so your change was not saved and "
                                    "nothing changed: try again in a moment, or check which other app or script "
                                    "uses that folder.")
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


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


def _digest(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8")).hexdigest()[:16]


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

    def __init__(self, folder: str | Path | None = None, *, lock_timeout: float = LOCK_TIMEOUT):
        self.folder = Path(folder) if folder is not None else None
        self.lock_timeout = lock_timeout
        self._revision = 0  # of the folder's current.json when this process last read or wrote it
        self._lock = threading.Lock()
        self._memory: list[bytes] = [to_trig(Workspace())]
        self._current = 0
        self._latest = 0
        self._workspace = Workspace()
        self._originals: dict[str, tuple[str, bytes]] = {}
        if self.folder is not None:
            self._open_folder()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """This process's lock, then (with a folder) the folder's, and the check that nobody saved meanwhile."""
        with self._lock:
            if self.folder is None:
                yield
                return
            with folder_lock(self.folder, timeout=self.lock_timeout):
                on_disk = self._pointer()[2]
                if on_disk != self._revision:
                    raise WorkspaceChanged(
                        f"The workspace in {self.folder} was saved by another process since this app read it "
                        f"(revision {on_disk} on disk, {self._revision} here), so your change was not saved: "
                        "reload the workspace, then make the change again.")
                yield

    def changed_on_disk(self) -> bool:
        """Whether another process saved the folder since this one read or wrote it (no lock taken)."""
        if self.folder is None:
            return False
        try:
            return self._pointer()[2] != self._revision
        except WorkspaceError:
            return True

    def reload(self) -> Workspace:
        """Read the folder's current version again (after another process saved it)."""
        if self.folder is None:
            return self._workspace
        with self._lock, folder_lock(self.folder, timeout=self.lock_timeout):
            self._current, self._latest, self._revision = self._pointer()
            self._workspace = self._read(self._current)
            return self._workspace

    # -- the files documents were read from ------------------------------------------
    def keep_original(self, document: str, filename: str, data: bytes) -> None:
        """Keep the file an own document was read from (a PDF, say): in memory, and with a folder in
        ``DIR/documents/<digest>-<name>`` (written atomically), so the zip download carries it."""
        name = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(str(filename).replace("\\", "/")).name)[-80:] or "document"
        with self._lock:
            self._originals[document] = (name, data)
            if self.folder is not None:
                (self.folder / "documents").mkdir(exist_ok=True)
                atomic_write(self.folder / "documents" / f"{_digest(document)}-{name}", data)

    def originals(self) -> dict[str, tuple[str, bytes]]:
        """Document IRI -> (file name, bytes) of the kept files of the workspace's documents."""
        wanted = self._workspace.documents()
        found = dict(self._originals)
        folder = self.folder / "documents" if self.folder is not None else None
        if folder is not None and folder.is_dir():
            digests = {_digest(iri): iri for iri in wanted if iri not in found}
            for path in sorted(folder.iterdir()):
                iri = digests.get(path.name.split("-", 1)[0])
                if iri and path.is_file() and "-" in path.name:
                    found[iri] = (path.name.split("-", 1)[1], path.read_bytes())
        return {iri: found[iri] for iri in wanted if iri in found}

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
        with self._writing():
            if expected is not None and self._workspace is not expected:
                raise WorkspaceError("Your workspace was changed in another session (sharing its folder) while "
                                     "this change was checked; nothing was lost: look at it again and redo the change.")
            self._write(self._current + 1, to_trig(ws), latest=self._current + 1)
            self._workspace = ws
            return ws

    def undo(self) -> Workspace:
        with self._writing():
            if not self._current > self._first():
                raise WorkspaceError("There is nothing to undo.")
            return self._move(self._current - 1)

    def redo(self) -> Workspace:
        with self._writing():
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
        revision = self._revision + 1
        atomic_write(self.folder / _POINTER, json.dumps({"version": version, "latest": latest,
                                                         "revision": revision}).encode())
        self._revision = revision
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
        with folder_lock(self.folder, timeout=self.lock_timeout):  # two processes starting at once
            if not (self.folder / _POINTER).exists():
                atomic_write(self._version_path(0), to_trig(Workspace()))
                self._point(0, 0)
                return
            self._current, self._latest, self._revision = self._pointer()
            self._workspace = self._read(self._current)

    def _pointer(self) -> tuple[int, int, int]:
        """(version, latest, revision) as the folder's current.json says (revision 0 before there was one)."""
        assert self.folder is not None
        pointer = self.folder / _POINTER
        try:
            state = json.loads(pointer.read_text("utf-8"))
            return int(state["version"]), int(state["latest"]), int(state.get("revision", 0))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise WorkspaceError(f"{pointer} is not a workspace pointer ({{\"version\": N, \"latest\": M, "
                                 "\"revision\": R}); move the folder aside or fix the file.") from None
