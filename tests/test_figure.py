"""Publication figures: well-formed, labelled, sized, deterministic; TikZ compiles."""

from __future__ import annotations

import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from itertools import combinations

import pdfplumber
import pytest
from export_support import mini_store, mini_view  # noqa: F401
from PIL import Image
from pypdf import PdfReader

from kg.draw.figure import MARKERS, SIZES, drawing, figure_bytes, placements
from kg.draw.plan import dash_pattern
from kg.draw.style import EDGE_STYLES, PATH_COLOUR
from kg.draw.tikz import TIKZ_SHAPES, tikz
from kg.errors import ExportError
from kg.kinds import KIND_BY_KEY, KINDS
from kg.model import Edge, Evidence, Node, Subgraph

HOSTILE = Subgraph(
    nodes=(Node("urn:x:a", "Cost: $x^2$ & 100% {of} #1_a ~ \\ Søndergaard – “new”", "episode"),
           Node("urn:x:b", "</text><script>alert(1)</script>", "person"),
           Node("urn:x:c", "Сергей Лавров", "person"),
           Node("urn:x:d", "A", "trait")),
    edges=(Edge("urn:x:a", "urn:x:b", "https://w3id.org/negkg/ns#participant", "participant",
                (Evidence("urn:x:ev", "q", "urn:x:s", "S", ()),)),
           Edge("urn:x:a", "urn:x:d", "https://w3id.org/negkg/ns#illustrates", "illustrates"),
           Edge("urn:x:c", "urn:x:a", "https://w3id.org/negkg/ns#participant", "participant", inferred=True,
                rule="r")),
    focus=("urn:x:a",))


def _svg_text(svg: bytes) -> str:
    root = ET.fromstring(svg)  # well-formed, or this raises
    return " ".join(" ".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))


@pytest.mark.parametrize("size", list(SIZES))
def test_svg_is_well_formed_and_shows_every_label_and_the_legend(mini_view, size):
    text = " ".join(_svg_text(figure_bytes(mini_view, "svg", size=size)).split())
    for node in mini_view.nodes:
        assert all(word in text for word in node.label.split()), node.label
    for kind in {n.kind for n in mini_view.nodes}:
        assert next(k.label for k in KINDS if k.key == kind) in text
    assert "illustrates" in text  # link types in the legend


def test_labels_are_text_not_markup_or_math():
    svg = figure_bytes(HOSTILE, "svg")
    text = _svg_text(svg)
    assert "$x^2$" in text and "<script>" in text  # printed literally: escaped in the XML, no mathtext
    assert b"<script>" not in svg


@pytest.mark.parametrize("size", list(SIZES))
def test_pdf_has_one_page_of_the_asked_width(mini_view, size):
    reader = PdfReader(io.BytesIO(figure_bytes(mini_view, "pdf", size=size)))
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(SIZES[size].width * 72, abs=0.5)
    assert "Valdai Conference" in " ".join(reader.pages[0].extract_text().split())


@pytest.mark.parametrize("size", list(SIZES))
def test_png_has_300_dpi(mini_view, size):
    image = Image.open(io.BytesIO(figure_bytes(mini_view, "png", size=size)))
    assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    assert image.width == pytest.approx(SIZES[size].width * 300, abs=2)


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png"])
def test_same_subgraph_same_bytes(mini_view, fmt):
    assert figure_bytes(mini_view, fmt) == figure_bytes(mini_view, fmt)


def test_no_timestamps(mini_view):
    assert b"<dc:date>" not in figure_bytes(mini_view, "svg")
    assert b"/CreationDate" not in figure_bytes(mini_view, "pdf")


