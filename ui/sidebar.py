"""The sidebar: search, focus and depth, filters, paths, display options, reset."""

from __future__ import annotations

import streamlit as st

from kg.errors import AmbiguousName, KGError, NotFound
from kg.explore import catalog
from kg.explore.filters import trait_iri
from kg.explore.search import candidates, resolve, search
from kg.explore.viewstate import ViewState
from kg.kinds import KIND_BY_KEY, KINDS
from kg.namespaces import expand_curie
from kg.text import md_escape
from ui import data
from ui.facet_panel import count_label, counted_multiselect, facet_counts, facet_select, period_counts
from ui.state import go, reset, silent, update
from ui.story import add_to_story
from ui.upload import upload_panel
from ui.workspace import workspace_toggle

__all__ = ["sidebar", "FILTERS_KEY", "PATH_KEY", "DISPLAY_KEY", "SECTIONS"]

#: The sidebar's sections (expanders; ``st.session_state[key]`` is True while one is open). A
#: closed section sends nothing: the page draws the graph sooner (issue 17).
FILTERS_KEY, PATH_KEY, DISPLAY_KEY = "w_open_filters", "w_open_path", "w_open_display"
SECTIONS = (FILTERS_KEY, PATH_KEY, DISPLAY_KEY)


def _set(key: str, value) -> None:
    """Make a widget show the URL's value (before the widget is created)."""
    st.session_state[key] = value


@st.cache_data(show_spinner=False)
def _choices(key: str) -> tuple[list, list, tuple[int, int]]:
    store = data.store()
    traits = [(t.number, f"{t.number}. {t.label}") for t in catalog.traits(store)]
    sources = [(b.citation.iri, (f"fn {b.citation.footnote}: " if b.citation.footnote else "") + b.citation.title)
               for b in catalog.bibliography(store)]
    years = [y for e in catalog.episodes(store) for y in (e.start, e.end) if y is not None]
    return traits, sources, (min(years, default=1900), max(years, default=2025))


def sidebar(state: ViewState) -> None:
    with st.sidebar:
        st.markdown("### Russian negotiating style\nA knowledge graph of Søndergaard, *Russian negotiating "
                    "style. When does the West learn?* (European Policy Centre, 3 November 2025)")
        _search()
        _focus(state)
        _filters(state)
        _path(state)
        _options(state)
        upload_panel()
        workspace_toggle()
        add_to_story(state)
        st.button("Reset view", on_click=reset, width="stretch", help="Back to the overview of the seven traits")
        store = data.store()
        st.caption(f"Store: {md_escape(store.backend.name)}")


def _search() -> None:
    text = st.text_input("Find an entity", key="w_search", placeholder="e.g. Valdai, Lavrov, maskirovka",
                         help="Case- and accent-insensitive; partial names work (also Cyrillic).")
    if not text.strip():
        return
    try:
        hits = search(data.store(), text, limit=12)
    except KGError as exc:
        st.error(md_escape(exc))
        return
    if not hits:
        st.info(f"Nothing is named like “{md_escape(text)}”. Try a shorter part of the name.")
    for i, hit in enumerate(hits):
        mine = " · your upload" if hit.iri in data.store().uploaded else ""
        st.button(f"{md_escape(hit.label)} · {KIND_BY_KEY[hit.kind].label.lower()}{mine}", key=f"hit_{i}",
                  width="stretch", on_click=update, kwargs={"focus": (hit.iri,), "selected": hit.iri, "edge": None,
                                           "view": "graph", "path_from": None, "path_to": None})


def _focus(state: ViewState) -> None:
    if not state.focus:
        st.caption("Overview: the seven traits and everything linked to them. Search or click a node to focus.")
        return
    labels = [data.entity(f).label for f in state.focus]
    st.markdown("**Focus:** " + "; ".join(md_escape(x) for x in labels))
    _set("w_hops", state.hops)
    st.slider("Hops around the focus", 0, 3, key="w_hops",
              on_change=lambda: update(hops=st.session_state["w_hops"]))
    st.button("Clear focus (overview)", on_click=update, kwargs={"focus": (), "hops": 1})


