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
from dataclasses import dataclass
from pathlib import Path

from kg.store.store import ROOT
from kg.testing.virtuoso import free_port

__all__ = ["ARTIFACTS", "CHROMIUM_FLAGS", "AppServer", "chromium_path", "start_app"]

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
class AppServer:
    url: str
    process: subprocess.Popen
    log: Path


def start_app(env: dict[str, str] | None = None, name: str = "app") -> AppServer:
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    # One log per pytest-xdist worker: workers start their own servers at the same time.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    log = ARTIFACTS / f"streamlit-{name}{'-' + worker if worker else ''}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.address", "127.0.0.1",
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
