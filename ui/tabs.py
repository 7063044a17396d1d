"""The other views of the same data: timeline, matrix, sources, ontology, analytics."""

from __future__ import annotations

import altair as alt
import streamlit as st

from kg.cite import format_citation
from kg.explore import catalog
from kg.explore.filters import TRAIT, trait_iri
from kg.explore.timeline import Timeline, timeline
from kg.explore.viewstate import ViewState
from kg.kinds import KIND_BY_KEY
from kg.namespaces import NKG, compact
from kg.text import md_escape
from ui import data
from ui.detail import evidence_block
from ui.state import update

__all__ = ["timeline_tab", "timeline_chart", "matrix_tab", "sources_tab", "ontology_tab", "analytics_tab"]

NO_TRAIT = "no trait link"
TRAIT_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]


@st.cache_data(show_spinner=False)
def _episodes(key: str):
    return catalog.episodes(data.store())


@st.cache_data(show_spinner=False)
def _timeline(key: str) -> Timeline:
    return timeline(_episodes(key))


def _picked(key: str) -> dict | None:
    """The first selected point of a chart, read in its on_select callback."""
    selection = (st.session_state.get(key) or {}).get("selection") or {}
    for values in selection.values():
        if isinstance(values, list) and values:  # a brush is a dict of ranges, not a list of points
            return values[0]
    return None


def _on_timeline(key: str = "timeline_chart") -> None:
    """A brushed period sets the period filter of every view; a clicked episode focuses the graph."""
    selection = (st.session_state.get(key) or {}).get("selection") or {}
    brushed = (selection.get("brush") or {}).get("x")
    if brushed and len(brushed) == 2:
        t = _timeline(data.store_key())
        first, last = t.year_at(min(brushed)), t.year_at(max(brushed))
        update(years=(first, last), selected=None, edge=None)
        return
    chosen = _picked(key)
    if chosen and chosen.get("iri"):
        update(view="graph", focus=(chosen["iri"],), selected=chosen["iri"], edge=None)


def _on_matrix() -> None:
    """A cell is a link (subject, relation, trait): open its quotes, change no filter."""
    chosen = _picked("matrix_chart")
    if chosen and chosen.get("iri") and chosen.get("link"):
        update(view="matrix", edge=(chosen["iri"], NKG + chosen["link"], trait_iri(int(chosen["number"]))),
               selected=None)


def _timeline_rows(t: Timeline, traits: dict[int, str], *, within: frozenset[str] | None = None,
                   outlined: frozenset[str] = frozenset()) -> list[dict]:
    """The chart's rows: dated and ongoing episodes (of ``within``, the view, when given);
    ``outlined``: the selection's episodes."""
    rows = []
    for p in t.placed:
        e = p.episode
        if p.group == "undated":
            continue
        if within is not None and e.iri not in within:
            continue
        numbers = e.traits or e.exceptions
        rows.append({"iri": e.iri, "episode": e.label, "x": round(p.x, 3),
                     "x2": round(p.x2, 3) if p.x2 is not None else None, "when": e.date_label or "",
                     "trait": traits.get(numbers[0], str(numbers[0])) if numbers else NO_TRAIT,
                     "traits": ", ".join(map(str, e.traits + e.exceptions)) or "none",
                     "link": "illustrates" if e.traits else "exception to" if e.exceptions else "no trait link",
                     "selected": e.iri in outlined})
        r = rows[-1]
        rows[-1]["description"] = f"episode: {r['episode']}; when: {r['when']}; link: {r['link']}; traits: {r['traits']}"
    return rows


