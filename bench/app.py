"""The Streamlit app's rerun after a filter change (AppTest, on the paper's graph)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.measure import emit, peak_rss_mb

__all__ = ["run_app"]


def run_app(runs: int, workdir: Path | None) -> None:
    from streamlit.testing.v1 import AppTest

    from kg.store.store import ROOT
    app = str(ROOT / "app.py")
    if not Path(app).exists():
        emit("app rerun after a filter change", None, note="not measured: app.py is not on this branch")
        return
    label = os.environ.get("KG_SPARQL_ENDPOINT") and "virtuoso" or os.environ.get("KG_STORE") and "disk" or "memory"
    at = AppTest.from_file(app, default_timeout=120)
    started = time.perf_counter()
    at.run()
    emit("app first run", [time.perf_counter() - started], backend=label)
    if at.exception:
        emit("app rerun after a filter change", None, note=f"the app failed: {at.exception[0].value}")
        return
    times = []
    choices = [[n] for n in range(1, 8)] + [[n, n % 7 + 1] for n in range(1, 8)]
    for traits in choices[: max(runs, 3) * 2]:
        widget = at.multiselect(key="w_traits")
        started = time.perf_counter()
        widget.set_value(traits).run()
        times.append(time.perf_counter() - started)
        assert not at.exception, at.exception[0].value
        assert at.query_params.get("trait") in (",".join(map(str, sorted(traits))), [",".join(map(str, sorted(traits)))]), \
            f"the filter did not reach the view: {dict(at.query_params)}"
    emit("app rerun after a filter change", times, backend=label, filter="traits")
    emit("peak RSS", None, mb=peak_rss_mb())
