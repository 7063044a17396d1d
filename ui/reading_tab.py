"""The Paper view (``view=paper``): the whole text, every evidenced passage marked.

Each marked run is a ``<mark>`` whose ``title`` names the link(s) it is evidence for and whose
link opens the graph focused on that link (``view=graph&focus=…&edge=…``). A click on it changes
the view without loading the page again (a small component, :func:`_clicks`, sends the link back
to Python, as the graph's clicks do), so the session — the reader's uploads — stays; the link's
``href`` still opens the same view in a new tab. The selected entity (``sel=``) or link (``edge=``) marks
its passages as current and scrolls to the first. The margin of each paragraph says how many
links it is evidence for, or that it is not in the graph. Every text from the data is escaped
(:func:`kg.text.escape`); the only script is a constant that scrolls.
"""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from kg.explore.reading import Block, Reading, reading
from kg.explore.viewstate import ViewState
from kg.namespaces import compact, expand_curie
from kg.text import clean, escape, md_escape
from ui import data
from ui import workspace as wsui
from ui.document_view import document_view
from ui.state import update

__all__ = ["paper_tab"]

#: Colours on white measured for WCAG 2.2 AA: text #1a1a1a on #fff1a8 is 15:1, on #ffc94d 12:1;
#: the margin's #55575f is 7:1 and #1a4d60 9:1.
_CSS = """<style>
.kg-paper {max-width: 62rem; font-size: 16px; line-height: 1.6; color: #1a1a1a}
.kg-paper .kg-block {display: grid; grid-template-columns: 8rem 1fr; column-gap: 1rem; margin: 0 0 0.75rem}
.kg-paper .kg-margin {font-size: 12px; line-height: 1.4; color: #55575f; text-align: right;
  padding-right: 0.5rem; border-right: 4px solid #c9ccd1}
.kg-paper .kg-in-graph .kg-margin {color: #1a4d60; border-right-color: #1f6f8b}
.kg-paper .kg-text {margin: 0; white-space: pre-wrap}
.kg-paper .kg-pullquote .kg-text {font-style: italic; color: #3d3f45}
.kg-paper .kg-heading .kg-text {font-size: 20px; font-weight: 700; margin-top: 1rem}
.kg-paper mark {background: #fff1a8; color: #1a1a1a; padding: 0 1px}
.kg-paper mark a {color: inherit; text-decoration: underline dotted; text-underline-offset: 3px}
.kg-paper mark.kg-current {background: #ffc94d; outline: 2px solid #8a5a00}
</style>"""

_SCROLL = """<script>
(() => { const m = document.querySelector(".kg-paper mark.kg-current");
         if (m) m.scrollIntoView({block: "center"}); })();
</script>"""


#: Catches a click on a marked passage anywhere in the page (the text is rendered by st.html, in
#: the page itself) and sends its link to Python instead of following the href, which would load
#: the page again and start a new session. One listener per page; each render hands it the current
#: component's trigger. A click with a modifier key (a new tab or window) follows the href.
_CLICKS = """
export default function (component) {
  window.kgPaperTrigger = component.setTriggerValue;
  if (window.kgPaperClicks) return;
  window.kgPaperClicks = true;
  document.addEventListener("click", function (ev) {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const link = ev.target.closest && ev.target.closest(".kg-paper mark[data-edge] a");
    if (!link || !window.kgPaperTrigger) return;
    ev.preventDefault();
    window.kgPaperTrigger("passage", link.parentElement.getAttribute("data-edge") + " " + Date.now());
  }, true);
}
"""


@st.cache_resource
def _clicks_component():
    return st.components.v2.component("kg_paper_clicks", js=_CLICKS)


def _on_passage() -> None:
    """A marked passage was clicked: open the graph focused on its link, as its href says."""
    value = (st.session_state.get("kg_paper_clicks") or {}).get("passage") or ""
    link = tuple(expand_curie(part) for part in value.split(" ", 1)[0].split("|"))
    if len(link) == 3 and all(link):
        update(**_target(link))


def _target(link: tuple[str, str, str]) -> dict:
    return {"view": "graph", "focus": (link[0],), "edge": link, "selected": None, "page": 1}