def _timeline_spec(t: Timeline, rows: list[dict], traits: dict[int, str],
                   period: tuple[int, int] | None = None, *, narrow: bool = False) -> dict:
    """The Vega-Lite spec of the timeline, a plain dict (no altair objects built and validated per rerun):
    drag across it to brush a period (``brush``), click an episode to pick it; the period filter in use
    is shaded blue, the selected entity outlined black."""
    ticks = [(round(x, 3), label) for x, label in t.ticks]
    label_expr = " : ".join(f"abs(datum.value - {x}) < 0.01 ? '{label}'" for x, label in ticks) + " : ''"
    domain = list(traits.values()) + [NO_TRAIT]
    x = {"field": "x", "type": "quantitative", "title": None,
         "scale": {"domain": [0, round(t.width + 0.5, 3)], "nice": False, "zero": False},
         "axis": {"values": [x for x, _ in ticks], "labelExpr": label_expr, "grid": True, "labelFontSize": 12,
                  "labelAngle": 0, "labelOverlap": False, "title": None}}
    y = {"field": "episode", "type": "nominal", "title": None, "sort": [r["episode"] for r in rows],
         "axis": {"labelLimit": 240 if narrow else 340, "labelFontSize": 12}}
    colour = {"field": "trait", "type": "nominal", "title": "Trait",
              "scale": {"domain": domain, "range": TRAIT_COLOURS[:len(traits)] + ["#888888"]},
              "legend": {"orient": "bottom", "columns": 1 if narrow else 2, "labelFontSize": 12, "titleFontSize": 12,
                         "labelLimit": 360, "symbolType": "square"}}
    tooltip = [{"field": "episode"}, {"field": "when"}, {"field": "link"}, {"field": "traits"}]
    outline = {"description": {"field": "description"},
               "stroke": {"condition": {"test": "datum.selected", "value": "#000000"}, "value": None},
               "strokeWidth": {"condition": {"test": "datum.selected", "value": 3}, "value": 0}}
    # The rows and the period are named datasets beside the spec: a new period or selection changes
    # them only, and the page updates the chart in place instead of drawing it anew.
    # The period is always one row (without a period, a rectangle of no width): Streamlit draws a chart
    # anew when a dataset's count of rows changes.
    period_rows = [{"x": round(t.x_of(period[0]), 3), "x2": round(t.x_of(period[1] + 1), 3),
                    "description": f"the period {period[0]} to {period[1]}, chosen for every view"} if period else
                   {"x": 0.0, "x2": 0.0, "description": "no period chosen: drag across the timeline to choose one"}]
    return {
        "datasets": {"rows": rows, "period": period_rows},
        "height": {"step": 22}, "width": "container", "autosize": {"type": "fit-x", "contains": "padding"},
        # Vega gives the brush's own marks no description, which axe-core counts as an unlabelled image:
        # a default description names them; every other mark carries its own.
        "config": {"axis": {"labelFontSize": 12}, "legend": {"labelFontSize": 12},
                   "mark": {"description": "period chosen by dragging across the timeline"}},
        "layer": [
            {"data": {"values": [{"x": round(t.ongoing_from - 0.5, 3), "x2": round(t.width + 0.5, 3)}]},
             "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}}],
             "mark": {"type": "rect", "color": "#EEEEEE", "description": "band of the practices ongoing at the "
                      "paper's date"},
             "encoding": {"x": {"field": "x", "type": "quantitative"}, "x2": {"field": "x2"}}},
            {"data": {"name": "period"}, "mark": {"type": "rect", "color": "#CFE3F5"},
             "encoding": {"x": {"field": "x", "type": "quantitative"}, "x2": {"field": "x2"},
                          "description": {"field": "description"}}},
            {"data": {"name": "rows"},
             "layer": [
                 {"transform": [{"filter": "datum.x2 != null"}],
                  "params": [{"name": "pick_bar", "select": {"type": "point", "fields": ["iri"]}}],
                  "mark": {"type": "bar", "height": 12, "cursor": "pointer"},
                  "encoding": {"x": x, "x2": {"field": "x2"}, "y": y, "color": colour, "tooltip": tooltip,
                               **outline}},
                 {"transform": [{"filter": "datum.x2 == null"}],
                  "params": [{"name": "pick_point", "select": {"type": "point", "fields": ["iri"]}}],
                  "mark": {"type": "point", "filled": True, "size": 110, "opacity": 1, "cursor": "pointer"},
                  "encoding": {"x": x, "y": y, "color": colour, "tooltip": tooltip, **outline,
                               "shape": {"field": "link", "type": "nominal", "legend": None,
                                         "scale": {"domain": ["illustrates", "exception to", "no trait link"],
                                                   "range": ["square", "circle", "diamond"]}}}},
             ]},
        ],
    }


