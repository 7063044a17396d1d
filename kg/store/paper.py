"""The paper's text as shipped in ``data/text/``, and where its sections lie in it.

The text is the plain-text extraction of the PDF (``data/text/README.md`` lists its quirks).
It is not RDF: :func:`kg.store.store.default_files` reads ``data/*.ttl`` only, and
``python -m kg load`` refuses a ``.txt`` file. Character offsets into it (Python ``str``
indices, i.e. Unicode code points, as the W3C TextPositionSelector counts them) are what
``data/anchors.ttl`` records for every evidence quote (:mod:`kg.ingest.anchors`).

>>> text = read_text()
>>> text[:40].split()[:4]
['EUROPE', 'IN', 'THE', 'WORLD']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KGError
from kg.namespaces import ID
from kg.store.store import ROOT

__all__ = [
    "TEXT_IRI",
    "TEXT_PATH",
    "SectionSpan",
    "normalise",
    "normalised",
    "paragraphs",
    "read_text",
    "repeats",
    "section_spans",
]

TEXT_PATH = ROOT / "data" / "text" / "russian-negotiating-style-epc-2025.txt"

#: The text as a resource of its own (``oa:hasSource`` of every anchor): offsets hold for this
#: file, not for the PDF the paper (``source:sondergaard-2025``) was published as.
TEXT_IRI = f"{ID}text/russian-negotiating-style-epc-2025"

#: The extraction prints the footnote list before its heading "NOTES": the notes section
#: starts at the list's first item.
_FOOTNOTES = re.compile(r"^- ¹", re.MULTILINE)

_DROP = set("*¹²³⁴⁵⁶⁷⁸⁹⁰")
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@dataclass(frozen=True)
class SectionSpan:
    """Where one ``nkg:Section`` lies in the text: ``[start, end)``, its heading line
    ``[start, body)`` (empty where the section has no heading line of its own)."""

    iri: str
    title: str
    start: int
    body: int
    end: int


@lru_cache(maxsize=4)
def read_text(path: Path = TEXT_PATH) -> str:
    """The shipped text, exactly as in the file (offsets count in it)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise KGError(f"Cannot read the paper's text {path}: {exc.strerror}; it ships in data/text/.") from None


def _heading(text: str, headings: Iterable[str], after: int) -> tuple[int, int] | None:
    for heading in headings:
        found = re.compile(rf"^{re.escape(heading)}[ \t]*$", re.MULTILINE).search(text, after)
        if found:
            return found.start(), found.end()
    return None


def section_spans(text: str, sections: Iterable[tuple[str, str, tuple[str, ...]]]) -> list[SectionSpan]:
    """Cut ``text`` into the sections ``(iri, title, headings)``, given in reading order.

    A section starts at the first line after the previous section's start that is one of its
    ``headings`` (title, label or printed form) on its own; the first section (the title
    page, which has no heading line) starts at 0; the notes start at the footnote list.
    Raises :class:`KGError` naming a section whose heading the text does not hold.
    """
    starts: list[tuple[str, str, int, int]] = []
    after = 0
    for i, (iri, title, headings) in enumerate(sections):
        if i == 0:
            starts.append((iri, title, 0, 0))
            continue
        notes = _FOOTNOTES.search(text, after) if "NOTES" in headings else None
        found = (notes.start(), notes.start()) if notes else _heading(text, headings, after)
        if found is None:
            raise KGError(f"Section {iri}: none of its headings {list(headings)} is a line of the text "
                          "after the previous section; fix the section's title or the text.")
        starts.append((iri, title, *found))
        after = found[1]
    ends = [s[2] for s in starts[1:]] + [len(text)]
    return [SectionSpan(iri, title, start, body, end) for (iri, title, start, body), end in zip(starts, ends)]


def normalised(text: str) -> tuple[str, list[int]]:
    """``text`` in :func:`normalise`'d form, and for each of its characters the offset in
    ``text`` it comes from (a collapsed run of whitespace maps to its last character)."""
    chars: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        if ch.isspace():
            space = bool(chars)
            continue
        if space:
            chars.append(" ")
            where.append(i - 1)
            space = False
        for folded in ch.translate(_FOLD):
            chars.append(folded)
            where.append(i)
    return "".join(chars), where


def normalise(text: str) -> str:
    """The form in which quotes are matched to the text: whitespace collapsed, the extraction's
    Markdown emphasis and footnote superscripts dropped, curly quotes, dashes and ellipses folded.

    >>> normalise("a  *bold*\\n“quote”¹ – and…")
    'a bold "quote" - and...'
    """
    return normalised(text)[0]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each paragraph: lines between blank lines."""
    return [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def repeats(text: str) -> list[tuple[int, int]]:
    """The paragraphs that repeat sentences printed earlier: the layout's pull-quotes
    (headings, which repeat the table of contents, do not end a sentence).

    >>> repeats("Body: it is so. More.\\n\\nit is so.\\n")
    [(23, 32)]
    """
    flat = normalise(text)
    found = []
    for start, end in paragraphs(text):
        words = normalise(text[start:end])
        first = flat.find(words)
        if words[-1:] in (".", "?", "!", '"') and 0 <= first < len(normalise(text[:start])):
            found.append((start, end))
    return found
