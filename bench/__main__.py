"""The benchmark: ``python -m bench`` (10k, 100k and 1M triples) or ``python -m bench --quick`` (10k, < 1 min).

``python -m bench --size 10m`` is the growth run: the persistent store alone at 10k, 100k,
1M and 10M triples (long, several GB of disk; not part of the test suite), a table of
load, size on disk, peak RSS and the views against raw pyoxigraph at each size, and the
plot ``docs/bench-growth.svg`` of time against size.

For each size it generates a synthetic graph shaped like the paper's
(bench/generate.py), then measures, each backend in a process of its own:

- kg on the in-memory store, the persistent on-disk store and Virtuoso (when
  installed): load time and rate, peak RSS, label search, 2-hop
  neighbourhoods, shortest paths, a 200-node export and its HTML page;
- in the same run, the very queries kg sent, replayed on pyoxigraph directly
  ("raw") and on plain rdflib, so ratios hold on a noisy machine (kg and raw
  runs alternate);
- the app's rerun after a filter change (Streamlit AppTest, the paper's graph).

Prints a table per size and the targets of issue 6, and writes everything to
``bench/results/bench-<time>.json`` (and ``latest.json``). Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate
from bench.report import table, targets

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}
#: Sizes only the persistent store runs (memory would take gigabytes, plain rdflib hours).
BIG = {"10M"}
BACKENDS = ("memory", "disk", "virtuoso", "rdflib")


def _worker(args: list[str], timeout: float, env: dict | None = None) -> list[dict]:
    """Run one worker; keep the lines it printed even when it has to be stopped."""
    cmd = [sys.executable, "-m", "bench.worker", *args]
    proc = subprocess.Popen(cmd, cwd=HERE.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    try:
        out, err = proc.communicate(timeout=timeout)
        note = None if proc.returncode == 0 else f"worker failed: {err.strip().splitlines()[-1:]}"
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        note = f"stopped after {timeout:g} s"
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if note:
        records.append({"op": "note", "note": note})
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k triples only (under a minute)")
    parser.add_argument("--sizes", default=None, help="comma-separated: 10k,100k,1M (default: all)")
    parser.add_argument("--backends", default=",".join(BACKENDS), help="comma-separated: " + ",".join(BACKENDS))
    parser.add_argument("--runs", type=int, default=None, help="timed runs per operation (default 5; 3 with --quick)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per worker (default %(default)s)")
    parser.add_argument("--no-app", action="store_true", help="skip the app rerun measurement")
    parser.add_argument("--size", default=None, help="growth run: the persistent store from 10k up to this size "
                        "(e.g. 10m), a table and docs/bench-growth.svg")
    parser.add_argument("--resume", action="store_true", help="growth run: keep the sizes bench/results/growth.json "
                        "holds in full and run only the others (a size whose worker stopped is run again)")
    args = parser.parse_args(argv)
    if args.size:
        return growth(_size_name(args.size), runs=args.runs or 3, timeout=max(args.timeout, 7200), resume=args.resume)
    sizes = ["10k"] if args.quick else (args.sizes.split(",") if args.sizes else [s for s in SIZES if s not in BIG])
    sizes = [_size_name(s) for s in sizes]
    runs = args.runs or (3 if args.quick else 5)
    backends = [b for b in args.backends.split(",") if b]
    if "virtuoso" in backends and not shutil.which("virtuoso-t"):
        print("Virtuoso is not installed (apt-get install -y virtuoso-opensource): skipping it.", file=sys.stderr)
        backends.remove("virtuoso")
    RESULTS.mkdir(exist_ok=True)
    started = time.time()
    report = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "runs": runs, "cpus": os.cpu_count(),
              "python": sys.version.split()[0], "sizes": {}, "app": {}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        for size in sizes:
            report["sizes"][size] = _size(size, backends, runs, args.timeout, tmp)
            print(table(size, report["sizes"][size]), flush=True)
        if not args.no_app:
            report["app"] = _app(backends, runs, args.timeout, tmp)
    report["seconds"] = time.time() - started
    report["targets"] = targets(report)
    print(_targets_text(report["targets"]))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for name in (f"bench-{stamp}.json", "latest.json"):
        (RESULTS / name).write_text(json.dumps(report, indent=1))
    print(f"\nWrote {RESULTS / f'bench-{stamp}.json'} ({report['seconds']:.0f} s in all).")
    return 0


def _size_name(text: str) -> str:
    """``10m`` -> ``10M``: the names of :data:`SIZES`, any case."""
    found = {k.lower(): k for k in SIZES}.get(text.strip().lower())
    if found is None:
        raise SystemExit(f"Unknown size {text!r}; use one of {', '.join(SIZES)}.")
    return found


def growth(top: str, *, runs: int, timeout: float, resume: bool = False) -> int:
    """The persistent store at every size up to ``top``: one table, one JSON, one plot.

    With ``resume``, the sizes ``growth.json`` already holds in full are kept (each
    keeps the date of its own run, ``started``) and only the others run.
    """
    from bench.plot import plot
    from bench.report import growth_table
    sizes = list(SIZES)[: list(SIZES).index(top) + 1]
    RESULTS.mkdir(exist_ok=True)
    report = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "runs": runs, "cpus": os.cpu_count(),
              "python": sys.version.split()[0], "loadavg_start": os.getloadavg(), "sizes": {}}
    if resume and (RESULTS / "growth.json").exists():
        before = json.loads((RESULTS / "growth.json").read_text())
        report["sizes"] = {size: records for size, records in before.get("sizes", {}).items()
                           if size in sizes and complete(records)}
        report["resumed"] = {size: before.get("started") for size in report["sizes"]}
    with tempfile.TemporaryDirectory(prefix="kg-growth-", dir=RESULTS) as tmp:
        for size in [s for s in sizes if s not in report["sizes"]]:
            report["sizes"][size] = _size(size, ["disk"], runs, timeout, Path(tmp), record=False)
            print(growth_table(report), flush=True)
            (RESULTS / "growth.json").write_text(json.dumps(report, indent=1))
    report["loadavg_end"] = os.getloadavg()
    (RESULTS / "growth.json").write_text(json.dumps(report, indent=1))
    out = plot(report, HERE.parent / "docs" / "bench-growth.svg")
    print(f"\nWrote {RESULTS / 'growth.json'} and {out}.")
    return 0


def complete(records: dict) -> bool:
    """Whether a size's records are whole: every worker finished (none left a note) and
    the disk worker reached its last figure, the query process's peak RSS."""
    workers = list(records.values())
    return bool(workers) and all(not any(r.get("op") == "note" for r in w) for w in workers) and any(
        r.get("op") == "peak RSS" for r in records.get("disk", []))


