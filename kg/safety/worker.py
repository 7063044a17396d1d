"""Run untrusted work (a user's query, an uploaded file) in a killable, fenced-off child process.

A thread cannot be stopped, so :func:`run_isolated` forks: the child sees a
copy-on-write view of everything the parent holds (the loaded store
included), and the parent kills it when the time limit passes. Before the
work starts, the child

- leaves the network: it moves into a new, empty network namespace, so even
  a query that slipped past the policy cannot reach another machine (best
  effort: where the kernel refuses, e.g. under a strict seccomp profile, the
  policy in :mod:`kg.safety.policy` and :mod:`kg.ingest.upload` is the only fence — see
  :func:`sandbox_status`);
- caps its own memory (``RLIMIT_AS``: what it holds at the fork plus a
  budget), so a runaway result fails in the child instead of swapping or
  waking the OOM killer on the machine;
- resets inherited signal handlers, so a signal for the child never reaches
  the parent's event loop, and keeps an expected crash (an allocation
  refused under the budget) out of the server log.

The answer comes back pickled through a pipe whose message size is capped in
the child *and* in the parent: a worker cannot flood the caller. Only this
module's own child ever writes to that pipe, so unpickling it is safe.

Workers are bounded: at most :func:`pool`'s size run at once in this process
(``KG_WORKERS``, default the number of cores); the rest queue first come, first
served, and a caller can be told its place in the queue. A worker runs at a lower
CPU priority (nice 10) than the process that forked it, so the app's own pages
stay quick while workers are busy.

The failures are plain exceptions (not :class:`~kg.errors.KGError`): the
caller turns them into a sentence about *its* work ("the query ran longer
than ...", "the upload took longer than ..."). A ``KGError`` raised by the
work itself crosses the pipe unchanged.
"""

from __future__ import annotations

import ctypes
import faulthandler
import multiprocessing as mp
import os
import pickle
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable

from kg.errors import KGError, WorkerBusy

__all__ = [
    "run_isolated", "sandbox_status", "SandboxStatus", "WorkerError", "WorkerTimeout",
    "WorkerDied", "WorkerOutOfMemory", "WorkerResultTooLarge", "WorkerFailed", "WorkerPool", "pool",
]

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PICKLE_SLACK = 4096  # room for the error envelope around a too-large answer


class WorkerError(Exception):
    """The worker did not deliver an answer."""


class WorkerTimeout(WorkerError):
    """The time limit passed; the worker was killed."""


class WorkerDied(WorkerError):
    """The worker ended without an answer (killed from outside, or crashed)."""

    def __init__(self, exitcode: int | None):
        self.exitcode = exitcode
        super().__init__(f"worker ended with exit code {exitcode}")


class WorkerOutOfMemory(WorkerError):
    """The work needed more memory than its budget."""


class WorkerResultTooLarge(WorkerError):
    """The answer was larger than the caller accepts."""

    def __init__(self, size: int | None):
        self.size = size
        super().__init__(f"answer of {size} bytes" if size else "answer too large")


class WorkerFailed(WorkerError):
    """The work raised an unexpected (non-``KGError``) exception: a bug or a parser crash."""


@dataclass(frozen=True)
class SandboxStatus:
    """What the fence around a worker achieved on this machine."""

    network_isolated: bool
    memory_limited: bool


