"""The README documents what users rely on; a test fails when something is undocumented."""

from __future__ import annotations

import re

from kg.cli import build_parser
from kg.store import ROOT
from kg.viewstate import PARAMS, ViewState

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
    from kg.stats import class_counts
    totals = {c.iri.rsplit("#", 1)[-1]: c.total for c in class_counts(store)}
    rows = re.findall(r"^\| `nkg:(\w+)`[^|]*\|[^|]*\| (\d+) \|$", README, re.M)
    assert len(rows) >= 8
    for cls, count in rows:
        key = {"Recommendation": "Claim", "Person": "Actor"}.get(cls, cls)
        assert totals[key] == int(count), cls
