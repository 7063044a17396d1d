"""Bulk-load RDF files into a persistent on-disk Oxigraph store.

``python -m kg load FILES… --store DIR`` runs :func:`load_files`. It works in
two passes, both in Oxigraph's own Rust code (1M N-Triples in seconds, where
rdflib's parser takes minutes):

1. *check*: every file is parsed with Oxigraph's parser and its triples counted
   before anything is written, so a bad file stops the load with its file, line
   and column and leaves the store exactly as it was;
2. *load*: each file replaces its named graph (``graph/<folder>/<stem>``, as
   in the in-memory store): Oxigraph's bulk loader reads the file itself
   (``bulk_load(path=…, to_graph=…)``, no Python object per triple); small files
   go in one ordinary transaction. The name index (:mod:`kg.store.names`) is then
   built from the store with one query over the loaded graphs. A journal marker
   (:mod:`kg.store.journal`) names the file being written until the index
   agrees with the store, so a killed load is reported and repaired by running
   it again.

The store is not compacted after a bulk load (``compact=True`` does): at 1M
triples compaction took 2–4 s of a 14–19 s load and left the store bigger (341 MB
against 225–288 MB), and the views read no faster with the queries of issue 17
(``bench/compaction.py``, see the README). RocksDB compacts in the background as
it needs.

Progress (files, triples, rate) goes to a callback; the CLI draws it on stderr:
per batch while checking, per file while loading (the bulk loader reports nothing
until a file is done). Files may be gzip-compressed (``big.nt.gz``).
"""

from __future__ import annotations

import gzip
import itertools
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Sequence

import pyoxigraph as ox

from kg.errors import BackendError, DataSyntaxError
from kg.store import journal
from kg.store.backends.oxigraph import OxigraphBackend, media_type_format, syntax_error
from kg.store.names import INDEX_FILE, NameIndex
from kg.store.sparql import Raw, render, values
from kg.store.store import FORMATS, ROOT, Store, graph_for

__all__ = ["LoadProgress", "LoadReport", "TextProgress", "load_files", "ontology_files", "rdf_format"]

#: Triples between two progress reports of the check.
BATCH = 250_000
#: Files up to this many triples go in one ordinary transaction: each bulk-load call
#: costs ~0.1 s of fixed overhead (measured here), more than such a file takes.
SMALL = 50_000


@dataclass(frozen=True)
class LoadProgress:
    """Where a load stands; ``phase`` is ``check`` or ``load``."""

    phase: str
    file: Path
    file_index: int  # 1-based
    files: int
    triples: int  # done in this phase, all files so far
    total: int | None  # triples in all files (known after the check)
    seconds: float  # since the phase started
    file_done: bool = False  # this report closes ``file``

    @property
    def rate(self) -> float:
        return self.triples / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class LoadReport:
    """What a load did."""

    store: Path
    files: tuple[Path, ...]
    graphs: tuple[str, ...]
    triples: int
    check_seconds: float
    load_seconds: float

    @property
    def rate(self) -> float:
        return self.triples / self.load_seconds if self.load_seconds > 0 else 0.0


def ontology_files(root: Path = ROOT) -> list[Path]:
    """The project ontology (without the SHACL shapes): what views need to draw links."""
    return sorted(p for p in (root / "ontology").glob("*.ttl") if p.name != "shapes.ttl")


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file from its extension (``.gz`` looked through).

    >>> rdf_format(Path("big.nt.gz"))
    <RdfFormat N-Triples>
    """
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    media_type = FORMATS.get(suffixes[-1] if suffixes else "")
    if media_type is None:
        raise DataSyntaxError(str(path), None, None,
                              f"unknown RDF file extension {''.join(path.suffixes) or '(none)'!r}; "
                              f"use one of {', '.join(sorted(FORMATS))} (optionally .gz)")
    return media_type_format(media_type)


def _open(path: Path) -> IO[bytes]:
    try:
        return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")
    except OSError as exc:
        raise DataSyntaxError(str(path), None, None, f"cannot read the file: {exc.strerror or exc}") from exc


def _source(path: Path) -> dict:
    """How Oxigraph reads ``path``: by itself, or through Python's gzip for ``.gz``."""
    return {"input": _open(path)} if path.suffix.lower() == ".gz" else {"path": str(path)}


