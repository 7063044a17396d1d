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
  data inside ``<script>``, :func:`md_escape` for Markdown (every ``st.markdown``,
  ``st.error``, caption and heading of the app, and the Markdown exports).
- :func:`csv_cell` keeps a CSV cell from running as a spreadsheet formula;
  :func:`write_csv` is the one CSV writer (CLI, Query tab, exports).
- :func:`fold` is the case- and accent-free form search matches on.
- :func:`safe_href` lets only ``http``/``https`` IRIs become links: a node may
  well be called ``javascript:alert(1)``.

Tooltips are plain text: vis-network 9 shows a string ``title`` with
``innerText``; build anything richer as DOM elements filled with
``textContent``. Never use pyvis's page template: as soon as one title
contains the substring ``href`` it writes *every* tooltip with ``innerHTML``,
and it does not escape ``heading`` or the select-menu ids.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
from typing import Iterable, TextIO
from urllib.parse import urlsplit

__all__ = ["clean", "shorten", "tooltip", "escape", "script_json", "safe_href", "md_escape", "csv_cell",
           "write_csv", "csv_text", "value_text", "fold", "BIDI_CONTROLS"]

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


# -- Markdown ---------------------------------------------------------------------
#: Characters that start or close inline markup anywhere in CommonMark, GitHub Markdown, pandoc
#: and Streamlit: emphasis, code, links and images, raw HTML and entities, tables, strikethrough,
#: math (``$…$``), superscript, attributes, e-mail autolinks; and a colon before a word
#: (``:red[…]``, ``:smile:``, ``http://``), but not the colon of "Conclusion: What …".
_MD_INLINE = re.compile(r"([\\`*_\[\]{}<>#|~&$^!@]|:(?=\S))")
#: What opens a block only at the start of a line: list items, headings' underlines, quotes.
_MD_BLOCK = re.compile(r"^(\d{1,9})([.)])|^([-+=])")
#: Streamlit's Markdown (remark-gfm) turns bare ``http://…``, ``www.…`` and ``a@b.org`` into links
#: *after* parsing, in the text where escapes are already undone; a word joiner (U+2060, invisible)
#: after ``http``/``www``/``@`` breaks its patterns. ``www\.`` is for GitHub-style renderers.
_MD_AUTOLINK = re.compile(r"(?i)\bhttps?(?=://)|\bwww(?=\.)|@")
_MD_WWW = re.compile(r"(?i)\b(www)(\u2060?)\.")
_WORD_JOINER = "\u2060"


def md_escape(text: object) -> str:
    """Markdown that displays ``text`` literally, on one line: the one Markdown escaper.

    Used for every text from the data, a URL, an upload or a query that reaches
    Streamlit Markdown (``st.markdown``, ``st.error``, captions, headings) or a
    Markdown export. It backslash-escapes (as CommonMark allows for any ASCII
    punctuation) only what could start markup there, so the Markdown source
    stays readable: commas, full stops, hyphens and parentheses stay as they are.

    Bare URLs and e-mail addresses get an invisible word joiner (U+2060) after
    ``http``, ``www`` and ``@``: Streamlit links them after parsing, past any escape.

    >>> print(md_escape("![x](http://host.invalid/p.png) :red[hi] $x$ a|b").replace("\u2060", "^"))
    \\!\\[x\\](http^\\://host.invalid/p.png) \\:red\\[hi\\] \\$x\\$ a\\|b
    >>> print(md_escape("6. Zero-sum: a game (www.example.org)").replace("\u2060", "^"))
    6\\. Zero-sum: a game (www^\\.example.org)
    """
    out = _MD_AUTOLINK.sub(lambda m: m.group(0) + _WORD_JOINER, " ".join(clean(text).split()))
    out = _MD_INLINE.sub(r"\\\1", out)
    out = _MD_BLOCK.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", out)
    return _MD_WWW.sub(r"\1\2\\.", out)


# -- CSV --------------------------------------------------------------------------
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula (OWASP).

    >>> csv_cell("=SUM(A1)"), csv_cell("-1.5"), csv_cell(None), csv_cell(True)
    ("'=SUM(A1)", '-1.5', '', 'true')
    """
    text = "" if value is None else value_text(value)
    return "'" + text if text.startswith(_FORMULA) and not _is_number(text) else text


def value_text(value: object) -> str:
    """A value as data files write it: booleans as ``true``/``false`` (XML Schema), the rest as ``str``.

    >>> value_text(True), value_text(2.5)
    ('true', '2.5')
    """
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def write_csv(out: TextIO, header: Iterable[object], rows: Iterable[Iterable[object]]) -> None:
    """Write ``header`` and ``rows`` as CSV (CRLF line ends), every cell through :func:`csv_cell`:
    the one CSV writer of the CLI, the Query tab and the exports."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_cell(v) for v in header])
    writer.writerows([csv_cell(v) for v in row] for row in rows)


def csv_text(header: Iterable[object], rows: Iterable[Iterable[object]]) -> str:
    """:func:`write_csv` into a string.

    >>> csv_text(["a", "b"], [["=1+1", 2]]).splitlines()
    ['a,b', "'=1+1,2"]
    """
    buffer = io.StringIO()
    write_csv(buffer, header, rows)
    return buffer.getvalue()


# -- Matching ---------------------------------------------------------------------
#: Letters that NFKD does not take apart but a reader folds all the same.
FOLD_SPECIAL = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th",
                "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t"}


def fold(text: str) -> str:
    """Lower-case, accent-free form used for matching.

    >>> fold("Søndergaard"), fold("Zelenskyy"), fold("Ёлка"), fold("Straße")
    ('sondergaard', 'zelenskyy', 'елка', 'strasse')
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(FOLD_SPECIAL.get(c, c) for c in text)
