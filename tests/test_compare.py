"""Compare two views (kg.explore.compare): the union and its three groups, against set
arithmetic on the two Subgraphs the views give on the paper's real graph."""

from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.explore.compare import compare, workspace_view
from kg.explore.views import comparison_for, subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import Exporter
from kg.model import Edge, Evidence, Node, Subgraph
from kg.namespaces import NKG
from kg.store.store import open_store
from kg.workspace import Workspace, link, source
from kg.workspace.bibtex import parse_bibtex
from kg.workspace.sync import hide, show

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
TRAIT3 = "https://w3id.org/negkg/id/trait/3"
PAIRS = [("focus=episode:valdai-2014&hops=2", "trait=6"),
         ("focus=episode:valdai-2014", "focus=trait:6"),
         ("focus=trait:1", "focus=trait:6&kind=episode,trait"),
         ("focus=actor:russia", "view=argument")]


def _keys(sg: Subgraph) -> tuple[set[str], set[tuple[str, str, str]]]:
    return {n.iri for n in sg.nodes}, {e.key for e in sg.edges}


@pytest.mark.parametrize("a, b", PAIRS)
def test_the_groups_are_the_set_arithmetic_of_the_two_views(store, a, b):
    state = ViewState(view="compare", a=a, b=b)
    c = comparison_for(store, state)
    va, vb = subgraph_for(store, state.side("a")), subgraph_for(store, state.side("b"))
    (an, ae), (bn, be) = _keys(va), _keys(vb)
    assert _keys(c.a) == (an, ae) and _keys(c.b) == (bn, be)
    assert (c.only_a.nodes, c.only_a.edges) == (an - bn, ae - be)
    assert (c.only_b.nodes, c.only_b.edges) == (bn - an, be - ae)
    assert (c.both.nodes, c.both.edges) == (an & bn, ae & be)
    assert _keys(c.union) == (an | bn, ae | be)
    assert len(c.union.nodes) == len(an | bn) and len(c.union.edges) == len(ae | be)  # no duplicates
    counts = c.counts()
    assert counts["a"][0] + counts["b"][0] + counts["both"][0] == counts["union"][0]
    assert counts["a"][1] + counts["b"][1] + counts["both"][1] == counts["union"][1]
    assert _keys(subgraph_for(store, state)) == _keys(c.union)  # the pipeline draws and exports the union


def test_the_pairs_really_differ(memory_store):
    """The pairs above are not trivially equal or disjoint: each group holds something."""
    c = comparison_for(memory_store, ViewState(view="compare", a=PAIRS[1][0], b=PAIRS[1][1]))
    assert all(len(part.nodes) > 0 for part in (c.only_a, c.only_b, c.both))
    assert c.counts() == {"a": (4, 4), "b": (4, 6), "both": (5, 7), "union": (13, 17)}
    wider = comparison_for(memory_store, ViewState(view="compare", a=PAIRS[0][0], b=PAIRS[0][1]))
    assert wider.counts() == {"a": (13, 23), "b": (0, 0), "both": (9, 13), "union": (22, 36)}  # B within A


def test_the_difference_table_lists_each_entity_and_link_once_with_its_evidence(memory_store):
    c = comparison_for(memory_store, ViewState(view="compare", a=PAIRS[1][0], b=PAIRS[1][1]))
    rows = c.differences()
    entities = [r for r in rows if r.what == "entity"]
    links = [r for r in rows if r.what == "link"]
    assert {r.iri for r in entities} == set(c.only_a.nodes | c.only_b.nodes)
    assert {tuple(r.iri.split("|")) for r in links} == set(c.only_a.edges | c.only_b.edges)
    by_key = {e.key: e for e in c.union.edges}
    assert all(r.evidence == len(by_key[tuple(r.iri.split("|"))].evidence) > 0 for r in links)
    assert all(r.side in ("a", "b") for r in rows)
    assert len(c.differences(include_both=True)) == len(c.union.nodes) + len(c.union.edges)
    valdai = next(r for r in c.differences(include_both=True) if r.iri == VALDAI)
    assert valdai.kind == "Episode" and valdai.side == "both"  # Valdai illustrates trait 6


def test_a_link_in_both_views_carries_the_evidence_of_both():
    x, y = Node("x", "X", "episode"), Node("y", "Y", "trait")
    ev1 = Evidence("e1", "one", "s1", "S1", ())
    ev2 = Evidence("e2", "two", "s2", "S2", ())
    a = Subgraph((x, y), (Edge("x", "y", "p", "illustrates", (ev1,)),))
    b = Subgraph((x, y), (Edge("x", "y", "p", "illustrates", (ev1, ev2)),), focus=("y",))
    c = compare(a, b)
    assert [ev.iri for ev in c.union.edges[0].evidence] == ["e1", "e2"]
    assert c.both.edges == {("x", "p", "y")} and not c.only_a.nodes and not c.only_b.edges
    assert c.union.focus == ("y",)


