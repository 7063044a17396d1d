"""Export a view: one entry point for the app's Export panel and the CLI.

The app passes the *same* Subgraph it draws; the CLI builds it from the same
ViewState. Each format is one :class:`ExportFormat`; :func:`export` returns
the bytes, a file name and a media type:

>>> from kg.store.store import open_store
>>> from kg.explore.views import subgraph_for
>>> store = open_store()
>>> state = ViewState(focus=("trait:6",))
>>> data, filename, mime = export(store, state, subgraph_for(store, state), "bibtex")
>>> filename, mime
('negkg-trait-6-1hop.bib', 'application/x-bibtex')

An :class:`Exporter` shares the work between formats (the RDF, the
bibliography, the manifest's dataset hash), as the panel and the bundle need.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, NamedTuple

from kg import latex
from kg._version import __version__
from kg.cite import format_citation
from kg.draw.figure import SIZES, Drawing, drawing
from kg.draw.html import standalone_html
from kg.draw.map_figure import MapDrawing, map_drawing
from kg.draw.map_html import map_html
from kg.draw.tikz import tikz
from kg.errors import ExportError
from kg.explore.geo import view_map
from kg.explore.neighbourhood import with_evidence
from kg.explore.views import comparison_for
from kg.explore.viewstate import ViewState
from kg.export import bibliography
from kg.export.argdown import argdown
from kg.export import evidence as evidence_table
from kg.export.geojson import geojson
from kg.export import graph as export_graph
from kg.export import rdf as export_rdf
from kg.export.bundle import LAYOUT, readme, zip_files
from kg.export.caption import PAPER_SHORT, caption, describe_view, map_caption
from kg.export.figure_key import key_csv, key_latex, key_sentence
from kg.export.manifest import Manifest, manifest_for, today, url_query
from kg.export.naming import file_stem
from kg.model import PlaceMap, Subgraph
from kg.store.store import Store

__all__ = ["FORMATS", "FORMAT_BY_KEY", "GROUPS", "MAP_HTML_LABEL", "ExportFormat", "Exported", "Exporter", "export"]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its ``--format`` key, button label, file suffix and media type."""

    key: str  # the CLI's --format value
    label: str  # a button label
    suffix: str  # appended to the file stem
    mime: str
    group: str  # a key of GROUPS
    sized: bool = False  # a figure: the file name carries the size


GROUPS = {"data": "Data", "figure": "Figures", "interactive": "Interactive", "bibliography": "Bibliography",
          "evidence": "Evidence and caption", "reproducibility": "Reproducibility"}

FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("ttl", "Turtle (RDF)", ".ttl", "text/turtle", "data"),
    ExportFormat("trig", "TriG (RDF, named graphs)", ".trig", "application/trig", "data"),
    ExportFormat("nq", "N-Quads (RDF, named graphs)", ".nq", "application/n-quads", "data"),
    ExportFormat("jsonld", "JSON-LD (RDF, inline context)", ".jsonld", "application/ld+json", "data"),
    ExportFormat("nt", "N-Triples (RDF)", ".nt", "application/n-triples", "data"),
    ExportFormat("graphml", "GraphML (Gephi, Cytoscape, yEd)", ".graphml", "application/graphml+xml", "data"),
    ExportFormat("gexf", "GEXF (Gephi)", ".gexf", "application/gexf+xml", "data"),
    ExportFormat("cyjs", "Cytoscape.js JSON", ".cyjs.json", "application/json", "data"),
    ExportFormat("geojson", "GeoJSON of the map (places, episodes)", ".geojson", "application/geo+json", "data"),
    ExportFormat("csv", "CSV of nodes and edges (zip)", "-csv.zip", "application/zip", "data"),
    ExportFormat("nodes-csv", "CSV of nodes", "-nodes.csv", "text/csv", "data"),
    ExportFormat("edges-csv", "CSV of edges", "-edges.csv", "text/csv", "data"),
    ExportFormat("argdown", "Argdown (the view's claims, supports and attacks)", ".argdown", "text/plain", "data"),
    ExportFormat("svg", "Figure, SVG (vector)", ".svg", "image/svg+xml", "figure", sized=True),
    ExportFormat("pdf", "Figure, PDF (vector)", ".pdf", "application/pdf", "figure", sized=True),
    ExportFormat("png", "Figure, PNG (300 dpi)", ".png", "image/png", "figure", sized=True),
    ExportFormat("map-svg", "Map, SVG (vector)", "-map.svg", "image/svg+xml", "figure", sized=True),
    ExportFormat("map-pdf", "Map, PDF (vector)", "-map.pdf", "application/pdf", "figure", sized=True),
    ExportFormat("map-png", "Map, PNG (300 dpi)", "-map.png", "image/png", "figure", sized=True),
    ExportFormat("tikz", "Figure, TikZ/LaTeX", ".tex", "application/x-tex", "figure", sized=True),
    ExportFormat("key-csv", "Figure key, CSV", "-key.csv", "text/csv", "figure", sized=True),
    ExportFormat("key-tex", "Figure key, LaTeX", "-key.tex", "application/x-tex", "figure", sized=True),
    ExportFormat("html", "Interactive HTML (offline)", ".html", "text/html", "interactive"),
    ExportFormat("bibtex", "BibTeX", ".bib", "application/x-bibtex", "bibliography"),
    ExportFormat("ris", "RIS", ".ris", "application/x-research-info-systems", "bibliography"),
    ExportFormat("csljson", "CSL-JSON", ".csl.json", "application/vnd.citationstyles.csl+json", "bibliography"),
    ExportFormat("evidence-csv", "Evidence table, CSV", "-evidence.csv", "text/csv", "evidence"),
    ExportFormat("evidence-md", "Evidence table, Markdown", "-evidence.md", "text/markdown", "evidence"),
    ExportFormat("evidence-tex", "Evidence table, LaTeX", "-evidence.tex", "application/x-tex", "evidence"),
    ExportFormat("caption", "Suggested caption", "-caption.txt", "text/plain", "evidence"),
    ExportFormat("caption-tex", "Suggested caption, LaTeX", "-caption.tex", "application/x-tex", "evidence"),
    ExportFormat("manifest", "Manifest (JSON)", "-manifest.json", "application/json", "reproducibility"),
    ExportFormat("bundle", "Everything (zip)", ".zip", "application/zip", "reproducibility"),
)
FORMAT_BY_KEY = {f.key: f for f in FORMATS}
#: The ``html`` format's label for a map view (``view=map``), whose HTML is the map.
MAP_HTML_LABEL = "Map, HTML (offline)"


class Exported(NamedTuple):
    """One exported file: its bytes, a file name made from the view, and its media type."""

    data: bytes
    filename: str
    mime: str


