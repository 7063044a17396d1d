"""Exported figures read back from their PDFs: legible at the printed size (issue 11, item 4).

For the overview, the Valdai 2-hop and the Russia 3-hop views of the real data and the argument map,
at column and page size, the PDF that the exporter writes is read with
pdfplumber: no character under 7 pt, none off the page, no two words
overlapping, and every entity named in full, either at its marker (the words in
its label's box) or in the key (under the figure, or in the exported key table
when the key would make the figure taller than a page). The TikZ export is
compiled with pdfLaTeX and LuaLaTeX and read back the same way: the same size
as the figure (±2 pt) and the same font under both engines.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import unicodedata
from collections import Counter

import numpy as np
import pdfplumber
import pytest

from kg.draw.plan import MAX_HEIGHT, MIN_FONT
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import Exporter

VIEWS = {"overview": ViewState(), "valdai-2hops": ViewState(focus=("episode:valdai-2014",), hops=2),
         "russia-3hops": ViewState(focus=("actor:russia",), hops=3), "argument": ViewState(view="argument")}
CREATED = "2025-11-27"


@pytest.fixture(scope="module")
def exporters(memory_store):
    return {name: Exporter(memory_store, state, subgraph_for(memory_store, state), created=CREATED)
            for name, state in VIEWS.items()}


@pytest.fixture(scope="module")
def read_pdf(exporters):
    """``read_pdf(view, size)``: the exported PDF read back, once per module (several tests read it)."""
    found: dict[tuple[str, str], dict] = {}

    def get(view: str, size: str) -> dict:
        if (view, size) not in found:
            found[view, size] = read_back(exporters[view].export("pdf", size=size).data)
        return found[view, size]
    return get


def _overlapping_pairs(words: list[dict], tolerance: float = 0.05) -> list[tuple[str, str]]:
    """Pairs of words whose boxes share more than ``tolerance`` points both ways."""
    if len(words) < 2:
        return []
    b = np.array([(w["x0"], w["top"], w["x1"], w["bottom"]) for w in words])
    wide = np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0])
    tall = np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1])
    hit = np.triu((wide > tolerance) & (tall > tolerance), k=1)
    return [(words[i]["text"], words[j]["text"]) for i, j in zip(*np.nonzero(hit))]


def read_back(pdf: bytes) -> dict:
    """What a reader of the PDF gets: page size, characters, words, and what is wrong with them."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        page = doc.pages[0]
        # Words in the order the PDF draws them: grouping by position alone chains the lines of
        # neighbouring labels into one and reports overlaps that no reader sees.
        chars = page.chars
        words = page.extract_words(extra_attrs=["size"], use_text_flow=True, x_tolerance=1.5)
        small = sorted({round(c["size"], 2) for c in chars if c["size"] < MIN_FONT - 0.005})
        off = [c["text"] for c in chars if c["x0"] < -0.01 or c["x1"] > page.width + 0.01
               or c["top"] < -0.01 or c["bottom"] > page.height + 0.01]
        return {"width": float(page.width), "height": float(page.height), "chars": chars, "words": words,
                "small": small, "off": "".join(off), "overlaps": _overlapping_pairs(words),
                "fonts": {c["fontname"].split("+")[-1] for c in chars},
                "smallest": min(c["size"] for c in chars)}


def _assert_names_in_their_boxes(found: dict, layout, sg) -> None:
    """The words inside each label's box (read from the PDF) are the entity's whole name, nothing else."""
    height = found["height"]
    for label in layout.labels:
        x0, y0, x1, y1 = label.box
        inside = [w["text"] for w in found["words"] if x0 <= (w["x0"] + w["x1"]) / 2 <= x1
                  and y0 <= height - (w["top"] + w["bottom"]) / 2 <= y1]
        assert _plain(" ".join(inside)) == _plain(" ".join(sg.node(label.iri).label.split())), label.iri


def _plain(text: str) -> str:
    """Text as compared across typesetters: ligatures split (NFKC), curly quotes straight (LaTeX sets ')."""
    return unicodedata.normalize("NFKC", text).translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


def _assert_legible(found: dict) -> None:
    assert not found["small"], f"text under {MIN_FONT} pt: sizes {found['small']}"
    assert not found["off"], f"text off the page: {found['off']!r}"
    assert not found["overlaps"], f"{len(found['overlaps'])} overlapping word pairs, e.g. {found['overlaps'][:5]}"


@pytest.mark.parametrize("size", ["column", "page"])
@pytest.mark.parametrize("view", list(VIEWS))
def test_exported_pdf_is_legible_at_its_size(read_pdf, view, size):
    found = read_pdf(view, size)
    _assert_legible(found)
    assert found["width"] == pytest.approx({"column": 252, "page": 504}[size], abs=0.5)
    assert found["height"] <= MAX_HEIGHT + 0.5  # fits a journal page


