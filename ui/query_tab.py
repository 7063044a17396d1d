"""The Query view: a SPARQL editor with a gallery, read-only, bounded, with results as table and graph."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict

import streamlit as st
from rdflib import Literal, URIRef

from kg.draw.html import payload
from kg.explore.neighbourhood import induced
from kg.explore.viewstate import ViewState
from kg.namespaces import compact
from kg.safety.query import QueryResult, run_query
from kg.safety.worker import pool
from kg.store import gallery
from kg.text import csv_text
from ui import data
from ui.graph_component import graph_view
from ui.state import update

__all__ = ["query_tab"]


# Results (and their graphs) shared by every session, as st.cache_data would, but kept here: the
# waiting message is drawn while the query waits, which a cached function may not do.
_RESULTS: OrderedDict[tuple[str, str], tuple[QueryResult, dict | None, int]] = OrderedDict()
_RESULTS_LOCK = threading.Lock()
_MAX_RESULTS = 32


def _answer(key: str, text: str) -> tuple[QueryResult, dict | None, int, float]:
    """The result, its graph's payload and node count, and the seconds waited for a worker.

    The session holds its worker place while the server builds the result's graph
    too (links among the entities, layout): that work is the query's, and
    bounding it keeps the server free for the other readers' pages.
    """
    with _RESULTS_LOCK:
        if (key, text) in _RESULTS:
            _RESULTS.move_to_end((key, text))
            return (*_RESULTS[(key, text)], 0.0)
    notice = st.empty()
    try:
        with pool().slot(session=data.session_id(),
                         on_wait=lambda place: notice.info(data.waiting_sentence(place), icon="⏳")) as waited:
            notice.empty()
            result = run_query(data.store(), text)  # in this session's place: takes no second one
            answer = (result, *_result_graph(result))
    finally:
        notice.empty()
    with _RESULTS_LOCK:
        _RESULTS[(key, text)] = answer
        while len(_RESULTS) > _MAX_RESULTS:
            _RESULTS.popitem(last=False)
    return (*answer, waited)


def _result_graph(result: QueryResult) -> tuple[dict | None, int]:
    if result.kind == "select":
        iris = [str(t) for row in result.rows for t in row if isinstance(t, URIRef)]
    else:
        iris = [str(t) for triple in result.triples for t in (triple[0], triple[2]) if isinstance(t, URIRef)]
    view = induced(data.store(), iris, max_nodes=300) if iris else None
    if not view or not view.nodes:
        return None, 0
    return payload(view, height=480), len(view.nodes)


def _pick_example() -> None:
    name = st.session_state.get("w_example")
    example = next((e for e in gallery.examples() if e.name == name), None)
    if example:
        st.session_state["w_q"] = example.text


def _cell(term) -> str:
    if term is None:
        return ""
    return str(term) if isinstance(term, Literal) else compact(str(term))


def query_tab(state: ViewState) -> None:
    examples = gallery.examples()
    titles = {e.name: e.title for e in examples}
    if "w_q" not in st.session_state:
        st.session_state["w_q"] = state.query or examples[0].text
    # the title names the query in the box: an edited example is the reader's own query
    texts = {e.text.strip(): e.name for e in examples}
    st.session_state["w_example"] = texts.get(st.session_state["w_q"].strip())
    st.selectbox("Example research questions", list(titles), key="w_example",
                 format_func=titles.get, placeholder="Your own query — or pick an example…", on_change=_pick_example)
    if st.session_state["w_example"] is None:
        st.caption("Your own query (not one of the examples).")
    st.text_area("SPARQL — read-only (SELECT, CONSTRUCT, ASK, DESCRIBE); prefixes nkg:, trait:, episode:, "
                 "actor:, … are predefined", key="w_q", height=240)
    st.button("Run query", type="primary", on_click=lambda: update(query=st.session_state["w_q"]))
    st.caption(f"Limits: 10 s and 10,000 rows per query, one query at a time per session; {pool().size} workers "
               "are shared by all readers (the others wait their turn); SERVICE, FROM and updates are refused.")
    if not state.query:
        return
    with st.spinner("Running the query…"):
        result, graph, nodes, waited = _answer(data.store_key(), state.query)
    _show(result, graph, nodes, waited)


def _show(result: QueryResult, graph: dict | None, nodes: int, waited: float) -> None:
    waited = f" (after {waited:.1f} s waiting for a free worker)" if waited >= 0.1 else ""
    st.caption(f"{result.kind.upper()} · {len(result)} result(s) in {result.seconds:.2f} s{waited}")
    if result.notice:
        st.warning(result.notice)
    if result.kind == "ask":
        st.success("Yes (true)") if result.boolean else st.info("No (false)")
        return
    if result.kind == "select":
        rows = [{v: _cell(t) for v, t in zip(result.variables, row)} for row in result.rows]
        header = list(result.variables)
    else:
        rows = [{"subject": _cell(s), "predicate": _cell(p), "object": _cell(o)} for s, p, o in result.triples]
        header = ["subject", "predicate", "object"]
    if not rows:
        st.info("The query returned nothing. Check the IRIs and prefixes, or loosen the patterns.")
        return
    st.dataframe(rows, hide_index=True, width="stretch")
    _downloads(result, rows, header)
    if graph is not None:
        st.markdown(f"**As a graph:** the {nodes} entities in the results and the links among them")
        graph_view(graph, key="kg_query_graph", on_node=_noop, on_edge=_noop, on_expand=_noop)


def _noop() -> None:
    """Clicks in the results graph do not change the view."""


def _downloads(result: QueryResult, rows: list[dict], header: list[str]) -> None:
    table = csv_text(header, ([row.get(h) for h in header] for row in rows))
    cols = st.columns(2)
    cols[0].download_button("Results as CSV", table, "query-results.csv", "text/csv")
    cols[1].download_button("Results as JSON", json.dumps(rows, ensure_ascii=False, indent=1),
                            "query-results.json", "application/json")
