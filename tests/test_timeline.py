"""The Timeline shows every episode: dated ones on an axis that gives dense years room,
ongoing practices as bars to "ongoing", undated ones listed apart, and a table of all.

Expectations come from the store (SPARQL here), the chart from the real app (AppTest);
tests/browser/ clicks a mark in Chromium.
"""

from __future__ import annotations

import json
import re

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from kg.explore import catalog
from kg.explore.timeline import timeline
from kg.namespaces import sparql_prefixes
from kg.store.store import ROOT

APP = str(ROOT / "app.py")


def _iris(store, where: str) -> set[str]:
    rows = store.select_text(sparql_prefixes() + f"SELECT DISTINCT ?e WHERE {{ ?e a/rdfs:subClassOf* nkg:Episode . {where} }}").rows
    return {str(r[0]) for r in rows}


@pytest.fixture(scope="module")
def expected(memory_store) -> dict[str, set[str]]:
    every = _iris(memory_store, "")
    dated = _iris(memory_store, "?e nkg:startYear ?y")
    ongoing = _iris(memory_store, "?e nkg:datePrecision/rdfs:label 'ongoing' FILTER NOT EXISTS { ?e nkg:startYear ?y }")
    return {"every": every, "dated": dated, "ongoing": ongoing, "undated": every - dated - ongoing}


@pytest.fixture(scope="module")
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["view"] = "timeline"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _spec(at: AppTest) -> dict:
    """The chart's spec with its named datasets (sent beside it, as Arrow) put back in its layers."""
    chart = at.get("vega_lite_chart")[0].proto
    named = {d.name: pa.ipc.open_stream(d.data.data).read_all().to_pylist() for d in chart.datasets}

    def inline(value):
        if isinstance(value, dict):
            if set(value) == {"name"} and value["name"] in named:
                return {"values": named[value["name"]]}
            return {k: inline(v) for k, v in value.items()}
        return [inline(v) for v in value] if isinstance(value, list) else value
    return inline(json.loads(chart.spec))


def _data(spec: dict) -> list[dict]:
    rows = []
    for layer in spec.get("layer", []):
        rows += layer.get("data", {}).get("values", [])
        rows += _data(layer)
    return rows


def _walk(value, key: str):
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                yield v
            yield from _walk(v, key)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, key)


def test_the_store_has_every_kind_of_date(expected):
    assert len(expected["every"]) == 34  # 23 events and 11 practices (Kennedy's report is a source)
    assert expected["dated"] and expected["ongoing"] and expected["undated"]
    assert expected["dated"] | expected["ongoing"] | expected["undated"] == expected["every"]


def test_every_dated_episode_and_practice_is_drawn_on_its_own_row(app, expected):
    spec = _spec(app)
    drawn = [r for r in _data(spec) if "iri" in r]
    assert {r["iri"] for r in drawn} == expected["dated"] | expected["ongoing"]
    assert len(drawn) == len({r["iri"] for r in drawn}) == len({r["episode"] for r in drawn})  # one row each
    rows = next(_walk(spec, "sort"))
    assert sorted(rows) == sorted(r["episode"] for r in drawn)


def test_practices_are_bars_to_ongoing_and_dated_points_in_time_order(app, memory_store, expected):
    t = timeline(catalog.episodes(memory_store))
    drawn = {r["iri"]: r for r in _data(_spec(app)) if "iri" in r}
    ongoing_ticks = [x for x, label in t.ticks if label == "ongoing"]
    assert len(ongoing_ticks) == 1
    for iri in expected["ongoing"]:
        assert drawn[iri]["x2"] is not None and drawn[iri]["x"] >= t.ongoing_from - 1e-6
    dated = [p for p in t.placed if p.group == "dated"]
    assert all(p.x < t.ongoing_from for p in dated)
    starts = [(p.episode.start, p.x) for p in dated]
    assert [x for _, x in sorted(starts)] == sorted(x for _, x in starts)  # the axis keeps time order


def test_dense_years_get_room(memory_store):
    """2014–2025 hold half the dated episodes; on a linear 1905–2025 axis they had 9% of it."""
    t = timeline(catalog.episodes(memory_store))
    x = {p.episode.start: p.x for p in t.placed if p.group == "dated"}
    assert (x[2025] - x[2014]) / t.ongoing_from > 0.15
    assert (x[2025] - x[2014]) > (x[1981] - x[1905]) / 3


def test_undated_episodes_are_listed_apart_and_every_episode_is_in_the_table(app, memory_store, expected):
    shown = re.sub(r"\\(.)", r"\1", "\n".join(m.value for m in app.markdown))
    labels = {str(r[1]): str(r[0]) for r in memory_store.select_text(
        sparql_prefixes() + "SELECT ?e ?l WHERE { ?e a/rdfs:subClassOf* nkg:Episode ; rdfs:label ?l }").rows}
    listed = {labels[line[2:].split(":")[0]] for line in shown.splitlines()
              if line.startswith("- ") and line[2:].split(":")[0] in labels}
    assert listed == expected["undated"]
    table = app.dataframe[0].value
    assert set(table["episode"]) == set(labels) and len(table) == len(expected["every"])
    assert set(table["on the timeline"]) == {"dated", "ongoing", "no date"}


def test_the_chart_is_legible_offline_and_described(app):
    spec = _spec(app)
    sizes = [v for key in ("fontSize", "labelFontSize", "titleFontSize") for v in _walk(spec, key)]
    assert sizes and min(sizes) >= 11
    assert not list(_walk(spec, "url"))  # inline data only: nothing fetched
    assert "the table below lists every episode" in app.get("vega_lite_chart")[0].proto.alt


def test_a_trait_filter_keeps_only_its_episodes(expected):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["view"] = "timeline"
    at.query_params["trait"] = "4"
    at.run()
    drawn = {r["episode"] for r in _data(_spec(at)) if "iri" in r}
    assert drawn == {"Ischinger–Mamedov conversation (end of the 1990s)"}
