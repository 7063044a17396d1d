"""Documents of your own from files (kg/workspace/documents.py): a PDF's text page by page, plain
text and Markdown, the refusals (encrypted, image-only, malformed, oversized, not UTF-8) that add
nothing, passages with their page, and the workspace as a zip with its documents."""

from __future__ import annotations

import io
import zipfile

import matplotlib
import pytest
from rdflib import URIRef

from kg.errors import WorkspaceError
from kg.namespaces import NKG
from kg.store.store import open_store
from kg.workspace import Workspace
from kg.workspace.check import checked, open_workspace
from kg.workspace.documents import (
    MAX_FILE_BYTES,
    MAX_PAGES,
    originals_from_zip,
    page_label,
    read_document,
    to_zip,
    trig_from_zip,
)
from kg.workspace.statements import MAX_DOCUMENT, OA, document, passage_link

matplotlib.use("Agg")

VALDAI = "https://w3id.org/negkg/id/episode/valdai-2014"
MASKIROVKA = "https://w3id.org/negkg/id/concept/maskirovka"
PAGES = ("Notes from Sochi, 24 October 2014.", "The speech was theatre for the home audience, said Müller.",
         "Third page: “no” was the answer.")


def make_pdf(pages=PAGES, *, text=True) -> bytes:
    """A small PDF of one line of text a page, written by matplotlib (pypdf cannot write text)."""
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    buf = io.BytesIO()
    with PdfPages(buf) as pdf:
        for line in pages:
            fig = plt.figure(figsize=(6, 2))
            if text:
                fig.text(0.05, 0.5, line, fontsize=10)
            else:  # an image-only page, as a scan is
                fig.figimage([[0.2, 0.8], [0.8, 0.2]], xo=10, yo=10)
            pdf.savefig(fig)
            plt.close(fig)
    return buf.getvalue()


def test_a_pdf_is_read_page_by_page():
    doc = read_document(make_pdf(), "C:\\papers\\sochi_notes.pdf")
    assert doc.title == "sochi notes" and doc.media_type == "application/pdf"
    assert doc.text.split("\n\n") == list(PAGES)
    assert doc.pages == (0, len(PAGES[0]) + 2, len(PAGES[0]) + len(PAGES[1]) + 4)
    for i, start in enumerate(doc.pages):
        assert doc.text[start:].startswith(PAGES[i])
    at = doc.text.index("theatre")
    assert page_label(doc.pages, at, at + 7) == "p. 2"
    assert page_label(doc.pages, doc.text.index("home"), doc.text.index("Third") + 5) == "p. 2–3"
    assert page_label(doc.pages, 0, 5) == "p. 1" and page_label((), 0, 5) == ""


def _fails(data: bytes, name: str, *words: str) -> str:
    with pytest.raises(WorkspaceError) as err:
        read_document(data, name)
    message = str(err.value)
    for word in words:
        assert word in message, message
    return message


def test_an_encrypted_pdf_is_refused():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    _fails(buf.getvalue(), "locked.pdf", "locked.pdf", "encrypted")


def test_an_image_only_pdf_is_refused():
    _fails(make_pdf(("a", "b"), text=False), "scan.pdf", "scan.pdf", "no text", "2 page", "OCR")


