"""The Argdown export of the argument, checked against Argdown's documented syntax (https://argdown.org/syntax/)."""

from __future__ import annotations

import re

from kg.export.argdown import argdown

# A top-level statement "[title]: text" or a reference "[title]"; an incoming relation, indented:
# "+ [title]" (supports the statement above) or "- [title]" (attacks it), optionally with text and tags.
_STATEMENT = re.compile(r"^\[[\w-]+\](: [^\[\]<>\n]+)?$")
_RELATION = re.compile(r"^    [+-] \[[\w-]+\](: [^\[\]<>\n]+?)?( #(example|rebuts))?$")


def test_the_argument_is_valid_argdown_with_the_papers_relations(memory_store):
    text = argdown(memory_store)
    head, _, body = text.partition("===\n\n")
    assert head.startswith("===\ntitle: ") and body
    for line in body.splitlines():
        assert line == "" or _STATEMENT.match(line) or _RELATION.match(line), line
    # each statement's text is defined once
    defined = re.findall(r"\[([\w-]+)\]: ", body)
    assert len(defined) == len(set(defined))
    # the thesis comes first, supported by each trait's claim
    first = body.split("\n\n")[0].splitlines()
    assert first[0].startswith("[thesis-")
    thesis = body[body.index("[thesis-power-patience-prestige]: "):].split("\n\n")[0]
    assert all(f"+ [trait-{n}-core]" in thesis for n in range(1, 8))
    # attacks and rebuttals are "-" lines; the paper's rebuttal of "sit down at a table" is there
    belief = body[body.index("[belief-sit-down-at-a-table]"):].split("\n\n")[0]
    assert "    - [thesis-power-patience-prestige] #rebuts" in belief
    assert "    - [recommend-realism]" in belief
