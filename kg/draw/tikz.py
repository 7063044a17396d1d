"""A view as TikZ/PGF code: a LaTeX document that compiles on its own, to a page the figure's size.

Positions and label sides are those of the matplotlib figure (same layout,
same placement), colours those of :mod:`kg.kinds`. The ``tikzpicture``
environment between the ``BEGIN FIGURE`` and ``END FIGURE`` lines defines
its own colours and styles, so it can be pasted into a paper that loads
``tikz`` with the ``arrows.meta`` and ``shapes.geometric`` libraries. Every
label is escaped with :func:`kg.latex.escape`; the document needs only the
LaTeX kernel, ``tikz`` and ``geometry`` and compiles with pdfLaTeX or LuaLaTeX.
"""

from __future__ import annotations

from kg.draw.figure import SIZES, placements, wrap_label
from kg.draw.layout import positions
from kg.draw.style import edge_style, legend
from kg.errors import ExportError
from kg.kinds import KINDS
from kg.latex import escape, unicode_fallbacks
from kg.model import Subgraph

__all__ = ["tikz", "TIKZ_SHAPES"]

#: TikZ node shape per kind (shapes.geometric): the figure's marker (kg.kinds), so a
#: TikZ figure and the PDF agree; each kind keeps a distinct outline.
TIKZ_SHAPES = {
    "trait": "star, star points=5, star point ratio=2.3, minimum size=1.5*\\kgsize",
    "episode": "circle",
    "person": "diamond, minimum size=1.25*\\kgsize",
    "state": "rectangle, minimum size=0.85*\\kgsize",
    "organisation": "regular polygon, regular polygon sides=3, minimum size=1.3*\\kgsize",
    "collective": "regular polygon, regular polygon sides=3, shape border rotate=180, minimum size=1.3*\\kgsize",
    "place": "rectangle, minimum size=0.85*\\kgsize, dashed",
    "concept": "regular polygon, regular polygon sides=6",
    "claim": "regular polygon, regular polygon sides=8",
    "source": "circle",
}
_ANCHOR = {"right": "west", "left": "east", "above": "south", "below": "north", "above right": "south west",
           "below right": "north west", "above left": "south east", "below left": "north east"}
_CM_PER_INCH = 2.54


def _scale(sg: Subgraph, width_cm: float) -> dict[str, tuple[float, float]]:
    pos = {iri: (x, -y) for iri, (x, y) in positions(sg).items()}
    xs = [p[0] for p in pos.values()]
    span = max(max(xs) - min(xs), 1.0)
    factor = width_cm * 0.72 / span
    x0 = (max(xs) + min(xs)) / 2
    return {iri: (round((x - x0) * factor, 3), round(y * factor, 3)) for iri, (x, y) in pos.items()}


def _label(text: str) -> str:
    return "\\\\".join(escape(line) for line in text.split("\n"))


def _body(sg: Subgraph, size: str, sides: dict[str, str] | None) -> list[str]:
    spec = SIZES[size]
    pos = _scale(sg, spec.width * _CM_PER_INCH)
    sides = sides if sides is not None else placements(sg, size=size)
    ids = {n.iri: f"n{i}" for i, n in enumerate(sg.nodes)}
    focus = set(sg.focus)
    font = "\\sffamily\\tiny" if size == "column" else "\\sffamily\\scriptsize"
    out = ["\\begin{tikzpicture}[",
           "  kgnode/.style={draw=black!85, line width=0.4pt, inner sep=0pt, minimum size=\\kgsize},",
           "  kgfocus/.style={line width=1pt},",
           f"  kglabel/.style={{font={font}, inner sep=1.2pt, fill=white, fill opacity=0.75, "
           "text opacity=1},",
           "  kglink/.style={-{Stealth[length=3pt]}, line width=0.5pt, shorten >=1pt},",
           "]"]
    out.append(f"\\providecommand\\kgsize{{{'5pt' if size == 'column' else '7pt'}}}")
    for kind in KINDS:
        out.append(f"\\definecolor{{kg{kind.key}}}{{HTML}}{{{kind.colour.lstrip('#')}}}")
    colours = sorted({edge_style(e.predicate, e.inferred)["color"] for e in sg.edges})
    for i, colour in enumerate(colours):
        out.append(f"\\definecolor{{kglink{i}}}{{HTML}}{{{colour.lstrip('#')}}}")
    out.append("% Entities")
    for n in sg.nodes:
        x, y = pos[n.iri]
        extra = ", kgfocus" if n.iri in focus else ""
        out.append(f"\\node[kgnode, {TIKZ_SHAPES[n.kind]}, fill=kg{n.kind}{extra}] ({ids[n.iri]}) at ({x},{y}) {{}};")
    out.append("% Links")
    for e in sg.edges:
        if e.source == e.target:
            continue
        style = edge_style(e.predicate, e.inferred)
        dash = ", dashed" if style.get("dashes") else ""
        width = min(style["width"], 2.5) * 0.35
        out.append(f"\\draw[kglink, draw=kglink{colours.index(style['color'])}, line width={width:.2f}pt{dash}] "
                   f"({ids[e.source]}) -- ({ids[e.target]}); % {escape(e.label)}")
    out.append("% Labels")
    for n in sg.nodes:
        side = sides.get(n.iri, "right")
        text = _label(wrap_label(n.label, spec.label_chars))
        weight = ", font=" + font + "\\bfseries" if n.iri in focus else ""
        align = "right" if "left" in side else ("left" if "right" in side else "center")
        out.append(f"\\node[kglabel, align={align}, anchor={_ANCHOR[side]}{weight}] at ({ids[n.iri]}.{_opposite(side)}) {{{text}}};")
    out += _legend(sg, pos, colours, font)
    out.append("\\end{tikzpicture}")
    return out