def test_malformed_and_oversized_files_are_refused():
    good = make_pdf()
    _fails(good[:400], "cut.pdf", "cut.pdf", "not a readable PDF")
    _fails(b"<html>not a pdf</html>", "fake.pdf", "fake.pdf", "does not start with %PDF-")
    _fails(b"%PDF-" + b"x" * MAX_FILE_BYTES, "big.pdf", "big.pdf", "MB", f"{MAX_FILE_BYTES // 2**20} MB")
    _fails(b"word " * (MAX_DOCUMENT // 5 + 1), "long.txt", "long.txt", f"{MAX_DOCUMENT:,}")
    _fails(b"caf\xe9 au lait", "latin1.txt", "latin1.txt", "not UTF-8", "byte 4 (line 1)")
    _fails(b"hello", "notes.docx", "notes.docx", ".pdf", ".md")
    _fails(b"  \n ", "empty.md", "empty.md", "no text")


def test_too_many_pages_and_a_page_over_the_limit_say_where(monkeypatch):
    from kg.workspace import documents

    monkeypatch.setattr(documents, "MAX_PAGES", 2)
    _fails(make_pdf(), "three.pdf", "three.pdf", "3 pages", "at most 2")
    monkeypatch.setattr(documents, "MAX_PAGES", MAX_PAGES)
    monkeypatch.setattr(documents, "MAX_DOCUMENT", len(PAGES[0]) + 10)
    _fails(make_pdf(), "long.pdf", "long.pdf", "by page 2")


def test_plain_text_and_markdown_stay_text():
    md = "# Notes\r\n\r\n<script>alert(1)</script> **bold** \u202e\n".encode()
    doc = read_document(b"\xef\xbb\xbf" + md, "notes.md")
    assert doc.media_type == "text/markdown" and doc.pages == ()
    assert doc.text == "# Notes\n\n<script>alert(1)</script> **bold** "  # as written, without bidi controls
    assert read_document(b"plain words", "a.txt").media_type == "text/plain"


def test_a_passage_of_a_pdf_carries_its_page_and_selectors():
    doc = read_document(make_pdf(), "sochi.pdf")
    made, iri = document(doc.title, doc.text, author="Ann", pages=doc.pages, media_type=doc.media_type)
    start = doc.text.index("theatre for the home audience")
    end = start + len("theatre for the home audience")
    link = passage_link(VALDAI, str(NKG.involvesConcept), MASKIROVKA, document=iri, text=doc.text, start=start,
                        end=end, where=page_label(doc.pages, start, end), author="Ann")
    ws = checked(Workspace((made, link)), open_store())
    assert ws.pages(iri) == doc.pages
    own = ws.links()[0]
    assert own.quote == "theatre for the home audience" and own.where == "p. 2" and own.source == iri
    assert [(s, e) for s, e, _ in ws.passages(iri)] == [(start, end)]
    g = ws.triples()
    exact = next(g.objects(None, URIRef(OA + "exact")))
    assert str(exact) == doc.text[start:end]
    with pytest.raises(WorkspaceError, match="pages do not fit"):
        document("x", "short text", author="Ann", pages=(0, 99))


def test_the_zip_carries_the_documents_and_opens_again():
    pdf = make_pdf()
    doc = read_document(pdf, "sochi.pdf")
    made, iri = document(doc.title, doc.text, author="Ann", pages=doc.pages, media_type=doc.media_type)
    notes, other = document("Interview / Müller", "Plain notes.", author="Ann")
    ws = Workspace((made, notes))
    data = to_zip(ws, {iri: ("sochi.pdf", pdf)})
    assert data == to_zip(ws, {iri: ("sochi.pdf", pdf)})  # the same workspace, the same bytes
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert names == ["workspace.trig", "documents/sochi.txt", "documents/sochi.original.pdf",
                     "documents/interview-muller.txt"]
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.read("documents/sochi.original.pdf") == pdf and z.read("documents/sochi.txt").decode() == doc.text
    opened = open_workspace(data, "my-workspace.zip", store=open_store())
    assert opened.documents() == ws.documents() and opened.pages(iri) == doc.pages and opened.pages(other) == ()
    assert originals_from_zip(data, opened) == {iri: ("sochi.pdf", pdf)}  # downloaded again as it came


def test_a_bad_zip_is_refused():
    with pytest.raises(WorkspaceError, match="not a readable zip"):
        open_workspace(b"PK\x03\x04 broken", "w.zip")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("other.trig", "")
    with pytest.raises(WorkspaceError, match="holds no workspace.trig"):
        trig_from_zip(buf.getvalue(), "w.zip")


def test_the_files_documents_were_read_from_are_kept_with_the_workspace(tmp_path):
    from kg.workspace.history import History

    pdf = make_pdf()
    doc = read_document(pdf, "sochi.pdf")
    made, iri = document(doc.title, doc.text, author="Ann", pages=doc.pages, media_type=doc.media_type)
    for folder in (None, tmp_path):
        h = History(folder)
        h.commit(Workspace((made,)))
        h.keep_original(iri, "C:\\Users\\ann\\sochi notes.pdf", pdf)
        assert h.originals() == {iri: ("sochi-notes.pdf", pdf)}
    assert [p.name.split("-", 1)[1] for p in (tmp_path / "documents").iterdir()] == ["sochi-notes.pdf"]
    again = History(tmp_path)  # the app started again on the folder
    assert again.originals() == {iri: ("sochi-notes.pdf", pdf)}
    assert zipfile.ZipFile(io.BytesIO(to_zip(again.workspace, again.originals()))).read(
        "documents/sochi.original.pdf") == pdf
    again.commit(Workspace())  # a document removed: its file is no longer the workspace's
    assert again.originals() == {}
