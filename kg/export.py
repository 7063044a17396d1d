"""Export a view: one entry point for the app's Export panel and the CLI.

The app passes the *same* Subgraph it draws; the CLI builds it from the same
ViewState. Each format is one :class:`ExportFormat`; :func:`export` returns
the bytes, a file name and a media type:

>>> from kg.store import open_store
>>> from kg.views import subgraph_for
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
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, NamedTuple

from kg import bibliography, evidence_table, export_graph, export_rdf, latex
from kg.caption import caption, describe_view
from kg.errors import ExportError
from kg.figure import SIZES, Drawing, drawing
from kg.manifest import Manifest, manifest_for, today
from kg.model import Subgraph
from kg.namespaces import compact
from kg.render import standalone_html
from kg.store import Store
from kg.tikz import tikz
from kg.viewstate import ViewState

__all__ = ["ExportFormat", "Exported", "Exporter", "FORMATS", "FORMAT_BY_KEY", "GROUPS", "export", "file_stem"]


@dataclass(frozen=True)
class ExportFormat:
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
    ExportFormat("csv", "CSV of nodes and edges (zip)", "-csv.zip", "application/zip", "data"),
    ExportFormat("nodes-csv", "CSV of nodes", "-nodes.csv", "text/csv", "data"),
    ExportFormat("edges-csv", "CSV of edges", "-edges.csv", "text/csv", "data"),
    ExportFormat("svg", "Figure, SVG (vector)", ".svg", "image/svg+xml", "figure", sized=True),
    ExportFormat("pdf", "Figure, PDF (vector)", ".pdf", "application/pdf", "figure", sized=True),
    ExportFormat("png", "Figure, PNG (300 dpi)", ".png", "image/png", "figure", sized=True),
    ExportFormat("tikz", "Figure, TikZ/LaTeX", ".tex", "application/x-tex", "figure", sized=True),
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


class Exported(NamedTuple):
    data: bytes
    filename: str
    mime: str


def file_stem(state: ViewState) -> str:
    """A file name stem for a view: its focus and depth, plus a short hash of any filters.

    >>> file_stem(ViewState(focus=("episode:valdai-2014",), hops=2))
    'negkg-valdai-2014-2hops'
    >>> file_stem(ViewState(traits=frozenset({6})))
    'negkg-overview-2259c4'
    """
    params = export_rdf.subgraph_params(state)
    def local(iri: str) -> str:  # episode:valdai-2014 -> valdai-2014; trait:6 -> trait-6
        curie = compact(iri)
        prefix, _, name = curie.rpartition(":") if curie != iri else ("", "", iri.rstrip("/").rsplit("/", 1)[-1])
        return f"{prefix}-{name}" if name.isdigit() and prefix else name
    if state.path_from and state.path_to:
        name = f"path-{local(state.path_from)}-to-{local(state.path_to)}"
    elif state.focus:
        name = "+".join(local(f) for f in state.focus[:3]) + (f"+{len(state.focus) - 3}" if len(state.focus) > 3 else "")
        name += f"-{state.hops}hop" + ("s" if state.hops != 1 else "")
    else:
        name = "overview"
    rest = {k: v for k, v in params.items() if k not in ("focus", "hops", "path_from", "path_to")}
    if rest:
        name += "-" + hashlib.sha1(repr(sorted(rest.items())).encode()).hexdigest()[:6]
    return "negkg-" + re.sub(r"[^A-Za-z0-9._+-]+", "-", name).strip("-")


class Exporter:
    """Every export of one view, sharing the work between formats."""

    def __init__(self, store: Store, state: ViewState, subgraph: Subgraph, *, size: str = "column",
                 created: str | None = None):
        if not subgraph.nodes:
            raise ExportError("The view has no entities, so there is nothing to export: "
                              "widen the filters or choose another focus.")
        if size not in SIZES:
            raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
        self.store, self.state, self.subgraph, self.size = store, state, subgraph, size
        self.created = created or today()
        self.stem = file_stem(state)

    @cached_property
    def references(self) -> tuple[bibliography.Reference, ...]:
        return bibliography.references(self.store, self.subgraph)

    @cached_property
    def rdf(self) -> export_rdf.ViewDataset:
        return export_rdf.dataset(self.store, self.subgraph, self.state)

    @cached_property
    def caption(self) -> str:
        paper = next((r.citation for r in self.references if r.is_paper), None)
        return caption(self.subgraph, self.state, paper)

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
            cache[size] = drawing(self.subgraph, size=size)
        return cache[size]

    def manifest(self, files: dict[str, str] | None = None) -> Manifest:
        return manifest_for(self.store, self.state, self.subgraph, size=self.size, created=self.created,
                            caption=self.caption, files=files)

    def filename(self, fmt: str, size: str | None = None) -> str:
        spec = _format(fmt)
        return self.stem + (f"-{size or self.size}" if spec.sized else "") + spec.suffix

    def export(self, fmt: str, *, size: str | None = None) -> Exported:
        """The bytes of one format (figures in ``size``, default the exporter's)."""
        spec = _format(fmt)
        size = size or self.size
        if size not in SIZES:
            raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
        data = self._writers()[fmt](size)
        return Exported(data, self.filename(fmt, size), spec.mime)

    def _writers(self) -> dict[str, Callable[[str], bytes]]:
        sg, title = self.subgraph, self.title
        return {
            "ttl": lambda _: export_rdf.turtle(self.rdf), "trig": lambda _: export_rdf.trig(self.rdf),
            "nq": lambda _: export_rdf.nquads(self.rdf), "jsonld": lambda _: export_rdf.jsonld(self.rdf),
            "nt": lambda _: export_rdf.ntriples(self.rdf),
            "graphml": lambda _: export_graph.graphml(sg, title=title),
            "gexf": lambda _: export_graph.gexf(sg, title=title),
            "cyjs": lambda _: export_graph.cytoscape_json(sg, title=title, view=self.state.to_params()),
            "csv": lambda _: _csv_zip(self),
            "nodes-csv": lambda _: export_graph.nodes_csv(sg), "edges-csv": lambda _: export_graph.edges_csv(sg),
            "svg": lambda s: self.drawing(s).save("svg"), "pdf": lambda s: self.drawing(s).save("pdf"),
            "png": lambda s: self.drawing(s).save("png"),
            "tikz": lambda s: tikz(sg, size=s, caption=self.caption, sides=self.drawing(s).sides),
            "html": lambda _: standalone_html(sg, title=title, caption=self.caption).encode("utf-8"),
            "bibtex": lambda _: bibliography.bibtex(self.references),
            "ris": lambda _: bibliography.ris(self.references),
            "csljson": lambda _: bibliography.csl_json(self.references),
            "evidence-csv": lambda _: evidence_table.evidence_csv(sg),
            "evidence-md": lambda _: evidence_table.evidence_markdown(sg, title=title),
            "evidence-tex": lambda _: evidence_table.evidence_latex(sg, caption=self.evidence_caption),
            "caption": lambda _: (self.caption + "\n").encode("utf-8"),
            "caption-tex": lambda _: (latex.escape(self.caption) + "\n").encode("utf-8"),
            "manifest": lambda _: self.manifest().to_json(),
            "bundle": lambda _: _bundle(self),
        }


def _format(fmt: str) -> ExportFormat:
    if fmt not in FORMAT_BY_KEY:
        raise ExportError(f"Unknown export format {fmt!r}; use one of {', '.join(FORMAT_BY_KEY)}.")
    return FORMAT_BY_KEY[fmt]


def _csv_zip(ex: Exporter) -> bytes:
    from kg.export_bundle import zip_files
    return zip_files({"nodes.csv": export_graph.nodes_csv(ex.subgraph),
                      "edges.csv": export_graph.edges_csv(ex.subgraph)}, created=ex.created)


def _bundle(ex: Exporter) -> bytes:
    from kg.export_bundle import bundle
    return bundle(ex)


def export(store: Store, state: ViewState, subgraph: Subgraph, fmt: str, *, size: str = "column",
           created: str | None = None) -> Exported:
    """One export of the Subgraph ``state`` shows: ``(data, filename, mime)``.

    Raises :class:`ExportError` for an unknown format or size and an empty Subgraph.
    """
    _format(fmt)
    return Exporter(store, state, subgraph, size=size, created=created).export(fmt)
