"""Tables and target checks for the benchmark's results."""

from __future__ import annotations

__all__ = ["table", "targets", "record"]

OPS = [  # (op, label, unit): per call, in milliseconds unless "s"
    ("first search", "first search (builds the name index)", "ms"),
    ("label search", "label search", "ms"),
    ("REGEX search query", "the SPARQL REGEX search query", "ms"),
    ("2-hop neighbourhood", "2-hop neighbourhood (≤300 nodes)", "ms"),
    ("2-hop around a hub", "2-hop around a hub (≤300 nodes)", "ms"),
    ("shortest path", "shortest paths", "ms"),
    ("export 200 nodes (Turtle)", "export of 200 nodes, Turtle (kg.export.exporter)", "ms"),
    ("export 200 nodes (GraphML)", "export of 200 nodes, GraphML (kg.export.exporter)", "ms"),
    ("HTML of 200 nodes", "HTML page of 200 nodes (kg.export.exporter)", "ms"),
]
KG = ("memory", "disk", "virtuoso")


def record(records: list[dict] | None, op: str) -> dict | None:
    return next((r for r in records or () if r.get("op") == op), None)


def per_call(r: dict | None) -> float | None:
    if not r or "median" not in r:
        return None
    return r["median"] / r.get("calls", 1)


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:,.1f}" if value < 10 else f"{value * 1000:,.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}×" if a and b else "—"


def table(size: str, results: dict[str, list[dict]]) -> str:
    cols = [b for b in (*KG, "rdflib") if b in results]
    head = ["", *cols, "raw pyoxigraph", "kg ÷ raw (memory, disk)", "kg's queries ÷ raw"]
    rows = []
    load = [record(results.get(b), "load") for b in cols]
    rows.append(["load, s (triples/s)"] + [f"{r['median']:.2f} ({r['rate']:,.0f}/s)" if r else "—" for r in load]
                + ["", "", ""])
    rss = []
    for b in cols:
        r = record(results.get(b), "peak RSS")
        extra = f" + server {r['server_peak_rss_mb']:.0f}" if r and r.get("server_peak_rss_mb") else ""
        rss.append(f"{r['mb']:.0f}{extra}" if r else "—")
    rows.append(["peak RSS, MB"] + rss + ["", "", ""])
    for op, label, _ in OPS:
        cells = [_ms(per_call(record(results.get(b), op))) for b in cols]
        whole, same = [], []
        for b in ("memory", "disk"):
            kg, raw = record(results.get(b), op), record(results.get(b), f"raw: {op}")
            if kg and raw:
                whole.append(_ratio(kg["median"], raw["median"]))
            queries = record(results.get(b), f"kg queries: {op}")
            if queries:
                same.append(_ratio(queries["median"], queries["raw_median"]))
        raw = record(results.get("memory"), f"raw: {op}")
        calls = (record(results.get("memory"), op) or {}).get("calls", 1)
        rows.append([label + ", ms"] + cells + [_ms(raw and raw["median"] / calls), ", ".join(whole) or "—",
                                               ", ".join(same) or "—"])
    notes = [f"  {b}: {r['note']}" for b in cols for r in results.get(b, []) if r.get("op") == "note"]
    triples = (record(results.get("memory"), "load") or {}).get("triples")
    title = f"\n{size} synthetic triples" + (f" ({triples:,} with the ontology)" if triples else "")
    return "\n".join([title, _grid([head] + rows)] + notes)


def _grid(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
                     + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def targets(report: dict) -> list[dict]:
    big = report["sizes"].get("1M", {})
    out = []

    def add(target: str, value: float | None, limit: float, unit: str, what: str = "") -> None:
        shown = "not measured" if value is None else f"{value:,.2f} {unit}{what}"
        out.append({"target": target, "value": shown, "met": None if value is None else value < limit,
                    "measured": value, "limit": limit})

    load = record(big.get("disk"), "load")
    add("1M triples into the persistent store < 30 s", load and load["median"], 30, "s")
    for op in ("label search", "2-hop neighbourhood"):
        values = [per_call(record(big.get(b), op)) for b in ("memory", "disk")]
        values = [v * 1000 for v in values if v is not None]
        add(f"{op} < 100 ms at 1M (embedded: memory, disk)", max(values) if values else None, 100, "ms")
    ratios = []
    for b in ("memory", "disk"):
        for op, _, _ in OPS:
            q = record(big.get(b), f"kg queries: {op}")
            if q:
                ratios.append((q["median"] / q["raw_median"], f"{b}, {op}"))
    worst = max(ratios) if ratios else None
    add("kg overhead over raw pyoxigraph for the same queries ≤ 1.5×", worst and worst[0], 1.5 + 1e-9, "×",
        f" (worst: {worst[1]})" if worst else "")
    reruns = [per_call(record(report.get("app", {}).get(b), "app rerun after a filter change")) for b in KG]
    app = per_call(record(report.get("app", {}).get("memory"), "app rerun after a filter change"))
    shown = ", ".join(f"{b} {v * 1000:.0f} ms" for b, v in zip(KG, reruns) if v is not None)
    add("app rerun after a filter change < 300 ms (paper's graph, embedded)", app and app * 1000, 300, "ms",
        f" ({shown})" if shown else "")
    return out
