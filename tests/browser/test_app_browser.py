"""The app in a real headless Chromium: offline, drawn, clickable, permalinked."""

from __future__ import annotations

import pytest

from kg.explore.describe import describe
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.kinds import KINDS
from kg.testing.browser import click_node

pytestmark = pytest.mark.browser

GRAPH = "[data-testid=kg-graph][data-drawn]"


def open_view(page, server, query: str = ""):
    page.goto(server.url + "/" + (f"?{query}" if query else ""))
    page.wait_for_selector(GRAPH, timeout=60_000)
    return page.locator("[data-testid=kg-graph]")


def test_overview_is_offline_and_draws_every_node(page, app_server, store):
    graph = open_view(page, app_server)
    expected = subgraph_for(store, ViewState())
    assert graph.get_attribute("data-node-count") == str(len(expected.nodes))
    assert graph.get_attribute("data-edge-count") == str(len(expected.edges))
    # the legend shows each kind in its shape and colour, as the canvas draws it
    shapes = page.evaluate("""() => {
        const root = [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
            .find(r => r.querySelector('.kg-legend')) || document;
        return [...root.querySelectorAll('.kg-legend svg[data-shape]')].map(
            s => [s.parentElement.textContent, s.getAttribute('data-shape'), s.querySelector('path').getAttribute('fill')]);
    }""")
    kinds = {n.kind for n in expected.nodes}
    assert sorted(shapes) == sorted([k.label, k.shape, k.colour] for k in KINDS if k.key in kinds)
    page.wait_for_timeout(500)
    assert page.offline.blocked == []


@pytest.mark.parametrize("query", ["", "focus=episode:valdai-2014",
                                   "path_from=episode:valdai-2014&path_to=trait:1"])
def test_every_label_is_inside_the_canvas(page, app_server, query):
    page.set_viewport_size({"width": 1400, "height": 1000})  # a laptop screen
    open_view(page, app_server, query)
    page.wait_for_timeout(3000)  # the page settles (and the canvas may resize) after the first drawing
    assert _labels_outside(page) == []
    page.set_viewport_size({"width": 1000, "height": 800})  # a narrower window: the canvas shrinks
    page.wait_for_timeout(1500)
    assert _labels_outside(page) == []


def _labels_outside(page) -> list[str]:
    """The nodes whose shape or label reaches past the canvas."""
    return page.evaluate("""() => {
        const holder = document.querySelector('[data-testid=kg-graph]')
            || [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
               .map(r => r.querySelector('[data-testid=kg-graph]')).find(Boolean);
        const net = holder.kgNetwork, canvas = holder.querySelector('canvas');
        const w = canvas.clientWidth, h = canvas.clientHeight;
        return Object.keys(net.body.nodes).filter(id => net.body.nodes[id].options.label).filter(id => {
            const b = net.getBoundingBox(id);
            const a = net.canvasToDOM({x: b.left, y: b.top}), z = net.canvasToDOM({x: b.right, y: b.bottom});
            return a.x < 0 || a.y < 0 || z.x > w || z.y > h;
        });
    }""")


def test_clicking_a_node_shows_its_evidence_quote(page, app_server, store):
    iri = "https://w3id.org/negkg/id/episode/riyadh-2025"
    open_view(page, app_server, "focus=episode:riyadh-2025")
    click_node(page, iri)
    entity = describe(store, iri)
    quote = next(ev.quote for link in entity.links if link.predicate.endswith("illustrates")
                 for ev in link.evidence)
    page.get_by_text(quote[:60], exact=False).first.wait_for(timeout=30_000)
    assert "sel=episode%3Ariyadh-2025" in page.url or "sel=episode:riyadh-2025" in page.url
    assert page.offline.blocked == []


