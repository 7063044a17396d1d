"""The baseline of bench/first_paint.py: a minimal Streamlit + pyvis app, as one would first
write it — the paper's overview (the same nodes and links as the explorer's default view),
pyvis with its default physics, ``components.html``. Not part of the explorer.

    streamlit run bench/minimal_app.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components
from pyvis.network import Network

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.explore.neighbourhood import overview  # noqa: E402
from kg.store.store import open_store  # noqa: E402

#: Marks the graph drawn, as the explorer's graph.js does (bench/first_paint.py waits for it).
MARK = ('<script>network.once("afterDrawing", function () {'
        'document.getElementById("mynetwork").setAttribute("data-drawn", String(Date.now()));'
        'document.getElementById("mynetwork").setAttribute("data-node-count", String(nodes.length)); });'
        '</script></body>')

st.title("Russian negotiating style")
view = overview(open_store(), max_nodes=300)
net = Network(height="700px", width="100%", directed=True, cdn_resources="in_line")
for node in view.nodes:
    net.add_node(node.iri, label=node.label, title=node.kind)
for edge in view.edges:
    net.add_edge(edge.source, edge.target, title=edge.label)
components.html(net.generate_html().replace("</body>", MARK, 1), height=720)
