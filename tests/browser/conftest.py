"""A real `streamlit run app.py` on 127.0.0.1 and a real headless Chromium.

Chromium is Debian's (/usr/bin/chromium or $KG_CHROMIUM), driven by
Playwright through ``executable_path`` (Playwright's own browser download is
not available here). Every request that is not to the local app is blocked
and recorded, so tests can assert the app is fully offline. Screenshots go to
``test-artifacts/``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest

from kg.testing.browser import ARTIFACTS, CHROMIUM_FLAGS, chromium_path, start_app


@pytest.fixture(scope="session")
def store(memory_store):
    """The app under test reads its default, embedded store: expectations come from the same.
    (tests/test_backends.py checks the app on a persistent store and on Virtuoso.)"""
    return memory_store


def _need_browser():
    path = chromium_path()
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        path = None
    if path is None:
        message = "Chromium or Playwright is missing (apt-get install chromium; pip install playwright)"
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(message + " and KG_REQUIRE_BROWSER=1 requires the browser tests to run.")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def app_server():
    _need_browser()
    server = start_app()
    yield server
    server.process.terminate()
    server.process.wait(10)


@dataclass
class Offline:
    """Requests that left (or tried to leave) the machine."""

    blocked: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser():
    path = _need_browser()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    """A fresh page; external requests are blocked and recorded in ``page.offline``."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    offline = Offline()

    def guard(route):
        url = route.request.url
        host = urlparse(url).hostname
        if url.startswith(("data:", "blob:", "about:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            offline.blocked.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("websocket", lambda ws: offline.blocked.append(ws.url)
            if urlparse(ws.url).hostname not in ("127.0.0.1", "localhost") else None)
    page.offline = offline
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
