"""The Workspace tab in the real app (AppTest): a note and a link with evidence, autosaved to the
workspace_folder, found again after a restart; drawn as the reader's; toggled; kept to its own session."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from kg.draw.style import OWN_COLOUR
from kg.namespaces import NKG
from kg.workspace.history import History
from tests.test_app import graph_payload, run, texts
from ui.workspace import _shared

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
TRAIT3 = "https://w3id.org/negkg/id/trait/3"
EDGE = f"{VALDAI}|{NKG.illustrates}|{TRAIT3}"
QUOTE = "Putin's Valdai speech was a calculated bluff, not a confession."
NOTE = "Compare with **Putnam** (1988): <b>two-level</b> games"
BIBTEX = ("@article{smith2020, author = {Smith, Jane}, title = {Talking to {Moscow}}, journal = {Survival}, "
          "year = {2020}}")


def app(**params: str) -> AppTest:
    return run(timeout=180, **params)  # a change is checked by SHACL twice: slower than a view


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def add_note_and_link(at: AppTest) -> AppTest:
    at.text_input(key="ws_name").set_value("Ann Analyst")
    at.text_area(key="ws_note_text").set_value(NOTE)
    click(at, "ws_add_note")
    assert [s.value for s in at.success] == ["Your note was added to the workspace."], texts(at)
    at.selectbox(key="ws_link_relation").set_value(str(NKG.illustrates))
    at.selectbox(key="ws_link_object").set_value(TRAIT3)
    at.text_area(key="ws_quote").set_value(QUOTE)
    at.text_input(key="ws_where").set_value("p. 12")
    at.text_input(key="ws_locator").set_value("10.1080/00396338.2020.1")
    at.text_area(key="ws_bibtex").set_value(BIBTEX)
    click(at, "ws_add_link")
    assert [s.value for s in at.success] == ["Your link and its evidence were added to the workspace."], texts(at)
    return at


def test_a_note_and_a_link_are_autosaved_and_found_again_after_a_restart(workspace_folder):
    at = app(view="workspace", sel="episode:valdai-2014")
    assert at.selectbox(key="ws_link_subject").value == VALDAI  # the selected entity starts the link
    add_note_and_link(at)
    assert len(History(workspace_folder).workspace) == 3  # the note, the source, the link: on disk at once

    _shared.clear()  # the app restarts on the same folder
    at = app(view="workspace")
    shown = texts(at)
    assert "Compare with \\*\\*Putnam\\*\\* (1988): \\<b\\>two-level\\</b\\> games" in "\n".join(
        m.value for m in at.markdown)  # the note's Markdown, escaped
    assert "**On Putin's speech at the Valdai Conference in Sochi (2014)**" in shown
    assert f"“{QUOTE}” (p. 12, Talking to Moscow)" in shown
    at.text_input(key="ws_note_search").set_value("putnam").run()
    assert "1 of 1 note(s) containing putnam" in texts(at)
    at.text_input(key="ws_note_search").set_value("nowhere").run()
    assert "0 of 1 note(s)" in texts(at)

    graph = app(focus="episode:valdai-2014", sel="episode:valdai-2014")
    edge = next(e for e in graph_payload(graph)["edges"] if e["id"] == EDGE)
    assert edge["own"] and edge["color"]["color"] == OWN_COLOUR and edge["dashes"]
    assert any(row["label"] == "your link (your workspace, not the paper)" for row in graph_payload(graph)["legend"])
    panel = texts(graph)
    assert "**Your notes** (1) — your workspace, not the paper" in panel and "two-level" in panel

    link = app(focus="episode:valdai-2014", edge="episode:valdai-2014|nkg:illustrates|trait:3")
    panel = texts(link)
    assert "1 evidence passage(s) from your workspace: your sources, not the paper" in panel
    assert QUOTE in panel and "Your workspace (your evidence, not the paper's), which cites: Section: p. 12" in panel


def test_the_toggle_takes_the_workspace_out_of_the_graph_and_undo_redo_work(workspace_folder):
    at = app(view="workspace", sel="episode:valdai-2014")
    add_note_and_link(at)
    at.toggle(key="ws_show").set_value(False).run()
    at.query_params["view"] = "graph"
    at.query_params["focus"] = "episode:valdai-2014"
    at.run()
    assert EDGE not in {e["id"] for e in graph_payload(at)["edges"]}
    at.run()  # a rerun on another tab keeps the switch where it was
    assert EDGE not in {e["id"] for e in graph_payload(at)["edges"]}
    at.toggle(key="ws_show").set_value(True).run()
    assert EDGE in {e["id"] for e in graph_payload(at)["edges"]}
    at.query_params["view"] = "workspace"
    at.run()
    click(at, "ws_rm_" + History(workspace_folder).workspace.links()[0].graph)
    assert len(History(workspace_folder).workspace) == 2
    at.button[[b.label for b in at.button].index("Undo")].click().run()
    assert len(History(workspace_folder).workspace) == 3
    at.button[[b.label for b in at.button].index("Redo")].click().run()
    assert len(History(workspace_folder).workspace) == 2


def test_without_a_folder_each_session_keeps_its_own_workspace():
    mine = app(view="workspace")
    mine.text_input(key="ws_name").set_value("Ann")
    mine.text_area(key="ws_note_text").set_value("only mine")
    click(mine, "ws_add_note")
    assert "only mine" in texts(mine)
    other = app(view="workspace")
    assert "only mine" not in texts(other) and "No notes yet." in texts(other)


def test_a_note_without_a_name_is_refused_and_nothing_changes():
    at = app(view="workspace")
    at.text_area(key="ws_note_text").set_value("anonymous")
    click(at, "ws_add_note")
    assert [e.value for e in at.error] == ["Set your name first: every statement in the workspace says who made it."]
    assert "No notes yet." in texts(at)


def test_a_note_on_a_link_shows_in_the_links_panel(workspace_folder):
    edge = "episode:valdai-2014|nkg:illustrates|trait:6"
    at = app(view="workspace", sel="episode:valdai-2014", edge=edge)
    at.text_input(key="ws_name").set_value("Ann")
    at.radio(key="ws_note_on").set_value(1).run()  # 0: the entity, 1: the link, 2: the view
    at.text_area(key="ws_note_text").set_value("Why zero-sum *here*?")
    click(at, "ws_add_note")
    assert "On the link Putin's speech at the Valdai Conference in Sochi (2014) — illustrates — Zero-sum thinking" \
        in texts(at)
    panel = texts(app(focus="episode:valdai-2014", edge=edge))
    assert "**Your notes** (1) — your workspace, not the paper" in panel and "Why zero-sum \\*here\\*?" in "\n".join(
        m.value for m in app(focus="episode:valdai-2014", edge=edge).markdown)


def test_the_folder_comes_from_the_command_line_or_the_environment(monkeypatch, tmp_path):
    from ui.workspace import workspace_dir
    monkeypatch.delenv("KG_WORKSPACE", raising=False)
    monkeypatch.setattr("sys.argv", ["app.py"])
    assert workspace_dir() is None
    monkeypatch.setenv("KG_WORKSPACE", str(tmp_path / "env"))
    assert workspace_dir() == str(tmp_path / "env")
    monkeypatch.setattr("sys.argv", ["app.py", "--workspace", str(tmp_path / "arg")])  # streamlit run app.py -- …
    assert workspace_dir() == str(tmp_path / "arg")


def test_a_folder_that_cannot_be_read_is_a_sentence_and_is_left_alone(workspace_folder):
    (workspace_folder / "current.json").write_text("{not json")
    at = app(view="workspace")
    assert any("is not a workspace pointer" in e.value for e in at.error), [e.value for e in at.error]
    assert "kept in this browser session only" in texts(at)
    assert (workspace_folder / "current.json").read_text() == "{not json"
    graph = app()  # every other view works as before
    assert graph_payload(graph)["nodes"]


def test_a_pasted_document_gives_evidence_anchored_in_it(workspace_folder):
    text = "Notes from Sochi.\nThe speech was theatre for the home audience, said the diplomat.\n"
    at = app(view="workspace", sel="episode:valdai-2014")
    at.text_input(key="ws_name").set_value("Ann")
    at.text_input(key="ws_doc_title").set_value("Sochi notes")
    at.text_area(key="ws_doc_text").set_value(text)
    click(at, "ws_add_doc")
    assert "Your document was added" in at.success[0].value
    doc = next(iter(History(workspace_folder).workspace.documents()))
    at.selectbox(key="ws_link_relation").set_value(str(NKG.illustrates))
    at.selectbox(key="ws_link_object").set_value(TRAIT3)
    at.selectbox(key="ws_link_source").set_value(doc)
    at.text_area(key="ws_quote").set_value("theatre for the home audience")
    click(at, "ws_add_link")
    assert [s.value for s in at.success] == ["Your link and its evidence were added to the workspace."], texts(at)
    [(start, end, own)] = History(workspace_folder).workspace.passages(doc)
    assert text[start:end] == own.quote == "theatre for the home audience"
    assert ":violet-background[theatre for the home audience]" in "\n".join(m.value for m in at.markdown)
    panel = texts(app(focus="episode:valdai-2014", edge="episode:valdai-2014|nkg:illustrates|trait:3"))
    assert "“theatre for the home audience”" in panel and "Sochi notes" in panel
