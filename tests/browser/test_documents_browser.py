"""Your own documents in the reading view, in Debian's Chromium: upload a small text (and a tiny
PDF), open it in the Paper view, select a span with the mouse (or the keyboard), make a link from
it, see the link in the graph violet and dotted, and find its quote verbatim in the workspace."""

from __future__ import annotations

import pytest

from kg.draw.style import OWN_COLOUR
from kg.namespaces import NKG
from kg.testing.browser import ARTIFACTS, start_app
from kg.workspace.history import History
from tests.browser.conftest import _need_browser
from tests.browser.test_legibility import idle
from tests.browser.test_workspace_browser import HOLDER
from tests.test_documents import make_pdf

pytestmark = pytest.mark.browser

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
MASKIROVKA = "https://w3id.org/negkg/id/concept/maskirovka"
TEXT = ("Notes from Sochi, 24 October 2014.\n\n"
        "The speech was theatre for the home audience, said the diplomat; <b>not</b> a policy.\n"
        "Second line of the paragraph, with “quotes” and Müller.")
QUOTE = "theatre for the home audience"
PDF_PAGES = ("Notes from the Riyadh talks.", "The delegation read its demands as theatre for the home audience.")
MAKE = "Make a link from this quote"


@pytest.fixture(scope="module")
def documents_server(tmp_path_factory):
    _need_browser()
    folder = tmp_path_factory.mktemp("documents")
    server = start_app(env={"KG_WORKSPACE": str(folder)}, name="documents")
    yield server, folder
    server.process.terminate()
    server.process.wait(10)


def choose(page, label: str, text: str) -> None:
    """Pick the option of a Streamlit selectbox whose name holds ``text`` (typed, then Enter)."""
    boxes = page.locator("[data-testid=stSelectbox]").filter(has_text=label)
    boxes.last.click()
    page.keyboard.type(text)
    page.get_by_role("option").filter(has_text=text).first.wait_for(timeout=30_000)
    page.keyboard.press("Enter")
    page.get_by_role("option").first.wait_for(state="detached", timeout=30_000)
    shown = boxes.last.evaluate("b => b.innerText + ' ' + [...b.querySelectorAll('input')].map(i => i.value).join(' ')")
    assert text.lower() in shown.lower(), shown


def upload(page, server, name: str, data: bytes, mime: str) -> None:
    page.goto(server.url + "/?view=workspace")
    page.get_by_text("Your statements").wait_for(timeout=60_000)
    page.get_by_label("Your name (every statement says who made it)").fill("Ann Analyst")
    page.keyboard.press("Enter")
    idle(page)  # the name's run has ended: the uploader is not drawn again under the file being set
    uploader = page.locator("[data-testid=stFileUploader]").filter(has_text="Upload a document")
    uploader.locator("input[type=file]").set_input_files(files=[{"name": name, "mimeType": mime, "buffer": data}])
    page.get_by_text(f"{name} was added", exact=False).wait_for(timeout=120_000)
    idle(page)  # the run that says so has ended: a button clicked next is not replaced under the click


def open_document(page, server, title: str) -> None:
    page.goto(server.url + "/?view=paper")
    choose(page, "Read", title)
    page.locator(".kg-doc span[data-at]").first.wait_for(timeout=60_000)
    idle(page)  # the picker's rerun has finished: the text will not be drawn again under the selection


def select_with_mouse(page, quote: str) -> None:
    """Press the mouse before the quote's first character, move, release after its last."""
    box = page.evaluate("""(quote) => {
        const runs = [...document.querySelectorAll('.kg-doc span[data-at]')];
        const run = runs.find(r => r.textContent.includes(quote));
        run.scrollIntoView({block: 'center'});
        const node = run.firstChild, at = node.data.indexOf(quote);
        const rect = (a, b) => { const r = document.createRange(); r.setStart(node, a); r.setEnd(node, b);
                                 return r.getBoundingClientRect(); };
        const first = rect(at, at + 1), last = rect(at + quote.length - 1, at + quote.length);
        return {x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2};
    }""", quote)
    page.mouse.move(box["x0"], box["y0"])
    page.mouse.down()
    page.mouse.move((box["x0"] + box["x1"]) / 2, box["y1"], steps=5)
    page.mouse.move(box["x1"], box["y1"], steps=5)
    page.mouse.up()
    assert page.evaluate("() => document.getSelection().toString()") == quote


