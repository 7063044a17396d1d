"""The export API the app's panel and the CLI share; manifest and bundle reproducibility."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from export_support import CREATED, MINI_STATE, mini_store, mini_store_files, mini_view  # noqa: F401

from kg.errors import ExportError
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.bundle import LAYOUT
from kg.export.exporter import FORMAT_BY_KEY, FORMATS, GROUPS, Exporter, export
from kg.export.manifest import Manifest, regenerate
from kg.export.naming import file_stem, graph_names
from kg.model import Subgraph
from kg.store.store import open_store

REQUIRED = ("ttl trig jsonld nt graphml gexf cyjs csv svg pdf png tikz html bibtex ris csljson evidence-csv "
            "evidence-md evidence-tex manifest bundle").split()
DATA_FORMATS = ["ttl", "trig", "nq", "jsonld", "nt", "graphml", "gexf", "cyjs", "csv", "nodes-csv", "edges-csv",
                "bibtex", "ris", "csljson", "evidence-csv", "evidence-md", "evidence-tex", "caption", "manifest"]


@pytest.fixture(scope="module")
def exporter(mini_store, mini_view):
    return Exporter(mini_store, MINI_STATE, mini_view, created=CREATED)


def test_every_required_format_is_offered():
    assert set(REQUIRED) <= set(FORMAT_BY_KEY)
    assert {f.group for f in FORMATS} <= set(GROUPS)
    assert len({f.suffix for f in FORMATS}) == len(FORMATS)  # no two formats share a file name


@pytest.mark.parametrize("fmt", [f.key for f in FORMATS if f.key != "bundle"])
def test_export_returns_bytes_filename_and_mime(mini_store, mini_view, fmt):
    data, filename, mime = export(mini_store, MINI_STATE, mini_view, fmt, created=CREATED)
    spec = FORMAT_BY_KEY[fmt]
    assert data and mime == spec.mime
    assert filename == "negkg-valdai-2014-2hops" + ("-column" if spec.sized else "") + spec.suffix


def test_unknown_format_and_size_are_refused(mini_store, mini_view):
    with pytest.raises(ExportError, match="Unknown export format 'docx'.*ttl"):
        export(mini_store, MINI_STATE, mini_view, "docx")
    with pytest.raises(ExportError, match="figure size 'poster'"):
        export(mini_store, MINI_STATE, mini_view, "svg", size="poster")


def test_empty_subgraph_is_refused(mini_store):
    with pytest.raises(ExportError, match="no entities"):
        export(mini_store, MINI_STATE, Subgraph((), ()), "ttl")


def test_file_stems():
    assert file_stem(ViewState(focus=("episode:valdai-2014", "trait:6"))) == "negkg-valdai-2014+trait-6-1hop"
    assert file_stem(ViewState(path_from="episode:valdai-2014", path_to="trait:6")) == "negkg-path-valdai-2014-to-trait-6"
    filtered = file_stem(ViewState(focus=("trait:6",), kinds=frozenset({"episode"})))
    assert filtered.startswith("negkg-trait-6-1hop-") and filtered != file_stem(ViewState(focus=("trait:6",)))


def test_manifest_records_view_hash_version_and_date(exporter, mini_store):
    doc = json.loads(exporter.export("manifest").data)
    assert doc["view"] == {"focus": "episode:valdai-2014", "hops": "2"}
    assert doc["dataset"]["sha256"] == mini_store.content_hash()
    assert doc["tool"] == {"name": "negkg", "version": "0.1.0"}
    assert doc["created"] == CREATED
    assert doc["subgraph"] == {"edges": 5, "evidence": 5, "inferred_edges": 0, "nodes": 6}
    assert Manifest.from_json(exporter.export("manifest").data).to_json() == exporter.export("manifest").data


@pytest.mark.parametrize("bad,message", [(b"{", "not JSON"), (b"[]", "not a version-1"),
                                         (b'{"kg_export_manifest": 1, "view": {"hops": "9"}}', "hops")])
def test_bad_manifests_say_what_is_wrong(bad, message):
    with pytest.raises(ExportError, match=message):
        Manifest.from_json(bad, source="m.json")


def test_regenerating_from_the_manifest_is_byte_identical(exporter):
    """A fresh store (new blank-node ids) and the manifest alone give the same files."""
    store = mini_store_files()
    manifest = Manifest.from_json(exporter.export("manifest").data)
    again = regenerate(store, manifest)
    assert again.warnings == ()
    redo = Exporter(store, again.state, again.subgraph, size=manifest.size, created=manifest.created)
    for fmt in DATA_FORMATS + ["svg", "png", "tikz", "html"]:
        assert redo.export(fmt).data == exporter.export(fmt).data, fmt


def test_regenerating_warns_when_the_data_changed(exporter, mini_store):
    doc = json.loads(exporter.export("manifest").data)
    doc["dataset"]["sha256"] = "0" * 64
    again = regenerate(mini_store, Manifest.from_json(json.dumps(doc)))
    assert len(again.warnings) == 1 and "changed" in again.warnings[0]


def test_content_hash_is_stable_across_loads_and_cached(mini_store):
    assert mini_store_files().content_hash() == mini_store.content_hash()
    assert mini_store.__dict__["_content_hash"] == mini_store.content_hash()


_ANNOTATION = """@prefix oa: <http://www.w3.org/ns/oa#> .
<urn:x:link> <urn:x:anchor> [ oa:hasSelector [ oa:exact "{a}" ; oa:prefix "p" ] ] ,
                            [ oa:hasSelector [ oa:exact "{b}" ; oa:prefix "p" ] ] .
