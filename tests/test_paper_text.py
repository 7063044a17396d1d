"""The paper's text ships in data/text/, its sections are the graph's, and it is not RDF."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
import rdflib

from kg.errors import KGError
from kg.ingest.anchors import sections_of
from kg.ingest.validate import read_graph
from kg.namespaces import ID
from kg.store.paper import TEXT_PATH, read_text, repeats, section_spans
from kg.store.store import ROOT, default_files


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return read_graph(default_files())


def test_the_text_and_its_citation_ship_in_data():
    assert TEXT_PATH.parent == ROOT / "data" / "text"
    text = read_text()
    assert text.count("\n") > 200 and "When does the West learn?" in text
    readme = (TEXT_PATH.parent / "README.md").read_text(encoding="utf-8")
    assert 'Carsten Søndergaard, "Russian negotiating style. When does the West learn?"' in readme
    assert "European Policy Centre, Europe in the World Programme, 3 November 2025" in readme
    assert "Quirks of the extraction" in readme


def test_the_text_is_not_loaded_as_rdf():
    assert all(p.suffix == ".ttl" for p in default_files())
    assert TEXT_PATH not in default_files()
    done = subprocess.run([sys.executable, "-m", "kg", "load", "--store", "unused-store", str(TEXT_PATH)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1 and "unknown RDF file extension '.txt'" in done.stderr
    assert not (ROOT / "unused-store").exists()


def test_every_section_of_the_graph_is_found_in_the_text_in_order(graph):
    sections = sections_of(graph)
    assert len(sections) == 16
    text = read_text()
    spans = section_spans(text, sections)
    assert [s.iri for s in spans] == [iri for iri, _, _ in sections]
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    by_iri = {s.iri.rsplit("/", 1)[-1]: s for s in spans}
    assert text[by_iri["trait-6"].start:by_iri["trait-6"].body] == "6. ZERO-SUM THINKING"
    assert text[by_iri["introduction"].start:by_iri["introduction"].body] == (
        "Introduction: The logic of power in Russian diplomacy")
    assert text[by_iri["notes"].start:].startswith("- ¹ \"EXCERPTS FROM SPEECH BY GROMYKO")
    assert text[by_iri["mission-statement"].start:by_iri["mission-statement"].body] == "MISSION STATEMENT"


def test_a_section_the_text_does_not_hold_is_named():
    sections = [(f"{ID}section/a", "A", ("A",)), (f"{ID}section/b", "Missing", ("Missing", "MISSING"))]
    with pytest.raises(KGError, match=r"section/b: none of its headings \['Missing', 'MISSING'\]"):
        section_spans("title\n\nA\n\ntext\n", sections)


def test_the_pull_quotes_are_the_repeated_paragraphs():
    text = read_text()
    found = [text[a:b] for a, b in repeats(text)]
    assert len(found) == 4
    assert found[1] == "Europeans must acknowledge that Russia does not see the EU as a significant interlocutor."
    assert all(text.index(p) < a for p, (a, _) in zip(found, repeats(text)))
