"""Documents of the researcher's own from files: PDF (text extracted page by page with pypdf),
plain text and Markdown; and the workspace as a zip with its documents.

:func:`read_document` turns an uploaded file into an :class:`Extracted` text — the text the
selectors count characters in — with where each page starts, or refuses it with a sentence that
says what and where (an encrypted PDF, one whose pages are images, a malformed or oversized file,
a page that cannot be read, text that is not UTF-8); nothing is added then.

>>> doc = read_document(b"Notes from Sochi.\\n\\nThe speech was theatre.", "sochi.md")
>>> doc.title, doc.media_type, doc.pages
('sochi', 'text/markdown', ())
>>> page_label((0, 40, 95), 50, 100)
'p. 2–3'
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import PurePath

from kg.errors import WorkspaceError
from kg.text import clean, fold
from kg.workspace.statements import MAX_DOCUMENT, Workspace, to_trig

__all__ = ["MAX_FILE_BYTES", "MAX_PAGES", "MAX_ZIP_BYTES", "Extracted", "originals_from_zip", "page_label",
           "read_document",
           "read_pdf", "read_plain", "to_zip", "trig_from_zip"]

#: The largest document file accepted (a PDF of a few hundred pages of text is well under it).
MAX_FILE_BYTES = 20 * 2**20
#: The most pages a PDF may have.
MAX_PAGES = 500
#: The most a workspace zip may unpack to.
MAX_ZIP_BYTES = 60 * 2**20
TEXT_TYPES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
PAGE_BREAK = "\n\n"


@dataclass(frozen=True)
class Extracted:
    """A document's text as the workspace keeps it, with where each page starts (PDF only)."""

    title: str
    text: str
    media_type: str
    pages: tuple[int, ...] = ()


def _name(filename: str) -> str:
    return PurePath(str(filename).replace("\\", "/")).name or "the file"


def read_document(data: bytes, filename: str) -> Extracted:
    """A PDF, plain text or Markdown file as an :class:`Extracted` text, or :class:`WorkspaceError`."""
    name = _name(filename)
    suffix = PurePath(name).suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        raise WorkspaceError(f"{name} is {len(data) / 2**20:,.1f} MB; a document may be at most "
                             f"{MAX_FILE_BYTES // 2**20} MB.")
    if suffix == ".pdf":
        return read_pdf(data, name)
    if suffix in TEXT_TYPES:
        return read_plain(data, name)
    raise WorkspaceError(f"{name} is not a document this workspace reads: give a PDF (.pdf), plain text (.txt) or "
                         "Markdown (.md).")


def _title(name: str) -> str:
    return " ".join(PurePath(name).stem.replace("_", " ").split())[:200] or "Untitled document"


def _limit(text: str, name: str, where: str = "") -> None:
    if len(text) > MAX_DOCUMENT:
        raise WorkspaceError(f"{name} is {len(text):,} characters of text{where}; a document may be at most "
                             f"{MAX_DOCUMENT:,}: split it.")


def read_plain(data: bytes, name: str) -> Extracted:
    """Plain text or Markdown in UTF-8 (a byte-order mark is dropped); kept as text, never rendered as HTML."""
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise WorkspaceError(f"{name} is not UTF-8 text: byte {exc.start + 1} (line {line}) cannot be read; save "
                             "it as UTF-8.") from None
    text = clean(text, keep_newlines=True).strip("\n")
    if len(text.strip()) < 3:
        raise WorkspaceError(f"{name} has no text.")
    _limit(text, name)
    return Extracted(_title(name), text, TEXT_TYPES[PurePath(name).suffix.lower()])


