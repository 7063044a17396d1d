"""The Paper view in a real Chromium: the text with its marks, a mark opens its link in the
graph, and a selection marks and scrolls to its passages."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from kg.explore.reading import reading

pytestmark = pytest.mark.browser

GRAPH = "[data-testid=kg-graph][data-drawn]"
VALDAI_TRAIT_6 = "episode:valdai-2014|nkg:illustrates|trait:6"


def open_paper(page, server, query: str = ""):
    page.goto(server.url + "/?view=paper" + (f"&{query}" if query else ""))
    page.locator(".kg-paper mark").first.wait_for(timeout=60_000)


def test_the_paper_view_shows_the_text_with_its_marks(page, app_server, store):
    open_paper(page, app_server)
    r = reading(store)
    marks = page.locator(".kg-paper mark")
    runs = sum(1 for b in r.blocks for run in b.runs if run.passages and run.text.replace("*", "").strip())
    assert marks.count() == runs > 100
    text = page.locator(".kg-paper").inner_text()
    assert "You act as if Russia and not Japan won the war." in text
    assert "6. ZERO-SUM THINKING" in text and "**" not in text
    title = page.locator(f'.kg-paper mark[data-edge="{VALDAI_TRAIT_6}"]').first.get_attribute("title")
    assert "Putin's speech at the Valdai Conference in Sochi (2014) — illustrates — Zero-sum thinking" in title
    margins = page.locator(".kg-paper .kg-margin").all_inner_texts()
    assert "not in the graph" in margins and any(m.endswith("links") for m in margins)
    assert page.offline.blocked == []


def test_clicking_a_mark_focuses_the_graph_on_its_link(page, app_server):
    open_paper(page, app_server)
    page.locator(f'.kg-paper mark[data-edge="{VALDAI_TRAIT_6}"] a').first.click()
    page.wait_for_selector(GRAPH, timeout=60_000)
    params = parse_qs(urlparse(page.url).query)
    assert params.get("focus") == ["episode:valdai-2014"] and params.get("edge") == [VALDAI_TRAIT_6]
    assert "view" not in params  # the graph is the default view
    page.get_by_text("evidence passage(s) from the paper").wait_for(timeout=30_000)


def test_selecting_an_entity_marks_and_scrolls_to_its_passages(page, app_server, store):
    open_paper(page, app_server, "sel=episode:valdai-2014")
    current = page.locator(".kg-paper mark.kg-current")
    current.first.wait_for(timeout=30_000)
    r = reading(store)
    expected = r.matching(entity="https://w3id.org/negkg/id/episode/valdai-2014")
    runs = sum(1 for b in r.blocks for run in b.runs
               if expected & set(run.passages) and run.text.replace("*", "").strip())
    assert len(expected) >= 5 and current.count() == runs
    page.wait_for_timeout(500)
    box = current.first.bounding_box()
    assert box is not None and 0 <= box["y"] <= 1000  # scrolled into the window
    assert all("Valdai" in (t or "") for t in
               [current.nth(i).get_attribute("title") for i in range(current.count())])
    # a link's selection marks that link's passages only
    open_paper(page, app_server, f"edge={VALDAI_TRAIT_6}")
    edges = {page.locator(".kg-paper mark.kg-current").nth(i).get_attribute("data-edge")
             for i in range(page.locator(".kg-paper mark.kg-current").count())}
    assert edges == {VALDAI_TRAIT_6}


def test_clicking_a_mark_keeps_the_session_and_its_upload(page, app_server):
    """A click on a passage changes the view in the same page: no reload, so the upload stays."""
    from tests.browser.test_upload_browser import CONCEPT, search_for, upload
    page.goto(app_server.url + "/")
    page.wait_for_selector(GRAPH, timeout=60_000)
    upload(page, "my-concepts.ttl", CONCEPT)
    page.get_by_text("Added 2 triples from my-concepts.ttl").wait_for(timeout=60_000)
    page.get_by_role("radio", name="Paper").click()  # the view switch, not a new page
    page.locator(".kg-paper mark").first.wait_for(timeout=60_000)
    page.evaluate("() => { window.kgSamePage = true; }")
    page.locator(f'.kg-paper mark[data-edge="{VALDAI_TRAIT_6}"] a').first.click()
    page.wait_for_selector(GRAPH, timeout=60_000)
    params = parse_qs(urlparse(page.url).query)
    assert params.get("focus") == ["episode:valdai-2014"] and params.get("edge") == [VALDAI_TRAIT_6]
    assert page.evaluate("() => window.kgSamePage === true"), "the page was loaded again"
    page.get_by_text("evidence passage(s) from the paper").wait_for(timeout=30_000)
    search_for(page, "reflexive")
    page.get_by_role("button", name="Reflexive control · concept").wait_for(timeout=30_000)
