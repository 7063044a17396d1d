"""Golden files: the exports of the small fixture view, byte for byte.

A change to any writer shows here as a diff. When the change is intended,
regenerate with ``KG_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py``
and review the diff of ``tests/golden/``. Figures, TikZ and HTML are left out:
their bytes follow matplotlib's and vis-network's versions, and other tests
check them. Layout coordinates are written as ``<xy>``: they belong to
:mod:`kg.draw.layout` (the graph-format tests check them against it), so tuning the
layout does not touch these files.
"""

from __future__ import annotations

import csv
import io
import os
import re

import pytest
from export_support import CREATED, GOLDEN, MINI_STATE, mini_store, mini_view  # noqa: F401

from kg.export.exporter import FORMAT_BY_KEY, Exporter

GOLDEN_FORMATS = ["ttl", "trig", "nq", "jsonld", "nt", "graphml", "gexf", "cyjs", "nodes-csv", "edges-csv",
                  "bibtex", "ris", "csljson", "evidence-csv", "evidence-md", "evidence-tex", "caption", "caption-tex"]


@pytest.fixture(scope="module")
def exporter(mini_store, mini_view):
    return Exporter(mini_store, MINI_STATE, mini_view, created=CREATED)


_NUM = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"
_XY = [re.compile(p) for p in (
    rf'(?<=\b[xy]=")({_NUM})(?=")',  # GraphML yFiles geometry, GEXF viz:position
    rf'(?<=key="n_[xy]">)({_NUM})(?=<)',  # GraphML typed attributes
    rf'(?<="[xy]": )({_NUM})',  # Cytoscape.js positions
)]


def _mask_layout(text: str, fmt: str) -> str:
    """The file with the layout's coordinates written as <xy>."""
    if fmt == "nodes-csv":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        xs = [rows[0].index("x"), rows[0].index("y")]
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(
            [rows[0]] + [[("<xy>" if i in xs else v) for i, v in enumerate(r)] for r in rows[1:]])
        return out.getvalue()
    for pattern in _XY:
        text = pattern.sub("<xy>", text)
    if fmt == "gexf":  # node attributes x and y: their ids come from the <attribute> declarations
        for key in re.findall(r'<attribute id="(\d+)" title="[xy]"', text):
            text = re.sub(rf'(?<=<attvalue for="{key}" value=")({_NUM})(?=")', "<xy>", text)
    return text


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
def test_export_matches_golden_file(exporter, fmt):
    path = GOLDEN / ("view" + FORMAT_BY_KEY[fmt].suffix)
    text = _mask_layout(exporter.export(fmt).data.decode("utf-8"), fmt)
    if os.environ.get("KG_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"no golden file {path}: run with KG_UPDATE_GOLDEN=1 once and review it"
    assert text == path.read_bytes().decode("utf-8")
