"""The map view in a real headless Chromium: offline, its places named, narrowed by a period, and a
click on a place selecting it (``sel=``) for the graph and the other views (issue 15)."""

from __future__ import annotations

import pytest

from kg.draw.map import screen_labels, sites
from kg.explore.geo import place_map

pytestmark = pytest.mark.browser

MARKERS = ".vega-embed [aria-label*='place: ']"


def _markers(page) -> list[str]:
    marks = page.locator(MARKERS)
    marks.first.wait_for(timeout=90_000)
    return marks.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")


def _place(label: str) -> str:
    return label.split("place: ")[1].split("; ")[0]


def test_the_map_draws_offline_and_names_its_places(page, app_server, store):
    page.goto(app_server.url + "/?view=map")
    expected = place_map(store)
    assert sorted(_place(label) for label in _markers(page)) == sorted(s.name for s in sites(expected))
    page.wait_for_timeout(500)
    texts = page.locator(".vega-embed text").evaluate_all(
        "els => els.filter(e => e.textContent.trim()).map(e => [e.textContent, parseFloat(getComputedStyle(e).fontSize)])")
    written = {t for t, _ in texts}
    assert {s.name for s in screen_labels(expected)} <= written and "Portsmouth" in written
    assert min(size for _, size in texts) >= 11
    # the text alternative: every place in the table, the places without coordinates listed
    page.get_by_text("Every place on the map").wait_for()
    page.get_by_text("Not on the map").wait_for()
    assert page.offline.blocked == []


def test_a_period_narrows_the_map_to_portsmouth(page, app_server):
    page.goto(app_server.url + "/?view=map&years=1900-1910")
    labels = _markers(page)
    assert [_place(label) for label in labels] == ["Portsmouth"]
    assert "Peace talks at Portsmouth" in labels[0]
    assert page.offline.blocked == []


def test_clicking_a_place_selects_it_and_the_graph_follows(page, app_server):
    page.goto(app_server.url + "/?view=map")
    page.locator(MARKERS + "[aria-label*='place: Portsmouth;']").first.click(force=True)
    page.wait_for_url("**sel=place%3Aportsmouth**", timeout=60_000)
    assert "view=map" in page.url
    main = page.locator("[data-testid=stMain]")
    main.get_by_text("Portsmouth — 1 episode(s) here", exact=False).wait_for(timeout=60_000)
    main.get_by_text("Peace talks at Portsmouth, New Hampshire (1905)", exact=False).first.wait_for()
    # the permalink carries the selection: the same view opens from it
    page.goto(app_server.url + "/?sel=place%3Aportsmouth&view=map")
    main.get_by_text("Portsmouth — 1 episode(s) here", exact=False).wait_for(timeout=60_000)
    assert any("place: Portsmouth;" in label and "Marker: selected" in label for label in _markers(page))
    # switching to the graph keeps the selection: its detail panel shows the place and its episode
    main.get_by_text("Graph", exact=True).first.click()
    page.wait_for_url("**sel=place%3Aportsmouth**", timeout=60_000)
    page.wait_for_function("() => !location.search.includes('view=map')", timeout=60_000)
    main.get_by_role("heading", name="Portsmouth", exact=True).first.wait_for(timeout=60_000)
    main.get_by_text("Place · place:portsmouth", exact=False).first.wait_for(timeout=60_000)
    assert page.offline.blocked == []