def _section(label: str, key: str, *, in_use: bool):
    """An expander that opens when its setting is in use and then stays as the reader leaves it
    (its state lives in the session: clearing the last filter does not fold it away)."""
    if in_use and key not in st.session_state:
        st.session_state[key] = True
    return st.expander(label, key=key, on_change="rerun")


def _filters(state: ViewState) -> None:
    traits, sources, (lo, hi) = _choices(data.store_key())
    trait_names, source_names = dict(traits), dict(sources)
    box = _section("Filters", FILTERS_KEY, in_use=bool(state.filters))
    with box:
        if not box.open:  # filled when open: a closed section costs the page nothing to draw
            return
        st.caption("Each value says how many entities of the current view hold it; choosing values "
                   "narrows every view.")
        counts = facet_counts(state)
        kind_names = {k.key: k.plural for k in KINDS}
        _set("w_kinds", sorted(state.kinds))
        counted_multiselect("Entity kinds", [k.key for k in KINDS], "w_kinds",
                            lambda k: count_label(counts.get("kind"), k, kind_names[k]), _kinds_changed)
        _set("w_traits", sorted(state.traits))
        counted_multiselect("Traits", [n for n, _ in traits], "w_traits",
                            lambda n: count_label(counts.get("trait"), trait_iri(n), trait_names[n]),
                            lambda values: update(traits=frozenset(values)))
        _unknown(counts.get("trait"), "link to no trait directly")
        facet_select(state, counts["actor"], "actors", "w_actors", "Actor")
        facet_select(state, counts["place"], "places", "w_places", "Place")
        _period(state, lo, hi)
        period_counts(counts.get("period"))
        facet_select(state, counts["precision"], "precisions", "w_precisions", "Date precision")
        _set("w_sources", sorted(s for s in state.sources if s in source_names))
        counted_multiselect("Cited sources", [s for s, _ in sources], "w_sources",
                            lambda s: count_label(counts.get("source"), s, source_names[s]),
                            lambda values: update(sources=frozenset(values)))
        _unknown(counts.get("source"), "have no evidence citing a source")
        facet_select(state, counts["claim"], "claims", "w_claims", "Claim")


def _unknown(facet, words: str) -> None:
    if facet is not None and facet.unknown:
        st.caption(f"Unknown: {facet.unknown} of the view's {facet.described} entities {words}.")


def _kinds_changed(values: list[str]) -> None:
    chosen = frozenset(values)
    update(kinds=frozenset() if chosen == set(KIND_BY_KEY) else chosen)  # every kind is no filter


def _period(state: ViewState, lo: int, hi: int) -> None:
    """The period as two year fields; the URL changes only when they narrow the data's span."""
    if state.years:
        _set("w_period", True)
    st.checkbox("Limit to a period", key="w_period",
                on_change=lambda: None if st.session_state["w_period"] else update(years=None))
    if not st.session_state.get("w_period"):
        return
    first, last = state.years or (lo, hi)
    _set("w_year_from", max(lo, min(first, hi)))
    _set("w_year_to", max(lo, min(last, hi)))
    cols = st.columns(2)
    cols[0].number_input("From year", lo, hi, step=1, key="w_year_from", on_change=_years_changed,
                         args=("from", lo, hi))
    cols[1].number_input("To year", lo, hi, step=1, key="w_year_to", on_change=_years_changed,
                         args=("to", lo, hi))
    st.caption(f"The dated episodes span {lo}–{hi}.")


def _years_changed(moved: str, lo: int, hi: int) -> None:
    first, last = int(st.session_state["w_year_from"]), int(st.session_state["w_year_to"])
    if first > last:  # the field just set wins; the other follows it
        first, last = (first, first) if moved == "from" else (last, last)
    update(years=None if (first, last) == (lo, hi) else (first, last))


@st.cache_data(max_entries=64, show_spinner=False)
def _candidates(key: str, text: str) -> list[tuple[str, str]]:
    """(IRI, "label · kind") of every entity a typed endpoint may mean; a CURIE or IRI means one."""
    text = text.strip()
    if not text:
        return []
    store = data.store()
    if expand_curie(text) is not None:
        iri = resolve(store, text)
        return [(iri, f"{data.entity(iri).label} · {_kind(data.entity(iri).kind)}")]
    mine = store.uploaded
    return [(h.iri, f"{h.label} · {_kind(h.kind)}" + (" · your upload" if h.iri in mine else ""))
            for h in candidates(store, text, limit=8)]


