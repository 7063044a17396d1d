"""``python -m kg compare VIEW_A VIEW_B``: what two views share and what only one of them shows.

Each view is written in the URL's own syntax (``focus=episode:valdai-2014&hops=2``, what follows
``?`` in a permalink) or ``workspace``. Without ``--format`` the differences are printed as CSV
(one row per entity or link in only one view, with its kind and evidence count); with any export
format the union is exported like any view (``view=compare&a=…&b=…``), its interactive HTML
drawing the three groups.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kg.draw.figure import SIZES
from kg.errors import ExportError, KGError
from kg.explore.views import comparison_for
from kg.explore.viewstate import ViewState, view_side
from kg.export.exporter import FORMAT_BY_KEY, Exporter
from kg.store.store import open_store
from kg.text import csv_text

__all__ = ["add_parser", "cmd_compare"]

EXAMPLES = """examples:
  python -m kg compare "focus=episode:valdai-2014&hops=2" "focus=trait:6"
  python -m kg compare focus=episode:valdai-2014 focus=trait:6 --all -o both.csv
  python -m kg compare focus=episode:valdai-2014 focus=trait:6 --format html -o compare.html
"""
_IN = {"a": "only in A", "b": "only in B", "both": "in both"}


def add_parser(sub, backend: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Register the ``compare`` subcommand."""
    p = sub.add_parser("compare", parents=[backend], help="compare two views: only in A, only in B, in both",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("a", metavar="VIEW_A", help="a view as a permalink's parameters (focus=episode:valdai-2014&hops=2)"
                   " or workspace")
    p.add_argument("b", metavar="VIEW_B", help="the other view, as VIEW_A")
    p.add_argument("--all", action="store_true", help="list what is in both views too")
    p.add_argument("--format", choices=["differences", *FORMAT_BY_KEY], default="differences", metavar="FORMAT",
                   help="differences (CSV, the default) or an export format of the union: "
                        + " ".join(FORMAT_BY_KEY))
    p.add_argument("--size", choices=list(SIZES), default="column", help="figure size (default column)")
    p.add_argument("-o", "--output", metavar="PATH", help="file to write (default: standard output for the "
                   "differences, a name made from the comparison for an export)")
    p.set_defaults(func=cmd_compare)
    return p


def _write(data: bytes, target: str | None) -> None:
    if target in (None, "-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        Path(target).write_bytes(data)
    except OSError as exc:
        raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from exc


def _side(text: str, label: str) -> str:
    """One side checked here, so that a bad one is named as the command line names it (VIEW_A),
    not as the URL parameter (a=) the app reads it from."""
    side = view_side(text, where=f"{label} {text!r}")
    if side is None:
        raise KGError(f"{label} is empty: give a view as a permalink's parameters (e.g. focus=trait:6, "
                      "or view=graph for the overview), or workspace.")
    return side


def cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    store = open_store(path=args.store, endpoint=args.endpoint)
    state = ViewState(view="compare", a=_side(args.a, "VIEW_A"), b=_side(args.b, "VIEW_B"))
    cmp = comparison_for(store, state)
    counts = cmp.counts()
    summary = (f"{counts['union'][0]} entities and {counts['union'][1]} links: {counts['a'][0]} entities and "
               f"{counts['a'][1]} links only in A, {counts['b'][0]} and {counts['b'][1]} only in B, "
               f"{counts['both'][0]} and {counts['both'][1]} in both.")
    if args.format == "differences":
        rows = [(_IN[r.side], r.what, r.kind, r.label, r.evidence, r.iri) for r in cmp.differences(include_both=args.all)]
        data = csv_text(["in", "what", "kind", "label", "evidence quotes", "iri"], rows).encode("utf-8")
        _write(data, args.output)
        if args.output not in (None, "-"):
            print(f"Wrote {args.output} ({len(rows)} rows). {summary}", file=out)
        else:
            print(summary, file=sys.stderr)  # stdout stays clean CSV
        return 0
    exporter = Exporter(store, state, cmp.union, size=args.size)
    result = exporter.export(args.format)
    target = args.output or result.filename
    _write(result.data, target)
    if target != "-":
        print(f"Wrote {target} ({len(result.data):,} bytes). {summary}", file=out)
    return 0