def _within(state: ViewState) -> frozenset[str] | None:
    """The episodes of the view the timeline shows, its own period aside (None: every episode):
    the view's episodes as every view shows them (the graph, the map, the table), but the period
    only shades the chart, so that a brush can be moved."""
    return data.view_episodes(state.with_(years=None))


def timeline_chart(state: ViewState, *, key: str = "timeline_chart") -> list[dict]:
    """The chart alone (the Timeline tab, and beside the graph in the linked layout); its rows. In a
    container of its own, so that its button, shown with a period, moves nothing after it (the page
    would draw a moved chart anew instead of updating it in place)."""
    with st.container(key=f"{key}_box"):
        return _chart(state, key)


def _chart(state: ViewState, key: str) -> list[dict]:
    traits = {t.number: f"{t.number}. {t.label}" for t in data.traits(data.store_key())}
    t = _timeline(data.store_key())
    rows = _timeline_rows(t, traits, within=_within(state), outlined=data.selection(state))
    if rows:
        where = "the table below" if key == "timeline_chart" else "the Timeline tab's table"
        st.vega_lite_chart(spec=_timeline_spec(t, rows, traits, state.years, narrow=key != "timeline_chart"),
                           on_select=lambda: _on_timeline(key),
                           selection_mode=["pick_bar", "pick_point", "brush"], key=key,
                           # the same words whatever the period: Streamlit draws a chart anew when they change
                           width="stretch", alt=f"Timeline of the view's episodes (drag across it to choose a "
                           f"period; a chosen period is shaded blue); {where} lists every episode.")
    else:
        st.info("No episode of this view is on the time axis; remove a filter in the sidebar.")
    if state.years:
        st.button(f"Clear the period {state.years[0]}–{state.years[1]}", key=f"{key}_clear",
                  on_click=update, kwargs={"years": None})
    return rows


def timeline_tab(state: ViewState) -> None:
    everything = _episodes(data.store_key())
    t = _timeline(data.store_key())
    undated = t.group("undated")
    st.caption(f"{len(everything)} episodes: {len(t.group('dated'))} dated episodes on the time axis, "
               f"{len(t.group('ongoing'))} practices ongoing at the paper's date (bars in the grey band), "
               f"{len(undated)} without a date (listed under the chart). One row per episode, coloured by the "
               "trait it illustrates (circles: the paper's exceptions). Years without an episode are compressed, "
               "so that years with many get room. Click one to focus the graph on it; drag across the chart to "
               "limit every view to that period (shaded blue; the selected entity is outlined black).")
    rows = timeline_chart(state)
    if _within(state) is not None:
        dated = sum(1 for p in t.group("dated") if any(r["iri"] == p.episode.iri for r in rows))
        st.caption(f"The view's filters and focus: {dated} dated and {len(rows) - dated} ongoing episodes shown; "
                   "clear them in the sidebar to see all.")
    if undated:
        st.markdown("**Not on the time axis — the paper gives no date:**\n\n" + "\n".join(
            f"- {md_escape(p.episode.label)}: {md_escape(p.episode.date_label or 'no date')}" for p in undated))
    group = {p.episode.iri: {"dated": "dated", "ongoing": "ongoing", "undated": "no date"}[p.group] for p in t.placed}
    st.markdown("**Every episode** (the chart as a table)")
    st.dataframe([{"episode": e.label, "when": e.date_label, "precision": e.precision, "on the timeline": group[e.iri],
                   "traits": ", ".join(map(str, e.traits)), "exception to": ", ".join(map(str, e.exceptions))}
                  for e in everything], hide_index=True, width="stretch",
                 column_config={"episode": st.column_config.TextColumn(width="large"),
                                "when": st.column_config.TextColumn(width="medium"),
                                "precision": st.column_config.TextColumn(width="small"),
                                "on the timeline": st.column_config.TextColumn(width="small"),
                                "traits": st.column_config.TextColumn(width="small"),
                                "exception to": st.column_config.TextColumn(width="small")})


