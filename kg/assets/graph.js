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
  if (payload.selected && nodes.get(payload.selected)) {
    network.selectNodes([payload.selected]);
  }
  network.once("afterDrawing", function () {
    // vis-network fits the view to the node centres: leave room for labels at the
    // edges, and never blow a small graph up beyond its natural size.
    network.moveTo({ scale: Math.min(1, network.getScale() * 0.9), animation: false });
    container.setAttribute("data-node-count", String(nodes.length));
    container.setAttribute("data-edge-count", String(edges.length));
    container.setAttribute("data-drawn", String(Date.now()));
    if (handlers.drawn) handlers.drawn(network);
  });
  container.kgNetwork = network;
  return network;
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
