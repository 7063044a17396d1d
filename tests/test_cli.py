"""`python -m kg ...` as users run it: output and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from kg.store.store import ROOT
from tests.conftest import FIXTURES


def kg(*args: str, check_code: int | None = 0) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    if check_code is not None:
        assert done.returncode == check_code, (done.stdout[-2000:], done.stderr[-2000:])
    return done


def test_validate_passes_on_the_data():
    assert "Conforms" in kg("validate").stdout


def test_validate_fails_on_a_bad_file_with_a_readable_report():
    done = kg("validate", str(FIXTURES / "bad_records.ttl"), check_code=1)
    assert "Does not conform" in done.stdout
    assert "https://example.org/bad/undated-episode nkg:datePrecision: An episode needs exactly one" in done.stdout


def test_validate_names_file_line_and_column_of_a_syntax_error(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n")
    done = kg("validate", str(bad), check_code=1)
    assert f"{bad}, line 3, column 16:" in done.stderr


def test_validating_one_file_of_many_says_it_was_checked_on_its_own():
    done = kg("validate", "data/episodes.ttl", check_code=1)
    assert "validated on their own" in done.stdout and "python -m kg check" in done.stdout
    assert "validated on their own" not in kg("validate").stdout


def test_stats_shows_every_class_populated():
    out = kg("stats").stdout
    counts = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[2].startswith("nkg:") and parts[0].replace(",", "").isdigit():
            counts.setdefault(parts[2], int(parts[0].replace(",", "")))
    for cls in ("nkg:Trait", "nkg:Episode", "nkg:Practice", "nkg:Person", "nkg:State", "nkg:Organisation",
                "nkg:Collective", "nkg:Place", "nkg:Concept", "nkg:Maxim", "nkg:Recommendation",
                "nkg:Conclusion", "nkg:Source", "nkg:ExternalReference", "nkg:Section", "nkg:Evidence",
                "nkg:Participation", "nkg:SupplementaryFact", "nkg:Actor", "nkg:Claim"):
        assert counts.get(cls, 0) > 0, cls
    assert counts["nkg:Trait"] == 7
    assert counts["nkg:Episode"] == counts["nkg:Practice"] + 23  # events (Kennedy's report is a source)
    assert "Triples per property" in out


def test_search_prints_iri_label_kind_per_line():
    lines = kg("search", "sondergaard").stdout.splitlines()
    assert lines[0] == "https://w3id.org/negkg/id/actor/sondergaard\tCarsten Søndergaard\tperson"


def test_search_without_match_exits_1():
    done = kg("search", "zzzzqqq", check_code=1)
    assert done.stdout == "" and "No entity is named like" in done.stderr


def test_search_kinds_repeatable_or_comma_separated_and_bad_arguments_are_sentences():
    kinds = {line.split("\t")[2] for line in kg("search", "riyadh", "--kind", "person,episode").stdout.splitlines()}
    assert kinds == {"episode"}
    assert kg("search", "lavrov", "--kind", "place", "--kind", "person").stdout.startswith(
        "https://w3id.org/negkg/id/actor/lavrov\t")
    done = kg("search", "lavrov", "--kind", "bogus", check_code=1)
    assert done.stderr == ("error: Unknown entity kind(s) bogus; use trait, episode, person, state, organisation, "
                           "collective, place, concept, claim, source.\n")
    assert "at least 1; got 0" in kg("search", "x", "--limit", "0", check_code=1).stderr
    assert "--kind names no kind" in kg("search", "x", "--kind", ",", check_code=1).stderr


def test_search_finds_every_word_in_any_order():
    lines = kg("search", "2014 Valdai").stdout.splitlines()
    assert [line.split("\t")[0].rsplit("/", 2)[-2:] for line in lines] == [
        ["episode", "valdai-2014"], ["source", "fn6-kremlin-valdai-2014"]]


def test_show_prints_links_with_evidence_quotes():
    out = kg("show", "episode:riyadh-2025").stdout
    assert "Participants and roles" in out
    assert "Marco Rubio: Secretary of State for United States" in out
    assert "An example of this is the meeting in Riyadh in February 2025" in out


def test_show_by_name_and_unknown_and_ambiguous_names():
    assert "Valdai" in kg("show", "Valdai Conference").stdout
    assert "Nothing is named like" in kg("show", "no such thing at all", check_code=1).stderr
    assert "matches" in kg("show", "deterrence", check_code=1).stderr
    # a name that is a whole word of several labels picks none of them silently
    done = kg("show", "putin", check_code=1)
    assert "'putin' matches 5 entities: Vladimir Putin [person] <https://w3id.org/negkg/id/actor/putin>;" in done.stderr
    # nor does the whole name of one entity that is whole words of another's
    done = kg("show", "Portsmouth", check_code=1)
    assert ("'Portsmouth' matches 2 entities: Portsmouth [place] <https://w3id.org/negkg/id/place/portsmouth>; "
            "Peace talks at Portsmouth, New Hampshire (1905) [episode]") in done.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(fmt):
    out = kg("query", "--query", "SELECT ?n ?l WHERE { ?t nkg:traitNumber ?n ; rdfs:label ?l } ORDER BY ?n",
             "--format", fmt).stdout
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0] == ["n", "l"] and len(rows) == 8 and rows[1] == ["1", "Great Power by right"]
    elif fmt == "json":
        data = json.loads(out)
        assert data["head"]["vars"] == ["n", "l"] and len(data["results"]["bindings"]) == 7
        assert data["results"]["bindings"][0]["n"]["datatype"].endswith("nteger")
    else:
        assert out.splitlines()[2].startswith("1  ") and "Great Power by right" in out


def test_query_from_a_gallery_file():
    out = kg("query", str(ROOT / "kg" / "store" / "queries" / "gallery" / "02-riyadh-delegations.rq"), "--format", "csv").stdout
    assert "Sergej Lavrov,Foreign Minister" in out.replace('"', "")


def test_query_refuses_updates_and_service():
    assert "DELETE WHERE is refused" in kg("query", "--query", "DELETE WHERE { ?s ?p ?o }", check_code=1).stderr
    done = kg("query", "--query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", check_code=1)
    assert "SERVICE is refused" in done.stderr


def test_query_syntax_error_gives_line_and_column():
    done = kg("query", "--query", "SELECT ?s WHERE {\n  ?s ?p\n}", check_code=1)
    assert "does not parse at line 2, column 3" in done.stderr


def test_query_with_an_undeclared_prefix_names_it():
    done = kg("query", "--query", "SELECT ?s WHERE { ?s a foo:Bar }", check_code=1)
    assert done.stderr.startswith("error: The query uses the prefix foo: without declaring it: add PREFIX foo: <…>")
    assert kg("query", "--query", "PREFIX foo: <https://w3id.org/negkg/ns#> SELECT ?s WHERE { ?s a foo:Trait }",
              "--format", "csv").stdout.count("\n") == 8


def test_usage_error_exits_2():
    assert kg("frobnicate", check_code=2).returncode == 2


def test_query_row_cap_says_so():
    done = kg("query", "--query", "SELECT ?t WHERE { ?t a nkg:Trait }", "--max-rows", "3", "--format", "csv")
    assert len(done.stdout.splitlines()) == 4
    assert "Showing the first 3 rows: the query has more." in done.stderr


def test_query_csv_guards_cells_against_spreadsheet_formulas():
    """The CLI writes CSV through kg.text's one writer: a value cannot run as a formula."""
    out = kg("query", "--query", 'SELECT ?x WHERE { VALUES ?x { "=HYPERLINK(1)" "-1" } }', "--format", "csv").stdout
    assert out.splitlines() == ["x", "'=HYPERLINK(1)", "-1"]