def _quads(path: Path, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The file's statements, the default graph mapped to ``graph`` (the crash tests' half file)."""
    for quad in ox.parse(**_source(path), format=rdf_format(path), base_iri=graph.value, rename_blank_nodes=True):
        if isinstance(quad.graph_name, ox.DefaultGraph):
            quad = ox.Quad(quad.subject, quad.predicate, quad.object, graph)
        yield quad


Progress = Callable[[LoadProgress], None]


def _check(files: Sequence[Path], progress: Progress | None) -> list[int]:
    """Parse every file once with Oxigraph's parser, without writing; the triple count of each.

    Relative IRIs resolve against a placeholder, as they will against the file's graph."""
    counts, done, started = [], 0, time.perf_counter()
    for i, path in enumerate(files, 1):
        before = done
        source = _source(path)
        try:
            quads = ox.parse(**source, format=rdf_format(path), base_iri="urn:kg:check")
            while n := sum(1 for _ in itertools.islice(quads, BATCH)):
                done += n
                if progress and n == BATCH:
                    progress(LoadProgress("check", path, i, len(files), done, None, time.perf_counter() - started))
        except SyntaxError as exc:
            raise syntax_error(str(path), exc) from exc
        except (OSError, EOFError, ValueError) as exc:  # e.g. a truncated .gz file
            raise DataSyntaxError(str(path), None, None, f"cannot read the file: {exc}") from exc
        finally:
            if "input" in source:
                source["input"].close()
        if progress:
            progress(LoadProgress("check", path, i, len(files), done, None, time.perf_counter() - started, True))
        counts.append(done - before)
    return counts


