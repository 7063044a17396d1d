"""How long ``import kg`` takes in a fresh interpreter, and whether it loads a heavy library.

    python bench/import_time.py [RUNS]

Prints the median and range over RUNS fresh processes (default 9) of ``import kg`` alone and of
``import kg`` followed by the first use of the public API (``kg.open_store`` and the overview);
the target is under 0.3 s for ``import kg``. Tests check what is loaded, not how long it takes.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "networkx", "igraph", "owlrl", "pyshacl")
PROBE = """
import json, sys, time
started = time.perf_counter()
import kg
imported = time.perf_counter() - started
{then}
print(json.dumps({{"seconds": imported, "total": time.perf_counter() - started, "modules": sorted(sys.modules)}}))
"""
CASES = {"import kg": "", "import kg; the overview": "kg.subgraph_for(kg.open_store(), kg.ViewState())"}


def measure(then: str, runs: int) -> tuple[list[float], list[float], list[str]]:
    seconds, totals, heavy = [], [], set()
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE.format(then=then)], capture_output=True, text=True,
                             cwd=ROOT, check=True)
        record = json.loads(out.stdout)
        seconds.append(record["seconds"])
        totals.append(record["total"])
        heavy |= {m.split(".")[0] for m in record["modules"] if m.startswith(HEAVY)}
    return seconds, totals, sorted(heavy)


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 9
    for label, then in CASES.items():
        seconds, totals, heavy = measure(then, runs)
        print(f"{label:26} import kg: median {statistics.median(seconds) * 1000:5.0f} ms "
              f"({min(seconds) * 1000:.0f}–{max(seconds) * 1000:.0f}); whole: median "
              f"{statistics.median(totals) * 1000:5.0f} ms; heavy libraries loaded: {', '.join(heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
