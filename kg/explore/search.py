"""Find entities by name: case-, accent- and script-aware, partial matches.

Matching runs in SPARQL (so it works on a remote endpoint) with a regular
expression whose character classes fold case and accents: ``sondergaard``
finds "Søndergaard", ``лавров`` finds "Сергей Лавров"; embedded stores read the
names from their index (:mod:`kg.store.names`) and check them with the same
expression. Results are ranked in Python: the whole name, whole words, the start
of a word, anywhere, and last names with every word of the text in any order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg.errors import AmbiguousName, KGError, NotFound
from kg.kinds import ENTITY_CLASSES, KIND_BY_KEY, kind_of
from kg.model import SearchHit
from kg.namespaces import expand_curie
from kg.store import fetch
from kg.store.names import NameIndex
from kg.store.sparql import Raw, iri_term, literal_term, one_of, values
from kg.store.store import Store
from kg.text import fold

__all__ = ["search", "candidates", "resolve", "pattern", "byte_pattern"]

_ALPHABET = [chr(c) for r in ((0x20, 0x250), (0x370, 0x400), (0x400, 0x530)) for c in range(*r)]
_REGEX_SPECIAL = set("\\.^$|?*+()[]{}-")


@lru_cache(maxsize=1)
def _members() -> dict[str, frozenset[str]]:
    """For each folded character, every character of the alphabet that folds to it."""
    members: dict[str, set[str]] = {}
    for ch in _ALPHABET:
        folded = fold(ch)
        if len(folded) == 1:
            members.setdefault(folded, set()).add(ch)
    return {key: frozenset(chars | {key, key.upper()}) for key, chars in members.items()}


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    """For each folded character, a regex class of every character folding to it."""
    out = {}
    for key, chars in _members().items():
        body = "".join("\\" + c if c in "\\[]-^" else c for c in sorted(chars))
        out[key] = f"[{body}]" if len(chars) > 1 else (body if key not in _REGEX_SPECIAL else "\\" + key)
    return out


def pattern(text: str) -> str:
    """The folding regular expression for a search text.

    >>> import re
    >>> bool(re.search(pattern("sonder"), "Carsten Søndergaard"))
    True
    >>> bool(re.search(pattern("a.b"), "axb"))
    False
    """
    return _expression(text, _classes(), lambda ch: ch)


def _expression(text: str, classes: dict[str, str], other) -> str:
    """The folded text as a regular expression: a class per folding character,
    escaped specials, ``other(ch)`` for the rest."""
    return "".join(classes[ch] if ch in classes else "\\" + ch if ch in _REGEX_SPECIAL else other(ch)
                   for ch in fold(text))


def _utf8(ch: str) -> str:
    return "".join(f"\\x{b:02X}" for b in ch.encode("utf-8"))


@lru_cache(maxsize=1)
def _byte_classes() -> dict[str, str]:
    """Like :func:`_classes`, for engines that match bytes: non-ASCII members as UTF-8 byte escapes."""
    out = {}
    for key, chars in _members().items():
        ascii_ = "".join("\\" + c if c in _REGEX_SPECIAL else c for c in sorted(c for c in chars if c.isascii()))
        wide = [_utf8(c) for c in sorted(c for c in chars if not c.isascii())]
        parts = ([f"[{ascii_}]" if len(ascii_.replace("\\", "")) > 1 else ascii_] if ascii_ else []) + wide
        out[key] = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return out


def byte_pattern(text: str) -> str:
    """The folding expression for regex engines that see UTF-8 bytes, not characters.

    Virtuoso 7 matches REGEX on stored strings byte by byte and garbles
    non-ASCII characters in a pattern, so each one is written as its UTF-8
    bytes (``\\xC3\\xB8`` for ø). On a character engine the same escapes name
    unlikely Latin-1 pairs ("Ã¸"), so :func:`search` may send both patterns
    to any engine and check the matches in Python.

    >>> byte_pattern("ø")[:16]
    '(?:[Oo]|\\\\xC2\\\\xBA'
    >>> import re
    >>> bool(re.search(byte_pattern("sonder").encode(), "Carsten Søndergaard".encode("utf-8")))
    True
    """
    return _expression(text, _byte_classes(), lambda ch: ch if ch.isascii() else _utf8(ch))


#: How well a name matches, best first: the whole name, whole words in it ("putin" in
#: "Vladimir Putin" or "Putin's speech"), the start of a word ("russ" in "Russia"),
#: anywhere ("ssia"), and every word of the text, in any order ("valdai 2014").
EXACT, WORDS, WORD_START, ANYWHERE, ALL_WORDS = range(5)


def _score(query: str, matched: str) -> int:
    q, m = fold(query), fold(matched)
    if m == q:
        return EXACT
    if re.search(r"(?:^|\W)" + re.escape(q) + r"(?:\W|$)", m):
        return WORDS
    if re.search(r"(?:^|\W)" + re.escape(q), m):
        return WORD_START
    if q in m:
        return ANYWHERE
    return ALL_WORDS


def search(store: Store, text: str, *, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
    """Entities whose name contains ``text``, best matches first.

    >>> from kg.store.store import open_store
    >>> [h.label for h in search(open_store(), "sondergaard")][:1]
    ['Carsten Søndergaard']
    """
    text = " ".join(text.split())
    if not text:
        return []
    if len(text) > 200:
        raise KGError("The search text is longer than 200 characters; shorten it.")
    unknown = [k for k in kinds if k not in KIND_BY_KEY]
    if unknown:
        raise KGError(f"Unknown entity kind(s) {', '.join(unknown)}; use {', '.join(KIND_BY_KEY)}.")
    if limit < 1:
        raise KGError(f"The number of hits must be at least 1; got {limit}.")
    classes = [c for k in kinds for c in KIND_BY_KEY[k].classes] if kinds else list(ENTITY_CLASSES)
    want = max(limit * 10, 200)
    words = sorted(set(fold(text).split()), key=lambda w: (-len(w), w))
    best: dict[str, tuple[int, str, str, set[str]]] = {}
    _best(best, _rows(store, [text], classes, want), text, words)
    if len(words) > 1 and len(best) < limit:
        # names with every word, in any order: they rank last, so they are only
        # looked for while the list is not full
        _best(best, _rows(store, words, classes, want), text, words)
    hits = []
    for iri, (score, label, matched, types) in best.items():
        kind = kind_of(types)
        if kind is not None:
            hits.append(SearchHit(iri, label, kind.key, matched, score))
    hits.sort(key=lambda h: (h.score, len(h.label), h.label.casefold(), h.iri))
    return hits[:limit]


def _best(best: dict[str, tuple[int, str, str, set[str]]], rows: list[dict], text: str, words: list[str]) -> None:
    """Fold rows into ``best``: per entity, its best-scoring name and all its types."""
    for row in rows:
        iri, label, matched = str(row["entity"]), str(row["label"]), str(row["matched"])
        folded = fold(matched)
        if not all(w in folded for w in words):  # a byte-pattern match on a character engine
            continue
        score = _score(text, matched)
        prev = best.get(iri)
        types = (prev[3] if prev else set()) | {str(row["type"])}
        if prev is None or score < prev[0]:
            best[iri] = (score, label, matched, types)
        else:
            best[iri] = (prev[0], prev[1], prev[2], types)


def _rows(store: Store, texts: list[str], classes: list[str], want: int) -> list[dict]:
    """Rows (entity, label, type, matched name) of names that contain every one of ``texts``."""
    index = store.name_index()
    if index is None:
        also = " ".join(f"FILTER (REGEX(STR(?matched), {literal_term(pattern(t))}) || "
                        f"REGEX(STR(?matched), {literal_term(byte_pattern(t))}))" for t in texts[1:])
        return store.strings("search", pattern=pattern(texts[0]), bytes=byte_pattern(texts[0]), also=Raw(also),
                             types=Raw(one_of(classes)), limit=want)
    return _indexed_rows(store, index, texts, classes, want)


def _indexed_rows(store: Store, index: NameIndex, texts: list[str], classes: list[str], want: int) -> list[dict]:
    """The rows ``queries/search.rq`` returns, with the names found in the index:
    the same expressions decide a match, labels and types come from the store."""
    regexes = [re.compile(pattern(t)) for t in texts]
    rows: list[dict] = []
    offset = 0
    while len(rows) < want:
        page = list(index.matches(texts, limit=want, offset=offset))
        offset += len(page)
        found = [(entity, name) for entity, name in page if all(r.search(name) for r in regexes)]
        facts: dict[str, list[dict]] = defaultdict(list)
        for batch in fetch.chunks(sorted({entity for entity, _ in found})):
            for row in store.strings("entity_types", nodes=Raw(values(batch)), types=Raw(one_of(classes))):
                facts[str(row["entity"])].append(row)
        rows += [{**row, "matched": name} for entity, name in found for row in facts.get(entity, ())]
        if len(page) < want:
            break
    return rows[:want]


def candidates(store: Store, text: str, *, limit: int = 50) -> list[SearchHit]:
    """The entities a typed name fits: those whose name is the text or holds it as whole words
    (or, when none does, the best matches). "Portsmouth" fits the city and the 1905 peace talks
    at Portsmouth: a reader chooses, nothing guesses.

    >>> from kg.store.store import open_store
    >>> [(h.label, h.kind) for h in candidates(open_store(), "Portsmouth")]
    [('Portsmouth', 'place'), ('Peace talks at Portsmouth, New Hampshire (1905)', 'episode')]
    """
    hits = search(store, text, limit=limit)
    cut = max(hits[0].score, WORDS) if hits else 0
    return [h for h in hits if h.score <= cut]


def resolve(store: Store, text_or_iri: str) -> str:
    """The IRI of the one entity named by an IRI, a CURIE or a name.

    Raises :class:`NotFound` when nothing matches and :class:`AmbiguousName` (its
    candidates labelled with their kinds) when the name fits several entities
    (:func:`candidates`).
    """
    iri = expand_curie(text_or_iri)
    if iri is not None:
        if not store.ask_text(f"ASK {{ {iri_term(iri)} ?p ?o }}"):
            raise NotFound(f"No entity with the IRI <{iri}> in the store.")
        return iri
    found = candidates(store, text_or_iri)
    if not found:
        raise NotFound(f"Nothing is named like {text_or_iri!r}; try a shorter part of the name.")
    if len(found) == 1:
        return found[0].iri
    raise AmbiguousName(text_or_iri, [(h.iri, f"{h.label} [{h.kind}]") for h in found])
