"""The paper's argument as Argdown text (https://argdown.org): claims and the links between them.

Each claim or episode becomes a statement ``[title]: text`` (the title is the entity's local
name, the text its verbatim summary or, for an episode, its label); each claim that is supported
or attacked lists what bears on it, indented beneath it, with Argdown's incoming relations:
``+ [x]`` (x supports the claim: nkg:supportsClaim, and nkg:illustratesClaim from an episode),
``- [x]`` (x attacks it: nkg:attacks) and ``>< [x]`` (x rebuts it — says it is false —: Argdown's
contradiction, nkg:rebuts). Episodes carry the tag ``#episode``, so an illustration is a support
from an ``#episode``. The thesis claims come first. ``tests/test_argdown.py`` parses the text with
Argdown's own parser (``@argdown/core``) and compares its model with the store.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from kg.namespaces import NKG
from kg.store.store import Store

__all__ = ["argdown"]

#: Argdown's relation per predicate: support "+", attack "-", and for a rebuttal (which says the claim
#: is false) contradiction "><" — Argdown's tags belong to statements, not to relations, so the kind
#: of a link is said by its sign alone; an episode's statement carries the tag #episode.
_SIGN = {str(NKG.supportsClaim): "+", str(NKG.illustratesClaim): "+", str(NKG.attacks): "-", str(NKG.rebuts): "><"}
_ORDER = {"+": 0, "-": 1, "><": 2}


def _title(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _text(label: str | None, summary: str | None) -> str:
    # Argdown reads [ ] < > as syntax and a line break ends the statement
    text = " ".join((summary or label or "").split())
    return text.translate(str.maketrans({"[": "(", "]": ")", "<": "‹", ">": "›"}))


def argdown(store: Store, links: Iterable[tuple[str, str, str]] | None = None) -> str:
    """The argument as Argdown source: one statement per claim, its supports and attacks beneath;
    with ``links`` (subject, predicate, object), only those of them that are argument links (the
    argument links of a view; a view with none gives a document with its title only).

    >>> from kg import open_store
    >>> text = argdown(open_store())
    >>> text.startswith("===") and "[thesis-power-patience-prestige]:" in text
    True
    """
    rows = store.strings("argument_links")
    if links is not None:
        wanted = set(links)
        rows = [r for r in rows if (r["s"], r["p"], r["o"]) in wanted]
    texts: dict[str, str] = {}
    incoming: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows:
        texts.setdefault(r["s"], _text(r.get("slabel"), r.get("ssummary")))
        texts.setdefault(r["o"], _text(r.get("olabel"), r.get("osummary")))
        incoming[r["o"]].append((r["p"], r["s"]))
    theses = sorted(o for o in incoming if "/thesis-" in o)
    order = theses + sorted(o for o in incoming if o not in theses)
    # the front matter is YAML: the title is quoted (it holds a colon)
    lines = ["===", 'title: "Søndergaard, Russian negotiating style (EPC, 2025): the argument"', "===", ""]
    defined: set[str] = set()

    def statement(iri: str) -> str:
        # a statement's text (and an episode's tag) is given once; later mentions name it by its title only
        if iri in defined:
            return f"[{_title(iri)}]"
        defined.add(iri)
        return f"[{_title(iri)}]: {texts[iri]}" + (" #episode" if "/episode/" in iri else "")

    for claim in order:
        lines.append(statement(claim))
        for predicate, subject in sorted(incoming[claim], key=lambda ps: (_ORDER[_SIGN[ps[0]]], ps[1])):
            lines.append(f"    {_SIGN[predicate]} {statement(subject)}")
        lines.append("")
    if links is None:  # the whole argument: the claims no link reaches, too
        alone = store.strings("argument_alone")
        if alone:
            lines.append("// Claims the paper states that no support, example, attack or rebuttal is coded for")
        for r in alone:
            texts[r["c"]] = _text(r.get("label"), r.get("summary"))
            lines += [statement(r["c"]), ""]
    return "\n".join(lines)
