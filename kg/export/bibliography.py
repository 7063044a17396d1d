"""The bibliography of a view: BibTeX, RIS and CSL-JSON of exactly the sources behind it.

The sources behind a view are those the evidence of its (asserted) links
cites, plus the paper the graph describes. Each becomes a :class:`Reference`
with a citation key that never changes from view to view (the local name of
the source's IRI, e.g. ``sondergaard-2025``) and author names split into
family and given parts. Corporate authors ("NATO", "President of Russia")
stay literal: ``{NATO}`` in BibTeX, ``literal`` in CSL-JSON, no comma in RIS.

The three formats say the same, as reference managers read them (checked by
rendering each through citeproc in tests/test_bibliography_formats.py):
"et al." where the footnote says so (``and others`` in BibTeX, the name
``others`` in CSL-JSON and RIS, which pandoc reads as "et al."); news items
(``bibo:Article``) are newspaper articles (``@article`` with ``entrysubtype =
{newspaper}``, ``article-newspaper``, ``NEWS``); the language (``langid``,
``language``, ``LA``) so a German title is not title-cased as English;
titles as printed (double braces in BibTeX, ``<span class="nocase">`` in
CSL-JSON); web pages and laws as biblatex's ``@online`` and ``@legislation``;
an entry without author has a BibTeX ``key`` (what plain and natbib sort
and label it by: the name CSL puts in its place, the container); a ``@misc``
names its publisher in ``howpublished``, the one field plain.bst prints.

Writers: bibtexparser 2 for BibTeX, rispy for RIS; CSL-JSON is plain JSON
in the schema citeproc-js, Zotero and pandoc read.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass

import bibtexparser
import rispy
from bibtexparser.middlewares.names import parse_single_name_into_parts
from bibtexparser.model import Entry, Field

from kg.latex import escape as tex
from kg.model import Citation, Subgraph
from kg.namespaces import ID
from kg.store import fetch
from kg.store.sparql import Raw, values
from kg.store.store import Store
from kg.text import fold

__all__ = ["PAPER", "Name", "Reference", "bibliography_sources", "references", "bibtex", "ris",
           "csl_json", "csl_items", "split_name", "citation_key"]

#: The paper the graph describes; every bibliography includes it.
PAPER = f"{ID}source/sondergaard-2025"

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Name:
    """An author: a person's name parts, or a corporate name kept whole (``literal``)."""

    family: str = ""
    given: str = ""
    particle: str = ""  # "von der" in "Ursula von der Leyen"
    suffix: str = ""
    literal: str = ""

    @property
    def sort_key(self) -> str:
        return fold(self.literal or self.family)


def split_name(label: str) -> Name:
    """A person's name parts from a label in natural order (BibTeX's name rules).

    >>> split_name("Wolfgang Ischinger")
    Name(family='Ischinger', given='Wolfgang', particle='', suffix='', literal='')
    >>> split_name("Ursula von der Leyen").particle, split_name("John F. Kennedy").given
    ('von der', 'John F.')
    >>> split_name("Kennedy, John F.").family, split_name("Martin Luther King Jr.").suffix
    ('Kennedy', 'Jr.')
    """
    words = label.split()
    suffix = ""
    if "," not in label and len(words) > 1 and words[-1].lower() in _SUFFIXES:
        suffix, words = words[-1], words[:-1]
    try:
        parts = parse_single_name_into_parts(" ".join(words) if "," not in label else label)
    except Exception:  # bibtexparser rejects some shapes (e.g. unbalanced braces): keep it whole
        return Name(family=label)
    if not parts.last:
        return Name(family=label)
    if not parts.first and parts.von:  # "the Japanese foreign minister": no name to split
        return Name(literal=label)
    return Name(family=" ".join(parts.last), given=" ".join(parts.first),
                particle=" ".join(parts.von), suffix=suffix or " ".join(parts.jr))


@dataclass(frozen=True)
class Reference:
    """One bibliography entry: a stable key, the stored record and its authors."""

    key: str
    citation: Citation
    authors: tuple[Name, ...]

    @property
    def is_paper(self) -> bool:
        return self.citation.iri == PAPER