def _luminance(colour: str) -> float:
    """WCAG relative luminance: the grey a colour prints as."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def test_kinds_stay_apart_in_greyscale():
    """Colour is never the only cue: kinds that share a shape (as the app draws them: a
    source is a white dot, an episode a dark one) differ by outline or by a clearly
    different grey; episodes and claims, both dark, differ by shape (a dot, a wide box)."""
    assert all(k.marker in MARKERS or k.marker in "o*Ds^vh" for k in KINDS)
    for a, b in combinations(KINDS, 2):
        if a.marker == b.marker:
            assert a.dashed != b.dashed or abs(_luminance(a.colour) - _luminance(b.colour)) > 0.25, (a.key, b.key)
    assert KIND_BY_KEY["episode"].marker == "o" and KIND_BY_KEY["claim"].marker == "box"


def test_figure_shapes_are_the_apps():
    vis_of_marker = {"o": "dot", "*": "star", "D": "diamond", "s": "square", "^": "triangle", "v": "triangleDown",
                     "h": "hexagon", "box": "box"}
    assert {k.key: vis_of_marker[k.marker] for k in KINDS} == {k.key: k.shape for k in KINDS}
    assert [k.dashed for k in KINDS].count(True) == 1 and KIND_BY_KEY["place"].dashed


def test_tikz_shapes_are_the_figures():
    tikz_of_marker = {"o": "circle", "*": "star,", "D": "diamond,", "s": "rectangle,", "h": "sides=6",
                      "box": "rectangle, minimum width", "^": "sides=3,", "v": "sides=3, shape border rotate=180"}
    for kind in KINDS:
        shape = TIKZ_SHAPES[kind.key]
        assert shape.startswith(tikz_of_marker[kind.marker]) or tikz_of_marker[kind.marker] in shape, kind.key
        assert ("dashed" in shape) == kind.dashed, kind.key
    assert "rotate=180" not in TIKZ_SHAPES["organisation"]


def test_link_types_keep_their_dash_patterns_on_paper():
    """Place, supports and affiliated-with (all thin, two of them grey) differ by dash pattern, in the
    figure's PDF and in TikZ, not one "dashed" for all."""
    patterns = {name: dash_pattern(EDGE_STYLES[name]) for name in ("place", "supports", "affiliatedWith")}
    assert all(patterns.values()) and len(set(patterns.values())) == 3, patterns
    nodes = (Node("urn:e", "Episode", "episode"), Node("urn:p", "Place", "place"), Node("urn:s", "Source", "source"),
             Node("urn:a", "Person", "person"), Node("urn:st", "State", "state"))
    ns = "https://w3id.org/negkg/ns#"
    sg = Subgraph(nodes, (Edge("urn:e", "urn:p", ns + "place", "place"),
                          Edge("urn:s", "urn:e", ns + "supports", "supports"),
                          Edge("urn:a", "urn:st", ns + "affiliatedWith", "affiliated with")))
    with pdfplumber.open(io.BytesIO(figure_bytes(sg, "pdf", size="page"))) as pdf:
        seen = {tuple(round(v, 2) for v in c["dash"][0]) for c in pdf.pages[0].curves + pdf.pages[0].lines
                if c.get("dash") and c["dash"][0]}
    assert set(patterns.values()) <= seen, (patterns, seen)
    source = tikz(sg, size="page").decode()
    for pattern in patterns.values():
        assert f"dash pattern=on {pattern[0]:g}pt off {pattern[1]:g}pt" in source, pattern


def test_a_shortest_path_is_drawn_in_the_path_colour_of_the_legend():
    nodes = (Node("urn:a", "A", "episode"), Node("urn:b", "B", "trait"), Node("urn:c", "C", "person"))
    ns = "https://w3id.org/negkg/ns#"
    on_path = Edge("urn:a", "urn:b", ns + "illustrates", "illustrates")
    sg = Subgraph(nodes, (on_path, Edge("urn:c", "urn:a", ns + "participant", "participant")),
                  highlight=frozenset({on_path.key}))
    layout = drawing(sg).plan
    assert [link.colour for link in layout.links if (link.source, link.target) == ("urn:a", "urn:b")] == [PATH_COLOUR]
    assert PATH_COLOUR not in [link.colour for link in layout.links if link.source == "urn:c"]
    assert any(item.text.text == "shortest path" and item.colour == PATH_COLOUR for item in layout.legend)
    assert f"{{{PATH_COLOUR.lstrip('#')}}}" in tikz(sg).decode()


