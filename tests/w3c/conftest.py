"""The W3C suites' tally: each test records its outcome; the terminal summary prints the counts
(tests/w3c/tally.py, registered by tests/conftest.py)."""

from __future__ import annotations

import pytest

from w3c.tally import PROPERTY


@pytest.fixture
def record(request):
    """``record(suite, expected, outcome)``: count one W3C test (expected: positive | negative)."""

    def add(suite: str, expected: str, outcome: str) -> None:
        request.node.user_properties.append((PROPERTY, (suite, expected, outcome)))

    return add
