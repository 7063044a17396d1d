"""The W3C suites' tally: each test records its outcome; the terminal summary prints the counts."""

from __future__ import annotations

from collections import Counter

import pytest

_OUTCOMES = pytest.StashKey[Counter]()


@pytest.fixture
def record(request):
    """``record(suite, expected, outcome)``: count one W3C test (expected: positive | negative)."""
    tally = request.config.stash.setdefault(_OUTCOMES, Counter())

    def add(suite: str, expected: str, outcome: str) -> None:
        tally[suite, expected, outcome] += 1

    return add


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    tally = config.stash.get(_OUTCOMES, None)
    if not tally:
        return
    write = terminalreporter.write_line
    terminalreporter.section("W3C RDF 1.1 and SPARQL syntax suites")
    suites = sorted({suite for suite, _, _ in tally})
    for suite in suites:
        counts = {key[1:]: n for key, n in tally.items() if key[0] == suite}
        total = sum(counts.values())
        shown = "; ".join(f"{expected} {outcome}: {n}" for (expected, outcome), n in sorted(counts.items()))
        write(f"{suite:<24} {total:>4} tests   {shown}")
    outcomes: Counter = Counter()
    for (_, expected, outcome), n in tally.items():
        outcomes[f"{expected} {outcome}"] += n
    write(f"{'all':<24} {sum(tally.values()):>4} tests   "
          + "; ".join(f"{o}: {n}" for o, n in sorted(outcomes.items())))
