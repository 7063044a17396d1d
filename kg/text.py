"""Make untrusted text safe to show: neutralise bidi and control characters,
shorten long labels, escape for HTML and embed JSON in a script.

Labels, quotes and IRIs come from data other people wrote; they are shown as
plain text everywhere (canvas labels, tooltips via ``innerText``, escaped HTML).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata

__all__ = ["clean", "shorten", "escape", "script_json"]

# Bidi embeddings/overrides/isolates and marks, plus other invisible formatting.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]")


def clean(text: object) -> str:
    """Plain text without bidi controls or control characters (newlines become spaces).

    >>> clean("evil\u202egnp.exe\\x00 name")
    'evilgnp.exe name'
    """
    text = _INVISIBLE.sub("", str(text))
    return "".join(" " if c in "\n\r\t" else c for c in text
                   if c in "\n\r\t" or unicodedata.category(c) not in ("Cc", "Cs", "Co", "Cn"))


def shorten(text: object, limit: int = 40) -> str:
    """``clean`` text cut to ``limit`` characters with an ellipsis.

    >>> shorten("The World Order: New Rules or A Game Without Rules", 20)
    'The World Order: Ne…'
    """
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def escape(text: object) -> str:
    """HTML-escaped clean text (quotes too).

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(clean(text), quote=True)


def script_json(value: object) -> str:
    """JSON safe to place inside ``<script>``: no ``</script>``, no HTML comments.

    >>> script_json({"label": "</script><script>alert(1)</script>"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
