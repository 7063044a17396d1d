"""kg: the knowledge-graph library behind the explorer (no UI code here).

>>> from kg import open_store, search
>>> [hit.label for hit in search(open_store(), "valdai", kinds=("episode",))]
["Putin's speech at the Valdai Conference in Sochi (2014)"]
"""

__version__ = "0.1.0"

# First: switches off rdflib's network features (FROM/LOAD fetching, SERVICE) for the whole process.
from kg import safety as _safety  # noqa: E402,F401
from kg.describe import describe  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.explore import Filters, neighbourhood, overview, shortest_paths  # noqa: E402
from kg.model import Edge, Entity, Evidence, Node, Subgraph  # noqa: E402
from kg.query import run_query  # noqa: E402
from kg.search import resolve, search  # noqa: E402
from kg.store import Store, open_store  # noqa: E402

__all__ = [
    "__version__", "open_store", "Store", "search", "resolve", "describe", "neighbourhood",
    "overview", "shortest_paths", "Filters", "run_query", "Subgraph", "Node", "Edge",
    "Evidence", "Entity", "KGError",
]