@st.cache_data(show_spinner=False)
def _reading(key: str) -> Reading:
    return reading(data.store())


def _href(state: ViewState, link: tuple[str, str, str]) -> str:
    target = state.with_(**_target(link))
    return "?" + urlencode(target.to_params())


def _margin(block: Block) -> str:
    if block.kind == "heading":
        return ""
    if block.kind == "pullquote":
        return "pull-quote (repeats the text)"
    n = len(block.passages)
    return f"{n} link{'s' if n != 1 else ''}" if n else "not in the graph"


def _block_html(r: Reading, block: Block, state: ViewState, current: set[int]) -> str:
    parts = []
    for run in block.runs:
        words = escape(run.text.replace("*", ""))
        if not run.passages or not words.strip():  # a link needs visible words (axe: link-name)
            parts.append(words)
            continue
        links = [r.passages[i] for i in run.passages]
        # the click goes to the selection's link if the run has one, else to the most specific
        main = r.passages[min(run.passages, key=lambda i: (i not in current, r.passages[i].end - r.passages[i].start))]
        title = "&#10;".join(escape(c) for c in dict.fromkeys(p.caption for p in links))
        edge = "|".join(compact(x) for x in main.link)
        cls = ' class="kg-current"' if current & set(run.passages) else ""
        parts.append(f'<mark{cls} title="{title}" data-edge="{escape(edge)}" '
                     f'data-evidence="{escape(compact(main.evidence))}" data-links="{len(links)}">'
                     f'<a href="{escape(_href(state, main.link))}" target="_self">{words}</a></mark>')
    if block.kind == "heading" and not block.runs:  # a section the text prints no heading for
        parts.append(escape(block.section_title))
    kind = {"heading": "kg-heading", "pullquote": "kg-pullquote"}.get(block.kind, "")
    graph = " kg-in-graph" if block.passages else ""
    return (f'<div class="kg-block {kind}{graph}" id="kg-at-{block.start}">'
            f'<div class="kg-margin">{escape(_margin(block))}</div>'
            f'<p class="kg-text">{"".join(parts)}</p></div>')


def paper_html(r: Reading, state: ViewState) -> str:
    """The whole text as escaped HTML, the selection's passages marked current."""
    current = r.matching(entity=state.selected, link=state.edge)
    body = "".join(_block_html(r, b, state, current) for b in r.blocks)
    return f'<div class="kg-paper" lang="en">{body}</div>'


_PAPER = "The paper"


def _document_picker() -> str | None:
    """The document to read: the paper, or one of your own (shown when you have any)."""
    documents = wsui.history().workspace.documents()
    if not documents:
        return None
    options = [_PAPER] + list(documents)
    if st.session_state.get("ws_read") not in options:
        st.session_state["ws_read"] = _PAPER
    choice = st.selectbox("Read", options, key="ws_read",
                          format_func=lambda o: o if o == _PAPER else f"Your document: {clean(documents[o][0])}")
    return None if choice == _PAPER else choice


def paper_tab(state: ViewState) -> None:
    own = _document_picker()
    if own:
        document_view(state, own, paper_css=_CSS)
        return
    r = _reading(data.store_key())
    body = r.paragraphs()
    evidenced = sum(1 for b in body if b.passages)
    st.caption(f"The paper's text with every passage that is evidence for a link of the graph marked "
               f"({len(r.passages)} passages). The margin says how many links a paragraph backs: "
               f"{evidenced} of {len(body)} paragraphs are in the graph; a grey bar marks those that are not. "
               "Hover over a marked passage to see its link; click it to show the link in the graph. "
               "Select an entity or a link to see its passages here.")
    current = r.matching(entity=state.selected, link=state.edge)
    if state.selected or state.edge:
        what = compact(state.selected) if state.selected else " — ".join(compact(x) for x in state.edge)
        st.markdown(f"**{len(current)} passage{'s' if len(current) != 1 else ''}** of "
                    f"{md_escape(what)} marked in darker yellow." if current else
                    f"No passage of the text is evidence for {md_escape(what)}.")
    st.html(_CSS + paper_html(r, state) + (_SCROLL if current else ""), unsafe_allow_javascript=bool(current))
    _clicks_component()(key="kg_paper_clicks", data={}, on_passage_change=_on_passage)
