"""Stories: an ordered list of views (permalinks), each with a note, kept in the workspace.

A :class:`Story` is a title and its :class:`Step`\\ s; a step's ``view`` is a permalink's query in
the URL's own syntax (``focus=episode:valdai-2014&hops=2``, as
:meth:`kg.explore.viewstate.ViewState.to_params` writes it) and its ``note`` Markdown.

- ``STORY.json`` (a contract): ``{"title": …, "steps": [{"view": …, "note": …}, …]}``;
  :func:`read_story` checks it strictly — every key, type and length, every view parsed and every
  entity it names found in the store — and refuses a bad file with a sentence naming the step
  and what is wrong; nothing is half-loaded. :func:`story_json` writes it.
- In the workspace a story is one statement (a named graph, with PROV like a note):
  ``own:story/ID a nkg:Story; dcterms:title …; schema:hasPart`` its steps, each
  ``a nkg:StoryStep`` (an ``nkg:View``) with ``schema:position`` (1, 2, …), ``nkg:viewQuery``
  and ``schema:text`` (the note). :func:`story_statement` makes it, :func:`stories` reads them.

>>> s = Story("Valdai", (Step("focus=episode:valdai-2014&hops=2", "The *bluff*."),))
>>> read_story(story_json(s)) == s
True
>>> read_story(b'{"title": "T", "steps": [{"view": "hops=9", "note": ""}]}')
Traceback (most recent call last):
...
kg.errors.WorkspaceError: STORY.json, step 1: the view 'hops=9' does not parse: hops must be between 0 and 3; got 9.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import parse_qsl, urlencode

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kg.errors import KGError, NotFound, WorkspaceError
from kg.explore.catalog import traits as store_traits
from kg.explore.describe import describe
from kg.explore.viewstate import PARAMS, ViewState
from kg.namespaces import NKG, SCHEMA, compact
from kg.store.store import Store
from kg.text import clean
from kg.workspace.statements import MAX_LABEL, MAX_NOTE, OWN, Statement, Workspace, _graph, _statement

__all__ = ["MAX_STEPS", "Step", "Story", "parse_view", "read_story", "stories", "story_json", "story_statement",
           "view_query"]

#: Most steps in a story (a talk's worth, and a PDF that stays small).
MAX_STEPS = 100
MAX_VIEW = 4_000  # characters of one step's view: a long SPARQL query in q= fits
MAX_FILE = 2_000_000


@dataclass(frozen=True)
class Step:
    """One step: a view (its permalink's query) and the note shown beside it (Markdown)."""

    view: str
    note: str = ""

    @property
    def state(self) -> ViewState:
        return parse_view(self.view)


@dataclass(frozen=True)
class Story:
    """A titled, ordered list of steps; immutable (every edit returns a new story, same ``iri``)."""

    title: str
    steps: tuple[Step, ...] = ()
    iri: str | None = None

    def with_step(self, view: str, note: str = "") -> Story:
        """The story with one more step at the end (the view in its canonical form)."""
        if len(self.steps) >= MAX_STEPS:
            raise WorkspaceError(f"A story has at most {MAX_STEPS} steps; this one is full.")
        return replace(self, steps=self.steps + (Step(view_query(parse_view(view)), _note(note, "the new step")),))

    def moved(self, index: int, offset: int) -> Story:
        """Step ``index`` (0-based) moved ``offset`` places (−1 up, +1 down), kept inside the story."""
        to = max(0, min(len(self.steps) - 1, index + offset))
        steps = list(self.steps)
        steps.insert(to, steps.pop(self._index(index)))
        return replace(self, steps=tuple(steps))

    def without_step(self, index: int) -> Story:
        self._index(index)
        return replace(self, steps=self.steps[:index] + self.steps[index + 1:])

    def with_note(self, index: int, note: str) -> Story:
        self._index(index)
        step = replace(self.steps[index], note=_note(note, f"step {index + 1}"))
        return replace(self, steps=self.steps[:index] + (step,) + self.steps[index + 1:])

    def _index(self, index: int) -> int:
        if not 0 <= index < len(self.steps):
            raise WorkspaceError(f"The story has no step {index + 1} (it has {len(self.steps)}).")
        return index


def _note(text: str, where: str) -> str:
    note = clean(text, keep_newlines=True).strip()
    if len(note) > MAX_NOTE:
        raise WorkspaceError(f"The note of {where} is {len(note):,} characters; at most {MAX_NOTE:,}.")
    return note


# -- views --------------------------------------------------------------------------------

def view_query(state: ViewState) -> str:
    """A view's permalink query, canonical (``focus=episode:valdai-2014&hops=2``; the overview is '')."""
    return urlencode(state.to_params(), safe=":,|/")


def parse_view(text: str) -> ViewState:
    """The view of a permalink query, strictly: every parameter one the URL knows, given once.

    >>> parse_view("?focus=episode:valdai-2014&hops=2").hops
    2
    >>> parse_view("focus=episode:valdai-2014&zoom=3")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: unknown parameter 'zoom' (the URL knows view, focus, hops, ...).
    """
    query = text.strip().removeprefix("?")
    if len(query) > MAX_VIEW:
        raise KGError(f"it is {len(query):,} characters; at most {MAX_VIEW:,}.")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise KGError("expected NAME=VALUE pairs joined by & (a permalink's query).") from None
    seen: dict[str, str] = {}
    for name, value in pairs:
        if name not in PARAMS:
            raise KGError(f"unknown parameter {name!r} (the URL knows {', '.join(PARAMS)}).")
        if name in seen:
            raise KGError(f"the parameter {name!r} is given twice.")
        seen[name] = value
    return ViewState.from_params(seen)


def _check_entities(state: ViewState, store: Store, known_traits: set[int]) -> None:
    missing = sorted(state.traits - known_traits)
    if missing:
        raise KGError(f"names trait {', '.join(map(str, missing))}, which is not in the store.")
    for name, iri in state.entities():
        try:
            describe(store, iri)
        except NotFound:
            raise KGError(f"{name} names {compact(iri)}, which is not in the store.") from None


# -- STORY.json ---------------------------------------------------------------------------

def _string(value, what: str, where: str, limit: int, *, empty: bool) -> str:
    if not isinstance(value, str):
        raise WorkspaceError(f"{where}: {what} must be a string, not {type(value).__name__}.")
    text = clean(value, keep_newlines=True).strip()
    if not text and not empty:
        raise WorkspaceError(f"{where}: {what} is empty.")
    if len(text) > limit:
        raise WorkspaceError(f"{where}: {what} is {len(text):,} characters; at most {limit:,}.")
    return text


def read_story(data: bytes, *, source: str = "STORY.json", store: Store | None = None) -> Story:
    """A story from ``STORY.json`` bytes, or :class:`~kg.errors.WorkspaceError` naming the step and
    what is wrong. With ``store``, every entity and trait a view names must be in it."""
    if len(data) > MAX_FILE:
        raise WorkspaceError(f"{source} is {len(data):,} bytes; a story file is at most {MAX_FILE:,}.")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise WorkspaceError(f"{source} is not UTF-8 text (byte {exc.start}).") from None
    except json.JSONDecodeError as exc:
        raise WorkspaceError(f"{source} is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    if not isinstance(doc, dict):
        raise WorkspaceError(f'{source} must be a JSON object {{"title": …, "steps": […]}}.')
    extra = sorted(set(doc) - {"title", "steps"})
    if extra or "title" not in doc or "steps" not in doc:
        raise WorkspaceError(f'{source} must have exactly the keys "title" and "steps"'
                             + (f"; it also has {', '.join(map(repr, extra))}." if extra else "; one is missing."))
    title = _string(doc["title"], "the title", source, MAX_LABEL, empty=False)
    steps = doc["steps"]
    if not isinstance(steps, list) or not steps:
        raise WorkspaceError(f"{source}: \"steps\" must be a non-empty list of "
                             '{"view": …, "note": …} objects.')
    if len(steps) > MAX_STEPS:
        raise WorkspaceError(f"{source} has {len(steps)} steps; a story has at most {MAX_STEPS}.")
    known = {t.number for t in store_traits(store)} if store is not None else set()
    out = []
    for number, step in enumerate(steps, 1):
        where = f"{source}, step {number}"
        if not isinstance(step, dict) or set(step) != {"view", "note"}:
            raise WorkspaceError(f'{where} must be an object with exactly the keys "view" and "note".')
        view = _string(step["view"], "the view", where, MAX_VIEW, empty=True)
        note = _string(step["note"], "the note", where, MAX_NOTE, empty=True)
        try:
            state = parse_view(view)
        except KGError as exc:
            raise WorkspaceError(f"{where}: the view {view!r} does not parse: {exc}") from None
        if store is not None:
            try:
                _check_entities(state, store, known)
            except KGError as exc:
                raise WorkspaceError(f"{where}: the view {view!r} {exc}") from None
        out.append(Step(view_query(state), note))
    return Story(title, tuple(out))


def story_json(story: Story) -> bytes:
    """The story as ``STORY.json`` (UTF-8, indented, keys in the contract's order)."""
    doc = {"title": story.title, "steps": [{"view": s.view, "note": s.note} for s in story.steps]}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# -- in the workspace --------------------------------------------------------------------

def story_statement(story: Story, *, author: str, when: datetime | None = None) -> tuple[Statement, Story]:
    """The story as a workspace statement (a new named graph; the story keeps its IRI across edits)."""
    title = _string(story.title, "the title", "The story", MAX_LABEL, empty=False)
    if not story.steps:
        raise WorkspaceError("The story has no steps: add a view to it first.")
    iri = URIRef(story.iri) if story.iri else OWN[f"story/{uuid.uuid4().hex[:16]}"]
    g = Graph()
    g.add((iri, RDF.type, NKG.Story))
    g.add((iri, DCTERMS.title, Literal(title)))
    for position, step in enumerate(story.steps, 1):
        node = URIRef(f"{iri}/step-{position}")
        g.add((iri, SCHEMA.hasPart, node))
        g.add((node, RDF.type, NKG.StoryStep))
        g.add((node, RDF.type, NKG.View))
        g.add((node, SCHEMA.position, Literal(position, datatype=XSD.integer)))
        g.add((node, NKG.viewQuery, Literal(step.view)))
        if step.note:
            g.add((node, SCHEMA.text, Literal(step.note)))
    st = _statement(g, author, when, None, uuid.uuid4().hex[:16])
    return st, replace(story, title=title, iri=str(iri))


def stories(ws: Workspace) -> list[tuple[Story, Statement]]:
    """The workspace's stories (oldest first), each with the statement that holds it."""
    out = []
    for st in ws.statements:
        if st.kind != "story":
            continue
        g = _graph(st)
        for iri in g.subjects(RDF.type, NKG.Story):
            steps = sorted(g.objects(iri, SCHEMA.hasPart), key=lambda n: int(g.value(n, SCHEMA.position) or 0))
            out.append((Story(str(g.value(iri, DCTERMS.title) or ""),
                              tuple(Step(str(g.value(n, NKG.viewQuery) or ""), str(g.value(n, SCHEMA.text) or ""))
                                    for n in steps), str(iri)), st))
    return out
