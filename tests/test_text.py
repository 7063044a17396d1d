"""Rendering helpers (kg.text): what reaches HTML, Markdown, scripts and tooltips is inert and readable."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from kg.text import BIDI_CONTROLS, clean, csv_cell, csv_text, escape, safe_href, script_json, shorten, tooltip
from kg.text import md_escape as md

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(document.domain)</script>",
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "<a href='javascript:alert(1)'>click</a>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)


def _tags(markup: str) -> list[str]:
    parser = _Tags()
    parser.feed(markup)
    return parser.tags


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_html_holds_no_markup_and_reads_back(payload):
    escaped = escape(payload)
    assert _tags(f"<div title=\"{escaped}\">{escaped}</div>") == ["div"]
    assert html.unescape(escaped) == payload


@pytest.mark.parametrize("char", list(BIDI_CONTROLS))
def test_every_bidi_control_is_removed(char):
    assert clean(f"invoice{char}fdp.exe") == "invoicefdp.exe"
    assert char not in escape(f"a{char}b") and char not in shorten(f"a{char}b")


@pytest.mark.parametrize("char", ["\u200b", "\ufeff", "\u2060", "\u00ad", "\x07", "\x1b", "\x9b", "\U000e0041",
                                  "\u3164"])
def test_invisible_and_control_characters_are_removed(char):
    assert clean(f"a{char}b") == "ab"


def test_joiners_that_scripts_need_are_kept():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # ZWNJ inside a Persian word
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # ZWJ emoji sequence
    assert clean(persian) == persian and clean(family) == family


def test_line_breaks_normalised_or_collapsed():
    assert clean("a\r\nb\u2028c", keep_newlines=True) == "a\nb\nc"
    assert clean("a\r\nb\u2028c") == "a b c"
    assert shorten("  a \n\t b  ") == "a b"


def test_shorten_cuts_long_labels():
    label = "Negotiations on the Treaty of Portsmouth between the Russian Empire and Japan, 1905"
    assert shorten(label, 30) == "Negotiations on the Treaty of…"
    assert shorten(label, 200) == label and shorten("Short", 40) == "Short"
    assert shorten("x" * 1000) == "x" * 39 + "…"


def test_shorten_never_strands_an_accent():
    decomposed = "e\u0301" * 50  # é written as e + combining acute
    assert shorten(decomposed, 10) == "e\u0301" * 4 + "…"  # not "...e" with its accent cut off


def test_tooltip_is_plain_text_and_bounded():
    tip = tooltip("<b>Quote</b>\r\nline two\u202e" + "x" * 1000)
    assert tip.startswith("<b>Quote</b>\nline two") and "\u202e" not in tip  # text, not markup: vis uses innerText
    assert len(tip) <= 500 and tip.endswith("…")


@pytest.mark.parametrize("payload", PAYLOADS + ["</SCRIPT >", "<!--", "\u2028\u2029"])
def test_script_json_cannot_close_the_script(payload):
    embedded = script_json({"label": payload})
    assert "<" not in embedded and ">" not in embedded and "\u2028" not in embedded
    assert json.loads(embedded) == {"label": payload}


def _rendered(markdown: str) -> str:
    """HTML from a CommonMark parser with GitHub's tables, strikethrough and bare-URL links."""
    parser = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "strikethrough", "linkify"])
    return parser.render(markdown)


@pytest.mark.parametrize("text", [
    "![tracker](http://127.0.0.1:9/pixel.png)",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    ":red[alarm] :material/warning: $\\frac{1}{2}$",
    "# heading * list > quote `code` | a | b |",
    "www.example.org and https://example.org and someone@example.org",
    "1. a list", "6) another", "- item", "+ item", "= underline", "> quote", "~~gone~~ **bold** _it_ &amp;",
    "Conclusion: What Russia wants – and what the West gets wrong (EPC, 2025).",
])
def test_markdown_is_shown_literally(text):
    escaped = md(text)
    # A CommonMark/GitHub renderer shows the text as written, in one paragraph, with no markup ...
    assert _rendered(escaped).replace("\u2060", "") == f"<p>{escapeHtml(text)}</p>\n", escaped
    # ... and Streamlit's own syntax (colours, icons, emoji, LaTeX) finds nothing unescaped to act on.
    assert not re.search(r"(?<!\\)(\$|:(?=\S)|\[)", escaped), escaped


# remark-gfm's bare-URL and e-mail patterns, as Streamlit 1.67 bundles them (StreamlitMarkdown.*.js): they
# run on text nodes after parsing, where escapes are undone, so an escape alone does not stop them.
_GFM_AUTOLINKS = (re.compile(r"(https?://|www(?=\.))([-.\w]+)([^ \t\r\n]*)", re.I),
                  re.compile(r"(?:^|(?<=[\s\W]))([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)"))


@pytest.mark.parametrize("text", ["http://xss.invalid/p.png", "see https://xss.invalid/", "www.xss.invalid",
                                  "<http://xss.invalid/auto>", "someone@xss.invalid", "![x](http://xss.invalid/md)"])
def test_bare_urls_and_addresses_are_not_linked_by_streamlit(text):
    shown = re.sub(r"\\(.)", r"\1", md(text))  # the text node: escapes undone
    assert shown.replace("\u2060", "") == text
    assert not any(pattern.search(shown) for pattern in _GFM_AUTOLINKS), shown


def test_markdown_escapes_emphasis_and_keeps_letters():
    assert md("*x*") == "\\*x\\*" and md("plain words ø") == "plain words ø"


def test_markdown_keeps_plain_prose_readable():
    assert md("Søndergaard, Russian negotiating style (EPC, 2025): a zero-sum game.") == \
        "Søndergaard, Russian negotiating style (EPC, 2025): a zero-sum game."


@pytest.mark.parametrize("iri, expected", [
    ("https://w3id.org/negkg/id/trait/1", "https://w3id.org/negkg/id/trait/1"),
    ("http://example.org/a?b=c#d", "http://example.org/a?b=c#d"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox", None),
    ("file:///etc/passwd", None),
    ("urn:isbn:123", None),
    ("https://exa\u202emple.org/", None),
    ("https://example.org/a b", None),
    ("//evil.example/", None),
    ("https:///no-host", None),
])
def test_only_web_iris_become_links(iri, expected):
    assert safe_href(iri) == expected


@pytest.mark.parametrize("value,cell", [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
                                        ("+1 ok", "'+1 ok"), ("@SUM(A1)", "'@SUM(A1)"), ("-12.5", "-12.5"),
                                        ("Sochi", "Sochi"), (True, "true"), (None, "")])
def test_csv_cells_never_run_as_formulas(value, cell):
    assert csv_cell(value) == cell



def test_one_csv_writer_guards_every_cell_header_included():
    assert csv_text(["=x", "b"], [["@SUM(A1)", None], [-1, True]]).splitlines() == ["'=x,b", "'@SUM(A1),", "-1,true"]
