"""A story exported: a PDF (a title page, then one page per step), one offline HTML file that steps
through the views, or a bundle with every step's data and one bibliography of them all.

Every step is built as the app and ``python -m kg export`` build one view: its ViewState, the
Subgraph of :func:`kg.explore.views.subgraph_for`, an :class:`~kg.export.exporter.Exporter` for its
figure (the graph or argument figure, the map for ``view=map``), caption and files.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from dataclasses import dataclass
from functools import cached_property

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from kg._version import __version__
from kg.draw.compare import mark
from kg.draw.figure import _RC
from kg.draw.html import CSP, GRAPH_CSS, TOOLTIP_CSS, graph_js, payload, vis_js
from kg.draw.map_html import MAP_CSS, PLACE_COLUMNS, inline_svg, place_rows
from kg.errors import ExportError, KGError
from kg.explore.views import subgraph_for
from kg.export import bibliography
from kg.export.bundle import zip_files
from kg.export.caption import describe_view
from kg.export.exporter import Exporter
from kg.export.manifest import today
from kg.kinds import KIND_BY_KEY
from kg.store.store import Store
from kg.text import escape, script_json
from kg.workspace.story import Story, story_json

__all__ = ["STORY_FORMATS", "StoryExport", "export_story"]

#: ``python -m kg export --story STORY.json --format …``: suffix and media type.
STORY_FORMATS = {"pdf": (".pdf", "application/pdf"), "html": (".html", "text/html"),
                 "bundle": (".zip", "application/zip")}

_A4 = (595.0, 842.0)  # points
_MARGIN = 45.0
_FONT = {"title": 18.0, "head": 11.0, "text": 9.0, "small": 8.0}
_LEAD = 1.4  # line height, in font sizes


@dataclass(frozen=True)
class _Step:
    number: int
    note: str
    exporter: Exporter

    @property
    def heading(self) -> str:
        text = describe_view(self.exporter.subgraph, self.exporter.state)
        return f"{text[0].upper()}{text[1:]}"

    @property
    def is_map(self) -> bool:
        return self.exporter.state.view == "map"

    def caption(self, size: str) -> str:
        """The figure's caption; a map's says what the map shows (its places), not how a graph reads."""
        return self.exporter.map_caption if self.is_map else self.exporter.figure_caption(size)


class StoryExport:
    """Every step of a story built once, for the three formats."""

    def __init__(self, store: Store, story: Story, *, created: str | None = None, size: str = "page"):
        self.store, self.story, self.created, self.size = store, story, created or today(), size
        if not story.steps:
            raise ExportError("The story has no steps: there is nothing to export.")

    @cached_property
    def steps(self) -> list[_Step]:
        out = []
        for number, step in enumerate(self.story.steps, 1):
            try:
                state = step.state
                sg = subgraph_for(self.store, state)
                out.append(_Step(number, step.note, Exporter(self.store, state, sg, size=self.size,
                                                             created=self.created)))
            except KGError as exc:
                raise ExportError(f"Step {number} ({step.view or 'the overview'}) cannot be exported: {exc}") from None
        return out

    # -- PDF ----------------------------------------------------------------------------
    def pdf(self) -> bytes:
        """A title page, then per step: its heading, its figure, its caption and its note."""
        buffer = io.BytesIO()
        meta = {"Title": self.story.title, "Creator": f"negkg {__version__}", "Producer": None,
                "CreationDate": None, "ModDate": None}
        with matplotlib.rc_context(_RC), PdfPages(buffer, metadata=meta) as pdf:
            pdf.savefig(self._title_page())
            for step in self.steps:
                pdf.savefig(self._step_page(step))
        return buffer.getvalue()

    def _title_page(self) -> Figure:
        lines = [(self.story.title, "title", True), ("", "text", False),
                 ((f"A story of {len(self.steps)} view{'s' if len(self.steps) != 1 else ''} in the knowledge graph "
                   "of Carsten Søndergaard, \u201cRussian negotiating style. When does the West learn?\u201d "
                   "(European Policy Centre, 3 November 2025)."), "text", False), ("", "text", False)]
        lines += [(f"{s.number}. {s.heading}", "text", False) for s in self.steps]
        lines += [("", "text", False), ((f"Exported on {self.created} with negkg {__version__}; each page names "
                                         "its view's permalink."), "small", False)]
        return _text_page(lines, width=_A4[0] - 2 * _MARGIN)

    def _step_page(self, step: _Step) -> Figure:
        ex = step.exporter
        fig = (ex.map_drawing(self.size) if step.is_map else ex.drawing(self.size)).figure
        fig_w, fig_h = (v * 72 for v in fig.get_size_inches())
        text_w = _A4[0] - 2 * _MARGIN
        head = _wrapped(f"Step {step.number} of {len(self.steps)}: {step.heading}", "head", text_w)
        below = [(step.caption(self.size), "small"), ("", "text")]
        below += [("Note: " + line if i == 0 else line, "text")
                  for i, line in enumerate((step.note or "(no note)").splitlines() or [""])]
        below += [("", "text"), ("View: ?" + _query(self.story, step.number), "small")]
        below_lines = [(line, kind) for text, kind in below for line in (_wrapped(text, kind, text_w) or [""])]
        height = max(_A4[1], _MARGIN * 2 + _height([(l, "head") for l in head]) + 8 + fig_h + 10
                     + _height(below_lines))
        # The step's own figure, as exported alone, moved onto the page: fonts and markers keep their size.
        fig.set_size_inches(_A4[0] / 72, height / 72)
        left, top = (_A4[0] - fig_w) / 2, _MARGIN + _height([(l, "head") for l in head]) + 8
        for ax in fig.axes:
            ax.set_position(((left) / _A4[0], (height - top - fig_h) / height, fig_w / _A4[0], fig_h / height))
        y = height - _MARGIN
        for line in head:
            y = _put(fig, line, "head", y, height, bold=True)
        y -= 8 + fig_h + 10
        for line, kind in below_lines:
            y = _put(fig, line, kind, y, height)
        return fig

    # -- HTML ---------------------------------------------------------------------------
    def html(self) -> str:
        """One file: every step's graph (drawn as the HTML export draws one view) or map (the map
        figure the PDF draws, as inline SVG: no script, tile or font to fetch), its note and a table."""
        steps = [{"heading": s.heading, "note": s.note, "view": _query(self.story, s.number),
                  **(self._map_step(s) if s.is_map else
                     {"caption": s.exporter.caption, "graph": _graph(s.exporter), "columns": _COLUMNS,
                      "rows": _rows(s.exporter)})}
                 for s in self.steps]
        title = escape(self.story.title)
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            f"<title>{title}</title>\n<style>{TOOLTIP_CSS}{GRAPH_CSS}{MAP_CSS}{_STORY_CSS}</style>\n"
            f"<script>{vis_js()}</script>\n<script>{graph_js()}</script>\n</head><body>\n"
            f"<header><h1>{title}</h1><nav aria-label=\"Story\"><button type=\"button\" id=\"prev\">Previous"
            "</button><span id=\"counter\" aria-live=\"polite\"></span><button type=\"button\" id=\"next\">Next"
            "</button></nav></header>\n"
            "<main><div id=\"graph\" aria-label=\"The step's graph\"></div><aside id=\"side\">"
            "<h2 id=\"heading\"></h2><div id=\"note\"></div><p id=\"caption\"></p><p id=\"view\"></p>"
            "<details><summary>The view as a table</summary><table id=\"rows\"><thead><tr></tr></thead>"
            "<tbody></tbody></table></details></aside></main>\n"
            "<footer><p class=\"kg-hint\">Previous and Next (or the arrow keys \u2190 \u2192 outside the graph) step "
            "through the story. In the graph: scroll to zoom, drag to pan; Tab to the graph, arrows move between "
            "entities.</p><div id=\"legend\"></div></footer>\n"
            f"<script type=\"application/json\" id=\"kg-story\">{script_json({'steps': steps})}</script>\n"
            f"<script>{_STORY_JS}</script>\n</body></html>\n")

    def _map_step(self, step: _Step) -> dict:
        """A map step of the HTML: the map figure's SVG as the map HTML export inlines it (its text
        stays text: the place names can be read, searched and zoomed), and its places as the table."""
        pm = step.exporter.place_map
        svg = inline_svg(step.exporter.map_drawing(self.size), label=f"Map of the {len(pm.places)} places of this "
                         "step with coordinates; the table lists every place.")
        return {"caption": step.caption(self.size), "map": svg, "places": len(pm.places),
                "columns": list(PLACE_COLUMNS), "rows": place_rows(pm)}

    # -- bundle -------------------------------------------------------------------------
    def bundle(self) -> bytes:
        """STORY.json, README.txt, one bibliography of every step, and each step's bundle under steps/NN/."""
        files: dict[str, bytes] = {"STORY.json": story_json(self.story)}
        refs: dict[str, bibliography.Reference] = {}
        for step in self.steps:
            for ref in step.exporter.references:
                refs.setdefault(ref.key, ref)
            with zipfile.ZipFile(io.BytesIO(step.exporter.bundle())) as one:
                for name in one.namelist():
                    inner = name.split("/", 1)[1]
                    files[f"steps/{step.number:02d}/{inner}"] = one.read(name)
            files[f"steps/{step.number:02d}/note.md"] = (step.note + "\n").encode("utf-8")
        order = sorted(refs.values(), key=lambda r: (not r.is_paper, r.citation.footnote or 10**6, r.key))
        files["bibliography/references.bib"] = bibliography.bibtex(tuple(order))
        files["bibliography/references.ris"] = bibliography.ris(tuple(order))
        files["bibliography/references.csl.json"] = bibliography.csl_json(tuple(order))
        files["README.txt"] = self._readme(len(order), sorted(files) + ["README.txt"]).encode("utf-8")
        return zip_files(files, created=self.created)

    def _readme(self, references: int, paths: list[str]) -> str:
        steps = "\n".join(f"  {s.number:02d}  {s.heading}\n      ?{_query(self.story, s.number)}" for s in self.steps)
        return (f"{self.story.title}\n{'=' * min(len(self.story.title), 78)}\n\n"
                f"A story of {len(self.steps)} views, exported on {self.created} with negkg {__version__}.\n\n"
                f"STORY.json       the story: its title and, per step, the view (a permalink's query) and the note\n"
                f"bibliography/    the {references} source(s) behind the links of every step: BibTeX, RIS, CSL-JSON\n"
                f"steps/NN/        step NN's bundle, as `python -m kg export --format bundle` writes one view,\n"
                f"                 and note.md, the step's note\n\nSteps\n-----\n{steps}\n\n"
                f"Again: python -m kg export --story STORY.json --format bundle -o again.zip\n\nFiles\n-----\n"
                + "\n".join(paths) + "\n")


