"""One reference, three formats: BibTeX, CSL-JSON and RIS of the paper's sources say the same.

Each file is read back with an ordinary reader (bibtexparser, json, rispy), turned into CSL
items the way reference managers map those formats (pandoc's BibTeX mapping: ``and others``
is "et al.", ``entrysubtype = {newspaper}`` a newspaper article, ``langid`` the language;
the RIS types of the RIS specification), and rendered through a real CSL processor
(citeproc-py, the Harvard style it bundles). The in-text label of every reference, its
authors, key, language and, for news items, the whole bibliography entry must agree; so
must the graph that JSON-LD and TriG put the descriptions of the named graphs in.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import bibtexparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from export_support import MINI_STATE, mini_store, mini_view  # noqa: F401
from rdflib import Dataset, URIRef
from rdflib.namespace import RDFS

from kg.export import rdf as export_rdf
from kg.export.bibliography import bibtex, csl_json, references, ris
from kg.model import Edge, Evidence, Subgraph
from kg.namespaces import sparql_prefixes

BIBTEX_TYPES = {"article": "article-journal", "book": "book", "techreport": "report", "report": "report",
                "misc": "document", "online": "webpage", "legislation": "legislation", "incollection": "chapter",
                "phdthesis": "thesis"}
BIBTEX_SUBTYPES = {("article", "newspaper"): "article-newspaper", ("article", "magazine"): "article-magazine"}
BABEL = {"german": "de", "english": "en", "russian": "ru", "french": "fr"}
RIS_TYPES = {"JOUR": "article-journal", "NEWS": "article-newspaper", "MGZN": "article-magazine", "BOOK": "book",
             "RPRT": "report", "GEN": "document", "ELEC": "webpage", "STAT": "legislation", "CHAP": "chapter",
             "SOUND": "speech", "THES": "thesis"}


@pytest.fixture(scope="module")
def refs(memory_store):
    """Every source of the paper's graph, as one view citing them all would export them."""
    rows = memory_store.select_text(sparql_prefixes() + "SELECT ?s WHERE { ?s a nkg:Source }").rows
    sources = tuple(sorted(str(r[0]) for r in rows))
    assert len(sources) == 10
    edge = Edge("urn:x:a", "urn:x:b", "urn:x:p", "p", (Evidence("urn:x:ev", "q", "s", "s", sources),))
    return references(memory_store, Subgraph((), (edge,)))


def _bib_names(value: str) -> list[dict]:
    names = []
    for name in re.split(r"\s+and\s+", value):
        if name == "others":
            names.append({"literal": "others"})
        elif name.startswith("{") and name.endswith("}"):
            names.append({"literal": name[1:-1]})
        else:
            family, _, given = name.partition(", ")
            names.append({"family": family, "given": given} if given else {"family": family})
    return names


def _latex(value: str) -> str:
    return value.replace("{\\o}", "ø").replace("{", "").replace("}", "").replace("\\&", "&")


def from_bibtex(data: bytes) -> list[dict]:
    library = bibtexparser.parse_string(data.decode("utf-8"))
    assert not library.failed_blocks
    items = []
    for e in library.entries:
        f = {k: v for k, v in e.fields_dict.items()}
        sub = f["entrysubtype"].value if "entrysubtype" in f else None
        item = {"id": e.key, "type": BIBTEX_SUBTYPES.get((e.entry_type, sub), BIBTEX_TYPES[e.entry_type]),
                "title": _latex(f["title"].value)}
        if "author" in f:
            item["author"] = [{k: _latex(v) for k, v in n.items()} for n in _bib_names(f["author"].value)]
        if "date" in f:
            item["issued"] = {"date-parts": [[int(p) for p in f["date"].value.split("-")]]}
        container = f.get("journal") or f.get("booktitle")
        if container:
            item["container-title"] = _latex(container.value)
        publisher = f.get("publisher") or f.get("institution") or f.get("organization") or f.get("howpublished")
        if publisher:
            item["publisher"] = _latex(publisher.value)
        if "pages" in f:
            item["page"] = f["pages"].value.replace("--", "-")
        if "langid" in f:
            item["language"] = BABEL[f["langid"].value]
        items.append(item)
    return items


def _ris_name(name: str) -> dict:
    if name == "others":
        return {"literal": "others"}
    family, _, given = name.partition(", ")
    return {"family": family, "given": given} if given else {"literal": name}


