"""Markdown and HTML in every URL parameter and in the labels of an upload reach the page as text.

A crafted permalink such as ``?focus=![x](http://HOST/p.png)`` once rendered an image from that
host inside the error message: a tracking pixel in every reader's browser (issue 13). Here each
parameter of :data:`kg.explore.viewstate.PARAMS` — so a new parameter is covered when it is added —
carries Markdown and HTML payloads pointing at ``xss.invalid``, and so do the labels and the name
of an uploaded file. After each page the test looks in the page, every frame and every shadow
root for an element made from a payload (img, a, iframe, or any element naming xss.invalid) and
asserts that no request left the machine (the page fixture blocks and records them).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from kg.explore.viewstate import PARAMS
from tests.browser.test_upload_browser import search_for, upload

pytestmark = pytest.mark.browser

MARKDOWN = "![pixel](http://xss.invalid/md.png) [link](http://xss.invalid/md-link) <http://xss.invalid/auto>"
HTML = ('<img src="http://xss.invalid/h.png"> <a href="http://xss.invalid/h-link">a</a> '
        '<iframe src="http://xss.invalid/frame"></iframe>')
PAYLOAD = f"{MARKDOWN} {HTML}"
#: Where a parameter is only read together with another, that one is set to something valid.
COMPANIONS = {"path_from": "path_to=trait:1", "path_to": "path_from=episode:valdai-2014", "q": "view=query",
              "edge": "", "sel": "focus=episode:valdai-2014"}
TRACES = """() => {
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
        roots[i].querySelectorAll('*').forEach(e => { if (e.shadowRoot) roots.push(e.shadowRoot); });
    }
    const made = roots.flatMap(r => [...r.querySelectorAll(
        'img[src*="xss.invalid"], a[href*="xss.invalid"], iframe[src*="xss.invalid"], ' +
        '[src*="xss.invalid"], [href*="xss.invalid"], [srcset*="xss.invalid"]')]);
    const text = roots.map(r => (r.body || r).innerText || '').join(' ');
    return {made: made.map(e => e.outerHTML.slice(0, 160)), shown: text.includes('xss.invalid')};
}"""


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)  # Streamlit renders after the websocket's first messages


def _traces(page) -> tuple[list[str], bool]:
    made, shown = [], False
    for frame in page.frames:
        found = frame.evaluate(TRACES)
        made += found["made"]
        shown = shown or found["shown"]
    return made, shown


def _url(name: str, value: str) -> str:
    companion = COMPANIONS.get(name, "")
    return "/?" + "&".join(filter(None, [f"{name}={quote(value, safe='')}", companion]))


#: Parameters whose bad value the page quotes in its message: the payload must be there, as text.
QUOTED = ("focus", "years", "source")


def test_every_url_parameter_is_text(page, app_server):
    assert len(PARAMS) >= 18
    for name in PARAMS:
        value = f"{PAYLOAD}|{PAYLOAD}|{PAYLOAD}" if name == "edge" else PAYLOAD
        page.goto(app_server.url + _url(name, value))
        if name in QUOTED:
            page.get_by_text("xss.invalid/md.png", exact=False).first.wait_for(timeout=60_000)
        _settle(page)
        made, shown = _traces(page)
        assert made == [], f"{name}: {made}"
        assert page.offline.blocked == [], f"{name}: {page.offline.blocked}"
        assert shown or name not in QUOTED


UPLOAD_NAME = "![n](http://xss.invalid/name.png) <img src=http://xss.invalid/n.png>.ttl"
_QUOTED = PAYLOAD.replace('"', '\\"')
LABELLED = f"""@prefix nkg: <https://w3id.org/negkg/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/my/payload> a nkg:Concept ;
    rdfs:label "Payloadconcept {_QUOTED}" ;
    rdfs:comment "# Heading {_QUOTED}" .
""".encode()


def test_labels_of_an_upload_are_text(page, app_server):
    page.goto(app_server.url + "/")
    page.wait_for_selector("[data-testid=kg-graph][data-drawn]", timeout=60_000)
    upload(page, UPLOAD_NAME, LABELLED)
    page.get_by_text("Added 3 triples from", exact=False).wait_for(timeout=60_000)
    _settle(page)
    assert _traces(page)[0] == [] and page.offline.blocked == []
    search_for(page, "payloadconcept")
    page.get_by_role("button", name="Payloadconcept", exact=False).first.click(timeout=30_000)
    _settle(page)
    # Shown literally (a bare URL carries an invisible word joiner after "http": kg.text.md_escape).
    page.get_by_text("# Heading ![pixel](http", exact=False).first.wait_for(timeout=30_000)
    made, shown = _traces(page)
    assert made == [] and shown
    assert page.offline.blocked == []
