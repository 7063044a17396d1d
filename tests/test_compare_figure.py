"""A comparison's static figures (issue 16): the PDF, SVG, PNG and TikZ of ``view=compare`` draw
the three groups as the interactive graph does (kg.draw.compare), each with two cues (fill colour
and outline or line style), a legend naming them, and a caption that says so. Read back from the
exported PDF with pdfplumber, from the SVG's markup and from the compiled TikZ, on the paper's real
graph: Valdai 2014 against trait 6, whose groups are 4, 4 and 5 entities (tests/test_compare.py)."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from kg.draw.compare import GROUPS
from kg.draw.typeset import group_style
from kg.explore.views import comparison_for, subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import Exporter
from tests.test_figure_legibility import _assert_legible, _assert_names_in_their_boxes, _compile, read_back

STATE = ViewState(view="compare", a="focus=episode:valdai-2014", b="focus=trait:6")
SIDES = ("a", "b", "both")


@pytest.fixture(scope="module")
def exporter(memory_store):
    return Exporter(memory_store, STATE, subgraph_for(memory_store, STATE), created="2026-12-07")


@pytest.fixture(scope="module")
def comparison(memory_store):
    return comparison_for(memory_store, STATE)


def _rgb(colour) -> str:
    """pdfplumber's colour (grey or RGB, 0–1) as #RRGGBB."""
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    values = values * 3 if len(values) == 1 else values
    return "#" + "".join(f"{round(v * 255):02X}" for v in values)


def _paths(pdf: bytes) -> tuple[list[dict], float]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        return list(page.curves) + list(page.lines) + list(page.rects), float(page.height)


def _dash(path: dict) -> tuple[float, ...]:
    dash = path.get("dash")
    return tuple(round(v, 2) for v in dash[0]) if dash and dash[0] else ()


@pytest.mark.parametrize("size", ["column", "page"])
def test_the_pdf_draws_each_group_with_its_fill_and_outline(exporter, comparison, size):
    """Every marker on the plot is filled in its group's colour and outlined in its group's width and
    dashes; the count of each is the set arithmetic's; the legend has one sample of each group."""
    plan = exporter.drawing(size).plan
    paths, height = _paths(exporter.export("pdf", size=size).data)
    expected = {"a": len(comparison.only_a.nodes), "b": len(comparison.only_b.nodes),
                "both": len(comparison.both.nodes)}
    assert expected == {"a": 4, "b": 4, "both": 5}
    for side in SIDES:
        g = group_style(side)
        filled = [p for p in paths if p.get("fill") and _rgb(p["non_stroking_color"]) == g["fill"].upper()
                  and _rgb(p["stroking_color"]) == "#111111"]  # not an arrow head, which is in its link's colour
        on_plot = [p for p in filled if height - p["bottom"] >= plan.plot[1] - 0.5]
        under = [p for p in filled if height - p["top"] < plan.plot[1]]
        assert len(on_plot) == expected[side], side
        assert len(under) == 1, side  # the legend's sample
        for p in filled:
            assert p["linewidth"] == pytest.approx(g["outline"], abs=0.01) and _dash(p) == g["outline_dashes"]
    # two cues each: the outlines differ in greyscale too (thick solid, thick dashed, thin)
    styles = {(group_style(s)["outline"], group_style(s)["outline_dashes"]) for s in SIDES}
    assert len(styles) == 3 and group_style("b")["outline_dashes"] and group_style("both")["outline"] < 1


@pytest.mark.parametrize("size", ["column", "page"])
def test_the_pdf_draws_each_groups_links_in_its_colour_and_line(exporter, comparison, size):
    plan = exporter.drawing(size).plan
    paths, height = _paths(exporter.export("pdf", size=size).data)
    expected = {"a": len(comparison.only_a.edges), "b": len(comparison.only_b.edges),
                "both": len(comparison.both.edges)}
    for side in SIDES:
        g = group_style(side)
        lines = [p for p in paths if not p.get("fill") and p.get("stroke")
                 and _rgb(p["stroking_color"]) == g["colour"].upper()]
        shafts = [p for p in lines if height - p["bottom"] >= plan.plot[1] - 0.5]
        assert len(shafts) == expected[side], side
        assert all(_dash(p) == g["dashes"] and p["linewidth"] == pytest.approx(g["width"], abs=0.01) for p in shafts)
        assert [p for p in lines if height - p["top"] < plan.plot[1]], side  # the legend's sample
    assert len({(group_style(s)["width"], group_style(s)["dashes"]) for s in SIDES}) == 3


