"""A canary HTTP server on 127.0.0.1: hostile inputs point at it, tests assert it heard nothing.

Every request is recorded (method and path) and answered with a plausible
body (a SPARQL JSON result, a JSON-LD context, an RDF document), so a client
that does reach it would also get something to act on. ``Canary.url(path)``
gives the address; the fixture checks the canary works before handing it out,
so "no requests" always means "nobody asked".
"""

from __future__ import annotations

import http.server
import threading
import time
import urllib.request

import pytest

BODY = (b'{"head": {"vars": ["s"]}, "results": {"bindings": []}, '
        b'"@context": {"x": "http://example.org/x"}}')


class Canary:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        canary = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                canary.requests.append((self.command, self.path))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(BODY)))
                self.end_headers()
                try:
                    self.wfile.write(BODY)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the caller gave up on the answer (a refusal or a timeout): the request is recorded

            do_GET = do_POST = do_HEAD = _answer

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    def url(self, path: str = "canary") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def heard(self, settle: float = 0.05) -> list[tuple[str, str]]:
        """The requests received, after giving late ones time to arrive."""
        time.sleep(settle)
        return list(self.requests)

    def __enter__(self) -> "Canary":
        self.thread.start()
        urllib.request.urlopen(self.url("self-test"), timeout=5).read()
        assert self.requests == [("GET", "/self-test")], "the canary does not record requests"
        self.requests.clear()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def canary():
    with Canary() as c:
        yield c
