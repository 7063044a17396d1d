"""A remote SPARQL 1.1 endpoint (Virtuoso, GraphDB, Fuseki, QLever, ...), read-only.

Queries go out as SPARQL 1.1 Protocol requests (POST, form-encoded: the one
form every server accepts; Virtuoso 7 hangs on ``application/sparql-query``
bodies). SELECT and ASK ask for SPARQL JSON results, CONSTRUCT and DESCRIBE
for N-Triples (Turtle as a fallback), parsed here with pyoxigraph's parsers,
so results are the same rdflib terms the embedded backend returns.

The standard library does the HTTP on purpose: rdflib's ``SPARQLStore``
returns no graph for CONSTRUCT with JSON and hides the server's error body on
HTTP 500, and a socket timeout alone is no deadline (a server that trickles
bytes never trips it). Here a watchdog shuts the socket when the overall
deadline passes, so :class:`~kg.errors.QueryTimeout` really fires.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import socket
import ssl
import threading
import time
from typing import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import BackendError, QueryError, QueryTimeout
from kg.store.backends.base import SelectResult, Triple
from kg.store.backends.oxigraph import iri, string, to_rdflib, typed

__all__ = ["RemoteBackend", "DEFAULT_TIMEOUT", "DEFAULT_CONNECT_TIMEOUT", "DEFAULT_FIRST_BYTE_TIMEOUT",
           "MAX_RESPONSE_BYTES"]

#: Seconds a query may take, end to end, unless the caller says otherwise.
DEFAULT_TIMEOUT = 60.0
#: Seconds to open the connection (``KG_SPARQL_CONNECT_TIMEOUT``): a host that does not answer is down.
DEFAULT_CONNECT_TIMEOUT = 5.0
#: Seconds from sending a query of kg's own to the first byte of the answer (``KG_SPARQL_FIRST_BYTE_TIMEOUT``):
#: kg's own queries take well under a second on a healthy server (4 s for the heaviest on Virtuoso at 1M
#: triples, measured in bench/), so a server silent for longer is hung or overloaded. A query from the
#: query box waits up to its own time limit instead.
DEFAULT_FIRST_BYTE_TIMEOUT = 10.0
#: A response larger than this is refused rather than held in memory.
MAX_RESPONSE_BYTES = 512 * 1024 * 1024

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_XSD_INTEGER = _XSD + "integer"
#: Oxigraph stores every integer type as xsd:integer; Virtuoso keeps xsd:int, xsd:positiveInteger, ...
#: Results are normalised the Oxigraph way, so a value compares equal whatever the backend.
_INTEGER_TYPES = frozenset(_XSD + t for t in (
    "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
_JSON_RESULTS = "application/sparql-results+json"
_RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
#: Media types some servers use for N-Triples (Virtuoso and older Jena say text/plain).
_RDF_FORMATS = {"text/plain": ox.RdfFormat.N_TRIPLES}
_TAGS = re.compile(r"<[^>]+>")
#: PREFIX and BASE declarations and comments before a query's form.
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*\n|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.I)


def _literal(value: str, binding: dict) -> Literal:
    lang = binding.get("xml:lang")
    if lang:
        return string(value, lang)
    datatype = binding.get("datatype")
    if datatype in _INTEGER_TYPES:
        try:
            return typed(str(int(value)), _XSD_INTEGER)
        except ValueError:
            pass
    if datatype and datatype != _XSD_STRING:
        return typed(value, datatype)
    return string(value)


def term(binding: dict) -> Node:
    """An rdflib term from one SPARQL JSON binding.

    ``typed-literal`` is the pre-standard name Virtuoso still sends; integer
    types come back as xsd:integer, as the embedded store gives them.

    >>> term({"type": "typed-literal", "value": "07",
    ...       "datatype": "http://www.w3.org/2001/XMLSchema#positiveInteger"}).n3()
    '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return iri(value)
    if kind in ("literal", "typed-literal"):
        return _literal(value, binding)
    if kind == "bnode":
        return BNode(value)
    raise QueryError(f"The endpoint returned a result term of type {kind!r}, which is not supported.")