def test_clicking_a_link_shows_its_evidence(page, app_server, store):
    open_view(page, app_server, "focus=episode:valdai-2014")
    point = page.evaluate("""() => {
        const holder = [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
            .map(r => r.querySelector('[data-testid=kg-graph]')).find(Boolean)
            || document.querySelector('[data-testid=kg-graph]');
        const net = holder.kgNetwork;
        const id = net.body.edgeIndices.find(e => e.endsWith('/trait/6'));
        const edge = net.body.edges[id];
        const mid = {x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2};
        const dom = net.canvasToDOM(mid);
        const box = holder.querySelector('canvas').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""")
    page.mouse.click(point["x"], point["y"])
    page.get_by_text("evidence passage(s) from the paper").wait_for(timeout=30_000)
    assert "edge=" in page.url
    # the link's permalink opens with that link drawn selected
    open_view(page, app_server, page.url.split("?", 1)[1])
    page.get_by_text("evidence passage(s) from the paper").wait_for(timeout=30_000)
    selected = page.evaluate("""() => {
        const holder = [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
            .map(r => r.querySelector('[data-testid=kg-graph]')).find(Boolean)
            || document.querySelector('[data-testid=kg-graph]');
        return holder.kgNetwork.getSelectedEdges();
    }""")
    assert len(selected) == 1 and selected[0].endswith("/trait/6")


def test_permalink_restores_focus_and_filters(page, app_server, store):
    query = "focus=trait%3A7&hops=2&kind=episode%2Ctrait&years=2025-2025"
    graph = open_view(page, app_server, query)
    expected = subgraph_for(store, ViewState(focus=("trait:7",), hops=2, kinds=frozenset({"episode", "trait"}),
                                             years=(2025, 2025)))
    assert graph.get_attribute("data-node-count") == str(len(expected.nodes))
    assert page.url.endswith("?" + query)
    page.get_by_text("(2 links deep)", exact=False).first.wait_for()


def test_timeline_and_matrix_render(page, app_server):
    page.goto(app_server.url + "/?view=timeline")
    page.locator(".vega-embed").first.wait_for(timeout=60_000)
    page.get_by_text("dated episodes").first.wait_for()
    page.goto(app_server.url + "/?view=matrix")
    page.locator(".vega-embed").first.wait_for(timeout=60_000)
    page.get_by_text("Evidence quotes per trait").first.wait_for()
    assert page.offline.blocked == []


def test_sources_render_as_formatted_text(page, app_server):
    page.goto(app_server.url + "/?view=sources")
    page.get_by_text("Welt in Gefahr").first.wait_for(timeout=60_000)
    # the last source's heading: Streamlit may still be sending the ones after the first match
    page.locator("[data-testid=stMain] strong", has_text="[9]").wait_for(timeout=60_000)
    text = page.locator("[data-testid=stMain]").inner_text()
    assert "[9]" in text and "The paper:" in text
    assert "**" not in text  # bold, not Markdown source
    assert page.locator("[data-testid=stMain] strong", has_text="[9]").count() == 1


def _click_mark(page, *needles: str) -> None:
    """Click the last Vega mark whose accessible label contains every needle."""
    marks = page.locator(".vega-embed [aria-label]")
    marks.first.wait_for(timeout=60_000)
    labels = marks.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    index = max(i for i, label in enumerate(labels) if all(n in label for n in needles))
    marks.nth(index).click(force=True)


def test_selecting_an_episode_on_the_timeline_focuses_the_graph(page, app_server):
    page.goto(app_server.url + "/?view=timeline")
    _click_mark(page, "episode: Putin's speech at the Valdai", "link: illustrates")
    page.wait_for_selector(GRAPH, timeout=60_000)
    assert "focus=episode%3Avaldai-2014" in page.url or "focus=episode:valdai-2014" in page.url
    page.get_by_text("(1 link deep)", exact=False).first.wait_for()


