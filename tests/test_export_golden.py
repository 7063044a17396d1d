"""Golden files: the exports of the small fixture view, byte for byte.

A change to any writer shows here as a diff. When the change is intended,
regenerate with ``KG_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py``
and review the diff of ``tests/golden/``. Figures, TikZ and HTML are left out:
their bytes follow matplotlib's and vis-network's versions, and other tests
check them.
"""

from __future__ import annotations

import os

import pytest

from export_support import CREATED, GOLDEN, MINI_STATE, mini_store, mini_view  # noqa: F401
from kg.export import FORMAT_BY_KEY, Exporter

GOLDEN_FORMATS = ["ttl", "trig", "nq", "jsonld", "nt", "graphml", "gexf", "cyjs", "nodes-csv", "edges-csv",
                  "bibtex", "ris", "csljson", "evidence-csv", "evidence-md", "evidence-tex", "caption"]


@pytest.fixture(scope="module")
def exporter(mini_store, mini_view):
    return Exporter(mini_store, MINI_STATE, mini_view, created=CREATED)


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
def test_export_matches_golden_file(exporter, fmt):
    path = GOLDEN / ("view" + FORMAT_BY_KEY[fmt].suffix)
    data = exporter.export(fmt).data
    if os.environ.get("KG_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"no golden file {path}: run with KG_UPDATE_GOLDEN=1 once and review it"
    assert data.decode("utf-8") == path.read_bytes().decode("utf-8")