def _pdf_text(page, number: int, name: str) -> str:
    try:
        raw = page.extract_text() or ""
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a broken content stream
        raise WorkspaceError(f"{name}: page {number} cannot be read ({type(exc).__name__}: "
                             f"{str(exc)[:120] or 'no detail'}); the document was not added.") from None
    lines = (" ".join(line.split()) for line in clean(raw, keep_newlines=True).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_pdf(data: bytes, name: str) -> Extracted:
    """The text of a PDF, page by page (pages joined by a blank line; :attr:`Extracted.pages` holds
    where each page starts). Refuses an encrypted PDF, one with no text (scanned images), a malformed
    or oversized one, or a page that cannot be read, saying which."""
    from pypdf import PdfReader  # only when a PDF comes: pypdf is not needed to browse

    if not data.lstrip()[:5] == b"%PDF-":
        raise WorkspaceError(f"{name} is not a PDF: it does not start with %PDF-.")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about repaired files are not the user's
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        count = 0 if encrypted else len(reader.pages)
    except Exception as exc:  # noqa: BLE001 - a malformed file fails in many ways, each said in one sentence
        raise WorkspaceError(f"{name} is not a readable PDF ({type(exc).__name__}: {str(exc)[:120] or 'no detail'}); "
                             "the document was not added.") from None
    if encrypted:
        raise WorkspaceError(f"{name} is encrypted (password-protected): save a copy without the password and add "
                             "that.")
    if count == 0:
        raise WorkspaceError(f"{name} has no pages.")
    if count > MAX_PAGES:
        raise WorkspaceError(f"{name} has {count:,} pages; a document may have at most {MAX_PAGES:,}: split it.")
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for number, page in enumerate(reader.pages, 1):
        text = _pdf_text(page, number, name)
        starts.append(at)
        parts.append(text)
        at += len(text) + len(PAGE_BREAK)
        if at - len(PAGE_BREAK) > MAX_DOCUMENT:
            _limit(PAGE_BREAK.join(parts), name, f" by page {number}")
    text = PAGE_BREAK.join(parts)
    if len(text.strip()) < 3:
        raise WorkspaceError(f"{name} has no text on any of its {count} page(s): its pages are images (a scan?). "
                             "Run text recognition (OCR) on it first, or paste its text.")
    return Extracted(_title(name), text, "application/pdf", tuple(starts))


def page_label(pages: tuple[int, ...], start: int, end: int) -> str:
    """Where ``text[start:end]`` is in a paged document: "p. 3" or "p. 3–4"; "" without pages."""
    if not pages:
        return ""
    first, last = bisect_right(pages, start), bisect_right(pages, max(start, end - 1))
    return f"p. {first}" if first == last else f"p. {first}–{last}"


# -- the workspace as a zip ---------------------------------------------------------

def _slug(title: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60] or "document"
    slug, n = base, 1
    while slug in used:
        n += 1
        slug = f"{base}-{n}"
    used.add(slug)
    return slug


def to_zip(ws: Workspace, originals: dict[str, tuple[str, bytes]] | None = None) -> bytes:
    """The workspace as a zip: ``workspace.trig`` (everything, the documents' text included) and a
    ``documents/`` folder with each document's text (``.txt``) and, when given in ``originals``
    (document IRI -> (file name, bytes)), the file it was read from. Opening the zip again reads
    ``workspace.trig`` (:func:`trig_from_zip`)."""
    buf = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info, body in [("workspace.trig", to_trig(ws))] + _document_files(ws, originals or {}, used):
            entry = zipfile.ZipInfo(info, date_time=(2000, 1, 1, 0, 0, 0))  # the same workspace, the same bytes
            entry.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(entry, body)
    return buf.getvalue()


def _document_files(ws: Workspace, originals: dict, used: set[str]) -> list[tuple[str, bytes]]:
    out = []
    for iri, (title, text) in ws.documents().items():
        slug = _slug(title, used)
        out.append((f"documents/{slug}.txt", text.encode("utf-8")))
        if iri in originals:
            filename, data = originals[iri]
            suffix = PurePath(_name(filename)).suffix.lower()
            if suffix in TEXT_TYPES or suffix == ".pdf":
                out.append((f"documents/{slug}.original{suffix}", data))
    return out


def originals_from_zip(data: bytes, ws: Workspace) -> dict[str, tuple[str, bytes]]:
    """The original files a workspace zip carries (document IRI -> (file name, bytes)), matched to
    ``ws``'s documents by the names :func:`to_zip` gave them; call it after :func:`trig_from_zip`
    (through :func:`kg.workspace.check.open_workspace`) has accepted the zip."""
    z = zipfile.ZipFile(io.BytesIO(data))
    infos = {i.filename: i for i in z.infolist()}
    used: set[str] = set()
    out = {}
    for iri, (title, _) in ws.documents().items():
        slug = _slug(title, used)
        for suffix in (".pdf", *TEXT_TYPES):
            info = infos.get(f"documents/{slug}.original{suffix}")
            if info is not None and info.file_size <= MAX_FILE_BYTES:
                out[iri] = (f"{slug}{suffix}", z.read(info))
                break
    return out


def trig_from_zip(data: bytes, name: str) -> bytes:
    """The ``workspace.trig`` inside a workspace zip, or :class:`WorkspaceError` saying why not."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = {i.filename: i for i in z.infolist()}
    except (zipfile.BadZipFile, OSError) as exc:
        raise WorkspaceError(f"The workspace was not opened: {name} is not a readable zip ({exc}).") from None
    info = infos.get("workspace.trig")
    if info is None:
        raise WorkspaceError(f"The workspace was not opened: {name} holds no workspace.trig (a workspace zip "
                             "from *Download (zip with the documents)* has it at its top).")
    if sum(i.file_size for i in infos.values()) > MAX_ZIP_BYTES or info.file_size > MAX_ZIP_BYTES:
        raise WorkspaceError(f"The workspace was not opened: {name} unpacks to more than "
                             f"{MAX_ZIP_BYTES // 2**20} MB.")
    with z.open(info) as f:
        body = f.read(MAX_ZIP_BYTES + 1)
    if len(body) > MAX_ZIP_BYTES:
        raise WorkspaceError(f"The workspace was not opened: {name}'s workspace.trig unpacks to more than "
                             f"{MAX_ZIP_BYTES // 2**20} MB.")
    return body