def _query(story: Story, number: int) -> str:
    return story.steps[number - 1].view


_COLUMNS = ["Name", "Kind", "Date", "Links"]


def _graph(ex: Exporter) -> dict:
    """A step's drawing as the HTML export draws its view (a comparison with its groups)."""
    drawn = payload(ex.subgraph)
    return drawn if ex.sides is None else mark(drawn, ex.sides)


def _rows(ex: Exporter) -> list[list[str]]:
    degree: dict[str, int] = {}
    for e in ex.subgraph.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    return [[n.label, KIND_BY_KEY[n.kind].label, n.date_label or "", str(degree.get(n.iri, 0))]
            for n in sorted(ex.subgraph.nodes, key=lambda n: (-degree.get(n.iri, 0), n.label))]


def _chars(kind: str, width: float) -> int:
    """Characters per line of ``width`` points (DejaVu Sans averages about 0.55 em a character)."""
    return max(20, int(width / (_FONT[kind] * 0.56)))


def _wrapped(text: str, kind: str, width: float) -> list[str]:
    return textwrap.wrap(text, _chars(kind, width), break_long_words=True, break_on_hyphens=False)


def _height(lines: list[tuple[str, str]]) -> float:
    return sum(_FONT[kind] * _LEAD for _, kind in lines)


