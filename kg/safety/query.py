"""Run a user's SPARQL query under the read-only policy, a time limit, a row cap and a size cap.

On an embedded store the query is checked *and* run in a fenced worker
process (:mod:`kg.safety.worker`): it sees a copy-on-write view of the store, has
no network, a memory budget, and is killed when the time limit passes — a
thread could not be — so a runaway query (a cartesian product, a huge
string built by CONCAT) never hangs or floods the caller. The policy check
itself runs in the worker too, because parsing a hostile query text can be
slow. A remote endpoint gets the same policy, the time limit as its HTTP
timeout, and the row cap.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from rdflib.term import Node

from kg.errors import QueryError, QueryTimeout
from kg.safety.policy import (
    DEFAULT_MAX_RESULT_BYTES,
    DEFAULT_MAX_ROWS,
    DEFAULT_QUERY_MEMORY,
    DEFAULT_TIMEOUT,
    check_query,
)
from kg.safety.worker import (
    WorkerDied,
    WorkerFailed,
    WorkerOutOfMemory,
    WorkerPool,
    WorkerResultTooLarge,
    WorkerTimeout,
    pool,
    run_isolated,
)
from kg.store.backends.base import Triple
from kg.store.store import Store

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
    seconds: float = 0.0  # running, after the wait for a worker
    waited: float = 0.0  # seconds spent waiting for a free worker

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    @property
    def notice(self) -> str | None:
        """The sentence to show above a cut result, else ``None``.

        >>> QueryResult("select", truncated=True, max_rows=10).notice
        'Showing the first 10 rows: the query has more. Add a LIMIT or narrow the patterns.'
        """
        if not self.truncated:
            return None
        unit = "rows" if self.kind == "select" else "triples"
        return (f"Showing the first {self.max_rows:,} {unit}: the query has more. "
                "Add a LIMIT or narrow the patterns.")


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


def _check_and_execute(store: Store, text: str, max_rows: int) -> QueryResult:
    plan = check_query(text)
    return _execute(store, plan.kind, plan.text, max_rows)


def _check_limits(timeout: float, max_rows: int, max_result_bytes: int) -> None:
    if not timeout > 0:
        raise QueryError(f"The time limit must be a positive number of seconds, not {timeout!r}.")
    if max_rows < 1:
        raise QueryError(f"The row cap must be at least 1, not {max_rows!r}.")
    if max_result_bytes < 1:
        raise QueryError(f"The result size cap must be at least 1 byte, not {max_result_bytes!r}.")


def run_query(store: Store, text: str, *, timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
              max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
              memory_budget: int | None = DEFAULT_QUERY_MEMORY, session: str | None = None,
              on_wait: Callable[[int], None] | None = None, workers: WorkerPool | None = None) -> QueryResult:
    """Check and run one query; raise :class:`QueryTimeout` after ``timeout`` seconds.

    The query first waits for a place among the ``workers`` (default: the
    process's :func:`~kg.safety.worker.pool`); ``on_wait`` is told its place in the
    queue while it waits; a ``session`` that already has a query running or
    waiting gets :class:`~kg.errors.WorkerBusy`.

    Raises :class:`~kg.errors.QueryRefused` for what the policy refuses,
    :class:`~kg.errors.QueryError` when the query does not parse, fails, or
    its result exceeds ``max_result_bytes`` or ``memory_budget``.

    >>> from kg.store.store import open_store
    >>> run_query(open_store(), "ASK { ?t a nkg:Trait }").boolean
    True
    """
    _check_limits(timeout, max_rows, max_result_bytes)
    with (workers or pool()).slot(session=session, on_wait=on_wait) as waited:
        started = time.monotonic()
        if not getattr(store.backend, "forkable", False):
            plan = check_query(text)
            result = _execute_remote(store, plan.kind, plan.text, max_rows, timeout, max_result_bytes)
        else:
            result = _execute_forked(store, text, max_rows, timeout, max_result_bytes, memory_budget)
        return replace(result, seconds=time.monotonic() - started, waited=waited)


def _execute_remote(store: Store, kind: str, text: str, max_rows: int, timeout: float,
                    max_result_bytes: int) -> QueryResult:
    """The time limit and the size cap become the HTTP deadline and the response cap.

    A user's query may keep the server thinking up to its time limit before the
    first byte comes (servers such as Virtuoso answer only when done), so the
    first-byte timeout of kg's own queries does not apply to it.
    """
    backend = store.backend
    limits = {"timeout": timeout, "first_byte_timeout": timeout, "max_bytes": max_result_bytes}
    previous = {k: getattr(backend, k) for k in limits if hasattr(backend, k)}
    for k in previous:
        setattr(backend, k, limits[k])
    try:
        return _execute(store, kind, text, max_rows)
    finally:
        for k, v in previous.items():
            setattr(backend, k, v)


def _size(n: int) -> str:
    return f"{n / 2**20:,.0f} MB" if n >= 2**20 else f"{n / 2**10:,.0f} KB"


def _execute_forked(store: Store, text: str, max_rows: int, timeout: float, max_result_bytes: int,
                    memory_budget: int | None) -> QueryResult:
    try:
        return run_isolated(_check_and_execute, store, text, max_rows, timeout=timeout,
                            max_result_bytes=max_result_bytes, memory_budget=memory_budget)
    except WorkerTimeout:
        raise QueryTimeout(f"The query ran longer than the {timeout:g} s time limit and was stopped; "
                           "narrow it with more specific patterns or a LIMIT.") from None
    except WorkerResultTooLarge as exc:
        size = f" ({_size(exc.size)})" if exc.size else ""
        raise QueryError(f"The result{size} is larger than the {_size(max_result_bytes)} limit and was "
                         "not returned; select fewer or shorter values, or add a LIMIT.") from None
    except WorkerOutOfMemory:
        raise QueryError(f"The query needed more than its {_size(memory_budget or 0)} of memory and was "
                         "stopped; it builds too large values or intermediate results.") from None
    except WorkerDied as exc:
        raise QueryError(f"The query worker stopped without an answer (exit code {exc.exitcode}); "
                         "try a simpler query.") from None
    except WorkerFailed as exc:
        raise QueryError(f"The query failed in the engine: {exc}.") from None
