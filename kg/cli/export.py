"""``python -m kg export``: any view, in any export format, from the command line.

The options build the same :class:`~kg.explore.viewstate.ViewState` the app reads
from its URL, or read it from a manifest; :func:`kg.explore.views.subgraph_for` then
gives the same Subgraph the app draws, and :mod:`kg.export.exporter` writes it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kg.draw.figure import SIZES
from kg.errors import ExportError, KGError
from kg.explore.filters import PRECISIONS, UNKNOWN
from kg.explore.search import resolve
from kg.explore.facets import facets
from kg.explore.views import GROUP_LIMIT, subgraph_for
from kg.explore.viewstate import GROUP_BY, ViewState
from kg.export.exporter import FORMAT_BY_KEY, Exporter
from kg.export.manifest import Manifest, regenerate
from kg.namespaces import compact
from kg.store.store import Store, open_store
from kg.workspace.story import read_story
from kg.workspace.story_export import STORY_FORMATS, export_story

#: ``--view``: the tabs whose export differs (view=argument has --argument; a comparison, ``kg compare``).
EXPORT_VIEWS = ("graph", "map")

__all__ = ["EXPORT_VIEWS", "add_facets_parser", "add_parser", "cmd_export", "cmd_facets", "facet_options"]

EXAMPLES = """examples:
  python -m kg export --focus "Valdai 2014" --hops 2 --format bundle -o valdai.zip
  python -m kg export --focus episode:valdai-2014 --format pdf --size page -o valdai.pdf
  python -m kg export --overview --trait 6 --format bibtex -o refs.bib
  python -m kg export --argument --format pdf --size page -o argument.pdf
  python -m kg export --overview --years 1900-1910 --view map --format html -o portsmouth-map.html
  python -m kg export --manifest valdai/manifest.json --format bundle -o again.zip
  python -m kg export --story data/examples/STORY.json --format pdf -o story.pdf
"""


def _split(values: list[str] | None) -> list[str]:
    """Repeated or comma-separated values (kinds, trait numbers; names may hold commas, so not those)."""
    return [v.strip() for value in values or () for v in value.split(",") if v.strip()]


def add_parser(sub, backend: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Register the ``export`` subcommand."""
    p = sub.add_parser("export", parents=[backend], help="export a view: data, figure, bibliography, bundle",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    view = p.add_mutually_exclusive_group(required=True)
    view.add_argument("--focus", action="append", metavar="TEXT_OR_IRI",
                      help="entity at the centre (a name, CURIE or IRI; repeatable)")
    view.add_argument("--overview", action="store_true", help="the traits and everything linked to them")
    view.add_argument("--argument", action="store_true",
                      help="the argument map: the claims and what supports or attacks them (as view=argument)")
    view.add_argument("--path-from", metavar="TEXT_OR_IRI", help="shortest paths from here (with --path-to)")
    view.add_argument("--manifest", metavar="FILE", help="regenerate the view of an export manifest")
    view.add_argument("--story", metavar="STORY.json",
                      help="export a story (its views, each with a note) as pdf, html or bundle")
    p.add_argument("--path-to", metavar="TEXT_OR_IRI", help="shortest paths to here")
    p.add_argument("--view", choices=EXPORT_VIEWS,
                   help="the tab exported, as the URL's view=: graph (default) or map (then --format html writes "
                        "the map, with its places as a table)")
    p.add_argument("--hops", type=int, default=1, help="links from the focus (0-3, default 1)")
    filter_options(p)
    p.add_argument("--infer", action="store_true", help="add RDFS/OWL-RL inferred links")
    p.add_argument("--max-nodes", type=int, help="most entities in the view (default as in the app)")
    p.add_argument("--page", type=int, default=1, help="which page of a view larger than --max-nodes (default 1)")
    p.add_argument("--group", choices=GROUP_BY, default="none",
                   help="summarise the view into one node per kind or community (default none)")
    p.add_argument("--format", required=True, choices=list(FORMAT_BY_KEY), metavar="FORMAT",
                   help="one of: " + " ".join(FORMAT_BY_KEY) + " (html: the interactive graph, or with --view map "
                        "the map)")
    p.add_argument("--size", choices=list(SIZES), help="figure size: column (3.5 in) or page (7 in); default column, "
                   "or the manifest's")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="file to write ('-' for standard output; default: a name made from the view)")
    p.set_defaults(func=cmd_export)
    return p


