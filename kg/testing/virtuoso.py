"""A private, throwaway Virtuoso Open Source server: for tests, benchmarks and trying
the remote backend on one machine.

It runs Debian's ``virtuoso-t`` (package ``virtuoso-opensource``) on 127.0.0.1
with its own ``virtuoso.ini`` and database in a directory of its own, bulk-loads
RDF files with Virtuoso's loader (``ld_add`` + ``rdf_loader_run()`` +
``checkpoint`` through ``isql-vt``), and stops with ``shutdown()``.

Used by ``tests/conftest.py`` and ``bench/``; by hand::

    server = VirtuosoServer.find()
    with server.started(Path("/tmp/vdb")) as running:
        running.load(default_files())
        store = open_store(endpoint=running.sparql_url)
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import BackendError, DataSyntaxError
from kg.store.store import graph_for

__all__ = ["VirtuosoServer", "free_port", "PACKAGE"]

PACKAGE = "virtuoso-opensource"
#: Virtuoso's bulk loader reads these extensions (others are loaded as N-Triples or refused).
_LOADABLE = (".ttl", ".nt", ".nq", ".trig", ".rdf", ".owl", ".xml")

_INI = """\
; Written by kg.testing.virtuoso: a private server on 127.0.0.1 (no [Zero Config]: no network announcement).
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 0
DirsAllowed        = ., {dir}
NumberOfBuffers    = {buffers}
MaxDirtyBuffers    = {dirty}
MaxQueryMem        = 1G
ThreadsPerQuery    = 2
AsyncQueueMaxThreads = 4
MaxClientConnections = 8

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {dir}/vsp
ServerThreads        = 8
MaxClientConnections = 8
MaxKeepAlives        = 8
KeepAliveTimeout     = 10
Charset              = UTF-8
EnabledGzipContent   = 0

[SPARQL]
; Virtuoso's defaults, kept so tests meet the limits a real server has.
ResultSetMaxRows           = {max_rows}
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class VirtuosoServer:
    """One Virtuoso process with its database in ``directory``."""

    binary: str
    isql: str
    directory: Path = field(default=Path("."))
    http_port: int = 0
    sql_port: int = 0
    process: subprocess.Popen | None = None
    graphs: list[str] = field(default_factory=list)

    @classmethod
    def find(cls) -> "VirtuosoServer":
        """The installed server; :class:`BackendError` naming the package when it is missing."""
        binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
        if not binary or not isql:
            raise BackendError(f"Virtuoso is not installed (no virtuoso-t / isql-vt on PATH); "
                               f"install it with `apt-get install -y {PACKAGE}`.")
        return cls(binary, isql)

    @property
    def sparql_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    # -- life cycle --------------------------------------------------------
    def start(self, directory: Path, *, buffers: int = 20_000, max_rows: int = 10_000,
              wait: float = 60.0) -> "VirtuosoServer":
        """Write the ini into ``directory``, start the server and wait until SPARQL answers."""
        self.directory = Path(directory).resolve()
        (self.directory / "vsp").mkdir(parents=True, exist_ok=True)
        (self.directory / "load").mkdir(exist_ok=True)
        self.http_port, self.sql_port = free_port(), free_port()
        ini = self.directory / "virtuoso.ini"
        ini.write_text(_INI.format(dir=self.directory, sql_port=self.sql_port, http_port=self.http_port,
                                   buffers=buffers, dirty=buffers * 3 // 4, max_rows=max_rows))
        log = open(self.directory / "stdout.log", "wb")
        self.process = subprocess.Popen([self.binary, "+foreground", "+configfile", str(ini)],
                                        cwd=self.directory, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        log.close()
        self._wait_ready(wait)
        return self

    def _wait_ready(self, wait: float) -> None:
        deadline = time.monotonic() + wait
        probe = f"{self.sparql_url}?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BackendError(f"Virtuoso stopped while starting (exit code {self.process.returncode}); "
                                   f"see {self.directory / 'virtuoso.log'}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        self.stop()
        raise BackendError(f"Virtuoso did not answer on {self.sparql_url} within {wait:g} s; "
                           f"see {self.directory / 'virtuoso.log'}.")

    def log_tail(self, lines: int = 15) -> str:
        log = self.directory / "virtuoso.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def stop(self, wait: float = 30.0) -> None:
        """``shutdown()`` through isql (a clean checkpoint), then make sure the process is gone."""
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self.sql("shutdown();", timeout=wait)
        try:
            self.process.wait(wait)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)

    @contextlib.contextmanager
    def started(self, directory: Path, **options) -> Iterator["VirtuosoServer"]:
        self.start(directory, **options)
        try:
            yield self
        finally:
            self.stop()

    # -- SQL and loading ---------------------------------------------------
    def sql(self, statements: str, *, timeout: float = 600.0) -> str:
        """Run SQL through ``isql-vt`` as dba; raise with Virtuoso's message on error."""
        done = subprocess.run([self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba",
                               "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF", "ERRORS=STDOUT",
                               f"exec={statements}"],
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise BackendError(f"Virtuoso refused {statements[:200]!r}: {(done.stdout + done.stderr).strip()[:800]}")
        return done.stdout

    def load(self, files: Iterable[Path], *, graph_of=None) -> list[str]:
        """Bulk-load files, each into its named graph (``graph_of(path)``, default kg's
        ``graph/<folder>/<stem>``); return the graphs. Files are copied next to the
        database first: Virtuoso reads only from its ``DirsAllowed``."""
        graph_of = graph_of or graph_for
        staged, graphs = [], []
        for i, path in enumerate(files):
            path = Path(path)
            if path.suffix.lower() not in _LOADABLE:
                raise DataSyntaxError(str(path), None, None, f"Virtuoso's bulk loader does not read "
                                      f"{path.suffix!r} files; use Turtle, N-Triples, N-Quads, TriG or RDF/XML")
            target = self.directory / "load" / f"{i:05d}-{path.name}"
            shutil.copyfile(path, target)
            graph = graph_of(path)
            staged.append((path, target, graph))
            graphs.append(graph)
        if not staged:
            return []
        adds = " ".join(f"ld_add('{_sql_text(str(t))}', '{_sql_text(g)}');" for _, t, g in staged)
        self.sql(f"{adds} rdf_loader_run(); checkpoint;")
        self._check_loaded(staged)
        self.graphs += [g for g in graphs if g not in self.graphs]
        return graphs

    def _check_loaded(self, staged: list[tuple[Path, Path, str]]) -> None:
        out = self.sql("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
        by_target = {str(t): p for p, t, _ in staged}
        for line in out.splitlines():
            for target, path in by_target.items():
                if line.startswith(target):
                    raise DataSyntaxError(str(path), None, None,
                                          f"Virtuoso's loader refused it: {line[len(target):].strip()}")


def _sql_text(value: str) -> str:
    if "'" in value or "\\" in value:
        raise BackendError(f"Cannot pass {value!r} to Virtuoso's loader: quotes and backslashes are not allowed.")
    return value
