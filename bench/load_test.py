"""Load test: N sessions run the gallery's heaviest queries while new readers open the app.

    python bench/load_test.py                   # N = 1, 8, 20; table on stdout, JSON in bench/results/
    python bench/load_test.py --sessions 8 --readers 5 --workers 1

A real ``streamlit run app.py`` (``KG_WORKERS`` passed through). Each of the N *busy* sessions is a
real server session driven through Streamlit's own websocket protocol (what a browser sends; its page
is not drawn here, since a reader's browser runs on the reader's machine, not the server's), and
loops: run one of the three slowest gallery queries (measured first) through ``?view=query&q=…``,
made unique per run with a trailing comment so no session reads another's cached result, and wait
for the run to end. Meanwhile *readers* open the app one after another in a fresh context of
Debian's Chromium (Playwright), and each is timed from navigation to its first graph drawn (the
default view). Reported per N: p50/p95 of a reader's first graph, the server's peak memory (the
Streamlit process and its query workers, PSS: shared pages counted once), the busy sessions'
completed queries, and errors (a reader or query that failed or did not finish in 60 s, an error
message in a busy session). A run refused by the per-session limit is counted apart, as "refused".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.safety.query import run_query
from kg.store import gallery
from kg.store.store import open_store
from kg.testing.browser import CHROMIUM_FLAGS, chromium_path, start_app

DRAWN = "[data-testid=kg-graph][data-drawn]"
TIMEOUT_MS = 60_000


def heaviest(n: int = 3) -> list[str]:
    """The ``n`` gallery queries that take longest here (median of 3 runs each)."""
    store = open_store()
    timed = []
    for example in gallery.examples():
        times = []
        for _ in range(3):
            started = time.perf_counter()
            run_query(store, example.text)
            times.append(time.perf_counter() - started)
        timed.append((statistics.median(times), example.name, example.text))
    timed.sort(reverse=True)
    return [text for _, _, text in timed[:n]]


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0


def _family(root: int) -> list[int]:
    """``root`` and its descendants (the query workers it forks)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


class MemoryWatch(threading.Thread):
    """Samples the server's memory (PSS of it and its workers) every 0.2 s; keeps the peak."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, sum(_pss(p) for p in _family(self.pid)))
            self.stop.wait(0.2)


def _rerun(query_string: str) -> bytes:
    """The message a browser sends to (re)run the app's script for a URL's query string."""
    from streamlit.proto import BackMsg_pb2
    message = BackMsg_pb2.BackMsg()
    message.rerun_script.query_string = query_string
    message.rerun_script.page_script_hash = ""
    return message.SerializeToString()


async def _until_finished(ws) -> tuple[bool, list[str]]:
    """Read the server's messages until the script run ends: (a result was shown, error texts)."""
    from streamlit.proto import Alert_pb2, ForwardMsg_pb2
    shown, errors = False, []
    while True:
        message = ForwardMsg_pb2.ForwardMsg()
        message.ParseFromString(await ws.recv())
        kind = message.WhichOneof("type")
        if kind == "script_finished":
            return shown, errors
        if kind != "delta" or message.delta.WhichOneof("type") != "new_element":
            continue
        element = message.delta.new_element
        if element.WhichOneof("type") == "alert" and element.alert.format == Alert_pb2.Alert.ERROR:
            errors.append(element.alert.body)
        elif element.WhichOneof("type") == "markdown" and "result(s) in" in element.markdown.body:
            shown = True  # the caption under a result (not str(element): text-formatting a table's bytes is slow)


async def _busy(url: str, queries: list[str], index: int, stop: asyncio.Event, stats: dict) -> None:
    """One researcher at the Query tab, speaking Streamlit's own websocket protocol.

    The session is a real server session (the same messages a browser sends: a script run for the
    URL ``?view=query&q=…``, which runs the query), but no browser draws its page on this machine:
    a reader's browser runs on the reader's computer, so N Chromium pages here would measure the
    test's own load rather than the server's. Each run waits for the previous one to finish.
    """
    import websockets
    stream = url.replace("http://", "ws://", 1) + "/_stcore/stream"
    try:
        ws = await websockets.connect(stream, subprotocols=["streamlit"], origin=url, max_size=2**27)
    except Exception as exc:  # noqa: BLE001 — counted and reported, the test goes on
        stats["errors"].append(f"session {index}: could not connect: {type(exc).__name__}")
        stats["started"].add(index)
        return
    run = 0
    async with ws:
        while not stop.is_set():
            marker = f"load test: session {index}, run {run}"
            query = f"{queries[(index + run) % len(queries)]}\n# {marker}"
            run += 1
            try:
                await ws.send(_rerun(urlencode({"view": "query", "q": query})))
                stats["started"].add(index)
                shown, errors = await asyncio.wait_for(_until_finished(ws), TIMEOUT_MS / 1000)
            except Exception as exc:  # noqa: BLE001 — counted and reported, the test goes on
                if not stop.is_set():
                    stats["errors"].append(f"session {index}: {type(exc).__name__}: {str(exc)[:200]}")
                break
            if any(e.startswith("Your previous query or upload is still running") for e in errors):
                stats["refused"] += 1
            elif errors:
                stats["errors"].append(f"session {index}: {errors[0][:200]}")
            elif shown:
                stats["queries"] += 1
            else:
                stats["errors"].append(f"session {index}: the run ended without a result")


