"""The W3C suites' counts, printed at the end of the test run.

Each test's outcome travels in its report (``user_properties``), so the counts are the same when
pytest-xdist runs the tests in worker processes: the process that prints the summary adds up the
reports it receives. tests/conftest.py registers the plugin, as the main process always loads it (it
loads tests/w3c/conftest.py only where it collects the tests, which under xdist it does not).
"""

from __future__ import annotations

from collections import Counter

#: The name of an outcome ``(suite, expected, outcome)`` in a report's ``user_properties``.
PROPERTY = "w3c"


class Tally:
    """A plugin: counts the outcomes of the reports it sees and prints them in the summary."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call":
            self.counts.update(tuple(value) for name, value in report.user_properties if name == PROPERTY)

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if not self.counts:
            return
        write = terminalreporter.write_line
        terminalreporter.section("W3C RDF 1.1 and SPARQL syntax suites")
        for suite in sorted({suite for suite, _, _ in self.counts}):
            counts = {key[1:]: n for key, n in self.counts.items() if key[0] == suite}
            shown = "; ".join(f"{expected} {outcome}: {n}" for (expected, outcome), n in sorted(counts.items()))
            write(f"{suite:<24} {sum(counts.values()):>4} tests   {shown}")
        outcomes: Counter = Counter()
        for (_, expected, outcome), n in self.counts.items():
            outcomes[f"{expected} {outcome}"] += n
        write(f"{'all':<24} {sum(self.counts.values()):>4} tests   "
              + "; ".join(f"{o}: {n}" for o, n in sorted(outcomes.items())))
