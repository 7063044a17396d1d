"""The one definition of an export's names: the file stem and the named-graph IRIs of a view.

Both come from :func:`subgraph_params`, the URL parameters that decide which Subgraph a view
shows (not which tab is open or what is selected), so two views that draw different Subgraphs
(another page of a large view, a summary by kind) never share a file name or a graph name.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, urlencode

from rdflib import URIRef

from kg.explore.viewstate import ViewState
from kg.namespaces import GRAPH, compact

__all__ = ["SUBGRAPH_KEYS", "PARTS", "subgraph_params", "file_stem", "graph_names"]

#: ViewState parameters that decide which subgraph a view shows (not which tab or selection).
SUBGRAPH_KEYS = ("focus", "hops", "kind", "trait", "years", "source", "actor", "place", "precision", "claim",
                 "infer", "max_nodes", "page", "group", "path_from", "path_to")
#: Parameters a file stem spells out; any other is summarised by a short hash.
_NAMED = ("focus", "hops", "path_from", "path_to", "page", "group")

#: The named graphs of an export, in order, with the comment each carries.
PARTS: dict[str, str] = {
    "links": "The links the view draws, as asserted in the data, and the description (types and "
             "literal values) of every entity drawn.",
    "evidence": "The evidence behind every link: the paper's verbatim quote, its section and the "
                "sources cited there.",
    "sources": "Bibliographic records of the sources the evidence cites and of the paper itself, "
               "with their authors and publishers.",
    "upload": "What the reader's own uploads state and the curated data does not: their links, "
              "entities and evidence, kept apart from the paper's.",
    "workspace": "The researcher's own statements from their workspace (links with their evidence and "
                 "sources, new entities), each with its provenance (who, when, from which document): "
                 "never the paper's words.",
    "inferred": "INFERRED links (RDFS/OWL-RL reasoning over the data), not asserted by the curators "
                "and not backed by evidence quotes. Kept apart from every other graph.",
}


def subgraph_params(state: ViewState) -> dict[str, str]:
    """The canonical URL parameters of ``state`` that decide its subgraph.

    >>> subgraph_params(ViewState(view="timeline", focus=("episode:valdai-2014",), hops=2, page=2))
    {'focus': 'episode:valdai-2014', 'hops': '2', 'page': '2'}
    >>> subgraph_params(ViewState(view="argument", focus=("episode:valdai-2014",)))
    {'view': 'argument'}
    """
    if state.view == "argument":  # the argument map is one subgraph, whatever the other parameters
        return {"view": "argument"}
    if state.view == "compare":  # the union of two views: the views decide it
        return {k: v for k, v in state.to_params().items() if k in ("view", "a", "b")}
    params = state.to_params()
    return {k: params[k] for k in SUBGRAPH_KEYS if k in params}


def graph_names(state: ViewState) -> dict[str, URIRef]:
    """The IRI of each named graph of an export of ``state``.

    >>> str(graph_names(ViewState(focus=("episode:valdai-2014",)))["links"])
    'https://w3id.org/negkg/graph/view/links?focus=episode%3Avaldai-2014'
    >>> str(graph_names(ViewState(group="community"))["links"])
    'https://w3id.org/negkg/graph/view/links?group=community'
    """
    query = urlencode(subgraph_params(state), quote_via=quote)
    return {part: URIRef(f"{GRAPH}view/{part}" + (f"?{query}" if query else "")) for part in PARTS}


def file_stem(state: ViewState) -> str:
    """A file name stem for a view: its focus and depth, grouping and page, plus a short hash of any
    filters.

    >>> file_stem(ViewState(focus=("episode:valdai-2014",), hops=2))
    'negkg-valdai-2014-2hops'
    >>> file_stem(ViewState(traits=frozenset({6})))
    'negkg-overview-2259c4'
    >>> file_stem(ViewState(page=2)), file_stem(ViewState(group="kind")), file_stem(ViewState(view="argument"))
    ('negkg-overview-p2', 'negkg-overview-by-kind', 'negkg-argument')
    >>> file_stem(ViewState(view="compare", a="trait=6", b="workspace"))
    'negkg-compare-3c4bf1'
    """
    params = subgraph_params(state)
    if state.view == "argument":
        return "negkg-argument"
    if state.view == "compare":
        return "negkg-compare-" + hashlib.sha1(repr(sorted(params.items())).encode()).hexdigest()[:6]
    if state.path_from and state.path_to:
        name = f"path-{_local(state.path_from)}-to-{_local(state.path_to)}"
    elif state.focus:
        more = len(state.focus) - 3
        name = "+".join(_local(f) for f in state.focus[:3]) + (f"+{more}" if more > 0 else "")
        name += f"-{state.hops}hop" + ("s" if state.hops != 1 else "")
    else:
        name = "overview"
    if state.group != "none":
        name += f"-by-{state.group}"
    if state.page > 1:
        name += f"-p{state.page}"
    rest = {k: v for k, v in params.items() if k not in _NAMED}
    if rest:
        name += "-" + hashlib.sha1(repr(sorted(rest.items())).encode()).hexdigest()[:6]
    return "negkg-" + re.sub(r"[^A-Za-z0-9._+-]+", "-", name).strip("-")


def _local(iri: str) -> str:
    """episode:valdai-2014 -> valdai-2014; trait:6 -> trait-6."""
    curie = compact(iri)
    prefix, _, name = curie.rpartition(":") if curie != iri else ("", "", iri.rstrip("/").rsplit("/", 1)[-1])
    return f"{prefix}-{name}" if name.isdigit() and prefix else name
