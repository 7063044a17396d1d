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