async def _reader(browser, url: str) -> float:
    context = await browser.new_context(viewport={"width": 1500, "height": 1000})
    page = await context.new_page()
    try:
        started = time.perf_counter()
        await page.goto(url, timeout=TIMEOUT_MS)
        await page.wait_for_selector(DRAWN, timeout=TIMEOUT_MS, state="attached")
        return time.perf_counter() - started
    finally:
        await context.close()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _measure(browser, url: str, sessions: int, readers: int, queries: list[str]) -> dict:
    stop, stats = asyncio.Event(), {"queries": 0, "refused": 0, "errors": [], "started": set()}
    tasks = [asyncio.create_task(_busy(url, queries, i, stop, stats)) for i in range(sessions)]
    deadline = time.monotonic() + 120
    while len(stats["started"]) < sessions and time.monotonic() < deadline:  # every session busy
        await asyncio.sleep(0.2)
    times = []
    for _ in range(readers):
        try:
            times.append(await _reader(browser, url))
        except Exception as exc:  # noqa: BLE001 — a reader that never saw its graph is an error
            stats["errors"].append(f"reader: {type(exc).__name__}: {str(exc)[:200]}")
    stop.set()
    await asyncio.gather(*tasks)
    return {"sessions": sessions, "readers": len(times), "p50_s": round(statistics.median(times), 2) if times else None,
            "p95_s": round(_percentile(times, 0.95), 2) if times else None, "max_s": round(max(times), 2) if times else None,
            "queries_done": stats["queries"], "refused_per_session": stats["refused"], "errors": stats["errors"]}


async def _run(levels: list[int], readers: int, workers: str | None) -> list[dict]:
    from playwright.async_api import async_playwright
    path = chromium_path()
    if path is None:
        sys.exit("Chromium not found: apt-get install chromium, or set KG_CHROMIUM.")
    queries = heaviest()
    rows = []
    for sessions in levels:
        server = start_app(env={"KG_WORKERS": workers} if workers else None, name=f"load-{sessions}")
        watch = MemoryWatch(server.process.pid)
        watch.start()
        try:
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
                await _reader(browser, server.url)  # the server's first start (store, caches) is not a reader's
                row = await _measure(browser, server.url, sessions, readers, queries)
                await browser.close()
        finally:
            watch.stop.set()
            watch.join()
            server.process.terminate()
            server.process.wait(30)
        row["server_peak_mb"] = round(watch.peak / 2**20)
        rows.append(row)
        print(_line(row), flush=True)
        for error in row["errors"][:3]:
            print(f"  {error}", flush=True)
    return rows


def _line(r: dict) -> str:
    return (f"N={r['sessions']:>3}  reader's first graph p50 {r['p50_s']} s, p95 {r['p95_s']} s (max {r['max_s']} s, "
            f"{r['readers']} readers)  server peak {r['server_peak_mb']:,} MB  queries done {r['queries_done']} "
            f"(+{r['refused_per_session']} refused: session busy)  "
            f"errors {len(r['errors'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, action="append", help="busy sessions (repeatable; default 1, 8, 20)")
    parser.add_argument("--readers", type=int, default=10, help="new readers timed per level (default 10)")
    parser.add_argument("--workers", help="KG_WORKERS for the server (default: its own default, the cores)")
    args = parser.parse_args()
    rows = asyncio.run(_run(args.sessions or [1, 8, 20], args.readers, args.workers))
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "load_test.json").write_text(json.dumps({"cores": os.cpu_count(), "workers": args.workers,
                                                    "rows": rows}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
