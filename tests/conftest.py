"""Shared fixtures: the real store with the real ontology and data, on every backend.

``store`` is parametrised over the three backends, so every test that takes it
runs three times: ``memory`` (the embedded default), ``disk`` (a persistent
Oxigraph store filled by ``kg.ingest.load``, as ``python -m kg load`` does) and
``virtuoso`` (a real Virtuoso Open Source server started for the session on
127.0.0.1, read through :class:`~kg.store.backends.remote.RemoteBackend`). ``mini``,
the hand-written fixture graph for exact answers, is parametrised the same way.
Tests of
what only an embedded store does (uploads, the query worker's fences) take
``memory_store`` instead.

Without Virtuoso installed the ``virtuoso`` cases are skipped with the reason;
with ``KG_REQUIRE_VIRTUOSO=1`` (set by ``.ci/run``) they fail instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import BackendError
from kg.ingest.load import load_files
from kg.store.backends.remote import RemoteBackend
from kg.store.paper import TEXT_PATH
from kg.store.store import ROOT, Store, default_files, open_store
from kg.testing.virtuoso import VirtuosoServer
from w3c.tally import Tally

PAPER = TEXT_PATH  # the paper's text, shipped in data/text/
FIXTURES = Path(__file__).parent / "fixtures"
BACKENDS = ("memory", "disk", "virtuoso")
MINI = [ROOT / "ontology" / "negkg.ttl", FIXTURES / "mini.ttl"]


def pytest_configure(config) -> None:
    # Here, not in tests/w3c/conftest.py: under pytest-xdist the main process, which prints the
    # summary, collects no test and so never loads that file.
    config.pluginmanager.register(Tally(), "w3c-tally")


@pytest.fixture
def workspace_folder(tmp_path, monkeypatch):
    """The app autosaves its workspace in a fresh folder (KG_WORKSPACE), read afresh as by a new
    server process."""
    from ui.workspace import _shared
    monkeypatch.setenv("KG_WORKSPACE", str(tmp_path))
    _shared.clear()
    yield tmp_path
    _shared.clear()


@pytest.fixture(scope="session")
def memory_store() -> Store:
    """The embedded in-memory store loaded with ontology/ and data/ (read-only use)."""
    return open_store()


@pytest.fixture(scope="session")
def disk_store_dir(tmp_path_factory) -> Path:
    """A persistent Oxigraph store loaded with ontology/ and data/ by kg.ingest.load."""
    directory = tmp_path_factory.mktemp("disk-store") / "store"
    load_files(directory, default_files(), ontology=False)
    return directory


def _require_virtuoso(reason: str) -> None:
    if os.environ.get("KG_REQUIRE_VIRTUOSO") == "1":
        pytest.fail(f"KG_REQUIRE_VIRTUOSO=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def _virtuoso(directory: Path, files: list[Path], **options):
    """Start a private Virtuoso, load ``files``, yield it, stop it."""
    try:
        server = VirtuosoServer.find()
    except BackendError as exc:
        _require_virtuoso(str(exc))
    try:
        server.start(directory, **options)
    except BackendError as exc:
        _require_virtuoso(f"Virtuoso did not start: {exc}")
    try:
        server.load(files)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A real Virtuoso server for the session with the paper's ontology and data."""
    yield from _virtuoso(tmp_path_factory.mktemp("virtuoso"), default_files())


@pytest.fixture(scope="session")
def virtuoso_mini(tmp_path_factory):
    """A second real Virtuoso server with the ontology and the hand-written mini graph."""
    yield from _virtuoso(tmp_path_factory.mktemp("virtuoso-mini"), MINI)


@pytest.fixture(scope="session", params=BACKENDS)
def mini(request, tmp_path_factory) -> Store:
    """The ontology plus a hand-written graph small enough for exact answers, on each backend."""
    if request.param == "memory":
        return open_store(files=MINI)
    if request.param == "disk":
        directory = tmp_path_factory.mktemp("mini") / "store"
        load_files(directory, MINI, ontology=False)
        return open_store(path=directory)
    return Store(RemoteBackend(request.getfixturevalue("virtuoso_mini").sparql_url))


@pytest.fixture(scope="session")
def store_for(request):
    """``store_for(name)``: the paper's graph on the backend ``name`` (one of BACKENDS)."""
    opened: dict[str, Store] = {}

    def get(name: str) -> Store:
        if name not in opened:
            if name == "memory":
                opened[name] = request.getfixturevalue("memory_store")
            elif name == "disk":
                opened[name] = open_store(path=request.getfixturevalue("disk_store_dir"))
            else:
                server = request.getfixturevalue("virtuoso")
                opened[name] = Store(RemoteBackend(server.sparql_url))
        return opened[name]
    return get


@pytest.fixture(scope="session", params=BACKENDS)
def store(request, store_for) -> Store:
    """The paper's graph on each backend in turn (read-only use)."""
    return store_for(request.param)


@pytest.fixture(scope="session")
def paper_text() -> str:
    """The paper's text as shipped in data/text/ (a missing file is a failure, not a skip)."""
    return PAPER.read_text(encoding="utf-8")
