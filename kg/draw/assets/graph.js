/* Draw a kg Subgraph payload with vis-network (loaded before this file).
 *
 * Everything from the data is plain text: labels are painted on the canvas,
 * tooltips are strings (vis-network 9 sets them with innerText) and details
 * are built with textContent. Nothing from the data becomes markup.
 *
 * Labels keep one size on screen (KG_LABEL_PX) at every zoom. After each zoom a
 * label pass shows the labels that fit without touching another label or a
 * marker, most important first (the focus, the selected entity, then the best
 * connected), and hides the rest until the reader zooms in: semantic zoom. The
 * layout (kg/draw/layout.py) leaves room for every label of a view up to ~80
 * entities, so at the first fit of such a view every label is shown.
 *
 * Without a mouse: Tab reaches the graph; arrow keys move between entities,
 * Enter opens the details, Escape closes them, + and - zoom, 0 fits the view.
 */
const KG_LABEL_PX = 11;
const KG_LINE_PX = 13;
const KG_FACE = "DejaVu Sans Condensed, DejaVu Sans, Verdana, system-ui, sans-serif";
const KG_INSIDE = { box: true, ellipse: true, database: true };

function kgDrawGraph(container, payload, handlers) {
  handlers = handlers || {};
  const nodes = new vis.DataSet(payload.nodes);
  const edges = new vis.DataSet(payload.edges);
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  const state = { payload: payload, handlers: handlers, userMoved: false, cursor: null, shown: {} };
  container.kgNetwork = network;
  container.kgState = state;
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
  network.on("zoom", function () { state.userMoved = true; kgScheduleLabels(container); });
  network.on("dragEnd", function (params) { if (!params.nodes.length) state.userMoved = true; });
  // vis-network restores its own camera after emitting "resize": refit once it is done.
  network.on("resize", function () {
    window.clearTimeout(state.resizing);
    state.resizing = window.setTimeout(function () {
      if (!state.userMoved) kgFit(container); else kgLabels(container);
    }, 60);
  });
  kgSelect(network, payload);
  kgControls(container, payload);
  network.once("afterDrawing", function () {
    if (window.performance && performance.mark) performance.mark("kg:drawn");
    kgFit(container);
    container.setAttribute("data-node-count", String(nodes.length));
    container.setAttribute("data-edge-count", String(edges.length));
    container.setAttribute("data-drawn", String(Date.now()));
    if (handlers.drawn) handlers.drawn(network);
  });
  return network;
}

/* Draw the selected node and link (from the app's state) as selected, with the nodes selected
   along with it (a place's episodes); the container's data-selected names them. */
function kgSelect(network, payload) {
  const wanted = [payload.selected].concat(payload.also_selected || []);
  const nodes = wanted.filter(function (id, i) {
    return id && wanted.indexOf(id) === i && network.body.data.nodes.get(id);
  });
  const edges = payload.selected_edge && network.body.data.edges.get(payload.selected_edge) ? [payload.selected_edge] : [];
  network.setSelection({ nodes: nodes, edges: edges }, { highlightEdges: false });
  if (network.body.container) network.body.container.setAttribute("data-selected", nodes.join(" "));
}

/* Text widths in CSS pixels, measured with the font the canvas draws. */
function kgMeasure(text) {
  if (!kgMeasure.ctx) {
    kgMeasure.ctx = document.createElement("canvas").getContext("2d");
    kgMeasure.ctx.font = KG_LABEL_PX + "px " + KG_FACE;
    kgMeasure.cache = {};
  }
  if (!(text in kgMeasure.cache)) kgMeasure.cache[text] = kgMeasure.ctx.measureText(text).width;
  return kgMeasure.cache[text];
}

/* A node's label box in screen pixels, relative to the node's centre, at zoom `scale`. */
function kgLabelBox(node, scale) {
  const lines = String(node.kgLabel || "").split("\n");
  const w = Math.max.apply(null, lines.map(kgMeasure)) + 2;
  const h = lines.length * KG_LINE_PX + 1;
  if (KG_INSIDE[node.shape]) return { left: -w / 2 - 6, top: -h / 2 - 5, right: w / 2 + 6, bottom: h / 2 + 5 };
  const r = node.size * scale;
  return { left: -w / 2, top: r + 3 * scale, right: w / 2, bottom: r + 3 * scale + h };
}

/* The scale at which every node and label fits the canvas (labels keep their screen size),
 * never above 1.5; then centre the view on the whole. */
