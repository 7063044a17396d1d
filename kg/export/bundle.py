"""The bundle's parts: where each format goes (:data:`LAYOUT`), its README, and the reproducible
zip. :meth:`kg.export.exporter.Exporter.bundle` fills it with every export of a view.

The zip is reproducible: entries in a fixed order, each dated at midnight of
the export date with fixed permissions, so regenerating from the manifest
(which keeps that date) gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile

from kg._version import __version__
from kg.draw.figure import SIZES

__all__ = ["INTERACTIVE", "LAYOUT", "readme", "zip_files"]

#: Folder and file name in the bundle per format (figures: one per size).
LAYOUT: dict[str, str] = {
    "ttl": "data/view.ttl", "trig": "data/view.trig", "nq": "data/view.nq", "jsonld": "data/view.jsonld",
    "nt": "data/view.nt", "geojson": "data/map.geojson", "graphml": "data/view.graphml", "gexf": "data/view.gexf",
    "cyjs": "data/view.cyjs.json", "nodes-csv": "data/nodes.csv", "edges-csv": "data/edges.csv",
    "argdown": "data/argument.argdown",
    "svg": "figures/figure-{size}.svg", "pdf": "figures/figure-{size}.pdf", "png": "figures/figure-{size}.png",
    "map-svg": "figures/map-{size}.svg", "map-pdf": "figures/map-{size}.pdf", "map-png": "figures/map-{size}.png",
    "tikz": "figures/figure-{size}.tex", "key-csv": "figures/figure-{size}-key.csv",
    "key-tex": "figures/figure-{size}-key.tex", "html": "interactive/view.html",
    "bibtex": "bibliography/references.bib", "ris": "bibliography/references.ris",
    "csljson": "bibliography/references.csl.json", "evidence-csv": "evidence/evidence.csv",
    "evidence-md": "evidence/evidence.md", "evidence-tex": "evidence/evidence.tex", "caption": "caption.txt",
    "caption-tex": "caption.tex",
}


def zip_files(files: dict[str, bytes], *, created: str) -> bytes:
    """A deflated zip of ``files`` (path -> bytes) whose bytes depend on nothing else."""
    year, month, day = (int(x) for x in created.split("-"))
    stamp = (max(year, 1980), month, day, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            archive.writestr(info, files[path], compresslevel=9)
    return buffer.getvalue()


#: What ``interactive/view.html`` is, by the view's tab: the map for ``view=map``, else the graph.
INTERACTIVE = {
    "graph": "view.html: the interactive graph; opens from disk with no network.",
    "map": "view.html: the map (view=map): the page-wide map figure inline as SVG,\n"
           "               its caption and the table of its places (coordinates, their\n"
           "               source, episodes); opens from disk with no network.",
}


def readme(*, title: str, created: str, caption: str, references: int, url_query: str, paths: list[str],
           view: str = "graph") -> str:
    """The bundle's README.txt: what each folder holds and how to regenerate it; ``view`` the tab
    exported (``map``: its ``interactive/view.html`` is the map)."""
    return f"""{title}
{'=' * min(len(title), 78)}

Exported on {created} with negkg {__version__}, the knowledge-graph explorer of
Carsten Søndergaard, "Russian negotiating style. When does the West learn?",
European Policy Centre, 3 November 2025.

Suggested caption
-----------------
{caption}

What is here
------------
data/          the view as RDF (view.ttl, view.nt: the asserted triples; view.trig,
               view.nq, view.jsonld: the same in named graphs for links, evidence and
               sources, and inferred links, if any, in a graph of their own), as
               GraphML (Gephi, Cytoscape, yEd), GEXF (Gephi), Cytoscape.js JSON and
               CSV (nodes.csv, edges.csv); map.geojson: the places of the view's
               episodes with their coordinates (GeoNames), and the episodes at them.
figures/       the figure in two sizes, one journal column ({SIZES['column'].width} in) and one
               full page ({SIZES['page'].width} in): SVG and PDF (vector), PNG (300 dpi), and
               TikZ (figure-*.tex: compiles on its own with pdflatex or lualatex). Names
               that do not fit at 7 pt are numbered at their marker and listed in the
               key (figure-*-key.csv, figure-*-key.tex: a LaTeX tabular to set under it).
               map-*.svg/pdf/png: the places on a world map (Natural Earth borders),
               names that do not fit numbered in the key under the map.
interactive/   {INTERACTIVE.get(view, INTERACTIVE["graph"])}
bibliography/  the {references} source(s) behind the links, the paper included: BibTeX,
               RIS, CSL-JSON. Keys are stable across views.
evidence/      every link with the paper's verbatim quote, its section and sources
               (CSV, Markdown, LaTeX longtable citing the BibTeX keys).
caption.txt    the suggested caption above (caption.tex: the same, escaped for LaTeX).
manifest.json  the view, a SHA-256 of the dataset, the tool version and the date,
               and a SHA-256 of every file here.

Regenerate
----------
    python -m kg export --manifest manifest.json --format bundle -o again.zip

gives the same files when the dataset and the tool version are unchanged
(figures: the same layout; the manifest says if the dataset has changed).
Open the same view in the app with the URL parameters: {url_query or '(none: the overview)'}

Files
-----
""" + "\n".join(paths) + "\n"