def make_link(page, folder, quote: str, *, keyboard: bool = False) -> None:
    """The real click on the action (or Enter on it), then the link form: Valdai 2014 — involves
    concept — maskirovka."""
    button = page.get_by_role("button", name=MAKE)
    button.wait_for(timeout=30_000)
    page.wait_for_function("() => window.kgDocSpan", timeout=30_000)
    if keyboard:
        page.keyboard.press("Enter")
    else:
        button.click()
    page.get_by_text("characters", exact=False).last.wait_for(timeout=60_000)
    form = page.locator(".st-key-kg_doc_link_form")
    form.wait_for(timeout=60_000)
    assert quote in form.inner_text()
    name = form.get_by_label("Your name (every statement says who made it)")
    if name.count():
        name.fill("Ann Analyst")
        page.keyboard.press("Enter")
    choose(page, "From", "Putin's speech at the Valdai")
    choose(page, "Relation", "involves concept")
    choose(page, "To", "Maskirovka")
    before = len(History(folder).workspace.links())
    form.get_by_role("button", name="Add the link").click()
    page.get_by_text("Your link was added", exact=False).wait_for(timeout=120_000)
    links = History(folder).workspace.links()
    assert len(links) == before + 1
    own = links[-1]
    assert (own.subject, own.predicate, own.object) == (VALDAI, str(NKG.involvesConcept), MASKIROVKA)
    ws = History(folder).workspace
    text = ws.documents()[own.source][1]
    (start, end, _), = [p for p in ws.passages(own.source) if p[2].graph == own.graph]
    assert own.quote == quote == text[start:end]  # verbatim, at the offsets the selection gave


def see_in_graph(page) -> None:
    page.get_by_role("button", name="Show it in the graph").click()
    edge = f"{VALDAI}|{NKG.involvesConcept}|{MASKIROVKA}"
    page.wait_for_function(f"""([edge, colour]) => {{
        const holder = {HOLDER};
        const e = holder && holder.kgNetwork && holder.kgNetwork.body.edges[edge];
        return e && e.options.color.color.toLowerCase() === colour.toLowerCase() && e.options.dashes;
    }}""", arg=[edge, OWN_COLOUR], timeout=90_000)


def test_a_span_of_a_text_selected_with_the_mouse_becomes_a_link(page, documents_server):
    server, folder = documents_server
    upload(page, server, "sochi-notes.txt", TEXT.encode(), "text/plain")
    open_document(page, server, "sochi-notes")
    assert page.locator(".kg-doc b").count() == 0  # the text's markup stays text
    runs = page.evaluate("() => [...document.querySelectorAll('.kg-doc span[data-at]')].map(s => [+s.dataset.at, s.textContent])")
    assert runs and all(TEXT[at:at + len(words)] == words for at, words in runs)  # the DOM holds the text as is
    # a DOM selection across a line break, and one whose ends are element boundaries, map back to the text
    across = page.evaluate("""() => {
        const runs = [...document.querySelectorAll('.kg-doc span[data-at]')];
        const from = runs.find(r => r.textContent.includes('<b>')), to = runs.find(r => r.textContent.includes('Müller'));
        const range = document.createRange();
        range.setStart(from.firstChild, from.textContent.indexOf('<b>'));
        range.setEnd(to.firstChild, to.textContent.indexOf('Müller') + 6);
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
        return new Promise(done => setTimeout(() => done(window.kgDocSpan), 100));
    }""")
    assert TEXT[across["start"]:across["end"]] == TEXT[TEXT.index("<b>"):TEXT.index("Müller") + 6]
    whole = page.evaluate("""() => {
        const paragraphs = document.querySelectorAll('.kg-doc p.kg-text');
        const range = document.createRange();
        range.setStart(paragraphs[1], 0);
        range.setEndAfter(paragraphs[1]);
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
        return new Promise(done => setTimeout(() => done(window.kgDocSpan), 100));
    }""")
    assert (whole["start"], whole["end"]) == (TEXT.index("The speech"), len(TEXT))
    page.evaluate("() => document.getSelection().removeAllRanges()")
    select_with_mouse(page, QUOTE)
    page.screenshot(path=str(ARTIFACTS / "document-selection.png"))
    make_link(page, folder, QUOTE)
    marked = page.locator(".kg-doc mark.kg-own")
    marked.first.wait_for(timeout=30_000)
    assert marked.first.inner_text() == QUOTE  # the new passage is marked, as the paper's are
    see_in_graph(page)
    assert page.offline.blocked == []


