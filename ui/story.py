"""The story in the app: "Add this view to the story" from any view, the Story section of the
Workspace tab (reorder, edit a note, delete, download or open STORY.json) and the player.

The story is kept in the workspace (kg.workspace.story), so it is autosaved and undone like a note.
Playing moves the URL to each step's permalink: Back and Forward walk the steps, and the step shown
is the one whose view is the URL's (a reader who wanders off is offered the way back).
"""

from __future__ import annotations

import streamlit as st

from kg.errors import KGError
from kg.explore.viewstate import ViewState
from kg.text import md_escape
from kg.workspace.check import checked
from kg.workspace.story import Story, read_story, stories, story_json, story_statement, view_query
from ui import data
from ui.state import go, silent
from ui.workspace import history, note_text

__all__ = ["add_to_story", "current_story", "player", "story_section"]

_PLAY = "_kg_story_play"     # the step index last shown while playing, or absent
_MESSAGE = "_kg_story_message"
_CAME_FROM = "_kg_story_came_from"  # the tab last shown other than the Workspace tab
_NEW_TITLE = "Your story"


def current_story() -> tuple[Story, str] | None:
    """The workspace's story (the latest, if several were opened) and the graph that holds it."""
    found = stories(history().workspace)
    return (found[-1][0], found[-1][1].graph) if found else None


def _say(kind: str, text: str) -> None:
    st.session_state[_MESSAGE] = (kind, text)


def _author(replacing: str | None) -> str:
    """Who makes the change: the name set in the Workspace tab or the sidebar, else the story's author."""
    s = st.session_state
    if s.get("ws_name", "").strip() or s.get("story_author", "").strip():
        return s.get("ws_name", "").strip() or s.get("story_author", "")
    return next((st.author for st in history().workspace.statements if st.graph == replacing), "")


def _save(story: Story, *, replacing: str | None) -> None:
    """Make ``story`` the workspace's story (a new statement in place of the old one), checked by the shapes."""
    h = history()
    base = h.workspace
    statement, _ = story_statement(story, author=_author(replacing))
    ws = base.without(replacing) if replacing else base
    h.commit(checked(ws.with_(statement), data.base_store()), expected=base)


def _edit(change, success: str) -> None:
    try:
        found = current_story()
        if found is None:
            raise KGError("There is no story yet: add a view to it first.")
        story, graph = found
        edited = change(story)
        if edited.steps:
            _save(edited, replacing=graph)
        else:  # the last step deleted: the story goes (Undo brings it back)
            h = history()
            h.commit(h.workspace.without(graph), expected=h.workspace)
        _say("success", success)
    except KGError as exc:
        _say("error", str(exc))


# -- callbacks ------------------------------------------------------------------------------

def _step_view(state: ViewState) -> ViewState:
    """The view "Add this view to the story" adds. The Workspace tab shows no view of the graph (a
    step of it would show, and export, nothing of the paper): there it adds the view the reader came
    from, its tab remembered in this session and the rest kept in the URL by the tab switch (the
    graph's tab when they opened the Workspace tab first)."""
    if state.view != "workspace":
        return state
    came_from = st.session_state.get(_CAME_FROM, "graph")
    if came_from == "compare" and not (state.a and state.b):  # a comparison needs its two views
        came_from = "graph"
    return state.with_(view=came_from)


def _add() -> None:
    s = st.session_state
    try:
        state = silent()
        found = current_story()
        story, graph = found if found else (Story(_NEW_TITLE), None)
        _save(story.with_step(view_query(_step_view(state)), s.get("story_note", "")), replacing=graph)
        s["story_note"] = ""
        which = "This view" if state.view != "workspace" else "The view you came from"
        _say("success", f"{which} is now step {len(story.steps) + 1} of your story.")
    except KGError as exc:
        _say("error", str(exc))


def _play(index: int) -> None:
    found = current_story()
    if found is None or not 0 <= index < len(found[0].steps):
        return
    st.session_state[_PLAY] = index
    try:
        go(found[0].steps[index].state)
    except KGError as exc:
        _say("error", f"Step {index + 1} cannot be shown: {exc}")


def _stop() -> None:
    st.session_state.pop(_PLAY, None)


def _open() -> None:
    file = st.session_state.get("w_story_open")
    if file is None:
        return
    try:
        story = read_story(file.getvalue(), source=file.name, store=data.store())
        found = current_story()
        _save(story, replacing=found[1] if found else None)
        _say("success", f"Opened {file.name}: {len(story.steps)} step(s). Undo goes back to the story before.")
    except KGError as exc:
        _say("error", str(exc))


# -- rendering ------------------------------------------------------------------------------

def _message() -> None:
    message = st.session_state.pop(_MESSAGE, None)
    if message:
        (st.success if message[0] == "success" else st.error)(md_escape(message[1]))