@pytest.mark.parametrize("size", ["column", "page"])
@pytest.mark.parametrize("view", list(VIEWS))
def test_every_entity_is_named_at_its_marker_or_in_the_key(exporters, read_pdf, view, size):
    exporter = exporters[view]
    layout = exporter.drawing(size).plan
    labelled = {label.iri for label in layout.labels}
    keyed = {entry.iri for entry in layout.key}
    assert labelled | keyed == {n.iri for n in exporter.subgraph.nodes} and not labelled & keyed
    assert not layout.unnamed
    found = read_pdf(view, size)
    height = found["height"]
    _assert_names_in_their_boxes(found, layout, exporter.subgraph)
    numbers = Counter(w["text"] for w in found["words"] if height - w["bottom"] >= layout.plot[1])
    rows = list(csv.DictReader(io.StringIO(exporter.export("key-csv", size=size).data.decode("utf-8"))))
    assert [(int(r["number"]), r["iri"]) for r in rows] == [(e.number, e.iri) for e in layout.key]
    for entry in layout.key:
        assert numbers[str(entry.number)] >= 1, f"number {entry.number} is not on the plot"
    if layout.key_inside:
        under = Counter(w["text"] for w in found["words"] if height - w["top"] < layout.plot[1])
        for entry in layout.key:
            needed = Counter([str(entry.number)] + f"{entry.label} ({entry.kind})".split())
            assert not needed - under, (entry, needed - under)
    else:
        assert "key table" in " ".join(w["text"] for w in found["words"])
    sentence = exporter.figure_caption(size)
    said = f"Numbers mark the {len(keyed)} entities" if len(keyed) > 1 else "A number marks the one entity"
    assert (said in sentence) == bool(keyed)


def test_the_findings_of_issue_11_are_gone(read_pdf):
    """Measured on the old figures: the overview column at 5.5 pt with 47 overlapping word pairs,
    "boundlessness" cut at the page figure's edge, ~200 overlapping pairs in Russia 3-hop (page)."""
    overview_column = read_pdf("overview", "column")
    assert overview_column["smallest"] >= MIN_FONT - 0.005 and not overview_column["overlaps"]
    overview_page = read_pdf("overview", "page")
    assert "boundlessness" in " ".join(w["text"] for w in overview_page["words"]) and not overview_page["off"]
    assert not read_pdf("russia-3hops", "page")["overlaps"]


def test_svg_and_png_come_from_the_same_drawing(exporters):
    """SVG and PNG are saved from the figure the PDF is saved from: same page size, same text."""
    exporter = exporters["valdai-2hops"]
    layout = exporter.drawing("column").plan
    svg = exporter.export("svg", size="column").data.decode("utf-8")
    assert f'width="{layout.width:g}pt"' in svg and f'height="{layout.height:g}pt"' in svg.replace(".0pt", "pt")
    from PIL import Image
    image = Image.open(io.BytesIO(exporter.export("png", size="column").data))
    assert image.size == (pytest.approx(layout.width / 72 * 300, abs=2), pytest.approx(layout.height / 72 * 300, abs=2))