def _opposite(side: str) -> str:
    """The node anchor the label sits at (a label right of the node starts at its east side)."""
    return {"right": "east", "left": "west", "above": "north", "below": "south", "above right": "north east",
            "below right": "south east", "above left": "north west", "below left": "south west"}[side]


def _legend(sg: Subgraph, pos: dict, colours: list[str], font: str) -> list[str]:
    rows = legend(sg)
    ys = [p[1] for p in pos.values()]
    xs = [p[0] for p in pos.values()]
    top = min(ys) - 1.0
    columns = 3
    step = max((max(xs) - min(xs)) / columns, 2.6)
    out = ["% Legend"]
    for i, row in enumerate(rows):
        x = round(min(xs) + (i % columns) * step, 3)
        y = round(top - (i // columns) * 0.45, 3)
        label = escape(row["label"])
        if row["type"] == "node":
            key = next(k.key for k in KINDS if k.label == row["label"])
            out.append(f"\\node[kgnode, {TIKZ_SHAPES[key]}, fill=kg{key}] at ({x},{y}) {{}};")
        else:
            dash = ", dashed" if row["dashes"] else ""
            out.append(f"\\draw[draw=kglink{colours.index(row['color'])}, line width=0.6pt{dash}] "
                       f"({x - 0.2},{y}) -- ({x + 0.2},{y});")
        out.append(f"\\node[anchor=west, font={font}, inner sep=1pt] at ({x + 0.3},{y}) {{{label}}};")
    return out


def tikz(sg: Subgraph, *, size: str = "column", caption: str = "", sides: dict[str, str] | None = None) -> bytes:
    """A standalone LaTeX document drawing the view with TikZ (label sides: the figure's, or ``sides``)."""
    if not sg.nodes:
        raise ExportError("The view has no entities: there is nothing to draw.")
    if size not in SIZES:
        raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
    body = _body(sg, size, sides)
    fallbacks = unicode_fallbacks("\n".join(body))
    head = ["% A view of the negotiation-style knowledge graph, drawn with TikZ.",
            "% Compile: pdflatex FILE.tex (or lualatex) gives a PDF the size of the figure.",
            "% In a paper: \\usepackage{tikz} \\usetikzlibrary{arrows.meta,shapes.geometric} and paste",
            "% the tikzpicture between BEGIN FIGURE and END FIGURE into a figure environment.",
            f"% Suggested caption: \\caption{{{escape(caption)}}}" if caption else "%",
            "\\documentclass{article}", "\\usepackage{iftex}"]
    if fallbacks:
        head += ["\\ifPDFTeX % pdfLaTeX has no glyph for these characters: print ? instead", *fallbacks, "\\fi"]
    head += ["\\usepackage{tikz}", "\\usetikzlibrary{arrows.meta,shapes.geometric}",
             "\\newsavebox\\kgfigure", "\\sbox\\kgfigure{%", "% BEGIN FIGURE"]
    tail = ["% END FIGURE", "}",
            "\\usepackage[paperwidth=\\wd\\kgfigure,paperheight=\\dimexpr\\ht\\kgfigure+\\dp\\kgfigure\\relax,"
            "margin=0pt]{geometry}",
            "\\pagestyle{empty}", "\\begin{document}\\noindent\\usebox\\kgfigure\\end{document}"]
    return ("\n".join(head + body + tail) + "\n").encode("utf-8")
