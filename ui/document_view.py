"""Your own documents in the reading view: the same layout as the paper, your passages marked, and
a passage selected with the mouse (or the keyboard) made into a link with its evidence.

The document is rendered (escaped, by :func:`document_html`) as paragraphs of ``<span data-at=N>``
runs, each holding exactly ``text[N:N+len]`` of the document's text. A small component
(:data:`_SELECT`) follows the page's selection: it maps the DOM range's two boundary points back to
offsets into that text (a point in a run's text node: the run's offset plus the code points before
it; a point between elements: the start of the next run), and its button *Make a link from this
quote* sends them to Python. The link form then shows the quote — ``text[start:end]``, verbatim by
construction — and saving makes a workspace statement with a TextQuoteSelector and a
TextPositionSelector (:func:`kg.workspace.statements.passage_link`).

Keyboard: the document is a focusable region; the arrow keys move a caret through its text (with
Ctrl a word at a time, Home and End to the line's ends) and Shift extends the selection; Tab then
reaches the button.
"""

from __future__ import annotations

import json
import re
from itertools import pairwise

import streamlit as st

from kg.errors import KGError
from kg.explore.viewstate import ViewState
from kg.text import clean, escape, md_escape
from kg.workspace.documents import page_label
from kg.workspace.statements import passage_link
from ui import data
from ui import workspace as wsui
from ui.state import update

__all__ = ["document_html", "document_view"]

_SPAN = "_kg_doc_span"     # (document, start, end) of the passage the link form is for
_KEYS = {"subject": "ws_span_subject", "relation": "ws_span_relation", "object": "ws_span_object",
         "new_label": "ws_span_new_label", "new_kind": "ws_span_new_kind"}
_LAST = "_kg_doc_last_link"

#: The paper's own look (ui/reading_tab.py), and the researcher's violet for their passages:
#: #1a1a1a on #eadcff is 14:1. The margin is generated content, out of the text's DOM, so a
#: selection or a caret moving across paragraphs never passes through it.
_CSS = """<style>
.kg-doc:focus {outline: 2px solid #5b2a86; outline-offset: 4px}
.kg-doc .kg-margin {user-select: none}
.kg-doc .kg-margin::before {content: attr(data-margin)}
.kg-doc mark.kg-own {background: #eadcff; color: #1a1a1a; padding: 0 1px; border-bottom: 2px dotted #5b2a86}
</style>"""

_SELECT_HTML = """<div class="kg-sel">
<button type="button" class="kg-sel-make" disabled>Make a link from this quote</button>
<span class="kg-sel-status" role="status" aria-live="polite"></span></div>"""

_SELECT_CSS = """
.kg-sel {display: flex; gap: 0.75rem; align-items: center; margin: 0.5rem 0; font-size: 14px; color: #1a1a1a}
.kg-sel-make {font: inherit; padding: 0.4rem 0.9rem; border-radius: 0.4rem; border: 1px solid #5b2a86;
  background: #5b2a86; color: #fff; cursor: pointer}
.kg-sel-make:disabled {background: #fff; color: #55575f; border-color: #8b8d94; cursor: default}
.kg-sel-make:focus-visible {outline: 3px solid #1f6f8b; outline-offset: 2px}
"""

_HINT = ("Select a passage of the document with the mouse, or focus the text and use Shift with the arrow keys; "
         "then make a link from it.")

