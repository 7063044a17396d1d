"""Evidence tables: every link with its quote, section and sources, escaped for each format."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess

import pytest
from export_support import mini_store, mini_view  # noqa: F401

from kg.export.evidence import evidence_csv, evidence_latex, evidence_markdown, evidence_rows
from kg.model import Edge, Evidence, Node, Subgraph

NASTY = 'a | b <script>alert(1)</script> *bold* [link](http://x) 50% & $5 #1 _x_ {y} ~ ^ \\ “ø” – end'
HOSTILE = Subgraph(
    (Node("urn:a", "A | <b>", "episode"), Node("urn:b", "B_$", "trait")),
    (Edge("urn:a", "urn:b", "https://w3id.org/negkg/ns#illustrates", "illustrates",
          (Evidence("urn:ev", NASTY, "urn:s", "6. Zero-sum | thinking", ("urn:src",)),)),
     Edge("urn:b", "urn:a", "https://w3id.org/negkg/ns#illustratedBy", "illustrated by", inferred=True,
          rule="owl:inverseOf")))


def test_one_row_per_quote(mini_view):
    rows = list(csv.DictReader(io.StringIO(evidence_csv(mini_view).decode("utf-8"))))
    assert len(rows) == len(evidence_rows(mini_view)) == sum(len(e.evidence) for e in mini_view.edges)
    assert {r["quote"] for r in rows} == {ev.quote for ev in mini_view.evidence}
    illustrates = next(r for r in rows if r["predicate_label"] == "illustrates")
    assert illustrates["subject_label"] == "Valdai Conference 2014"
    assert illustrates["section_title"] == "6. Zero-sum thinking"
    assert illustrates["source_keys"] == "sondergaard-2025; valdai-2014"
    assert "Meeting of the Valdai International Discussion Club" in illustrates["sources"]


def test_inferred_links_are_marked_not_quoted():
    rows = evidence_rows(HOSTILE)
    inferred = [r for r in rows if r.inferred]
    assert len(inferred) == 1 and inferred[0].quote == "" and "owl:inverseOf" in inferred[0].note


def test_markdown_table_keeps_its_shape_with_hostile_text():
    text = evidence_markdown(HOSTILE, title="T").decode("utf-8")
    table = [line for line in text.splitlines() if line.startswith("|")]
    for line in table:  # four columns: five unescaped pipes, whatever the data holds
        assert len(re.findall(r"(?<!\\)\|", line)) == 5, line
    assert "<script>" not in text and "\\<script\\>" in text
    assert "[link](" not in text


def test_latex_table_escapes_and_cites(mini_view):
    text = evidence_latex(mini_view, caption="Caption & more").decode("utf-8")
    assert "\\cite{sondergaard-2025,valdai-2014}" in text
    assert "Caption \\& more" in text
    hostile = evidence_latex(HOSTILE).decode("utf-8")
    assert "$5" not in hostile.replace("\\$5", "") and "<script>" not in hostile


def _compile_table(tmp_path, table: bytes):
    engine = shutil.which("pdflatex")
    if engine is None:
        pytest.skip("no TeX engine (pdflatex) installed")
    (tmp_path / "table.tex").write_bytes(table)
    (tmp_path / "doc.tex").write_text("\\documentclass{article}\\usepackage{longtable,array}\\usepackage{iftex}\n"
                                      "\\begin{document}\\input{table}\\end{document}\n")
    run = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "doc.tex"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:]


def test_latex_table_compiles(tmp_path, mini_view):
    _compile_table(tmp_path, evidence_latex(mini_view, caption="Evidence – “quotes” & 50%"))


def test_latex_table_with_hostile_text_compiles(tmp_path):
    _compile_table(tmp_path, evidence_latex(HOSTILE))
