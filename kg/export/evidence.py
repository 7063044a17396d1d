"""The evidence behind a view as a table: CSV, Markdown and LaTeX.

One row per evidence quote: the link it backs (subject — link — object), the
paper's verbatim words, the section and the sources cited there (as
bibliography keys, so the LaTeX table cites the BibTeX export with
``\\cite``). Inferred links have no quote; they get one row saying so.
Everything from the data is escaped for the target format.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.cite import format_citation
from kg.export.bibliography import citation_key
from kg.latex import escape as tex
from kg.model import Subgraph
from kg.store.store import WORKSPACE
from kg.text import csv_text, md_escape

__all__ = ["EvidenceRow", "evidence_rows", "evidence_csv", "evidence_markdown", "evidence_latex"]


@dataclass(frozen=True)
class EvidenceRow:
    subject: str
    subject_label: str
    predicate: str
    predicate_label: str
    object: str
    object_label: str
    quote: str
    section: str
    section_title: str
    sources: tuple[str, ...]  # source IRIs
    evidence: str  # the evidence IRI ("" for an inferred link)
    note: str = ""
    inferred: bool = False
    upload: str = ""  # the reader's upload the quote comes from ("" for the paper's data)


def evidence_rows(sg: Subgraph) -> list[EvidenceRow]:
    """One row per evidence quote of each link, in the Subgraph's link order."""
    labels = {n.iri: n.label for n in sg.nodes}
    rows = []
    for e in sg.edges:
        ends = (e.source, labels.get(e.source, e.source), e.predicate, e.label, e.target, labels.get(e.target, e.target))
        if e.inferred or not e.evidence:
            rows.append(EvidenceRow(*ends, quote="", section="", section_title="", sources=(), evidence="",
                                    note=f"Inferred: {e.rule}" if e.rule else "Inferred link", inferred=True))
        for ev in e.evidence:
            workspace = (ev.upload or "").startswith(WORKSPACE)
            mine = "workspace" if workspace else ev.upload.rsplit("/", 1)[-1] if ev.upload else ""
            said = ("From your own workspace, not the paper." if workspace else
                    f"From your upload {mine}, not the paper." if mine else "")
            note = " ".join(filter(None, [said, ev.note]))
            rows.append(EvidenceRow(*ends, quote=ev.quote, section=ev.section, section_title=ev.section_title,
                                    sources=ev.sources, evidence=ev.iri, note=note, upload=mine))
    return rows


def _source_text(sg: Subgraph, iri: str) -> str:
    c = sg.citation(iri)
    return format_citation(c) if c else iri


def evidence_csv(sg: Subgraph) -> bytes:
    """CSV with labels and IRIs of each link end, the quote, the section and the sources."""
    header = ["subject_label", "predicate_label", "object_label", "quote", "section_title", "sources",
              "source_keys", "note", "inferred", "subject", "predicate", "object", "section", "source_iris",
              "evidence"]
    rows = ([r.subject_label, r.predicate_label, r.object_label, r.quote, r.section_title,
             " | ".join(_source_text(sg, s) for s in r.sources), "; ".join(citation_key(s) for s in r.sources),
             r.note, r.inferred, r.subject, r.predicate, r.object, r.section, "; ".join(r.sources), r.evidence]
            for r in evidence_rows(sg))
    return csv_text(header, rows).encode("utf-8")


def evidence_markdown(sg: Subgraph, *, title: str = "") -> bytes:
    """A Markdown (GitHub/pandoc pipe) table, with the full references below it."""
    lines = [f"# {md_escape(title)}" if title else "# Evidence", "",
             "| Link | Quote | Section | Sources |", "| --- | --- | --- | --- |"]
    for r in evidence_rows(sg):
        link = f"{md_escape(r.subject_label)} — *{md_escape(r.predicate_label)}* — {md_escape(r.object_label)}"
        quote = f"“{md_escape(r.quote)}”" if r.quote else f"*{md_escape(r.note)}*"
        if r.upload:
            quote += f" *(your upload {md_escape(r.upload)})*"
        keys = ", ".join(f"\\[{md_escape(citation_key(s))}\\]" for s in r.sources)
        lines.append(f"| {link} | {quote} | {md_escape(r.section_title)} | {keys} |")
    cited = sorted({s for r in evidence_rows(sg) for s in r.sources}, key=citation_key)
    if cited:
        lines += ["", "## Sources", ""]
        lines += [f"- \\[{md_escape(citation_key(s))}\\] {md_escape(_source_text(sg, s))}" for s in cited]
    return ("\n".join(lines) + "\n").encode("utf-8")


def evidence_latex(sg: Subgraph, *, caption: str = "") -> bytes:
    """A ``longtable`` to ``\\input`` into a paper; sources are ``\\cite`` keys of the BibTeX export."""
    out = ["% Evidence table of one view of the negotiation-style knowledge graph.",
           "% Needs \\usepackage{longtable,array} (and the BibTeX export for the \\cite keys).",
           "\\begin{longtable}{@{}" + "".join(f">{{\\raggedright\\arraybackslash}}p{{{w}\\linewidth}}"
                                            for w in (0.22, 0.41, 0.15, 0.12)) + "@{}}"]
    if caption:
        out.append(f"\\caption{{{tex(caption)}}}\\\\")
    head = "\\hline\n\\textbf{Link} & \\textbf{Quote} & \\textbf{Section} & \\textbf{Sources}\\\\\n\\hline"
    out += [head, "\\endfirsthead", head, "\\endhead", "\\hline", "\\endfoot"]
    for r in evidence_rows(sg):
        link = f"{tex(r.subject_label)} --- \\emph{{{tex(r.predicate_label)}}} --- {tex(r.object_label)}"
        quote = f"``{tex(r.quote)}''" if r.quote else f"\\emph{{{tex(r.note)}}}"
        if r.upload:
            quote += f" \\emph{{(your upload {tex(r.upload)})}}"
        cites = f"\\cite{{{','.join(citation_key(s) for s in r.sources)}}}" if r.sources else ""
        out.append(f"{link} & {quote} & {tex(r.section_title)} & {cites}\\\\")
    out.append("\\end{longtable}")
    return ("\n".join(out) + "\n").encode("utf-8")