def add_to_story(state: ViewState) -> None:
    """The sidebar's part: add the view shown to the story (on the Workspace tab, the one the reader
    came from), with a note."""
    if state.view != "workspace":
        st.session_state[_CAME_FROM] = state.view
    found = current_story()
    steps = len(found[0].steps) if found else 0
    with st.expander(f"Story ({steps} step{'s' if steps != 1 else ''})", expanded=False):
        if not steps and state.view != "workspace" and not st.session_state.get("ws_name", "").strip():
            st.text_input("Your name (every step says who made it)", key="story_author", max_chars=200)
        st.text_area("Note on this view (Markdown; shown as you type it)", key="story_note", max_chars=20_000)
        if state.view == "workspace":
            st.button("Add the view you came from to the story", key="story_add", on_click=_add, width="stretch")
            query = view_query(_step_view(state))
            st.caption(f"It adds {md_escape('?' + query) if query else 'the overview'} "
                       "(the Workspace tab is no view of the graph).")
        else:
            st.button("Add this view to the story", key="story_add", on_click=_add, width="stretch")
        if steps:
            st.button("Play the story", key="story_play_side", on_click=_play, args=(0,), width="stretch")
        if st.session_state.get(_MESSAGE) and state.view != "workspace":
            _message()
        st.caption("The story is kept in your workspace: the Workspace tab reorders, edits, plays and downloads it.")


def _step_index(story: Story, state: ViewState) -> int | None:
    here = view_query(state)
    last = st.session_state.get(_PLAY, 0)
    matches = [i for i, s in enumerate(story.steps) if s.view == here]
    return min(matches, key=lambda i: abs(i - last)) if matches else None


def player(state: ViewState):
    """While playing: the step bar above the view; returns the step's note (to show beside the
    view) or None when not playing."""
    if _PLAY not in st.session_state:
        return None
    found = current_story()
    if found is None:
        _stop()
        return None
    story = found[0]
    k = _step_index(story, state)
    bar = st.container(border=True)
    cols = bar.columns([4, 1, 1, 1])
    if k is None:
        last = min(st.session_state[_PLAY], len(story.steps) - 1)
        cols[0].markdown(f"**{md_escape(story.title)}** — this view is not a step of the story")
        cols[1].button(f"Back to step {last + 1}", key="story_back", on_click=_play, args=(last,))
        cols[3].button("Stop", key="story_stop", on_click=_stop)
        return None
    st.session_state[_PLAY] = k
    cols[0].markdown(f"**{md_escape(story.title)}** — step {k + 1} of {len(story.steps)}")
    cols[1].button("Previous", key="story_prev", on_click=_play, args=(k - 1,), disabled=k == 0, width="stretch")
    cols[2].button("Next", key="story_next", on_click=_play, args=(k + 1,), disabled=k == len(story.steps) - 1,
                   width="stretch")
    cols[3].button("Stop", key="story_stop", on_click=_stop, width="stretch")
    return story.steps[k].note


def show_note(note: str) -> None:
    st.markdown("**Your note on this step** — your workspace, not the paper")
    with st.container(border=True):
        st.markdown(note_text(note) if note else "*(no note)*")


def story_section(state: ViewState) -> None:
    """The Workspace tab's Story section."""
    st.markdown("#### Story")
    _message()
    found = current_story()
    st.file_uploader("Open a story (STORY.json): checked against the store; a refused file changes nothing",
                     type=["json"], key="w_story_open", on_change=_open)
    if found is None:
        st.caption("No story yet: choose *Add this view to the story* in the sidebar on any view.")
        return
    story, _ = found
    cols = st.columns([3, 1, 1])
    title = f"story_title_{abs(hash(story.title))}"
    cols[0].text_input("Story title", value=story.title, key=title, max_chars=200)
    cols[0].button("Rename", key="story_rename", on_click=_edit,
                   args=(lambda s, key=title: Story(st.session_state.get(key, ""), s.steps, s.iri),
                         "The story was renamed."))
    cols[1].button("Play", key="story_play", on_click=_play, args=(0,), width="stretch")
    cols[2].download_button("STORY.json", story_json(story), file_name="STORY.json", mime="application/json",
                            width="stretch", key="story_download")
    n = len(story.steps)
    for i, step in enumerate(story.steps):
        with st.container(border=True):
            st.markdown(f"**Step {i + 1}** · ?{md_escape(step.view) if step.view else ' (the overview)'}")
            key = f"story_note_{i}_{abs(hash(step))}"  # a new widget when the step changes (moved, edited)
            st.text_area(f"Note of step {i + 1}", value=step.note, key=key, max_chars=20_000)
            row = st.columns(5)
            row[0].button("Save note", key=f"story_save_{i}", on_click=_edit,
                          args=(lambda s, i=i, key=key: s.with_note(i, st.session_state.get(key, "")),
                                f"The note of step {i + 1} was saved."))
            row[1].button("Up", key=f"story_up_{i}", disabled=i == 0, on_click=_edit,
                          args=(lambda s, i=i: s.moved(i, -1), f"Step {i + 1} moved up."))
            row[2].button("Down", key=f"story_down_{i}", disabled=i == n - 1, on_click=_edit,
                          args=(lambda s, i=i: s.moved(i, 1), f"Step {i + 1} moved down."))
            row[3].button("Show", key=f"story_show_{i}", on_click=_play, args=(i,))
            row[4].button("Delete", key=f"story_delete_{i}", on_click=_edit,
                          args=(lambda s, i=i: s.without_step(i), f"Step {i + 1} was deleted (Undo brings it back)."))