function kgFit(container) {
  const network = container.kgNetwork, state = container.kgState;
  const list = state.payload.nodes;
  if (!list.length) return;
  const W = container.clientWidth, H = container.clientHeight, pad = 8;
  const boxes = list.map(function (n) { return [n, null]; });
  function extent(scale) {
    let l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
    boxes.forEach(function (pair) {
      const n = pair[0], box = pair[1] || (pair[1] = kgLabelBox(n, 1));
      const lb = KG_INSIDE[n.shape] ? box : kgLabelBox(n, scale);
      const rad = n.size * scale;
      l = Math.min(l, n.x * scale + Math.min(-rad, lb.left));
      r = Math.max(r, n.x * scale + Math.max(rad, lb.right));
      t = Math.min(t, n.y * scale + Math.min(-rad, lb.top));
      b = Math.max(b, n.y * scale + Math.max(rad, lb.bottom));
    });
    return { l: l, t: t, r: r, b: b };
  }
  let lo = 0.02, hi = 1.5;
  const fits = function (s) { const e = extent(s); return e.r - e.l <= W - 2 * pad && e.b - e.t <= H - 2 * pad; };
  if (fits(hi)) {
    lo = hi;
  } else {
    for (let k = 0; k < 30; k++) { const mid = (lo + hi) / 2; if (fits(mid)) lo = mid; else hi = mid; }
  }
  const e = extent(lo);
  const cx = (e.l + e.r) / 2 / lo, cy = (e.t + e.b) / 2 / lo;
  network.moveTo({ position: { x: cx, y: cy }, scale: lo, animation: false });
  state.userMoved = false;
  kgLabels(container);
}

function kgScheduleLabels(container) {
  const state = container.kgState;
  if (state.pending) return;
  state.pending = true;
  window.requestAnimationFrame(function () { state.pending = false; kgLabels(container); });
}

/* Show the labels that fit, most important first; keep them KG_LABEL_PX tall on screen. */
function kgLabels(container) {
  const network = container.kgNetwork, state = container.kgState;
  const scale = network.getScale();
  const cell = 64, grid = {};
  function cells(b) {
    const out = [];
    for (let i = Math.floor(b.left / cell); i <= Math.floor(b.right / cell); i++) {
      for (let j = Math.floor(b.top / cell); j <= Math.floor(b.bottom / cell); j++) out.push(i + "," + j);
    }
    return out;
  }
  function hits(b, self) {
    return cells(b).some(function (c) {
      return (grid[c] || []).some(function (o) {
        return o.id !== self && b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom;
      });
    });
  }
  function add(b) { cells(b).forEach(function (c) { (grid[c] = grid[c] || []).push(b); }); }
  const screen = {};
  state.payload.nodes.forEach(function (n) {
    const p = network.canvasToDOM({ x: n.x, y: n.y });
    screen[n.id] = p;
    const r = (KG_INSIDE[n.shape] ? 6 : n.size) * scale;
    add({ id: n.id, left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r });
  });
  // always labelled: the keyboard's entity, the selected one and the focus
  const first = [state.cursor, state.payload.selected].concat(state.payload.focus || []);
  const order = state.payload.nodes.slice().sort(function (a, b) {
    const fa = first.indexOf(a.id) >= 0 ? 0 : 1, fb = first.indexOf(b.id) >= 0 ? 0 : 1;
    return fa - fb || a.rank - b.rank;
  });
  const updates = [], shown = {};
  order.forEach(function (n) {
    const p = screen[n.id], rel = kgLabelBox(n, scale);
    const box = { id: n.id, left: p.x + rel.left, right: p.x + rel.right, top: p.y + rel.top, bottom: p.y + rel.bottom };
    const show = first.indexOf(n.id) >= 0 || !hits(box, n.id);
    if (show) { add(box); shown[n.id] = true; }
    const update = { id: n.id, label: show ? n.kgLabel : "",
                     font: { size: KG_LABEL_PX / scale, strokeWidth: (n.font.strokeWidth ? 3 / scale : 0) } };
    if (KG_INSIDE[n.shape]) {  // a box holds its label; without one it is drawn as a small square
      update.shape = show ? n.shape : "square";
      update.size = show ? n.size : 6;
    }
    updates.push(update);
  });
  state.shown = shown;
  network.body.data.nodes.update(updates);
  container.setAttribute("data-labels-shown", String(Object.keys(shown).length));
}

/* Zoom buttons on the canvas, an accessible name, and the keyboard. */
function kgControls(container, payload) {
  container.setAttribute("tabindex", "0");
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "network graph");
  container.setAttribute("aria-label", "Graph of " + payload.nodes.length + " entities and " + payload.edges.length +
    " links. Arrow keys move between entities, Enter opens the details, Escape closes them, plus and minus zoom, 0 fits.");
  let bar = container.querySelector(".kg-zoom");
  if (!bar) {
    bar = document.createElement("div");
    bar.className = "kg-zoom";
    [["+", "Zoom in", function () { kgZoom(container, 1.25); }],
     ["\u2212", "Zoom out", function () { kgZoom(container, 0.8); }],
     ["Fit", "Fit the whole view", function () { kgFit(container); }]].forEach(function (spec) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = spec[0];
      b.setAttribute("aria-label", spec[1]);
      b.title = spec[1];
      b.addEventListener("click", function (ev) { ev.stopPropagation(); spec[2](); });
      bar.appendChild(b);
    });
    container.appendChild(bar);
    const live = document.createElement("div");
    live.className = "kg-live";
    live.setAttribute("aria-live", "polite");
    container.appendChild(live);
    container.addEventListener("keydown", function (ev) { kgKey(container, ev); });
    container.addEventListener("focus", function (ev) {
      if (ev.target === container && !container.kgState.cursor) kgMoveCursor(container, kgStartNode(container));
    });
  }
}

