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

/* The legend: each kind's shape in its colour (as drawn on the canvas) and line
 * samples for links. Shapes are fixed SVG paths; only the labels come from the data,
 * and they are text nodes. */
const KG_SHAPES = {
  dot: "M6.5 1.5a5 5 0 1 0 0.01 0z",
  square: "M2 2h9v9h-9z",
  box: "M1 3h11v7h-11z",
  diamond: "M6.5 0.8l5.7 5.7-5.7 5.7-5.7-5.7z",
  triangle: "M6.5 1l5.8 10.5h-11.6z",
  triangleDown: "M6.5 12l5.8-10.5h-11.6z",
  hexagon: "M3.5 1.3h6l3 5.2-3 5.2h-6l-3-5.2z",
  star: "M6.5 0.5l1.6 4.1 4.4 0.3-3.4 2.8 1.1 4.3-3.7-2.4-3.7 2.4 1.1-4.3-3.4-2.8 4.4-0.3z",
};

function kgDrawLegend(element, legend) {
  element.replaceChildren();
  const svgNS = "http://www.w3.org/2000/svg";
  legend.forEach(function (item) {
    const row = document.createElement("span");
    row.className = "kg-legend-item";
    let swatch;
    if (item.type === "edge") {
      swatch = document.createElement("span");
      swatch.className = "kg-swatch kg-line";
      swatch.style.borderTop = item.width + "px " + (item.dashes ? "dashed" : "solid") + " " + item.color;
    } else {
      swatch = document.createElementNS(svgNS, "svg");
      swatch.setAttribute("class", "kg-swatch kg-shape");
      swatch.setAttribute("viewBox", "0 0 13 13");
      swatch.setAttribute("data-shape", item.shape);
      const path = document.createElementNS(svgNS, "path");
      path.setAttribute("d", KG_SHAPES[item.shape] || KG_SHAPES.dot);
      path.setAttribute("fill", item.color);
      path.setAttribute("stroke", "#222");
      path.setAttribute("stroke-width", "1");
      if (item.dashed) path.setAttribute("stroke-dasharray", "2 1.5");
      swatch.appendChild(path);
    }
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(item.label));
    element.appendChild(row);
  });
}