def _leave_network() -> bool:
    """Move this (single-threaded, freshly forked) process into an empty network namespace."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(_CLONE_NEWNET) == 0:
            return True
        # Unprivileged: a user namespace first (allowed only in a single-threaded process).
        return libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


def _limit_memory(budget: int | None) -> bool:
    if budget is None:
        return False
    try:
        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = current + budget
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        return True
    except (OSError, ValueError):
        return False


def _quiet_crashes() -> None:
    """A worker that hits its memory budget aborts by design; the parent reports it in one sentence."""
    faulthandler.disable()
    os.environ["RUST_BACKTRACE"] = "0"


def _reset_signals() -> None:
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        try:
            signal.signal(sig, signal.SIG_DFL)
        except (OSError, ValueError):
            pass
    try:
        signal.set_wakeup_fd(-1)
    except (OSError, ValueError):
        pass


_FENCE: SandboxStatus | None = None  # set in a child by _fence


def _fence(memory_budget: int | None) -> None:
    global _FENCE
    _reset_signals()
    try:
        os.nice(10)  # the parent (the app's pages, the default views) comes first on a busy machine
    except OSError:
        pass
    _quiet_crashes()
    _FENCE = SandboxStatus(_leave_network(), _limit_memory(memory_budget))


def _encode(payload: tuple, max_bytes: int) -> bytes:
    try:
        data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("memory", None))
    if len(data) > max_bytes:
        return pickle.dumps(("too-large", len(data)))
    return data


def _child(conn, fn: Callable[..., Any], args: tuple, max_bytes: int, memory_budget: int | None) -> None:
    _fence(memory_budget)
    try:
        payload: tuple = ("ok", fn(*args))
    except KGError as exc:
        payload = ("error", exc)
    except MemoryError:
        payload = ("memory", None)
    except RecursionError:
        payload = ("failed", "the input is nested too deeply to be processed")
    except Exception as exc:  # reported to the parent, which words it for the user
        payload = ("failed", f"{type(exc).__name__}: {exc}"[:500])
    try:
        conn.send_bytes(_encode(payload, max_bytes))
    finally:
        conn.close()


_HELD = threading.local()  # how many places this thread holds


class WorkerPool:
    """At most ``size`` workers at once; the rest wait their turn, first come, first served.

    A caller takes a place with :meth:`slot` (``session``: at most one place per
    session, running or waiting; ``on_wait``: told its place in the queue, 1 =
    next, whenever it changes). :func:`run_isolated` takes a place itself unless
    its thread already holds one.

    >>> workers = WorkerPool(1)
    >>> with workers.slot(session="a"):
    ...     workers.running
    1
    """

    def __init__(self, size: int):
        if size < 1:
            raise ValueError(f"a worker pool needs at least one worker, not {size}")
        self.size = size
        self.running = 0
        self._cond = threading.Condition()
        self._queue: deque[object] = deque()
        self._sessions: set[str] = set()

    @property
    def waiting(self) -> int:
        return len(self._queue)

    @staticmethod
    def holds() -> bool:
        """Whether this thread holds a place (in any pool: a worker is counted once)."""
        return getattr(_HELD, "depth", 0) > 0

    @contextmanager
    def slot(self, *, session: str | None = None,
             on_wait: Callable[[int], None] | None = None) -> Iterator[float]:
        """Hold a place for the ``with`` block; yields the seconds waited for it.

        Raises :class:`~kg.errors.WorkerBusy` at once when ``session`` already has one.
        A thread that already holds a place keeps it and takes no second one.
        """
        if self.holds():
            yield 0.0
            return
        ticket = object()
        with self._cond:
            if session is not None and session in self._sessions:
                raise WorkerBusy("Your previous query or upload is still running or waiting for a worker; "
                                 "wait for it to finish (at most its time limit), then try again.")
            if session is not None:
                self._sessions.add(session)
            self._queue.append(ticket)
        started = time.monotonic()
        try:
            self._wait_turn(ticket, on_wait)
            _HELD.depth = getattr(_HELD, "depth", 0) + 1
            try:
                yield time.monotonic() - started
            finally:
                _HELD.depth -= 1
        finally:
            with self._cond:
                if ticket in self._queue:  # given up while waiting (e.g. the page was left)
                    self._queue.remove(ticket)
                else:
                    self.running -= 1
                self._sessions.discard(session)
                self._cond.notify_all()

    def _wait_turn(self, ticket: object, on_wait: Callable[[int], None] | None) -> None:
        told = None
        while True:
            with self._cond:
                if self.running < self.size and self._queue[0] is ticket:
                    self._queue.popleft()
                    self.running += 1
                    self._cond.notify_all()
                    return
                place = self._queue.index(ticket) + 1
                if place == told or on_wait is None:
                    self._cond.wait(0.5)
                    continue
            told = place
            on_wait(place)  # outside the lock: it may draw on a page


_POOL: WorkerPool | None = None
_POOL_LOCK = threading.Lock()


def pool() -> WorkerPool:
    """The process's worker pool: ``KG_WORKERS`` workers (default: the number of cores)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            raw = os.environ.get("KG_WORKERS") or str(os.cpu_count() or 1)
            try:
                size = int(raw)
            except ValueError:
                size = 0
            if size < 1:
                raise KGError(f"KG_WORKERS must be a whole number of workers, at least 1, not {raw!r}.")
            _POOL = WorkerPool(size)
        return _POOL