def bibliography_sources(store: Store | None, sg: Subgraph) -> tuple[str, ...]:
    """IRIs of the sources behind the view's asserted links, and the paper (when stored)."""
    cited = {s for e in sg.edges if not e.inferred for ev in e.evidence for s in ev.sources}
    if PAPER in cited or sg.citation(PAPER) is not None:
        cited.add(PAPER)
    elif store is not None and fetch.citations(store, [PAPER]):
        cited.add(PAPER)
    return tuple(sorted(cited))


def citation_key(iri: str) -> str:
    """The BibTeX/CSL key of a source: its IRI's local name, ASCII.

    >>> citation_key("https://w3id.org/negkg/id/source/sondergaard-2025")
    'sondergaard-2025'
    """
    local = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    key = re.sub(r"[^A-Za-z0-9_.:-]+", "-", fold(local)).strip("-")
    return key or "source"


def _authors(store: Store | None, iris: list[str]) -> dict[str, tuple[Name, ...]]:
    rows: list[dict] = []
    if store is not None:
        for batch in fetch.chunks(iris):
            rows += store.select("bibliography_authors", nodes=Raw(values(batch)))
    found: dict[str, dict[str, tuple[int, Name]]] = defaultdict(dict)
    for row in rows:
        name = str(row["name"])
        if str(row.get("person", "false")).lower() not in ("true", "1"):
            parsed = Name(literal=name)
        elif "family" in row:
            parsed = Name(family=str(row["family"]), given=str(row.get("given", "")))
        else:
            parsed = split_name(name)
        index = int(str(row["index"])) if "index" in row else 10**6
        prev = found[str(row["src"])].get(str(row["author"]))
        if prev is None or index < prev[0]:
            found[str(row["src"])][str(row["author"])] = (index, parsed)
    return {src: tuple(n for _, n in sorted(by.values(), key=lambda x: (x[0], x[1].sort_key)))
            for src, by in found.items()}


def references(store: Store | None, sg: Subgraph) -> tuple[Reference, ...]:
    """The view's bibliography: the paper first, then footnote order, then by key."""
    iris = list(bibliography_sources(store, sg))
    records = {c.iri: c for c in sg.citations if c.iri in iris}
    missing = [i for i in iris if i not in records]
    if missing and store is not None:
        records.update(fetch.citations(store, missing))
    names = _authors(store, iris)
    refs = []
    for iri in iris:
        if iri not in records:
            continue
        c = records[iri]
        authors = names.get(iri) or tuple(split_name(a) for a in c.authors)
        refs.append(Reference(citation_key(iri), c, authors))
    order = lambda r: (not r.is_paper, r.citation.footnote or 10**6, r.key)  # noqa: E731
    return tuple(sorted(refs, key=order))


# -- shared field logic ----------------------------------------------------
def _date_parts(date: str | None) -> list[int]:
    if not date:
        return []
    try:
        return [int(p) for p in date.split("-")[:3]]
    except ValueError:
        return []


#: The name that stands for "and others" ("et al.") in an author list, in every format.
OTHERS = "others"


def _no_author_key(c: Citation) -> str:
    """What an entry without author is sorted and cited by: its container, else publisher, else title."""
    return c.container or c.publisher or c.title


def _note(c: Citation) -> str:
    bits = []
    if c.translated_title:
        bits.append(f"[{c.translated_title}]")
    if c.article:
        bits.append(f"Art. {c.article}" + (f" ({c.edition_years})" if c.edition_years else ""))
    elif c.edition_years:
        bits.append(f"Versions of {c.edition_years}")
    if c.programme:
        bits.append(c.programme)
    if c.accessed_via:
        bits.append(f"Accessed via {c.accessed_via}")
    if c.footnote:
        bits.append(f"Cited in footnote {c.footnote} of Søndergaard (2025)")
    return ". ".join(bits)


