"""The README documents what users rely on; a test fails when something is undocumented."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import zipfile

from bench.generate import generate
from kg.cli.main import build_parser
from kg.explore.viewstate import PARAMS, ViewState
from kg.store.store import ROOT

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


def test_streamlit_config_keeps_the_app_offline_and_quiet():
    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert 'showErrorDetails = "none"' in config
    assert "gatherUsageStats = false" in config


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
