"""A story's offline HTML (``python -m kg export --story … --format html``) in Debian's Chromium: opened
from file:// with every other request blocked, stepped through with the buttons, the arrow keys and
the browser's Back, each step's graph, note and table shown; axe-core finds no serious violation."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from kg.store.store import ROOT
from kg.testing.browser import offline_file
from kg.workspace.story import read_story
from kg.workspace.story_export import StoryExport

pytestmark = pytest.mark.browser

EXAMPLE = ROOT / "data" / "examples" / "STORY.json"
HOSTILE = '<img src=x onerror="window.__pwned=1"> and **Markdown** as written'


@pytest.fixture(scope="module")
def story_file(memory_store, tmp_path_factory):
    doc = json.loads(EXAMPLE.read_bytes())
    doc["steps"][2]["note"] = HOSTILE
    story = read_story(json.dumps(doc).encode(), store=memory_store)
    export = StoryExport(memory_store, story, created="2026-12-06")
    path = tmp_path_factory.mktemp("story") / "story.html"
    path.write_text(export.html(), "utf-8")
    return path, story, [len(s.exporter.subgraph.nodes) for s in export.steps]


def _shown(page, number: int) -> dict:
    page.wait_for_selector(f"#graph[data-step='{number}'][data-node-count]", timeout=30_000)
    return {"counter": page.inner_text("#counter"), "note": page.inner_text("#note"),
            "nodes": int(page.get_attribute("#graph", "data-node-count")),
            "rows": page.locator("#rows tbody tr").count(), "hash": page.evaluate("location.hash")}


def test_the_story_steps_through_its_views_offline(browser, story_file):
    path, story, nodes = story_file
    with offline_file(browser, path, viewport={"width": 1400, "height": 900}) as opened:
        page = opened.page
        seen = [_shown(page, 1)]
        assert page.is_disabled("#prev") and not page.is_disabled("#next")
        page.click("#next")
        seen.append(_shown(page, 2))
        page.locator("#side h2").click()  # focus outside the graph: the arrow keys step
        page.keyboard.press("ArrowRight")
        seen.append(_shown(page, 3))
        assert page.is_disabled("#next")
        for number, (step, shown) in enumerate(zip(story.steps, seen), 1):
            assert shown["counter"] == f"Step {number} of 3"
            assert shown["note"] == step.note
            assert shown["nodes"] == nodes[number - 1] == shown["rows"]
        assert seen[1]["hash"] == "#step-2" and seen[2]["hash"] == "#step-3"
        assert page.evaluate("window.__pwned === undefined") and page.locator("img").count() == 0
        page.go_back()  # each step is a place in the history
        assert _shown(page, 2)["counter"] == "Step 2 of 3"
        page.keyboard.press("ArrowLeft")
        assert _shown(page, 1)["counter"] == "Step 1 of 3"
        page.go_back()  # the key press was a step of its own
        assert _shown(page, 2)["counter"] == "Step 2 of 3"
        page.go_forward()
        assert _shown(page, 1)["counter"] == "Step 1 of 3"
        serious = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in Axe().run(page).response["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == []
    assert opened.blocked == [] and opened.errors == []
