"""The paper's argument as Argdown text (https://argdown.org): claims and the links between them.

Each claim or episode becomes a statement ``[title]: text`` (the title is the entity's local
name, the text its verbatim summary or, for an episode, its label); each claim that is supported
or attacked lists what bears on it, indented beneath it, with Argdown's incoming relations:
``+ [x]`` (x supports the claim: nkg:supportsClaim, nkg:illustratesClaim) and ``- [x]`` (x
attacks it: nkg:attacks, nkg:rebuts); a rebuttal carries the tag ``#rebuts``, an illustration
``#example``. The thesis claims come first.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from kg.namespaces import NKG
from kg.store.store import Store

__all__ = ["argdown"]

_SIGN = {str(NKG.supportsClaim): ("+", ""), str(NKG.illustratesClaim): ("+", " #example"),
         str(NKG.attacks): ("-", ""), str(NKG.rebuts): ("-", " #rebuts")}


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
        # a statement's text is given once; later mentions name it by its title only
        if iri in defined:
            return f"[{_title(iri)}]"
        defined.add(iri)
        return f"[{_title(iri)}]: {texts[iri]}"

    for claim in order:
        lines.append(statement(claim))
        for predicate, subject in sorted(incoming[claim], key=lambda ps: (_SIGN[ps[0]][0], ps[1])):
            sign, tag = _SIGN[predicate]
            lines.append(f"    {sign} {statement(subject)}{tag}")
        lines.append("")
    return "\n".join(lines)
