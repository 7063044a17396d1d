"""`python -m kg check FILE`: exit 0 when the file would be accepted, else 1 with the message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.store.store import ROOT

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
UPLOAD = Path(__file__).parent / "fixtures" / "upload"


def test_accepted_file_exits_0(capsys):
    assert main(["check", str(UPLOAD / "base.ttl")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("base.ttl: 21 triples; every check passed. An upload would be loaded into "
                          "<https://w3id.org/negkg/graph/upload/base>.")


@pytest.mark.parametrize("name, words", [
    ("undeclared-prefix.ttl", "error: undeclared-prefix.ttl, line 6, column 5: The prefix rdfs: has not been declared"),
    ("entity-bomb.rdf", "error: entity-bomb.rdf, line 2, column 1: a DTD (<!DOCTYPE …>) is refused in uploads"),
    ("latin1-mid-file.ttl", "error: latin1-mid-file.ttl, line 3, column 20: invalid UTF-8 (byte 0xe9 at byte "
                            "offset 100)"),
    ("image.ttl", "error: image.ttl is not a text file"),
    ("empty.ttl", "error: empty.ttl is empty"),
])
def test_refused_file_exits_1_with_the_message(capsys, name, words):
    assert main(["check", str(HOSTILE / name)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(words) and "Traceback" not in captured.err
    assert captured.out == ""


def test_non_conforming_file_exits_1_with_the_report(capsys):
    assert main(["check", str(UPLOAD / "unlabelled.ttl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: unlabelled.ttl does not conform to the project's shapes (2 violation(s))")
    assert "rdfs:label" in err


def test_size_is_checked_before_the_file_is_read(capsys, tmp_path):
    big = tmp_path / "big.nt"
    with big.open("wb") as handle:
        handle.truncate(3 * 2**20)  # sparse: 3 MB of NUL bytes, never read
    assert main(["check", str(big), "--max-mb", "2"]) == 1
    assert capsys.readouterr().err.startswith("error: big.nt is 3.0 MB; the upload limit is 2 MB.")


def test_missing_file_exits_1(capsys, tmp_path):
    assert main(["check", str(tmp_path / "absent.ttl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Cannot read ") and err.rstrip().endswith("absent.ttl: No such file or directory.")


def test_real_command_line():
    ok = subprocess.run([sys.executable, "-m", "kg", "check", str(UPLOAD / "base.ttl")], cwd=ROOT,
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run([sys.executable, "-m", "kg", "check", str(HOSTILE / "missing-dot.ttl")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1
    assert bad.stderr == "error: missing-dot.ttl, line 3, column 1: A dot is expected at the end of statements\n"
    usage = subprocess.run([sys.executable, "-m", "kg", "check"], cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
    assert usage.returncode == 2 and "the following arguments are required: FILE" in usage.stderr


# -- no traceback, whatever the input (issue 13, item 3) ----------------------

ILL_TYPED = {
    "flargh.ttl": b'@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                  b'<https://e.org/a> <https://e.org/p> "flargh"^^xsd:integer ; <https://e.org/q> "32"^^xsd:date .\n',
    "digits.nt": b'<https://e.org/a> <https://e.org/p> "' + b"9" * 100_000
                 + b'"^^<http://www.w3.org/2001/XMLSchema#integer> .\n',
}


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.mark.parametrize("name", sorted(ILL_TYPED))
def test_ill_typed_literals_give_a_note_not_a_traceback(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ILL_TYPED[name])
    run = _kg("check", str(path))
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stdout + run.stderr and "Failed to convert" not in run.stderr
    assert run.stderr == ""
    assert "not readable as values of their datatype" in run.stdout


def test_ill_typed_literals_in_query_results_give_no_traceback():
    run = _kg("query", "--query", 'SELECT ?x WHERE { VALUES ?x { "flargh"^^xsd:integer "1e99999"^^xsd:double } }')
    assert run.returncode == 0, run.stderr
    assert run.stderr == "" and "flargh" in run.stdout