def matrix_tab(state: ViewState) -> None:
    cells = catalog.matrix(data.store())
    kinds = state.kinds or {"episode"}
    cells = [c for c in cells if c.kind in kinds]
    if state.filters or state.focus:  # the facets and the focus narrow the rows to the view's entities
        view = {n.iri for n in data.whole_view(state).nodes}
        cells = [c for c in cells if c.subject in view]
    if not cells:
        st.info("No evidence links of the chosen kinds; pick other entity kinds in the sidebar filters.")
        return
    traits = {t.number: f"{t.number}. {t.label}" for t in data.traits(data.store_key())}
    rows = [{"subject": c.label, "iri": c.subject, "trait": traits.get(c.trait, str(c.trait)), "number": c.trait,
             "quotes": c.count, "link": c.relation} for c in cells]
    totals = data.kind_counts(data.store_key())
    shown = "; ".join(f"{len({c.subject for c in cells if c.kind == k})} of the {totals.get(k, 0)} "
                      f"{KIND_BY_KEY[k].plural.lower()}" for k in sorted(kinds))
    st.caption(f"Evidence quotes per trait ({shown} link to a trait; change kinds in the sidebar filters); "
               "blue cells are the paper's exceptions. Click a cell to read its quotes.")
    pick = alt.selection_point(fields=["iri", "number", "link"], name="cell")
    base = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("trait:N", sort=list(traits.values()), title=None, scale=alt.Scale(domain=list(traits.values())),
                axis=alt.Axis(labelAngle=-25, labelLimit=300, labelOverlap=False, orient="top")),
        y=alt.Y("subject:N", sort="ascending", title=None, axis=alt.Axis(labelLimit=300, labelOverlap=False)))
    heat = base.mark_rect(stroke="#ffffff").encode(
        color=alt.condition("datum.link == 'exceptionTo'", alt.value("#56B4E9"),
                            alt.Color("quotes:Q", scale=alt.Scale(scheme="oranges"), legend=None)),
        opacity=alt.condition(pick, alt.value(1), alt.value(0.55)),
        tooltip=["subject:N", "trait:N", "quotes:Q", "link:N"]).add_params(pick)
    text = base.mark_text(fontSize=11).encode(text="quotes:Q")
    chart = (heat + text).properties(height=max(240, 26 * len({r["subject"] for r in rows})))
    st.altair_chart(chart, on_select=_on_matrix, selection_mode="cell", key="matrix_chart", width="stretch")
    with st.expander("The matrix as a table (its text alternative)"):
        table: dict[str, dict[str, str]] = {}
        for r in sorted(rows, key=lambda r: r["subject"].casefold()):
            row = table.setdefault(r["subject"], {"": r["subject"]})
            row[r["trait"]] = f"{r['quotes']}" + (" (exception)" if r["link"] == "exceptionTo" else "")
        # st.table renders Markdown in its cells and headers: labels are escaped.
        st.table([{md_escape(k): md_escape(row.get(k, "")) for k in ["", *traits.values()]}
                  for row in table.values()])
    cell = _cell(state)
    if cell:
        _cell_dialog(cell, traits)


