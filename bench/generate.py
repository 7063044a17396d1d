"""Synthetic graphs shaped like the paper's: typed entities with labels (some accented,
some with Cyrillic alternative labels), dated episodes with places, participants,
qualified participations, concepts and traits, and an evidence node with a quote,
a section and a cited source behind every link.

Participants are drawn with a heavy tail (a few actors take part in very many
episodes, as "Russia" does in the paper), and episodes follow one another, so
neighbourhoods and paths have the shapes real views have. The output is
deterministic for a given size: N-Triples, about ``triples`` lines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

__all__ = ["generate", "Landmarks", "TRIPLES_PER_EPISODE"]

NKG = "https://w3id.org/negkg/ns#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
COMMENT = "<http://www.w3.org/2000/01/rdf-schema#comment>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
TITLE = "<http://purl.org/dc/terms/title>"
DATE = "<http://purl.org/dc/terms/date>"
XSD = "http://www.w3.org/2001/XMLSchema#"
BASE = "https://example.org/bench/"
TRAIT = "https://w3id.org/negkg/id/trait/"
#: Measured on the output: triples per episode with everything around it.
TRIPLES_PER_EPISODE = 81

_SYLLABLES = ["ka", "lo", "mir", "sen", "dra", "vik", "tor", "an", "bel", "gor", "ras", "ul", "ev", "ni",
              "sta", "pol", "zen", "mar", "dov", "ich", "ter", "sol", "vin", "gard", "ber", "os", "lav", "ru"]
_ACCENTS = {"o": "ø", "e": "é", "s": "š", "a": "å", "u": "ü", "c": "č"}
_CYRILLIC = dict(zip("abvgdezijklmnoprstufhc", "абвгдезийклмнопрстуфхц"))
_WORDS = ("the talks showed that power was to be respected and that borders remained open to "
          "question while the delegation insisted on parity and the summit ended without agreement "
          "as the minister said the West would learn").split()


def _n(kind: str, i: int) -> str:
    return f"<{BASE}{kind}/{i}>"


def _p(local: str) -> str:
    return f"<{NKG}{local}>"


def _lit(text: str, lang: str | None = None) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{body}"@{lang}' if lang else f'"{body}"'


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def _name(rng: random.Random) -> str:
    name = f"{_word(rng, rng.randint(2, 3))} {_word(rng, rng.randint(2, 4))}"
    if rng.random() < 0.15:  # some names carry accents, as "Søndergaard" does
        chars = list(name)
        spots = [i for i, c in enumerate(chars) if c in _ACCENTS]
        if spots:
            i = rng.choice(spots)
            chars[i] = _ACCENTS[chars[i]]
        name = "".join(chars)
    return name


def _cyrillic(name: str) -> str:
    return "".join(_CYRILLIC.get(c, c) for c in name.lower()).title()


@dataclass(frozen=True)
class Landmarks:
    """Entities the benchmark queries: a typical episode, a hub, a path's ends, search texts."""

    focus: str
    hub: str
    path_from: str
    path_to: str
    searches: tuple[str, ...]