@pytest.mark.parametrize("size", ["column", "page"])
def test_the_figure_is_legible_names_every_entity_and_its_legend_names_the_groups(exporter, size):
    found = read_back(exporter.export("pdf", size=size).data)
    _assert_legible(found)
    plan = exporter.drawing(size).plan
    _assert_names_in_their_boxes(found, plan, exporter.subgraph)
    named = {label.iri for label in plan.labels} | {entry.iri for entry in plan.key}
    assert named == {n.iri for n in exporter.subgraph.nodes}
    text = " ".join(w["text"] for w in found["words"])
    for g in GROUPS.values():
        assert f"entity {g['label']}" in text and f"link {g['label']}" in text
    assert "Episode" in text and "illustrates" not in text  # kinds by shape; a link's colour is its group


def test_the_caption_describes_what_the_figure_shows(exporter):
    text = exporter.figure_caption("column")
    assert "Of the 13 entities, 4 are only in A, 4 only in B and 5 in both; of the 17 links, 4 are only in A, " \
           "6 only in B and 7 in both." in text
    assert "orange with a thick dashed outline" in text and "Shape marks the kind of entity." in text
    assert "colour mark the kind" not in text and "interactive graph" not in text
    assert exporter.export("caption").data.decode().startswith(text[:60])


def test_the_svg_carries_each_entitys_group(exporter, comparison):
    svg = exporter.export("svg", size="column").data.decode("utf-8")
    groups = re.findall(r'<g id="kg-entity-\d+" class="kg-entity kg-(\w+) kg-([\w-]+)" data-iri="([^"]+)" '
                        r'data-group="(\w+)">', svg)
    assert len(groups) == len(comparison.union.nodes)
    for _kind, css, iri, side in groups:
        assert comparison.side(iri) == side and css == {"a": "only-a", "b": "only-b", "both": "in-both"}[side]
    links = re.findall(r'<g id="kg-link-\d+" class="kg-link kg-[\w-]+" data-source="[^"]+" data-target="[^"]+" '
                       r'data-group="(\w+)">', svg)
    assert len(links) == len(comparison.union.edges)
    assert [links.count(s) for s in SIDES] == [len(p.edges) for p in (comparison.only_a, comparison.only_b,
                                                                      comparison.both)]
    plain = Exporter(exporter.store, ViewState(focus=("episode:valdai-2014",)),
                     comparison.a).export("svg").data.decode()
    assert "data-group" not in plain and 'class="kg-entity kg-episode"' in plain  # other views: no group


@pytest.mark.parametrize("engine", ["pdflatex", "lualatex"])
def test_the_tikz_draws_the_groups_and_compiles(exporter, comparison, tmp_path, engine):
    plan = exporter.drawing("column").plan
    source = exporter.export("tikz", size="column").data
    text = source.decode("utf-8")
    for side, part in (("a", comparison.only_a), ("b", comparison.only_b), ("both", comparison.both)):
        g = group_style(side)
        marks = re.findall(rf"fill=kggroup{side}, draw=black!93, line width=([\d.]+)pt(, dash pattern=[^\]]+|, solid)"
                           r"\] at \([^)]*\) \{\}; %", text)
        assert len(marks) == len(part.nodes), side
        assert all(float(w) == pytest.approx(g["outline"]) for w, _ in marks)
        assert all(("dash pattern" in d) == bool(g["outline_dashes"]) for _, d in marks)
    found = read_back(_compile(tmp_path, engine, source))
    _assert_legible(found)
    _assert_names_in_their_boxes(found, plan, exporter.subgraph)
    assert found["width"] == pytest.approx(plan.width, abs=2.0) and found["height"] == pytest.approx(plan.height,
                                                                                                      abs=2.0)
    words = " ".join(w["text"] for w in found["words"])
    assert "entity only in B (thick dashed outline)" in words