def _value(binding: dict) -> str:
    """The plain string of a binding: what ``str(term(binding))`` gives, without the term."""
    if binding.get("datatype") in _INTEGER_TYPES:
        try:
            return str(int(binding["value"]))
        except ValueError:
            pass
    return binding["value"]


def _shorten(body: bytes, limit: int = 600) -> str:
    text = body.decode("utf-8", "replace")
    text = " ".join(_TAGS.sub(" ", text).split())
    return text if len(text) <= limit else text[:limit] + " …"


class RemoteBackend:
    """A SPARQL 1.1 Protocol endpoint, read-only.

    Queries read the server's default dataset (Virtuoso: the union of all its
    graphs). ``default-graph-uri`` / ``named-graph-uri`` parameters in the URL
    restrict it and are sent with every query (but Virtuoso 7.2.5 answers some
    property paths wrongly over a restricted dataset).

    ``timeout`` (seconds, end to end), ``first_byte_timeout`` (seconds from
    sending the query to the first byte of the answer) and ``max_bytes`` (the
    largest answer read) may be set between queries; a value set on the
    instance applies to the thread that set it, so one caller's limits never
    leak into another's (Streamlit serves each session from its own thread).
    ``connect_timeout`` bounds opening the connection. Both short timeouts
    default to the environment (``KG_SPARQL_CONNECT_TIMEOUT``,
    ``KG_SPARQL_FIRST_BYTE_TIMEOUT``), else 5 s and 10 s; neither is ever
    longer than what is left of ``timeout``.

    >>> RemoteBackend("ftp://example.org/sparql")
    Traceback (most recent call last):
    ...
    kg.errors.BackendError: The SPARQL endpoint URL must start with http:// or https://; got 'ftp://example.org/sparql'.
    """

    writable = False
    #: A reader's uploads and workspace live in a local store of their own, never on the endpoint; and
    #: listing an endpoint's graphs scans every quad (10.7 s on the test Virtuoso, whose system graphs
    #: are large), so the store does not ask.
    holds_own_graphs = False
    #: Queries run over HTTP; kg.safety.query sets :attr:`timeout` instead of forking a worker.
    forkable = False

    def __init__(self, endpoint_url: str, *, timeout: float = DEFAULT_TIMEOUT,
                 connect_timeout: float | None = None, first_byte_timeout: float | None = None,
                 max_bytes: int = MAX_RESPONSE_BYTES):
        parts = urlsplit(endpoint_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BackendError("The SPARQL endpoint URL must start with http:// or https://; "
                               f"got {endpoint_url!r}.")
        self.url = endpoint_url
        self.name = f"sparql:{endpoint_url}"
        self.connect_timeout = _seconds(connect_timeout, "KG_SPARQL_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT)
        self._defaults = {"timeout": float(timeout), "max_bytes": int(max_bytes),
                          "first_byte_timeout": _seconds(first_byte_timeout, "KG_SPARQL_FIRST_BYTE_TIMEOUT",
                                                         DEFAULT_FIRST_BYTE_TIMEOUT)}
        self._local = threading.local()
        self._parts = parts
        # Dataset parameters in the URL (a common way to name an endpoint) travel in the body.
        self._params = parse_qsl(parts.query)
        self._auth = None
        if parts.username:
            token = f"{parts.username}:{parts.password or ''}".encode()
            self._auth = "Basic " + base64.b64encode(token).decode()
        self._where = urlunsplit((parts.scheme, parts.hostname + (f":{parts.port}" if parts.port else ""),
                                  parts.path, "", ""))

    # -- per-thread limits ---------------------------------------------------
    @property
    def timeout(self) -> float:
        return getattr(self._local, "timeout", self._defaults["timeout"])

    @timeout.setter
    def timeout(self, seconds: float) -> None:
        self._local.timeout = float(seconds)

    @property
    def first_byte_timeout(self) -> float:
        return getattr(self._local, "first_byte_timeout", self._defaults["first_byte_timeout"])

    @first_byte_timeout.setter
    def first_byte_timeout(self, seconds: float) -> None:
        self._local.first_byte_timeout = float(seconds)

    @property
    def max_bytes(self) -> int:
        return getattr(self._local, "max_bytes", self._defaults["max_bytes"])

    @max_bytes.setter
    def max_bytes(self, size: int) -> None:
        self._local.max_bytes = int(size)

    # -- the protocol ------------------------------------------------------
    def _connection(self, seconds: float) -> http.client.HTTPConnection:
        if self._parts.scheme == "https":
            return http.client.HTTPSConnection(self._parts.hostname, self._parts.port, timeout=seconds,
                                               context=ssl.create_default_context())
        return http.client.HTTPConnection(self._parts.hostname, self._parts.port, timeout=seconds)

    def _post(self, query: str, accept: str) -> tuple[str, bytes, dict[str, str]]:
        """POST the query; return (media type, body, headers) of a 2xx answer."""
        timeout = float(self.timeout)
        deadline = time.monotonic() + timeout
        body = urlencode([("query", query)] + self._params).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                   "Accept": accept, "User-Agent": "negkg"}
        if self._auth:
            headers["Authorization"] = self._auth
        conn = self._connect(deadline)
        sock, fired = conn.sock, threading.Event()

        def expire() -> None:  # unblocks a read in progress, wherever http.client is
            fired.set()
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        watchdog = threading.Timer(max(deadline - time.monotonic(), 0.0), expire)
        watchdog.daemon = True
        watchdog.start()
        try:
            response = self._first_byte(conn, body, headers, deadline)
            data = self._read(response, deadline)
            status, reason = response.status, response.reason
            media = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            got = {k.lower(): v for k, v in response.getheaders()}
        except (OSError, http.client.HTTPException) as exc:
            if fired.is_set() or isinstance(exc, TimeoutError) or time.monotonic() >= deadline:
                raise self._timeout(timeout) from exc
            raise BackendError(f"The SPARQL endpoint {self._where} broke off the answer: {_reason(exc)}.") from exc
        finally:
            watchdog.cancel()
            conn.close()
        if fired.is_set():
            raise self._timeout(timeout)
        if not 200 <= status < 300:
            raise self._http_error(status, reason, data)
        return media, data, got

    def _connect(self, deadline: float) -> http.client.HTTPConnection:
        seconds = max(min(self.connect_timeout, deadline - time.monotonic()), 0.001)
        conn = self._connection(seconds)
        try:
            conn.connect()
        except TimeoutError as exc:
            raise BackendError(f"The SPARQL endpoint {self._where} did not accept a connection within "
                               f"{seconds:g} s; check that the server is running and reachable "
                               "(KG_SPARQL_CONNECT_TIMEOUT sets the wait).") from exc
        except OSError as exc:
            raise BackendError(f"Cannot reach the SPARQL endpoint {self._where}: {_reason(exc)}. "
                               "Check that the server is running and the URL is right.") from exc
        return conn

    def _first_byte(self, conn: http.client.HTTPConnection, body: bytes, headers: dict[str, str],
                    deadline: float) -> http.client.HTTPResponse:
        """Send the query and read the answer's headers within the first-byte timeout."""
        remaining = deadline - time.monotonic()
        seconds = max(min(self.first_byte_timeout, remaining), 0.001)
        sock = conn.sock  # http.client drops conn.sock once the response owns it
        sock.settimeout(seconds)
        try:
            conn.request("POST", self._parts.path or "/", body=body, headers=headers)
            response = conn.getresponse()
        except TimeoutError:
            if seconds >= remaining:  # the deadline came first: the query's own time limit
                raise
            raise BackendError(f"The SPARQL endpoint {self._where} accepted the connection but sent no answer "
                               f"within {seconds:g} s; it may be hung or overloaded. Try again later, or "
                               "set KG_SPARQL_FIRST_BYTE_TIMEOUT to wait longer.") from None
        sock.settimeout(max(deadline - time.monotonic(), 0.001))
        return response

    def _read(self, response: http.client.HTTPResponse, deadline: float) -> bytes:
        chunks, size = [], 0
        while True:
            if time.monotonic() >= deadline:
                raise TimeoutError
            chunk = response.read1(1 << 16)  # what has arrived: the deadline is checked between reads
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise QueryError(f"The answer of {self._where} is larger than {self.max_bytes:,} bytes "
                                 "and was not read; add a LIMIT or narrow the query.")
            chunks.append(chunk)

    def _timeout(self, seconds: float) -> QueryTimeout:
        return QueryTimeout(f"The SPARQL endpoint {self._where} did not answer within the {seconds:g} s "
                            "time limit; the query was abandoned. Narrow it with more specific "
                            "patterns or a LIMIT.")

    def _http_error(self, status: int, reason: str, body: bytes) -> QueryError:
        detail = _shorten(body) or reason
        if "estimated execution time" in detail.lower():
            return QueryTimeout(f"The SPARQL endpoint {self._where} refused the query because it "
                                f"estimates it would run longer than its own limit (HTTP {status}): "
                                f"{detail}")
        if status in (401, 403):
            return BackendError(f"The SPARQL endpoint {self._where} refused access (HTTP {status}): {detail}")
        if status == 404:
            return BackendError(f"No SPARQL endpoint at {self._where} (HTTP 404); check the URL "
                                "(Virtuoso's is http://HOST:8890/sparql).")
        return QueryError(f"The SPARQL endpoint {self._where} rejected the query (HTTP {status} "
                          f"{reason}): {detail}")

    # -- the Backend interface --------------------------------------------
    def _json(self, query: str) -> tuple[dict, dict[str, str]]:
        media, data, headers = self._post(query, _JSON_RESULTS)
        try:
            return json.loads(data), headers
        except ValueError as exc:
            raise BackendError(f"The SPARQL endpoint {self._where} did not answer with SPARQL JSON results "
                               f"(got {media or 'no media type'}: {_shorten(data, 200)}); is this the "
                               "endpoint's URL?") from exc

    def _bindings(self, query: str) -> tuple[tuple[str, ...], list[dict], bool]:
        doc, headers = self._json(query)
        self._refuse_partial(headers)
        try:
            return tuple(doc["head"]["vars"]), list(doc["results"]["bindings"]), "x-sparql-maxrows" in headers
        except (KeyError, TypeError) as exc:
            raise QueryError(f"The SPARQL endpoint {self._where} did not return SELECT results; "
                             "is the query a SELECT?") from exc

    def _all_bindings(self, query: str, limit: int | None) -> tuple[tuple[str, ...], list[dict], bool]:
        """Every binding (up to ``limit``), in pages when the server caps its answers.

        Servers cut answers at a row cap and say so (Virtuoso: ResultSetMaxRows,
        the X-SPARQL-MaxRows header). Then the query is asked again in ordered
        pages of that size; the ORDER BY sits in a sub-query and OFFSET outside,
        the form Virtuoso accepts beyond its cap (SR353 otherwise).
        """
        variables, bindings, capped = self._bindings(query)
        split = _PROLOGUE.match(query)
        body = query[split.end():]
        if not capped or not bindings or not variables or not body[:6].upper() == "SELECT" or \
                (limit is not None and len(bindings) > limit):
            return variables, bindings, capped
        size, order = len(bindings), " ".join(f"?{v}" for v in variables)
        pages: list[dict] = []
        while limit is None or len(pages) <= limit:
            page = (f"{query[:split.end()]}SELECT * WHERE {{ {{ SELECT * WHERE {{ {{ {body}\n }} }} "
                    f"ORDER BY {order} }} }} OFFSET {len(pages)} LIMIT {size}")
            _, rows, _ = self._bindings(page)
            pages += rows
            if len(rows) < size:
                return variables, pages, False
        return variables, pages, True

    def select(self, query: str, *, limit: int | None = None) -> SelectResult:
        variables, bindings, truncated = self._all_bindings(query, limit)
        if limit is not None and len(bindings) > limit:
            truncated, bindings = True, bindings[:limit]
        rows = [tuple(term(b[v]) if v in b else None for v in variables) for b in bindings]
        return SelectResult(variables, rows, truncated)

    def select_strings(self, query: str) -> SelectResult:
        variables, bindings, truncated = self._all_bindings(query, None)
        rows = [tuple(_value(b[v]) if v in b else None for v in variables) for b in bindings]
        return SelectResult(variables, rows, truncated)

    def _refuse_partial(self, headers: dict[str, str]) -> None:
        # Virtuoso's "anytime" answers: past MaxQueryExecutionTime it returns what it has so far.
        if headers.get("x-sql-state", "").upper() == "S1TAT":
            raise QueryTimeout(f"The SPARQL endpoint {self._where} stopped the query at its own time limit "
                               f"and sent a partial answer ({headers.get('x-sql-message', 'timeout')}); "
                               "kg does not show partial answers. Narrow the query.")

    def ask(self, query: str) -> bool:
        doc, headers = self._json(query)
        self._refuse_partial(headers)
        if isinstance(doc, dict) and isinstance(doc.get("boolean"), bool):
            return doc["boolean"]
        # Virtuoso 7 answers ASK in JSON as a one-column SELECT: no row, or a row holding 1.
        try:
            if doc["head"]["vars"] == ["__ASK_RETVAL"]:
                return any(b["__ASK_RETVAL"]["value"] not in ("0", "false") for b in doc["results"]["bindings"])
        except (KeyError, TypeError):
            pass
        raise QueryError(f"The SPARQL endpoint {self._where} did not return an ASK answer; "
                         "is the query an ASK?")

    def construct(self, query: str, *, limit: int | None = None) -> list[Triple]:
        media, data, headers = self._post(query, _RDF_ACCEPT)
        self._refuse_partial(headers)
        fmt = _RDF_FORMATS.get(media) or ox.RdfFormat.from_media_type(media or "application/n-triples")
        if fmt is None:
            raise BackendError(f"The SPARQL endpoint {self._where} answered a CONSTRUCT with {media!r}, "
                               "which is not an RDF format kg reads.")
        out: list[Triple] = []
        try:
            for t in ox.parse(data, format=fmt):
                if limit is not None and len(out) >= limit:
                    break
                out.append((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        except SyntaxError as exc:
            raise BackendError(f"The SPARQL endpoint {self._where} sent RDF that does not parse "
                               f"({media}): {exc}.") from exc
        return out

    def load(self, data: bytes, *, format: str, graph: str, source: str) -> None:
        raise BackendError(f"Cannot load {source}: the SPARQL endpoint {self._where} is read-only here. "
                           "Load data with the server's own tools, or use a local store "
                           "(`python -m kg load FILES --store DIR`).")

    def drop_graph(self, graph: str) -> None:
        raise BackendError(f"Cannot remove the graph <{graph}>: the SPARQL endpoint {self._where} "
                           "is read-only here.")

    def graphs(self) -> Sequence[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(str(r[0]) for r in rows if isinstance(r[0], URIRef))


def _seconds(value: float | None, variable: str, default: float) -> float:
    if value is None:
        value = os.environ.get(variable) or default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise BackendError(f"{variable} must be a positive number of seconds, not {value!r}.")
    return seconds


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (no server is listening there)"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({exc.strerror or exc})"
    text = str(exc) or exc.__class__.__name__
    return text.rstrip(".")