def from_ris(data: bytes) -> list[dict]:
    items = []
    for e in rispy.loads(data.decode("utf-8")):
        item = {"id": e["id"], "type": RIS_TYPES[e["type_of_reference"]], "title": e["title"]}
        if "authors" in e:
            item["author"] = [_ris_name(a) for a in e["authors"]]
        if "date" in e:
            item["issued"] = {"date-parts": [[int(p) for p in e["date"].strip("/").split("/")]]}
        if "secondary_title" in e:
            item["container-title"] = e["secondary_title"]
        if "publisher" in e:
            item["publisher"] = e["publisher"]
        if "start_page" in e:
            item["page"] = e["start_page"] + (f"-{e['end_page']}" if "end_page" in e else "")
        if "language" in e:
            item["language"] = e["language"]
        items.append(item)
    return items


def from_csl(data: bytes) -> list[dict]:
    return json.loads(data)


@pytest.fixture(scope="module")
def formats(refs) -> dict[str, list[dict]]:
    return {"bibtex": from_bibtex(bibtex(refs)), "csl": from_csl(csl_json(refs)), "ris": from_ris(ris(refs))}


def render(items: list[dict]) -> dict[str, tuple[str, str]]:
    """key -> (in-text label, bibliography entry), through citeproc-py."""
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    cites = {i["id"]: Citation([CitationItem(i["id"])]) for i in items}
    for c in cites.values():
        bib.register(c)
    labels = {key: str(bib.cite(c, lambda item: None)) for key, c in cites.items()}
    entries = dict(zip(bib.keys, (str(e) for e in bib.bibliography())))
    return {key: (labels[key], entries[key]) for key in cites}


def test_the_same_keys_in_every_format(refs, formats):
    keys = [r.key for r in refs]
    assert len(set(keys)) == len(keys) == 10
    for name, items in formats.items():
        assert [i["id"] for i in items] == keys, name


def test_the_same_authors_and_et_al_only_where_the_footnote_says_so(refs, formats, paper_text):
    csl = {i["id"]: i.get("author") for i in formats["csl"]}
    for name, items in formats.items():
        assert {i["id"]: i.get("author") for i in items} == csl, name
    with_et_al = {key for key, names in csl.items() if names and {"literal": "others"} in names}
    assert with_et_al == {r.key for r in refs if r.citation.et_al} == {"fn5-majcin-2025"}
    # the paper's footnotes: only footnote 5 says "et al" ("Majcin, Juraj et al, ...")
    footnotes = [line for line in paper_text.splitlines() if line.startswith("- ")]
    assert [line for line in footnotes if "et al" in line] == [next(f for f in footnotes if "Majcin" in f)]
    # organisations are institutional authors, never split into given and family names
    assert csl["fn6-kremlin-valdai-2014"] == [{"literal": "President of Russia"}]


def test_every_reference_gets_the_same_label_through_citeproc(formats):
    rendered = {name: render(items) for name, items in formats.items()}
    for key, (label, _) in rendered["csl"].items():
        assert rendered["bibtex"][key][0] == label == rendered["ris"][key][0], key
    assert rendered["csl"]["fn5-majcin-2025"][0] == "(Majcin and others, 2025)"
    assert rendered["csl"]["fn1-nyt-gromyko-1981"][0] == "(The New York Times, 1981)"


def test_news_items_are_newspaper_articles_in_every_format(refs, formats):
    news = {r.key for r in refs if r.citation.kind == "Article"}
    assert news == {"fn1-nyt-gromyko-1981", "fn7-starcevic-politico-2025", "fn8-sytas-slattery-reuters-2025"}
    rendered = {name: render(items) for name, items in formats.items()}
    for name, items in formats.items():
        assert {i["id"] for i in items if i["type"] == "article-newspaper"} == news, name
    for key in news:
        assert rendered["bibtex"][key] == rendered["csl"][key] == rendered["ris"][key], key


def test_the_language_is_set_in_every_format(formats):
    for name, items in formats.items():
        languages = {i["id"]: i.get("language") for i in items}
        assert languages["fn4-ischinger-cornelsen-2018"] == "de", name
        assert languages["sondergaard-2025"] == "en", name


def test_a_german_title_is_a_supplementary_fact_with_its_source(memory_store):
    rows = memory_store.select_text(sparql_prefixes() + """
        SELECT ?note ?source WHERE {
          ?f a nkg:SupplementaryFact ; rdf:subject source:fn4-ischinger-cornelsen-2018 ;
             rdf:predicate dcterms:language ; rdf:object "de" ; skos:editorialNote ?note ; dcterms:source ?source }
    """).rows
    assert rows


