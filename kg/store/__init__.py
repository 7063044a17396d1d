"""Where the graph lives: the Store and its backends (Oxigraph in memory or on disk, a remote
SPARQL 1.1 endpoint), the named queries in ``queries/`` and the code that renders them, the name
index, and the batched reads (``fetch``) every view is built from. Imports only the ground floor."""
