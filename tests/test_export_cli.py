"""``python -m kg export``: exit codes, files, and regeneration from a manifest in a new process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from export_support import CREATED, mini_store_dir  # noqa: F401

from kg.cli.main import main
from kg.store.store import ROOT


def run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(args, out=out), out.getvalue()


def test_export_writes_the_file(tmp_path, mini_store_dir):
    target = tmp_path / "v.ttl"
    code, out = run(["export", "--store", str(mini_store_dir), "--focus", "Valdai Conference", "--hops", "2",
                        "--format", "ttl", "-o", str(target)])
    assert code == 0 and f"Wrote {target}" in out
    assert b"episode:valdai-2014" in target.read_bytes()


def test_options_map_onto_the_view_state(tmp_path, mini_store_dir):
    target = tmp_path / "m.json"
    code, _ = run(["export", "--store", str(mini_store_dir), "--focus", "episode:valdai-2014", "--hops", "2",
                      "--kind", "episode,person", "--trait", "6", "--years", "2014-2025", "--format", "manifest",
                      "-o", str(target)])
    assert code == 0
    assert json.loads(target.read_bytes())["view"] == {"focus": "episode:valdai-2014", "hops": "2",
                                                      "kind": "episode,person", "trait": "6", "years": "2014-2025"}


@pytest.mark.parametrize("args,message", [
    (["--focus", "no such thing"], "Nothing is named like"),
    (["--overview", "--trait", "99"], "No trait 99 in the store; its traits are"),
    (["--focus", "episode:valdai-2014", "--trait", "9"], "No trait 9 in the store"),
    (["--focus", "episode:valdai-2014", "--max-nodes", "0"], "max_nodes must be between 1 and 100000; got 0"),
    (["--focus", "episode:valdai-2014", "--kind", " ,"], "--kind ' ,' names nothing"),
    (["--path-from", "episode:valdai-2014", "--path-to", "trait:6", "--trait", "9"], "--trait does not apply to it"),
    # The facets are refused as the other filters are, and named (the message named only the others).
    (["--path-from", "episode:valdai-2014", "--path-to", "trait:6", "--trait", "9", "--place", "unknown"],
     "between its two ends: --trait and --place do not apply to it."),
    (["--argument", "--actor", "actor:putin"], "what bears on it: --actor does not apply to it."),  # was ignored
    (["--path-from", "Sochi"], "--path-from needs --path-to"),
    (["--focus", "episode:valdai-2014", "--years", "soon"], "--years"),
    (["--manifest", "/nonexistent/manifest.json"], "Cannot read the manifest"),
])
def test_problems_exit_1_with_a_sentence(tmp_path, mini_store_dir, capsys, args, message):
    code = main(["export", "--store", str(mini_store_dir), *args, "--format", "ttl", "-o", str(tmp_path / "x")])
    assert code == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_bad_manifest_exits_1(tmp_path, mini_store_dir, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"kg_export_manifest": 1, "view": {"focus": "episode:valdai-2014", "hops": "7"}}')
    assert main(["export", "--store", str(mini_store_dir), "--manifest", str(bad), "--format", "ttl",
                 "-o", str(tmp_path / "x")]) == 1
    assert "hops" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--focus", "x", "--format", "docx"], ["--format", "ttl"],
                                  ["--focus", "x", "--overview", "--format", "ttl"]])
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", *args])
    assert exit_info.value.code == 2


def _cli(args: list[str], cwd: Path, seed: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kg", "export", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=300)


def test_regenerating_from_a_manifest_in_a_new_process_is_byte_identical(tmp_path, mini_store_dir):
    """Another process, another hash seed, only the manifest: the same bundle, byte for byte."""
    first = _cli(["--store", str(mini_store_dir), "--focus", "episode:valdai-2014", "--hops", "2",
                  "--format", "bundle", "-o", "first.zip"], tmp_path, "1")
    assert first.returncode == 0, first.stderr.decode()
    with zipfile.ZipFile(tmp_path / "first.zip") as archive:
        manifest = archive.read("negkg-valdai-2014-2hops/manifest.json")
    (tmp_path / "manifest.json").write_bytes(manifest)
    second = _cli(["--store", str(mini_store_dir), "--manifest", "manifest.json", "--format", "bundle",
                   "-o", "second.zip"], tmp_path, "2")
    assert second.returncode == 0, second.stderr.decode()
    assert b"warning" not in second.stderr
    with zipfile.ZipFile(tmp_path / "first.zip") as a, zipfile.ZipFile(tmp_path / "second.zip") as b:
        assert a.namelist() == b.namelist()
        different = [n for n in a.namelist() if a.read(n) != b.read(n)]
    assert different == []
    assert (tmp_path / "first.zip").read_bytes() == (tmp_path / "second.zip").read_bytes()


@pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning")  # rdflib's own TriG parser
def test_an_inferred_view_keeps_its_inferred_links_apart(tmp_path, mini_store_dir):
    from rdflib import Dataset, Graph, URIRef

    from kg.namespaces import ID, NKG
    inverse = (URIRef(f"{ID}trait/6"), URIRef(f"{NKG}illustratedBy"), URIRef(f"{ID}episode/valdai-2014"))
    for fmt in ("trig", "ttl", "manifest"):
        code, _ = run(["export", "--store", str(mini_store_dir), "--focus", "episode:valdai-2014", "--infer",
                       "--format", fmt, "-o", str(tmp_path / f"v.{fmt}")])
        assert code == 0
    ds = Dataset()
    ds.parse(tmp_path / "v.trig", format="trig")
    inferred = [g for g in ds.graphs() if str(g.identifier).startswith("https://w3id.org/negkg/graph/view/inferred")]
    assert len(inferred) == 1 and inverse in inferred[0]
    assert all(inverse not in g for g in ds.graphs() if g is not inferred[0])
    assert inverse not in Graph().parse(tmp_path / "v.ttl", format="turtle")
    assert json.loads((tmp_path / "v.manifest").read_bytes())["view"]["infer"] == "1"
    again = tmp_path / "again.trig"
    code, _ = run(["export", "--store", str(mini_store_dir), "--manifest", str(tmp_path / "v.manifest"),
                   "--format", "trig", "-o", str(again)])
    assert code == 0 and again.read_bytes() == (tmp_path / "v.trig").read_bytes()


def test_the_argument_map_exports_and_regenerates_from_its_manifest(tmp_path, capsys):
    """`--argument` is view=argument: its manifest names that view, and regenerates the same Argdown;
    filters do not apply to it and say so."""
    manifest, first, again = tmp_path / "m.json", tmp_path / "a.argdown", tmp_path / "b.argdown"
    assert run(["export", "--argument", "--format", "manifest", "-o", str(manifest)])[0] == 0
    assert json.loads(manifest.read_bytes())["view"] == {"view": "argument"}
    assert run(["export", "--argument", "--format", "argdown", "-o", str(first)])[0] == 0
    assert run(["export", "--manifest", str(manifest), "--format", "argdown", "-o", str(again)])[0] == 0
    assert first.read_bytes() == again.read_bytes() and b"    >< [thesis-power-patience-prestige]" in first.read_bytes()
    code, _ = run(["export", "--argument", "--trait", "6", "--format", "ttl", "-o", str(tmp_path / "x.ttl")])
    assert code == 1 and "--trait does not apply" in capsys.readouterr().err
    assert not (tmp_path / "x.ttl").exists()