function kgZoom(container, factor) {
  const network = container.kgNetwork;
  network.moveTo({ scale: Math.max(0.02, Math.min(6, network.getScale() * factor)), animation: false });
  container.kgState.userMoved = true;
  kgLabels(container);
}

function kgStartNode(container) {
  const p = container.kgState.payload;
  if (p.selected) return p.selected;
  const best = p.nodes.slice().sort(function (a, b) { return a.rank - b.rank; })[0];
  return best ? best.id : null;
}

function kgMoveCursor(container, id) {
  const state = container.kgState, network = container.kgNetwork;
  if (!id) return;
  state.cursor = id;
  network.selectNodes([id], false);
  const n = network.body.data.nodes.get(id);
  const p = network.canvasToDOM({ x: n.x, y: n.y });
  if (p.x < 20 || p.y < 20 || p.x > container.clientWidth - 20 || p.y > container.clientHeight - 20) {
    network.moveTo({ position: { x: n.x, y: n.y }, animation: false });
  }
  kgLabels(container);
  const live = container.querySelector(".kg-live");
  if (live) live.textContent = String(n.title || n.kgLabel).split("\n").slice(0, 3).join(", ") + ". Enter opens the details.";
}

const KG_DIRECTIONS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

function kgKey(container, ev) {
  if (ev.target !== container) return;
  const state = container.kgState, handlers = state.handlers;
  const dir = KG_DIRECTIONS[ev.key];
  if (dir) {
    const here = container.kgNetwork.body.data.nodes.get(state.cursor || kgStartNode(container));
    let best = null, bestCost = Infinity;
    state.payload.nodes.forEach(function (n) {
      if (!here || n.id === here.id) return;
      const dx = n.x - here.x, dy = n.y - here.y;
      const along = dx * dir[0] + dy * dir[1], across = Math.abs(dx * dir[1] - dy * dir[0]);
      if (along <= 0) return;
      const cost = along + 2 * across;
      if (cost < bestCost) { bestCost = cost; best = n.id; }
    });
    kgMoveCursor(container, best || (here && here.id));
  } else if (ev.key === "Enter" || ev.key === " ") {
    const id = state.cursor || kgStartNode(container);
    if (id && handlers.node) handlers.node(id);
  } else if (ev.key === "Escape") {
    state.cursor = null;
    container.kgNetwork.unselectAll();
    kgLabels(container);
    if (handlers.close) handlers.close();
  } else if (ev.key === "+" || ev.key === "=") {
    kgZoom(container, 1.25);
  } else if (ev.key === "-") {
    kgZoom(container, 0.8);
  } else if (ev.key === "0") {
    kgFit(container);
  } else {
    return;
  }
  ev.preventDefault();
  ev.stopPropagation();
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

/* Arrow heads of the legend's line samples, as vis-network draws them (kg/draw/style.py names them). */
const KG_HEADS = {
  arrow: { from: 25, d: "M33 6l-8-4v8z", fill: true },
  vee: { from: 31, d: "M25 1.5l8 4.5-8 4.5", fill: false },
  bar: { from: 32, d: "M32 0.5v11", fill: false },
  circle: { from: 27, d: "M33 6a3.5 3.5 0 1 1-7 0a3.5 3.5 0 1 1 7 0z", fill: true },
};

function kgDrawLegend(element, legend) {
  element.replaceChildren();
  element.setAttribute("role", "list");
  element.setAttribute("aria-label", "Legend");
  const svgNS = "http://www.w3.org/2000/svg";
  legend.forEach(function (item) {
    const row = document.createElement("span");
    row.className = "kg-legend-item";
    row.setAttribute("role", "listitem");
    let swatch;
    if (item.type === "edge") {  // the line as drawn: its colour, dash pattern and arrow head
      swatch = document.createElementNS(svgNS, "svg");
      swatch.setAttribute("class", "kg-swatch kg-line");
      swatch.setAttribute("viewBox", "0 0 34 12");
      swatch.setAttribute("data-arrow", item.arrow || "arrow");
      const line = document.createElementNS(svgNS, "line");
      const head = KG_HEADS[item.arrow || "arrow"] || KG_HEADS.arrow;
      [["x1", 1], ["y1", 6], ["x2", head.from], ["y2", 6], ["stroke", item.color],
       ["stroke-width", Math.min(3, item.width)]].forEach(function (a) { line.setAttribute(a[0], a[1]); });
      if (item.pattern && item.pattern.length) line.setAttribute("stroke-dasharray", item.pattern.join(" "));
      else if (item.dashes) line.setAttribute("stroke-dasharray", "6 3");
      swatch.appendChild(line);
      const tip = document.createElementNS(svgNS, "path");
      tip.setAttribute("d", head.d);
      tip.setAttribute("fill", head.fill ? item.color : "none");
      tip.setAttribute("stroke", item.color);
      tip.setAttribute("stroke-width", head.fill ? "0.5" : "1.8");
      swatch.appendChild(tip);
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
    swatch.setAttribute("aria-hidden", "true");
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(item.label));
    element.appendChild(row);
  });
}
