"""Autosave is atomic: a process killed (SIGKILL) while it saves a new version of the workspace,
between writing a file and renaming it into place, leaves the previous version current and readable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from kg.store.store import ROOT
from kg.workspace import Workspace, note
from kg.workspace.history import History

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"

SAVE = textwrap.dedent("""
    import sys
    from kg.workspace import note
    from kg.workspace.history import History
    history = History(sys.argv[1])
    history.commit(history.workspace.with_(note(sys.argv[2], "second, never finished", author="Ann")))
    print("saved", flush=True)
""")


@pytest.mark.parametrize("file, survives", [
    ("000002.trig", "first"),     # the new version's own file
    ("current.json", "first"),    # the pointer that would make it current
    ("workspace.trig", "second"),  # the readable copy: the new version was already current
])
def test_a_kill_during_autosave_leaves_a_readable_workspace(tmp_path, file, survives):
    first = Workspace((note(VALDAI, "first", author="Ann"),))
    History(tmp_path).commit(first)
    before = (tmp_path / "workspace.trig").read_bytes()
    process = subprocess.Popen([sys.executable, "-c", SAVE, str(tmp_path), VALDAI], cwd=ROOT,
                               env={**os.environ, "KG_TEST_PAUSE_AT": f"workspace-before-rename:{file}"},
                               stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stderr.readline().strip() == "paused at workspace-before-rename", process.stderr.read()
        leftovers = [p.name for p in tmp_path.rglob("*.tmp")]
        assert leftovers and file in leftovers[0]  # written and synced, not yet renamed
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    after = History(tmp_path)  # the next start
    texts = [n.text for n in after.workspace.notes()]
    if survives == "first":
        assert texts == ["first"] and after.workspace == first
        assert (tmp_path / "workspace.trig").read_bytes() == before
        assert not after.can_redo
    else:
        assert texts == ["first", "second, never finished"]
        assert (tmp_path / "workspace.trig").read_bytes() == before  # the copy is the old one, whole
    assert after.undo() == (first if survives == "second" else Workspace())  # undo, after a restart
