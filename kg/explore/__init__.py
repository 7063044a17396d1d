"""From a store to views: search, neighbourhoods, filters, paths, descriptions, catalogues and
statistics, the URL-backed ViewState and the one pipeline ``views.subgraph_for``; analysis
(networkx) and inference (owlrl) work on a fetched Subgraph."""
