"""The paper's argument as a map: each claim with what supports and attacks it, theses first.

Read from the same links the graph draws (nkg:supportsClaim, nkg:illustratesClaim, nkg:attacks,
nkg:rebuts); the order is breadth-first from the theses, so the traits' claims come right
after the thesis they support and the episodes appear as the evidence of the claims above them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from kg.errors import NotFound
from kg.explore.neighbourhood import build
from kg.model import Subgraph
from kg.namespaces import NKG
from kg.store.store import Store

__all__ = ["RELATIONS", "ArgumentClaim", "ArgumentLink", "argument_map", "argument_subgraph"]

#: The relation of each predicate, as the map names it.
RELATIONS = {str(NKG.supportsClaim): "supports", str(NKG.illustratesClaim): "example",
             str(NKG.attacks): "attacks", str(NKG.rebuts): "rebuts"}


@dataclass(frozen=True)
class ArgumentLink:
    """Something that bears on a claim: ``relation`` is supports, example, attacks or rebuts."""
    relation: str
    iri: str
    label: str
    text: str


@dataclass(frozen=True)
class ArgumentClaim:
    """A claim (its verbatim summary as ``text``) and everything that supports or attacks it;
    ``alone``: the paper states it, but no support, illustration, attack or rebuttal links it."""
    iri: str
    label: str
    text: str
    thesis: bool
    incoming: tuple[ArgumentLink, ...]
    alone: bool = False


def argument_map(store: Store) -> list[ArgumentClaim]:
    """Every claim that something supports or attacks, theses first, then breadth-first below them;
    then the claims no argument link reaches (``alone``), so that none of the paper's is left out.

    >>> from kg import open_store
    >>> first = argument_map(open_store())[0]
    >>> first.thesis and any(link.relation == "rebuts" for c in argument_map(open_store()) for link in c.incoming)
    True
    """
    rows = store.strings("argument_links")
    info: dict[str, tuple[str, str]] = {}
    incoming: dict[str, list[ArgumentLink]] = defaultdict(list)
    for r in rows:
        for end in ("s", "o"):
            label = r.get(f"{end}label") or r[end]
            info.setdefault(r[end], (label, r.get(f"{end}summary") or label))
        label, text = info[r["s"]]
        incoming[r["o"]].append(ArgumentLink(RELATIONS[r["p"]], r["s"], label, text))
    # the thesis with the most support (the executive summary's) on top
    theses = sorted((o for o in incoming if "/claim/thesis-" in o), key=lambda o: (-len(incoming[o]), o))
    order, queue = [], list(theses)
    while queue:
        claim = queue.pop(0)
        if claim in order:
            continue
        order.append(claim)
        queue += [link.iri for link in sorted(incoming[claim], key=lambda l: l.iri) if link.iri in incoming]
    order += sorted(o for o in incoming if o not in order)
    claims = [ArgumentClaim(c, *info[c], thesis=c in theses,
                            incoming=tuple(sorted(incoming[c], key=lambda l: (l.relation, l.iri)))) for c in order]
    return claims + [ArgumentClaim(r["c"], r.get("label") or r["c"], r.get("summary") or r.get("label") or r["c"],
                                   thesis=False, incoming=(), alone=True) for r in store.strings("argument_alone")]


def argument_subgraph(store: Store) -> Subgraph:
    """The argument map as a Subgraph: every claim and episode that a support, illustration,
    attack or rebuttal links, those links with their evidence, the main thesis as the focus
    (drawn on top: ``layout="argument"``). The view the Argument tab draws and exports.

    >>> from kg import open_store
    >>> sg = argument_subgraph(open_store())
    >>> sg.layout, sg.focus[0].rsplit("/", 1)[-1], {e.label for e in sg.edges} >= {"attacks", "rebuts"}
    ('argument', 'thesis-power-patience-prestige', True)
    """
    claims = argument_map(store)
    if not any(c.incoming for c in claims):
        raise NotFound("The store holds no argument: no claim is supported or attacked (nkg:supportsClaim, "
                       "nkg:illustratesClaim, nkg:attacks, nkg:rebuts); load data/claims.ttl.")
    links = [(r["s"], r["p"], r["o"]) for r in store.strings("argument_links")]
    iris = {x for s, _, o in links for x in (s, o)}  # a claim no link reaches is listed, not drawn: a map of none
    top = claims[0].iri
    return replace(build(store, iris, links, focus=[top] if claims[0].thesis else []), layout="argument")
