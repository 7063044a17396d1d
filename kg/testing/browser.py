"""A real ``streamlit run app.py`` on 127.0.0.1 and the path and flags of Debian's Chromium,
for the browser tests and ``bench/first_paint.py``.

Chromium is Debian's (/usr/bin/chromium or $KG_CHROMIUM), driven by Playwright through
``executable_path`` (Playwright's own browser download is not available here). The flags keep
Chromium from calling home, which a closed network refuses many times a second.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from kg.store.store import ROOT
from kg.testing.virtuoso import free_port

__all__ = ["ARTIFACTS", "CHROMIUM_FLAGS", "GRAPH_DRAWN", "LINKED_TIMELINE", "AppServer", "OfflinePage", "brush",
           "chromium_path", "click_node", "mark_boxes", "node_count_changes", "offline_file", "start_app"]

#: Screenshots and server logs of the browser tests.
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@dataclass
class OfflinePage:
    """A page of an exported file, with the requests it tried to send off the machine and its errors."""
    page: object
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextmanager
def offline_file(browser, path: Path, **context_options) -> Iterator[OfflinePage]:
    """Open ``path`` from file:// in a new context of ``browser`` where every other request is
    blocked and recorded, and page errors and console errors are collected (exports must render
    with no network at all)."""
    context = browser.new_context(**context_options)
    opened = OfflinePage(None)

    def route(r) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            opened.blocked.append(r.request.url)
            r.abort()
    try:
        context.route("**/*", route)
        opened.page = page = context.new_page()
        page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
        page.on("console", lambda msg: opened.errors.append(msg.text) if msg.type == "error" else None)
        page.goto(path.as_uri())
        yield opened
    finally:
        context.close()


@dataclass
class AppServer:
    url: str
    process: subprocess.Popen
    log: Path


def start_app(env: dict[str, str] | None = None, name: str = "app", script: Path = ROOT / "app.py") -> AppServer:
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    # One log per pytest-xdist worker: workers start their own servers at the same time.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    log = ARTIFACTS / f"streamlit-{name}{'-' + worker if worker else ''}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return AppServer(url, process, log)
        except OSError:
            time.sleep(0.3)
        if process.poll() is not None:
            break
    process.kill()
    raise RuntimeError(f"streamlit did not start; see {log}:\n{log.read_text()[-2000:]}")


#: The linked layout's timeline and the graph beside it (layout=linked).
LINKED_TIMELINE = ".st-key-linked_timeline .vega-embed"
GRAPH_DRAWN = "[data-testid=kg-graph][data-drawn]"


def mark_boxes(page, scope: str = LINKED_TIMELINE) -> list[dict]:
    """Every episode mark of a timeline: its accessible label and its box on the page."""
    page.locator(f"{scope} [aria-label*='episode: ']").first.wait_for(timeout=60_000)
    return page.locator(f"{scope} [aria-label*='episode: ']").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return {label: e.getAttribute('aria-label'), x: r.x + r.width / 2, y: r.y + r.height / 2,"
        " stroke: e.getAttribute('stroke'), width: e.getAttribute('stroke-width')}; })")


def brush(page, start: str, end: str, scope: str = LINKED_TIMELINE) -> None:
    """Drag across a timeline from the mark whose label holds ``start`` to the one holding ``end``
    (a little before and after them), as a reader brushes a period."""
    marks = mark_boxes(page, scope)
    first = next(m for m in marks if start in m["label"])
    last = next(m for m in marks if end in m["label"])
    y = min(m["y"] for m in marks) + 4
    page.mouse.move(first["x"] - 3, y)
    page.mouse.down()
    page.mouse.move(last["x"] + 3, y, steps=6)
    page.mouse.up()


def node_count_changes(page, before: str, timeout: float = 60_000) -> None:
    """Wait until the drawn graph's node count is not ``before`` any more."""
    page.wait_for_function(
        "(n) => { const sel = '[data-testid=kg-graph][data-drawn]';"
        " const g = document.querySelector(sel) || [...document.querySelectorAll('*')].map(e => e.shadowRoot)"
        "   .filter(Boolean).map(r => r.querySelector(sel)).find(Boolean);"
        " return g && g.getAttribute('data-node-count') !== n; }", arg=before, timeout=timeout, polling="raf")


def click_node(page, iri: str) -> None:
    """Click the centre of a node on the vis-network canvas."""
    point = page.evaluate("""(iri) => {
        const holder = document.querySelector('[data-testid=kg-graph]')
            || [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
               .map(r => r.querySelector('[data-testid=kg-graph]')).find(Boolean);
        const net = holder.kgNetwork;
        const dom = net.canvasToDOM(net.getPosition(iri));
        const box = holder.querySelector('canvas').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""", iri)
    page.mouse.click(point["x"], point["y"])
