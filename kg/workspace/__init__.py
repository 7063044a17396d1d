"""The researcher's own layer: notes, links with evidence, sources — kept apart from the paper.

- :mod:`kg.workspace.statements`: the :class:`Workspace` value, its statements (one named
  graph each, with PROV) and the TriG file;
- :mod:`kg.workspace.bibtex`: sources from pasted BibTeX and a DOI or URL;
- :mod:`kg.workspace.check`: SHACL on every change, and opening a file like an upload;
- :mod:`kg.workspace.history`: versions, undo and redo, atomic autosave to a folder;
- :mod:`kg.workspace.story`: stories (views with notes), STORY.json and their statement;
  :mod:`kg.workspace.story_export`: a story as a PDF, an offline HTML file or a bundle.

>>> from kg.workspace import Workspace, note
>>> ws = Workspace().with_(note("https://w3id.org/negkg/id/trait/6", "See also Putnam.", author="Ann"))
>>> [n.text for n in ws.notes()]
['See also Putnam.']
"""

from kg.workspace.statements import (
    NEW_KINDS,
    WORKSPACE_GRAPHS,
    Note,
    OwnLink,
    Statement,
    ViewTarget,
    Workspace,
    entity,
    from_quads,
    link,
    note,
    source,
    to_trig,
)

__all__ = ["NEW_KINDS", "WORKSPACE_GRAPHS", "Note", "OwnLink", "Statement", "ViewTarget", "Workspace", "entity",
           "from_quads", "link", "note", "source", "to_trig"]
