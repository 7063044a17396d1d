"""An upload is the reader's, never the paper's: marked in the detail panel, the drawing and the exports.

The app runs on a session store that holds a real upload (accepted by the same checks the upload
panel runs), put where the panel puts it.
"""

from __future__ import annotations

import re

import pytest
from rdflib import Dataset, URIRef
from streamlit.testing.v1 import AppTest

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import Exporter
from kg.ingest.upload import accept_upload
from kg.store.store import open_store
from tests.test_app import APP, graph_payload, plain, texts
from ui.export_panel import PANEL_KEY

MINE = "https://example.org/mine/"
QUOTE = "My own reading: reflexive control is deception by another name"
CODING = f"""@prefix nkg: <https://w3id.org/negkg/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix mine: <{MINE}> .
mine:reflexive-control a nkg:Concept ; rdfs:label "Reflexive control" ;
    nkg:illustrates <https://w3id.org/negkg/id/trait/7> .
mine:evidence a nkg:Evidence ;
    nkg:subject mine:reflexive-control ; nkg:predicate nkg:illustrates ;
    nkg:object <https://w3id.org/negkg/id/trait/7> ;
    nkg:quote "{QUOTE}" ;
    nkg:inSection <https://w3id.org/negkg/id/section/title-page> ;
    nkg:citedSource <https://w3id.org/negkg/id/source/sondergaard-2025> .
""".encode()


@pytest.fixture(scope="module")
def own_store():
    store = open_store()
    accept_upload(store, CODING, "my-coding.ttl")
    return store


def run_with(store, *, opened: tuple[str, ...] = (), **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["_kg_session_store"] = store
    for key in opened:  # an expander filled only while open (the export panel)
        at.session_state[key] = True
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_uploaded_entity_says_it_is_yours(own_store):
    at = run_with(own_store, focus="trait:7", sel=MINE + "reflexive-control")
    shown = texts(at)
    assert "Concept · your upload (my-coding)" in shown
    assert QUOTE in shown
    markdown = [plain(m.value) for m in at.markdown]
    headings = [m for m in markdown if m.startswith("**Traits, in ")]
    assert headings == ["**Traits, in your upload's words** (my-coding)"], headings


def test_an_uploaded_quote_is_listed_apart_from_the_papers_words(own_store):
    at = run_with(own_store, focus="trait:7", sel="trait:7")
    markdown = [plain(m.value) for m in at.markdown]
    paper = markdown.index("**Traits, in the paper's words**")
    yours = markdown.index("**Traits, in your upload's words** (my-coding)")
    mine = next(i for i, m in enumerate(markdown) if QUOTE in m)
    assert mine > yours and not paper < mine < yours
    captions = [plain(c.value) for c in at.caption]
    assert any(c.startswith("Your upload my-coding, which cites: ") for c in captions)


def test_an_uploaded_link_says_whose_evidence_it_is(own_store):
    at = run_with(own_store, focus="trait:7", edge=f"{MINE}reflexive-control|nkg:illustrates|trait:7",
                  opened=(PANEL_KEY,))
    shown = texts(at)
    assert "1 evidence passage(s) from your upload (my-coding)" in shown and QUOTE in shown
    assert "evidence passage(s) from the paper" not in shown
    assert re.search(r"backed by \d+ verbatim quotes from the paper and 1 from your upload", shown)


def test_uploaded_nodes_are_drawn_dashed_and_in_the_legend(own_store):
    drawn = graph_payload(run_with(own_store, focus="trait:7"))
    mine = [n for n in drawn["nodes"] if n.get("uploaded")]
    assert [n["id"] for n in mine] == [MINE + "reflexive-control"]
    assert mine[0]["shapeProperties"]["borderDashes"]
    others = [n for n in drawn["nodes"] if not n.get("uploaded")]
    assert others and not any(n.get("shapeProperties", {}).get("borderDashes") and n["shape"] != "box"
                               for n in others if n["id"].startswith("https://w3id.org/negkg/id/episode"))
    assert any(row["label"] == "your upload (dashed outline)" for row in drawn["legend"])


def test_an_upload_is_exported_in_its_own_named_graph(own_store):
    state = ViewState(focus=("trait:7",))
    exporter = Exporter(own_store, state, subgraph_for(own_store, state))
    ds = Dataset()
    ds.parse(data=exporter.export("trig").data, format="trig")
    names = {str(g.identifier): g for g in ds.graphs()}
    upload = next(g for name, g in names.items() if "/view/upload" in name)
    assert (URIRef(MINE + "reflexive-control"), URIRef("https://w3id.org/negkg/ns#illustrates"),
            URIRef("https://w3id.org/negkg/id/trait/7")) in upload
    assert any(str(o) == QUOTE for o in upload.objects())
    for name, g in names.items():
        if "/view/upload" not in name:
            assert not any(MINE in str(t) for triple in g for t in triple), name


def test_the_evidence_tables_say_which_quotes_are_the_readers(own_store):
    state = ViewState(focus=("trait:7",))
    exporter = Exporter(own_store, state, subgraph_for(own_store, state))
    markdown = exporter.export("evidence-md").data.decode()
    mine = [line for line in markdown.splitlines() if "My own reading" in line]
    assert len(mine) == 1 and "*(your upload my-coding)*" in mine[0]
    assert sum("your upload" in line for line in markdown.splitlines()) == 1
    latex = exporter.export("evidence-tex").data.decode()
    assert "\\emph{(your upload my-coding)}" in latex
    assert "From your upload my-coding, not the paper." in exporter.export("evidence-csv").data.decode()


def test_a_cell_dialog_shows_a_hostile_name_as_text():
    from tests.test_app import dialogs
    hostile = "![x](http://host.invalid/p.png) [click](http://host.invalid/)"
    store = open_store()
    accept_upload(store, CODING.replace(b'"Reflexive control"', f'"{hostile}"'.encode()), "hostile.ttl")
    at = run_with(store, view="matrix", kind="concept", edge=f"{MINE}reflexive-control|nkg:illustrates|trait:7")
    title = dialogs(at)[0].proto.dialog.title
    assert "host.invalid" in title and not re.search(r"(?<!\\)\]\(", title) and not re.search(r"(?<!\\)!\[", title)


def test_search_hits_from_an_upload_say_so(own_store):
    at = run_with(own_store)
    at.text_input(key="w_search").input("reflexive").run()
    labels = [plain(b.label) for b in at.button if b.key and b.key.startswith("hit_")]
    assert labels == ["Reflexive control · concept · your upload"]
