"""Golden files: the exports of the small fixture view, byte for byte.

A change to any writer shows here as a diff. When the change is intended,
regenerate with ``KG_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py``
and review the diff of ``tests/golden/``. Figures, TikZ and HTML are left out:
their bytes follow matplotlib's and vis-network's versions, and other tests
check them. Layout coordinates are written as ``<xy>``: they belong to
:mod:`kg.layout` (the graph-format tests check them against it), so tuning the
layout does not touch these files.
"""

from __future__ import annotations

import os
import re

import pytest

from export_support import CREATED, GOLDEN, MINI_STATE, mini_store, mini_view  # noqa: F401
from kg.export import FORMAT_BY_KEY, Exporter
from kg.layout import positions

GOLDEN_FORMATS = ["ttl", "trig", "nq", "jsonld", "nt", "graphml", "gexf", "cyjs", "nodes-csv", "edges-csv",
                  "bibtex", "ris", "csljson", "evidence-csv", "evidence-md", "evidence-tex", "caption", "caption-tex"]


@pytest.fixture(scope="module")
def exporter(mini_store, mini_view):
    return Exporter(mini_store, MINI_STATE, mini_view, created=CREATED)


_NUMBER = re.compile(r"(?<![\d.])-?\d+\.\d+(?![\d.])")


def _mask_layout(text: str, coordinates: set[str]) -> str:
    return _NUMBER.sub(lambda m: "<xy>" if m.group() in coordinates else m.group(), text)


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
def test_export_matches_golden_file(exporter, mini_view, fmt):
    path = GOLDEN / ("view" + FORMAT_BY_KEY[fmt].suffix)
    coordinates = {repr(float(v)) for x, y in positions(mini_view).values() for v in (x, y, -x, -y)}
    text = _mask_layout(exporter.export(fmt).data.decode("utf-8"), coordinates)
    if os.environ.get("KG_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"no golden file {path}: run with KG_UPDATE_GOLDEN=1 once and review it"
    assert text == path.read_bytes().decode("utf-8")
