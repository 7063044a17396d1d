"""The README documents what users rely on; a test fails when something is undocumented."""

from __future__ import annotations

import gzip
import os
import re
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request
import zipfile

from bench.generate import generate
from kg.cli.main import build_parser
from kg.explore.viewstate import PARAMS, ViewState
from kg.store.store import ROOT
from kg.testing.virtuoso import free_port

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = "pip install -r requirements-dev.txt && python -m pytest"


def test_every_url_parameter_is_in_the_readme_table():
    documented = set(re.findall(r"^\| `(\w+)` \|", README, re.M))
    assert set(PARAMS) <= documented
    assert set(ViewState().to_params()) == set()


def test_every_cli_command_is_in_the_readme():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name in commands:
        assert f"python -m kg {name}" in README, name


def test_the_two_commands_and_ci_agree():
    assert "pip install -r requirements.txt && streamlit run app.py" in README
    assert TEST_COMMAND in README
    assert TEST_COMMAND in (ROOT / ".ci" / "run").read_text()


def test_the_readmes_streamlit_commands_pass_the_apps_options_after_a_double_dash():
    """`streamlit run app.py --workspace DIR` stops with "No such option: '--workspace'": the app's
    own options come after `--`, which Streamlit passes on to the script (Streamlit's own, such as
    --server.port, have a dot)."""
    tails = re.findall(r"streamlit run app\.py((?: [^`\n]*)?)", README)
    assert len(tails) >= 5
    for tail in tails:
        options = [w for w in tail.split() if w.startswith("--") and "." not in w]
        assert not options or options[0] == "--", tail


def test_streamlit_config_keeps_the_app_offline_and_quiet():
    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert 'showErrorDetails = "none"' in config
    assert "gatherUsageStats = false" in config


class _Recorder(socketserver.StreamRequestHandler):
    """A proxy that forwards nothing: it records the first line of every request sent to it."""
    def handle(self) -> None:
        self.server.seen.append(self.rfile.readline(2000).decode("latin-1").strip())


def test_the_readme_run_command_serves_the_app_and_sends_nothing_off_the_machine():
    """`streamlit run app.py` as the README's first section runs it (no --server.address, as a
    reader types it): it prints the README's address, serves the page, and sends no request off the
    machine at start (every proxy variable points at a recorder that forwards nothing)."""
    recorder = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Recorder)
    recorder.seen = []
    threading.Thread(target=recorder.serve_forever, daemon=True).start()
    proxy = f"http://127.0.0.1:{recorder.server_address[1]}"
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "http_proxy", "https_proxy")}
    env |= {"HTTP_PROXY": proxy, "HTTPS_PROXY": proxy, "http_proxy": proxy, "https_proxy": proxy}
    port = free_port()
    app = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                            "--server.fileWatcherType", "none"], cwd=ROOT, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    printed = []
    threading.Thread(target=lambda: printed.extend(app.stdout), daemon=True).start()
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        deadline = time.monotonic() + 60
        while f"http://localhost:{port}" not in "".join(printed) and time.monotonic() < deadline:
            time.sleep(0.2)  # the address is printed after the start's requests, if any
        with direct.open(f"http://127.0.0.1:{port}/_stcore/health", timeout=10) as response:
            assert response.read() == b"ok"
        assert "localhost:8501" in README and f"http://localhost:{port}" in "".join(printed), printed
    finally:
        app.terminate()
        app.wait(timeout=30)
        recorder.shutdown()
    assert recorder.seen == [], recorder.seen
    assert "Did not auto detect external IP" not in "".join(printed)
    assert "no static folder found" not in "".join(printed)


def test_a_fresh_clone_has_the_static_folder_the_app_serves():
    """server.enableStaticServing needs static/ beside app.py when Streamlit starts; the app fills
    it at its first page. Without the folder in the repository, the first start of a fresh clone
    warned "Static file serving is enabled, but no static folder found"."""
    tracked = subprocess.run(["git", "ls-files", "static"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert tracked.stdout.split() == ["static/.gitignore"]


def test_the_data_model_table_counts_match_the_data(store):
    from kg.explore.stats import class_counts
    totals = {c.iri.rsplit("#", 1)[-1]: c.total for c in class_counts(store)}
    rows = re.findall(r"^\| `nkg:(\w+)`[^|]*\|[^|]*\| (\d+) \|$", README, re.M)
    assert len(rows) >= 8
    for cls, count in rows:
        key = {"Recommendation": "Claim", "Person": "Actor"}.get(cls, cls)
        assert totals[key] == int(count), cls


def test_every_command_line_example_in_the_readme_runs(tmp_path):
    """Each `python -m kg …` line of the README's examples, as a user pastes it into a shell
    in a fresh directory (with the repository's kg/ and data/ at hand, and a big.nt.gz)."""
    for name in ("kg", "data"):
        (tmp_path / name).symlink_to(ROOT / name)
    generate(tmp_path / "big.nt", 10_000)
    (tmp_path / "big.nt.gz").write_bytes(gzip.compress((tmp_path / "big.nt").read_bytes()))
    lines = [line.split("  #")[0].strip() for block in re.findall(r"```bash\n(.*?)```", README, re.S)
             for line in block.splitlines()]
    ran = 0
    for line in lines:
        if line.startswith("unzip "):  # not every machine has unzip
            zipfile.ZipFile(tmp_path / line.split()[1]).extractall(tmp_path)
        elif line.startswith("python -m kg "):
            done = subprocess.run(sys.executable + line[len("python"):], shell=True, cwd=tmp_path, text=True,
                                  capture_output=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
            assert done.returncode == 0, (line, done.stderr[-2000:])
            ran += 1
    assert ran >= 11
    assert (tmp_path / "again.zip").read_bytes() == (tmp_path / "valdai.zip").read_bytes()