def run_isolated(fn: Callable[..., Any], *args: Any, timeout: float, max_result_bytes: int,
                 memory_budget: int | None) -> Any:
    """Run ``fn(*args)`` in a fenced child process and return its answer.

    Waits for a place in :func:`pool` first, unless this thread holds one; the
    time limit counts from the start of the work, not of the wait.

    Raises the ``KGError`` the work raised, or a :class:`WorkerError`:
    :class:`WorkerTimeout` after ``timeout`` seconds (the child is killed),
    :class:`WorkerOutOfMemory` when it needed more than ``memory_budget``
    bytes beyond what it inherited, :class:`WorkerResultTooLarge` when the
    pickled answer exceeds ``max_result_bytes``, :class:`WorkerDied` or
    :class:`WorkerFailed` otherwise.

    >>> run_isolated(sum, [1, 2, 3], timeout=5, max_result_bytes=1000, memory_budget=None)
    6
    """
    workers = pool()
    if workers.holds():
        return _run_isolated(fn, args, timeout, max_result_bytes, memory_budget)
    with workers.slot():
        return _run_isolated(fn, args, timeout, max_result_bytes, memory_budget)


def _run_isolated(fn: Callable[..., Any], args: tuple, timeout: float, max_result_bytes: int,
                  memory_budget: int | None) -> Any:
    ctx = mp.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(sender, fn, args, max_result_bytes + _PICKLE_SLACK, memory_budget),
                       daemon=True)
    proc.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise WorkerTimeout(f"no answer within {timeout:g} s")
        try:
            data = receiver.recv_bytes(max_result_bytes + _PICKLE_SLACK)
        except EOFError:
            proc.join(1)
            if proc.exitcode in (-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV) and memory_budget:
                # A native allocation failure under RLIMIT_AS aborts (Rust) or crashes the child.
                raise WorkerOutOfMemory(f"worker ended by signal {-proc.exitcode}") from None
            raise WorkerDied(proc.exitcode) from None
        except OSError:  # the parent's own cap: "bad message length"
            raise WorkerResultTooLarge(None) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(1)
        receiver.close()
    try:
        status, payload = pickle.loads(data)
    except Exception as exc:  # a bug: an exception class that does not pickle
        raise WorkerFailed(f"the answer could not be read ({type(exc).__name__})") from None
    if status == "ok":
        return payload
    if status == "error":
        raise payload
    if status == "memory":
        raise WorkerOutOfMemory("worker ran out of memory")
    if status == "too-large":
        raise WorkerResultTooLarge(payload)
    raise WorkerFailed(payload)


def _fence_status() -> SandboxStatus | None:
    return _FENCE


def sandbox_status() -> SandboxStatus:
    """What a worker's fence achieves on this machine (forks one worker; for diagnostics and tests).

    >>> sandbox_status().memory_limited
    True
    """
    return run_isolated(_fence_status, timeout=10, max_result_bytes=10_000, memory_budget=1 << 30)
