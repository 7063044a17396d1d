"""The researcher's workspace (kg/workspace/): statements with PROV, SHACL on every change,
one TriG file that opens again only when it passes the upload's checks, versions with undo/redo."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import FOAF, PROV, RDF

from kg.errors import WorkspaceError
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import Exporter
from kg.namespaces import GRAPH, NKG
from kg.store.store import open_store
from kg.workspace import ViewTarget, Workspace, entity, link, note, source, to_trig
from kg.workspace.bibtex import parse_bibtex
from kg.workspace.check import checked, open_workspace
from kg.workspace.history import History
from kg.workspace.sync import hide, show

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
TRAIT3 = "https://w3id.org/negkg/id/trait/3"
BIBTEX = ("@article{smith2020, author = {Smith, Jane and {World Bank}}, title = {Talking to {Moscow}}, "
          "journal = {Survival}, year = {2020}, pages = {7--30}}")
QUOTE = "The Valdai speech was a calculated bluff."


def sample() -> Workspace:
    src_statement, src = source(parse_bibtex(BIBTEX, "10.1080/00396338.2020.1"), author="Ann Analyst")
    new_statement, kissinger = entity("Henry Kissinger", "person", author="Ann Analyst")
    return Workspace((src_statement, new_statement,
                      link(VALDAI, str(NKG.illustrates), TRAIT3, quote=QUOTE, source=src, where="p. 12",
                           author="Ann Analyst"),
                      link(VALDAI, str(NKG.participant), kissinger, quote="Kissinger attended Valdai.", source=src,
                           author="Ann Analyst"),
                      note(VALDAI, "Compare **Putnam** (1988) <script>x</script>", author="Ann Analyst"),
                      note((VALDAI, str(NKG.illustrates), TRAIT3), "Is this *really* trait 3?", author="Ann Analyst"),
                      note(ViewTarget("focus=episode:valdai-2014&hops=2"), "The view for my talk.", author="Bo")))


def test_every_statement_is_a_graph_of_its_own_with_its_provenance():
    ws = sample()
    ds = Dataset()
    ds.parse(data=to_trig(ws).decode(), format="trig")
    graphs = {str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith(str(GRAPH["workspace/"]))}
    assert graphs == {st.graph for st in ws.statements} and len(graphs) == 7
    for st in ws.statements:
        g = ds.graph(URIRef(st.graph))
        me = URIRef(st.graph)
        assert (me, RDF.type, NKG.WorkspaceStatement) in g
        assert g.value(me, PROV.generatedAtTime) is not None
        assert str(g.value(g.value(me, PROV.wasAttributedTo), FOAF.name)) in ("Ann Analyst", "Bo")
    links = {l.predicate: l for l in ws.links()}
    evidence = next(st for st in ws.statements if st.graph == links[str(NKG.illustrates)].graph)
    assert evidence.derived_from == links[str(NKG.illustrates)].source  # the link comes from the document
    assert ws.sources() == {links[str(NKG.illustrates)].source: "Talking to Moscow"}
    assert not any(st.graph.startswith(str(GRAPH["data/"])) for st in ws.statements)  # never the paper's


def test_notes_target_entities_links_and_views_and_are_searchable():
    ws = sample()
    targets = {type(n.target).__name__ for n in ws.notes()}
    assert targets == {"str", "tuple", "ViewTarget"}
    assert [n.text for n in ws.notes_on((VALDAI, str(NKG.illustrates), TRAIT3))] == ["Is this *really* trait 3?"]
    assert [n.author for n in ws.search_notes("PUTNAM")] == ["Ann Analyst"]
    assert [n.text for n in ws.search_notes("talk")] == ["The view for my talk."]
    assert ws.search_notes("nowhere") == []


def test_a_workspace_that_conforms_passes_and_one_that_does_not_is_refused(memory_store):
    ws = sample()
    assert checked(ws, memory_store) is ws
    # a relation the ontology does not evidence: the shapes refuse it, with a sentence
    src = ws.links()[0].source
    bad = ws.with_(link(VALDAI, "http://www.w3.org/2000/01/rdf-schema#seeAlso", TRAIT3, quote="Just because.",
                        source=src, author="Ann"))
    with pytest.raises(WorkspaceError, match="does not conform.*nkg:EvidencedProperty"):
        checked(bad, memory_store)


@pytest.mark.parametrize("bibtex, message", [
    ("@article{k, title={T}, year={2020}", "does not parse"),
    ("@article{k, author={A, B}, year={2020}}", "no title"),
    ("@article{k, author={A, B}, title={T}}", "needs a year"),
    ("@article{k, title={T}, year={2020}}", "names no author"),
    ("@article{a, author={A, B}, title={T}, year={2020}} @book{b, author={A, B}, title={T}, year={2020}}",
     "exactly one"),
])
def test_bibtex_that_cannot_cite_a_source_gets_a_sentence(bibtex, message):
    with pytest.raises(WorkspaceError, match=message):
        parse_bibtex(bibtex)


def test_user_input_is_refused_with_a_sentence():
    with pytest.raises(WorkspaceError, match="Set your name"):
        note(VALDAI, "x", author="  ")
    with pytest.raises(WorkspaceError, match="note is empty"):
        note(VALDAI, " \n ", author="Ann")
    with pytest.raises(WorkspaceError, match="neither a DOI"):
        parse_bibtex(BIBTEX, "javascript:alert(1)")
    src_statement, src = source(parse_bibtex(BIBTEX), author="Ann")
    with pytest.raises(WorkspaceError, match="already has a source with the key 'smith2020'"):
        Workspace((src_statement,)).with_(source(parse_bibtex(BIBTEX), author="Ann")[0])


def test_the_trig_file_opens_again_to_the_same_workspace(memory_store):
    ws = sample()
    again = open_workspace(to_trig(ws), "workspace.trig", store=memory_store)
    assert [(st.graph, st.triples) for st in again.statements] == [(st.graph, st.triples) for st in ws.statements]


@pytest.mark.parametrize("data, name, message", [
    (b"@prefix x: <http://e.org/> .\nx:a x:b x:c", "workspace.trig", "line 2"),
    (b"<http://e.org/a> <http://e.org/b> <http://e.org/c> .", "workspace.trig", "in the default graph"),
    (b"<https://w3id.org/negkg/graph/data/traits> { <http://e.org/a> <http://e.org/b> <http://e.org/c> . }",
     "workspace.trig", "graph <https://w3id.org/negkg/graph/data/traits>"),
    (b"<https://w3id.org/negkg/graph/workspace/x> { <http://e.org/a> <http://e.org/b> <http://e.org/c> . }",
     "workspace.trig", "does not describe itself"),
    (b"<https://w3id.org/negkg/graph/workspace/x> { <https://w3id.org/negkg/graph/workspace/x> a "
     b"<https://w3id.org/negkg/ns#WorkspaceStatement> . }", "workspace.trig", "prov:wasAttributedTo"),
    (b"\xff\xfe", "workspace.trig", "UTF-8"),
    (b"<a> <b> <c> .", "workspace.ttl", "not a workspace file"),
])
def test_a_bad_workspace_file_is_refused_with_a_sentence(memory_store, data, name, message):
    with pytest.raises(WorkspaceError, match=message):
        open_workspace(data, name, store=memory_store)


def test_undo_and_redo_survive_a_restart(tmp_path):
    first = Workspace((note(VALDAI, "one", author="Ann"),))
    second = first.with_(note(VALDAI, "two", author="Ann"))
    history = History(tmp_path)
    history.commit(first)
    history.commit(second)
    assert history.undo() == first
    again = History(tmp_path)  # a new process: the same place in the history
    assert again.workspace == first and again.can_undo and again.can_redo
    assert again.redo() == second
    assert again.undo() == first
    third = first.with_(note(VALDAI, "three", author="Ann"))
    again.commit(third)  # a change after undo drops what was left to redo
    assert not again.can_redo
    assert json.loads((tmp_path / "current.json").read_text()) == {"version": 2, "latest": 2, "revision": 7}  # every save counted
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == ["000000.trig", "000001.trig", "000002.trig"]
    assert (tmp_path / "workspace.trig").read_bytes() == (tmp_path / "versions" / "000002.trig").read_bytes()
    assert History(tmp_path).undo() == first
    with pytest.raises(WorkspaceError, match="nothing to undo"):
        History().undo()


def test_in_memory_history_belongs_to_its_owner():
    a, b = History(), History()
    a.commit(Workspace((note(VALDAI, "mine", author="Ann"),)))
    assert len(a.workspace) == 1 and len(b.workspace) == 0


def test_shown_in_a_store_the_workspace_is_marked_yours_and_taken_out_again():
    store = open_store()
    before = (store.backend.graphs(), store.triple_count())  # (content_hash takes minutes on a busy machine)
    ws = sample()
    show(store, ws)
    sg = subgraph_for(store, ViewState(focus=(VALDAI,)))
    edge = next(e for e in sg.edges if e.key == (VALDAI, str(NKG.illustrates), TRAIT3))
    assert [ev.quote for ev in edge.evidence] == [QUOTE]
    assert all(ev.upload.startswith(str(GRAPH["workspace/"])) for ev in edge.evidence)
    kissinger = next(n for n in sg.nodes if n.label == "Henry Kissinger")
    assert kissinger.upload and kissinger.kind == "person"
    exporter = Exporter(store, ViewState(focus=(VALDAI,)), sg)
    trig = exporter.export("trig")[0].decode()
    ds = Dataset()
    ds.parse(data=trig, format="trig")
    names = {str(g.identifier).split("?")[0].rsplit("/", 1)[-1]: g for g in ds.graphs()}
    mine = names["workspace"]
    assert (URIRef(VALDAI), NKG.illustrates, URIRef(TRAIT3)) in mine
    assert (URIRef(VALDAI), NKG.illustrates, URIRef(TRAIT3)) not in names["links"]  # never the paper's
    assert len(list(mine.triples((None, PROV.wasAttributedTo, None)))) >= 2  # who made the links in the view
    assert not any(QUOTE in str(o) for _, _, o in names["evidence"])
    bib = exporter.export("bibtex")[0].decode()
    assert "@article{smith2020," in bib and "Talking to Moscow" in bib and "https://doi.org/10.1080" in bib
    caption = exporter.export("caption")[0].decode()
    assert "from your own workspace's sources (not the paper)" in caption
    hide(store)
    assert (store.backend.graphs(), store.triple_count()) == before


DOCUMENT = "Interview, 3 May 2025.\nThe diplomat said: Valdai was theatre for the home audience.\nThen we ate."


def test_a_passage_of_an_own_document_is_evidence_anchored_word_for_word(memory_store):
    from kg.workspace.statements import document, find_passage, passage_link
    made, doc = document("Interview with a diplomat", DOCUMENT, author="Ann")
    start, end = find_passage(DOCUMENT, "Valdai was theatre for the home audience.")
    ws = Workspace((made, passage_link(VALDAI, str(NKG.illustrates), TRAIT3, document=doc, text=DOCUMENT,
                                       start=start, end=end, author="Ann")))
    assert checked(ws, memory_store) is ws  # the anchor passes the project's AnchorShape
    [(s, e, own)] = ws.passages(doc)
    assert DOCUMENT[s:e] == own.quote == "Valdai was theatre for the home audience."
    g = ws.triples()
    exact = next(g.objects(None, URIRef("http://www.w3.org/ns/oa#exact")))
    prefix = next(g.objects(None, URIRef("http://www.w3.org/ns/oa#prefix")))
    assert str(exact) == own.quote and DOCUMENT.count(str(prefix) + str(exact)) == 1
    again = open_workspace(to_trig(ws), "workspace.trig", store=memory_store)
    assert again.documents()[doc] == ("Interview with a diplomat", DOCUMENT)  # line breaks kept
    with pytest.raises(WorkspaceError, match="not in your document word for word"):
        find_passage(DOCUMENT, "Valdai was a theatre")


def test_a_change_made_from_an_outdated_workspace_is_refused_not_lost(tmp_path):
    history = History(tmp_path)
    base = history.workspace
    history.commit(base.with_(note(VALDAI, "from session A", author="Ann")), expected=base)
    with pytest.raises(WorkspaceError, match="changed in another session"):
        history.commit(base.with_(note(VALDAI, "from session B", author="Bo")), expected=base)
    assert [n.text for n in History(tmp_path).workspace.notes()] == ["from session A"]
