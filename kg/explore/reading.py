"""The paper as read: its text in sections and paragraphs, each evidenced span marked.

:func:`reading` joins the shipped text (:mod:`kg.store.paper`) with the anchors of the
evidence (``data/anchors.ttl``): every paragraph is cut into runs, each run carrying the
passages (evidence spans) that cover it. The reading view renders it; the numbers of
paragraphs in the graph and not are what its margin shows.

>>> from kg.store.store import open_store
>>> r = reading(open_store())
>>> len(r.passages) > 280 and r.blocks[0].kind
'paragraph'
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from kg.store.paper import paragraphs, read_text, repeats, section_spans
from kg.store.store import Store

__all__ = ["Block", "Passage", "Reading", "Run", "reading"]


@dataclass(frozen=True)
class Passage:
    """One evidence quote's span in the text, and the link it is evidence for."""

    evidence: str
    start: int
    end: int
    subject: str
    predicate: str
    object: str
    subject_label: str
    predicate_label: str
    object_label: str

    @property
    def link(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)

    @property
    def caption(self) -> str:
        """The link in words, e.g. "Valdai 2014 — illustrates — Zero-sum thinking"."""
        return f"{self.subject_label} — {self.predicate_label} — {self.object_label}"


@dataclass(frozen=True)
class Run:
    """A stretch of text covered by the same passages (indices into ``Reading.passages``)."""

    start: int
    end: int
    text: str
    passages: tuple[int, ...]


@dataclass(frozen=True)
class Block:
    """A heading, a paragraph or a pull-quote (a layout repeat of the body)."""

    kind: str
    section: str
    section_title: str
    start: int
    end: int
    runs: tuple[Run, ...]

    @property
    def passages(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(i for r in self.runs for i in r.passages))


@dataclass(frozen=True)
class Reading:
    text: str
    passages: tuple[Passage, ...]
    blocks: tuple[Block, ...]

    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]

    def matching(self, *, entity: str | None = None, link: tuple[str, str, str] | None = None) -> set[int]:
        """The passages of a link, or of every link of an entity."""
        return {i for i, p in enumerate(self.passages)
                if (link is not None and p.link == tuple(link))
                or (entity is not None and entity in (p.subject, p.object))}


def _passages(store: Store, size: int) -> list[Passage]:
    rows = store.strings("anchored_evidence")
    out = []
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        if 0 <= start < end <= size:
            out.append(Passage(r["ev"], start, end, r["s"], r["p"], r["o"], r.get("sLabel") or r["s"],
                               r.get("pLabel") or r["p"].rsplit("#", 1)[-1], r.get("oLabel") or r["o"]))
    return sorted(out, key=lambda p: (p.start, -p.end, p.evidence))


def _sections(store: Store) -> list[tuple[str, str, tuple[str, ...]]]:
    names: dict[str, tuple[int, list[str]]] = {}
    for r in store.strings("sections"):
        _, found = names.setdefault(r["section"], (int(r["order"]), []))
        found += [r[k] for k in ("title", "altLabel", "label") if r.get(k) and r[k] not in found]
    return [(iri, found[0], tuple(found)) for iri, (_, found) in sorted(names.items(), key=lambda kv: kv[1][0])]


def _runs(text: str, start: int, end: int, passages: list[Passage]) -> tuple[Run, ...]:
    inside = [(i, p) for i, p in enumerate(passages) if p.start < end and p.end > start]
    cuts = sorted({start, end} | {x for _, p in inside for x in (p.start, p.end) if start < x < end})
    return tuple(Run(a, b, text[a:b], tuple(i for i, p in inside if p.start < b and p.end > a))
                 for a, b in pairwise(cuts))


def reading(store: Store) -> Reading:
    """The text with every anchored passage, cut into headings, paragraphs and pull-quotes."""
    text = read_text()
    passages = _passages(store, len(text))
    layout = set(repeats(text))
    blocks = []
    for section in section_spans(text, _sections(store)):
        if section.body == section.start and section.start > 0:  # the notes: their heading follows them
            blocks.append(Block("heading", section.iri, section.title, section.start, section.start, ()))
        elif section.body > section.start:
            blocks.append(Block("heading", section.iri, section.title, section.start, section.body,
                                _runs(text, section.start, section.body, passages)))
        for a, b in paragraphs(text[section.body:section.end]):
            a, b = a + section.body, b + section.body
            kind = "pullquote" if (a, b) in layout else "paragraph"
            blocks.append(Block(kind, section.iri, section.title, a, b, _runs(text, a, b, passages)))
    return Reading(text, tuple(passages), tuple(blocks))
