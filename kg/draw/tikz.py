"""A view as TikZ/PGF code: a LaTeX document that compiles on its own, to a page the figure's size.

TikZ draws the figure's own :class:`kg.draw.plan.Plan`, coordinate for
coordinate in points: the same markers, links, labels, numbers, legend and
key, inside a bounding box of exactly the figure's size. Colours come from
:mod:`kg.kinds`, dash patterns from :mod:`kg.draw.style`. Text is set in
Computer Modern Sans at the figure's sizes (never under 7 pt), in the OT1
encoding under pdfLaTeX and LuaLaTeX alike, so both engines use the same font
files (``cmss``, in every TeX installation: texlive-latex-base is enough).
It is narrower than the figure's DejaVu Sans, so every line stays inside the
box the plan made for it. The ``tikzpicture`` between the ``BEGIN FIGURE`` and
``END FIGURE`` lines defines its own colours and styles, so it can be pasted
into a paper that loads ``tikz`` with the ``arrows.meta`` and
``shapes.geometric`` libraries. Every label is escaped with :func:`kg.latex.escape`.
"""

from __future__ import annotations

from kg.draw.compare import GROUPS
from kg.draw.plan import SIZES, Line, Plan, plan
from kg.draw.typeset import group_style
from kg.errors import ExportError
from kg.kinds import KINDS
from kg.latex import escape, unicode_fallbacks
from kg.model import Subgraph

__all__ = ["TIKZ_SHAPES", "tikz"]

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
    "claim": "rectangle, minimum width=1.8*\\kgsize, minimum height=\\kgsize",
    "source": "circle",
}
_ANCHOR = {"left": "base west", "center": "base", "right": "base east"}


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _dash(dashes: tuple[float, ...]) -> str:
    if not dashes:
        return ""
    pairs = [f"on {_n(dashes[k])}pt off {_n(dashes[k + 1] if k + 1 < len(dashes) else dashes[k])}pt"
             for k in range(0, len(dashes), 2)]
    return ", dash pattern=" + " ".join(pairs)


def _group(side: str) -> str:
    """A comparison's entity outline: its group's width and dashes (after the shape's own, so a
    place's dashed outline gives way to its group's)."""
    g = group_style(side)
    return f", draw=black!93, line width={_n(g['outline'])}pt{_dash(g['outline_dashes']) or ', solid'}"


def _text(line: Line) -> str:
    font = f"\\fontsize{{{_n(line.size)}bp}}{{{_n(line.size * 1.22)}bp}}\\selectfont\\sffamily"
    if line.bold:
        font += "\\bfseries"
    return f"\\node[kgtext, anchor={_ANCHOR[line.ha]}, font={font}] at ({_n(line.x)},{_n(line.y)}) " \
           f"{{{escape(line.text)}}};"


#: The argument's arrow heads (kg.draw.style) in TikZ's arrows.meta; a plain arrow is kglink's Stealth.
_HEADS = {"vee": ", -{To[length=2.4pt, width=3pt]}", "bar": ", -{Bar[width=5pt]}",
          "circle": ", -{Circle[length=2.8pt]}"}


def _body(p: Plan) -> list[str]:
    out = ["\\begin{tikzpicture}[x=1bp, y=1bp, % PDF points, as the figure's",
           "  kgnode/.style={draw=black!85, line width=0.5pt, inner sep=0pt, minimum size=\\kgsize},",
           "  kgfocus/.style={line width=1pt},",
           "  kgtext/.style={inner sep=0pt, outer sep=0pt},",
           "  kglink/.style={-{Stealth[length=3pt, width=2.4pt]}},",
           "]"]
    for kind in KINDS:
        out.append(f"\\definecolor{{kg{kind.key}}}{{HTML}}{{{kind.colour.lstrip('#')}}}")
    comparison = any(mark.group for mark in p.marks)
    if comparison:  # each group's fill (kg.draw.compare)
        out += [f"\\definecolor{{kggroup{side}}}{{HTML}}{{{g['fill'].lstrip('#')}}}" for side, g in GROUPS.items()]
    colours = sorted({link.colour for link in p.links} | {item.colour for item in p.legend if item.line})
    for i, colour in enumerate(colours):
        out.append(f"\\definecolor{{kglink{i}}}{{HTML}}{{{colour.lstrip('#')}}}")
    out.append(f"\\useasboundingbox (0,0) rectangle ({_n(p.width)},{_n(p.height)}); % the figure's size")
    out.append("% Links")
    for link in p.links:
        bend = f" to[bend left={_n(link.bend * 110)}]" if link.bend else " --"
        out.append(f"\\draw[kglink{_HEADS.get(link.head, '')}, draw=kglink{colours.index(link.colour)}, "
                   f"line width={_n(link.width)}pt{_dash(link.dashes)}, shorten <={_n(link.shrink_start)}pt, shorten >={_n(link.shrink_end)}pt] "
                   f"({_n(link.start[0])},{_n(link.start[1])}){bend} ({_n(link.end[0])},{_n(link.end[1])});")
    out.append("% Hairlines from markers to names set a little apart")
    out += [f"\\draw[black!75, line width=0.4bp] ({_n(x0)},{_n(y0)}) -- ({_n(x1)},{_n(y1)});"
            for x0, y0, x1, y1 in p.leaders]
    out.append("% Entities")
    for mark in p.marks:
        extra = _group(mark.group) if mark.group else ", kgfocus" if mark.focus else ""
        fill = f"kggroup{mark.group}" if mark.group else f"kg{mark.kind}"
        out.append(f"\\def\\kgsize{{{_n(mark.diameter)}bp}}\\node[kgnode, {TIKZ_SHAPES[mark.kind]}, "
                   f"fill={fill}{extra}] at ({_n(mark.x)},{_n(mark.y)}) {{}}; % {escape(mark.iri)}"
                   + (f" ({GROUPS[mark.group]['label']})" if mark.group else ""))
    out.append("% Names, and numbers for the names in the key")
    for label in p.labels + p.numbers:
        x0, y0, x1, y1 = label.box
        out.append(f"\\fill[white, fill opacity=0.8] ({_n(x0)},{_n(y0)}) rectangle ({_n(x1)},{_n(y1)});")
        out += [_text(line) for line in label.lines]
    out.append("% Legend")
    marker = SIZES[p.size].marker
    for item in p.legend:
        if item.group and not item.line:  # a comparison's group: a circle in its fill and outline
            out.append(f"\\def\\kgsize{{{_n(marker)}bp}}\\node[kgnode, circle, fill=kggroup{item.group}"
                       f"{_group(item.group)}] at ({_n(item.x)},{_n(item.y)}) {{}};")
        elif item.kind:  # a kind: white and solid in a comparison, where fill and outline tell the group
            fill = "white, solid" if comparison else f"kg{item.kind}"
            out.append(f"\\def\\kgsize{{{_n(marker)}bp}}\\node[kgnode, {TIKZ_SHAPES[item.kind]}, "
                       f"fill={fill}] at ({_n(item.x)},{_n(item.y)}) {{}};")
        else:
            out.append(f"\\draw[draw=kglink{colours.index(item.colour)}{_HEADS.get(item.head, '')}, "
                       f"line width={_n(item.width)}pt"
                       f"{_dash(item.dashes)}] ({_n(item.x - 6.5)},{_n(item.y)}) -- ({_n(item.x + 6.5)},{_n(item.y)});")
        out.append(_text(item.text))
    out.append("% Key")
    out += [_text(line) for line in p.key_lines]
    out.append("\\end{tikzpicture}%")
    return out