def _put(fig: Figure, line: str, kind: str, y: float, height: float, *, bold: bool = False) -> float:
    """One line of text whose top is ``y`` points from the page's foot; returns the next line's top."""
    size = _FONT[kind]
    if line:
        fig.text(_MARGIN / _A4[0], (y - size) / height, line, fontsize=size, ha="left", va="baseline",
                 parse_math=False, fontweight="bold" if bold else "normal")
    return y - size * _LEAD


def _text_page(lines: list[tuple[str, str, bool]], *, width: float) -> Figure:
    wrapped = [(w, kind, bold) for text, kind, bold in lines for w in (_wrapped(text, kind, width) or [""])]
    height = max(_A4[1], 2 * _MARGIN + _height([(l, k) for l, k, _ in wrapped]))
    fig = Figure(figsize=(_A4[0] / 72, height / 72))
    y = height - _MARGIN
    for line, kind, bold in wrapped:
        y = _put(fig, line, kind, y, height, bold=bold)
    return fig


def export_story(store: Store, story: Story, fmt: str, *, created: str | None = None) -> tuple[bytes, str]:
    """The bytes of one story format (``pdf``, ``html``, ``bundle``) and its media type."""
    if fmt not in STORY_FORMATS:
        raise ExportError(f"A story exports as {', '.join(STORY_FORMATS)}; not {fmt!r}.")
    ex = StoryExport(store, story, created=created)
    data = {"pdf": ex.pdf, "html": lambda: ex.html().encode("utf-8"), "bundle": ex.bundle}[fmt]()
    return data, STORY_FORMATS[fmt][1]


