"""kg: the knowledge-graph library behind the explorer (no UI code here).

>>> from kg import open_store, search
>>> [hit.label for hit in search(open_store(), "valdai", kinds=("episode",))]
["Putin's speech at the Valdai Conference in Sochi (2014)"]

The names below are the public API. Each loads its module on first use, so
``import kg`` stays light (no store, networkx, matplotlib, igraph, owlrl or
exporters until they are needed); ``docs/architecture.md`` maps the packages.
"""

from __future__ import annotations

from importlib import import_module

from kg._version import __version__

# Switches off rdflib's network features (FROM/LOAD fetching, SERVICE) for the whole process,
# before anything (pyshacl, owlrl) can run rdflib's SPARQL engine.
from kg.safety import policy as _policy  # noqa: F401

#: Public name -> the module that defines it.
_API: dict[str, str] = {
    "open_store": "kg.store.store", "Store": "kg.store.store",
    "search": "kg.explore.search", "resolve": "kg.explore.search",
    "describe": "kg.explore.describe",
    "neighbourhood": "kg.explore.neighbourhood", "overview": "kg.explore.neighbourhood",
    "shortest_paths": "kg.explore.paths", "Filters": "kg.explore.filters",
    "ViewState": "kg.explore.viewstate", "subgraph_for": "kg.explore.views",
    "compare": "kg.explore.compare", "comparison_for": "kg.explore.views",
    "run_query": "kg.safety.query", "QueryResult": "kg.safety.query",
    **{name: "kg.model" for name in ("Subgraph", "Node", "Edge", "Evidence", "Citation", "Entity", "Path",
                                     "SearchHit")},
    **{name: "kg.errors" for name in ("KGError", "NotFound", "AmbiguousName", "DataSyntaxError", "QueryError",
                                      "QueryRefused", "QueryTimeout", "UploadRefused", "UploadSyntaxError",
                                      "UploadInvalid", "BackendError", "ExportError")},
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> object:
    if name not in _API:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(import_module(_API[name]), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
