"""The Paper view (view=paper): kg.explore.reading on the real store, and the app through its URL."""

from __future__ import annotations

import re
from html import unescape
from itertools import pairwise
from urllib.parse import parse_qsl, urlsplit

from streamlit.testing.v1 import AppTest

from kg.explore.reading import Passage, Reading, reading
from kg.explore.viewstate import ViewState
from kg.store.paper import read_text
from tests.test_app import run
from ui.reading_tab import paper_html

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"


def _html(at: AppTest) -> str:
    return max((h.proto.body for h in at.get("html")), key=len)


def test_the_reading_covers_the_text_and_every_anchored_quote(memory_store):
    r = reading(memory_store)
    text = read_text()
    evidence = memory_store.select_text("PREFIX nkg: <https://w3id.org/negkg/ns#> "
                                        "SELECT (COUNT(?ev) AS ?n) WHERE { ?ev a nkg:Evidence }").dicts()[0]["n"]
    assert len(r.passages) == int(evidence) > 280 and r.text == text
    spans = [(b.start, b.end) for b in r.blocks]
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in pairwise(spans))
    assert all(not text[a:b].strip() for (_, a), (b, _) in pairwise(spans))  # only blank lines between
    assert {b.kind for b in r.blocks} == {"heading", "paragraph", "pullquote"}
    assert sum(b.kind == "heading" for b in r.blocks) == 15  # every section but the title page
    for block in r.blocks:
        assert "".join(piece.text for piece in block.runs) == text[block.start:block.end]
        for piece in block.runs:
            assert all(r.passages[i].start <= piece.start and piece.end <= r.passages[i].end for i in piece.passages)
    covered = {i for b in r.blocks for piece in b.runs for i in piece.passages}
    assert covered == set(range(len(r.passages)))  # no passage falls between paragraphs


def test_matching_finds_an_entitys_and_a_links_passages(memory_store):
    r = reading(memory_store)
    link = (VALDAI, "https://w3id.org/negkg/ns#illustrates", "https://w3id.org/negkg/id/trait/6")
    of_link = r.matching(link=link)
    of_entity = r.matching(entity=VALDAI)
    assert of_link and of_link < of_entity
    assert all(r.passages[i].link == link for i in of_link)
    assert all(VALDAI in (r.passages[i].subject, r.passages[i].object) for i in of_entity)
    assert r.matching() == set()


def test_paper_view_renders_the_text_with_a_mark_per_evidenced_run(memory_store):
    at = run(view="paper")
    html = _html(at)
    r = reading(memory_store)
    runs = [p for b in r.blocks for p in b.runs if p.passages and p.text.replace("*", "").strip()]
    assert html.count("<mark ") == len(runs)
    assert 'class="kg-current"' not in html and "<script" not in html  # nothing selected, nothing to scroll to
    paragraphs = r.paragraphs()
    in_graph = sum(1 for b in paragraphs if b.passages)
    caption = " ".join(c.value for c in at.caption)
    assert f"{in_graph} of {len(paragraphs)} paragraphs are in the graph" in caption
    assert html.count(">not in the graph<") == len(paragraphs) - in_graph > 0
    assert "Reflecting on Gromyko&#x27;s statement" in html and "*" not in re.sub(r"<[^>]+>", "", html)


def test_a_mark_links_to_the_graph_focused_on_its_link(memory_store):
    html = _html(run(view="paper", trait="6"))
    mark = re.search(r'<mark title="([^"]*)" data-edge="episode:valdai-2014\|nkg:illustrates\|trait:6"'
                     r'[^>]*><a href="([^"]+)"', html)
    assert mark, "no mark for Valdai 2014 — illustrates — trait 6"
    assert "Putin&#x27;s speech at the Valdai Conference in Sochi (2014) — illustrates — Zero-sum thinking" in mark[1]
    state = ViewState.from_params(dict(parse_qsl(urlsplit(unescape(mark[2])).query)))
    assert state == ViewState(focus=(VALDAI,), edge=(VALDAI, "https://w3id.org/negkg/ns#illustrates",
                                                       "https://w3id.org/negkg/id/trait/6"), traits=frozenset({6}))


def test_selecting_an_entity_marks_its_passages(memory_store):
    at = run(view="paper", sel="episode:valdai-2014")
    html = _html(at)
    r = reading(memory_store)
    expected = r.matching(entity=VALDAI)
    runs = [p for b in r.blocks for p in b.runs if expected & set(p.passages) and p.text.strip()]
    assert html.count('<mark class="kg-current"') == len(runs) > 0
    assert "scrollIntoView" in html
    assert f"{len(expected)} passages" in " ".join(m.value for m in at.markdown)
    at = run(view="paper", sel="actor:wikimedia-foundation")  # publishes a supplementary reference only
    assert 'class="kg-current"' not in _html(at) and "<script" not in _html(at)
    assert "No passage of the text is evidence for actor\\:wikimedia-foundation." in [m.value for m in at.markdown]


def test_everything_from_the_data_is_escaped():
    text = "Title\n\nA <script>alert(1)</script> & more.\n"
    hostile = Passage("https://example.org/ev", 7, 37, "https://example.org/s", "https://example.org/p",
                      "https://example.org/o", '"><img src=x onerror=alert(1)>', "p", "<b>o</b>")
    from kg.explore.reading import (
        Block,
        _runs,  # the same cutting the view uses
    )
    block = Block("paragraph", "https://example.org/sec", "Sec", 7, 43, _runs(text, 7, 43, [hostile]))
    html = paper_html(Reading(text, (hostile,), (block,)), ViewState())
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&quot;&gt;&lt;img" in html


def test_the_detail_panels_open_the_selection_in_the_paper():
    at = run(focus="episode:valdai-2014", sel="episode:valdai-2014")
    at.button(key="act_paper").click().run()
    assert at.query_params["view"] == "paper" and at.query_params["sel"] == "episode:valdai-2014"
    assert '<mark class="kg-current"' in _html(at)
    at = run(focus="episode:valdai-2014", edge="episode:valdai-2014|nkg:illustrates|trait:6")
    at.button(key="edge_paper").click().run()
    assert at.query_params["view"] == "paper"
    assert 'class="kg-current" title' in _html(at) and "1 passage" in " ".join(m.value for m in at.markdown)