def filter_options(p: argparse.ArgumentParser) -> None:
    """A view's filters, as export and facets both take them: kind, trait, years, source and the facets."""
    p.add_argument("--kind", action="append", metavar="KIND", help="keep only these kinds (repeatable or comma-separated)")
    p.add_argument("--trait", action="append", metavar="N", help="keep only what links to these traits")
    p.add_argument("--years", metavar="FIRST-LAST", help="keep episodes of this period, e.g. 2014-2025")
    p.add_argument("--source", action="append", metavar="TEXT_OR_IRI", help="keep links citing this source")
    facet_options(p)


def facet_options(p: argparse.ArgumentParser) -> None:
    """The facet filters (the URL's actor, place, precision and claim); 'unknown' keeps what holds none."""
    p.add_argument("--actor", action="append", metavar="TEXT_OR_IRI",
                   help="keep episodes with this actor (repeatable; 'unknown': episodes naming none)")
    p.add_argument("--place", action="append", metavar="TEXT_OR_IRI",
                   help="keep episodes at this place (repeatable; 'unknown': episodes with no place)")
    p.add_argument("--precision", action="append", metavar="WORD",
                   help=f"keep episodes dated to this precision: {', '.join(PRECISIONS)} or unknown (repeatable)")
    p.add_argument("--claim", action="append", metavar="TEXT_OR_IRI",
                   help="keep what bears on this claim (repeatable; 'unknown': what bears on none)")


def _facet_values(store: Store, given: list[str] | None) -> frozenset[str]:
    return frozenset(UNKNOWN if g.strip() == UNKNOWN else resolve(store, g) for g in given or ())


def _not_applying(args: argparse.Namespace, *, path: bool) -> list[str]:
    """The options given that a path view (``path``) or the argument map does not take."""
    given = {"--kind": args.kind, "--trait": args.trait, "--years": args.years, "--source": args.source,
             "--actor": args.actor, "--place": args.place, "--precision": args.precision, "--claim": args.claim,
             "--hops": args.hops != 1, "--page": args.page != 1}
    if not path:
        given |= {"--infer": args.infer, "--max-nodes": args.max_nodes is not None, "--group": args.group != "none",
                  "--path-to": args.path_to, "--view": args.view}
    return [option for option, value in given.items() if value]


def _refuse(view: str, options: list[str]) -> None:
    if options:
        named = options[0] if len(options) == 1 else f"{', '.join(options[:-1])} and {options[-1]}"
        raise ExportError(f"{view}: {named} {'does' if len(options) == 1 else 'do'} not apply to it.")


def _state(store: Store, args: argparse.Namespace) -> ViewState:
    state = _view_state(store, args)
    return state.with_(view=args.view) if args.view else state


def _view_state(store: Store, args: argparse.Namespace) -> ViewState:
    if args.argument:
        _refuse("The argument map holds every claim and what bears on it", _not_applying(args, path=False))
        return ViewState(view="argument")
    if args.path_from and not args.path_to:
        raise ExportError("--path-from needs --path-to (the other end of the path).")
    if args.path_from:
        _refuse("A path view holds every shortest path between its two ends", _not_applying(args, path=True))
    try:
        years = tuple(int(y) for y in args.years.split("-", 1)) if args.years else None
    except ValueError:
        raise ExportError(f"--years {args.years!r}: expected FIRST-LAST, e.g. 2014-2025.") from None
    try:
        traits = frozenset(int(t) for t in _split(args.trait))
    except ValueError:
        raise ExportError(f"--trait {','.join(args.trait)!r}: expected trait numbers, e.g. 6 or 1,6.") from None
    for option, given in (("--kind", args.kind), ("--trait", args.trait)):
        if given and not _split(given):
            raise ExportError(f"{option} {','.join(given)!r} names nothing; give one or more values, e.g. "
                              f"{option} {'episode,person' if option == '--kind' else '6'}.")
    extra = {"max_nodes": args.max_nodes} if args.max_nodes is not None else {}
    extra.update(page=args.page, group=args.group)
    return ViewState(
        focus=tuple(resolve(store, f) for f in args.focus or ()), hops=args.hops,
        kinds=frozenset(_split(args.kind)), traits=traits, years=years,
        sources=frozenset(resolve(store, s) for s in args.source or ()), inferred=args.infer,
        actors=_facet_values(store, args.actor), places=_facet_values(store, args.place),
        precisions=frozenset(_split(args.precision)), claims=_facet_values(store, args.claim),
        path_from=resolve(store, args.path_from) if args.path_from else None,
        path_to=resolve(store, args.path_to) if args.path_from else None, **extra)


