"""The facets, the Table view and the linked layout in the real app (AppTest, through the URL)."""

from __future__ import annotations

from kg.explore.facets import facets
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.namespaces import ID
from tests.test_app import graph_payload, run, texts
from ui.sidebar import SECTIONS

PUTIN = f"{ID}actor/putin"


def test_every_facet_shows_its_values_with_counts(memory_store):
    at = run(opened=SECTIONS)
    counted = {f.key: f for f in facets(memory_store, subgraph_for(memory_store, ViewState()))}
    actors = at.multiselect(key="w_actors").options
    assert f"Vladimir Putin · {counted['actor'].count(PUTIN)}" in actors
    assert actors[-1] == f"unknown (none given) · {counted['actor'].unknown}"
    assert f"Episodes · {counted['kind'].count('episode')}" in at.multiselect(key="w_kinds").options
    assert any(o.startswith("ongoing · ") for o in at.multiselect(key="w_precisions").options)
    assert at.multiselect(key="w_places").options[-1].startswith("unknown (none given) · ")
    assert at.multiselect(key="w_claims").options
    assert "Episodes of the view per decade: 1860s 1" in texts(at)


def test_choosing_a_facet_value_narrows_the_graph_and_the_url(memory_store):
    at = run(opened=SECTIONS)
    at.multiselect(key="w_actors").set_value([PUTIN]).run()
    assert at.query_params["actor"] == "actor:putin"
    expected = subgraph_for(memory_store, ViewState(actors=frozenset({PUTIN})))
    drawn = graph_payload(at)
    assert {n["id"] for n in drawn["nodes"]} == {n.iri for n in expected.nodes}
    assert len(drawn["nodes"]) < len(subgraph_for(memory_store, ViewState()).nodes)
    assert "episodes with Vladimir Putin" in texts(at)


def test_a_facet_counts_as_if_its_own_choice_were_not_made(memory_store):
    at = run(actor="actor:putin")
    whole = {f.key: f for f in facets(memory_store, subgraph_for(memory_store, ViewState()))}["actor"]
    russia = f"{ID}actor/russia"
    assert f"Russia · {whole.count(russia)}" in at.multiselect(key="w_actors").options
    narrowed = {f.key: f for f in facets(memory_store, subgraph_for(memory_store, ViewState(actors=frozenset({PUTIN}))))}
    assert f"Episodes · {narrowed['kind'].count('episode')}" in at.multiselect(key="w_kinds").options


def test_the_table_view_lists_the_narrowed_selection(memory_store):
    at = run(view="table", precision="day")
    expected = subgraph_for(memory_store, ViewState(precisions=frozenset({"day"})))
    table = at.dataframe[0].value
    assert sorted(table["entity"]) == sorted(n.label for n in expected.nodes)
    episodes = table[table["kind"] == "Episode"]
    assert len(episodes) == sum(1 for n in expected.nodes if n.kind == "episode") > 0
    assert at.get("download_button")[0].proto.label == "Download the table (CSV)"
    assert "episodes dated to the day" in texts(at)


def test_the_timeline_and_the_matrix_narrow_to_the_facets(memory_store):
    at = run(view="timeline", actor="actor:putin")
    assert "The view's filters and focus: " in texts(at)
    at = run(view="matrix", actor="actor:putin")
    shown = {n.label for n in subgraph_for(memory_store, ViewState(actors=frozenset({PUTIN}))).nodes}
    rows = at.table[0].value
    assert set(rows.iloc[:, 0]) <= shown


def test_permalinks_round_trip_through_the_widgets():
    params = {"actor": "actor:putin,unknown", "precision": "day", "claim": "unknown", "years": "2014-2025",
              "sel": "episode:valdai-2014", "layout": "linked"}
    at = run(opened=SECTIONS, **params)
    assert not at.error, [e.value for e in at.error]
    assert at.multiselect(key="w_actors").value == [PUTIN, "unknown"]
    assert at.multiselect(key="w_precisions").value == ["day"]
    assert at.toggle(key="w_linked").value
    assert {k: at.query_params[k] for k in params} == params
    assert "Timeline of this view" in texts(at)  # the linked layout: the timeline beside the graph


def test_a_bad_facet_value_in_a_link_is_a_sentence():
    at = run(precision="fortnight")
    assert "This link has a problem: Unknown date precision(s) fortnight" in texts(at)
    at = run(place="place:atlantis")
    assert "URL parameter place: no entity place:atlantis in the store." in texts(at)


def _stale_labels_sent_back(at, values: dict[str, list[str]]) -> None:
    """Rerun as the browser does on Back or Forward: with the URL already changed, and with the
    facet labels it shows, which may be those of an earlier run (counts change with the view)."""
    states = at._tree.get_widget_states()
    ids = {at.multiselect(key=key).id: labels for key, labels in values.items()}
    for state in states.widgets:
        if state.id in ids:
            state.string_array_value.data[:] = ids[state.id]
    at._run(states)


def test_back_with_the_labels_of_an_earlier_view_changes_nothing_but_the_view():
    """Back arrives while the browser still shows an earlier run's facet labels ("6. … · 25");
    the new run counts differently ("· 3"). That label is the same choice, not a new one: the
    view follows the URL, with no error (it was a TypeError, and the page kept the old view)."""
    at = run(trait="6", kind="episode")
    traits = at.multiselect(key="w_traits")
    stale_trait = next(o for o in traits.options if o.startswith("6. "))
    stale_kinds = [o for o in at.multiselect(key="w_kinds").options if o.startswith("Episodes · ")]
    assert len(stale_kinds) == 1
    at.query_params.update({"focus": "episode:valdai-2014", "sel": "episode:valdai-2014"})
    at.run()
    assert stale_trait not in at.multiselect(key="w_traits").options, "the counts must differ, or this tests nothing"
    for key in list(at.query_params):
        if key not in ("trait", "kind"):
            del at.query_params[key]
    _stale_labels_sent_back(at, {"w_traits": [stale_trait], "w_kinds": stale_kinds})
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert dict(at.query_params) == {"trait": "6", "kind": "episode"}
    assert "Overview of trait 6" in texts(at)
