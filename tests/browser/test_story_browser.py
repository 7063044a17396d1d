"""A story's offline HTML (``python -m kg export --story … --format html``) in Debian's Chromium: opened
from file:// with every other request blocked, stepped through with the buttons, the arrow keys and
the browser's Back, each step's graph (or map), note and table shown; axe-core finds no serious violation."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from kg.draw.map_html import PLACE_COLUMNS
from kg.store.store import ROOT
from kg.testing.browser import offline_file
from kg.workspace.story import read_story
from kg.workspace.story_export import StoryExport

pytestmark = pytest.mark.browser

EXAMPLE = ROOT / "data" / "examples" / "STORY.json"
HOSTILE = '<img src=x onerror="window.__pwned=1"> and **Markdown** as written'
MAP_STEP = {"view": "view=map", "note": "Where the paper's episodes took place."}


@pytest.fixture(scope="module")
def story_file(memory_store, tmp_path_factory):
    doc = json.loads(EXAMPLE.read_bytes())
    doc["steps"][2]["note"] = HOSTILE
    doc["steps"].append(MAP_STEP)
    story = read_story(json.dumps(doc).encode(), store=memory_store)
    export = StoryExport(memory_store, story, created="2026-12-06")
    path = tmp_path_factory.mktemp("story") / "story.html"
    path.write_text(export.html(), "utf-8")
    return path, story, [len(s.exporter.subgraph.nodes) for s in export.steps[:3]], export.steps[3]


def _shown(page, number: int) -> dict:
    page.wait_for_selector(f"#graph[data-step='{number}'][data-drawn]", timeout=30_000)
    count = page.get_attribute("#graph", "data-node-count") or page.get_attribute("#graph", "data-place-count")
    return {"counter": page.inner_text("#counter"), "note": page.inner_text("#note"), "nodes": int(count),
            "rows": page.locator("#rows tbody tr").count(), "hash": page.evaluate("location.hash")}


def test_the_story_steps_through_its_views_offline(browser, story_file):
    path, story, nodes, _ = story_file
    with offline_file(browser, path, viewport={"width": 1400, "height": 900}) as opened:
        page = opened.page
        seen = [_shown(page, 1)]
        assert page.is_disabled("#prev") and not page.is_disabled("#next")
        page.click("#next")
        seen.append(_shown(page, 2))
        page.locator("#side h2").click()  # focus outside the graph: the arrow keys step
        page.keyboard.press("ArrowRight")
        seen.append(_shown(page, 3))
        assert not page.is_disabled("#next")
        for number, (step, shown) in enumerate(zip(story.steps, seen), 1):
            assert shown["counter"] == f"Step {number} of 4"
            assert shown["note"] == step.note
            assert shown["nodes"] == nodes[number - 1] == shown["rows"]
        assert seen[1]["hash"] == "#step-2" and seen[2]["hash"] == "#step-3"
        assert page.evaluate("window.__pwned === undefined") and page.locator("img").count() == 0
        page.go_back()  # each step is a place in the history
        assert _shown(page, 2)["counter"] == "Step 2 of 4"
        page.keyboard.press("ArrowLeft")
        assert _shown(page, 1)["counter"] == "Step 1 of 4"
        page.go_back()  # the key press was a step of its own
        assert _shown(page, 2)["counter"] == "Step 2 of 4"
        page.go_forward()
        assert _shown(page, 1)["counter"] == "Step 1 of 4"
        serious = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in Axe().run(page).response["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == []
    assert opened.blocked == [] and opened.errors == []


def test_a_map_step_draws_the_map_offline_with_its_place_names(browser, story_file):
    """``view=map`` is drawn as the map (the PDF's map figure, inline): its place names are text on
    the page, at 11 px at least, its places are the table; nothing is fetched; axe-core is content."""
    path, _, _, step = story_file
    drawn = step.exporter.map_drawing("page")
    pm = step.exporter.place_map
    with offline_file(browser, path, viewport={"width": 1400, "height": 900}) as opened:
        page = opened.page
        page.goto(path.as_uri() + "#step-4")
        shown = _shown(page, 4)
        assert shown["counter"] == "Step 4 of 4" and shown["note"] == MAP_STEP["note"]
        assert shown["nodes"] == len(pm.places) == 21 and shown["rows"] == len(pm.places) + len(pm.unplaced)
        assert page.locator("#graph canvas").count() == 0 and page.locator("#graph svg.kg-map").count() == 1
        texts = page.locator("#graph svg.kg-map text").all_text_contents()
        at_marker = [name for name, where in drawn.named.items() if where == "marker"]
        assert at_marker and all(name in texts for name in at_marker), (at_marker, texts)
        numbered = [name for name, where in drawn.named.items() if where != "marker"]
        key = "".join(texts).replace(" ", "")  # the key's lines: "Key: 1 Moscow, Russia; 2 …", wrapped
        assert numbered and all(f"{where}{name}".replace(" ", "") in key for name, where in drawn.named.items()
                                if where != "marker")
        table = page.locator("#rows tbody").text_content()
        assert all(p.label in table for p in pm.places + pm.unplaced)
        assert page.locator("#rows thead th").all_text_contents() == list(PLACE_COLUMNS)  # as the map HTML's
        smallest = page.evaluate("""() => {
            const svg = document.querySelector('#graph svg.kg-map'), scale = svg.getScreenCTM().a;
            return Math.min(...[...svg.querySelectorAll('text')].map(
                t => parseFloat(getComputedStyle(t).fontSize) * scale));
        }""")
        assert smallest >= 11, f"a map name is drawn at {smallest:.1f} px"
        assert "NaturalEarth" in key and "21 on the map" in page.inner_text("#caption")  # the map's own legend
        page.click("#prev")  # and back to a graph: the map goes, the graph and its table return
        assert _shown(page, 3)["rows"] == page.locator("#rows tbody tr").count()
        assert page.locator("#graph svg.kg-map").count() == 0
        assert page.locator("#rows thead th").first.text_content() == "Name"
        page.click("#next")
        _shown(page, 4)
        assert page.evaluate("performance.getEntriesByType('resource').length") == 0  # nothing fetched
        serious = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in Axe().run(page).response["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == []
    assert opened.blocked == [] and opened.errors == []
