"""Your documents in the Paper view of the real app (AppTest): the Read picker, the document in the
paper's layout, the link form for a selected span (what the browser's selection hands to Python),
a refused link that changes nothing, and a saved one whose quote is the span verbatim."""

from __future__ import annotations

import pytest

from kg.namespaces import NKG
from kg.store.store import open_store
from kg.workspace import Workspace
from kg.workspace.check import checked
from kg.workspace.documents import read_document
from kg.workspace.history import History
from kg.workspace.statements import document
from tests.test_app import texts
from tests.test_app_workspace import app, click
from tests.test_documents import PAGES, make_pdf
from ui.workspace import _shared

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
TEXT = "Interview, Sochi.\n\nThe speech was theatre for the home audience, said the <i>diplomat</i>."
SPAN = "_kg_doc_span"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_WORKSPACE", str(tmp_path))
    _shared.clear()
    made, iri = document("Sochi <interview>", TEXT, author="Ann Analyst")
    pdf = read_document(make_pdf(), "riyadh.pdf")
    made_pdf, pdf_iri = document(pdf.title, pdf.text, author="Ann Analyst", pages=pdf.pages,
                                 media_type=pdf.media_type)
    History(tmp_path).commit(checked(Workspace((made, made_pdf)), open_store()))
    yield tmp_path, iri, pdf_iri, pdf.text
    _shared.clear()


def html(at) -> str:
    return "\n".join(str(getattr(e.proto, "body", "")) for e in at.get("html"))


def test_the_paper_view_opens_your_document_in_the_papers_layout(folder):
    _, iri, _, _ = folder
    at = app(view="paper")
    picker = at.selectbox(key="ws_read")
    assert picker.value == "The paper" and picker.options == ["The paper", "Your document: Sochi <interview>",
                                                             "Your document: riyadh"]
    assert "kg-doc" not in html(at)  # the paper, as before
    picker.set_value(iri).run()
    body = html(at)
    assert 'class="kg-paper kg-doc"' in body and "Sochi &lt;interview&gt;" in body
    assert '<span data-at="19">The speech was theatre' in body and "&lt;i&gt;diplomat&lt;/i&gt;" in body
    assert "<i>" not in body  # the document's markup stays text
    assert f"Your document, {len(TEXT)} characters; 0 passage(s)" in texts(at)


def test_the_link_form_makes_a_link_whose_quote_is_the_span(folder):
    path, iri, _, _ = folder
    at = app(view="paper")
    at.selectbox(key="ws_read").set_value(iri).run()
    start = TEXT.index("theatre")
    end = start + len("theatre for the home audience")
    at.session_state[SPAN] = (iri, start, end)  # what the component's selection hands over
    at.run()
    shown = texts(at)
    assert "> theatre for the home audience" in shown and f"characters {start}–{end}" in shown
    at.text_input(key="ws_name").set_value("Ann Analyst")
    at.selectbox(key="ws_span_subject").set_value(VALDAI)
    at.selectbox(key="ws_span_relation").set_value(str(NKG.involvesConcept))
    click(at, "ws_span_add")  # no object chosen: refused, nothing changes
    assert [e.value for e in at.error] == ["Choose the entity the link goes to, or a new one."]
    assert len(History(path).workspace) == 2 and at.session_state[SPAN] == (iri, start, end)
    at.selectbox(key="ws_span_object").set_value("A new entity…").run()
    at.text_input(key="ws_span_new_label").set_value("Theatre for the home audience")
    at.selectbox(key="ws_span_new_kind").set_value("concept")
    click(at, "ws_span_add")
    assert [s.value for s in at.success] == ["Your link was added, with this passage as its evidence."]
    ws = History(path).workspace
    own = ws.links()[-1]
    assert own.quote == TEXT[start:end] and own.source == iri and own.subject == VALDAI
    assert ws.labels()[own.object] == "Theatre for the home audience"
    assert [(s, e) for s, e, _ in ws.passages(iri)] == [(start, end)]
    assert 'class="kg-own"' in html(at)  # the new passage is marked
    click(at, "ws_span_show")
    assert "view" not in at.query_params  # the graph, the default view
    assert at.query_params["focus"] in (["episode:valdai-2014"], "episode:valdai-2014")


def test_a_pdf_passage_says_its_page(folder):
    path, _, pdf_iri, text = folder
    at = app(view="paper")
    at.selectbox(key="ws_read").set_value(pdf_iri).run()
    assert 'data-margin="p. 2 · not in the graph"' in html(at)
    start = text.index(PAGES[1])
    at.session_state[SPAN] = (pdf_iri, start, start + len(PAGES[1]))
    at.run()
    assert "riyadh (your document), p. 2, characters" in texts(at)
    at.text_input(key="ws_name").set_value("Ann Analyst")
    at.selectbox(key="ws_span_subject").set_value(VALDAI)
    at.selectbox(key="ws_span_relation").set_value(str(NKG.involvesConcept))
    at.selectbox(key="ws_span_object").set_value("https://w3id.org/negkg/id/concept/maskirovka")
    click(at, "ws_span_add")
    own = History(path).workspace.links()[-1]
    assert own.quote == PAGES[1] and own.where == "p. 2"
