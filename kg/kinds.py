"""Entity kinds: how each class is named, coloured and shaped everywhere.

One table serves the interactive graph, the static figures and the exports, so
a colour means the same thing on screen and on paper. The palette is
Okabe & Ito's colour-blind-safe set; shapes and greyscale lightness differ too,
so kinds stay apart when printed in black and white.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.namespaces import NKG

__all__ = ["Kind", "KINDS", "KIND_BY_KEY", "kind_of", "ENTITY_CLASSES"]


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    plural: str
    classes: tuple[str, ...]
    colour: str
    shape: str  # vis-network shape
    marker: str  # matplotlib marker: the same shape where matplotlib has it ("box": kg.draw.figure.MARKERS)
    dashed: bool = False  # a dashed outline (places: squares like states, told apart in greyscale too)


KINDS: tuple[Kind, ...] = (
    Kind("trait", "Trait", "Traits", (str(NKG.Trait),), "#D55E00", "star", "*"),
    Kind("episode", "Episode", "Episodes", (str(NKG.Practice), str(NKG.Episode)), "#0072B2", "dot", "o"),
    Kind("person", "Person", "Persons", (str(NKG.Person),), "#E69F00", "diamond", "D"),
    Kind("state", "State", "States", (str(NKG.State),), "#009E73", "square", "s"),
    Kind("organisation", "Organisation", "Organisations", (str(NKG.Organisation),), "#56B4E9", "triangle", "^"),
    Kind("collective", "Collective", "Collectives", (str(NKG.Collective),), "#F0E442", "triangleDown", "v"),
    Kind("place", "Place", "Places", (str(NKG.Place),), "#C8C8C8", "square", "s", dashed=True),
    Kind("concept", "Concept", "Concepts", (str(NKG.Maxim), str(NKG.Concept)), "#CC79A7", "hexagon", "h"),
    # A claim is a wide box, as in the app (matplotlib has no such marker: kg.draw.figure.MARKERS).
    Kind("claim", "Claim", "Claims", (str(NKG.Recommendation), str(NKG.Conclusion), str(NKG.Thesis),
                                      str(NKG.TraitClaim), str(NKG.RejectedBelief), str(NKG.Lesson), str(NKG.Claim)),
         "#000000", "box", "box"),
    Kind("source", "Source", "Sources", (str(NKG.Source),), "#FFFFFF", "dot", "o"),
)

KIND_BY_KEY = {k.key: k for k in KINDS}
_PRIORITY = {cls: (i, kind) for i, kind in enumerate(KINDS) for cls in kind.classes}
ENTITY_CLASSES: tuple[str, ...] = tuple(cls for kind in KINDS for cls in kind.classes)


def kind_of(types: list[str] | tuple[str, ...] | set[str]) -> Kind | None:
    """The kind of an entity from its rdf:types; the first kind in KINDS wins.

    A state is also a place; it is drawn as a state.

    >>> kind_of([str(NKG.Place), str(NKG.State)]).key
    'state'
    >>> kind_of(["http://example.org/Other"]) is None
    True
    """
    found = [_PRIORITY[t] for t in types if t in _PRIORITY]
    return min(found, key=lambda p: p[0])[1] if found else None
