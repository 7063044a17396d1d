"""The read-only query policy shared by the app, the CLI and every caller.

A query is parsed (rdflib's SPARQL 1.1 grammar, which has no update forms)
and refused before execution when it is not SELECT, CONSTRUCT, ASK or
DESCRIBE, or when it uses SERVICE (SILENT too, at any depth), FROM or
FROM NAMED — the features that read other machines or local files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError, QueryRefused
from kg.namespaces import sparql_prefixes

__all__ = ["QueryPlan", "check_query", "MAX_QUERY_CHARS", "DEFAULT_TIMEOUT", "DEFAULT_MAX_ROWS"]

MAX_QUERY_CHARS = 100_000
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000

_KINDS = {"SelectQuery": "select", "ConstructQuery": "construct", "AskQuery": "ask",
          "DescribeQuery": "describe"}
_REFUSED = {"ServiceGraphPattern": "SERVICE", "DatasetClause": "FROM / FROM NAMED"}
_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


@dataclass(frozen=True)
class QueryPlan:
    """A query that passed the policy: its kind and the text to run."""

    kind: str  # select | construct | ask | describe
    text: str  # the user's query with the project prefixes prepended


def _names(node: object, out: list[str]) -> list[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            out.append(item.name)
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
    return out


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def check_query(text: str) -> QueryPlan:
    """Parse ``text`` and refuse anything but a read-only, local query.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }").kind
    'select'
    >>> check_query("SELECT * WHERE { OPTIONAL { SERVICE SILENT <http://x/> { ?s ?p ?o } } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryRefused: SERVICE is refused: queries may only read the loaded graph.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryRefused(f"The query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}.")
    if not text.strip():
        raise QueryError("The query is empty.")
    match = _UPDATE.match(_strip_comments(re.sub(r"(?is)^\s*((PREFIX|BASE)\s+[^>]*>\s*)*", "", text)))
    if match:
        raise QueryRefused(f"{match.group(1).upper()} is refused: only SELECT, CONSTRUCT, ASK and "
                           "DESCRIBE queries may run; the graph is read-only.")
    prefixes = sparql_prefixes()
    full = prefixes + text
    try:
        tree = parseQuery(full)
    except ParseException as exc:
        line = exc.lineno - prefixes.count("\n")
        raise QueryError(f"The query does not parse at line {line}, column {exc.col}: "
                         f"{exc.msg}.") from exc
    except RecursionError as exc:
        raise QueryRefused("The query is nested too deeply to be checked; simplify it.") from exc
    names = _names(tree, [])
    for name, feature in _REFUSED.items():
        if name in names:
            raise QueryRefused(f"{feature} is refused: queries may only read the loaded graph.")
    kind = next((_KINDS[n] for n in names if n in _KINDS), None)
    if kind is None:
        raise QueryRefused("Only SELECT, CONSTRUCT, ASK and DESCRIBE queries may run.")
    return QueryPlan(kind, full)
