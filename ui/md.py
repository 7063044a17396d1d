"""Show untrusted text through Streamlit's Markdown without it becoming markup.

Streamlit Markdown turns ``![x](http://…)`` into an image request, ``:red[…]``
into colour, ``$…$`` into LaTeX: every ASCII punctuation character of data is
backslash-escaped (CommonMark allows it) and bidi controls are removed.
"""

from __future__ import annotations

import re

from kg.text import clean

__all__ = ["md"]

_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")


def md(text: object) -> str:
    """Markdown that displays ``text`` literally.

    >>> md("![x](http://evil/x.png) :red[hi] $x$")
    '\\\\!\\\\[x\\\\]\\\\(http\\\\:\\\\/\\\\/evil\\\\/x\\\\.png\\\\) \\\\:red\\\\[hi\\\\] \\\\$x\\\\$'
    """
    return _PUNCT.sub(r"\\\1", clean(text))