def tikz(sg: Subgraph, *, size: str = "column", caption: str = "", layout: Plan | None = None) -> bytes:
    """A standalone LaTeX document drawing the view with TikZ (the figure's ``layout``, or a fresh one)."""
    if not sg.nodes:
        raise ExportError("The view has no entities: there is nothing to draw.")
    if size not in SIZES:
        raise ExportError(f"Unknown figure size {size!r}; use one of {', '.join(SIZES)}.")
    body = _body(layout if layout is not None else plan(sg, size=size))
    fallbacks = unicode_fallbacks("\n".join(body))
    head = ["% A view of the negotiation-style knowledge graph, drawn with TikZ.",
            "% Compile: pdflatex FILE.tex (or lualatex) gives a PDF the size of the figure.",
            "% In a paper: \\usepackage{tikz} \\usetikzlibrary{arrows.meta,shapes.geometric} and paste",
            "% the tikzpicture between BEGIN FIGURE and END FIGURE into a figure environment.",
            f"% Suggested caption: \\caption{{{escape(caption)}}}" if caption else "%",
            "\\documentclass{article}",
            "\\usepackage[OT1]{fontenc} % Computer Modern Sans under pdfLaTeX and LuaLaTeX alike",
            "\\renewcommand\\rmdefault{cmr}\\renewcommand\\sfdefault{cmss}",
            "% cmss8 scaled to every size, so 7 bp is 7 bp (the stock sizes would round it to 7 pt = 6.97 bp)",
            "\\DeclareFontFamily{OT1}{cmss}{}",
            "\\DeclareFontShape{OT1}{cmss}{m}{n}{<-> cmss8}{}",
            "\\DeclareFontShape{OT1}{cmss}{bx}{n}{<-> cmssbx10}{}",
            "\\DeclareFontShape{OT1}{cmss}{b}{n}{<-> ssub * cmss/bx/n}{}",
            "\\usepackage{iftex}"]
    if fallbacks:
        head += ["\\ifPDFTeX % the font has no glyph for these characters: print ? instead", *fallbacks,
                 "\\else", *_lua_fallbacks("\n".join(body)), "\\fi"]
    head += ["\\usepackage{tikz}", "\\usetikzlibrary{arrows.meta,shapes.geometric}",
             "\\newsavebox\\kgfigure", "\\sbox\\kgfigure{%", "% BEGIN FIGURE"]
    tail = ["% END FIGURE", "}",
            ("\\usepackage[paperwidth=\\wd\\kgfigure,paperheight=\\dimexpr\\ht\\kgfigure+\\dp\\kgfigure\\relax,"
             "margin=0pt]{geometry}"),
            "\\pagestyle{empty}", "\\begin{document}\\noindent\\usebox\\kgfigure\\end{document}"]
    return ("\n".join(head + body + tail) + "\n").encode("utf-8")


def _lua_fallbacks(text: str) -> list[str]:
    """Under LuaLaTeX (OT1 fonts too): each such character an active one that prints ?."""
    chars = sorted({c for c in text if not c.isascii()})
    return [f"\\catcode`{c}=13 \\def{c}{{?}}" for c in chars]