def _read_manifest(path: str) -> Manifest:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ExportError(f"Cannot read the manifest {path}: {exc.strerror or exc}.") from exc
    return Manifest.from_json(data, source=path)


def _write(data: bytes, output: str | None, default: str) -> Path | None:
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    target = Path(output or default)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    return target


def _wrote(exporter: Exporter, fmt: str, size: int) -> str:
    """What ``cmd_export`` says it wrote: the map's places for the map HTML, else the view's size."""
    if fmt == "html" and exporter.is_map:
        pm = exporter.place_map
        return (f"{size:,} bytes; the map of {len(pm.places)} place{'s' if len(pm.places) != 1 else ''}, "
                f"{len(pm.unplaced)} without coordinates")
    return f"{size:,} bytes; {len(exporter.subgraph.nodes)} entities, {len(exporter.subgraph.edges)} links"


def cmd_story(args: argparse.Namespace, out: TextIO) -> int:
    """``--story STORY.json --format pdf|html|bundle``: the story checked against the store, then exported."""
    if args.format not in STORY_FORMATS:
        raise ExportError(f"--story exports as {', '.join(STORY_FORMATS)}; not {args.format!r}.")
    try:
        data = Path(args.story).read_bytes()
    except OSError as exc:
        raise ExportError(f"Cannot read the story {args.story}: {exc.strerror or exc}.") from exc
    store = open_store(path=args.store, endpoint=args.endpoint)
    story = read_story(data, source=Path(args.story).name, store=store)
    result, _ = export_story(store, story, args.format)
    target = _write(result, args.output, Path(args.story).stem.lower() + STORY_FORMATS[args.format][0])
    if target is not None:
        print(f"Wrote {target} ({len(result):,} bytes; {len(story.steps)} steps).", file=out)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if args.view and (args.story or args.manifest):
        raise ExportError(f"--view {args.view} does not apply to {'--story' if args.story else '--manifest'}: "
                          f"{'each step' if args.story else 'the manifest'} names its own view.")
    if args.story:
        return cmd_story(args, out)
    store = open_store(path=args.store, endpoint=args.endpoint)
    if args.manifest:
        manifest = _read_manifest(args.manifest)
        again = regenerate(store, manifest)
        for warning in again.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        state, sg = again.state, again.subgraph
        exporter = Exporter(store, state, sg, size=args.size or manifest.size, created=manifest.created)
    else:
        state = _state(store, args)
        try:
            sg = subgraph_for(store, state)
        except KGError as exc:
            raise ExportError(f"Cannot build the view to export: {exc}") from exc
        exporter = Exporter(store, state, sg, size=args.size or "column")
    result = exporter.export(args.format)
    target = _write(result.data, args.output, result.filename)
    if target is None:
        return 0
    print(f"Wrote {target} ({_wrote(exporter, args.format, len(result.data))}).", file=out)
    return 0


def add_facets_parser(sub, backend: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Register the ``facets`` subcommand: a view's facet values with their counts."""
    p = sub.add_parser("facets", parents=[backend], help="a view's facets: each value with how many entities hold it")
    p.add_argument("--focus", action="append", metavar="TEXT_OR_IRI", help="entity at the centre (default: overview)")
    p.add_argument("--hops", type=int, default=1, help="links from the focus (0-3, default 1)")
    filter_options(p)
    p.set_defaults(func=cmd_facets, path_from=None, path_to=None, infer=False, max_nodes=GROUP_LIMIT, page=1,
                   group="none", argument=False, view=None)
    return p


def cmd_facets(args: argparse.Namespace, out: TextIO) -> int:
    """One line per facet value: facet, count, value (an IRI as a CURIE), label; tab-separated."""
    store = open_store(path=args.store, endpoint=args.endpoint)
    view = subgraph_for(store, _state(store, args))
    for facet in facets(store, view):
        for v in facet.values:
            print(f"{facet.key}\t{v.count}\t{compact(v.value)}\t{v.label}", file=out)
        if facet.unknown:
            print(f"{facet.key}\t{facet.unknown}\t{UNKNOWN}\t(of {facet.described} described)", file=out)
    return 0
