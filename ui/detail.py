"""The detail panel: one entity, or one link with its evidence."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from kg.cite import format_citation
from kg.errors import KGError
from kg.explore.viewstate import ViewState
from kg.kinds import KIND_BY_KEY
from kg.model import Citation, Entity, Evidence, Subgraph
from kg.namespaces import compact
from kg.store.store import WORKSPACE
from kg.text import md_escape
from ui import data
from ui.state import update
from ui.workspace import notes_on

__all__ = ["edge_panel", "entity_panel", "evidence_block", "upload_name", "yours"]

_TRAIT_LINKS = ("illustrates", "exceptionTo")


def upload_name(graph: str) -> str:
    """How the panel names an upload: the name of its graph (``graph/upload/<name>``)."""
    return graph.rsplit("/", 1)[-1]


def yours(graph: str) -> str:
    """Whose words: "your workspace" (kg.workspace) or "your upload NAME"."""
    return "your workspace" if graph.startswith(WORKSPACE) else f"your upload {upload_name(graph)}"


def evidence_block(ev: Evidence, citations: dict[str, Citation]) -> None:
    """A verbatim quote with its section and formatted sources; an upload's quote says it is the reader's."""
    st.markdown(f"> “{md_escape(ev.quote)}”")
    sources = [format_citation(citations[s]) if s in citations else compact(s) for s in ev.sources]
    where = f"Section: {md_escape(ev.section_title)} · Source: " + " | ".join(md_escape(s) for s in sources)
    if ev.upload:
        where = (f"Your workspace (your evidence, not the paper's), which cites: {where}"
                 if ev.upload.startswith(WORKSPACE) else
                 f"Your upload {md_escape(upload_name(ev.upload))}, which cites: {where}")
    st.caption(where)
    if ev.note:
        st.caption(f"Curators’ note: {md_escape(ev.note)}")


def _when(e: Entity) -> str | None:
    if not e.date_label:
        return None
    return f"{md_escape(e.date_label)} (precision: {md_escape(e.date_precision or 'unknown')})"


def entity_panel(iri: str, state: ViewState) -> None:
    try:
        e = data.entity(iri)
    except KGError as exc:
        st.error(md_escape(exc))
        return
    kind = KIND_BY_KEY.get(e.kind)
    st.subheader(md_escape(e.label), anchor=False)
    mine = ("" if not e.upload else " · your workspace, not the paper" if e.upload.startswith(WORKSPACE)
            else f" · your upload ({md_escape(upload_name(e.upload))})")
    st.caption(f"{kind.label if kind else 'Entity'}{mine} · {md_escape(compact(e.iri))}")
    when = _when(e)
    if when:
        st.markdown(f"**When:** {when}")
    for text in (e.summary, e.comment):
        if text:
            st.markdown(md_escape(text))
    if e.alt_labels:
        st.caption("Also: " + "; ".join(md_escape(a) for a in e.alt_labels))
    _actions(e, state)
    notes_on(e.iri)
    citations = {c.iri: c for c in e.citations}
    places = [l for l in e.links if l.predicate.endswith("#place") and l.outgoing]
    if places:
        st.markdown("**Where:** " + "; ".join(md_escape(p.other_label) for p in places))
    if e.participations:
        st.markdown("**Participants and roles**" if e.kind == "episode" else "**Took part in**")
        lines = []  # a list, not a table: long roles and names wrap instead of being cut
        for p in e.participations:
            who = p.agent_label if e.kind == "episode" else p.episode_label
            role = f" — {md_escape(p.role)}" if p.role else ""
            side = f" *(for {md_escape(p.side_label)})*" if p.side_label else ""
            lines.append(f"- **{md_escape(who)}**{role}{side}")
        st.markdown("\n".join(lines))
        st.caption("Roles in the paper's words.")
    trait_links = [l for l in e.links if l.predicate.rsplit("#", 1)[-1] in _TRAIT_LINKS]
    papers = [(l, [ev for ev in l.evidence if not ev.upload]) for l in trait_links]
    papers = [(l, evs) for l, evs in papers if evs or (not l.evidence and not e.upload)]
    mine_ = [(l, [ev for ev in l.evidence if ev.upload]) for l in trait_links]
    mine_ = [(l, evs) for l, evs in mine_ if evs or (not l.evidence and e.upload)]
    if papers:
        st.markdown("**Traits, in the paper's words**")
        _trait_links(papers, citations, "paper", _to_graph(state))
    if mine_:
        graphs = {ev.upload for _, evs in mine_ for ev in evs} | ({e.upload} if e.upload else set())
        names = sorted({upload_name(g) for g in graphs if not g.startswith(WORKSPACE)})
        if names:
            st.markdown(f"**Traits, in your upload's words** ({md_escape(', '.join(names))})")
        else:
            st.markdown("**Traits, in your workspace's words** (your evidence, not the paper's)")
        _trait_links(mine_, citations, "upload", _to_graph(state))
    _other_links(e, citations, _to_graph(state))
    if e.supplementary:
        st.markdown("**Supplementary facts** (not stated in the paper; added by the curators)")
        for note in e.supplementary:
            refs = [format_citation(citations[s]) if s in citations else compact(s) for s in note.sources]
            st.caption(f"{md_escape(compact(note.predicate))}: {md_escape(note.value)} — {md_escape(note.note)} "
                       f"Source: {' | '.join(md_escape(r) for r in refs)}")


def _trait_links(links: list, citations: dict[str, Citation], part: str, moves: dict) -> None:
    for link, evs in links:
        if link.outgoing:
            st.markdown(f"**{md_escape(link.predicate_label)} → {md_escape(link.other_label)}**")
        else:
            st.markdown(f"**{md_escape(link.other_label)}** ({KIND_BY_KEY[link.other_kind].label.lower()}) "
                        f"{md_escape(link.predicate_label)} this" if link.other_kind in KIND_BY_KEY else
                        f"**{md_escape(link.other_label)}** {md_escape(link.predicate_label)} this")
        for ev in evs:
            evidence_block(ev, citations)
        st.button(f"Focus on {md_escape(link.other_label)}", key=f"go_{part}_{link.other}_{link.predicate}",
                  on_click=update, kwargs={"focus": (link.other,), "selected": link.other, "edge": None, **moves})


def _to_graph(state: ViewState) -> dict:
    """What a Focus or Expand adds to the change: the argument map has no focus, so from there
    they open the graph around the entity (they used to change the URL and nothing visible)."""
    return {"view": "graph"} if state.view == "argument" else {}


def _actions(e: Entity, state: ViewState) -> None:
    cols = st.columns(2) + st.columns(2)  # two rows: the captions fit a narrow panel
    cols[0].button("Focus", key="act_focus", help="Show this entity's neighbourhood", width="stretch",
                   on_click=update, kwargs={"focus": (e.iri,), "selected": e.iri, "edge": None,
                                            "path_from": None, "path_to": None, **_to_graph(state)})
    cols[1].button("Expand", key="act_expand", help="Add its neighbours to the view", width="stretch",
                   on_click=update, kwargs={"focus": tuple(dict.fromkeys(state.focus + (e.iri,))),
                                            "selected": e.iri, **_to_graph(state)})
    cols[2].button("Path from here", key="act_from", width="stretch", on_click=update,
                   kwargs={"path_from": e.iri})
    cols[3].button("Path to here", key="act_to", width="stretch", on_click=update, kwargs={"path_to": e.iri})
    st.button("Read its passages in the paper", key="act_paper", width="stretch", on_click=update,
              help="The paper's text with the passages that are evidence for its links marked",
              kwargs={"view": "paper", "selected": e.iri, "edge": None})


def _other_links(e: Entity, citations: dict[str, Citation], moves: dict) -> None:
    groups: dict[str, list] = defaultdict(list)
    for link in e.links:
        if link.predicate.rsplit("#", 1)[-1] not in _TRAIT_LINKS:
            arrow = "→" if link.outgoing else "←"
            groups[f"{arrow} {link.predicate_label}"].append(link)
    if not groups:
        return
    st.markdown("**Links**")
    for name, links in sorted(groups.items()):
        with st.expander(f"{md_escape(name)} ({len(links)})"):
            for i, link in enumerate(links):
                cols = st.columns([4, 1])
                cols[0].markdown(f"**{md_escape(link.other_label)}** · {KIND_BY_KEY[link.other_kind].label.lower()}"
                                 if link.other_kind in KIND_BY_KEY else md_escape(link.other_label))
                cols[1].button("Focus", key=f"lf_{name}_{i}", on_click=update,
                               kwargs={"focus": (link.other,), "selected": link.other, "edge": None, **moves})
                for ev in link.evidence:
                    evidence_block(ev, citations)


def edge_panel(edge_key: tuple[str, str, str], sg: Subgraph) -> None:
    edge = next((e for e in sg.edges if e.key == edge_key), None)
    if edge is None:
        st.info("That link is not in the current view. Change the focus or filters to see it.")
        return
    labels = {n.iri: n.label for n in sg.nodes}
    st.subheader(md_escape(f"{labels[edge.source]} — {edge.label} — {labels[edge.target]}"), anchor=False)
    if edge.inferred:
        st.info(f"Inferred link, not stated in the data. Rule: {md_escape(edge.rule or '')}")
        return
    citations = {c.iri: c for c in sg.citations}
    papers = [ev for ev in edge.evidence if not ev.upload]
    mine = [ev for ev in edge.evidence if ev.upload]
    if papers or not mine:
        st.caption(f"{len(papers)} evidence passage(s) from the paper")
    for ev in papers:
        evidence_block(ev, citations)
    uploads = [ev for ev in mine if not ev.upload.startswith(WORKSPACE)]
    if uploads:
        names = ", ".join(sorted({upload_name(ev.upload) for ev in uploads}))
        st.caption(f"{len(uploads)} evidence passage(s) from your upload ({md_escape(names)})")
    for ev in uploads:
        evidence_block(ev, citations)
    workspace = [ev for ev in mine if ev.upload.startswith(WORKSPACE)]
    if workspace:
        st.caption(f"{len(workspace)} evidence passage(s) from your workspace: your sources, not the paper")
    for ev in workspace:
        evidence_block(ev, citations)
    notes_on(edge.key)
    if papers:
        st.button("Read in the paper", key="edge_paper", on_click=update, kwargs={"view": "paper"},
                  help="The paper's text with this link's passages marked")
    cols = st.columns(2)
    for col, end in zip(cols, (edge.source, edge.target)):
        col.button(f"Open {md_escape(labels[end])}", on_click=update, kwargs={"selected": end, "edge": None})
