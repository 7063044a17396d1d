"""Labels as the screen draws them: wrapped on two lines, measured before they are drawn.

The layout (:mod:`kg.draw.layout`) leaves room for every label, so it needs each
label's size before the browser draws it. Widths are estimated from per-character
advances of a wide sans-serif (DejaVu Sans, the widest of the usual system-ui fonts),
so the estimate errs on the side of more room; the browser measures the real text
and hides, by priority, any label that would still touch another (graph.js). The
face is DejaVu Sans Condensed where the system has it (Debian's fonts-dejavu-core,
which Chromium on Debian pulls in), a wider sans-serif otherwise.
"""

from __future__ import annotations

import math
import textwrap

from kg.text import clean

__all__ = ["LABEL_PX", "LINE_PX", "wrap", "text_width", "label_size"]

#: Label font size on screen, in CSS pixels, at every zoom (graph.js keeps it constant).
LABEL_PX = 11
#: One line of label, in CSS pixels.
LINE_PX = 13
_MIN_LINE, _MAX_LINE = 18, 44

# Advance widths in em of DejaVu Sans (rounded up; everything else counts as 0.62 em),
# times 0.92 for its condensed cut.
_CONDENSED = 0.92
_NARROW = dict.fromkeys("il.,:;'|!", 0.32) | dict.fromkeys("fjtrI()[]- ", 0.42)
_WIDE = dict.fromkeys("mwMW", 0.92) | dict.fromkeys("ABCDEFGHKLNOPQRSTUVXYZ&%", 0.74)


def wrap(label: str, lines: int = 2) -> str:
    """A label on at most ``lines`` lines (two in the graph, four in the argument map, whose
    claims are sentences), as balanced as its words allow; longer names end in "…".

    >>> wrap("Sochi")
    'Sochi'
    >>> wrap("Putin's speech at the Valdai Conference in Sochi (2014)")
    "Putin's speech at the Valdai\\nConference in Sochi (2014)"
    """
    text = " ".join(clean(label).split())
    if len(text) <= _MIN_LINE:
        return text
    most = lines
    for width in range(min(_MAX_LINE, max(_MIN_LINE, math.ceil(len(text) / most))), _MAX_LINE + 1):
        out = textwrap.wrap(text, width, break_long_words=True) or [""]
        if len(out) <= most:
            break
    if len(out) > most:
        last = " ".join(out[most - 1:])
        cut = last[: width - 1].rsplit(" ", 1)[0] if " " in last[: width - 1] else last[: width - 1]
        out = out[: most - 1] + [cut.rstrip(" ,;:(") + "\u2026"]
    return "\n".join(out)


def text_width(text: str, px: float = LABEL_PX) -> float:
    """An upper estimate of a line's width in pixels at ``px``."""
    return _CONDENSED * px * sum(_NARROW.get(c, _WIDE.get(c, 0.62)) for c in text)


def label_size(label: str, px: float = LABEL_PX, lines: int = 2) -> tuple[float, float]:
    """Width and height, in pixels, of the wrapped label's box (with a little padding)."""
    lines = wrap(label, lines).split("\n")
    return max(text_width(line, px) for line in lines) + 2, len(lines) * LINE_PX * px / LABEL_PX + 1