def test_a_crowded_star_gets_no_overlapping_text_and_every_name_somewhere():
    """24 leaves around a hub: every text box is disjoint from every other and from every marker;
    each entity is named at its marker or numbered and in the key."""
    hub = Node("urn:hub", "The hub episode", "episode")
    leaves = tuple(Node(f"urn:leaf:{i:02d}", f"Actor number {i}", "person") for i in range(24))
    sg = Subgraph((hub,) + leaves, tuple(Edge(hub.iri, n.iri, "urn:p", "p") for n in leaves), focus=(hub.iri,))
    for size in SIZES:
        once = drawing(sg, size=size)
        with pdfplumber.open(io.BytesIO(once.save("pdf"))) as pdf:  # the vector text, where it really is
            words = pdf.pages[0].extract_words(use_text_flow=True, x_tolerance=1.5)
        for a, b in combinations(words, 2):
            wide = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            tall = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            assert min(wide, tall) < 0.05, (a["text"], b["text"])
        named = {label.iri for label in once.plan.labels} | {entry.iri for entry in once.plan.key}
        assert named == {n.iri for n in sg.nodes}
        assert set(placements(sg, size=size)) == {n.iri for n in sg.nodes}
        for mark in once.plan.marks:
            r = mark.diameter / 2
            for label in once.plan.labels + once.plan.numbers:
                x0, y0, x1, y1 = label.box
                assert not (x0 < mark.x + r and mark.x - r < x1 and y0 < mark.y + r and mark.y - r < y1), label


def test_empty_view_is_refused():
    with pytest.raises(ExportError, match="no entities"):
        figure_bytes(Subgraph((), ()), "svg")
    with pytest.raises(ExportError, match="figure size"):
        figure_bytes(HOSTILE, "svg", size="poster")


def _compile(tmp_path, name: str, source: bytes, engine: str = "pdflatex") -> PdfReader:
    engine = shutil.which(engine)
    if engine is None:
        pytest.skip("no TeX engine installed: the TikZ compile check needs pdflatex and lualatex")
    (tmp_path / f"{name}.tex").write_bytes(source)
    run = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", f"{name}.tex"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout[-2000:]
    return PdfReader(str(tmp_path / f"{name}.pdf"))


@pytest.mark.parametrize("size", list(SIZES))
def test_tikz_compiles_standalone(tmp_path, mini_view, size):
    reader = _compile(tmp_path, "figure", tikz(mini_view, size=size, caption="A caption – with “quotes” & 50%"))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Valdai Conference" in text and "Zero-sum thinking" in text


@pytest.mark.parametrize("engine", ["pdflatex", "lualatex"])
def test_tikz_escapes_hostile_labels(tmp_path, engine):
    source = tikz(HOSTILE)
    assert b"$x^2$" not in source and b"\\$x\\textasciicircum{}2\\$" in source
    reader = _compile(tmp_path, "hostile", source, engine)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "??????" in text.replace(" ", "")  # Cyrillic, which Computer Modern lacks, as ? under both engines
    assert "Missing character" not in (tmp_path / "hostile.log").read_text(errors="replace")


def test_the_key_table_compiles_under_the_figure(tmp_path, mini_store):
    """key-tex is a tabular that needs nothing beyond the LaTeX kernel, escapes names, and is empty
    (a comment) when every entity is named at its marker."""
    from kg.explore.views import subgraph_for
    from kg.explore.viewstate import ViewState
    from kg.export.exporter import Exporter
    hub = Node("urn:hub", "The hub episode", "episode")
    leaves = tuple(Node(f"urn:leaf:{i:02d}", f"Actor {i} & co_{i} 100%", "person") for i in range(60))
    sg = Subgraph((hub,) + leaves, tuple(Edge(hub.iri, n.iri, "urn:p", "p") for n in leaves), focus=(hub.iri,))
    exporter = Exporter(mini_store, ViewState(), sg, created="2025-11-27")
    key = exporter.export("key-tex").data
    assert b"\\begin{tabular}" in key and b"\\&" in key and b"\\%" in key
    document = b"\\documentclass{article}\\begin{document}\n\\input{key}\n\\end{document}\n"
    (tmp_path / "key.tex").write_bytes(key)
    reader = _compile(tmp_path, "doc", document)
    numbered = len(exporter.drawing("column").plan.key)
    assert numbered and f"{numbered} " in reader.pages[0].extract_text()
    state = ViewState(focus=("episode:valdai-2014",), hops=2)
    valdai = Exporter(mini_store, state, subgraph_for(mini_store, state), created="2025-11-27")
    assert b"no key" in valdai.export("key-tex", size="page").data
    assert valdai.export("key-csv", size="page").data == b"number,label,kind,iri\r\n"


def test_one_drawing_saves_the_same_bytes_as_fresh_figures(mini_view):
    once = drawing(mini_view, size="page")
    for fmt in ("svg", "png", "pdf"):
        assert once.save(fmt) == figure_bytes(mini_view, fmt, size="page"), fmt
