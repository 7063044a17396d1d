"""Two views side by side: what is only in A, only in B, and in both.

:func:`compare` takes two Subgraphs (any two views, or a view and the researcher's workspace,
:func:`workspace_view`) and returns their union — one Subgraph to draw and export — with the
entities and links split three ways. The URL names a comparison as ``view=compare&a=…&b=…``,
each side a view in the URL's own syntax (``focus=episode:valdai-2014&hops=2``) or
``workspace`` (:data:`WORKSPACE_SIDE`).

>>> from kg.model import Node, Subgraph
>>> a = Subgraph((Node("x", "X", "episode"), Node("y", "Y", "trait")), ())
>>> b = Subgraph((Node("y", "Y", "trait"), Node("z", "Z", "actor")), ())
>>> c = compare(a, b)
>>> sorted(c.only_a.nodes), sorted(c.both.nodes), sorted(c.only_b.nodes), len(c.union.nodes)
(['x'], ['y'], ['z'], 3)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kg.explore.neighbourhood import build
from kg.kinds import KIND_BY_KEY
from kg.model import Edge, Subgraph
from kg.store.store import Store

__all__ = ["SIDES", "WORKSPACE_SIDE", "Comparison", "Difference", "Part", "compare", "workspace_view"]

#: The three groups, in the order legends and tables list them.
SIDES: tuple[str, ...] = ("a", "b", "both")
#: The value of ``a`` or ``b`` in a comparison's URL that names the researcher's workspace.
WORKSPACE_SIDE = "workspace"

Side = Literal["a", "b", "both"]
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Part:
    """One group of a comparison: entity IRIs and link keys (subject, predicate, object)."""

    nodes: frozenset[str]
    edges: frozenset[Key]


@dataclass(frozen=True)
class Difference:
    """One row of a comparison's table: an entity or a link, where it is, and its evidence."""

    what: str  # "entity" or "link"
    label: str  # an entity's label; a link as "From — relation — To"
    kind: str  # an entity's kind (its label, e.g. "Episode"); a link's relation
    side: Side
    evidence: int  # quotes behind the link; for an entity, behind its links in the comparison
    iri: str  # an entity's IRI; a link's key joined with "|" (as the URL's edge parameter)


@dataclass(frozen=True)
class Comparison:
    """The union of two views and its three groups (:func:`compare`)."""

    a: Subgraph
    b: Subgraph
    union: Subgraph
    only_a: Part
    only_b: Part
    both: Part

    def side(self, item: str | Key) -> Side | None:
        """Where an entity (its IRI) or a link (its key) is: ``"a"``, ``"b"``, ``"both"`` or None."""
        field = "edges" if isinstance(item, tuple) else "nodes"
        for name, part in (("a", self.only_a), ("b", self.only_b), ("both", self.both)):
            if item in getattr(part, field):
                return name  # type: ignore[return-value]
        return None

    def sides(self) -> dict[str, Side]:
        """Each entity's IRI and each link's id (``subject|predicate|object``, as drawn) to its group."""
        out: dict[str, Side] = {}
        for name, part in (("a", self.only_a), ("b", self.only_b), ("both", self.both)):
            out.update({iri: name for iri in part.nodes})
            out.update({"|".join(key): name for key in part.edges})
        return out  # type: ignore[return-value]

    def counts(self) -> dict[str, tuple[int, int]]:
        """(entities, links) per group and for the union."""
        return {"a": (len(self.only_a.nodes), len(self.only_a.edges)),
                "b": (len(self.only_b.nodes), len(self.only_b.edges)),
                "both": (len(self.both.nodes), len(self.both.edges)),
                "union": (len(self.union.nodes), len(self.union.edges))}

    def differences(self, *, include_both: bool = False) -> list[Difference]:
        """The table of what differs (with ``include_both``, every row): entities first, then links."""
        labels = {n.iri: n.label for n in self.union.nodes}
        quotes: dict[str, int] = {}
        for e in self.union.edges:
            for end in (e.source, e.target):
                quotes[end] = quotes.get(end, 0) + len(e.evidence)
        rows = [Difference("entity", n.label, KIND_BY_KEY[n.kind].label, side, quotes.get(n.iri, 0), n.iri)
                for n in self.union.nodes if (side := self.side(n.iri)) and (include_both or side != "both")]
        rows += [Difference("link", f"{labels.get(e.source, e.source)} — {e.label} — {labels.get(e.target, e.target)}",
                            e.label, side, len(e.evidence), "|".join(e.key))
                 for e in self.union.edges if (side := self.side(e.key)) and (include_both or side != "both")]
        order = {s: i for i, s in enumerate(SIDES)}
        return sorted(rows, key=lambda r: (r.what != "entity", order[r.side], r.label.casefold()))


def _merged(x: Edge, y: Edge) -> Edge:
    """One link drawn in both views: its evidence from both (a view may carry none yet: lazy)."""
    seen = {ev.iri: ev for ev in x.evidence}
    for ev in y.evidence:
        seen.setdefault(ev.iri, ev)
    return Edge(x.source, x.target, x.predicate, x.label, tuple(seen.values()), x.inferred and y.inferred,
                x.rule or y.rule)


def compare(a: Subgraph, b: Subgraph) -> Comparison:
    """The union of ``a`` and ``b`` with what is only in A, only in B and in both.

    Entities are matched by IRI, links by (subject, predicate, object); a link in both views
    carries the evidence of both. The union's focus is A's then B's.
    """
    a_nodes, b_nodes = {n.iri for n in a.nodes}, {n.iri for n in b.nodes}
    a_edges, b_edges = {e.key: e for e in a.edges}, {e.key: e for e in b.edges}
    nodes = {n.iri: n for n in b.nodes} | {n.iri: n for n in a.nodes}
    edges = {**b_edges, **a_edges}
    for key in a_edges.keys() & b_edges.keys():
        edges[key] = _merged(a_edges[key], b_edges[key])
    citations = {c.iri: c for c in b.citations} | {c.iri: c for c in a.citations}
    union = Subgraph(tuple(sorted(nodes.values(), key=lambda n: (n.kind, n.label.casefold(), n.iri))),
                     tuple(edges[k] for k in sorted(edges)), tuple(citations.values()),
                     tuple(dict.fromkeys(a.focus + b.focus)), highlight=a.highlight | b.highlight,
                     lazy=a.lazy or b.lazy)
    return Comparison(a, b, union,
                      Part(frozenset(a_nodes - b_nodes), frozenset(a_edges.keys() - b_edges.keys())),
                      Part(frozenset(b_nodes - a_nodes), frozenset(b_edges.keys() - a_edges.keys())),
                      Part(frozenset(a_nodes & b_nodes), frozenset(a_edges.keys() & b_edges.keys())))


def workspace_view(store: Store, *, evidence: bool = True) -> Subgraph:
    """The researcher's workspace as a view: the links it states (only it: not the paper, not an
    upload) and their ends, read from the store's workspace graphs (empty when none is shown).

    >>> from kg.store.store import open_store
    >>> workspace_view(open_store()).nodes
    ()
    """
    links = store.link_properties
    keys = {(str(r["s"]), str(r["p"]), str(r["o"])) for r in store.select("workspace_triples")
            if str(r["p"]) in links}
    if not keys:
        return Subgraph((), ())
    ends = {k[0] for k in keys} | {k[2] for k in keys}
    return build(store, ends, keys, focus=[], evidence=evidence)