def test_bibtex_plain_keeps_the_publisher_of_a_misc_entry(refs):
    """plain.bst prints author, title, howpublished, date and note of a @misc: no organization."""
    library = bibtexparser.parse_string(bibtex(refs).decode("utf-8"))
    misc = [e for e in library.entries if e.entry_type == "misc"]
    publishers = {r.key: r.citation.publisher for r in refs if r.citation.publisher}
    assert misc
    for e in misc:
        assert "organization" not in e.fields_dict
        if e.key in publishers:
            assert publishers[e.key] in e["howpublished"], e.key


def test_a_bibtex_entry_without_author_has_a_key_for_sorting_and_labels(refs):
    library = bibtexparser.parse_string(bibtex(refs).decode("utf-8"))
    authorless = [e for e in library.entries if "author" not in e.fields_dict]
    # the NYT item names no author; the constitution (footnote 3) has none (nkg:noAuthor)
    assert sorted(e.key for e in authorless) == ["fn1-nyt-gromyko-1981", "fn3-constitution-art61"]
    assert all(e.fields_dict.get("key") for e in authorless)
    assert next(e for e in authorless if e.key == "fn1-nyt-gromyko-1981")["key"] == "The New York Times"


def _names(authors: list[dict] | None) -> list[str]:
    return [a.get("family") or a.get("literal") or "" for a in authors or []]


def _pandoc_readers() -> list[str]:
    """The bibliography formats this pandoc reads (2.17, Debian 12's, has no RIS reader)."""
    if shutil.which("pandoc") is None:
        return ["biblatex"]  # skipped below
    listed = subprocess.run(["pandoc", "--list-input-formats"], capture_output=True, text=True, check=True).stdout
    return [fmt for fmt in ("biblatex", "ris") if fmt in listed.split()]


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (citeproc-py checks the rest)")
@pytest.mark.parametrize("fmt", _pandoc_readers())
def test_pandoc_reads_each_format_as_the_csl_json_says(refs, fmt, tmp_path):
    """pandoc's own readers: the same keys, authors (et al. included), news types and languages."""
    path = tmp_path / f"refs.{fmt}"
    path.write_bytes(bibtex(refs) if fmt == "biblatex" else ris(refs))
    done = subprocess.run(["pandoc", str(path), "-f", fmt, "-t", "csljson"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    got = {i["id"]: i for i in json.loads(done.stdout)}
    for key, item in ((i["id"], i) for i in json.loads(csl_json(refs))):
        assert _names(got[key].get("author")) == _names(item.get("author")), key
        if item["type"] == "article-newspaper":
            assert got[key]["type"] == "article-newspaper", key
        if "language" in item:
            assert got[key].get("language", "").split("-")[0] == item["language"], key


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (citeproc-py checks the rest)")
def test_pandoc_renders_the_bibtex_and_the_csl_json_alike(refs, tmp_path):
    """The whole bibliography through pandoc's citeproc (its bundled Chicago author-date style).

    A newspaper's section is a CSL field (``section``) that biblatex lacks; the BibTeX entry
    carries it in ``note``, which the style does not print, so it is left out of the CSL side.
    """
    items = [{k: v for k, v in i.items() if k != "section"} for i in json.loads(csl_json(refs))]
    (tmp_path / "refs.json").write_text(json.dumps(items), encoding="utf-8")
    (tmp_path / "refs.bib").write_bytes(bibtex(refs))
    (tmp_path / "all.md").write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")

    def rendered(bibliography: str) -> str:
        return subprocess.run(["pandoc", str(tmp_path / "all.md"), "--citeproc", f"--bibliography={bibliography}",
                               "-t", "plain"], capture_output=True, text=True, check=True).stdout

    from_bib, from_csl = rendered(str(tmp_path / "refs.bib")), rendered(str(tmp_path / "refs.json"))
    assert from_bib == from_csl
    assert "Majcin, Juraj et al. 2025" in " ".join(from_csl.split())
    assert "Welt in Gefahr: Deutschland und Europa in Unsicheren Zeiten" in " ".join(from_csl.split())


@pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning")
def test_jsonld_and_trig_describe_the_named_graphs_in_the_default_graph(mini_store, mini_view):
    vd = export_rdf.dataset(mini_store, mini_view, MINI_STATE)
    doc = json.loads(export_rdf.jsonld(vd))
    # a graph object without @id names a blank-node graph (JSON-LD 1.1, 4.9): none may be written
    assert all("@id" in node for node in doc["@graph"] if "@graph" in node)
    described = {URIRef(n["@id"]) for n in doc["@graph"] if "rdfs:label" in n}
    assert described == {vd.names[p] for p in ("links", "evidence", "sources")}
    ds = Dataset()
    ds.parse(data=export_rdf.trig(vd), format="trig")
    in_default = {s for s, _, _ in ds.default_graph.triples((None, RDFS.label, None))}
    assert in_default == described