_SELECT = """
const HINT = __HINT__;
function codePoints(s) { return Array.from(s).length; }
function runs(root) { return [...root.querySelectorAll("span[data-at]")]; }
function offsetOf(root, node, offset) {
  const holder = node.nodeType === 3 ? node.parentElement : null;
  const run = holder && holder.closest("span[data-at]");
  if (run && root.contains(run)) return +run.dataset.at + codePoints(node.data.slice(0, offset));
  const point = document.createRange();
  point.setStart(node, offset);
  const all = runs(root);
  for (const r of all) if (point.comparePoint(r, 0) >= 0) return +r.dataset.at;
  const last = all[all.length - 1];
  return last ? +last.dataset.at + codePoints(last.textContent) : 0;
}
function span() {
  const root = document.querySelector(".kg-doc[data-doc]");
  const sel = document.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const inside = document.createRange();
  inside.selectNodeContents(root);
  const from = range.compareBoundaryPoints(Range.START_TO_START, inside) < 0 ? inside : range;
  const to = range.compareBoundaryPoints(Range.END_TO_END, inside) > 0 ? inside : range;
  const start = offsetOf(root, from.startContainer, from.startOffset);
  const end = offsetOf(root, to.endContainer, to.endOffset);
  return end > start ? {doc: root.dataset.doc, start: start, end: end} : null;
}
function refresh() {
  const ui = window.kgDocUi;
  if (!ui || !ui.button.isConnected) return;
  const s = span();
  window.kgDocSpan = s;
  ui.button.disabled = !s;
  ui.status.textContent = s ? "Selected: " + (s.end - s.start) + " characters of the document." : HINT;
}
const MOVES = {ArrowLeft: ["backward", "character", "word"], ArrowRight: ["forward", "character", "word"],
               ArrowUp: ["backward", "line", "paragraph"], ArrowDown: ["forward", "line", "paragraph"],
               Home: ["backward", "lineboundary", "documentboundary"], End: ["forward", "lineboundary", "documentboundary"]};
function caretAtStart(root) {
  const first = root.querySelector("span[data-at]");
  if (first && first.firstChild) document.getSelection().collapse(first.firstChild, 0);
}
function keys(ev) {
  const root = ev.target.closest && ev.target.closest(".kg-doc[data-doc]");
  const move = MOVES[ev.key];
  if (!root || !move || ev.altKey || ev.metaKey) return;
  const sel = document.getSelection();
  if (!sel.rangeCount || !root.contains(sel.anchorNode)) caretAtStart(root);
  sel.modify(ev.shiftKey ? "extend" : "move", move[0], ev.ctrlKey ? move[2] : move[1]);
  ev.preventDefault();
}
function focused(ev) {
  const root = ev.target.classList && ev.target.classList.contains("kg-doc") ? ev.target : null;
  const sel = document.getSelection();
  if (root && (!sel.rangeCount || !root.contains(sel.anchorNode))) caretAtStart(root);
}
export default function (component) {
  const { parentElement, setTriggerValue } = component;
  let box = parentElement.querySelector(".kg-sel");
  if (!box) {
    const holder = document.createElement("div");
    holder.innerHTML = __HTML__;
    box = holder.firstElementChild;
    parentElement.appendChild(box);
  }
  const button = box.querySelector("button"), status = box.querySelector(".kg-sel-status");
  window.kgDocUi = {button: button, status: status};
  button.onmousedown = function (ev) { ev.preventDefault(); };  // keep the page's selection
  button.onclick = function () {
    const s = window.kgDocSpan || span();
    if (s) setTriggerValue("span", JSON.stringify(Object.assign({at: Date.now()}, s)));
  };
  if (!window.kgDocListening) {
    window.kgDocListening = true;
    document.addEventListener("selectionchange", refresh);
    document.addEventListener("keydown", keys, true);
    document.addEventListener("focusin", focused, true);
  }
  refresh();
}
""".replace("__HINT__", json.dumps(_HINT)).replace("__HTML__", json.dumps(_SELECT_HTML))


@st.cache_resource
def _select_component():
    return st.components.v2.component("kg_doc_select", js=_SELECT, css=_SELECT_CSS)


def _runs(text: str, start: int, end: int, passages: list) -> list[tuple[int, int, list]]:
    """``text[start:end]`` cut where a passage starts or ends: (start, end, the passages covering it)."""
    cuts = {start, end}
    for a, b, _ in passages:
        cuts.update(x for x in (a, b) if start < x < end)
    points = sorted(cuts)
    return [(a, b, [p for p in passages if p[0] <= a and b <= p[1]]) for a, b in pairwise(points)]


