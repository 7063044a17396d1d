"""One view of the explorer as an immutable value that round-trips through a URL.

The app reads it from ``st.query_params``, the CLI from its options and the
export manifest stores it, so a link, a command and a manifest all name the
same view. Defaults are omitted, lists are sorted and IRIs are written as
CURIEs, so every view has exactly one canonical URL.

>>> v = ViewState(focus=("episode:valdai-2014",), hops=2, traits=frozenset({6}))
>>> v.to_params()
{'focus': 'episode:valdai-2014', 'hops': '2', 'trait': '6'}
>>> ViewState.from_params(v.to_params()) == v
True
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping
from urllib.parse import parse_qsl, urlencode

from kg.errors import KGError
from kg.explore.filters import PRECISIONS, UNKNOWN, Filters
from kg.explore.neighbourhood import MAX_HOPS
from kg.kinds import KIND_BY_KEY
from kg.namespaces import compact, expand_curie

__all__ = ["ViewState", "VIEWS", "PARAMS", "DEFAULT_MAX_NODES", "view_side"]

VIEWS = ("graph", "timeline", "map", "matrix", "table", "argument", "sources", "query", "ontology", "analytics",
         "paper", "workspace", "compare")
DEFAULT_MAX_NODES = 300
SIZE_BY = ("none", "degree", "betweenness")
COLOUR_BY = ("kind", "community")
GROUP_BY = ("none", "kind", "community")
LAYOUTS = ("tabs", "linked")

#: URL parameter -> what it holds (the README's table is generated from this).
PARAMS: dict[str, str] = {
    "view": f"which tab: {', '.join(VIEWS)} (default graph)",
    "focus": "comma-separated entities (CURIEs such as episode:valdai-2014, or IRIs); empty = overview",
    "hops": f"neighbourhood depth 0–{MAX_HOPS} around the focus (default 1)",
    "kind": f"comma-separated entity kinds to keep: {', '.join(KIND_BY_KEY)}",
    "trait": "comma-separated trait numbers (1–7) to keep",
    "years": "period to keep, FIRST-LAST (e.g. 2014-2025); episodes outside it are hidden",
    "source": "comma-separated sources (CURIEs) whose evidence links to keep",
    "actor": f"comma-separated actors (CURIEs) whose episodes to keep, or {UNKNOWN} (episodes naming no actor)",
    "place": f"comma-separated places (CURIEs) whose episodes to keep, or {UNKNOWN} (episodes with no place)",
    "precision": f"comma-separated date precisions of the episodes to keep: {', '.join(PRECISIONS)}, {UNKNOWN}",
    "claim": f"comma-separated claims (CURIEs): keep what bears on them, or {UNKNOWN} (what bears on none)",
    "sel": "the selected entity, shown in the detail panel (and highlighted on the timeline)",
    "edge": "the selected link as SUBJECT|PREDICATE|OBJECT (CURIEs), its evidence shown (matrix: the cell's quotes)",
    "path_from": "start of a shortest-path search",
    "path_to": "end of a shortest-path search",
    "q": "SPARQL text in the Query tab",
    "infer": "1 = add RDFS/OWL-RL inferences, drawn dashed (default 0)",
    "size": f"node size by {', '.join(SIZE_BY)} (default none)",
    "colour": f"node colour by {', '.join(COLOUR_BY)} (default kind)",
    "max_nodes": f"most nodes sent to the browser (default {DEFAULT_MAX_NODES})",
    "page": "which page of a view larger than max_nodes: 2 = the next best-connected entities (default 1)",
    "group": f"summarise a large view into one node per {' or '.join(GROUP_BY[1:])} (default none)",
    "layout": "linked = the graph beside the timeline and the map in the Graph tab on a wide window (default tabs)",
    "a": "view=compare: the first view, URL-encoded in the URL's own syntax (focus=episode:valdai-2014&hops=2), "
         "or workspace",
    "b": "view=compare: the second view, as a",
}
#: What a compared view keeps of its parameters: those that decide its Subgraph.
_SUBGRAPH_ONLY = {"selected": None, "edge": None, "query": None, "size_by": "none",
                  "colour_by": "kind", "layout": "tabs", "a": None, "b": None}


def _iri(text: str) -> str:
    iri = expand_curie(text)
    if iri is None:
        raise KGError(f"{text!r} is not an IRI or a known CURIE (e.g. episode:valdai-2014).")
    return iri


def _ints(text: str, name: str) -> frozenset[int]:
    try:
        return frozenset(int(t) for t in text.split(",") if t.strip())
    except ValueError:
        raise KGError(f"URL parameter {name}={text!r}: expected comma-separated numbers.") from None


def view_side(text: str | None, *, where: str) -> str | None:
    """One side of a comparison in canonical form: the view's query (only what decides its
    Subgraph, as its permalink writes it), or ``workspace``; a bad side is refused with a
    sentence that starts with ``where`` (the URL parameter, or the command line's argument).

    >>> view_side("?hops=2&focus=episode:valdai-2014&sel=trait:6", where="VIEW_A")
    'focus=episode:valdai-2014&hops=2'
    >>> view_side("hops=9", where="VIEW_A 'hops=9'")
    Traceback (most recent call last):
    kg.errors.KGError: VIEW_A 'hops=9' is not a view: hops must be between 0 and 3; got 9.
    """
    text = (text or "").strip().lstrip("?")
    if not text or text == "workspace":
        return text or None
    try:
        params = dict(parse_qsl(text, keep_blank_values=True, strict_parsing=True))
    except ValueError:
        raise KGError(f"{where} is not a view: expected a permalink's parameters, "
                      "NAME=VALUE joined by &, e.g. focus=episode:valdai-2014&hops=2, or workspace.") from None
    if params.get("view") == "compare":
        raise KGError(f"{where} is not a view to compare: it is a comparison itself.")
    if not params.keys() & PARAMS.keys():
        raise KGError(f"{where} is not a view: it names none of a view's parameters ({', '.join(PARAMS)}).")
    try:
        view = ViewState.from_params(params)
        view = view.with_(**_SUBGRAPH_ONLY, view="argument" if view.view == "argument" else "graph")
    except KGError as exc:
        raise KGError(f"{where} is not a view: {exc}") from None
    return urlencode(view.to_params(), safe=":,|/") or "view=graph"  # the overview


@dataclass(frozen=True)
class ViewState:
    """One view of the explorer, as its URL says it (README, *Permalinks*): :meth:`from_params`
    reads URL parameters, :meth:`to_params` writes the canonical ones (defaults left out).

    ``view`` is the tab; ``focus``, ``hops``, ``kinds``, ``traits``, ``years``, ``sources``,
    ``path_from``/``path_to``, ``inferred``, ``max_nodes``, ``page`` and ``group`` decide the
    Subgraph (:func:`kg.explore.views.subgraph_for`); ``selected`` (an entity) and ``edge`` (a
    link's key) what the detail panel shows; ``query`` the Query tab's SPARQL; ``size_by`` and
    ``colour_by`` how nodes are drawn.
    """

    view: str = "graph"
    focus: tuple[str, ...] = ()
    hops: int = 1
    kinds: frozenset[str] = field(default_factory=frozenset)
    traits: frozenset[int] = field(default_factory=frozenset)
    years: tuple[int, int] | None = None
    sources: frozenset[str] = field(default_factory=frozenset)
    actors: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    precisions: frozenset[str] = field(default_factory=frozenset)
    claims: frozenset[str] = field(default_factory=frozenset)
    selected: str | None = None
    edge: tuple[str, str, str] | None = None
    path_from: str | None = None
    path_to: str | None = None
    query: str | None = None
    inferred: bool = False
    size_by: str = "none"
    colour_by: str = "kind"
    max_nodes: int = DEFAULT_MAX_NODES
    page: int = 1
    group: str = "none"
    layout: str = "tabs"
    a: str | None = None
    b: str | None = None

    def __post_init__(self) -> None:
        norm = lambda v: _iri(v) if v else v  # noqa: E731
        object.__setattr__(self, "focus", tuple(dict.fromkeys(_iri(f) for f in self.focus)))
        object.__setattr__(self, "sources", frozenset(_iri(s) for s in self.sources))
        for name in ("actors", "places", "claims"):
            object.__setattr__(self, name, frozenset(v if v == UNKNOWN else _iri(v) for v in getattr(self, name)))
        for name in ("selected", "path_from", "path_to"):
            object.__setattr__(self, name, norm(getattr(self, name)))
        if self.edge is not None:
            object.__setattr__(self, "edge", tuple(_iri(x) for x in self.edge))
        if self.view not in VIEWS:
            raise KGError(f"Unknown view {self.view!r}; use one of {', '.join(VIEWS)}.")
        if not 0 <= self.hops <= MAX_HOPS:
            raise KGError(f"hops must be between 0 and {MAX_HOPS}; got {self.hops}.")
        if self.size_by not in SIZE_BY or self.colour_by not in COLOUR_BY:
            raise KGError(f"size must be one of {SIZE_BY} and colour one of {COLOUR_BY}.")
        if not 1 <= self.max_nodes <= 100_000:
            raise KGError(f"max_nodes must be between 1 and 100000; got {self.max_nodes}.")
        if self.page < 1:
            raise KGError(f"page must be 1 or more; got {self.page}.")
        if self.group not in GROUP_BY:
            raise KGError(f"Unknown grouping {self.group!r}; use one of {', '.join(GROUP_BY)}.")
        if self.layout not in LAYOUTS:
            raise KGError(f"Unknown layout {self.layout!r}; use one of {', '.join(LAYOUTS)}.")
        for name in ("a", "b"):
            text = (getattr(self, name) or "").strip().lstrip("?")
            object.__setattr__(self, name, view_side(text, where=f"URL parameter {name}={text!r}"))
        self.filters  # validates kinds, traits and years

    @property
    def filters(self) -> Filters:
        return Filters(self.kinds, self.traits, self.years, self.sources, self.actors, self.places,
                       self.precisions, self.claims)

    def entities(self) -> list[tuple[str, str]]:
        """(URL parameter, IRI) of every entity the view names, to check that the store holds them.

        >>> ViewState(focus=("episode:valdai-2014",), path_from="trait:6", path_to="trait:2").entities()[0]
        ('focus', 'https://w3id.org/negkg/id/episode/valdai-2014')
        """
        named = [("focus", f) for f in self.focus] + [("source", s) for s in sorted(self.sources)]
        named += [(name, iri) for name, chosen in (("actor", self.actors), ("place", self.places),
                                                   ("claim", self.claims)) for iri in sorted(chosen) if iri != UNKNOWN]
        named += [(name, iri) for name, iri in (("sel", self.selected), ("path_from", self.path_from),
                                                ("path_to", self.path_to)) if iri]
        if self.edge:
            named += [("edge", self.edge[0]), ("edge", self.edge[2])]
        return named

    def with_(self, **changes) -> "ViewState":
        return replace(self, **changes)

    # -- URL --------------------------------------------------------------
    def to_params(self) -> dict[str, str]:
        """Canonical URL parameters: defaults left out, lists sorted, CURIEs."""
        c = compact
        out = {
            "view": self.view,
            "focus": ",".join(c(f) for f in self.focus),
            "hops": str(self.hops),
            "kind": ",".join(sorted(self.kinds)),
            "trait": ",".join(str(t) for t in sorted(self.traits)),
            "years": f"{self.years[0]}-{self.years[1]}" if self.years else "",
            "source": ",".join(sorted(c(s) for s in self.sources)),
            "actor": ",".join(sorted(c(s) for s in self.actors)),
            "place": ",".join(sorted(c(s) for s in self.places)),
            "precision": ",".join(sorted(self.precisions)),
            "claim": ",".join(sorted(c(s) for s in self.claims)),
            "sel": c(self.selected) if self.selected else "",
            "edge": "|".join(c(x) for x in self.edge) if self.edge else "",
            "path_from": c(self.path_from) if self.path_from else "",
            "path_to": c(self.path_to) if self.path_to else "",
            "q": self.query or "",
            "infer": "1" if self.inferred else "0",
            "size": self.size_by,
            "colour": self.colour_by,
            "max_nodes": str(self.max_nodes),
            "page": str(self.page),
            "group": self.group,
            "layout": self.layout,
            "a": self.a or "",
            "b": self.b or "",
        }
        defaults = ViewState()._raw()
        return {k: v for k, v in out.items() if v != defaults[k]}

    def _raw(self) -> dict[str, str]:
        return {"view": "graph", "focus": "", "hops": "1", "kind": "", "trait": "", "years": "",
                "source": "", "actor": "", "place": "", "precision": "", "claim": "", "sel": "", "edge": "", "path_from": "", "path_to": "", "q": "",
                "infer": "0", "size": "none", "colour": "kind", "max_nodes": str(DEFAULT_MAX_NODES),
                "page": "1", "group": "none", "layout": "tabs", "a": "", "b": ""}

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> "ViewState":
        """Parse URL parameters; unknown parameters are ignored, bad values raise KGError."""
        get = lambda k: (params.get(k) or "").strip()  # noqa: E731
        split = lambda k: tuple(x.strip() for x in get(k).split(",") if x.strip())  # noqa: E731
        years = None
        if get("years"):
            try:
                first, last = (int(x) for x in get("years").split("-", 1))
            except ValueError:
                raise KGError(f"URL parameter years={get('years')!r}: expected FIRST-LAST, e.g. 2014-2025.") from None
            years = (first, last)
        edge = tuple(get("edge").split("|")) if get("edge") else None
        if edge is not None and len(edge) != 3:
            raise KGError("URL parameter edge: expected SUBJECT|PREDICATE|OBJECT.")
        numbers = {}
        for name, default in (("hops", 1), ("max_nodes", DEFAULT_MAX_NODES), ("page", 1)):
            try:
                numbers[name] = int(get(name) or default)
            except ValueError:
                raise KGError(f"URL parameter {name}={get(name)!r}: expected a whole number.") from None
        hops, max_nodes, page = numbers["hops"], numbers["max_nodes"], numbers["page"]
        if get("infer") not in ("", "0", "1"):
            raise KGError(f"URL parameter infer={get('infer')!r}: expected 1 (add inferences) or 0.")
        return cls(
            view=get("view") or "graph", focus=split("focus"), hops=hops,
            kinds=frozenset(split("kind")), traits=_ints(get("trait"), "trait"), years=years,
            sources=frozenset(split("source")), actors=frozenset(split("actor")), places=frozenset(split("place")),
            precisions=frozenset(split("precision")), claims=frozenset(split("claim")), selected=get("sel") or None, edge=edge,
            path_from=get("path_from") or None, path_to=get("path_to") or None,
            query=params.get("q") or None, inferred=get("infer") == "1",
            size_by=get("size") or "none", colour_by=get("colour") or "kind", max_nodes=max_nodes,
            page=page, group=get("group") or "none", layout=get("layout") or "tabs",
            a=get("a") or None, b=get("b") or None,
        )

    def side(self, name: str) -> "ViewState | None":
        """The view ``a`` or ``b`` of a comparison names (None for the workspace, or none given)."""
        text = getattr(self, name)
        if not text or text == "workspace":
            return None
        return ViewState.from_params(dict(parse_qsl(text, keep_blank_values=True)))

    def to_dict(self) -> dict[str, str]:
        """The canonical parameters, for manifests (same as the URL)."""
        return self.to_params()

