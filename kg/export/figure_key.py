"""The key of a figure: the entities whose names did not fit at their markers, by number.

A dense view cannot name every entity at 7 pt without overlaps, so the figure
numbers some markers (:mod:`kg.draw.plan`) and lists them in a key under the
plot, as journals do. The same key is exported as CSV and as a LaTeX
``tabular`` (two entries to a row) to set under the figure in a paper; a key too
long for the page is left out of the figure and lives only there.
"""

from __future__ import annotations

import math

from kg.draw.plan import Plan
from kg.latex import escape
from kg.text import csv_text

__all__ = ["key_csv", "key_latex", "key_sentence"]


def key_sentence(layout: Plan) -> str:
    """What a caption says about the key ("" when every entity is named at its marker).

    >>> from kg.draw.plan import Plan, KeyEntry
    >>> key = (KeyEntry(1, "urn:a", "A", "episode"), KeyEntry(2, "urn:b", "B", "claim"))
    >>> key_sentence(Plan("column", 252, 200, (0, 0, 1, 1), (), (), (), (), (), key, ()))
    'Numbers mark the 2 entities whose names did not fit at their marker; the key under the figure names them.'
    >>> key_sentence(Plan("column", 252, 200, (0, 0, 1, 1), (), (), (), (), (), key[:1], ()))
    'A number marks the one entity whose name did not fit at its marker; the key under the figure names it.'
    """
    unnamed = (f"{len(layout.unnamed)} entities too crowded to name at this size are left unnamed; the "
               "page-size figure or the data name them.") if layout.unnamed else ""
    count = len(layout.key)
    if not count:
        return unnamed
    where = "the key under the figure" if layout.key_inside else "the key table exported with the figure"
    if count == 1:
        numbered = f"A number marks the one entity whose name did not fit at its marker; {where} names it."
    else:
        numbered = f"Numbers mark the {count} entities whose names did not fit at their marker; {where} names them."
    return " ".join(filter(None, [numbered, unnamed]))


def key_csv(layout: Plan) -> bytes:
    """number, label, kind, iri: one row per numbered entity (just the header when there is none)."""
    rows = [[e.number, e.label, e.kind, e.iri] for e in layout.key]
    return csv_text(["number", "label", "kind", "iri"], rows).encode("utf-8")


def key_latex(layout: Plan, *, caption: str = "") -> bytes:
    """A ``tabular`` of the key, two entries to a row, to set under the figure (needs only the LaTeX kernel)."""
    head = ["% The key of the figure: the entities numbered at their markers.",
            f"% {escape(caption)}" if caption else "%"]
    if not layout.key:
        return ("\n".join(head + ["% Every entity is named at its marker: this figure has no key."]) + "\n").encode()
    half = math.ceil(len(layout.key) / 2)
    left, right = layout.key[:half], layout.key[half:]
    lines = head + ["\\begin{tabular}{@{}r@{\\enspace}p{0.42\\linewidth}@{\\quad}r@{\\enspace}p{0.42\\linewidth}@{}}"]
    for k, entry in enumerate(left):
        cells = [str(entry.number), f"{escape(entry.label)} ({escape(entry.kind)})"]
        if k < len(right):
            cells += [str(right[k].number), f"{escape(right[k].label)} ({escape(right[k].kind)})"]
        else:
            cells += ["", ""]
        lines.append(" & ".join(cells) + " \\\\")
    lines.append("\\end{tabular}")
    return ("\n".join(lines) + "\n").encode("utf-8")
