"""Where the app serves no static files, the graph component carries vis-network inline."""

from __future__ import annotations

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.testing.browser import GRAPH_DRAWN, start_app


def test_without_static_serving_the_graph_draws_from_the_inlined_vis_network(page, store):
    server = start_app(name="app-inline", env={"STREAMLIT_SERVER_ENABLE_STATIC_SERVING": "false"})
    try:
        asked: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        page.goto(server.url + "/")
        page.wait_for_selector(GRAPH_DRAWN, state="attached", timeout=90_000)
        drawn = int(page.locator(GRAPH_DRAWN).first.get_attribute("data-node-count"))
        assert drawn == len(subgraph_for(store, ViewState()).nodes)
        assert not [url for url in asked if "vis-network" in url], "vis-network came with the component, not as a file"
        assert page.evaluate("() => typeof window.vis.Network") == "function"
        assert page.offline.blocked == []
    finally:
        server.process.terminate()
        server.process.wait(10)