def load_files(store_dir: str | Path, files: Iterable[str | Path], *, ontology: bool = True,
               graph_of: Callable[[Path], str] = graph_for,
               progress: Progress | None = None, compact: bool = False) -> LoadReport:
    """Check, then bulk-load ``files`` (and the project ontology unless ``ontology=False``)
    into the Oxigraph store at ``store_dir`` (created when missing).

    Each file replaces its named graph, so loading the same files again gives
    the same store. Raises :class:`DataSyntaxError` (file, line, column) before
    writing anything when a file does not parse.

    Crash-safe: while it writes, the store's journal (:mod:`kg.store.journal`)
    names the file being loaded; a load killed at any point leaves a store that
    opens, says which file did not finish, and is repaired exactly by running
    the same load again (which also rebuilds the name index from the store).

    ``compact=True`` compacts the store after a bulk load (``bench/compaction.py``
    measures both; it does not pay, see the module's docstring).
    """
    given = [Path(f) for f in files]
    paths = _inputs(given, ontology)
    started = time.perf_counter()
    counts = _check(paths, progress)
    checked = time.perf_counter() - started
    backend = OxigraphBackend(store_dir)  # takes the write lock: a second loader stops here, having written nothing
    repairing = journal.read(store_dir) is not None  # the lock is ours, so its writer is gone
    rebuild = repairing or not (Path(store_dir) / INDEX_FILE).exists()
    log = journal.LoadJournal(store_dir, given, ontology=ontology)
    store = backend.raw
    total, done, graphs = sum(counts), 0, []
    started = time.perf_counter()
    for i, path in enumerate(paths, 1):
        log.mark(path)
        _test_hook("before-write")
        graph = graph_of(path)
        node = ox.NamedNode(graph)
        if graph not in graphs and store.contains_named_graph(node):
            store.remove_graph(node)  # a reload replaces; two files of one graph add up
        if i == len(paths) and _TEST_POINT == "during-write":  # the test hook: half the last file, then stop
            store.bulk_extend(list(itertools.islice(_quads(path, node), counts[i - 1] // 2)))
            store.flush()
            _test_hook("during-write")
        _write(store, path, node, counts[i - 1], store_dir)
        done += counts[i - 1]
        if progress:
            progress(LoadProgress("load", path, i, len(paths), done, total, time.perf_counter() - started, True))
        if graph not in graphs:
            graphs.append(graph)
    store.flush()
    if compact and any(count > SMALL for count in counts):
        store.optimize()
    log.mark(None)
    _test_hook("after-write")
    quads = any(rdf_format(p) in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG) for p in paths)  # may fill other graphs
    _index_names(Store(backend), Path(store_dir) / INDEX_FILE, graphs, rebuild=rebuild or quads)
    _test_hook("after-index")
    log.done()
    return LoadReport(Path(store_dir), tuple(paths), tuple(graphs), total, checked, time.perf_counter() - started)


def _inputs(paths: list[Path], ontology: bool) -> list[Path]:
    """The files to load, the ontology first; refused before anything is read when unusable."""
    if ontology:
        paths = [p for p in ontology_files() if p.resolve() not in {q.resolve() for q in paths}] + paths
    if not paths:
        raise BackendError("Nothing to load: give RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD).")
    for path in paths:
        rdf_format(path)
        if not path.is_file():
            raise DataSyntaxError(str(path), None, None, "no such file")
    return paths


def _write(store: ox.Store, path: Path, graph: ox.NamedNode, count: int, store_dir: str | Path) -> None:
    """Oxigraph reads ``path`` (``count`` triples, checked) into ``graph``: the bulk loader for
    big files, one transaction for small ones. Blank nodes get fresh names per file."""
    source = _source(path)
    write = store.load if count <= SMALL else store.bulk_load
    try:
        write(**source, format=rdf_format(path), base_iri=graph.value, to_graph=graph)
    except OSError as exc:
        raise BackendError(f"Cannot write {path} into the store at {store_dir}: {exc}.") from exc
    except SyntaxError as exc:  # the file changed since the check
        raise syntax_error(str(path), exc) from exc
    finally:
        if "input" in source:
            source["input"].close()


#: Tests only: ``KG_TEST_CRASH_AT=<point>`` kills the loading process (SIGKILL) at a named
#: point, ``KG_TEST_PAUSE_AT=<point>`` stops it there (says so on stderr) until it is killed.
#: Points: before-write, during-write, after-write, after-index.
_TEST_POINT = os.environ.get("KG_TEST_CRASH_AT") or os.environ.get("KG_TEST_PAUSE_AT")


def _test_hook(point: str) -> None:
    if point != _TEST_POINT:
        return
    if os.environ.get("KG_TEST_CRASH_AT") == point:
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stderr.write(f"paused at {point}\n")
    sys.stderr.flush()
    while True:
        time.sleep(60)


def _index_names(store: Store, path: Path, graphs: list[str], *, rebuild: bool) -> None:
    """Bring the store's name index up to date in one transaction, from one query: the loaded
    graphs' names replace theirs; a store without an index (filled by other tools), one whose
    last load was cut short, or a load of quad files (which may name any graph) gets the index
    rebuilt from all its names."""
    index = NameIndex(path)
    try:
        if rebuild:
            query = render("names")
        else:
            query = render("names_in", graphs=Raw(values(graphs))) if graphs else None
        by_graph: dict[str, list[tuple[str, str]]] = {}
        for graph, entity, name in store.backend.select_strings(query).rows if query else ():
            by_graph.setdefault(graph, []).append((entity, name))
        index.replace(by_graph, drop=graphs, everything=rebuild)
    finally:
        index.close()


class TextProgress:
    """Draws load progress on a text stream: one redrawn line on a terminal
    (files, triples, share, rate), a line per file otherwise, so logs stay readable."""

    WIDTH = 24

    def __init__(self, stream: IO[str], *, interval: float = 0.2):
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.interval = interval
        self._last = 0.0
        self._phase: str | None = None

    def __call__(self, p: LoadProgress) -> None:
        verb = "checking" if p.phase == "check" else "loading"
        if not self.tty:
            if p.file_done:
                self.stream.write(f"{verb} {p.file_index}/{p.files} {p.file}: {p.triples:,} triples so far, "
                                  f"{p.rate:,.0f}/s\n")
        else:
            if self._phase is not None and p.phase != self._phase:
                self.stream.write("\n")
            now = time.monotonic()
            if p.file_done or now - self._last >= self.interval:
                self._last = now
                if p.total:
                    share = min(p.triples / p.total, 1.0)
                    amount = (f"[{'#' * round(share * self.WIDTH):<{self.WIDTH}}] {share:4.0%} "
                              f"{p.triples:,}/{p.total:,} triples")
                else:
                    amount = f"{p.triples:,} triples"
                line = f"{verb:<8} {amount}  {p.rate:,.0f}/s  file {p.file_index}/{p.files} {p.file.name}"
                self.stream.write("\r" + line[:150].ljust(110))
        self._phase = p.phase
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self._phase is not None:
            self.stream.write("\n")
            self.stream.flush()