def test_the_timeline_draws_every_dated_and_ongoing_episode_legibly(page, app_server, store):
    from kg.explore import catalog
    from kg.explore.timeline import timeline
    drawn = [p.episode.label for p in timeline(catalog.episodes(store)).placed if p.group != "undated"]
    page.goto(app_server.url + "/?view=timeline")
    marks = page.locator(".vega-embed [aria-label*='episode: ']")
    marks.first.wait_for(timeout=60_000)
    labels = marks.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert sorted(label.split("episode: ")[1].split("; ")[0] for label in labels) == sorted(drawn)
    sizes = page.locator(".vega-embed text").evaluate_all(
        "els => els.filter(e => e.textContent.trim()).map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert sizes and min(sizes) >= 11
    assert page.offline.blocked == []


def test_selecting_a_matrix_cell_lists_its_quotes(page, app_server, store):
    """The quotes open in a dialog in view, the filters stay as they were, and Back closes it."""
    page.goto(app_server.url + "/?view=matrix")
    _click_mark(page, "subject: Ischinger", "trait: 4.")
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Mamedov smiled and said that it was correct", exact=False).first.wait_for(timeout=60_000)
    assert "edge=episode%3Aischinger-mamedov-1990s%7Cnkg%3Aillustrates%7Ctrait%3A4" in page.url
    assert "trait=" not in page.url and "sel=" not in page.url
    box, viewport = dialog.bounding_box(), page.viewport_size
    assert box["y"] >= 0 and box["y"] < viewport["height"] / 2, "the quotes open in view, not below the fold"
    page.go_back()
    dialog.wait_for(state="detached", timeout=30_000)
    assert page.url.endswith("/?view=matrix")


def test_browser_back_undoes_a_view_change(page, app_server):
    """Each view change is a history entry: Back returns to the view before it, drawn again."""
    open_view(page, app_server, "trait=6")
    page.get_by_role("textbox", name="Find an entity").fill("valdai")
    page.get_by_role("textbox", name="Find an entity").press("Enter")
    page.get_by_role("button", name="Putin's speech at the Valdai").first.click()
    page.get_by_text("(1 link deep)", exact=False).first.wait_for(timeout=30_000)
    assert "focus=episode%3Avaldai-2014" in page.url
    page.go_back()
    page.get_by_text("Overview of trait 6:", exact=False).first.wait_for(timeout=30_000)
    assert page.url.endswith("/?trait=6")
    page.go_forward()
    page.get_by_text("(1 link deep)", exact=False).first.wait_for(timeout=30_000)


def test_a_period_is_typed_as_two_years(page, app_server, store):
    open_view(page, app_server)
    page.get_by_text("Filters", exact=True).click()
    page.get_by_text("Limit to a period").click()
    field = page.get_by_role("spinbutton", name="From year")
    field.wait_for(timeout=30_000)
    assert "years=" not in page.url
    field.fill("2014")
    field.press("Enter")
    page.wait_for_function("() => location.search.includes('years=2014-2025')", timeout=30_000)
    expected = subgraph_for(store, ViewState(years=(2014, 2025)))
    page.wait_for_selector(f"[data-testid=kg-graph][data-node-count='{len(expected.nodes)}']", timeout=30_000)


def test_a_link_to_an_unknown_entity_is_no_dead_end(page, app_server, store):
    graph = open_view(page, app_server, "focus=episode:nonexistent")
    page.get_by_text("This link has a problem: URL parameter focus: no entity episode:nonexistent",
                     exact=False).wait_for(timeout=30_000)
    assert graph.get_attribute("data-node-count") == str(len(subgraph_for(store, ViewState()).nodes))
    page.get_by_role("textbox", name="Find an entity").wait_for()
    page.get_by_role("button", name="Reset view").wait_for()
    page.locator("[data-testid=stMain]").get_by_text("Trait × episode", exact=True).first.click()
    page.wait_for_function("() => location.search === '?view=matrix'", timeout=30_000)
    page.locator(".vega-embed").first.wait_for(timeout=60_000)
