"""The map as one offline HTML page: the map figure (:mod:`kg.draw.map_figure`) inline as SVG, its
caption, and the table of its places (the map's text alternative).

The figure's own SVG is put in the page as it is: its place names stay text (searchable, read by
screen readers, zoomed with the page), nothing is fetched (no script, tile or font), and the page
needs no script at all. The same SVG and table serve a story's map step
(:mod:`kg.workspace.story_export`).

>>> from kg.model import MapEpisode, MapPlace, PlaceMap
>>> pm = PlaceMap((MapPlace("urn:p", "Portsmouth", "place", 43.07704, -70.75766, "https://sws.geonames.org/5091383/",
...                         ("urn:e",)),), (), (MapEpisode("urn:e", "Peace talks", "1905", 1905, 1905, (5,),
...                                                        ("urn:p",)),), ())
>>> place_rows(pm)
[['Portsmouth', 'place', '43.07704° N, 70.75766° W', 'https://sws.geonames.org/5091383/', 'Peace talks (1905)']]
"""

from __future__ import annotations

import re

from kg.draw.html import CSP
from kg.draw.map_figure import MapDrawing
from kg.model import MapPlace, PlaceMap
from kg.text import escape

__all__ = ["MAP_CSS", "PLACE_COLUMNS", "inline_svg", "map_html", "place_rows"]

#: The columns of the table of places (:func:`place_rows`).
PLACE_COLUMNS = ("Place", "Kind", "Coordinates (WGS84)", "Coordinates from", "Episodes of this view")

#: The inline map: the figure's 7 pt names at 11 px at least (the page-wide figure's 504 pt are never
#: drawn under 800 px wide; a column's 252 pt then give 22 px).
MAP_CSS = "svg.kg-map{display:block;width:100%;min-width:800px;height:auto}"

_ROOT = re.compile(r"<svg\b[^>]*>")
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.DOTALL)


def _coordinates(p: MapPlace) -> str:
    if not p.located:
        return "none: not on the map"
    return f"{abs(p.lat)}° {'N' if p.lat >= 0 else 'S'}, {abs(p.long)}° {'E' if p.long >= 0 else 'W'}"


def place_rows(pm: PlaceMap) -> list[list[str]]:
    """One row per place, in :data:`PLACE_COLUMNS`: those on the map, then those without
    coordinates; each with its episodes (and their dates) in this view."""
    episodes = {e.iri: e.label + (f" ({e.when})" if e.when and e.when not in e.label else "") for e in pm.episodes}
    return [[p.label, p.kind, _coordinates(p), p.reference or "",
             "; ".join(episodes.get(e, e) for e in p.episodes) or "none in this view"]
            for p in pm.places + pm.unplaced]


def inline_svg(drawing: MapDrawing, *, label: str) -> str:
    """The figure's SVG as an element of an HTML page: no XML prolog or metadata, sized by the page
    (:data:`MAP_CSS`), an image named ``label`` for screen readers (the table says the rest)."""
    svg = drawing.save("svg").decode("utf-8")
    svg = _METADATA.sub("", svg[svg.index("<svg"):], count=1)
    root = _ROOT.match(svg).group(0)
    kept = re.sub(r'\s(?:width|height)="[^"]*"', "", root[:-1])
    return (f'{kept} class="kg-map" role="img" aria-label="{escape(label)}">' + svg[len(root):]).rstrip() + "\n"


def map_html(pm: PlaceMap, drawing: MapDrawing, *, title: str, caption: str, cite: list[str]) -> str:
    """One self-contained HTML page of the map: title, caption, the figure inline, the table of
    places, and ``cite`` (how to cite it, the view and the export) as the footer's lines. It
    opens from disk with no network and runs no script."""
    svg = inline_svg(drawing, label=f"Map of the {len(pm.places)} places of this view with coordinates; "
                                   "the table under it lists every place.")
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in PLACE_COLUMNS)
    body = "\n".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in place_rows(pm))
    footer = "".join(f"<p>{escape(line)}</p>" for line in cite)
    csp = CSP.replace("script-src 'unsafe-inline'", "script-src 'none'")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{escape(title)}</title>\n<style>{MAP_CSS}{_PAGE_CSS}</style>\n</head><body>\n"
        f"<header><h1>{escape(title)}</h1><p id=\"caption\">{escape(caption)}</p></header>\n"
        f"<main><figure id=\"map\" data-place-count=\"{len(pm.places)}\">\n{svg}</figure>\n"
        f"<table id=\"places\"><caption>Every place of this view: {len(pm.places)} on the map, "
        f"{len(pm.unplaced)} without coordinates</caption>\n<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{body}\n</tbody></table></main>\n"
        f"<footer>{footer}</footer>\n</body></html>\n"
    )


_PAGE_CSS = """
body{margin:0;font:14px/1.45 system-ui,sans-serif;color:#111;background:#fff}
header{padding:10px 16px;border-bottom:1px solid #ddd}
h1{font-size:18px;margin:0 0 4px}
header p{margin:0;color:#444}
main{padding:10px 16px;overflow-x:auto}
figure{margin:0 0 14px;max-width:1200px}
table{border-collapse:collapse;font-size:13px}
table caption{text-align:left;font-weight:bold;padding:4px 0}
th,td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
td:nth-child(3){white-space:nowrap}
footer{border-top:1px solid #ddd;padding:6px 16px;color:#444;font-size:13px}
footer p{margin:2px 0}
"""
