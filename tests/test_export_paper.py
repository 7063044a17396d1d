"""The issue's "done when", on the real data: the Valdai 2014 bundle goes into a LaTeX paper.

The bundle of the Valdai 2014 neighbourhood is unpacked; a paper includes its
PDF figure, its evidence table and its BibTeX; pdflatex, bibtex and pdflatex
again build it with every citation resolved. The GraphML opens as a graph.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile

import networkx as nx
import pytest
from pypdf import PdfReader

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import Exporter

PAPER = r"""\documentclass{article}
\usepackage{graphicx}
\usepackage{longtable,array}
\begin{document}
As Figure~\ref{fig:valdai} shows \cite{sondergaard-2025}:
\begin{figure}[h]\centering
\includegraphics{STEM/figures/figure-column.pdf}
\caption{CAPTION}\label{fig:valdai}
\end{figure}
\input{STEM/evidence/evidence.tex}
\bibliographystyle{plain}
\bibliography{STEM/bibliography/references}
\end{document}
"""


def _run(args: list[str], cwd) -> str:
    run = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-3000:]
    return run.stdout


def test_valdai_bundle_drops_into_a_latex_paper(tmp_path, store):
    if not (shutil.which("pdflatex") and shutil.which("bibtex")):
        pytest.skip("no TeX engine (pdflatex, bibtex) installed")
    state = ViewState(focus=("episode:valdai-2014",))
    exporter = Exporter(store, state, subgraph_for(store, state))
    with zipfile.ZipFile(io.BytesIO(exporter.export("bundle").data)) as archive:
        archive.extractall(tmp_path)
    stem = exporter.stem
    caption = (tmp_path / stem / "caption.tex").read_text(encoding="utf-8").strip()
    (tmp_path / "paper.tex").write_text(PAPER.replace("STEM", stem).replace("CAPTION", caption), encoding="utf-8")
    latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "paper.tex"]
    _run(latex, tmp_path)
    _run(["bibtex", "paper"], tmp_path)
    _run(latex, tmp_path)
    log = _run(latex, tmp_path)
    assert "undefined" not in log.lower(), "a citation or reference stayed undefined"
    text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "paper.pdf")).pages)
    assert "Meeting of the Valdai International Discussion Club" in text  # footnote 6, in the bibliography
    assert "Putin" in text  # the evidence table

    manifest = json.loads((tmp_path / stem / "manifest.json").read_text())
    assert manifest["view"] == {"focus": "episode:valdai-2014"}
    graph = nx.read_graphml(tmp_path / stem / "data" / "view.graphml", force_multigraph=True)
    assert graph.number_of_nodes() == manifest["subgraph"]["nodes"]
    assert graph.number_of_edges() == manifest["subgraph"]["edges"]
