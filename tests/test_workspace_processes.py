"""Two processes on one workspace folder (kg.workspace.history): a lock around every save, and a
revision that refuses a save made from a workspace another process has since replaced.

Real processes (subprocess), the real folder: no statement lost, no file half-written, and the
refusals name the folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.workspace import note
from kg.workspace.history import History, WorkspaceBusy, WorkspaceChanged, _parse

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
ROOT = Path(__file__).resolve().parent.parent
NOTES = 12

WRITER = textwrap.dedent("""
    import random, sys, time
    from pathlib import Path
    from kg.workspace import note
    from kg.workspace.history import History, WorkspaceChanged
    folder, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    history, refused = History(folder), 0
    print("ready", flush=True)
    while len(sys.argv) > 4 and not Path(sys.argv[4]).exists():  # both start saving at the same moment
        time.sleep(0.005)
    for i in range(count):
        time.sleep(random.uniform(0, 0.02))
        while True:  # what the app offers: reload, then make the change again
            try:
                history.commit(history.workspace.with_(note("%s", f"{name} {i}", author=name)))
                break
            except WorkspaceChanged:
                refused += 1
                history.reload()
    print(refused)
""" % VALDAI)

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kg.workspace.history import folder_lock
    with folder_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(120)
""")


def _python(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", *args], cwd=ROOT, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


def test_two_processes_saving_at_once_lose_no_statement(tmp_path):
    History(tmp_path)  # the folder exists before both start, as when the app made it
    go = tmp_path.parent / f"{tmp_path.name}.go"
    writers = [_python(WRITER, str(tmp_path), name, str(NOTES), str(go)) for name in ("Ann", "Bo")]
    assert [w.stdout.readline().strip() for w in writers] == ["ready", "ready"]
    go.touch()
    results = [w.communicate(timeout=300) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], [err for _, err in results]
    final = History(tmp_path).workspace
    texts = sorted(n.text for n in final.notes())
    assert texts == sorted(f"{name} {i}" for name in ("Ann", "Bo") for i in range(NOTES))
    pointer = json.loads((tmp_path / "current.json").read_text())
    assert pointer["version"] == pointer["latest"] == 2 * NOTES  # one version per change, none overwritten
    for path in sorted((tmp_path / "versions").glob("*.trig")):  # every version complete and readable
        assert len(_parse(path.read_bytes(), str(path)).notes()) == int(path.stem)
    assert not list(tmp_path.glob(".*.tmp")) and not list((tmp_path / "versions").glob(".*.tmp"))


def test_a_save_from_a_workspace_another_process_replaced_is_refused_then_reloaded(tmp_path):
    mine = History(tmp_path)
    other = _python(WRITER, str(tmp_path), "Bo", "1")
    assert other.communicate(timeout=120)[0].split() == ["ready", "0"]
    assert mine.changed_on_disk()
    before = (tmp_path / "current.json").read_bytes()
    with pytest.raises(WorkspaceChanged, match=f"The workspace in {tmp_path} was saved by another process"):
        mine.commit(mine.workspace.with_(note(VALDAI, "Ann 0", author="Ann")))
    assert (tmp_path / "current.json").read_bytes() == before  # nothing overwritten
    mine.reload()
    assert not mine.changed_on_disk() and [n.text for n in mine.workspace.notes()] == ["Bo 0"]
    mine.commit(mine.workspace.with_(note(VALDAI, "Ann 0", author="Ann")))
    assert sorted(n.text for n in History(tmp_path).workspace.notes()) == ["Ann 0", "Bo 0"]


def test_a_folder_held_too_long_by_another_process_is_refused_with_its_name(tmp_path):
    mine = History(tmp_path, lock_timeout=0.5)
    holder = _python(HOLDER, str(tmp_path))
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = (tmp_path / "current.json").read_bytes()
        with pytest.raises(WorkspaceBusy, match=f"Another process has held the workspace folder {tmp_path} for "
                                                "more than 0.5 s"):
            mine.commit(mine.workspace.with_(note(VALDAI, "Ann 0", author="Ann")))
        assert (tmp_path / "current.json").read_bytes() == before and mine.workspace.notes() == []
    finally:
        holder.kill()
        holder.communicate()
    mine.commit(mine.workspace.with_(note(VALDAI, "Ann 0", author="Ann")))  # a killed holder holds nothing
    assert [n.text for n in History(tmp_path).workspace.notes()] == ["Ann 0"]


def test_the_app_offers_to_reload_a_workspace_another_process_saved(tmp_path, monkeypatch):
    from tests.test_app import plain, run, texts
    from ui.workspace import _shared

    monkeypatch.setenv("KG_WORKSPACE", str(tmp_path))
    _shared.clear()
    try:
        at = run(timeout=180, view="workspace")
        assert "ws_reload" not in [b.key for b in at.button] and not at.warning
        other = _python(WRITER, str(tmp_path), "Bo", "1")
        assert other.communicate(timeout=120)[0].split() == ["ready", "0"]
        at.run()
        assert any(f"Another process saved the workspace in {tmp_path} since this app read it" in plain(w.value)
                   for w in at.warning), texts(at)
        at.text_input(key="ws_name").set_value("Ann")
        at.text_area(key="ws_note_text").set_value("Ann's note")
        at.button(key="ws_add_note").click().run()
        assert any(f"The workspace in {tmp_path} was saved by another process" in plain(e.value)
                   for e in at.error), texts(at)
        assert [n.text for n in History(tmp_path).workspace.notes()] == ["Bo 0"]  # Bo's version kept
        at.button(key="ws_reload").click().run()
        assert not at.warning and "Bo 0" in texts(at)
        at.text_area(key="ws_note_text").set_value("Ann's note")
        at.button(key="ws_add_note").click().run()
        assert sorted(n.text for n in History(tmp_path).workspace.notes()) == ["Ann's note", "Bo 0"]
    finally:
        _shared.clear()
