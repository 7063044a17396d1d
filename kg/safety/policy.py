"""The read-only query policy shared by the app, the CLI and every caller.

A query is parsed (rdflib's SPARQL 1.1 grammar) and refused before execution
when it is not SELECT, CONSTRUCT, ASK or DESCRIBE, or when it uses SERVICE
(SILENT too, at any depth), FROM or FROM NAMED — the features that read other
machines or local files. A second, independent lexical pass refuses the same
keywords wherever they stand outside strings, IRIs and comments, so a
difference between rdflib's parser and the engine that runs the query cannot
smuggle them through. The query must then parse with Oxigraph's parser too
(the engine of the embedded stores), which knows what rdflib's grammar lets
through: aggregates that leave a variable unbound, BIND over a variable in
scope, blank-node labels shared across groups, a partial surrogate pair. The
lexical pass also refuses what both parsers read differently from SPARQL's
tokens: in ``FILTER (?x<?a&&?b>?y)`` the text ``<?a&&?b>`` is an IRI.

Relative IRIs resolve against :data:`BASE` (``<episode/valdai-2014>`` is an
entity of the paper) unless the query says ``BASE``.

Importing :mod:`kg` also switches off rdflib's own network features
(:func:`harden_rdflib`): pyshacl and owlrl run on rdflib's SPARQL engine.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib.plugins.sparql as rdflib_sparql
import rdflib.plugins.sparql.parser as rdflib_sparql_parser
from pyparsing import ParseException, ParseResults
from rdflib import Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError, QueryRefused
from kg.namespaces import ID, PREFIXES, sparql_prefixes

__all__ = ["QueryPlan", "check_query", "harden_rdflib", "BASE", "MAX_QUERY_CHARS", "DEFAULT_TIMEOUT",
           "DEFAULT_MAX_ROWS", "DEFAULT_MAX_RESULT_BYTES", "DEFAULT_QUERY_MEMORY"]

MAX_QUERY_CHARS = 100_000
#: The base of relative IRIs in queries: the namespace of the paper's entities.
BASE = str(ID)
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
#: A result (pickled rows) larger than this is refused instead of being sent to the caller.
DEFAULT_MAX_RESULT_BYTES = 64 * 2**20
#: Memory a query worker may use beyond what it shares with the caller.
DEFAULT_QUERY_MEMORY = 2 * 2**30

_KINDS = {"SelectQuery": "select", "ConstructQuery": "construct", "AskQuery": "ask",
          "DescribeQuery": "describe"}
_READ_ONLY = ("only SELECT, CONSTRUCT, ASK and DESCRIBE queries may run; the graph is read-only.")
_UPDATES = {"InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
            "Modify": "INSERT / DELETE", "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP",
            "Create": "CREATE", "Add": "ADD", "Move": "MOVE", "Copy": "COPY"}
_UPDATE_WORD = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_PROLOGUE = re.compile(r"(?is)^(\s*(#[^\n]*\n|(PREFIX\s+[^:\s]*:|BASE)\s*<[^>]*>))*")

# Tokens that may contain a keyword's letters without being the keyword come
# first; a bare word is whatever is left.
_TOKENS = re.compile(r"""
      '''(?:[^'\\]|\\.|'(?!''))*'''
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'
    | "(?:[^"\\\n\r]|\\.)*"
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | \#[^\n\r]*
    | [?$]\w+
    | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
    | (?:[^\W\d][\w.\-]*)?:(?:[\w\-:%.]|\\.)*(?<!\.)
    | (?P<word>[A-Za-z]+)