def test_a_span_of_a_pdf_selected_with_the_keyboard_becomes_a_link(page, documents_server):
    server, folder = documents_server
    upload(page, server, "riyadh.pdf", make_pdf(PDF_PAGES), "application/pdf")
    open_document(page, server, "riyadh")
    assert page.locator(".kg-doc .kg-margin[data-margin^='p. 2']").count() == 1
    page.locator(".kg-doc").focus()
    start = len(PDF_PAGES[0]) + 1 + PDF_PAGES[1].index(QUOTE)  # the paragraph break is one caret step
    for _ in range(start):
        page.keyboard.press("ArrowRight")
    for _ in range(len(QUOTE)):
        page.keyboard.press("Shift+ArrowRight")
    assert page.evaluate("() => document.getSelection().toString()") == QUOTE
    page.keyboard.press("Tab")  # the action is next in the tab order
    assert page.evaluate("() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement)"
                         " e = e.shadowRoot.activeElement; return e && e.textContent; }") == MAKE
    make_link(page, folder, QUOTE, keyboard=True)
    own = History(folder).workspace.links()[-1]
    assert own.where == "p. 2"
    see_in_graph(page)
    assert page.offline.blocked == []


def test_the_reading_view_with_a_document_has_no_serious_accessibility_violation(page, documents_server):
    from tests.browser.test_legibility import serious_violations
    server, folder = documents_server
    if not History(folder).workspace.documents():
        upload(page, server, "sochi-notes.txt", TEXT.encode(), "text/plain")
    page.set_viewport_size({"width": 1400, "height": 1000})
    title = next(iter(History(folder).workspace.documents().values()))[0]
    open_document(page, server, title)
    select_with_mouse(page, page.locator(".kg-doc span[data-at]").first.inner_text()[:12])
    page.get_by_role("button", name=MAKE).click()
    page.locator(".st-key-kg_doc_link_form").wait_for(timeout=60_000)  # the link form too
    assert serious_violations(page) == []


def test_a_refused_pdf_says_why_and_adds_nothing(page, documents_server):
    import io

    from pypdf import PdfReader, PdfWriter

    server, folder = documents_server
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PDF_PAGES))))
    writer.encrypt("secret")
    locked = io.BytesIO()
    writer.write(locked)
    before = History(folder).workspace
    page.goto(server.url + "/?view=workspace")
    page.get_by_text("Your statements").wait_for(timeout=60_000)
    page.get_by_label("Your name (every statement says who made it)").fill("Ann Analyst")
    page.keyboard.press("Enter")
    idle(page)  # the name's run has ended: the uploader is not drawn again under the file being set
    uploader = page.locator("[data-testid=stFileUploader]").filter(has_text="Upload a document")
    uploader.locator("input[type=file]").set_input_files(files=[{"name": "locked.pdf", "mimeType": "application/pdf",
                                                                 "buffer": locked.getvalue()}])
    page.get_by_text("locked.pdf is encrypted (password-protected)", exact=False).wait_for(timeout=60_000)
    assert History(folder).workspace == before


def test_the_zip_download_carries_the_documents(page, documents_server):
    import io
    import zipfile

    server, _ = documents_server
    upload(page, server, "zip-notes.md", b"# Zip notes\n\nA *Markdown* text.", "text/markdown")
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Download (zip with the documents)").click()
    z = zipfile.ZipFile(io.BytesIO(download.value.path().read_bytes()))
    assert "workspace.trig" in z.namelist()
    assert z.read("documents/zip-notes.original.md") == b"# Zip notes\n\nA *Markdown* text."
    assert z.read("documents/zip-notes.txt").decode() == "# Zip notes\n\nA *Markdown* text."


def test_a_documents_name_and_text_reach_the_page_as_text(page, documents_server):
    server, _ = documents_server
    name = "<img src=x onerror=window.__xss=1> ![i](http:evil.invalid) [l](javascript:window.__xss=1).md"
    body = b"<script>window.__xss=1</script> ![p](http:evil.invalid) <img src=x onerror=\"window.__xss=1\">"
    upload(page, server, name, body, "text/markdown")
    page.get_by_text("passage(s) as evidence", exact=False).first.wait_for(timeout=30_000)
    page.get_by_text("![i](http:evil.invalid) [l](javascript:window. xss=1) — 0 passage(s)",
                     exact=False).first.wait_for(timeout=30_000)  # the file's name as written (_ read as a space)
    open_document(page, server, "onerror")
    page.get_by_text("<script>window.__xss=1</script>", exact=False).first.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("""() => [...document.querySelectorAll('img, a, script')].filter(e =>
        (e.src || e.href || e.textContent || '').match(/evil\\.invalid|__xss/)).length""") == 0
    assert page.offline.blocked == []