"""


def test_content_hash_is_rdfc_1_0_so_blank_node_labels_and_order_do_not_matter(tmp_path):
    """The fingerprint names blank nodes by W3C RDFC-1.0: the same statements written with other
    blank-node labels and in another order hash alike; one changed word hashes differently."""
    def hashed(name: str, text: str) -> str:
        (tmp_path / name).write_text(text)
        return open_store(files=[tmp_path / name]).content_hash()

    nested = hashed("a.ttl", _ANNOTATION.format(a="one", b="two"))
    flat = ('@prefix oa: <http://www.w3.org/ns/oa#> .\n_:s2 oa:prefix "p" ; oa:exact "two" .\n'
            '<urn:x:link> <urn:x:anchor> _:z , _:y .\n_:y oa:hasSelector _:s1 .\n_:z oa:hasSelector _:s2 .\n'
            '_:s1 oa:exact "one" ; oa:prefix "p" .\n')
    assert hashed("a.ttl", flat) == nested
    assert hashed("a.ttl", _ANNOTATION.format(a="one", b="three")) != nested
    # by hand: one blank node is _:c14n0 in RDFC-1.0; one sorted N-Quad per line, hashed
    (tmp_path / "one.ttl").write_text("<urn:x:a> <urn:x:p> [] .\n")
    store = open_store(files=[tmp_path / "one.ttl"])
    graph = store.backend.graphs()[0]
    line = f"<urn:x:a> <urn:x:p> _:c14n0 <{graph}> .\n"
    assert store.content_hash() == hashlib.sha256(line.encode()).hexdigest()


def test_bundle_holds_everything_with_readme_manifest_and_checksums(exporter):
    data = exporter.export("bundle").data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        stem = "negkg-valdai-2014-2hops/"
        assert all(n.startswith(stem) for n in names)
        inner = {n[len(stem):] for n in names}
        for path in ("README.txt", "manifest.json", "caption.txt", "data/view.ttl", "data/view.trig", "data/view.nq",
                     "data/view.jsonld", "data/view.nt", "data/view.graphml", "data/view.gexf",
                     "data/view.cyjs.json", "data/nodes.csv", "data/edges.csv", "figures/figure-column.pdf",
                     "figures/figure-page.pdf", "figures/figure-column.svg", "figures/figure-page.png",
                     "figures/figure-column.tex", "interactive/view.html", "bibliography/references.bib",
                     "bibliography/references.ris", "bibliography/references.csl.json", "evidence/evidence.csv",
                     "evidence/evidence.md", "evidence/evidence.tex"):
            assert path in inner, path
        manifest = json.loads(archive.read(stem + "manifest.json"))
        assert set(manifest["files"]) == inner - {"manifest.json", "README.txt"}
        for path, digest in manifest["files"].items():
            assert hashlib.sha256(archive.read(stem + path)).hexdigest() == digest
        assert archive.read(stem + "data/view.ttl") == exporter.export("ttl").data
        readme = archive.read(stem + "README.txt").decode("utf-8")
        assert "python -m kg export --manifest manifest.json" in readme and exporter.caption in readme
        assert {i.date_time for i in archive.infolist()} == {(2025, 11, 27, 0, 0, 0)}


def test_bundle_is_reproducible(mini_store, mini_view, exporter):
    again = Exporter(mini_store, MINI_STATE, subgraph_for(mini_store, MINI_STATE), created=CREATED)
    assert again.export("bundle").data == exporter.export("bundle").data


def test_caption_names_the_paper_and_the_view(exporter):
    caption = exporter.caption
    assert caption.startswith("The neighbourhood of Valdai Conference 2014 (2 links deep)")
    assert "Søndergaard" in caption and "Russian negotiating style" in caption and "2025" in caption
    assert "6 entities and 5 links" in caption


def test_pages_and_summaries_have_their_own_file_and_graph_names():
    """Page 2 and a summary draw other Subgraphs than page 1: their exports must not share names."""
    valdai = ("episode:valdai-2014",)
    views = [ViewState(), ViewState(page=2), ViewState(group="kind"), ViewState(group="community"),
             ViewState(focus=valdai, hops=2, page=2), ViewState(focus=valdai, hops=2)]
    stems = [file_stem(v) for v in views]
    assert len(set(stems)) == len(views), stems
    assert stems[:4] == ["negkg-overview", "negkg-overview-p2", "negkg-overview-by-kind", "negkg-overview-by-community"]
    links = [str(graph_names(v)["links"]) for v in views]
    assert len(set(links)) == len(views), links
    assert links[1].endswith("?page=2") and links[2].endswith("?group=kind")


def test_exports_of_two_pages_differ_in_name_graphs_and_manifest(memory_store):
    """The real overview in pages of 20: each page's files, named graphs and manifest name that page."""
    first, second = ViewState(max_nodes=20), ViewState(max_nodes=20, page=2)
    one, two = (Exporter(memory_store, s, subgraph_for(memory_store, s), created=CREATED) for s in (first, second))
    assert {n.iri for n in one.subgraph.nodes}.isdisjoint({n.iri for n in two.subgraph.nodes})
    assert one.filename("trig") != two.filename("trig")
    assert two.filename("trig").endswith("-p2.trig") or "-p2-" in two.filename("trig")
    trig_one, trig_two = one.export("trig").data.decode(), two.export("trig").data.decode()
    assert "page=2" in trig_two and "page=2" not in trig_one
    again = regenerate(memory_store, Manifest.from_json(two.export("manifest").data))
    assert again.state.page == 2 and again.subgraph == two.subgraph


def test_cli_exports_a_page_and_a_summary(tmp_path):
    from kg.cli.main import main
    assert main(["export", "--overview", "--max-nodes", "20", "--page", "2", "--format", "manifest",
                 "-o", str(tmp_path / "m.json")]) == 0
    assert json.loads((tmp_path / "m.json").read_text())["view"] == {"max_nodes": "20", "page": "2"}
    assert main(["export", "--overview", "--group", "kind", "--format", "nt", "-o", str(tmp_path / "g.nt")]) == 0
    assert main(["export", "--path-from", "episode:valdai-2014", "--path-to", "trait:1", "--page", "2",
                 "--format", "nt", "-o", str(tmp_path / "p.nt")]) == 1


def test_the_bundle_carries_every_format():
    """A format added to FORMATS but not to the bundle's LAYOUT would silently stay out of the bundle."""
    in_bundle = {key for key in LAYOUT}
    assert in_bundle <= set(FORMAT_BY_KEY)
    assert set(FORMAT_BY_KEY) - in_bundle == {"csv", "manifest", "bundle"}  # the csv zip's files are in data/
