"""One definition per number: every place that shows how many episodes, actors, claims, …
the graph holds counts a class with its sub-classes, and they all agree with the store.

The expected numbers are computed here, from the store, with one SPARQL query per class;
each place is then read as a user sees it: `python -m kg stats`, the Ontology, Timeline and
Trait × episode tabs of the real app (AppTest), the gallery queries and the README.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from kg.namespaces import sparql_prefixes
from kg.store.gallery import examples
from kg.store.store import ROOT
from tests.test_app import run

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLASSES = ("Trait", "Episode", "Practice", "Actor", "Person", "State", "Organisation", "Collective", "Place",
           "Concept", "Claim", "Recommendation", "Conclusion", "Thesis", "TraitClaim", "RejectedBelief", "Lesson", "Source", "Evidence", "SupplementaryFact")


def _count(store, where: str) -> int:
    rows = store.select_text(sparql_prefixes() + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}").rows
    return int(rows[0][0].toPython())


@pytest.fixture(scope="module")
def expected(memory_store) -> dict[str, int]:
    """Instances of each class, sub-classes included, straight from the store."""
    return {c: _count(memory_store, f"?x a/rdfs:subClassOf* nkg:{c}") for c in CLASSES}


@pytest.fixture(scope="module")
def linked_episodes(memory_store) -> int:
    return _count(memory_store, "?x a/rdfs:subClassOf* nkg:Episode ; nkg:illustrates|nkg:exceptionTo ?t")


def _shown(at: AppTest) -> str:
    return re.sub(r"\\(.)", r"\1", "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]))


def test_the_store_has_sub_classes_to_count(expected):
    # without practices, persons, recommendations … the other tests would pass on direct counts too
    assert expected["Practice"] > 0 and expected["Episode"] > expected["Practice"]
    assert expected["Actor"] == sum(expected[c] for c in ("Person", "State", "Organisation", "Collective"))
    subclasses = ("Recommendation", "Conclusion", "Thesis", "TraitClaim", "RejectedBelief", "Lesson")
    assert expected["Claim"] > sum(expected[c] for c in subclasses) > expected["Recommendation"] + expected["Conclusion"] > 0


def test_kg_stats_counts_sub_classes(expected):
    out = subprocess.run([sys.executable, "-m", "kg", "stats"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    shown = {m[2]: int(m[1].replace(",", "")) for m in re.finditer(r"^\s+([\d,]+)\s+[\d,]+\s+nkg:(\w+)", out, re.MULTILINE)}
    assert {c: shown.get(c) for c in CLASSES} == expected


def test_the_ontology_tab_counts_sub_classes(expected):
    at = run(view="ontology")
    table = at.dataframe[0].value
    shown = dict(zip(table["class"], table["instances"]))
    assert {c: shown.get(f"nkg:{c}") for c in CLASSES} == expected


def test_the_timeline_shows_every_episode(memory_store, expected):
    at = run(view="timeline")
    assert f"{expected['Episode']} episodes" in _shown(at)
    listed = at.dataframe[0].value
    assert len(listed) == expected["Episode"]
    assert len(set(listed["episode"])) == expected["Episode"]


def test_the_matrix_says_how_many_episodes_it_shows(expected, linked_episodes):
    at = run(view="matrix")
    assert f"{linked_episodes} of the {expected['Episode']} episodes" in _shown(at)


def test_the_readme_class_table_agrees(expected):
    rows = dict(re.findall(r"^\| `nkg:(\w+)`[^|]*\|[^|]*\| (\d+) \|$", README, re.MULTILINE))
    assert {"Episode", "Person", "Recommendation", "Concept"} <= set(rows)
    # a row names its classes; the count is the first class's superclass where one row lists several
    row_class = {"Person": "Actor", "Recommendation": "Claim"}
    assert {row_class.get(c, c): int(n) for c, n in rows.items()} == {
        row_class.get(c, c): expected[row_class.get(c, c)] for c in rows}


def test_the_gallery_chronology_lists_every_episode_in_time_order(memory_store, expected):
    example = next(e for e in examples() if e.name == "07-chronology")
    result = memory_store.select_text(sparql_prefixes() + example.text)
    rows = result.dicts()
    assert len({r["episode"] for r in rows}) == len(rows) == expected["Episode"]
    keys = [int((r.get("start") or r["end"]).toPython()) for r in rows]
    assert keys == sorted(keys)


def test_the_gallery_lists_every_episode_linked_to_a_trait(memory_store, linked_episodes):
    example = next(e for e in examples() if e.name == "01-episodes-per-trait")
    rows = memory_store.select_text(sparql_prefixes() + example.text).dicts()
    illustrating = _count(memory_store, "?x a/rdfs:subClassOf* nkg:Episode ; nkg:illustrates ?t")
    assert len({r["episode"] for r in rows}) == illustrating
    assert illustrating <= linked_episodes


def test_kinds_are_counted_once(memory_store, expected):
    from kg.explore.stats import kind_counts
    counts = kind_counts(memory_store)
    assert counts["episode"] == expected["Episode"]
    assert counts["claim"] == expected["Claim"]
    # a state is also a place; it is counted (and drawn) as a state
    assert counts["state"] + counts["place"] == expected["Place"]