def _size(size: str, backends: list[str], runs: int, timeout: float, tmp: Path, *, record: bool = True) -> dict:
    data = RESULTS / "data" / f"synthetic-{size}.nt"
    marks_file = data.with_suffix(".json")
    if not data.exists() or not marks_file.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        marks = generate(data, SIZES[size])
        marks_file.write_text(json.dumps(dataclasses.asdict(marks)))
    queries = tmp / f"queries-{size}.json"
    out = {}
    if size in BIG:
        backends = [b for b in backends if b == "disk"]
    # memory records kg's queries for rdflib
    order = (["memory"] if record and size not in BIG else []) + [b for b in backends if b != "memory"]
    for backend in order:
        workdir = tmp / f"{backend}-{size}"
        workdir.mkdir()
        out[backend] = _worker([backend, "--data", str(data), "--landmarks", str(marks_file), "--queries",
                                str(queries), "--runs", str(runs), "--workdir", str(workdir)], timeout)
        shutil.rmtree(workdir, ignore_errors=True)
    return out


def _app(backends: list[str], runs: int, timeout: float, tmp: Path) -> dict:
    """The app on the paper's graph: embedded, and on the other backends loaded with it."""
    out = {"memory": _worker(["app", "--runs", str(runs)], timeout)}
    if "disk" in backends:
        from kg.ingest.load import load_files
        from kg.store.store import default_files
        load_files(tmp / "paper-store", default_files(), ontology=False)
        out["disk"] = _worker(["app", "--runs", str(runs)], timeout, env={"KG_STORE": str(tmp / "paper-store")})
    if "virtuoso" in backends:
        from kg.store.store import default_files
        from kg.testing.virtuoso import VirtuosoServer
        server = VirtuosoServer.find()
        with server.started(tmp / "paper-virtuoso"):
            server.load(default_files())
            out["virtuoso"] = _worker(["app", "--runs", str(runs)], timeout,
                                      env={"KG_SPARQL_ENDPOINT": server.sparql_url})
    return out


def _targets_text(rows: list[dict]) -> str:
    lines = ["", "Targets (issue 6 §5)"]
    for t in rows:
        mark = {True: "met", False: "MISSED", None: "not measured"}[t["met"]]
        lines.append(f"  {mark:12}  {t['target']}: {t['value']}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