# -- BibTeX ------------------------------------------------------------------
# @online and @legislation are biblatex types (pandoc reads them as webpage and legislation);
# plain.bst prints them as @misc.
_BIBTEX_TYPE = {"Book": "book", "Report": "techreport", "Article": "article", "AcademicArticle": "article",
                "Chapter": "incollection", "BookSection": "incollection", "Thesis": "phdthesis",
                "Webpage": "online", "Legislation": "legislation"}
_BABEL = {"de": "german", "en": "english", "ru": "russian", "fr": "french", "uk": "ukrainian", "da": "danish",
          "et": "estonian", "pl": "polish"}
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _bibtex_name(n: Name) -> str:
    if n.literal:
        return "{" + tex(n.literal) + "}"
    last = " ".join(x for x in (n.particle, n.family) if x)
    parts = [tex(last)] + ([tex(n.suffix)] if n.suffix else []) + ([tex(n.given)] if n.given else [])
    return ", ".join(parts)


def _bibtex_entry(ref: Reference) -> Entry:
    c = ref.citation
    kind = _BIBTEX_TYPE.get(c.kind, "misc")
    fields: list[tuple[str, str] | Field] = []
    if ref.authors:
        fields.append(("author", " and ".join(_bibtex_name(n) for n in ref.authors) +
                       (f" and {OTHERS}" if c.et_al else "")))
    else:
        fields.append(("key", tex(_no_author_key(c))))
    fields.append(("title", "{" + tex(c.title) + "}"))
    if c.kind == "Article":  # a news item (bibo:AcademicArticle is a journal's)
        fields.append(("entrysubtype", "newspaper"))
    publisher = c.publisher if c.publisher and c.publisher != c.container else None
    if kind in ("article", "incollection"):
        if c.container:
            fields.append(({"article": "journal"}.get(kind, "booktitle"), tex(c.container)))
    elif kind in ("book", "techreport"):
        if c.container:
            fields.append(("howpublished", tex(c.container)))
    else:  # @misc (@online, @legislation): plain.bst prints howpublished, not publisher or organization
        shown = ", ".join(x for x in (c.container, publisher) if x)
        if shown:
            fields.append(("howpublished", tex(shown)))
        publisher = None
    if publisher:
        fields.append(("institution" if kind == "techreport" else "publisher", tex(publisher)))
    if c.place:
        fields.append(("address", tex(c.place)))
    if c.programme:
        fields.append(("series", "{" + tex(c.programme) + "}"))
    parts = _date_parts(c.date)
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(Field("month", _MONTHS[parts[1] - 1], enclosing="no-enclosing"))  # a macro
        fields.append(("date", c.date or ""))
    if c.pages:
        fields.append(("pages", tex(c.pages.replace("-", "--"))))
    if c.uri:
        fields.append(("url", c.uri))
    if c.language:
        fields.append(("langid", _BABEL.get(c.language.split("-")[0].lower(), c.language)))
    note = ". ".join(x for x in (c.container_section, _note(c)) if x)
    if note:
        fields.append(("note", tex(note)))
    return Entry(kind, ref.key, [f if isinstance(f, Field) else Field(*f) for f in fields])


def bibtex(refs: tuple[Reference, ...]) -> bytes:
    """BibTeX (ASCII, LaTeX-escaped values; titles brace-protected)."""
    library = bibtexparser.Library()
    for ref in refs:
        library.add(_bibtex_entry(ref))
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"
    text = bibtexparser.write_string(library, bibtex_format=fmt) if refs else ""
    header = "% Bibliography of one view of the negotiation-style knowledge graph.\n\n"
    return (header + text.rstrip("\n") + "\n").encode("utf-8")


# -- RIS ---------------------------------------------------------------------
_RIS_TYPE = {"Book": "BOOK", "Report": "RPRT", "Article": "NEWS", "AcademicArticle": "JOUR",
             "Chapter": "CHAP", "BookSection": "CHAP", "Webpage": "ELEC", "Legislation": "STAT",
             "Speech": "SOUND", "Thesis": "THES"}


