"""Stories (issue 16, item 5): STORY.json read strictly and written back, kept in the workspace, and
exported by ``python -m kg export --story`` as a PDF, an offline HTML file and a bundle."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pdfplumber
import pytest
from export_support import mini_store_dir  # noqa: F401

from kg.cli.main import main
from kg.draw.plan import MIN_FONT
from kg.errors import WorkspaceError
from kg.explore.views import subgraph_for
from kg.export.caption import caption
from kg.export.exporter import Exporter
from kg.store.store import ROOT
from kg.workspace import Workspace
from kg.workspace.check import checked
from kg.workspace.history import History
from kg.workspace.story import Step, Story, read_story, stories, story_json, story_statement
from tests.test_figure_legibility import _overlapping_pairs

EXAMPLE = ROOT / "data" / "examples" / "STORY.json"
GOOD = {"view": "focus=episode:valdai-2014&hops=2", "note": "Start here."}


def doc(*steps, **top) -> bytes:
    return json.dumps({"title": "A story", "steps": list(steps), **top}).encode()


def run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(args, out=out), out.getvalue()


def words(text: str) -> str:
    return " ".join(text.split())


# -- the file -------------------------------------------------------------------------------

def test_the_example_story_reads_against_the_store_and_writes_back_the_same(memory_store):
    story = read_story(EXAMPLE.read_bytes(), store=memory_store)
    assert [s.view for s in story.steps] == ["focus=episode:valdai-2014&hops=2", "focus=trait:6", "view=argument"]
    assert read_story(story_json(story), store=memory_store) == story
    assert json.loads(story_json(story)) == json.loads(EXAMPLE.read_bytes())


def test_views_are_kept_in_their_canonical_form():
    story = read_story(doc({"view": "?hops=2&focus=episode%3Avaldai-2014&view=graph", "note": ""}))
    assert story.steps[0].view == "focus=episode:valdai-2014&hops=2"


@pytest.mark.parametrize("data, expected", [
    (b'{"title": "T", "steps": [', "STORY.json is not JSON: Expecting value at line 1, column 26."),
    (b"\xff\xfe", "STORY.json is not UTF-8 text (byte 0)."),
    (b'["a"]', 'STORY.json must be a JSON object {"title": …, "steps": […]}.'),
    (doc(GOOD, author="me"), 'STORY.json must have exactly the keys "title" and "steps"; it also has \'author\'.'),
    (b'{"title": "T"}', 'STORY.json must have exactly the keys "title" and "steps"; one is missing.'),
    (doc(), 'STORY.json: "steps" must be a non-empty list of {"view": …, "note": …} objects.'),
    (doc(GOOD, title=" "), "STORY.json: the title is empty."),
    (doc(GOOD, "focus=trait:6"), 'STORY.json, step 2 must be an object with exactly the keys "view" and "note".'),
    (doc(GOOD, {"view": "focus=trait:6"}),
     'STORY.json, step 2 must be an object with exactly the keys "view" and "note".'),
    (doc(GOOD, {"view": "focus=trait:6", "note": 7}), "STORY.json, step 2: the note must be a string, not int."),
    (doc(GOOD, {"view": "focus=trait:6&zoom=2", "note": ""}),
     "STORY.json, step 2: the view 'focus=trait:6&zoom=2' does not parse: unknown parameter 'zoom'"),
    (doc(GOOD, GOOD, {"view": "hops=7", "note": ""}),
     "STORY.json, step 3: the view 'hops=7' does not parse: hops must be between 0 and 3; got 7."),
    (doc({"view": "focus=trait:6&focus=trait:2", "note": ""}),
     "STORY.json, step 1: the view 'focus=trait:6&focus=trait:2' does not parse: the parameter 'focus' is given twice."),
    (doc({"view": "focus=trait:6&hops", "note": ""}),
     "STORY.json, step 1: the view 'focus=trait:6&hops' does not parse: expected NAME=VALUE pairs"),
    (doc(GOOD, {"view": "view=nowhere", "note": ""}),
     "STORY.json, step 2: the view 'view=nowhere' does not parse: Unknown view 'nowhere'"),
])
def test_a_bad_file_is_refused_with_the_step_and_what_is_wrong(data, expected):
    with pytest.raises(WorkspaceError) as refused:
        read_story(data)
    assert str(refused.value).startswith(expected), str(refused.value)


@pytest.mark.parametrize("view, expected", [
    ("focus=episode:nowhere-1999", "focus names episode:nowhere-1999, which is not in the store."),
    ("focus=trait:6&sel=actor:nobody", "sel names actor:nobody, which is not in the store."),
    ("trait=6,9", "names trait 9, which is not in the store."),
])
def test_a_step_naming_what_the_store_lacks_is_refused(memory_store, view, expected):
    with pytest.raises(WorkspaceError) as refused:
        read_story(doc(GOOD, {"view": view, "note": "x"}), source="talk.json", store=memory_store)
    assert str(refused.value) == f"talk.json, step 2: the view {view!r} {expected}"
    read_story(doc(GOOD, {"view": view, "note": "x"}))  # without a store: only the syntax is checked


def test_editing_a_story_keeps_its_steps_in_order():
    story = Story("T").with_step("hops=2&focus=episode:valdai-2014", "one").with_step("focus=trait:6", "two")
    story = story.with_step("view=argument", "three")
    assert [s.note for s in story.moved(2, -1).steps] == ["one", "three", "two"]
    assert [s.note for s in story.moved(0, -1).steps] == ["one", "two", "three"]  # already first
    assert [s.note for s in story.without_step(1).steps] == ["one", "three"]
    assert story.with_note(1, "deux").steps[1] == Step("focus=trait:6", "deux")
    with pytest.raises(WorkspaceError, match="The story has no step 4 \\(it has 3\\)."):
        story.without_step(3)


# -- in the workspace ----------------------------------------------------------------------

def test_a_story_round_trips_through_the_workspace_file(memory_store, tmp_path):
    story = read_story(EXAMPLE.read_bytes(), store=memory_store)
    statement, saved = story_statement(story, author="Ann Analyst")
    ws = checked(Workspace((statement,)), memory_store)  # the project's shapes accept it
    assert statement.kind == "story" and statement.author == "Ann Analyst"
    history = History(tmp_path)
    history.commit(ws)
    again = stories(History(tmp_path).workspace)  # read back from the autosave folder's TriG
    assert [s for s, _ in again] == [saved]
    assert saved.iri and saved.steps == story.steps and saved.title == story.title
    edited, _ = story_statement(saved.moved(0, 1), author="Ann Analyst")
    ws2 = ws.without(statement.graph).with_(edited)
    assert [s.iri for s, _ in stories(ws2)] == [saved.iri]  # the same story, a new version
    assert [s.view for s in stories(ws2)[0][0].steps][:2] == ["focus=trait:6", "focus=episode:valdai-2014&hops=2"]


def test_the_shapes_refuse_a_story_without_steps(memory_store):
    statement, _ = story_statement(Story("T", (Step("focus=trait:6", ""),)), author="Ann")
    broken = type(statement)(statement.graph, frozenset(t for t in statement.triples if "step-1" not in str(t[0])
                                                       and "step-1" not in str(t[2])))
    with pytest.raises(WorkspaceError, match="A story needs at least one step"):
        checked(Workspace((broken,)), memory_store)


# -- python -m kg export --story --------------------------------------------------------------

@pytest.fixture(scope="module")
def story_pdf(tmp_path_factory) -> bytes:
    target = tmp_path_factory.mktemp("story") / "story.pdf"
    code, out = run(["export", "--story", str(EXAMPLE), "--format", "pdf", "-o", str(target)])
    assert code == 0 and out.startswith(f"Wrote {target}") and "3 steps" in out
    return target.read_bytes()


def test_the_pdf_has_a_title_page_and_one_page_per_step_with_its_caption_and_note(story_pdf, memory_store):
    story = read_story(EXAMPLE.read_bytes())
    with pdfplumber.open(io.BytesIO(story_pdf)) as pdf:
        texts = [words(page.extract_text()) for page in pdf.pages]
    assert len(texts) == 1 + len(story.steps)
    assert texts[0].startswith(story.title) and "3 views" in texts[0]
    for number, (step, text) in enumerate(zip(story.steps, texts[1:]), 1):
        assert text.startswith(f"Step {number} of 3: ")
        assert "Note: " + words(step.note) in text
        view = Exporter(memory_store, step.state, subgraph_for(memory_store, step.state))
        assert words(view.caption) in text  # the screen's caption (kg.export.caption), the key's sentence after it
        assert words(caption(view.subgraph, step.state, next(r.citation for r in view.references if r.is_paper))) \
            in text
        assert f"View: ?{step.view}" in text


def test_every_page_of_the_pdf_is_legible(story_pdf):
    with pdfplumber.open(io.BytesIO(story_pdf)) as pdf:
        for number, page in enumerate(pdf.pages):
            chars = page.chars
            assert min(c["size"] for c in chars) >= MIN_FONT - 0.005, f"page {number + 1}: text under 7 pt"
            assert not [c for c in chars if c["x0"] < 0 or c["x1"] > page.width or c["top"] < 0
                        or c["bottom"] > page.height], f"page {number + 1}: text off the page"
            found = page.extract_words(use_text_flow=True, x_tolerance=1.5)
            assert not _overlapping_pairs(found), f"page {number + 1}: overlapping words"


def test_the_html_holds_every_step_with_its_note_escaped_and_no_address_off_the_machine(tmp_path):
    path = tmp_path / "talk.json"
    hostile = "</script><img src=x onerror=\"window.__pwned=1\"> **bold**"
    path.write_text(json.dumps({"title": "<b>T</b>", "steps": [GOOD, {"view": "focus=trait:6", "note": hostile}]}))
    target = tmp_path / "t.html"
    assert run(["export", "--story", str(path), "--format", "html", "-o", str(target)])[0] == 0
    html = target.read_text("utf-8")
    assert "<title>&lt;b&gt;T&lt;/b&gt;</title>" in html and "<img" not in html
    data = json.loads(re.search(r'<script type="application/json" id="kg-story">(.*?)</script>', html, re.DOTALL)[1])
    assert [s["note"] for s in data["steps"]] == ["Start here.", hostile]
    assert [s["view"] for s in data["steps"]] == [GOOD["view"], "focus=trait:6"]
    assert all(s["rows"] and s["graph"]["nodes"] for s in data["steps"])
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)


def test_the_bundle_holds_every_step_one_bibliography_and_the_story(tmp_path, mini_store_dir):  # noqa: F811
    path = tmp_path / "STORY.json"
    path.write_text(json.dumps({"title": "Two views", "steps": [
        {"view": "focus=episode:valdai-2014", "note": "one"}, {"view": "focus=trait:6&hops=0", "note": "two"}]}))
    target = tmp_path / "story.zip"
    code, _ = run(["export", "--store", str(mini_store_dir), "--story", str(path), "--format", "bundle",
                   "-o", str(target)])
    assert code == 0
    with zipfile.ZipFile(target) as z:
        names = set(z.namelist())
        assert json.loads(z.read("STORY.json"))["steps"][1] == {"view": "focus=trait:6&hops=0", "note": "two"}
        for n in ("01", "02"):
            assert {f"steps/{n}/data/view.ttl", f"steps/{n}/manifest.json", f"steps/{n}/note.md",
                    f"steps/{n}/bibliography/references.bib"} <= names
        merged = z.read("bibliography/references.bib").decode()
        per_step = [set(re.findall(r"^@\w+\{([^,]+),", z.read(f"steps/{n}/bibliography/references.bib").decode(),
                                   re.MULTILINE)) for n in ("01", "02")]
        assert set(re.findall(r"^@\w+\{([^,]+),", merged, re.MULTILINE)) == per_step[0] | per_step[1]
        assert per_step[0] != per_step[1]  # the union is not one step's
        assert "README.txt" in names and "?focus=trait:6&hops=0" in z.read("README.txt").decode()


def test_a_bad_story_is_refused_with_its_step_and_nothing_is_written(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"title": "T", "steps": [GOOD, {"view": "focus=episode:atlantis", "note": ""}]}))
    target = tmp_path / "out.pdf"
    code, _ = run(["export", "--story", str(path), "--format", "pdf", "-o", str(target)])
    assert code == 1 and not target.exists()
    assert "bad.json, step 2: the view 'focus=episode:atlantis' focus names episode:atlantis, which is not in " \
           "the store." in capsys.readouterr().err
    code, _ = run(["export", "--story", str(path), "--format", "ttl", "-o", str(target)])
    assert code == 1 and "--story exports as pdf, html, bundle; not 'ttl'." in capsys.readouterr().err
