"""A `python -m kg load` killed (SIGKILL) at any point: the store opens, earlier data is found,
the unfinished file is named, and running the same load again repairs the store exactly.

Real processes: the loader is `python -m kg load` in a subprocess that the test hook
``KG_TEST_CRASH_AT`` kills with SIGKILL at a named point (``KG_TEST_PAUSE_AT`` holds it
there until the test kills it from outside).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from kg.cli.main import main
from kg.explore.search import search
from kg.ingest.load import load_files
from kg.store.journal import JOURNAL_FILE
from kg.store.names import INDEX_FILE
from kg.store.store import ROOT, open_store
from tests.conftest import FIXTURES

PERSON = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/negkg/ns#Person>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def _people(path, name: str, n: int = 300):
    path.write_text("".join(f'<https://e.org/{name}/{i}> {PERSON} .\n<https://e.org/{name}/{i}> {LABEL} '
                            f'"{name}-person {i}" .\n' for i in range(n)))
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The second load's files, and the store both loads give when nothing goes wrong."""
    folder = tmp_path_factory.mktemp("crash")
    second = [_people(folder / "bravo.nt", "bravo"), _people(folder / "charlie.nt", "charlie")]
    load_files(folder / "clean", [FIXTURES / "mini.ttl"])
    load_files(folder / "clean", second, ontology=False)
    return second, folder / "clean"


def _kg(*args, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}, **kw)


def _names(store_dir) -> list[tuple]:
    with sqlite3.connect(f"file:{store_dir / INDEX_FILE}?mode=ro", uri=True) as db:
        return sorted(db.execute("SELECT folded, entity, matched, graph FROM names").fetchall())


def _search(store_dir, text: str, capsys) -> tuple[str, str]:
    assert main(["search", text, "--store", str(store_dir)]) == 0
    return capsys.readouterr()


def _assert_repaired_exactly(store_dir, second, clean, capsys):
    assert main(["load", *map(str, second), "--store", str(store_dir), "--no-ontology", "--quiet"]) == 0
    assert "this load repairs the store" in capsys.readouterr().err
    assert not (store_dir / JOURNAL_FILE).exists()
    assert open_store(path=store_dir).content_hash() == open_store(path=clean).content_hash()
    assert _names(store_dir) == _names(clean)
    out, err = _search(store_dir, "charlie-person 299", capsys)
    assert out.startswith("https://e.org/charlie/299\t") and err == ""


@pytest.mark.parametrize("point, unfinished", [
    ("before-write", "bravo.nt"),  # marked, nothing written yet
    ("during-write", "charlie.nt"),  # bravo written, half of charlie
    ("after-write", None),  # every graph written, the name index not yet
    ("after-index", None),  # the index written, the marker not yet removed
])
def test_a_load_killed_at_any_point_is_named_and_repaired_exactly(tmp_path, files, capsys, point, unfinished):
    second, clean = files
    store_dir = tmp_path / "s"
    load_files(store_dir, [FIXTURES / "mini.ttl"])
    loader = _kg("load", *second, "--store", store_dir, "--no-ontology", "--quiet",
                 env={"KG_TEST_CRASH_AT": point})
    loader.communicate(timeout=60)
    assert loader.returncode == -signal.SIGKILL
    store = open_store(path=store_dir)  # opens, read-only, while the marker is there
    assert [h.iri for h in search(store, "alice")] == ["https://example.org/mini/alice"]
    out, err = _search(store_dir, "alice", capsys)
    assert out.startswith("https://example.org/mini/alice\t")
    assert err.startswith("warning: The last `python -m kg load` into") and "did not finish" in err
    if unfinished:
        assert f"stopped while loading {next(str(p) for p in second if p.name == unfinished)}," in err
    else:
        assert "stopped while indexing the names; every file was loaded" in err
    assert f"Run `python -m kg load {second[0]} {second[1]} --store {store_dir} --no-ontology` again" in err
    if point == "during-write":  # the half-written file is there until the repair
        rows = store.select_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                 "FILTER(STRENDS(STR(?g), '/charlie')) }").rows
        assert int(rows[0][0]) == 300  # of 600
    _assert_repaired_exactly(store_dir, second, clean, capsys)


def test_a_second_load_into_a_store_being_loaded_is_refused_and_nothing_is_lost(tmp_path, files, capsys):
    second, clean = files
    store_dir = tmp_path / "s"
    load_files(store_dir, [FIXTURES / "mini.ttl"])
    first = _kg("load", *second, "--store", store_dir, "--no-ontology", "--quiet",
                env={"KG_TEST_PAUSE_AT": "during-write"})
    try:
        assert first.stderr.readline() == "paused at during-write\n"
        marker = (store_dir / JOURNAL_FILE).read_text()
        intruder = _kg("load", FIXTURES / "mini.ttl", "--store", store_dir, "--quiet")
        _, err = intruder.communicate(timeout=60)
        assert intruder.returncode == 1
        assert err.startswith("error: Cannot open the Oxigraph store") and "a running `python -m kg load`" in err
        assert (store_dir / JOURNAL_FILE).read_text() == marker  # the first load's marker untouched
        _, err = _search(store_dir, "alice", capsys)  # readers still read, and are told
        assert f"(process {first.pid}) is writing into {store_dir}, now loading {second[1]}" in err
    finally:
        first.kill()  # SIGKILL, from outside this time
        first.communicate(timeout=30)
    assert "did not finish: it stopped while loading" in _search(store_dir, "alice", capsys)[1]
    _assert_repaired_exactly(store_dir, second, clean, capsys)