def _kind(key: str) -> str:
    return KIND_BY_KEY[key].label.lower() if key in KIND_BY_KEY else "entity"


def _endpoint(role: str, key: str) -> str:
    """The one entity an endpoint names: its only candidate or the reader's pick."""
    text = st.session_state.get(key, "")
    found = _candidates(data.store_key(), text)
    if not found:
        raise NotFound(f"{role}: nothing is named like “{text.strip()}”; try a shorter part of the name."
                       if text.strip() else f"{role}: type a name or a CURIE.")
    if len(found) == 1:
        return found[0][0]
    picked = st.session_state.get(f"{key}_pick")
    if picked not in dict(found):
        raise AmbiguousName(text, found) from None
    return picked


def _find_paths() -> None:
    try:
        start = _endpoint("From", "w_from")
        end = _endpoint("To", "w_to")
        go(silent().with_(path_from=start, path_to=end, view="graph", edge=None))
    except AmbiguousName as exc:
        st.session_state["_kg_error"] = (f"“{exc.text.strip()}” fits {len(exc.candidates)} entities: "
                                         "pick the one you mean under the name.")
    except KGError as exc:
        st.session_state["_kg_error"] = str(exc)


def _endpoint_field(label: str, key: str, chosen: str | None) -> None:
    """A name field; when the name fits several entities, the reader picks one (with its kind)."""
    if chosen and key not in st.session_state:
        _set(key, data.entity(chosen).label)
    st.text_input(label, key=key, placeholder="name or CURIE")
    try:
        found = dict(_candidates(data.store_key(), st.session_state.get(key, "")))
    except KGError:
        return  # said when the reader asks for paths
    pick = f"{key}_pick"
    if len(found) < 2:
        st.session_state.pop(pick, None)
        return
    if st.session_state.get(pick) not in found:
        st.session_state[pick] = chosen if chosen in found else None
    # options are shown as plain text (not Markdown), so labels need no escaping here
    st.selectbox(f"{label}: which one?", list(found), key=pick, format_func=found.get,
                 placeholder=f"{len(found)} entities fit; pick one")


def _path(state: ViewState) -> None:
    box = _section("Path from A to B", PATH_KEY, in_use=bool(state.path_from or state.path_to))
    with box:
        if not box.open:
            return
        _endpoint_field("From", "w_from", state.path_from)
        _endpoint_field("To", "w_to", state.path_to)
        cols = st.columns([3, 2])  # room for the whole caption in the narrow sidebar
        cols[0].button("Find paths", key="w_find_paths", on_click=_find_paths, width="stretch")
        cols[1].button("Clear", key="w_path_clear", on_click=update, kwargs={"path_from": None, "path_to": None},
                       width="stretch")


def _options(state: ViewState) -> None:
    box = _section("Display", DISPLAY_KEY, in_use=False)
    with box:
        if not box.open:
            return
        _set("w_infer", state.inferred)
        st.toggle("Add OWL-RL inferences", key="w_infer", help="Inferred links are drawn dashed grey; click "
                  "one to see the rule. They are never mixed silently into exports.",
                  on_change=lambda: update(inferred=st.session_state["w_infer"]))
        _set("w_linked", state.layout == "linked")
        st.toggle("Graph, timeline and map side by side", key="w_linked",
                  help="The linked layout: a period brushed on the timeline filters the graph and the map, a node "
                       "selected in the graph is outlined on the timeline and the map, a place clicked on the map "
                       "selects its episodes (layout=linked in the URL).",
                  on_change=lambda: update(layout="linked" if st.session_state["w_linked"] else "tabs"))
        _set("w_size", state.size_by)
        st.selectbox("Node size", ["none", "degree", "betweenness"], key="w_size",
                     on_change=lambda: update(size_by=st.session_state["w_size"]))
        _set("w_colour", state.colour_by)
        st.selectbox("Node colour", ["kind", "community"], key="w_colour",
                     on_change=lambda: update(colour_by=st.session_state["w_colour"]))
        _set("w_max", state.max_nodes)
        st.number_input("Most nodes drawn", 10, 5000, step=50, key="w_max",
                        on_change=lambda: update(max_nodes=int(st.session_state["w_max"])))
