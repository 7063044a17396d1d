"""The real Streamlit app, driven in-process through its URL parameters (AppTest).

AppTest runs the script but no JavaScript: these tests check what the app
puts on the page (texts, tables, the graph payload); tests/browser/ checks
what the browser draws.
"""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.store.store import ROOT
from ui.export_panel import PANEL_KEY
from ui.sidebar import SECTIONS
from ui.view_table import TABLE_KEY

APP = str(ROOT / "app.py")


def plain(text: str) -> str:
    """Markdown source without the escapes kg.text.md_escape adds."""
    return re.sub(r"\\(.)", r"\1", text).replace("\u2060", "")


# The app under test reads its default, embedded store, so expectations come from the same
# (memory_store); tests/test_backends.py runs the app on a persistent store and on Virtuoso.


def run(*, timeout: float = 60, opened: tuple[str, ...] = (), **params: str) -> AppTest:
    """The app at the URL ``params``, with the expanders keyed ``opened`` open (the view's
    table and export panel are only filled while open, as a reader's click does)."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    for key, value in params.items():
        at.query_params[key] = value
    for key in opened:
        at.session_state[key] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader]
    parts += [i.value for i in at.info] + [w.value for w in at.warning] + [e.value for e in at.error]
    return plain("\n".join(parts))


def dialogs(at: AppTest) -> list:
    """The open dialogs (AppTest files them under the page's event block, not main)."""
    found, todo = [], list(at._tree.children.values())
    while todo:
        block = todo.pop()
        if getattr(block, "type", None) == "dialog":
            found.append(block)
        todo.extend(getattr(block, "children", {}).values())
    return found


def graph_payload(at: AppTest, key: str = "kg_graph") -> dict:
    element = next(e for e in at.get("bidi_component") if e.key == key)
    return json.loads(element.proto.json)


def test_overview_draws_the_traits_and_their_links(memory_store):
    at = run()
    drawn = graph_payload(at)
    expected = subgraph_for(memory_store, ViewState())
    assert {n["id"] for n in drawn["nodes"]} == {n.iri for n in expected.nodes}
    assert len(drawn["edges"]) == len(expected.edges)
    assert sum(1 for n in drawn["nodes"] if n["shape"] == "star") == 7
    assert "Overview of the seven traits: " in texts(at)


def test_focus_and_hops_come_from_the_url(memory_store):
    at = run(focus="episode:valdai-2014", hops="2")
    drawn = graph_payload(at)
    expected = subgraph_for(memory_store, ViewState(focus=("episode:valdai-2014",), hops=2))
    assert {n["id"] for n in drawn["nodes"]} == {n.iri for n in expected.nodes}
    assert "(2 links deep): " in texts(at)
    assert at.slider(key="w_hops").value == 2


def test_selected_entity_shows_its_evidence_quotes(memory_store):
    at = run(focus="episode:riyadh-2025", sel="episode:riyadh-2025")
    shown = texts(at)
    from kg.explore.describe import describe
    entity = describe(memory_store, "https://w3id.org/negkg/id/episode/riyadh-2025")
    quotes = [ev.quote for link in entity.links for ev in link.evidence if link.predicate.endswith("illustrates")]
    assert quotes and all(q in shown for q in quotes)
    assert "Section: 7. Experience and the art of deception" in shown
    assert "- **Marco Rubio** — Secretary of State *(for United States)*" in shown
    assert "- **Sergej Lavrov** — Foreign Minister *(for Russia)*" in shown


def test_selected_edge_shows_its_evidence():
    edge = "episode:valdai-2014|nkg:illustrates|trait:6"
    at = run(focus="episode:valdai-2014", edge=edge)
    shown = texts(at)
    assert "evidence passage(s) from the paper" in shown
    assert "Valdai" in shown


def test_filters_restrict_the_view(memory_store):
    at = run(focus="trait:7", hops="2", kind="episode,trait", years="2025-2025")
    drawn = graph_payload(at)
    kinds = {n["shape"] for n in drawn["nodes"]}
    assert kinds <= {"dot", "star"}
    expected = subgraph_for(memory_store, ViewState(focus=("trait:7",), hops=2, kinds=frozenset({"episode", "trait"}),
                                             years=(2025, 2025)))
    assert {n["id"] for n in drawn["nodes"]} == {n.iri for n in expected.nodes}
    assert at.multiselect(key="w_kinds").value == ["episode", "trait"]


def test_empty_view_says_what_to_change():
    at = run(kind="source")
    assert "Nothing matches this view" in texts(at)


def test_filters_that_leave_only_the_focus_say_so():
    at = run(focus="trait:1", kind="source")
    assert "No entity linked to the focus matches the filters" in texts(at)


@pytest.mark.parametrize("view", ["graph", "timeline", "matrix"])
def test_a_trait_the_store_lacks_is_explained_in_every_view(view):
    at = run(view=view, trait="9")
    assert [plain(e.value) for e in at.error] == ["This link has a problem: No trait 9 in the store. "
                                          "Showing the default view instead."]


def test_filters_on_a_path_view_are_said_not_to_apply():
    at = run(path_from="episode:valdai-2014", path_to="trait:1", kind="episode")
    assert "The filters do not apply to paths: every shortest path is shown." in texts(at)


def test_bad_url_is_explained_not_a_traceback():
    at = run(hops="nine")
    assert [plain(e.value) for e in at.error] == ["This link has a problem: URL parameter hops='nine': expected a whole number. "
                                          "Showing the default view instead."]
    assert graph_payload(at)["nodes"]


def test_unknown_entity_in_url_is_a_sentence():
    at = run(focus="episode:does-not-exist")
    assert [plain(e.value) for e in at.error] == [("This link has a problem: URL parameter focus: no entity "
                                                   "episode:does-not-exist in the store. Showing the default view instead.")]


def test_paths_between_two_entities():
    at = run(path_from="actor:lavrov", path_to="actor:putin")
    shown = texts(at)
    assert "shortest path(s)" in shown
    drawn = graph_payload(at)
    ids = {n["id"] for n in drawn["nodes"]}
    assert {"https://w3id.org/negkg/id/actor/lavrov", "https://w3id.org/negkg/id/actor/putin"} <= ids


def test_search_lists_ranked_results():
    at = run()
    at.text_input(key="w_search").input("sondergaard").run()
    labels = [plain(b.label) for b in at.button if b.key and b.key.startswith("hit_")]
    assert labels and labels[0].startswith("Carsten Søndergaard")
    at.button(key="hit_0").click().run()
    assert at.query_params["focus"] == "actor:sondergaard"


def test_timeline_view():
    at = run(view="timeline")
    assert "dated episodes" in texts(at)
    table = at.dataframe[0].value
    assert "Valdai" in " ".join(table["episode"])


CELL = "episode:ischinger-mamedov-1990s|nkg:illustrates|trait:4"


def test_a_matrix_cell_opens_its_quotes_in_a_dialog_without_filtering(memory_store):
    """A cell is a link (edge=): its quotes open in place, and no filter follows the reader elsewhere."""
    at = run(opened=SECTIONS, view="matrix", edge=CELL)
    from kg.explore.catalog import cell_evidence
    quotes = [ev.quote for ev in cell_evidence(memory_store, 4, "https://w3id.org/negkg/id/episode/ischinger-mamedov-1990s")]
    dialog = next(d for d in dialogs(at))
    shown = plain("\n".join(m.value for m in dialog.markdown))
    assert quotes and all(q in shown for q in quotes)
    assert "Evidence quotes per trait" in texts(at)
    assert at.multiselect(key="w_traits").value == []
    at.button(key="cell_graph").click().run()
    assert dict(at.query_params) == {"edge": CELL, "focus": "episode:ischinger-mamedov-1990s"}
    assert "(1 link deep): " in texts(at)


def test_the_matrix_and_the_graph_have_text_alternatives(memory_store):
    """Every cell of the matrix is a table cell too; every entity and link of the graph a row."""
    from kg.explore.catalog import matrix
    at = run(view="matrix")
    table = at.table[0].value
    cells = [c for c in matrix(memory_store) if c.kind == "episode"]
    assert len(table) == len({c.subject for c in cells})
    ischinger = table[table[""] == next(c.label for c in cells if c.subject.endswith("ischinger-mamedov-1990s"))]
    assert sum(v.strip() != "" for v in ischinger.iloc[0].tolist()[1:]) == sum(
        1 for c in cells if c.subject.endswith("ischinger-mamedov-1990s"))
    assert not run().table, "filled only when opened: the page draws the graph sooner"
    at = run(opened=(TABLE_KEY,))
    view = subgraph_for(memory_store, ViewState())
    entities, links = at.table[0].value, at.table[1].value
    assert len(entities) == len(view.nodes) and len(links) == len(view.edges)
    assert sorted(entities["Entity"]) == sorted(n.label for n in view.nodes)
    assert links["Evidence quotes"].sum() == sum(len(e.evidence) for e in view.edges)


def test_sources_view_lists_the_bibliography():
    at = run(view="sources")
    shown = texts(at)
    assert "Welt in Gefahr" in shown
    entries = [m.value for m in at.markdown if "**" in m.value]
    assert sum(e.startswith("**\\[9\\]** ") for e in entries) == 1
    assert sum(e.startswith("**The paper:** ") for e in entries) == 1
    assert not any("****" in e or "** **" in e for e in entries)


def test_argument_view_puts_the_thesis_on_top_with_its_supports_and_attacks(memory_store):
    at = run(view="argument", opened=(PANEL_KEY,))
    # the drawn map: the argument's subgraph, the thesis highest, every attack drawn as an attack
    drawn = graph_payload(at, "kg_argmap")
    expected = subgraph_for(memory_store, ViewState(view="argument"))
    assert {n["id"] for n in drawn["nodes"]} == {n.iri for n in expected.nodes}
    thesis = "https://w3id.org/negkg/id/claim/thesis-power-patience-prestige"
    top = min(drawn["nodes"], key=lambda n: n["y"])
    assert top["id"] == thesis and sum(n["y"] == top["y"] for n in drawn["nodes"]) == 1
    heads = {e["id"].split("|")[1].rsplit("#", 1)[-1]: e["arrows"]["to"]["type"] for e in drawn["edges"]}
    assert heads == {"supportsClaim": "arrow", "illustratesClaim": "vee", "attacks": "bar", "rebuts": "circle"}
    legend = {row["label"]: row for row in drawn["legend"] if row["type"] == "edge"}
    assert legend["attacks"]["arrow"] == "bar" and legend["attacks"]["pattern"] == [8, 4]
    # the outline beneath it, its text alternative
    claims = [m.value for m in at.markdown if m.value.startswith("**") and "  \n" in m.value]
    assert claims[0].startswith("**Thesis: Russia") and "power, patience and prestige" in claims[0]
    shown = texts(at)
    assert ":red[**rebuts**]" in shown and ":red[**attacks**]" in shown and ":green[**supports**]" in shown
    assert "Belief: one merely has to sit down at a table" in shown
    assert any(b.label == "Argdown (.argdown)" for b in at.get("download_button"))
    # the claims no support or attack reaches are listed under the map, said so, and not drawn
    unity = "https://w3id.org/negkg/id/claim/recommend-unity"
    assert unity not in {n["id"] for n in drawn["nodes"]}
    assert "the 6 claims the paper states that no support or attack is coded for" in shown
    assert any(m.value.startswith("**Unity**") for m in at.markdown)
    assert "so the map, which draws those links, does not show it" in shown


def test_focus_in_the_argument_views_panel_opens_the_graph_around_the_claim():
    """The map has no focus: Focus and Expand in its detail panel open the graph around the claim."""
    claim = "claim:recommend-unity"
    for button in ("act_focus", "act_expand"):
        at = run(view="argument", sel=claim)
        at.button(key=button).click().run()
        assert dict(at.query_params) == {"focus": claim, "sel": claim}, button
        assert graph_payload(at)["nodes"], button


def test_query_view_runs_the_query_from_the_url():
    at = run(view="query", q="SELECT ?t WHERE { ?t a nkg:Trait }")
    assert len(at.dataframe[0].value) == 7
    assert "SELECT · 7 result(s)" in texts(at)


def test_query_view_refuses_updates():
    at = run(view="query", q="DELETE WHERE { ?s ?p ?o }")
    assert any("DELETE WHERE is refused" in plain(e.value) for e in at.error)


def test_ontology_view_documents_classes():
    at = run(view="ontology")
    classes = at.dataframe[0].value
    assert "nkg:Episode" in list(classes["class"])
    assert (classes["instances"] > 0).sum() >= 10


def test_analytics_view_ranks_by_degree():
    at = run(view="analytics", focus="trait:7")
    table = at.dataframe[0].value
    assert table["degree"].iloc[0] == table["degree"].max()
    assert "Louvain communities" in texts(at)


def test_inference_toggle_adds_explained_edges():
    at = run(focus="episode:valdai-2014", infer="1")
    inferred = [e for e in graph_payload(at)["edges"] if "(inferred:" in e["title"]]
    assert inferred and all("owl:" in e["title"] or "rdfs:" in e["title"] for e in inferred)


@pytest.mark.parametrize("view", ["graph", "timeline", "matrix", "argument", "sources", "query", "ontology", "analytics"])
def test_every_view_renders_without_error(view):
    at = run(view=view)
    assert not at.error


def test_the_closed_sections_send_nothing_until_opened():
    """The filters, the path, the display options, the view's table and the export panel are
    collapsed by default and filled when opened: the browser draws the graph first (issue 17)."""
    closed = run()
    assert not closed.multiselect and not closed.table and not closed.get("download_button")
    assert [t.key for t in closed.toggle] == ["ws_show"], "the workspace toggle stays: the display options wait"
    assert {e.proto.label for e in closed.expander} >= {"Filters", "Path from A to B", "Display"}
    opened = run(opened=SECTIONS)
    assert opened.multiselect(key="w_traits").value == [] and opened.toggle(key="w_infer").value is False
    assert opened.button(key="w_find_paths") is not None


def test_export_panel_offers_every_format_for_the_view_on_screen():
    from kg.export.exporter import FORMATS
    closed = run(focus="episode:valdai-2014")
    assert not closed.get("download_button") and "Suggested caption" not in texts(closed), \
        "a closed panel sends nothing to draw"
    at = run(focus="episode:valdai-2014", opened=(PANEL_KEY,))
    buttons = {b.proto.label: b for b in at.get("download_button")}
    assert {f.label for f in FORMATS} <= set(buttons)
    assert "Suggested caption" in texts(at)


def test_a_view_larger_than_max_nodes_pages_and_summarises():
    first = run(max_nodes="20")
    assert "showing 20 of 71 entities" in texts(first)
    second = run(max_nodes="20", page="2")
    one = {n["id"] for n in graph_payload(first)["nodes"]}
    two = {n["id"] for n in graph_payload(second)["nodes"]}
    assert len(two) == 20 and not one & two
    summary = run(group="kind")
    labels = {n["label"] for n in graph_payload(summary)["nodes"]}
    assert "33 episodes" in labels and "summarised by kind" in texts(summary)


def test_selecting_a_summary_node_lists_its_members():
    at = run(group="kind", sel="urn:kg:group:kind/episode")
    shown = texts(at)
    assert "A summary of 33 entities" in shown and "Putin's speech at the Valdai" in shown


@pytest.mark.parametrize("param", ["focus", "sel", "path_from", "source", "years"])
def test_text_from_a_permalink_reaches_the_page_as_text(param):
    """A crafted link cannot make the app show an image (a tracking pixel) or a link of its choosing."""
    hostile = "![x](http://host.invalid/p.png) [click](http://host.invalid/)"
    at = run(**{param: hostile, **({"path_to": "trait:1"} if param == "path_from" else {})})
    markup = [e.value for e in at.error] + [m.value for m in at.markdown] + [s.value for s in at.subheader]
    assert any("host.invalid" in plain(m) for m in markup), "the bad value is named in the message"
    for text in markup:
        assert not re.search(r"(?<!\\)\]\(", text) and not re.search(r"(?<!\\)!\[", text), text


BAD_VALUES = [
    ("view", "nowhere"), ("focus", "episode:nonexistent"), ("focus", "not a curie"), ("hops", "nine"),
    ("hops", "7"), ("kind", "dragon"), ("trait", "9"), ("trait", "six"), ("years", "soon"),
    ("years", "2025-1900"), ("source", "source:nowhere"), ("sel", "episode:nonexistent"),
    ("edge", "episode:valdai-2014|nkg:illustrates"), ("edge", "episode:nowhere|nkg:illustrates|trait:6"),
    ("path_from", "episode:nonexistent"), ("path_to", "episode:nonexistent"), ("infer", "maybe"),
    ("size", "huge"), ("colour", "pink"), ("max_nodes", "0"), ("page", "0"), ("group", "planet"),
]


@pytest.mark.parametrize(("param", "value"), BAD_VALUES)
def test_a_bad_url_value_gives_one_sentence_and_the_default_view(param, value):
    """No dead end: the reason, then the overview with every control (tabs, search, filters, Reset)."""
    at = run(opened=SECTIONS, **{param: value})
    errors = [plain(e.value) for e in at.error]
    assert len(errors) == 1, errors
    assert errors[0].startswith("This link has a problem: ") and errors[0].endswith(
        " Showing the default view instead."), errors[0]
    assert "Overview of the seven traits" in texts(at)
    assert graph_payload(at)["nodes"]
    assert at.get("button_group"), "the tabs are there"
    assert at.text_input(key="w_search") is not None
    assert any(b.label == "Reset view" for b in at.button)
    # the controls work from there: a filter set now replaces the bad link with a good one
    at.multiselect(key="w_traits").set_value([6]).run()
    assert not at.error and dict(at.query_params) == {"trait": "6"}


def _suggested_caption(at: AppTest) -> str:
    return next(plain(c.value) for c in at.caption if c.value.startswith("Suggested caption: "))


@pytest.mark.parametrize(("params", "words"), [
    ({}, "overview of the seven traits"),
    ({"trait": "6"}, "overview of trait 6"),
    ({"trait": "2,6", "kind": "episode,trait"}, "overview of traits 2 and 6; only episodes and traits"),
    ({"years": "2014-2025"}, "overview of the seven traits; episodes of 2014–2025"),
    ({"focus": "episode:valdai-2014", "hops": "2", "trait": "6"},
     "neighbourhood of Putin's speech at the Valdai Conference in Sochi (2014) (2 links deep); trait 6"),
])
def test_the_caption_on_screen_and_the_export_caption_say_what_the_view_holds(params, words):
    at = run(opened=(PANEL_KEY,), **params)
    screen = next(plain(c.value) for c in at.caption if "entities" in c.value and "links" in c.value
                  and not c.value.startswith("Suggested"))
    assert screen.startswith(words[0].upper() + words[1:] + ": "), screen
    assert _suggested_caption(at).startswith("Suggested caption: The " + words + " in the knowledge graph of")
    if params.get("trait"):
        assert "seven traits" not in screen


def test_colouring_by_community_draws_a_legend_of_communities():
    at = run(focus="trait:7", hops="2", colour="community")
    drawn = graph_payload(at)
    nodes = [row for row in drawn["legend"] if row["type"] == "node"]
    communities = [row for row in nodes if row["label"].startswith("Community ")]
    assert len(communities) >= 2
    used = {n["color"]["background"] for n in drawn["nodes"]}
    assert {row["color"] for row in communities} == used
    kinds = [row for row in nodes if row not in communities]
    assert kinds and {row["color"] for row in kinds} == {"#ffffff"}, "the shapes still name the kinds, uncoloured"
    assert "Colour marks the Louvain community" in texts(at)


def test_the_query_gallery_lets_go_of_its_title_when_the_query_is_edited():
    from kg.store import gallery
    first = gallery.examples()[1]
    at = run(view="query")
    at.selectbox(key="w_example").set_value(first.name).run()
    assert at.text_area(key="w_q").value == first.text
    at.text_area(key="w_q").input(first.text.replace("SELECT", "SELECT DISTINCT", 1)).run()
    assert at.selectbox(key="w_example").value is None
    assert "Your own query" in texts(at)


def test_a_change_of_filters_says_so_and_how_to_undo_it():
    at = run(opened=SECTIONS, view="graph")
    at.multiselect(key="w_traits").set_value([2, 6]).run()
    assert [plain(t.value) for t in at.toast] == [
        "Filters changed: traits 2 and 6. The browser's Back button undoes it."]
    at.text_input(key="w_search").input("valdai").run()
    at.button(key="hit_0").click().run()
    assert not at.toast, "focusing on a search hit changes no filter"


def _expander(at: AppTest, label: str):
    return next(e for e in at.expander if e.proto.label == label)


def test_the_filters_section_stays_open_while_in_use():
    at = run(trait="6")
    assert _expander(at, "Filters").proto.expanded
    at.multiselect(key="w_traits").set_value([]).run()
    assert "trait" not in at.query_params
    assert _expander(at, "Filters").proto.expanded, "removing the last filter keeps the section open"
    at = run(path_from="episode:valdai-2014", path_to="trait:1")
    at.button(key="w_path_clear").click().run()
    assert "path_from" not in at.query_params and _expander(at, "Path from A to B").proto.expanded


def test_the_period_is_two_year_fields_and_adds_nothing_until_it_narrows(memory_store):
    from kg.explore import catalog
    years = [y for e in catalog.episodes(memory_store) for y in (e.start, e.end) if y is not None]
    lo, hi = min(years), max(years)
    at = run(opened=SECTIONS)
    at.checkbox(key="w_period").check().run()
    assert dict(at.query_params) == {}, "ticking the box alone changes no view"
    assert (at.number_input(key="w_year_from").value, at.number_input(key="w_year_to").value) == (lo, hi)
    at.number_input(key="w_year_from").set_value(2014).run()
    assert dict(at.query_params) == {"years": f"2014-{hi}"}
    assert at.checkbox(key="w_period").value
    at.number_input(key="w_year_to").set_value(2000).run()
    assert dict(at.query_params) == {"years": "2000-2000"}, "a last year before the first moves the first"
    at.number_input(key="w_year_from").set_value(lo).run()
    at.number_input(key="w_year_to").set_value(hi).run()
    assert dict(at.query_params) == {}, "the whole period is no filter"
    at.checkbox(key="w_period").uncheck().run()
    assert "w_year_from" not in [n.key for n in at.number_input]


def test_choosing_every_kind_is_no_filter():
    from kg.kinds import KINDS
    at = run(opened=SECTIONS)
    at.multiselect(key="w_kinds").set_value([k.key for k in KINDS]).run()
    assert dict(at.query_params) == {}


def test_a_path_endpoint_that_fits_several_entities_is_picked_by_the_reader():
    at = run(opened=SECTIONS)
    at.text_input(key="w_from").input("Portsmouth")
    at.text_input(key="w_to").input("trait:1").run()
    pick = at.selectbox(key="w_from_pick")
    assert pick.value is None
    assert sorted(pick.options) == ["Peace talks at Portsmouth, New Hampshire (1905) · episode",
                                                      "Portsmouth · place"]
    at.button(key="w_find_paths").click().run()
    assert "path_from" not in at.query_params
    assert any("“Portsmouth” fits 2 entities" in plain(e.value) for e in at.error)
    at.selectbox(key="w_from_pick").set_value("https://w3id.org/negkg/id/episode/portsmouth-1905").run()
    at.button(key="w_find_paths").click().run()
    assert at.query_params["path_from"] == "episode:portsmouth-1905" and at.query_params["path_to"] == "trait:1"
    assert "shortest path(s)" in texts(at)
    assert at.selectbox(key="w_from_pick").value == "https://w3id.org/negkg/id/episode/portsmouth-1905"


def test_a_path_permalink_shows_the_endpoints_it_names():
    at = run(path_from="place:portsmouth", path_to="trait:1")
    assert at.text_input(key="w_from").value == "Portsmouth"
    assert at.selectbox(key="w_from_pick").value == "https://w3id.org/negkg/id/place/portsmouth"
