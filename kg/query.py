"""Run a user's SPARQL query under the read-only policy, a time limit and a row cap.

On an embedded store the query runs in a forked worker process that holds a
copy-on-write view of the store; when the time limit passes the worker is
killed (a thread could not be), so a runaway query never hangs the caller.
A remote endpoint gets the same limits as HTTP timeouts and a result cap.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from dataclasses import dataclass

from rdflib.term import Node

from kg.backends.base import Triple
from kg.errors import KGError, QueryError, QueryTimeout
from kg.safety import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, check_query
from kg.store import Store

__all__ = ["QueryResult", "run_query"]


@dataclass(frozen=True)
class QueryResult:
    """What a query returned, and whether the row cap cut it."""

    kind: str  # select | construct | ask | describe
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    triples: tuple[Triple, ...] = ()
    boolean: bool | None = None
    truncated: bool = False
    max_rows: int = DEFAULT_MAX_ROWS
    seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)


def _execute(store: Store, kind: str, text: str, max_rows: int) -> QueryResult:
    backend = store.backend
    if kind == "select":
        res = backend.select(text, limit=max_rows)
        return QueryResult(kind, res.variables, tuple(res.rows), truncated=res.truncated, max_rows=max_rows)
    if kind == "ask":
        return QueryResult(kind, boolean=backend.ask(text), max_rows=max_rows)
    triples = backend.construct(text, limit=max_rows + 1)
    return QueryResult(kind, triples=tuple(triples[:max_rows]), truncated=len(triples) > max_rows,
                       max_rows=max_rows)


def _worker(conn, store: Store, kind: str, text: str, max_rows: int) -> None:
    try:
        conn.send(("ok", _execute(store, kind, text, max_rows)))
    except KGError as exc:
        conn.send(("error", exc))
    except Exception as exc:  # reported to the parent as a query failure
        conn.send(("error", QueryError(f"The query failed: {exc}.")))
    finally:
        conn.close()


def run_query(store: Store, text: str, *, timeout: float = DEFAULT_TIMEOUT,
              max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """Check and run one query; raise :class:`QueryTimeout` after ``timeout`` seconds.

    >>> from kg.store import open_store
    >>> run_query(open_store(), "ASK { ?t a nkg:Trait }").boolean
    True
    """
    plan = check_query(text)
    started = time.monotonic()
    if not getattr(store.backend, "forkable", False):
        result = _execute_remote(store, plan.kind, plan.text, max_rows, timeout)
    else:
        result = _execute_forked(store, plan.kind, plan.text, max_rows, timeout)
    return QueryResult(**{**result.__dict__, "seconds": time.monotonic() - started})


def _execute_remote(store: Store, kind: str, text: str, max_rows: int, timeout: float) -> QueryResult:
    backend = store.backend
    previous = getattr(backend, "timeout", None)
    if previous is not None:
        backend.timeout = timeout
    try:
        return _execute(store, kind, text, max_rows)
    finally:
        if previous is not None:
            backend.timeout = previous


def _execute_forked(store: Store, kind: str, text: str, max_rows: int, timeout: float) -> QueryResult:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, store, kind, text, max_rows), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryTimeout(f"The query ran longer than the {timeout:g} s time limit and was stopped; "
                               "narrow it with more specific patterns or a LIMIT.")
        status, payload = parent.recv()
    except EOFError as exc:
        raise QueryError("The query worker stopped without an answer (out of memory?).") from exc
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(1)
        parent.close()
    if status == "error":
        raise payload
    return payload
