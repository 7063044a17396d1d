"""Make untrusted text safe to show: neutralise bidi and control characters,
shorten long labels, escape for HTML and embed JSON in a script.

Labels, quotes and IRIs come from data other people wrote; they are shown as
plain text everywhere (canvas labels, tooltips via ``innerText``, escaped HTML).

- :func:`clean` removes the Unicode bidi controls (U+202A–U+202E,
  U+2066–U+2069, U+200E, U+200F, U+061C) — they make ``gnp.exe`` read as
  ``exe.png`` or reorder a quote — other invisible characters (zero-width
  space, word joiners, soft hyphen, byte-order mark, Hangul fillers, tag
  characters) and control characters. ZWJ and ZWNJ stay: Persian, Indic
  scripts and emoji sequences need them, and they reorder nothing.
- :func:`shorten` gives the graph its one-line label; the full text belongs
  in the detail panel. :func:`tooltip` keeps line breaks for a tooltip.
- :func:`escape` is for HTML (attribute values too), :func:`script_json` for
  data inside ``<script>``; Streamlit markdown has ``ui.md.md``.
- :func:`safe_href` lets only ``http``/``https`` IRIs become links: a node may
  well be called ``javascript:alert(1)``.

Tooltips are plain text: vis-network 9 shows a string ``title`` with
``innerText``; build anything richer as DOM elements filled with
``textContent``. Never use pyvis's page template: as soon as one title
contains the substring ``href`` it writes *every* tooltip with ``innerHTML``,
and it does not escape ``heading`` or the select-menu ids.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from urllib.parse import urlsplit

__all__ = ["clean", "shorten", "tooltip", "escape", "script_json", "safe_href", "BIDI_CONTROLS"]

#: The Unicode bidirectional formatting characters.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# Invisible formatting beyond the bidi controls (Cf and friends); ZWNJ/ZWJ (U+200C/D) stay.
_INVISIBLE = re.compile(
    "[" + BIDI_CONTROLS
    + "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0"
    + "\ufff9-\ufffb\U000e0000-\U000e007f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def clean(text: object, *, keep_newlines: bool = False) -> str:
    """Plain text without bidi controls or control characters (newlines become spaces).

    With ``keep_newlines`` line breaks (any convention) become ``\\n`` and stay.

    >>> clean("evil\u202egnp.exe\\x00 name")
    'evilgnp.exe name'
    >>> clean("line one\\r\\nline\\u200b two\\x07", keep_newlines=True)
    'line one\\nline two'
    """
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", str(text)))
    kept = "\n" if keep_newlines else ""
    return "".join(" " if c in "\n\r\t" and c not in kept else c for c in text
                   if c in "\n\r\t" or unicodedata.category(c) not in ("Cc", "Cs", "Co", "Cn"))


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    end = max(limit - 1, 1)
    while end > 1 and unicodedata.combining(text[end]):  # never strand an accent from its letter
        end -= 1
    return text[:end].rstrip() + "\u2026"


def shorten(text: object, limit: int = 40) -> str:
    """``clean`` text on one line, cut to ``limit`` characters with an ellipsis.

    >>> shorten("The World Order: New Rules or A Game Without Rules", 20)
    'The World Order: Ne…'
    """
    return _cut(" ".join(clean(text).split()), limit)


def tooltip(text: object, limit: int = 500) -> str:
    """Plain text for a tooltip (vis-network ``title``): cleaned, line breaks kept, cut to ``limit``.

    >>> tooltip("<b>not bold</b>\\r\\nsecond line\\u2066")
    '<b>not bold</b>\\nsecond line'
    """
    return _cut(clean(text, keep_newlines=True).strip(), limit)


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


def safe_href(iri: object) -> str | None:
    """``iri`` if it may become a link (``http``/``https`` with a host, no spaces or controls), else ``None``.

    The result still needs :func:`escape` inside an attribute.

    >>> safe_href("https://w3id.org/negkg/id/trait/1")
    'https://w3id.org/negkg/id/trait/1'
    >>> safe_href("javascript:alert(1)") is None
    True
    """
    iri = str(iri)
    if not iri or iri != clean(iri) or any(c.isspace() for c in iri):
        return None
    try:
        parts = urlsplit(iri)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return iri
