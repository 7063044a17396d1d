"""Does compacting the store after a bulk load pay? ``python bench/compaction.py [FILE]``

Loads FILE (default: the benchmark's 1M synthetic graph, bench/results/data/) twice with
``kg.ingest.load.load_files``, compacted (as ``python -m kg load`` does) and not, then
opens each read-only in a fresh process, as the app does, and times the views of the
benchmark on both in turns: the 2-hop view as drawn and with its evidence, label search,
shortest paths (medians of ``RUNS``). Prints a table; writes bench/results/compaction.json.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import write_results  # noqa: E402

RUNS = 9
#: Opens a store and reads it whole, in a process of its own.
OPEN = "import sys; from kg.store.store import open_store; open_store(path=sys.argv[1]).triple_count()"
#: One process per store and round: times every view RUNS times, prints JSON.
VIEWS = """
import json, statistics, sys, time
from kg.explore.neighbourhood import neighbourhood
from kg.explore.paths import shortest_paths
from kg.explore.search import search
from kg.store.store import open_store
marks = json.loads(open(sys.argv[2]).read())
store = open_store(path=sys.argv[1])
ops = {
    "2-hop view, drawn": lambda: neighbourhood(store, [marks["focus"]], hops=2, max_nodes=300, evidence=False),
    "2-hop view": lambda: neighbourhood(store, [marks["focus"]], hops=2, max_nodes=300),
    "label search": lambda: [search(store, t, limit=20) for t in marks["searches"]],
    "shortest paths": lambda: shortest_paths(store, marks["path_from"], marks["path_to"]),
}
out = {}
for name, op in ops.items():
    op()
    times = []
    for _ in range(int(sys.argv[3])):
        started = time.perf_counter()
        op()
        times.append(time.perf_counter() - started)
    out[name] = statistics.median(times)
print(json.dumps(out))
"""


def _size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    from kg.ingest.load import load_files
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "results" / "data" / "synthetic-1M.nt"
    marks = data.with_suffix(".json")
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="kg-compaction-") as tmp:
        stores = {"compacted": Path(tmp) / "compacted", "not compacted": Path(tmp) / "plain"}
        for name, folder in stores.items():
            started = time.perf_counter()
            load_files(folder, [data], compact=name == "compacted")
            rows[name] = {"load_s": round(time.perf_counter() - started, 2)}
        for name, folder in stores.items():  # after the loading process let go: what stays on disk
            subprocess.run([sys.executable, "-c", OPEN, str(folder)], cwd=ROOT, check=True)
            rows[name]["mb_on_disk"] = round(_size_mb(folder), 1)
        rounds: dict[str, list[dict]] = {name: [] for name in stores}
        for _ in range(3):  # in turns, so a noisy neighbour slows both alike
            for name, folder in stores.items():
                done = subprocess.run([sys.executable, "-c", VIEWS, str(folder), str(marks), str(RUNS)], cwd=ROOT,
                                      check=True, capture_output=True, text=True)
                rounds[name].append(json.loads(done.stdout.splitlines()[-1]))
        for name, found in rounds.items():
            for op in found[0]:
                rows[name][op + ", ms"] = [round(r[op] * 1000, 1) for r in found]
        shutil.rmtree(tmp, ignore_errors=True)
    for name, row in rows.items():
        print(name, json.dumps(row))
    write_results("compaction", [{"store": k, **v} for k, v in rows.items()])


if __name__ == "__main__":
    main()