def generate(path: Path, triples: int, *, seed: int = 6) -> Landmarks:
    """Write about ``triples`` N-Triples to ``path``; return what the benchmark asks about."""
    rng = random.Random(seed)
    episodes = max(triples // TRIPLES_PER_EPISODE, 20)
    actors, places, concepts, sources, sections = (max(episodes * 4 // 5, 10), max(episodes // 5, 5),
                                                   max(episodes // 5, 5), max(episodes // 10, 3), 16)
    names: dict[str, str] = {}
    episode_labels: list[str] = []
    with open(path, "w", encoding="utf-8") as out:
        w = out.write
        evidence = 0

        def link(s: str, p: str, o: str, section: int, source: int) -> None:
            nonlocal evidence
            evidence += 1
            ev = _n("evidence", evidence)
            quote = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 30)))
            w(f"{s} {_p(p)} {o} .\n{ev} {RDF_TYPE} {_p('Evidence')} .\n{ev} {_p('subject')} {s} .\n"
              f"{ev} {_p('predicate')} {_p(p)} .\n{ev} {_p('object')} {o} .\n"
              f"{ev} {_p('quote')} {_lit(quote.capitalize() + '.')} .\n"
              f"{ev} {_p('inSection')} {_n('section', section)} .\n{ev} {_p('citedSource')} {_n('source', source)} .\n")

        for i in range(1, 8):  # the paper's seven traits, which every episode illustrates one of
            t = f"<{TRAIT}{i}>"
            w(f"{t} {RDF_TYPE} {_p('Trait')} .\n{t} {LABEL} {_lit(f'Trait {i}')} .\n"
              f"{t} {_p('traitNumber')} {_typed(i, 'positiveInteger')} .\n")
        for i in range(sections):
            w(f"{_n('section', i)} {RDF_TYPE} {_p('Section')} .\n{_n('section', i)} {LABEL} {_lit(f'Section {i}')} .\n"
              f"{_n('section', i)} {_p('order')} {_typed(i, 'integer')} .\n")
        for i in range(sources):
            title = f"{_word(rng, 3)} and the {_word(rng, 2)} question"
            w(f"{_n('source', i)} {RDF_TYPE} {_p('Source')} .\n{_n('source', i)} {TITLE} {_lit(title)} .\n"
              f"{_n('source', i)} {LABEL} {_lit(title)} .\n{_n('source', i)} {DATE} {_typed(rng.randint(1950, 2025), 'gYear')} .\n")
        for i in range(actors):
            kind = "Person" if i % 10 >= 4 else ("State" if i % 10 < 1 else "Organisation")
            name = _name(rng)
            names[_n("actor", i)] = name
            w(f"{_n('actor', i)} {RDF_TYPE} {_p(kind)} .\n{_n('actor', i)} {LABEL} {_lit(name)} .\n"
              f"{_n('actor', i)} {COMMENT} {_lit('An actor of the synthetic benchmark graph.')} .\n")
            if rng.random() < 0.1:
                w(f"{_n('actor', i)} {ALT} {_lit(_cyrillic(name), 'ru')} .\n")
            if kind == "Person" and rng.random() < 0.5:
                link(_n("actor", i), "affiliatedWith", _n("actor", rng.randrange(0, actors, 10)), 1, 0)
        for i in range(places):
            w(f"{_n('place', i)} {RDF_TYPE} {_p('Place')} .\n{_n('place', i)} {LABEL} {_lit(_word(rng, 3))} .\n")
        for i in range(concepts):
            w(f"{_n('concept', i)} {RDF_TYPE} {_p('Concept')} .\n{_n('concept', i)} {LABEL} {_lit(_word(rng, 3).lower())} .\n"
              f"{_n('concept', i)} {COMMENT} {_lit('A concept of the synthetic benchmark graph.')} .\n")
        for i in range(episodes):
            e, year = _n("episode", i), rng.randint(1900, 2025)
            place = rng.randrange(places)
            episode_labels.append(f"Talks in {_word(rng, 2)} ({year})")
            w(f"{e} {RDF_TYPE} {_p('Episode')} .\n{e} {LABEL} {_lit(episode_labels[-1])} .\n"
              f"{e} {COMMENT} {_lit('An episode of the synthetic benchmark graph.')} .\n"
              f"{e} {_p('date')} {_typed(year, 'gYear')} .\n{e} {_p('datePrecision')} {_p('YearPrecision')} .\n"
              f"{e} {_p('dateLabel')} {_lit(f'in {year}')} .\n{e} {_p('startYear')} {_typed(year, 'integer')} .\n"
              f"{e} {_p('endYear')} {_typed(year, 'integer')} .\n")
            section, source = rng.randrange(sections), rng.randrange(sources)
            link(e, "place", _n("place", place), section, source)
            for agent in sorted({int(actors * rng.random() ** 3) for _ in range(3)}):
                link(e, "participant", _n("actor", agent), section, source)
                part = _n("participation", i * 10 + agent % 10)
                w(f"{e} {_p('participation')} {part} .\n{part} {RDF_TYPE} {_p('Participation')} .\n"
                  f"{part} {_p('agent')} {_n('actor', agent)} .\n{part} {_p('role')} {_lit('delegate')} .\n")
            link(e, "illustrates", f"<{TRAIT}{rng.randint(1, 7)}>", section, source)
            link(e, "involvesConcept", _n("concept", rng.randrange(concepts)), section, source)
            if i:
                link(e, "follows", _n("episode", rng.randrange(max(0, i - 50), i)), section, source)
    focus = episodes // 2
    texts = [names[_n("actor", actors // 3)].split()[1][:6].lower(),  # a few hits
             names[_n("actor", actors // 2)],  # one entity, exactly
             names[_n("actor", 2 * actors // 3)].split()[0][1:4],  # many hits
             episode_labels[focus][:12].lower()]  # a phrase: several hits
    return Landmarks(_n("episode", focus)[1:-1], _n("actor", 0)[1:-1], _n("episode", focus)[1:-1],
                     _n("episode", focus // 3)[1:-1], tuple(texts))
