"""The graph as a Streamlit custom component (v2): vis-network in the app page,
with a real two-way channel — clicks come back to Python as trigger values.

The component's JavaScript is kg/draw/assets/graph.js and a small module. Streamlit
sends a component's inline JavaScript with every rerun, so vis-network (467 KB, from
the installed pyvis) is not inlined: the app serves it as a static file
(``static/vis-network.min.js``, copied from pyvis at start; ``server.enableStaticServing``
in .streamlit/config.toml) and the module loads it once per page, from the browser's
cache after the first visit. Nothing leaves the machine. The network is only rebuilt
when the drawn graph changes.
"""

from __future__ import annotations

import hashlib
import json
from typing import Callable

import streamlit as st

from kg.draw.html import GRAPH_CSS, TOOLTIP_CSS, graph_js, vis_js
from ui import static

__all__ = ["graph_view"]

_MODULE = """
function kgLoadVis() {  // vis-network once per page, from the app's own static files
  if (window.vis && window.vis.Network) return Promise.resolve();
  if (!window.kgVisLoading) {
    window.kgVisLoading = new Promise(function (resolve, reject) {
      const script = document.createElement("script");
      script.src = new URL("app/static/vis-network.min.js", document.baseURI).href;
      script.onload = resolve;
      script.onerror = function () { window.kgVisLoading = null; reject(new Error("vis-network did not load")); };
      document.head.appendChild(script);
    });
  }
  return window.kgVisLoading;
}

export default function (component) {
  performance.mark("kg:component");
  return kgLoadVis().then(function () { performance.mark("kg:vis"); kgRender(component); });
}

function kgRender(component) {
  const { data, parentElement, setTriggerValue } = component;
  let holder = parentElement.querySelector("div.kg-graph");
  let legend = parentElement.querySelector("div.kg-legend");
  if (!holder) {
    holder = document.createElement("div");
    holder.className = "kg-graph";
    holder.setAttribute("data-testid", "kg-graph");
    const hint = document.createElement("p");
    hint.className = "kg-hint";
    hint.textContent = "Scroll to zoom, drag to pan; click an entity or a link for its evidence, double-click " +
      "to add its neighbours. Keyboard: Tab to the graph, arrows move, Enter opens, Escape closes.";
    legend = document.createElement("div");
    legend.className = "kg-legend";
    parentElement.appendChild(holder);
    parentElement.appendChild(hint);
    parentElement.appendChild(legend);
  }
  if (holder.kgKey !== data.key) {
    if (holder.kgNetwork) holder.kgNetwork.destroy();
    holder.removeAttribute("data-drawn");
    kgDrawGraph(holder, data, {
      node: function (id) { setTriggerValue("node", id); },
      edge: function (id) { setTriggerValue("edge", id); },
      expand: function (id) { setTriggerValue("expand", id); },
      close: function () { setTriggerValue("close", String(Date.now())); },
    });
    kgDrawLegend(legend, data.legend);
    holder.kgKey = data.key;
  } else {
    kgSelect(holder.kgNetwork, data);
  }
}
"""

_CSS = TOOLTIP_CSS + GRAPH_CSS + """
.kg-graph{width:100%;height:max(420px, calc(100vh - 210px));border:1px solid #bbb;border-radius:6px;
  background:#fff;position:relative}
.kg-hint{margin:4px 2px 0;font:13px/1.4 system-ui,sans-serif;color:#444}
.kg-legend{display:flex;flex-wrap:wrap;gap:3px 14px;padding:6px 2px;font:13px system-ui,sans-serif;color:#333}
"""


@st.cache_resource
def _component():
    # Inlined as before where the file cannot be served (static serving off, e.g. the app run
    # from another folder without .streamlit/config.toml, or a read-only install).
    inline = "" if static.serve("vis-network.min.js", vis_js()) else vis_js() + "\n"
    return st.components.v2.component("kg_graph", js=inline + graph_js() + "\n" + _MODULE, css=_CSS)


def graph_view(payload: dict, *, key: str, on_node: Callable, on_edge: Callable, on_expand: Callable,
               on_close: Callable | None = None):
    """Draw the payload from :func:`kg.draw.html.payload`; clicks call the callbacks."""
    drawn = {k: payload[k] for k in ("nodes", "edges", "options", "legend")}
    digest = hashlib.sha1(json.dumps(drawn, sort_keys=True).encode()).hexdigest()
    data = {**payload, "key": digest}
    return _component()(key=key, data=data, on_node_change=on_node, on_edge_change=on_edge,
                        on_expand_change=on_expand, on_close_change=on_close or _ignore, height="content")


def _ignore() -> None:
    """Where the page has no detail panel to close."""