def _lines(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as runs that hold exactly their text, a ``<br>`` for each line break (the
    page would not keep a newline inside the HTML)."""
    out, at = [], start
    for piece in text[start:end].split("\n"):
        if piece:
            out.append(f'<span data-at="{at}">{escape(piece)}</span>')
        at += len(piece) + 1
        out.append("<br>")
    return "".join(out[:-1])


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs: the stretches between blank lines, as (start, end) offsets into ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]


def document_html(iri: str, title: str, text: str, passages: list, pages: tuple[int, ...],
                  captions: dict[str, str]) -> str:
    """The document in the paper's layout: escaped runs of its text with their offsets, passages marked.

    >>> html = document_html("urn:d", "<T>", "One.\\n\\nTwo &\\nthree.", [], (), {})
    >>> '<span data-at="6">Two &amp;</span><br><span data-at="12">three.</span>' in html and "&lt;T&gt;" in html
    True
    """
    out = []
    for start, end in _blocks(text):
        parts, count = [], 0
        for a, b, covering in _runs(text, start, end, passages):
            words = _lines(text, a, b)
            if covering:
                count += 1
                title_text = "&#10;".join(escape(captions.get(p[2].graph, "")) for p in covering)
                words = f'<mark class="kg-own" title="{title_text}">{words}</mark>'
            parts.append(words)
        page = page_label(pages, start, start + 1) if pages else ""
        linked = len({p[2].graph for p in passages if p[0] < end and start < p[1]})
        margin = " · ".join(x for x in (page, f"{linked} link{'s' if linked != 1 else ''}" if linked else
                                        "not in the graph") if x)
        graph = " kg-in-graph" if linked else ""
        out.append(f'<div class="kg-block{graph}"><div class="kg-margin" data-margin="{escape(margin)}"></div>'
                   f'<p class="kg-text">{"".join(parts)}</p></div>')
    label = f"Your document {clean(title)}: select a passage to make a link from it"
    return (f'<div class="kg-paper kg-doc" lang="en" data-doc="{escape(iri)}" tabindex="0" role="region" '
            f'aria-label="{escape(label)}">{"".join(out)}</div>')


def _on_span() -> None:
    value = (st.session_state.get("kg_doc_select") or {}).get("span") or ""
    try:
        picked = json.loads(value)
        iri, start, end = str(picked["doc"]), int(picked["start"]), int(picked["end"])
    except (ValueError, KeyError, TypeError):
        return
    documents = wsui.history().workspace.documents()
    if iri not in documents:
        wsui.say("error", "That document is no longer in your workspace.")
        return
    text = documents[iri][1]
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3:
        wsui.say("error", "Select at least three characters of the document's text to quote.")
        return
    st.session_state[_SPAN] = (iri, start, end)


def _add() -> None:
    iri, start, end = st.session_state[_SPAN]
    ws = wsui.history().workspace
    text = ws.documents()[iri][1]
    try:
        statements, subject, relation, obj = wsui.resolve_ends(_KEYS)
        statements.append(passage_link(subject, relation, obj, document=iri, text=text, start=start, end=end,
                                       where=page_label(ws.pages(iri), start, end), author=wsui.researcher_name()))
        wsui.commit_checked(*statements)
        del st.session_state[_SPAN]
        st.session_state[_LAST] = subject
        st.session_state[_KEYS["new_label"]] = ""
        wsui.say("success", "Your link was added, with this passage as its evidence.")
    except KGError as exc:
        wsui.say("error", str(exc))


def _cancel() -> None:
    st.session_state.pop(_SPAN, None)


def _show_in_graph() -> None:
    subject = st.session_state.pop(_LAST, None)
    if subject:
        update(view="graph", focus=(subject,), selected=None, edge=None, page=1)


def _form(state: ViewState, iri: str, title: str, text: str, start: int, end: int, pages: tuple[int, ...]) -> None:
    with st.container(border=True, key="kg_doc_link_form"):
        st.markdown("**Make a link from this quote**")
        where = page_label(pages, start, end)
        st.markdown("> " + md_escape(" ".join(text[start:end].split())))
        st.caption(f"Source: {md_escape(clean(title))} (your document){', ' + where if where else ''}, characters "
                   f"{start:,}–{end:,}")
        wsui.name_input()
        wsui.link_ends(state, wsui.entity_labels(), _KEYS)
        cols = st.columns(2)
        cols[0].button("Add the link", on_click=_add, key="ws_span_add", type="primary", width="stretch")
        cols[1].button("Cancel", on_click=_cancel, key="ws_span_cancel", width="stretch")


def document_view(state: ViewState, iri: str, *, paper_css: str) -> None:
    """One of your documents, read as the paper is (its style sheet ``paper_css``), with the selection made
    into links."""
    ws = wsui.history().workspace
    title, text = ws.documents()[iri]
    pages, passages = ws.pages(iri), ws.passages(iri)
    labels = wsui.entity_labels()
    store = data.store()
    captions = {own.graph: f"{labels.get(own.subject, own.subject)} — {store.property_label(own.predicate)} — "
                           f"{labels.get(own.object, own.object)} (your link)" for _, _, own in passages}
    st.caption(f"Your document, {len(text):,} characters" + (f" on {len(pages)} page(s)" if pages else "") +
               f"; {len(passages)} passage(s) are evidence for your links, marked violet. " + _HINT)
    with st.container(height=520, key="kg_doc_text"):
        st.html(paper_css + _CSS + document_html(iri, title, text, passages, pages, captions))
    _select_component()(key="kg_doc_select", data={"doc": iri}, on_span_change=_on_span)
    message = wsui.pop_message()  # under the action, where the reader is looking
    if message:
        (st.success if message[0] == "success" else st.error)(md_escape(message[1]))
    if message and message[0] == "success" and st.session_state.get(_LAST):
        st.button("Show it in the graph", on_click=_show_in_graph, key="ws_span_show")
    span = st.session_state.get(_SPAN)
    if span and span[0] == iri:
        _form(state, iri, title, text, span[1], span[2], pages)
