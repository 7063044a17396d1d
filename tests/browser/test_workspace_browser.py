"""The researcher's workspace in a real browser: the app started with KG_WORKSPACE=DIR draws the
saved own link distinctly (violet, dotted, in the legend as yours), and a refused workspace file
changes nothing, on screen or on disk."""

from __future__ import annotations

import pytest

from kg.draw.style import OWN_COLOUR
from kg.namespaces import NKG
from kg.store.store import open_store
from kg.testing.browser import ARTIFACTS, start_app
from kg.workspace import Workspace, entity, link, note, source
from kg.workspace.statements import document, find_passage, passage_link
from kg.workspace.bibtex import parse_bibtex
from kg.workspace.check import checked
from kg.workspace.history import History
from tests.browser.conftest import _need_browser
from tests.browser.test_app_browser import open_view

pytestmark = pytest.mark.browser

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
TRAIT3 = "https://w3id.org/negkg/id/trait/3"
EDGE = f"{VALDAI}|{NKG.illustrates}|{TRAIT3}"
BIBTEX = "@article{smith2020, author = {Smith, Jane}, title = {Talking to Moscow}, journal = {Survival}, year = {2020}}"
PAYLOAD = ("<img src=x onerror=\"window.__xss=1\"> ![x](http://evil.invalid/p.png) [y](javascript:window.__xss=1) "
           "<script>window.__xss=1</script> **bold**")
HOLDER = """[...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
            .map(r => r.querySelector('[data-testid=kg-graph]')).find(Boolean)
            || document.querySelector('[data-testid=kg-graph]')"""


@pytest.fixture(scope="module")
def workspace_server(tmp_path_factory):
    _need_browser()
    folder = tmp_path_factory.mktemp("workspace")
    made, src = source(parse_bibtex(BIBTEX, "10.1080/00396338.2020.1"), author="Ann Analyst")
    person, kissinger = entity("Henry Kissinger", "person", author="Ann Analyst")
    ws = Workspace((made, person,
                    link(VALDAI, str(NKG.illustrates), TRAIT3, quote="The speech was a calculated bluff.",
                         source=src, author="Ann Analyst"),
                    link(VALDAI, str(NKG.participant), kissinger, quote="Kissinger was in the audience.",
                         source=src, author="Ann Analyst"),
                    note(VALDAI, PAYLOAD, author="<b>Ann</b> ![a](http://evil.invalid/a.png)")))
    text = "Notes from Sochi. The speech was theatre for the home audience, said the diplomat."
    made, doc = document("Sochi notes", text, author="Ann Analyst")
    start, end = find_passage(text, "theatre for the home audience")
    ws = ws.with_(made, passage_link(VALDAI, str(NKG.involvesConcept), "https://w3id.org/negkg/id/concept/maskirovka",
                                     document=doc, text=text, start=start, end=end, author="Ann Analyst"))
    History(folder).commit(checked(ws, open_store()))
    server = start_app(env={"KG_WORKSPACE": str(folder)}, name="workspace")
    yield server, folder, kissinger
    server.process.terminate()
    server.process.wait(10)


def test_the_own_link_is_drawn_distinctly(page, workspace_server):
    server, _, kissinger = workspace_server
    open_view(page, server, "focus=episode:valdai-2014")
    page.wait_for_function(f"""([edge, node, colour]) => {{
        const holder = {HOLDER};
        const net = holder && holder.kgNetwork;
        const e = net && net.body.edges[edge], n = net && net.body.nodes[node];
        return e && n && e.options.color.color.toLowerCase() === colour.toLowerCase() && e.options.dashes
            && n.options.color.border.toLowerCase() === colour.toLowerCase() && n.options.shapeProperties.borderDashes;
    }}""", arg=[EDGE, kissinger, OWN_COLOUR], timeout=60_000)
    paper = page.evaluate(f"""() => {{
        const net = ({HOLDER}).kgNetwork;
        return net.body.edgeIndices.filter(id => id.endsWith('/trait/6')).map(id => net.body.edges[id].options.color.color);
    }}""")
    assert paper and OWN_COLOUR.lower() not in {c.lower() for c in paper}  # the paper's links keep their colour
    page.get_by_text("your link (your workspace, not the paper)").wait_for(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "workspace-own-link.png"))
    assert page.offline.blocked == []


def test_a_refused_workspace_file_changes_nothing(page, workspace_server):
    server, folder, _ = workspace_server
    pointer = (folder / "current.json").read_bytes()
    page.goto(server.url + "/?view=workspace")
    page.get_by_text("Your statements").wait_for(timeout=60_000)
    uploader = page.locator("[data-testid=stFileUploader]").filter(has_text="Open a workspace file")
    uploader.locator("input[type=file]").set_input_files(files=[{
        "name": "workspace.trig", "mimeType": "application/octet-stream",
        "buffer": b"<https://w3id.org/negkg/graph/data/traits> { <urn:a> <urn:b> <urn:c> . }"}])
    page.get_by_text("The workspace was not opened", exact=False).first.wait_for(timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / "workspace-tab.png"), full_page=True)
    assert (folder / "current.json").read_bytes() == pointer
    assert len(History(folder).workspace) == 7
    open_view(page, server, "focus=episode:valdai-2014")
    page.wait_for_function(f"""(edge) => {{
        const net = ({HOLDER}).kgNetwork;
        return net && net.body.edges[edge] && net.body.edges[edge].options.dashes;
    }}""", arg=EDGE, timeout=60_000)
    assert page.offline.blocked == []


def test_notes_reach_the_page_as_text(page, workspace_server):
    server, _, _ = workspace_server
    for query in ("view=workspace", "focus=episode:valdai-2014&sel=episode:valdai-2014"):
        page.goto(server.url + "/?" + query)
        page.get_by_text("window.__xss=1", exact=False).first.wait_for(timeout=60_000)  # shown, as text
        page.wait_for_timeout(1000)
        assert page.evaluate("() => window.__xss") is None
        assert page.evaluate("""() => [...document.querySelectorAll('img, a, script, strong')].filter(e =>
            (e.src || e.href || e.textContent || '').match(/evil\\.invalid|__xss|^bold$/)).length""") == 0
    assert page.offline.blocked == []


def test_the_workspace_tab_with_content_has_no_serious_accessibility_violation(page, workspace_server):
    from tests.browser.test_legibility import serious_violations
    server, _, _ = workspace_server
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(server.url + "/?view=workspace")
    page.get_by_text("Your statements").wait_for(timeout=60_000)
    page.get_by_text("Sochi notes", exact=False).first.click()  # the document, its passage marked
    page.get_by_text("theatre for the home audience").first.wait_for(timeout=30_000)
    assert serious_violations(page) == []
