"""`python -m kg load`: bulk loading into a persistent store, its errors, its name index."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys

import pytest
from rdflib import Graph

import kg.ingest.load
from kg.cli.main import main
from kg.errors import BackendError, DataSyntaxError
from kg.explore.search import search
from kg.ingest.load import TextProgress, load_files
from kg.store.names import INDEX_FILE
from kg.store.store import ROOT, graph_for, open_store
from tests.conftest import FIXTURES, MINI

EX = "https://example.org/mini/"
ONTOLOGY = ROOT / "ontology" / "negkg.ttl"


def _triples(*paths) -> int:
    return sum(len(Graph().parse(p)) for p in paths)


def test_load_fills_one_named_graph_per_file(tmp_path):
    report = load_files(tmp_path / "s", [FIXTURES / "mini.ttl"])
    assert report.graphs == (graph_for(ONTOLOGY), graph_for(FIXTURES / "mini.ttl"))
    store = open_store(path=tmp_path / "s")
    assert store.triple_count() == report.triples == _triples(*MINI)
    assert list(store.backend.graphs()) == sorted(report.graphs)


def test_loading_again_replaces_instead_of_adding(tmp_path):
    load_files(tmp_path / "s", [FIXTURES / "mini.ttl"])
    names = len(open_store(path=tmp_path / "s").name_index())
    load_files(tmp_path / "s", [FIXTURES / "mini.ttl"])
    store = open_store(path=tmp_path / "s")
    assert store.triple_count() == _triples(*MINI)
    assert len(store.name_index()) == names == len(open_store(files=MINI).name_index())
    assert [h.iri for h in search(store, "alice")] == [EX + "alice"]


def test_no_ontology_loads_only_the_files(tmp_path):
    report = load_files(tmp_path / "s", [FIXTURES / "mini.ttl"], ontology=False)
    assert report.graphs == (graph_for(FIXTURES / "mini.ttl"),)


def test_a_syntax_error_names_file_line_column_and_writes_nothing(tmp_path):
    load_files(tmp_path / "s", [FIXTURES / "mini.ttl"])
    before = open_store(path=tmp_path / "s").triple_count()
    good = tmp_path / "good.ttl"
    good.write_text("<https://e.org/a> <https://e.org/p> 'fine' .\n")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix e: <https://e.org/> .\n\ne:a e:p 'one' ;\n    e:q 'two' e:r .\n")
    with pytest.raises(DataSyntaxError) as caught:
        load_files(tmp_path / "s", [good, bad])
    assert (caught.value.source, caught.value.line, caught.value.column) == (str(bad), 4, 15)
    assert open_store(path=tmp_path / "s").triple_count() == before  # not even good.ttl


@pytest.mark.parametrize("name, message", [
    ("notes.txt", r"unknown RDF file extension '\.txt'"),
    ("missing.ttl", "no such file"),
])
def test_bad_inputs_are_refused_before_anything_is_written(tmp_path, name, message):
    if name.endswith(".txt"):
        (tmp_path / name).write_text("hello")
    with pytest.raises(DataSyntaxError, match=message):
        load_files(tmp_path / "s", [tmp_path / name])
    assert not (tmp_path / "s").exists()


def test_gzip_ntriples_and_blank_nodes_of_different_files_stay_apart(tmp_path):
    for name, value in (("a.nt.gz", "1"), ("b.nt.gz", "2")):
        with gzip.open(tmp_path / name, "wt") as f:
            f.write(f'_:b0 <https://e.org/p> "{value}" .\n')
    load_files(tmp_path / "s", [tmp_path / "a.nt.gz", tmp_path / "b.nt.gz"], ontology=False)
    rows = open_store(path=tmp_path / "s").select_text(
        "SELECT DISTINCT ?s WHERE { ?s <https://e.org/p> ?o }").rows
    assert len(rows) == 2


def test_the_bulk_loader_and_a_transaction_give_the_same_store_with_progress(tmp_path, monkeypatch):
    small = load_files(tmp_path / "small", [FIXTURES / "mini.ttl"])  # both files in one transaction each
    monkeypatch.setattr(kg.ingest.load, "BATCH", 40)
    monkeypatch.setattr(kg.ingest.load, "SMALL", 10)  # both files through Oxigraph's bulk loader
    seen = []
    report = load_files(tmp_path / "bulk", [FIXTURES / "mini.ttl"], progress=seen.append)
    checks, loads = [p for p in seen if p.phase == "check"], [p for p in seen if p.phase == "load"]
    assert seen == checks + loads and len(checks) > 4  # the check reports every 40 triples
    assert [p.triples for p in seen] == sorted(p.triples for p in checks) + sorted(p.triples for p in loads)
    assert [p.file_done for p in loads] == [True, True] and loads[-1].triples == loads[-1].total == report.triples
    bulk = open_store(path=tmp_path / "bulk")
    assert report.triples == small.triples == bulk.triple_count()
    assert bulk.content_hash() == open_store(path=tmp_path / "small").content_hash()
    assert [h.iri for h in search(bulk, "alice")] == [EX + "alice"]


def test_cli_load_reports_progress_and_the_store_serves_every_command(tmp_path, capsys):
    assert main(["load", str(FIXTURES / "mini.ttl"), "--store", str(tmp_path / "s")]) == 0
    out, err = capsys.readouterr()
    assert f"into {tmp_path / 's'}" in out and f"KG_STORE={tmp_path / 's'}" in out
    assert "loading 2/2" in err and str(FIXTURES / "mini.ttl") in err  # one line per file, not a terminal
    assert main(["search", "søren", "--store", str(tmp_path / "s")]) == 0
    assert capsys.readouterr().out.startswith(f"{EX}bob\tBob\tperson")
    assert main(["show", "Alice", "--store", str(tmp_path / "s")]) == 0
    assert "participant" in capsys.readouterr().out
    # a user query runs in the fenced worker on the read-only store too
    assert main(["query", "--query", "SELECT ?l WHERE { ?x a nkg:Trait ; rdfs:label ?l } ORDER BY ?l",
                 "--format", "csv", "--store", str(tmp_path / "s")]) == 0
    assert capsys.readouterr().out.splitlines() == ["l", "Trait one", "Trait two"]
    assert main(["stats", "--store", str(tmp_path / "s")]) == 0
    assert capsys.readouterr().out.startswith(f"{_triples(*MINI):,} triples")


def test_cli_load_error_is_one_sentence(tmp_path, capsys):
    bad = tmp_path / "bad.nt"
    bad.write_text('<https://e.org/a> <https://e.org/p> "x"\n')
    assert main(["load", str(bad), "--store", str(tmp_path / "s"), "--quiet"]) == 1
    # the parser notices the missing dot where the next statement should start
    assert capsys.readouterr().err == f"error: {bad}, line 2, column 1: Quads must be followed by a dot\n"


def test_terminal_progress_redraws_one_line():
    stream = io.StringIO()
    stream.isatty = lambda: True
    progress = TextProgress(stream, interval=0)
    for n in (100, 200):
        progress(kg.ingest.load.LoadProgress("load", FIXTURES / "mini.ttl", 1, 1, n, 200, 0.5, n == 200))
    progress.close()
    lines = stream.getvalue().split("\r")
    assert lines[-1].startswith("loading  [" + "#" * 24 + "] 100% 200/200 triples  400/s  file 1/1 mini.ttl")
    assert stream.getvalue().endswith("\n") and stream.getvalue().count("\n") == 1


def test_a_store_without_an_index_gets_one(tmp_path):
    import pyoxigraph as ox
    raw = ox.Store(str(tmp_path / "s"))
    raw.load(path=str(FIXTURES / "mini.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("urn:g:other"))
    del raw
    load_files(tmp_path / "s", [], ontology=True)
    assert [h.iri for h in search(open_store(path=tmp_path / "s"), "alice")] == [EX + "alice"]


def test_a_store_written_by_another_process_is_named(tmp_path):
    load_files(tmp_path / "s", [FIXTURES / "mini.ttl"], ontology=False)
    holder = subprocess.Popen([sys.executable, "-c", "import pyoxigraph, sys; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(tmp_path / "s")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(BackendError, match="Another process has it open for writing"):
            load_files(tmp_path / "s", [FIXTURES / "mini.ttl"], ontology=False)
        # readers are not blocked: the app and the CLI open the store read-only
        assert open_store(path=tmp_path / "s").triple_count() == _triples(FIXTURES / "mini.ttl")
    finally:
        holder.communicate("", timeout=10)


def test_opening_a_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(BackendError, match=r"python -m kg load FILES --store .*nope"):
        open_store(path=tmp_path / "nope")
    assert not (tmp_path / "nope").exists()
    assert not (tmp_path / INDEX_FILE).exists()