def _ris_name(n: Name) -> str:
    if n.literal:
        return n.literal
    last = " ".join(x for x in (n.particle, n.family) if x)
    return ", ".join([last] + ([n.given] if n.given else []) + ([n.suffix] if n.suffix else []))


def _ris_entry(ref: Reference) -> dict:
    c = ref.citation
    entry: dict = {"type_of_reference": _RIS_TYPE.get(c.kind, "GEN"), "id": ref.key, "title": c.title}
    if ref.authors:
        entry["authors"] = [_ris_name(n) for n in ref.authors] + ([OTHERS] if c.et_al else [])
    if c.container:
        entry["secondary_title"] = c.container
    if c.container_section:
        entry["section"] = c.container_section
    if c.publisher and c.publisher != c.container:
        entry["publisher"] = c.publisher
    if c.place:
        entry["place_published"] = c.place
    parts = _date_parts(c.date)
    if parts:
        entry["year"] = str(parts[0])
        entry["date"] = "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)) + "/"
    if c.pages:
        entry["start_page"] = c.pages
    if c.uri:
        entry["urls"] = [c.uri]
    if c.translated_title:
        entry["translated_title"] = c.translated_title
    if c.language:
        entry["language"] = c.language
    note = _note(c)
    if note:
        entry["notes"] = [note]
    return entry


class _RisWriter(rispy.RisWriter):
    """rispy's writer without its "1." record numbers, which are not RIS."""

    def set_header(self, count: int) -> str:
        return ""


def _one_line(value: object) -> object:
    """RIS is line-based: a value never spans lines."""
    if isinstance(value, list):
        return [_one_line(v) for v in value]
    return " ".join(str(value).split())


def ris(refs: tuple[Reference, ...]) -> bytes:
    """RIS, as EndNote, Zotero and Mendeley import it."""
    entries = [{k: _one_line(v) for k, v in _ris_entry(r).items()} for r in refs]
    return rispy.dumps(entries, implementation=_RisWriter).encode("utf-8")


# -- CSL-JSON ------------------------------------------------------------------
_CSL_TYPE = {"Book": "book", "Report": "report", "Article": "article-newspaper", "AcademicArticle": "article-journal",
             "Chapter": "chapter", "BookSection": "chapter", "Webpage": "webpage", "Legislation": "legislation",
             "Speech": "speech", "Thesis": "thesis"}


def _csl_name(n: Name) -> dict:
    if n.literal:
        return {"literal": n.literal}
    out = {"family": n.family}
    for key, value in (("given", n.given), ("non-dropping-particle", n.particle), ("suffix", n.suffix)):
        if value:
            out[key] = value
    return out


def _nocase(text: str | None) -> str | None:
    """A title as printed: CSL processors title-case English titles unless told not to (as the
    braces around BibTeX titles do), and the data keeps each title's own capitalisation."""
    return f'<span class="nocase">{text}</span>' if text else text


def csl_items(refs: tuple[Reference, ...]) -> list[dict]:
    items = []
    for ref in refs:
        c = ref.citation
        item: dict = {"id": ref.key, "type": _CSL_TYPE.get(c.kind, "document"), "title": _nocase(c.title)}
        if ref.authors:
            item["author"] = [_csl_name(n) for n in ref.authors] + ([{"literal": OTHERS}] if c.et_al else [])
        parts = _date_parts(c.date)
        if parts:
            item["issued"] = {"date-parts": [parts]}
        publisher = c.publisher if c.publisher != c.container else None
        optional = {"container-title": _nocase(c.container), "section": c.container_section, "publisher": publisher,
                    "publisher-place": c.place, "page": c.pages, "URL": c.uri,
                    "collection-title": _nocase(c.programme), "note": _note(c) or None, "language": c.language}
        item.update({k: v for k, v in optional.items() if v})
        items.append(item)
    return items


def csl_json(refs: tuple[Reference, ...]) -> bytes:
    """CSL-JSON (an array of items), for Zotero, pandoc and citeproc."""
    return (json.dumps(csl_items(refs), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
