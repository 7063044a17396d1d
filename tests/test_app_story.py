"""The story in the real app (AppTest): two views added with their notes from the sidebar, autosaved
in the workspace workspace_folder; played step by step (each step a permalink, so the URL — and Back — decides
the step shown, its note beside the view); reordered, a note edited and a step deleted in the
Workspace tab."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from kg.store.store import ROOT
from kg.workspace.history import History
from kg.workspace.story import stories
from tests.test_app import run, texts

VALDAI = {"focus": "episode:valdai-2014", "hops": "2"}
TRAIT6 = {"focus": "trait:6"}
FIRST = "Start at Valdai: <b>two</b> links deep, *as written*"
SECOND = "Then trait 6, zero-sum thinking."


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def goto(at: AppTest, params: dict[str, str]) -> AppTest:
    """What the browser's address bar (or Back) does: a new URL, the same session."""
    for key in list(at.query_params):
        del at.query_params[key]
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def said(at: AppTest) -> str:
    return "\n".join([s.value for s in at.success] + [texts(at)])


def url(at: AppTest) -> dict[str, str]:
    return {k: v[0] if isinstance(v, list) else v for k, v in at.query_params.items()}


def saved(workspace_folder) -> list[tuple[str, str]]:
    found = stories(History(workspace_folder).workspace)
    assert len(found) == 1
    return [(s.view, s.note) for s in found[0][0].steps]


def test_add_two_views_play_them_and_reorder(workspace_folder):
    at = run(timeout=180, **VALDAI)
    at.text_input(key="story_author").set_value("Ann Analyst")
    at.text_area(key="story_note").set_value(FIRST)
    click(at, "story_add")
    assert "This view is now step 1 of your story." in said(at)
    goto(at, TRAIT6)
    at.text_area(key="story_note").set_value(SECOND)
    click(at, "story_add")
    assert "This view is now step 2 of your story." in said(at)
    assert saved(workspace_folder) == [("focus=episode:valdai-2014&hops=2", FIRST), ("focus=trait:6", SECOND)]

    click(at, "story_play_side")  # play: the URL is step 1's permalink, its note beside the view
    assert url(at) == VALDAI
    shown = texts(at)
    assert "**Your story** — step 1 of 2" in shown
    assert "Start at Valdai: \\<b\\>two\\</b\\> links deep, \\*as written\\*" in "\n".join(m.value for m in at.markdown)
    assert at.button(key="story_prev").disabled and not at.button(key="story_next").disabled
    click(at, "story_next")
    assert url(at) == TRAIT6 and "**Your story** — step 2 of 2" in texts(at) and at.button(key="story_next").disabled
    assert SECOND in texts(at)
    goto(at, VALDAI)  # Back
    assert "**Your story** — step 1 of 2" in texts(at)
    goto(at, {"focus": "actor:russia"})  # wandered off
    assert "this view is not a step of the story" in texts(at)
    click(at, "story_back")
    assert url(at) == VALDAI
    click(at, "story_stop")
    assert "step 1 of 2" not in texts(at)

    goto(at, {"view": "workspace"})
    assert "**Step 1** · ?focus=episode:valdai-2014&hops=2" in texts(at)
    click(at, "story_down_0")
    assert saved(workspace_folder) == [("focus=trait:6", SECOND), ("focus=episode:valdai-2014&hops=2", FIRST)]
    note = next(t for t in at.text_area if t.label == "Note of step 1")
    assert note.value == SECOND
    note.set_value("Trait 6 first.")
    click(at, "story_save_0")
    assert saved(workspace_folder)[0] == ("focus=trait:6", "Trait 6 first.")
    at.text_input(key=next(t.key for t in at.text_input if t.label == "Story title")).set_value("Valdai and trait 6")
    click(at, "story_rename")
    click(at, "story_delete_1")
    assert saved(workspace_folder) == [("focus=trait:6", "Trait 6 first.")]
    assert stories(History(workspace_folder).workspace)[0][0].title == "Valdai and trait 6"
    assert "**Step 1** · ?focus=trait:6" in texts(at) and "**Step 2**" not in texts(at)
    assert "Story: Valdai and trait 6" in texts(at)  # listed with the workspace's statements


def test_a_refused_step_changes_nothing(workspace_folder):
    at = run(timeout=180, **VALDAI)
    at.text_area(key="story_note").set_value("no name set")
    click(at, "story_add")
    assert "Set your name first" in texts(at)
    assert stories(History(workspace_folder).workspace) == []


def test_opening_story_json_checks_it_against_the_store(workspace_folder):
    at = run(timeout=180, view="workspace")
    at.text_input(key="ws_name").set_value("Ann Analyst")
    bad = b'{"title": "T", "steps": [{"view": "focus=trait:6", "note": ""}, {"view": "focus=episode:atlantis", "note": ""}]}'
    at.file_uploader(key="w_story_open").set_value(("talk.json", bad, "application/json")).run()
    assert not at.exception
    assert ("talk.json, step 2: the view 'focus=episode:atlantis' focus names episode:atlantis, which is not in "
            "the store.") in texts(at).replace("\\", "")
    assert stories(History(workspace_folder).workspace) == []  # nothing half-loaded
    example = (ROOT / "data" / "examples" / "STORY.json").read_bytes()
    at.file_uploader(key="w_story_open").set_value(("STORY.json", example, "application/json")).run()
    assert "Opened STORY.json: 3 step(s). Undo goes back to the story before." in said(at)
    assert [v for v, _ in saved(workspace_folder)] == ["focus=episode:valdai-2014&hops=2", "focus=trait:6", "view=argument"]
    assert "**Step 3** · ?view=argument" in texts(at)


def test_on_the_workspace_tab_add_records_the_view_you_came_from(workspace_folder):
    """The Workspace tab is no view of the graph: there, "Add" adds the view the reader was looking
    at before (its tab remembered, its focus kept in the URL by the switch), never view=workspace."""
    at = run(timeout=180, view="timeline", **VALDAI)
    at.button_group(key="w_view").set_value("workspace").run()
    assert url(at) == {"view": "workspace", **VALDAI}
    at.text_input(key="ws_name").set_value("Ann Analyst")
    assert at.button(key="story_add").label == "Add the view you came from to the story"
    assert "It adds ?view=timeline&focus=episode:valdai-2014&hops=2" in texts(at)
    at.text_area(key="story_note").set_value(FIRST)
    click(at, "story_add")
    assert "The view you came from is now step 1 of your story." in said(at)
    assert saved(workspace_folder) == [("view=timeline&focus=episode:valdai-2014&hops=2", FIRST)]
    fresh = run(timeout=180, view="workspace", **TRAIT6)  # opened on the Workspace tab: the graph's
    fresh.text_input(key="ws_name").set_value("Ann Analyst")
    click(fresh, "story_add")
    assert [view for view, _ in saved(workspace_folder)][-1] == "focus=trait:6"
    click(at, "story_play_side")  # the step plays the timeline, not the Workspace tab
    assert url(at) == {"view": "timeline", **VALDAI}