class Exporter:
    """Every export of one view, sharing the work between formats."""

    def __init__(self, store: Store, state: ViewState, subgraph: Subgraph, *, size: str = "column",
                 created: str | None = None):
        if not subgraph.nodes:
            raise ExportError("The view has no entities, so there is nothing to export: "
                              "widen the filters or choose another focus.")
        if size not in SIZES:
            raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
        # a view fetched for drawing only (lazy) gets its evidence: every export carries it in full
        self.store, self.state, self.subgraph, self.size = store, state, with_evidence(store, subgraph), size
        self.created = created or today()
        self.stem = file_stem(state)

    @cached_property
    def references(self) -> tuple[bibliography.Reference, ...]:
        return bibliography.references(self.store, self.subgraph)

    @cached_property
    def sides(self) -> dict[str, str] | None:
        """A comparison's groups (only in A, only in B, in both), which its figures and HTML draw."""
        return comparison_for(self.store, self.state).sides() if self.state.view == "compare" else None

    @cached_property
    def rdf(self) -> export_rdf.ViewDataset:
        return export_rdf.dataset(self.store, self.subgraph, self.state)

    @cached_property
    def caption(self) -> str:
        paper = next((r.citation for r in self.references if r.is_paper), None)
        return caption(self.subgraph, self.state, paper, self.sides)

    @property
    def is_map(self) -> bool:
        """A ``view=map`` view: its ``html`` export is the map, not the graph."""
        return self.state.view == "map"

    @cached_property
    def map_caption(self) -> str:
        """The caption of the view's map: its places, the paper, where the coordinates come from."""
        paper = next((r.citation for r in self.references if r.is_paper), None)
        return map_caption(self.place_map, self.subgraph, self.state, paper)

    def figure_caption(self, size: str) -> str:
        """The caption of the figure of ``size``: :attr:`caption`, and how many entities its key names."""
        return " ".join(filter(None, [self.caption, key_sentence(self.drawing(size).plan)]))

    @property
    def view_caption(self) -> str:
        """The caption of what the view shows (its manifest, its bundle's README): a map view's map,
        any other view's graph."""
        return self.map_caption if self.is_map else self.caption

    def suggested_caption(self, size: str) -> str:
        """The ``caption`` export: :attr:`view_caption`, a graph's with how many entities its key names."""
        return self.view_caption if self.is_map else self.figure_caption(size)

    @cached_property
    def evidence_caption(self) -> str:
        text = describe_view(self.subgraph, self.state)
        return (f"The evidence behind each link of {text}: the words of Søndergaard (2025), "
                "their section and the sources cited there.")

    @cached_property
    def title(self) -> str:
        text = describe_view(self.subgraph, self.state)
        return f"{text[0].upper()}{text[1:]} \u2014 Søndergaard, Russian negotiating style (EPC, 2025)"

    def drawing(self, size: str) -> Drawing:
        """The figure of one size, drawn once for SVG, PDF, PNG and TikZ."""
        cache = self.__dict__.setdefault("_drawings", {})
        if size not in cache:
            cache[size] = drawing(self.subgraph, size=size, sides=self.sides)
        return cache[size]

    @cached_property
    def place_map(self) -> PlaceMap:
        """The map of the view: the places of its episodes (as the Map view shows it)."""
        return view_map(self.store, self.state)

    def map_drawing(self, size: str) -> MapDrawing:
        """The map figure of one size, drawn once for SVG, PDF and PNG."""
        cache = self.__dict__.setdefault("_maps", {})
        if size not in cache:
            cache[size] = map_drawing(self.place_map, size=size)
        return cache[size]

    def manifest(self, files: dict[str, str] | None = None) -> Manifest:
        return manifest_for(self.store, self.state, self.subgraph, size=self.size, created=self.created,
                            caption=self.view_caption, files=files)

    def label(self, fmt: str) -> str:
        """A button's label for ``fmt``; ``html`` of a map view says it is the map."""
        return MAP_HTML_LABEL if fmt == "html" and self.is_map else _format(fmt).label

    def filename(self, fmt: str, size: str | None = None) -> str:
        spec = _format(fmt)
        suffix = "-map.html" if fmt == "html" and self.is_map else spec.suffix
        return self.stem + (f"-{size or self.size}" if spec.sized else "") + suffix

    def html(self) -> str:
        """The ``html`` export: the interactive graph, or for a map view the map (the page-wide map
        figure inline as SVG, its caption, the table of its places and how to cite it)."""
        if not self.is_map:
            return standalone_html(self.subgraph, title=self.title, caption=self.caption, sides=self.sides)
        paper = next((format_citation(r.citation) for r in self.references if r.is_paper), None)
        cite = [(f"How to cite: {paper or PAPER_SHORT + '.'} Map drawn with negkg {__version__}, "
                 f"exported on {self.created}."),
                f"This view in the app: ?{url_query(self.state.to_params())}",
                ("Coordinates: GeoNames (supplementary facts, not the paper's); borders: Natural Earth 1:110m "
                 "(public domain).")]
        return map_html(self.place_map, self.map_drawing("page"), title=self.map_title, caption=self.map_caption,
                        cite=cite)

    @cached_property
    def map_title(self) -> str:
        text = describe_view(self.subgraph, self.state)
        return f"Map of the places of {text} \u2014 Søndergaard, Russian negotiating style (EPC, 2025)"

    def export(self, fmt: str, *, size: str | None = None) -> Exported:
        """The bytes of one format (figures in ``size``, default the exporter's)."""
        spec = _format(fmt)
        size = size or self.size
        if size not in SIZES:
            raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
        data = self._writers()[fmt](size)
        return Exported(data, self.filename(fmt, size), spec.mime)

    def csv_zip(self) -> bytes:
        """nodes.csv and edges.csv in one zip."""
        return zip_files({"nodes.csv": export_graph.nodes_csv(self.subgraph),
                          "edges.csv": export_graph.edges_csv(self.subgraph)}, created=self.created)

    def bundle(self) -> bytes:
        """Every format (figures in both sizes), README.txt and manifest.json in one zip, under one
        folder named after the view."""
        files: dict[str, bytes] = {}
        for fmt, path in LAYOUT.items():
            if fmt.startswith("map-") and not self.place_map.places:
                continue  # no place with coordinates: the GeoJSON says so, there is no map to draw
            for size in (SIZES if "{size}" in path else [self.size]):
                files[path.format(size=size)] = self.export(fmt, size=size).data
        sums = {path: hashlib.sha256(data).hexdigest() for path, data in sorted(files.items())}
        manifest = self.manifest(files=sums)
        files["manifest.json"] = manifest.to_json()
        files["README.txt"] = readme(title=self.title, created=self.created, caption=self.view_caption,
                                     references=len(self.references), url_query=manifest.to_dict()["url_query"],
                                     paths=sorted(files) + ["README.txt"], view=self.state.view).encode("utf-8")
        return zip_files({f"{self.stem}/{path}": data for path, data in files.items()}, created=self.created)

    def _writers(self) -> dict[str, Callable[[str], bytes]]:
        sg, title = self.subgraph, self.title
        return {
            "ttl": lambda _: export_rdf.turtle(self.rdf), "trig": lambda _: export_rdf.trig(self.rdf),
            "nq": lambda _: export_rdf.nquads(self.rdf), "jsonld": lambda _: export_rdf.jsonld(self.rdf),
            "nt": lambda _: export_rdf.ntriples(self.rdf),
            "graphml": lambda _: export_graph.graphml(sg, title=title),
            "gexf": lambda _: export_graph.gexf(sg, title=title),
            "cyjs": lambda _: export_graph.cytoscape_json(sg, title=title, view=self.state.to_params()),
            "csv": lambda _: self.csv_zip(),
            "nodes-csv": lambda _: export_graph.nodes_csv(sg), "edges-csv": lambda _: export_graph.edges_csv(sg),
            "argdown": lambda _: argdown(self.store, [e.key for e in sg.edges]).encode("utf-8"),
            "svg": lambda s: self.drawing(s).save("svg"), "pdf": lambda s: self.drawing(s).save("pdf"),
            "png": lambda s: self.drawing(s).save("png"),
            "map-svg": lambda s: self.map_drawing(s).save("svg"), "map-pdf": lambda s: self.map_drawing(s).save("pdf"),
            "map-png": lambda s: self.map_drawing(s).save("png"),
            "geojson": lambda _: geojson(self.place_map, title=title),
            "tikz": lambda s: tikz(sg, size=s, caption=self.figure_caption(s), layout=self.drawing(s).plan),
            "key-csv": lambda s: key_csv(self.drawing(s).plan),
            "key-tex": lambda s: key_latex(self.drawing(s).plan, caption=self.figure_caption(s)),
            "html": lambda _: self.html().encode("utf-8"),
            "bibtex": lambda _: bibliography.bibtex(self.references),
            "ris": lambda _: bibliography.ris(self.references),
            "csljson": lambda _: bibliography.csl_json(self.references),
            "evidence-csv": lambda _: evidence_table.evidence_csv(sg),
            "evidence-md": lambda _: evidence_table.evidence_markdown(sg, title=title),
            "evidence-tex": lambda _: evidence_table.evidence_latex(sg, caption=self.evidence_caption),
            "caption": lambda s: (self.suggested_caption(s) + "\n").encode("utf-8"),
            "caption-tex": lambda s: (latex.escape(self.suggested_caption(s)) + "\n").encode("utf-8"),
            "manifest": lambda _: self.manifest().to_json(),
            "bundle": lambda _: self.bundle(),
        }


def _format(fmt: str) -> ExportFormat:
    if fmt not in FORMAT_BY_KEY:
        raise ExportError(f"Unknown export format {fmt!r}; use one of {', '.join(FORMAT_BY_KEY)}.")
    return FORMAT_BY_KEY[fmt]


def export(store: Store, state: ViewState, subgraph: Subgraph, fmt: str, *, size: str = "column",
           created: str | None = None) -> Exported:
    """One export of the Subgraph ``state`` shows: ``(data, filename, mime)``.

    Raises :class:`ExportError` for an unknown format or size and an empty Subgraph.
    """
    _format(fmt)
    return Exporter(store, state, subgraph, size=size, created=created).export(fmt)