""", re.X)
_LEXICAL = {"SERVICE": "SERVICE", "FROM": "FROM", "LOAD": "LOAD"}


@dataclass(frozen=True)
class QueryPlan:
    """A query that passed the policy: its kind and the text to run."""

    kind: str  # select | construct | ask | describe
    text: str  # the user's query with the project prefixes prepended


def _names(node: object, out: list[CompValue]) -> list[CompValue]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            out.append(item)
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
    return out


def _refused(feature: str) -> QueryRefused:
    hints = {
        "SERVICE": "queries may only read the loaded graph, never another endpoint.",
        "FROM": "queries read the loaded graph only; to read one named graph that is loaded, "
                "use GRAPH <iri> { … } inside WHERE.",
        "FROM NAMED": "queries read the loaded graph only; use GRAPH ?g { … } inside WHERE to "
                      "range over the loaded named graphs.",
        "LOAD": _READ_ONLY,
    }
    return QueryRefused(f"{feature} is refused: {hints.get(feature, _READ_ONLY)}")


def _update_refusal(full: str, text: str) -> QueryRefused | None:
    """The refusal for a SPARQL Update (which rdflib's query grammar does not parse), if it is one."""
    try:
        update = parseUpdate(full)
    except (ParseException, RecursionError):
        match = _UPDATE_WORD.match(_PROLOGUE.sub("", text))
        return _refused(match.group(1).upper()) if match else None
    for node in _names(update, []):
        if node.name in _UPDATES:
            return _refused(_UPDATES[node.name])
    return _refused("SPARQL Update")


def _lexical_refusal(text: str, iris: set[str]) -> QueryError | None:
    """Refuse SERVICE, FROM and LOAD outside strings, IRIs and comments; and an IRI token (in
    SPARQL's longest-match tokens) that the parser read as something else, such as ``<?a&&?b>``."""
    for token in _TOKENS.finditer(text):
        word = token.group("word")
        if word and word.upper() in _LEXICAL:
            return _refused(_LEXICAL[word.upper()])
        iri = token.group("iri")
        if iri and iri[1:-1] not in iris:
            line, column = _position(text, token.start())
            return QueryError(f"The query does not parse at line {line}, column {column}: {iri} is an IRI in "
                              "SPARQL, not a comparison; put spaces around < and > (?x < ?y).")
    return None


def _position(text: str, index: int) -> tuple[int, int]:
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _iris(node: object) -> set[str]:
    stack, out = [node], set()
    while stack:
        item = stack.pop()
        if isinstance(item, URIRef):
            out.add(str(item))
        elif isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
    return out


_OXIGRAPH_ERROR = re.compile(r"^error at (\d+):(\d+): ")


def _oxigraph_refusal(text: str) -> QueryError | None:
    """Parse with Oxigraph (on an empty store: a SELECT or CONSTRUCT is not evaluated until read)."""
    try:
        ox.Store().query(text, base_iri=BASE, prefixes=PREFIXES)
    except SyntaxError as exc:
        message = str(exc)
        where = _OXIGRAPH_ERROR.match(message)
        detail = message[where.end():] if where else message
        place = f" at line {where.group(1)}, column {where.group(2)}" if where else ""
        return QueryError(f"The query does not parse{place}: {detail.rstrip('.')}.")
    except (OSError, RuntimeError):  # it parses; what the engine cannot run (a custom function), it says
        return None
    return None


def check_query(text: str) -> QueryPlan:
    """Parse ``text`` and refuse anything but a read-only, local query.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }").kind
    'select'
    >>> check_query("SELECT * WHERE { OPTIONAL { SERVICE SILENT <http://x/> { ?s ?p ?o } } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryRefused: SERVICE is refused: queries may only read the loaded graph, never another endpoint.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryRefused(f"The query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}.")
    if not text.strip():
        raise QueryError("The query is empty.")
    prefixes = sparql_prefixes()
    full = prefixes + text
    try:
        tree = parseQuery(full)
    except ParseException as exc:
        refusal = _update_refusal(full, text)
        if refusal:
            raise refusal from None
        line = exc.lineno - prefixes.count("\n")
        raise QueryError(f"The query does not parse at line {line}, column {exc.col}: "
                         f"{exc.msg}.") from None
    except RecursionError:
        raise QueryRefused("The query is nested too deeply to be checked; simplify it.") from None
    nodes = _names(tree, [])
    declared = {dict.get(node, "prefix") or "" for node in nodes if node.name == "PrefixDecl"}
    undeclared = sorted({dict.get(node, "prefix") or "" for node in nodes if node.name == "pname"} - declared)
    if undeclared:
        raise QueryError(f"The query uses the prefix {undeclared[0]}: without declaring it: add "
                         f"PREFIX {undeclared[0]}: <…>, or use one of the predeclared prefixes "
                         f"({', '.join(p + ':' for p in PREFIXES)}).")
    for node in nodes:
        if node.name == "ServiceGraphPattern":
            raise _refused("SERVICE")
        if node.name == "DatasetClause":
            raise _refused("FROM NAMED" if "named" in node else "FROM")
    refusal = _lexical_refusal(text, _iris(tree))
    if refusal:
        raise refusal
    kind = next((_KINDS[n.name] for n in nodes if n.name in _KINDS), None)
    if kind is None:
        raise QueryRefused("Only SELECT, CONSTRUCT, ASK and DESCRIBE queries may run.")
    refusal = _oxigraph_refusal(text)
    if refusal:
        raise refusal
    return QueryPlan(kind, f"BASE <{BASE}>\n" + full)


def _refuse_service(ctx: object, part: CompValue) -> object:
    """An rdflib custom evaluator: SERVICE never runs on rdflib's engine in this process."""
    if part.name == "ServiceGraphPattern":
        raise _refused("SERVICE")
    raise NotImplementedError  # every other part: rdflib's own evaluation


def _drop_ill_typed_warning(record: logging.LogRecord) -> bool:
    """rdflib logs a traceback for every literal not valid for its datatype ("flargh"^^xsd:integer,
    an integer of 100,000 digits): valid RDF, kept as text, and no reader's business."""
    return not str(record.msg).startswith("Failed to convert Literal lexical form")


def _negative(literal: Literal) -> Literal:
    """rdflib's parser negates ``-1.0`` arithmetically, which raises a TypeError for a decimal
    (rdflib 7.6); the grammar's unsigned lexical form is negated as text instead."""
    return Literal("-" + str(literal), datatype=literal.datatype)


def harden_rdflib() -> None:
    """Switch off what lets rdflib's SPARQL engine read URLs and files (idempotent).

    ``FROM <iri>`` and ``LOAD`` no longer fetch documents (they only name
    graphs already in the dataset) and ``SERVICE`` is refused. Applied when
    :mod:`kg` is imported, since pyshacl and owlrl evaluate SPARQL on
    rdflib's engine in the same process. rdflib's logged traceback for an
    ill-typed literal is dropped too: no output of kg shows a traceback.

    >>> import rdflib.plugins.sparql
    >>> rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS
    False
    """
    rdflib_sparql.SPARQL_LOAD_GRAPHS = False
    rdflib_sparql.CUSTOM_EVALS["kg-refuse-service"] = _refuse_service
    rdflib_sparql_parser.neg = _negative
    term_log = logging.getLogger("rdflib.term")
    if _drop_ill_typed_warning not in term_log.filters:
        term_log.addFilter(_drop_ill_typed_warning)


harden_rdflib()
