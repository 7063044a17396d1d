"""A researcher's source from the BibTeX they paste, with its DOI or URL (bibtexparser 2).

The record becomes an :data:`~kg.namespaces.NKG` ``OwnSource``: title, date (the year),
authors as actors (a name in braces, ``{World Bank}``, is an organisation), the journal or
book as container, the publisher, and the DOI or URL as ``bibo:uri``. What the shapes need
of any source (a title, an author or publisher, a date) is asked of the entry here, in
sentences that name the field.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import bibtexparser
from bibtexparser.middlewares import SeparateCoAuthors
from pylatexenc.latex2text import LatexNodes2Text

from kg.errors import WorkspaceError
from kg.text import clean

__all__ = ["BibRecord", "normalise_locator", "parse_bibtex"]

#: BibTeX entry type -> BIBO class local name.
BIBO_TYPES = {"article": "AcademicArticle", "book": "Book", "incollection": "BookSection",
              "inbook": "BookSection", "techreport": "Report", "report": "Report", "phdthesis": "Thesis",
              "mastersthesis": "Thesis", "inproceedings": "Article", "misc": "Document", "online": "Webpage"}
_MAX_BIBTEX = 20_000
_DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)


@dataclass(frozen=True)
class BibRecord:
    """One BibTeX entry, read: the fields a source needs, cleaned of LaTeX and braces."""

    key: str
    bibo_type: str
    title: str
    year: str
    authors: tuple[tuple[str, bool], ...]  # (name in natural order, is an organisation)
    container: str | None = None
    publisher: str | None = None
    pages: str | None = None
    uri: str | None = None


def normalise_locator(text: str) -> str | None:
    """A DOI as its ``https://doi.org/`` URL, or an http(s) URL; None for an empty text.

    >>> normalise_locator("doi:10.1080/00396338.2020.1")
    'https://doi.org/10.1080/00396338.2020.1'
    >>> normalise_locator("ftp://x")
    Traceback (most recent call last):
    ...
    kg.errors.WorkspaceError: 'ftp://x' is neither a DOI (10.…/…) nor an http(s) URL.
    """
    text = clean(text).strip()
    if not text:
        return None
    doi = _DOI.match(text)
    if doi:
        return "https://doi.org/" + doi.group(1)
    if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", text) and len(text) <= 2000:
        return text
    raise WorkspaceError(f"{text[:80]!r} is neither a DOI (10.…/…) nor an http(s) URL.")


def _plain(value: str) -> str:
    """LaTeX to text (``M{\\"u}ller`` is Müller), braces dropped, whitespace collapsed."""
    try:
        value = LatexNodes2Text().latex_to_text(value)
    except Exception:  # pylatexenc gives up on some broken markup: keep the characters
        pass
    return " ".join(clean(value).replace("{", "").replace("}", "").split())


def _natural(name: str) -> tuple[str, bool]:
    stripped = name.strip()
    if stripped.startswith("{") and stripped.endswith("}"):
        return _plain(stripped), True
    if "," in stripped:
        family, _, given = stripped.partition(",")
        return _plain(f"{given.strip()} {family.strip()}"), False
    return _plain(stripped), False


def parse_bibtex(text: str, locator: str = "") -> BibRecord:
    """Read one BibTeX entry; raise :class:`~kg.errors.WorkspaceError` with a sentence when it
    cannot serve as a source.

    >>> r = parse_bibtex("@article{s20, author={Smith, Jane and {World Bank}}, title={Talking to {Moscow}},"
    ...                  " journal={Survival}, year={2020}, doi={10.1234/x}}")
    >>> r.title, r.year, r.authors, r.uri
    ('Talking to Moscow', '2020', (('Jane Smith', False), ('World Bank', True)), 'https://doi.org/10.1234/x')
    """
    if len(text) > _MAX_BIBTEX:
        raise WorkspaceError(f"The BibTeX is {len(text):,} characters; paste one entry (at most {_MAX_BIBTEX:,}).")
    library = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors()])
    if library.failed_blocks:
        block = library.failed_blocks[0]
        line = getattr(block, "start_line", None)
        where = f" (the entry starting on line {line + 1})" if isinstance(line, int) else ""
        raise WorkspaceError(f"The BibTeX does not parse{where}: check its braces and commas, "
                             "e.g. @article{key, title={…}, author={…}, year={2020}}.")
    if len(library.entries) != 1:
        raise WorkspaceError(f"Paste exactly one BibTeX entry (found {len(library.entries)}).")
    entry = library.entries[0]
    fields = {k.lower(): v for k, v in entry.fields_dict.items()}
    value = lambda name: fields[name].value if name in fields else None
    title = _plain(value("title") or "")
    if not title:
        raise WorkspaceError(f"The BibTeX entry {entry.key!r} has no title: add title = {{…}}.")
    year = _plain(str(value("year") or ""))
    if not re.fullmatch(r"\d{4}", year):
        shown = f" ({year!r} is not a four-digit year)" if year else ""
        raise WorkspaceError(f"The BibTeX entry {entry.key!r} needs a year{shown}: add year = {{2020}}.")
    names = value("author") or value("editor") or []
    names = [names] if isinstance(names, str) else names
    authors = tuple(_natural(n) for n in names if _plain(n))
    publisher = _plain(value("publisher") or value("institution") or value("organization") or "") or None
    if not authors and not publisher:
        raise WorkspaceError(f"The BibTeX entry {entry.key!r} names no author, editor, publisher or institution: "
                             "add one, so the source can be cited.")
    container = _plain(value("journal") or value("booktitle") or value("howpublished") or "") or None
    uri = normalise_locator(locator) or normalise_locator(str(value("doi") or "")) \
        or normalise_locator(str(value("url") or ""))
    return BibRecord(key=_plain(entry.key) or "source", bibo_type=BIBO_TYPES.get(entry.entry_type.lower(), "Document"),
                     title=title, year=year, authors=authors, container=container, publisher=publisher,
                     pages=_plain(value("pages") or "") or None, uri=uri)


def digest(*parts: str) -> str:
    """A short stable name for an IRI: the first 12 hex digits of SHA-256 over ``parts``."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