_STORY_CSS = """
html,body{height:100%}
body{margin:0;font:14px/1.45 system-ui,sans-serif;color:#111;background:#fff;display:flex;flex-direction:column}
header{flex:0 0 auto;padding:8px 16px;border-bottom:1px solid #ddd;display:flex;align-items:center;gap:16px;
flex-wrap:wrap}
h1{font-size:18px;margin:0;flex:1 1 auto}
nav{display:flex;align-items:center;gap:10px}
nav button{font:14px system-ui,sans-serif;padding:5px 12px;border:1px solid #767676;border-radius:4px;background:#fff;
color:#111;cursor:pointer}
nav button:disabled{color:#555;background:#eee;cursor:default}
nav button:focus-visible{outline:3px solid #1a55c4;outline-offset:2px}
main{flex:1 1 auto;display:flex;min-height:360px}
#graph{flex:1 1 auto;min-width:0;position:relative;border-right:1px solid #ddd}
#graph.kg-map-step{overflow:auto}
#side{flex:0 0 380px;overflow:auto;padding:10px 14px}
#side h2{font-size:16px;margin:4px 0 8px}
#note{white-space:pre-wrap;border-left:3px solid #7b3fa0;background:#f7f3fa;padding:6px 10px;margin:0 0 10px}
#caption,#view{color:#444;font-size:13px}
table{border-collapse:collapse;font-size:13px;margin-top:6px}
th,td{border-bottom:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
#rows.kg-places td:nth-child(4){overflow-wrap:anywhere}  /* a GeoNames URI: the table fits the side */
footer{flex:0 0 auto;border-top:1px solid #ddd;padding:4px 16px}
#legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px}
.kg-hint{margin:0 0 2px;color:#444;font-size:13px}
@media (max-width:900px){main{flex-direction:column}#side{flex:0 0 auto;max-height:40vh}}
"""

_STORY_JS = """
const STORY = JSON.parse(document.getElementById("kg-story").textContent).steps;
const graphBox = document.getElementById("graph");
let current = -1;
function text(id, value) { document.getElementById(id).textContent = value; }
function show(k, keepHash) {
  k = Math.max(0, Math.min(STORY.length - 1, k));
  if (k === current) return;
  current = k;
  const step = STORY[k];
  if (graphBox.kgNetwork) graphBox.kgNetwork.destroy();
  if (graphBox.kgState) window.clearTimeout(graphBox.kgState.resizing);  // no refit of a graph that is gone
  graphBox.replaceChildren();
  ["data-node-count", "data-edge-count", "data-place-count", "data-drawn"].forEach(function (a) {
    graphBox.removeAttribute(a);
  });
  graphBox.setAttribute("data-step", String(k + 1));
  graphBox.classList.toggle("kg-map-step", !!step.map);
  const legend = document.getElementById("legend"); legend.replaceChildren();
  if (step.map) {
    drawMap(step);  // its legend and key are under the map, in the figure
    legend.removeAttribute("role"); legend.removeAttribute("aria-label");
  } else {
    kgDrawGraph(graphBox, step.graph, {});
    kgDrawLegend(legend, step.graph.legend);
  }
  text("counter", "Step " + (k + 1) + " of " + STORY.length);
  text("heading", step.heading);
  text("note", step.note || "(no note)");
  text("caption", step.caption);
  text("view", "View: ?" + step.view);
  const head = document.querySelector("#rows thead tr"); head.replaceChildren();
  step.columns.forEach(function (name) {
    const th = document.createElement("th"); th.scope = "col"; th.textContent = name; head.appendChild(th);
  });
  document.getElementById("rows").classList.toggle("kg-places", !!step.map);
  const body = document.querySelector("#rows tbody"); body.replaceChildren();
  step.rows.forEach(function (row) {
    const tr = document.createElement("tr");
    row.forEach(function (cell) { const td = document.createElement("td"); td.textContent = cell; tr.appendChild(td); });
    body.appendChild(tr);
  });
  document.getElementById("prev").disabled = k === 0;
  document.getElementById("next").disabled = k === STORY.length - 1;
  if (!keepHash && location.hash !== "#step-" + (k + 1)) location.hash = "#step-" + (k + 1);  // Back and Forward step
}
function drawMap(step) {
  // The map figure's own SVG (kg.draw.map_html.inline_svg), parsed as XML (never as HTML): its text
  // is the places' names.
  const parsed = new DOMParser().parseFromString(step.map, "image/svg+xml").documentElement;
  graphBox.appendChild(document.importNode(parsed, true));
  graphBox.setAttribute("data-place-count", String(step.places));
  graphBox.setAttribute("data-drawn", String(Date.now()));
}
function fromHash() {
  const m = /^#step-(\\d+)$/.exec(location.hash);
  show(m ? parseInt(m[1], 10) - 1 : 0, true);
}
document.getElementById("prev").addEventListener("click", function () { show(current - 1); });
document.getElementById("next").addEventListener("click", function () { show(current + 1); });
document.addEventListener("keydown", function (ev) {
  if (graphBox.contains(ev.target) || /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName)) return;
  if (ev.key === "ArrowRight") { show(current + 1); ev.preventDefault(); }
  else if (ev.key === "ArrowLeft") { show(current - 1); ev.preventDefault(); }
});
window.addEventListener("hashchange", fromHash);
fromHash();
"""