def _cell(state: ViewState) -> tuple[str, str, int] | None:
    """The matrix cell a link names: (subject, relation, trait number), if it is one."""
    if not state.edge or not state.edge[2].startswith(TRAIT):
        return None
    subject, relation, trait = state.edge
    number = trait[len(TRAIT):]
    if relation.rsplit("#", 1)[-1] not in ("illustrates", "exceptionTo") or not number.isdigit():
        return None
    return subject, relation, int(number)


def _cell_dialog(cell: tuple[str, str, int], traits: dict[int, str]) -> None:
    subject, relation, number = cell
    label = data.entity(subject).label

    @st.dialog(md_escape(f"{label} × {traits.get(number, number)}"), width="large",
               on_dismiss=lambda: update(edge=None))
    def show() -> None:
        evs = catalog.cell_evidence(data.store(), number, subject)
        st.caption(f"{len(evs)} quote(s) from the paper; the filters are unchanged. "
                   "Close this (or press the browser's Back button) to return to the table.")
        cites = {c.iri: c for c in data.entity(subject).citations}
        for ev in evs:
            evidence_block(ev, cites)
        st.button("Show this link in the graph", key="cell_graph", on_click=update,
                  kwargs={"view": "graph", "focus": (subject,), "edge": (subject, relation, trait_iri(number))})

    show()


def sources_tab(state: ViewState) -> None:
    entries = catalog.bibliography(data.store())
    st.caption(f"{len(entries)} sources: the paper and the works its footnotes cite, with what each supports.")
    for b in entries:
        c = b.citation
        head = f"**{md_escape(f'[{c.footnote}]')}** " if c.footnote else "**The paper:** "
        st.markdown(head + md_escape(format_citation(c)))
        if b.supports:
            cols = st.columns(min(4, len(b.supports)))
            for i, (iri, label) in enumerate(b.supports):
                cols[i % len(cols)].button(md_escape(label), key=f"src_{c.iri}_{iri}", on_click=update,
                                           kwargs={"view": "graph", "focus": (iri,), "selected": iri,
                                                   "edge": None})
        cols = st.columns([1, 4])
        cols[0].button("Its neighbourhood", key=f"srcn_{c.iri}", on_click=update,
                       kwargs={"view": "graph", "focus": (c.iri,), "selected": c.iri, "edge": None})
        st.divider()


def ontology_tab(state: ViewState) -> None:
    terms = catalog.ontology_terms(data.store())
    classes = [t for t in terms if t.kind == "class"]
    props = [t for t in terms if t.kind != "class"]
    st.caption("The project ontology (nkg:) with each term's documentation and how often the data uses it.")
    st.markdown(f"**{len(classes)} classes** (instances include those of sub-classes: a practice is an episode, "
                "a person an actor; *direct* counts only those typed with the class itself)")
    st.dataframe([{"class": compact(t.iri), "label": t.label, "instances": t.count, "direct": t.direct,
                   "comment": t.comment or ""} for t in classes], hide_index=True, width="stretch")
    st.markdown(f"**{len(props)} properties**")
    st.dataframe([{"property": compact(t.iri), "label": t.label, "kind": t.kind, "triples": t.count,
                   "domain": compact(t.domain) if t.domain else "", "range": compact(t.range) if t.range else "",
                   "comment": t.comment or ""} for t in props], hide_index=True, width="stretch")


def analytics_tab(state: ViewState) -> None:
    m = data.metrics(state)
    if not m.nodes:
        st.info("The current view is empty; change focus or filters.")
        return
    st.caption(f"Measures of the current view ({len(m.nodes)} entities): {m.communities} Louvain communities"
               + (f", modularity {m.modularity}" if m.modularity is not None else "")
               + ". Use “Node size” and “Node colour” in the sidebar to draw them on the graph.")
    st.dataframe([{"entity": n.label, "kind": n.kind, "degree": n.degree, "betweenness": n.betweenness,
                   "community": n.community} for n in m.nodes], hide_index=True, width="stretch")
