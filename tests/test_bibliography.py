"""The bibliography of a view: exactly the sources behind its links, plus the paper, in three formats."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy
from export_support import MINI_STATE, mini_store, mini_view  # noqa: F401

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.bibliography import PAPER, Name, bibtex, csl_json, references, ris, split_name
from kg.store.fetch import chunks
from kg.store.sparql import Raw, values

EXPECTED_MINI = ["sondergaard-2025", "ischinger-2018", "valdai-2014"]  # paper first, then footnote order


@pytest.fixture(scope="module")
def refs(mini_store, mini_view):
    return references(mini_store, mini_view)


def test_exactly_the_cited_sources_and_the_paper(refs):
    assert [r.key for r in refs] == EXPECTED_MINI  # not source:uncited-2020, which no exported link cites


def test_bibtex_parses_with_the_expected_entries(refs):
    library = bibtexparser.parse_string(bibtex(refs).decode("utf-8"))
    assert not library.failed_blocks
    entries = {e.key: e for e in library.entries}
    assert list(entries) == EXPECTED_MINI
    assert entries["sondergaard-2025"].entry_type == "techreport"
    assert entries["sondergaard-2025"]["author"] == "S{\\o}ndergaard, Carsten"
    assert entries["sondergaard-2025"]["institution"] == "European Policy Centre"
    assert entries["ischinger-2018"]["author"] == "Ischinger, Wolfgang and Cornelsen, Claudia"
    assert entries["ischinger-2018"]["address"] == "Berlin"
    assert entries["valdai-2014"]["author"] == "{President of Russia}"  # corporate: one name, not "Russia, P. of"
    assert entries["valdai-2014"]["month"] == "oct"
    assert entries["valdai-2014"]["date"] == "2014-10-24"


def test_ris_has_the_same_entries(refs):
    entries = rispy.loads(ris(refs).decode("utf-8"))
    assert [e["id"] for e in entries] == EXPECTED_MINI
    by_id = {e["id"]: e for e in entries}
    assert by_id["sondergaard-2025"]["type_of_reference"] == "RPRT"
    assert by_id["ischinger-2018"]["authors"] == ["Ischinger, Wolfgang", "Cornelsen, Claudia"]
    assert by_id["valdai-2014"]["authors"] == ["President of Russia"]  # no comma: a corporate name


def test_csl_json_has_the_same_entries_and_renders_with_citeproc(refs):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(csl_json(refs))
    assert [i["id"] for i in items] == EXPECTED_MINI
    by_id = {i["id"]: i for i in items}
    assert by_id["valdai-2014"]["author"] == [{"literal": "President of Russia"}]
    assert by_id["ischinger-2018"]["author"][1] == {"family": "Cornelsen", "given": "Claudia"}
    assert by_id["sondergaard-2025"]["issued"] == {"date-parts": [[2025, 11, 3]]}
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bib = CitationStylesBibliography(style, source, formatter.plain)
    for key in EXPECTED_MINI:
        bib.register(Citation([CitationItem(key)]))
    rendered = [str(entry) for entry in bib.bibliography()]
    assert any("Søndergaard" in r and "2025" in r for r in rendered)
    assert any("President of Russia" in r for r in rendered)


def test_keys_are_stable_across_views(mini_store):
    small = subgraph_for(mini_store, ViewState(focus=("episode:valdai-2014",), hops=1))
    keys = {r.citation.iri: r.key for r in references(mini_store, small)}
    assert keys[PAPER] == "sondergaard-2025"
    assert keys["https://w3id.org/negkg/id/source/valdai-2014"] == "valdai-2014"


def test_person_names_from_foaf_parts_win_over_splitting(refs):
    ischinger = next(r for r in refs if r.key == "ischinger-2018")
    assert ischinger.authors == (Name(family="Ischinger", given="Wolfgang"), Name(family="Cornelsen", given="Claudia"))


@pytest.mark.parametrize("label,name", [
    ("Carsten Søndergaard", Name(family="Søndergaard", given="Carsten")),
    ("Ursula von der Leyen", Name(family="Leyen", given="Ursula", particle="von der")),
    ("John F. Kennedy", Name(family="Kennedy", given="John F.")),
    ("Kennedy, John F.", Name(family="Kennedy", given="John F.")),
    ("Martin Luther King Jr.", Name(family="King", given="Martin Luther", suffix="Jr.")),
    ("Putin", Name(family="Putin")),
])
def test_split_name(label, name):
    assert split_name(label) == name


def test_latex_specials_in_fields_are_escaped(mini_view):
    from dataclasses import replace
    ref = references(None, mini_view)[0]
    odd = replace(ref, citation=replace(ref.citation, title="50% of {R&D} costs $5_000 ~ #1"))
    text = bibtex((odd,)).decode()
    entry = bibtexparser.parse_string(text).entries[0]
    assert entry["title"] == "{50\\% of \\{R\\&D\\} costs \\$5\\_000 \\textasciitilde{} \\#1}"


def _independent_expected(store, sg) -> set[str]:
    """The sources cited by the evidence of the view's links, straight from SPARQL (no kg.export.bibliography)."""
    cited: set[str] = set()
    subjects = sorted({e.source for e in sg.edges})
    for batch in chunks(subjects):
        for row in store.select("evidence", nodes=Raw(values(batch))):
            key = (str(row["s"]), str(row["p"]), str(row["o"]))
            if key in {e.key for e in sg.edges} and "source" in row:
                cited.add(str(row["source"]))
    return cited | {PAPER}


@pytest.mark.parametrize("hops,keys", [
    (1, ["sondergaard-2025", "fn6-kremlin-valdai-2014"]),  # the paper and footnote 6, the Valdai speech
    (2, ["sondergaard-2025", "fn5-majcin-2025", "fn6-kremlin-valdai-2014"]),  # + the Alaska summit commentary
])
def test_valdai_2014_neighbourhood_of_the_real_data(store, hops, keys):
    state = ViewState(focus=("episode:valdai-2014",), hops=hops)
    sg = subgraph_for(store, state)
    refs = references(store, sg)
    assert [r.key for r in refs] == keys
    assert {r.citation.iri for r in refs} == _independent_expected(store, sg)
    library = bibtexparser.parse_string(bibtex(refs).decode())
    assert [e.key for e in library.entries] == [r.key for r in refs]
    assert [e["id"] for e in rispy.loads(ris(refs).decode())] == [r.key for r in refs]
    assert [i["id"] for i in json.loads(csl_json(refs))] == [r.key for r in refs]

