"""Uploading RDF in the browser: checked, added for this session only, refused cleanly otherwise."""

from __future__ import annotations

import pytest

from tests.browser.test_app_browser import open_view

pytestmark = pytest.mark.browser

CONCEPT = b"""@prefix nkg: <https://w3id.org/negkg/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/my/reflexive-control> a nkg:Concept ; rdfs:label "Reflexive control" .
"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="urn:x">
<rdf:value>&lol2;</rdf:value></rdf:Description></rdf:RDF>
"""


def upload(page, name: str, content: bytes) -> None:
    page.get_by_text("Add your own RDF").click()
    page.locator("section[data-testid=stSidebar] input[type=file]").set_input_files(
        files=[{"name": name, "mimeType": "application/octet-stream", "buffer": content}])


def search_for(page, text: str) -> None:
    box = page.get_by_placeholder("e.g. Valdai, Lavrov, maskirovka")
    box.fill(text)
    box.press("Enter")


def test_an_upload_extends_only_this_sessions_graph(page, app_server, browser):
    open_view(page, app_server)
    upload(page, "my-concepts.ttl", CONCEPT)
    page.get_by_text("Added 2 triples from my-concepts.ttl").wait_for(timeout=60_000)
    search_for(page, "reflexive")
    page.get_by_role("button", name="Reflexive control · concept").wait_for(timeout=30_000)

    other = browser.new_context().new_page()
    open_view(other, app_server)
    search_for(other, "reflexive")
    other.get_by_text("Nothing is named like").wait_for(timeout=30_000)
    other.context.close()


def test_an_entity_bomb_is_refused_and_the_graph_is_unchanged(page, app_server):
    graph = open_view(page, app_server)
    before = graph.get_attribute("data-node-count")
    upload(page, "bomb.rdf", BOMB)
    page.get_by_text("DTD").first.wait_for(timeout=60_000)
    assert page.locator("[data-testid=kg-graph]").get_attribute("data-node-count") == before
    assert page.offline.blocked == []


def test_a_refusal_is_shown_once(page, app_server):
    from tests.test_upload import UPLOAD
    open_view(page, app_server)
    upload(page, "unlabelled.ttl", (UPLOAD / "unlabelled.ttl").read_bytes())
    page.get_by_text("does not conform to the project's shapes", exact=False).first.wait_for(timeout=60_000)
    page.get_by_text("Every entity needs exactly one non-empty rdfs:label.", exact=False).first.wait_for(
        timeout=30_000)
    page.wait_for_timeout(1000)  # anything shown twice would be there by now
    text = page.locator("section[data-testid=stSidebar]").inner_text()
    assert text.count("does not conform to the project's shapes") == 1
    assert text.count("Every entity needs exactly one non-empty rdfs:label.") == 1


def test_an_uploaded_entity_is_drawn_dashed(page, app_server):
    from tests.test_upload_marked import CODING, MINE
    open_view(page, app_server)
    upload(page, "my-coding.ttl", CODING)
    page.get_by_text("Added 10 triples from my-coding.ttl").wait_for(timeout=60_000)
    iri = MINE + "reflexive-control"
    page.wait_for_function("""(iri) => {
        const holder = [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
            .map(r => r.querySelector('[data-testid=kg-graph]')).find(Boolean)
            || document.querySelector('[data-testid=kg-graph]');
        const node = holder && holder.kgNetwork && holder.kgNetwork.body.nodes[iri];
        return node && node.options.shapeProperties.borderDashes && node.options.borderWidth === 3;
    }""", arg=iri, timeout=60_000)
    page.get_by_text("your upload (dashed outline)").wait_for(timeout=30_000)
