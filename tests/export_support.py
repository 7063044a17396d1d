"""Fixtures for the export tests: a store of the small hand-written graph and its Valdai view.

Imported by the test modules (``from export_support import ...``) so the
shared conftest stays as it is.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.store.backends import OxigraphBackend
from kg.store.store import ROOT, Store, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "export_mini.ttl"
GOLDEN = Path(__file__).parent / "golden" / "export_mini"
MINI_FILES = [ROOT / "ontology" / "negkg.ttl", FIXTURE]
MINI_STATE = ViewState(focus=("episode:valdai-2014",), hops=2)
CREATED = "2025-11-27"


def mini_store_files() -> Store:
    return open_store(files=MINI_FILES)


@pytest.fixture(scope="session")
def mini_store() -> Store:
    """The ontology and the export fixture, in memory."""
    return mini_store_files()


@pytest.fixture(scope="session")
def mini_view(mini_store):
    return subgraph_for(mini_store, MINI_STATE)


@pytest.fixture(scope="session")
def mini_store_dir(tmp_path_factory) -> Path:
    """The same graph in an on-disk Oxigraph store, closed, for the CLI's --store."""
    path = tmp_path_factory.mktemp("mini-store") / "store"
    store = Store(OxigraphBackend(path))
    store.load_files(MINI_FILES)
    del store
    gc.collect()  # pyoxigraph releases the store's lock when the object goes
    return path

