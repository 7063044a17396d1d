"""Text safe to place in LaTeX, TikZ and BibTeX: specials escaped, Unicode spelled out.

Labels and quotes come from data other people wrote; any ``\\``, ``{``, ``%``
or ``$`` in them would change the meaning of the document. :func:`escape`
turns every LaTeX special character into the command that prints it, and every
Latin letter with a diacritic, typographic quote and dash into plain-ASCII
LaTeX, so the output compiles with pdfLaTeX in the default OT1 encoding as well
as with LuaLaTeX and XeLaTeX, with no package beyond the LaTeX kernel.
Characters with no such spelling (other scripts) are kept as they are; a
document built by this project declares a fallback for them under pdfLaTeX
(:func:`unicode_fallbacks`).
"""

from __future__ import annotations

import unicodedata

from kg.text import clean

__all__ = ["escape", "unicode_fallbacks", "PREAMBLE_FONTS"]

_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "%": r"\%", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}", "`": r"\`{}",
}
_TYPOGRAPHY = {
    "\u2018": "`", "\u2019": "'", "\u201a": ",", "\u201c": "``", "\u201d": "''", "\u201e": ",,",
    "\u00ab": "<<", "\u00bb": ">>", "\u2013": "--", "\u2014": "---", "\u2012": "--", "\u2212": "--",
    "\u2026": r"\ldots{}", "\u00a0": "~", "\u2009": r"\,", "\u202f": r"\,", "\u00ad": r"\-",
    "\u00a7": r"\S{}", "\u00b6": r"\P{}", "\u00a9": r"\copyright{}", "\u2020": r"\dag{}",
    "\u2021": r"\ddag{}", "\u00b0": r"\ensuremath{^\circ}", "\u00d7": r"\ensuremath{\times}",
    "\u2022": r"\textbullet{}", "\u00b7": r"\ensuremath{\cdot}", "\u2032": "'",
    "\u00bf": r"?`", "\u00a1": r"!`", "\u00a3": r"\pounds{}",
}
_LETTERS = {
    "ø": r"{\o}", "Ø": r"{\O}", "æ": r"{\ae}", "Æ": r"{\AE}", "œ": r"{\oe}", "Œ": r"{\OE}",
    "ß": r"{\ss}", "ł": r"{\l}", "Ł": r"{\L}", "ı": r"{\i}", "ȷ": r"{\j}", "å": r"{\aa}", "Å": r"{\AA}",
    "đ": "d", "Đ": "D",
}
_ACCENTS = {
    "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0306": "u",
    "\u0307": ".", "\u0308": '"', "\u030a": "r", "\u030b": "H", "\u030c": "v", "\u0327": "c",
    "\u0323": "d", "\u0331": "b",
}


def _accented(ch: str) -> str | None:
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    if not base.isascii() or not base.isalpha() or not marks or any(m not in _ACCENTS for m in marks):
        return None
    out = r"\i" if base == "i" else (r"\j" if base == "j" else base)
    for mark in marks:
        out = f"\\{_ACCENTS[mark]}{{{out}}}"
    return "{" + out + "}"


def _char(ch: str, before: str, after: str) -> str:
    if ch in "\"'":  # straight quotes: opening after a space or a bracket, closing otherwise
        opening = before in " ([{\u2014\u2013" or before == ""
        out = ("``" if opening else "''") if ch == '"' else ("`" if opening else "'")
        return out + ("{}" if after in "'`\",-" and after else "")
    if ch == "-" and after == "-":  # keep "--" two hyphens, not an en dash
        return "-{}"
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isascii():
        return ch
    if ch in _TYPOGRAPHY:
        return _TYPOGRAPHY[ch]
    if ch in _LETTERS:
        return _LETTERS[ch]
    return _accented(ch) or ch


def escape(text: object) -> str:
    """LaTeX source that prints ``text`` verbatim.

    >>> escape("50% of $x & #y_z {a} ~ ^ \\\\")
    '50\\\\% of \\\\$x \\\\& \\\\#y\\\\_z \\\\{a\\\\} \\\\textasciitilde{} \\\\textasciicircum{} \\\\textbackslash{}'
    >>> escape("Søndergaard – “new rules”")
    "S{\\\\o}ndergaard -- ``new rules''"
    >>> escape("Zelenskyy’s café")
    "Zelenskyy's caf{\\\\'{e}}"
    """
    text = " ".join(clean(text).split())
    return "".join(_char(c, text[i - 1] if i else "", text[i + 1:i + 2]) for i, c in enumerate(text))


def unicode_fallbacks(text: str) -> list[str]:
    """``\\DeclareUnicodeCharacter`` lines for characters ``escape`` left as they are.

    pdfLaTeX stops at a character it cannot typeset; these lines print ``?``
    instead. Other engines typeset the character with their own fonts.

    >>> unicode_fallbacks(escape("Лавров"))[0]
    '\\\\DeclareUnicodeCharacter{041B}{?}'
    """
    chars = sorted({c for c in text if not c.isascii()})
    return [f"\\DeclareUnicodeCharacter{{{ord(c):04X}}}{{?}}" for c in chars]


#: Lines for a standalone document: Unicode fallbacks apply to pdfLaTeX only.
PREAMBLE_FONTS = "\\usepackage{iftex}\n"
