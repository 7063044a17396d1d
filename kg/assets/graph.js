/* Draw a kg Subgraph payload with vis-network (loaded before this file).
 *
 * Everything from the data is plain text: labels are painted on the canvas,
 * tooltips are strings (vis-network 9 sets them with innerText) and details
 * are built with textContent. Nothing from the data becomes markup.
 */
function kgDrawGraph(container, payload, handlers) {
  handlers = handlers || {};
  const nodes = new vis.DataSet(payload.nodes);
  const edges = new vis.DataSet(payload.edges);
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  network.on("click", function (params) {
    if (params.nodes.length && handlers.node) {
      handlers.node(params.nodes[0]);
    } else if (params.edges.length && handlers.edge) {
      handlers.edge(params.edges[0]);
    }
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length && handlers.expand) handlers.expand(params.nodes[0]);
  });
  kgSelect(network, payload);
  // Until the reader zooms or drags, keep the whole graph in view when the canvas
  // changes size (Streamlit settles its columns after the first drawing).
  let moved = false;
  network.on("zoom", function () { moved = true; });
  network.on("dragEnd", function () { moved = true; });
  network.on("resize", function () {
    if (!moved) kgFitWithLabels(network, container, nodes.getIds());
  });
  network.once("afterDrawing", function () {
    kgFitWithLabels(network, container, nodes.getIds());
    container.setAttribute("data-node-count", String(nodes.length));
    container.setAttribute("data-edge-count", String(edges.length));
    container.setAttribute("data-drawn", String(Date.now()));
    if (handlers.drawn) handlers.drawn(network);
  });
  container.kgNetwork = network;
  return network;
}

/* Draw the selected node and link (from the app's state) as selected. */
function kgSelect(network, payload) {
  const nodes = payload.selected && network.body.data.nodes.get(payload.selected) ? [payload.selected] : [];
  const edges = payload.selected_edge && network.body.data.edges.get(payload.selected_edge) ? [payload.selected_edge] : [];
  network.setSelection({ nodes: nodes, edges: edges }, { highlightEdges: false });
}

/* Fit the view to the nodes *with their labels* (vis-network's fit() frames the node
 * shapes only, so labels at the edges were cut off), and never blow a small graph up
 * beyond its natural size. The boxes are known once the network has been drawn. */
function kgFitWithLabels(network, container, ids) {
  let box = null;
  ids.forEach(function (id) {
    const b = network.getBoundingBox(id);
    if (!b) return;
    if (!box) {
      box = { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    } else {
      box.left = Math.min(box.left, b.left);
      box.right = Math.max(box.right, b.right);
      box.top = Math.min(box.top, b.top);
      box.bottom = Math.max(box.bottom, b.bottom);
    }
  });
  if (!box) return;
  const width = Math.max(box.right - box.left, 1), height = Math.max(box.bottom - box.top, 1);
  const scale = Math.min(1, 0.95 * Math.min(container.clientWidth / width, container.clientHeight / height));
  network.moveTo({
    position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
    scale: scale, animation: false,
  });
}

/* The legend: coloured shapes for node kinds and line samples for links. */
function kgDrawLegend(element, legend) {
  element.replaceChildren();
  legend.forEach(function (item) {
    const row = document.createElement("span");
    row.className = "kg-legend-item";
    const swatch = document.createElement("span");
    swatch.className = "kg-swatch kg-" + (item.type === "edge" ? "line" : "shape");
    if (item.type === "edge") {
      swatch.style.borderTop = item.width + "px " + (item.dashes ? "dashed" : "solid") + " " + item.color;
    } else {
      swatch.style.background = item.color;
      swatch.title = item.shape;
    }
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(item.label));
    element.appendChild(row);
  });
}
