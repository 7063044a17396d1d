"""Subgraph -> pictures: link styles and the legend (``style``), positions (``layout``), the
interactive offline HTML graph (``html``), publication figures (``figure``) and TikZ (``tikz``).
Reads no store: everything it draws is in the Subgraph."""