@pytest.mark.parametrize("params, message", [
    ({"view": "compare", "a": "hops=9", "b": "trait=6"}, "URL parameter a='hops=9' is not a view: hops must be"),
    ({"view": "compare", "a": "trait=6", "b": "nonsense"}, "URL parameter b='nonsense' is not a view: expected"),
    ({"view": "compare", "a": "trait=6", "b": "![x](http://xss.invalid/p.png)"},
     "URL parameter b='!\\[x\\]\\(http://xss.invalid/p.png\\)' is not a view: expected a permalink's"),
    ({"view": "compare", "a": "<img src=x>", "b": "trait=6"},
     "URL parameter a='<img src=x>' is not a view: it names none of a view's parameters"),
    ({"view": "compare", "a": "view=compare&a=trait=6&b=trait=5", "b": "trait=6"}, "it is a comparison itself"),
    ({"view": "compare", "a": "focus=episode:nowhere", "b": "trait=6"}, None),
])
def test_a_bad_side_gets_a_sentence_naming_it(memory_store, params, message):
    if message:
        with pytest.raises(KGError, match=message):
            ViewState.from_params(params)
    else:
        with pytest.raises(KGError, match="View A \\(focus=episode:nowhere\\): No entity"):
            comparison_for(memory_store, ViewState.from_params(params))


def test_a_comparison_is_a_canonical_permalink():
    state = ViewState.from_params({"view": "compare", "a": "?hops=2&focus=episode:valdai-2014&sel=trait:6",
                                   "b": "trait=6&view=timeline"})
    assert state.to_params() == {"view": "compare", "a": "focus=episode:valdai-2014&hops=2", "b": "trait=6"}
    assert ViewState.from_params(state.to_params()) == state
    overview = ViewState(view="compare", a="view=graph", b="?view=timeline")  # the overview: a side too
    assert overview.to_params() == {"view": "compare", "a": "view=graph", "b": "view=graph"}
    assert overview.side("a") == ViewState()
    with pytest.raises(KGError, match="needs two views"):
        comparison_for(open_store(), ViewState(view="compare", a="trait=6"))


def test_a_view_against_the_workspace_and_exported_like_any_view():
    store = open_store()
    src_statement, src = source(parse_bibtex("@book{x, author = {Doe, Jo}, title = {Moscow}, year = {2021}}", ""),
                                author="Ann")
    ws = Workspace((src_statement, link(VALDAI, str(NKG.illustrates), TRAIT3, quote="Valdai bluffed.", source=src,
                                        author="Ann")))
    show(store, ws)
    try:
        mine = workspace_view(store)
        nodes, edges = _keys(mine)
        mine_link = (VALDAI, str(NKG.illustrates), TRAIT3)
        assert {VALDAI, TRAIT3, src} <= nodes and mine_link in edges  # and the source's author
        state = ViewState(view="compare", a="focus=episode:valdai-2014", b="workspace")
        c = comparison_for(store, state)
        assert mine_link in c.both.edges  # the workspace is shown: Valdai's view draws your link too
        assert c.only_b.nodes == nodes - {n.iri for n in c.a.nodes} and src in c.only_b.nodes
        exporter = Exporter(store, state, subgraph_for(store, state))
        edges = exporter.export("edges-csv").data.decode()
        assert len(edges.strip().splitlines()) == len(c.union.edges) + 1
        assert exporter.title.startswith("The comparison of A, the neighbourhood of Putin's speech at the Valdai "
                                         "Conference in Sochi (2014) (1 link deep), with B, your workspace")
        assert exporter.filename("ttl").startswith("negkg-compare-")
    finally:
        hide(store)
    assert workspace_view(store).nodes == ()


def test_the_command_line_lists_the_differences_and_exports_the_comparison(tmp_path, capsys):
    import csv
    import io

    from kg.cli.main import main

    out = io.StringIO()
    assert main(["compare", "focus=episode:valdai-2014", "focus=trait:6", "-o", str(tmp_path / "d.csv")], out) == 0
    assert "13 entities and 17 links: 4 entities and 4 links only in A, 4 and 6 only in B" in out.getvalue()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "d.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 4 + 4 + 4 + 6 and {r["in"] for r in rows} == {"only in A", "only in B"}
    assert main(["compare", "focus=episode:valdai-2014", "focus=trait:6", "--all", "-o", str(tmp_path / "all.csv")],
                out) == 0
    assert len((tmp_path / "all.csv").read_text(encoding="utf-8").splitlines()) == 1 + 13 + 17
    assert main(["compare", "focus=episode:valdai-2014", "focus=trait:6", "--format", "html",
                 "-o", str(tmp_path / "c.html")], out) == 0
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert html.count('"group_side": "b"') == 4 + 6  # the only-B entities and links, drawn as such
    assert "link only in B (dashed)" in html and "The comparison of A" in html
    capsys.readouterr()
    assert main(["compare", "focus=episode:nowhere", "trait=6", "-o", str(tmp_path / "x.csv")], out) == 1
    assert "error: View A (focus=episode:nowhere): No entity" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("a, b, message", [
    ("hops=9", "focus=trait:6", "error: VIEW_A 'hops=9' is not a view: hops must be between 0 and 3; got 9.\n"),
    ("focus=trait:6", "nonsense", "error: VIEW_B 'nonsense' is not a view: expected a permalink's parameters"),
    ("focus=trait:6", "view=compare&a=trait%3D6", "error: VIEW_B 'view=compare&a=trait%3D6' is not a view to compare"),
    ("focus=trait:6", "", "error: VIEW_B is empty: give a view as a permalink's parameters"),
])
def test_the_command_line_names_a_bad_view_as_its_argument(tmp_path, capsys, a, b, message):
    """On the command line the sides are VIEW_A and VIEW_B: a message about "URL parameter a"
    would send the reader looking for a URL they never wrote."""
    from kg.cli.main import main

    assert main(["compare", a, b, "-o", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and "URL parameter" not in err
    assert not (tmp_path / "x.csv").exists()
