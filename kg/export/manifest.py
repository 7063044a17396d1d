"""The export manifest: everything needed to regenerate an export, as JSON.

A manifest records the view (:meth:`ViewState.to_params`, the same parameters
as the app's URL), the figure size, a SHA-256 fingerprint of the whole
dataset (:meth:`Store.content_hash`), the tool version and the date of the
export. :func:`regenerate` turns it back into the same Subgraph: the view is
parsed, :func:`kg.explore.views.subgraph_for` runs again, and every export of that
Subgraph comes out byte-identical when the data and the tool are unchanged
(the manifest keeps its original date, so a regenerated bundle is identical too).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import quote, urlencode

from kg._version import __version__
from kg.errors import ExportError, KGError
from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.model import Subgraph
from kg.store.store import Store

__all__ = ["MANIFEST_VERSION", "Manifest", "manifest_for", "regenerate", "today", "url_query"]

MANIFEST_VERSION = 1


def today() -> str:
    """The export date, ISO 8601 (UTC); ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.date().isoformat()


@dataclass(frozen=True)
class Manifest:
    """What produced an export; :meth:`to_json` and :meth:`from_json` round-trip."""

    view: dict[str, str]
    dataset_sha256: str
    created: str
    size: str = "column"
    tool_version: str = __version__
    counts: dict[str, int] = field(default_factory=dict)
    caption: str = ""
    files: dict[str, str] = field(default_factory=dict)  # bundle path -> SHA-256

    @property
    def state(self) -> ViewState:
        return ViewState.from_params(self.view)

    def to_dict(self) -> dict:
        return {
            "kg_export_manifest": MANIFEST_VERSION,
            "tool": {"name": "negkg", "version": self.tool_version},
            "created": self.created,
            "view": dict(sorted(self.view.items())),
            "url_query": url_query(self.view),
            "figure_size": self.size,
            "dataset": {"sha256": self.dataset_sha256},
            "subgraph": dict(sorted(self.counts.items())),
            "caption": self.caption,
            "files": dict(sorted(self.files.items())),
            "regenerate": "python -m kg export --manifest THIS_FILE --format FORMAT -o PATH",
        }

    def to_json(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes | str, *, source: str = "the manifest") -> "Manifest":
        """Parse a manifest; a malformed one raises :class:`ExportError` naming what is wrong."""
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ExportError(f"{source} is not JSON: {exc}.") from exc
        if not isinstance(doc, dict) or doc.get("kg_export_manifest") != MANIFEST_VERSION:
            raise ExportError(f"{source} is not a version-{MANIFEST_VERSION} export manifest "
                              "(no \"kg_export_manifest\": 1 field).")
        view = doc.get("view")
        if not isinstance(view, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in view.items()):
            raise ExportError(f"{source}: \"view\" must be an object of text parameters, as in the app's URL.")
        try:
            ViewState.from_params(view)
        except KGError as exc:
            raise ExportError(f"{source}: the view is not valid: {exc}") from exc
        return cls(view=view, dataset_sha256=str((doc.get("dataset") or {}).get("sha256", "")),
                   created=str(doc.get("created", "")), size=str(doc.get("figure_size", "column")),
                   tool_version=str((doc.get("tool") or {}).get("version", "")),
                   counts={k: int(v) for k, v in (doc.get("subgraph") or {}).items()},
                   caption=str(doc.get("caption", "")), files=dict(doc.get("files") or {}))


def url_query(view: dict[str, str]) -> str:
    """A view's URL parameters as a permalink's query, as the manifest writes it."""
    return urlencode(sorted(view.items()), quote_via=quote)


def counts(sg: Subgraph) -> dict[str, int]:
    out = {"nodes": len(sg.nodes), "edges": len(sg.edges), "evidence": len(sg.evidence),
           "inferred_edges": sum(1 for e in sg.edges if e.inferred)}
    if sg.total_nodes:
        out["nodes_before_cap"] = sg.total_nodes
    return out


def manifest_for(store: Store, state: ViewState, sg: Subgraph, *, size: str = "column",
                 created: str | None = None, caption: str = "", files: dict[str, str] | None = None) -> Manifest:
    """The manifest of an export of ``sg`` (the Subgraph ``state`` shows in ``store``)."""
    return Manifest(view=state.to_params(), dataset_sha256=store.content_hash(), created=created or today(),
                    size=size, counts=counts(sg), caption=caption, files=files or {})


@dataclass(frozen=True)
class Regenerated:
    state: ViewState
    subgraph: Subgraph
    warnings: tuple[str, ...]


def regenerate(store: Store, manifest: Manifest) -> Regenerated:
    """The view and Subgraph a manifest describes, with warnings when data or tool changed."""
    state = manifest.state
    warnings = []
    current = store.content_hash()
    if manifest.dataset_sha256 and manifest.dataset_sha256 != current:
        warnings.append(f"The dataset has changed since the export of {manifest.created} (SHA-256 "
                        f"{manifest.dataset_sha256[:12]}…, now {current[:12]}…): the files show the data as it is now.")
    if manifest.tool_version and manifest.tool_version != __version__:
        warnings.append(f"The export was made with negkg {manifest.tool_version}; this is {__version__}: "
                        "figures may differ in detail.")
    return Regenerated(state, subgraph_for(store, state), tuple(warnings))
