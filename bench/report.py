"""Tables and target checks for the benchmark's results."""

from __future__ import annotations

__all__ = ["table", "targets", "record", "growth_table", "load_ratio", "GROWTH_OPS"]

OPS = [  # (op, label, unit): per call, in milliseconds unless "s"
    ("first search", "first search (builds the name index)", "ms"),
    ("label search", "label search", "ms"),
    ("REGEX search query", "the SPARQL REGEX search query", "ms"),
    ("2-hop neighbourhood", "2-hop neighbourhood (≤300 nodes)", "ms"),
    ("2-hop view drawn", "2-hop view as drawn, evidence on demand (≤300 nodes)", "ms"),
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
    raw_load = record(results.get("disk"), "raw: load")
    rows.append(["load, s (triples/s)"] + [f"{r['median']:.2f} ({r['rate']:,.0f}/s)" if r else "—" for r in load]
                + [f"{raw_load['median']:.2f} (bulk_load)" if raw_load else "",
                   f"disk {load_ratio(results.get('disk')):.2f}×" if raw_load else "", ""])
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
    add("kg load ≤ 1.5× raw pyoxigraph bulk_load of the same file, same run (1M)", load_ratio(big.get("disk")),
        1.5 + 1e-9, "×")
    drawn = per_call(record(big.get("disk"), "2-hop view drawn"))
    add("2-hop view on disk ≤ 100 ms at 1M (as drawn, evidence on demand)", drawn and drawn * 1000, 100 + 1e-9, "ms")
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


def load_ratio(records: list[dict] | None) -> float | None:
    """kg load ÷ raw pyoxigraph bulk_load of the same file, medians of runs taken in turns."""
    kg, raw = record(records, "load"), record(records, "raw: load")
    return kg["median"] / raw["median"] if kg and raw and raw["median"] else None


#: The operations of the growth table and plot: (op, label).
GROWTH_OPS = [("label search", "label search"), ("2-hop neighbourhood", "2-hop view"),
              ("2-hop view drawn", "2-hop view, drawn"), ("shortest path", "shortest paths")]


def growth_table(report: dict) -> str:
    """The persistent store at each size: load against raw bulk_load, disk, memory, views against raw."""
    sizes = list(report["sizes"])
    head = ["", *sizes]
    rows = []

    def row(label: str, cell) -> None:
        rows.append([label] + [cell(report["sizes"][s].get("disk")) for s in sizes])

    def load_cell(r):
        kg, raw = record(r, "load"), record(r, "raw: load")
        if not kg:
            return "—"
        text = f"{kg['median']:.1f} s ({kg['rate']:,.0f}/s)"
        return text + (f"; raw {raw['median']:.1f} s = {kg['median'] / raw['median']:.2f}×" if raw else "")

    row("load: kg; raw bulk_load; ratio", load_cell)
    row("store on disk, MB (raw)", lambda r: (f"{record(r, 'load process')['mb_on_disk']:,.0f} "
                                            f"({record(r, 'raw: load')['mb_on_disk']:,.0f})")
        if record(r, "load process") and record(r, "raw: load") else "—")
    row("peak RSS, MB: load (raw load); queries", lambda r: (
        f"{record(r, 'load process')['peak_rss_mb']:,.0f} ({record(r, 'raw: load')['peak_rss_mb']:,.0f}); "
        + (f"{record(r, 'peak RSS')['mb']:,.0f}" if record(r, "peak RSS") else "—"))
        if record(r, "load process") and record(r, "raw: load") else "—")
    for op, label in GROWTH_OPS:
        def cell(r, op=op):
            kg, raw = record(r, op), record(r, f"raw: {op}")
            if not kg or "median" not in kg:
                return "—"
            calls = kg.get("calls", 1)
            text = _ms(kg["median"] / calls)
            return text + (f" (raw {_ms(raw['median'] / calls)}, {kg['median'] / raw['median']:.2f}×)" if raw else "")
        row(f"{label}, ms (raw, ratio)", cell)
    row("load average at the load", lambda r: ", ".join(f"{x:.1f}" for x in (record(r, "load process") or {})
                                                        .get("loadavg", ())) or "—")
    notes = [f"  {s}: {r['note']}" for s in sizes for r in report["sizes"][s].get("disk", []) if r.get("op") == "note"]
    return "\n".join(["\nThe persistent store as it grows (kg ÷ raw pyoxigraph in the same run)", _grid([head] + rows)]
                     + notes)
