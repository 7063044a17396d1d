"""The Compare tab in the real app (AppTest): two views chosen, their counts, the three groups
drawn, the differences listed; saved views; a bad view refused with a sentence."""

from __future__ import annotations

from collections import Counter


from kg.explore.views import comparison_for
from kg.explore.viewstate import ViewState
from tests.test_app import graph_payload, plain, run, texts

A, B = "focus=episode:valdai-2014", "focus=trait:6"
COUNTS = ("13 entities and 17 links: 4 entities and 4 links only in A, 4 and 6 only in B, 5 and 7 in both")


def test_a_comparison_from_its_url_draws_the_three_groups_and_lists_the_differences(memory_store):
    at = run(timeout=120, view="compare", a=A, b=B)
    cmp = comparison_for(memory_store, ViewState(view="compare", a=A, b=B))
    assert COUNTS in texts(at)
    drawn = graph_payload(at, "kg_compare")
    nodes = Counter(n["group_side"] for n in drawn["nodes"])
    edges = Counter(e["group_side"] for e in drawn["edges"])
    assert nodes == {"a": len(cmp.only_a.nodes), "b": len(cmp.only_b.nodes), "both": len(cmp.both.nodes)}
    assert edges == {"a": len(cmp.only_a.edges), "b": len(cmp.only_b.edges), "both": len(cmp.both.edges)}
    assert {n["id"] for n in drawn["nodes"] if n["group_side"] == "b"} == cmp.only_b.nodes
    legend = [row["label"] for row in drawn["legend"]]
    assert legend[:6] == ["entity only in A (thick solid outline)", "entity only in B (thick dashed outline)",
                          "entity in both (thin outline)", "link only in A (solid)", "link only in B (dashed)",
                          "link in both (thin, dotted)"]
    table = next(d.value for d in at.dataframe if "In" in d.value.columns)
    assert len(table) == 8 + 10 and Counter(table["In"]) == {"only in A": 8, "only in B": 10}
    assert min(table["Evidence quotes"][table[""] == "link"]) >= 1  # every link of the paper has its quotes
    at.toggle(key="w_cmp_all").set_value(True).run()
    table = next(d.value for d in at.dataframe if "In" in d.value.columns)
    assert len(table) == 13 + 17 and Counter(table["In"])["in both"] == 5 + 7


def test_two_saved_views_are_chosen_and_compared(workspace_folder):
    at = run(timeout=180, focus="episode:valdai-2014")
    at.text_input(key="ws_name").set_value("Ann Analyst")
    at.text_input(key="w_save_view_name").set_value("Valdai <b>speech</b>")
    at.button(key="w_save_view").click().run()
    assert not at.exception
    assert [plain(m.value) for m in at.success] == [("Saved “Valdai <b>speech</b>” in your workspace: compare it "
                                                     "with another view in the Compare tab.")]
    at.query_params.clear()
    at.query_params["focus"] = "trait:6"
    at.run()
    at.text_input(key="w_save_view_name").set_value("Trait 6")
    at.button(key="w_save_view").click().run()
    at.query_params.clear()
    at.query_params["view"] = "compare"
    at.run()
    assert "Choose two views, A and B." in texts(at)
    assert at.selectbox(key="w_cmp_a").options[:2] == ["Valdai <b>speech</b> — focus=episode:valdai-2014",
                                                       "Trait 6 — focus=trait:6"]
    at.selectbox(key="w_cmp_a").set_value(A).run()
    at.selectbox(key="w_cmp_b").set_value(B).run()
    assert not at.exception
    assert at.query_params["a"] == A and at.query_params["b"] == B
    assert COUNTS in texts(at)
    assert graph_payload(at, "kg_compare")["nodes"]


def test_a_link_whose_view_is_no_view_gets_a_sentence_naming_it():
    at = run(timeout=120, view="compare", a=A, b="focus=episode:valdai-2014&hops=7")
    assert any("URL parameter b='focus=episode:valdai-2014&hops=7' is not a view: hops must be between 0 and 3"
               in plain(e.value) for e in at.error), texts(at)
    assert "Showing the default view instead." in texts(at)


def test_a_comparison_with_a_missing_entity_says_which():
    at = run(timeout=120, view="compare", a="focus=episode:nowhere", b=B)
    assert any("View A (focus=episode:nowhere): No entity <https://w3id.org/negkg/id/episode/nowhere> in the "
               "store." in plain(e.value) for e in at.error), texts(at)


def test_a_story_s_steps_are_offered_as_saved_views(workspace_folder):
    from kg.workspace import Workspace
    from kg.workspace.history import History
    from kg.workspace.story import Step, Story, story_statement

    made, _ = story_statement(Story("My talk", (Step("focus=trait:6", "Zero-sum *thinking*\nmore"),
                                                Step("view=timeline&focus=episode:valdai-2014"))), author="Ann")
    History(workspace_folder).commit(Workspace((made,)))
    at = run(timeout=180, view="compare")
    assert at.selectbox(key="w_cmp_b").options[:2] == ["My talk, step 1: Zero-sum *thinking* — focus=trait:6",
                                                       "My talk, step 2 — focus=episode:valdai-2014"]
    at.selectbox(key="w_cmp_a").set_value("focus=episode:valdai-2014").run()
    at.selectbox(key="w_cmp_b").set_value("focus=trait:6").run()
    assert COUNTS in texts(at)