def _compile(tmp_path, engine: str, source: bytes) -> bytes:
    binary = shutil.which(engine)
    if binary is None:
        pytest.skip(f"no {engine} installed: the TikZ read-back needs it")
    (tmp_path / "figure.tex").write_bytes(source)
    run = subprocess.run([binary, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "figure.tex"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=180, check=False)
    assert run.returncode == 0, run.stdout[-2000:]
    return (tmp_path / "figure.pdf").read_bytes()


@pytest.mark.parametrize("view,size", [("overview", "column"), ("russia-3hops", "page"), ("argument", "page")])
def test_tikz_is_the_figures_size_and_font_under_both_engines(exporters, tmp_path, view, size):
    exporter = exporters[view]
    layout = exporter.drawing(size).plan
    source = exporter.export("tikz", size=size).data
    fonts = []
    for engine in ("pdflatex", "lualatex"):
        found = read_back(_compile(tmp_path / engine if (tmp_path / engine).mkdir() is None else tmp_path,
                                   engine, source))
        _assert_legible(found)
        _assert_names_in_their_boxes(found, layout, exporter.subgraph)
        assert found["width"] == pytest.approx(layout.width, abs=2.0), engine
        assert found["height"] == pytest.approx(layout.height, abs=2.0), engine
        fonts.append(found["fonts"])
    assert fonts[0] == fonts[1] and all(f.startswith("CMSS") for f in fonts[0]), fonts


def _assert_plan_is_legible(layout, sg, *, unnamed_ok: bool = False) -> None:
    """The plan's own geometry: every name at its marker or numbered, no text box touching another
    or a marker, everything on the page, nothing under 7 pt."""
    named = {label.iri for label in layout.labels}
    numbered = {number.iri for number in layout.numbers}
    assert named | numbered | set(layout.unnamed) == {n.iri for n in sg.nodes} and not named & numbered
    assert unnamed_ok or not layout.unnamed
    assert numbered == {entry.iri for entry in layout.key}
    boxes = np.array([t.box for t in layout.labels + layout.numbers])
    assert (boxes[:, 0] >= 0).all() and (boxes[:, 1] >= 0).all()
    assert (boxes[:, 2] <= layout.width).all() and (boxes[:, 3] <= layout.height).all()
    wide = np.minimum(boxes[:, None, 2], boxes[None, :, 2]) - np.maximum(boxes[:, None, 0], boxes[None, :, 0])
    tall = np.minimum(boxes[:, None, 3], boxes[None, :, 3]) - np.maximum(boxes[:, None, 1], boxes[None, :, 1])
    assert not np.triu((wide > 0) & (tall > 0), k=1).any()
    for mark in layout.marks:
        r = mark.diameter / 2
        hit = ((boxes[:, 0] < mark.x + r) & (boxes[:, 2] > mark.x - r) & (boxes[:, 1] < mark.y + r)
               & (boxes[:, 3] > mark.y - r))
        assert not hit.any(), mark.iri
    assert min(t.size for t in layout.texts) >= MIN_FONT


@pytest.mark.parametrize("shape", ["one spot", "one line", "two clumps", "random"])
def test_any_layout_gives_a_legible_figure(exporters, monkeypatch, shape):
    """The figure does not trust the layout: the Russia 3-hop view (142 entities) drawn from
    positions all on one spot, on one line, in two clumps or at random still obeys every rule."""
    import kg.draw.plan as plan_module
    sg = exporters["russia-3hops"].subgraph
    rng = np.random.default_rng(11)
    iris = sorted(n.iri for n in sg.nodes)
    xy = {"one spot": np.zeros((len(iris), 2)),
          "one line": np.column_stack([np.arange(len(iris)), np.zeros(len(iris))]),
          "two clumps": rng.normal(size=(len(iris), 2)) * 0.01 + (np.arange(len(iris)) % 2)[:, None] * 50,
          "random": rng.uniform(-500, 500, size=(len(iris), 2))}[shape]
    monkeypatch.setattr(plan_module, "positions", lambda _: {i: (float(x), float(y)) for i, (x, y) in zip(iris, xy)})
    for size in ("column", "page"):
        layout = plan_module.plan(sg, size=size)
        _assert_plan_is_legible(layout, sg)
        assert layout.height <= MAX_HEIGHT + 0.5


def test_a_view_too_dense_for_numbers_labels_what_fits_and_says_so():
    """300 entities in one column cannot all have a number at 7 pt: the figure names and numbers what
    fits, breaks no rule, and the figure and its caption say how many are left unnamed."""
    import random

    from kg.draw.plan import plan
    from kg.export.figure_key import key_sentence
    from kg.model import Edge, Node, Subgraph
    rng = random.Random(3)
    nodes = tuple(Node(f"urn:n{i}", f"Entity number {i} of a synthetic view", rng.choice(["episode", "person"]))
                  for i in range(300))
    sg = Subgraph(nodes, tuple(Edge(f"urn:n{i}", f"urn:n{rng.randrange(i)}", "urn:p", "p") for i in range(1, 300)))
    layout = plan(sg, size="column")
    assert layout.unnamed and not layout.key_inside
    _assert_plan_is_legible(layout, sg, unnamed_ok=True)
    assert not {label.iri for label in layout.labels + layout.numbers} & set(layout.unnamed)
    assert f"{len(layout.unnamed)} entities too crowded" in key_sentence(layout)
    assert "left unnamed" in " ".join(line.text for line in layout.key_lines)


def test_the_readme_shows_the_overview_figure_as_exported(exporters):
    """The README's figure is the overview's page figure as the exporter draws it (with
    KG_UPDATE_SCREENSHOTS=1 this test rewrites the file, so it follows the code; otherwise it
    writes test-artifacts/; 150 dpi keeps the repository light)."""
    import os

    from kg.store.store import ROOT
    from kg.testing.browser import ARTIFACTS
    folder = ROOT / "docs" / "screenshots" if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1" else ARTIFACTS
    folder.mkdir(exist_ok=True)
    path = folder / "figure-overview-page.png"
    path.write_bytes(exporters["overview"].drawing("page").save("png", dpi=150))
    assert path.stat().st_size > 10_000
    assert "docs/screenshots/figure-overview-page.png" in (ROOT / "README.md").read_text(encoding="utf-8")
