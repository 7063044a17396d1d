"""The command line: ``python -m kg COMMAND ...``.

Exit codes: 0 success; 1 a problem with the data, the query or the input
(the message says what and where); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence, TextIO

from rdflib import Graph, Literal

from kg._version import __version__
from kg.cite import format_citation
from kg.cli.compare import add_parser as add_compare
from kg.cli.export import add_facets_parser as add_facets
from kg.cli.export import add_parser as add_export  # its own module: options map onto ViewState
from kg.errors import KGError
from kg.explore.describe import describe
from kg.explore.search import resolve, search
from kg.explore.stats import class_counts, property_counts
from kg.ingest import anchors
from kg.ingest.load import TextProgress, load_files
from kg.ingest.upload import DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_UPLOAD_TIMEOUT, check_upload_file, refusal
from kg.ingest.validate import validate
from kg.kinds import KIND_BY_KEY
from kg.model import Entity
from kg.namespaces import PREFIXES, compact
from kg.safety.policy import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT
from kg.safety.query import QueryResult, run_query
from kg.store import journal
from kg.store.store import Store, open_store
from kg.text import write_csv

__all__ = ["main"]


def _store(args: argparse.Namespace) -> Store:
    store = open_store(path=args.store, endpoint=args.endpoint)
    if store.notice:  # e.g. a load that did not finish: said on stderr, so piped output stays clean
        print(f"warning: {store.notice}", file=sys.stderr)
    return store


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    report = validate([Path(f) for f in args.files] if args.files else None)
    print(report.text(), file=out)
    if args.files and not report.conforms:
        print("\nThe files were validated on their own (with the ontology): what they link to but do not "
              "describe counts as missing. `python -m kg validate` checks all of data/; `python -m kg check "
              "FILE` checks a file together with the loaded graph.", file=out)
    return 0 if report.conforms else 1


def cmd_anchors(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.output)
    if args.check:
        text, found, failed = anchors.generate(exclude=path)
        stale = not path.exists() or path.read_text(encoding="utf-8") != text
    else:
        stale, found, failed = anchors.write(path)
    for miss in failed:
        print(f"not anchored: {compact(miss.evidence)} ({miss.reason}): {miss.quote[:100]!r}", file=out)
    verb = ("is up to date" if not stale else "is out of date: run `python -m kg anchors`") if args.check else (
        "written" if stale else "unchanged")
    print(f"Anchored {len(found)} of {len(found) + len(failed)} evidence quotes in the paper's text; "
          f"{path} {verb}.", file=out)
    return 1 if failed or (args.check and stale) else 0


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    store = _store(args)
    print(f"{store.triple_count():,} triples\n\nInstances per class (all: including sub-classes)", file=out)
    print(f"  {'all':>7}  {'direct':>7}  class", file=out)
    for c in class_counts(store):
        print(f"  {c.total:>7,}  {c.count:>7,}  {compact(c.iri)}" + (f"  ({c.label})" if c.label else ""), file=out)
    print("\nTriples per property", file=out)
    for c in property_counts(store):
        print(f"  {c.count:>7,}  {compact(c.iri)}", file=out)
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    kinds = tuple(k.strip() for value in args.kind or () for k in value.split(",") if k.strip())
    if args.kind and not kinds:
        raise KGError(f"--kind names no kind; use one or more of {', '.join(KIND_BY_KEY)}.")
    hits = search(_store(args), args.text, kinds=kinds, limit=args.limit)
    for h in hits:
        print(f"{h.iri}\t{h.label}\t{h.kind}", file=out)
    if not hits:
        print(f"No entity is named like {args.text!r}.", file=sys.stderr)
    return 0 if hits else 1


def _show(entity: Entity, out: TextIO) -> None:
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p(f"{entity.label}  [{entity.kind}]  <{entity.iri}>")
    if entity.alt_labels:
        p(f"  also: {'; '.join(entity.alt_labels)}")
    if entity.date_label:
        p(f"  when: {entity.date_label} (precision: {entity.date_precision})")
    for text in (entity.summary, entity.comment):
        if text:
            p(f"  {text}")
    for label, value in entity.attributes:
        p(f"  {label}: {value}")
    if entity.participations:
        p("\nParticipants and roles")
        for part in entity.participations:
            who = part.episode_label if part.agent == entity.iri else part.agent_label
            side = f" for {part.side_label}" if part.side_label else ""
            p(f"  {who}: {part.role or 'participant'}{side}")
    if entity.links:
        p("\nLinks and their evidence")
    cites = {c.iri: c for c in entity.citations}
    for link in entity.links:
        arrow = "->" if link.outgoing else "<-"
        p(f"  {arrow} {link.predicate_label} {arrow} {link.other_label} [{link.other_kind}]  {compact(link.other)}")
        for ev in link.evidence:
            p(f"       \u201c{ev.quote}\u201d")
            sources = [format_citation(cites[s]) if s in cites else compact(s) for s in ev.sources]
            p(f"       \u2014 {ev.section_title}; source: {' | '.join(sources)}")
            if ev.note:
                p(f"       note: {ev.note}")
    if entity.supplementary:
        p("\nSupplementary facts (not stated in the paper)")
        for note in entity.supplementary:
            refs = [format_citation(cites[s]) if s in cites else compact(s) for s in note.sources]
            p(f"  {compact(note.predicate)}: {note.value} \u2014 {note.note} Source: {' | '.join(refs)}")


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    store = _store(args)
    _show(describe(store, resolve(store, args.entity)), out)
    return 0


def _cell(term) -> str:
    if term is None:
        return ""
    return str(term) if isinstance(term, Literal) else compact(str(term))


def _print_result(result: QueryResult, fmt: str, out: TextIO) -> None:
    if result.kind == "ask":
        if fmt == "json":
            json.dump({"head": {}, "boolean": result.boolean}, out)
            out.write("\n")
        else:
            print("true" if result.boolean else "false", file=out)
        return
    if result.kind in ("construct", "describe"):
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        for t in result.triples:
            graph.add(t)
        if fmt == "csv":
            write_csv(out, ["subject", "predicate", "object"], result.triples)
        else:
            out.write(graph.serialize(format="json-ld" if fmt == "json" else "turtle"))
        return
    if fmt == "json":
        json.dump(_sparql_json(result), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        write_csv(out, result.variables, result.rows)
    else:
        rows = [[_cell(t) for t in row] for row in result.rows]
        widths = [min(60, max([len(v)] + [len(r[i]) for r in rows])) for i, v in enumerate(result.variables)]
        print("  ".join(v.ljust(w) for v, w in zip(result.variables, widths)), file=out)
        print("  ".join("-" * w for w in widths), file=out)
        for row in rows:
            print("  ".join(c[:w].ljust(w) for c, w in zip(row, widths)).rstrip(), file=out)


def _sparql_json(result: QueryResult) -> dict:
    """SPARQL 1.1 Query Results JSON."""
    def term(t) -> dict:
        if isinstance(t, Literal):
            d = {"type": "literal", "value": str(t)}
            if t.language:
                d["xml:lang"] = t.language
            elif t.datatype:
                d["datatype"] = str(t.datatype)
            return d
        kind = "bnode" if t.__class__.__name__ == "BNode" else "uri"
        return {"type": kind, "value": str(t)}
    bindings = [{v: term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def cmd_query(args: argparse.Namespace, out: TextIO) -> int:
    if args.query is not None:
        text = args.query
    elif args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KGError(f"Cannot read the query file {args.file}: {exc}.") from exc
    else:
        raise KGError("Give a query with --query TEXT or a FILE.rq.")
    result = run_query(_store(args), text, timeout=args.timeout, max_rows=args.max_rows)
    _print_result(result, args.format, out)
    if result.notice:
        print(result.notice + " (--max-rows raises the cap.)", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    checked = check_upload_file(args.file, store=_store(args), max_bytes=int(args.max_mb * 2**20),
                                timeout=args.timeout)
    if not checked.conforms:
        raise refusal(checked)
    print(f"{checked.source}: {checked.triples:,} triples; every check passed. An upload would be "
          f"loaded into <{checked.graph}>.", file=out)
    for note in checked.notes:
        print(note, file=out)
    if checked.report.violations:  # warnings and informational results only
        print(checked.report.text(), file=out)
    return 0


def cmd_load(args: argparse.Namespace, out: TextIO) -> int:
    progress = None if args.quiet else TextProgress(sys.stderr)
    unfinished = journal.interrupted(args.store)
    if unfinished is not None:
        print(f"The last load into {args.store} did not finish; this load repairs the store and rebuilds "
              "its name index.", file=sys.stderr)
    try:
        report = load_files(args.store, args.files, ontology=args.ontology, progress=progress)
    finally:
        if progress:
            progress.close()
    print(f"Read {report.triples:,} triples from {len(report.files)} file(s) into {report.store} "
          f"in {report.load_seconds:.1f} s ({report.rate:,.0f} triples/s; checked in "
          f"{report.check_seconds:.1f} s). Open it with --store {report.store} or KG_STORE={report.store}.",
          file=out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kg", description=(
        "Explore the knowledge graph of Søndergaard, 'Russian negotiating style' (EPC, 2025)."))
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    backend = argparse.ArgumentParser(add_help=False)
    backend.add_argument("--store", metavar="DIR", help="persistent Oxigraph store (default: $KG_STORE, "
                         "else the embedded ontology and data in memory)")
    backend.add_argument("--endpoint", metavar="URL", help="remote SPARQL 1.1 endpoint ($KG_SPARQL_ENDPOINT)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="check data against the SHACL shapes")
    p.add_argument("files", nargs="*", metavar="FILE", help="RDF files (default: data/*.ttl)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("load", help="bulk-load RDF files into a persistent on-disk store")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="RDF files: .ttl .nt .nq .trig .rdf .owl .jsonld, optionally .gz")
    p.add_argument("--store", metavar="DIR", required=True, help="the store directory (created when missing)")
    p.add_argument("--no-ontology", dest="ontology", action="store_false",
                   help="do not add the project ontology (ontology/*.ttl), which views need to draw links")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("anchors", help="anchor every evidence quote in the paper's text (writes data/anchors.ttl)")
    p.add_argument("--output", metavar="FILE", default=str(anchors.ANCHORS_PATH), help="default: %(default)s")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 when the file is out of date")
    p.set_defaults(func=cmd_anchors)

    p = sub.add_parser("stats", parents=[backend], help="counts per class and per property")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("search", parents=[backend], help="find entities by name: IRI, label, kind per line")
    p.add_argument("text")
    p.add_argument("--kind", action="append", metavar="KIND",
                   help="only these kinds (repeatable or comma-separated): trait, episode, person, ...")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", parents=[backend], help="an entity with its links and evidence quotes")
    p.add_argument("entity", metavar="TEXT_OR_IRI", help="a name, an IRI or a CURIE such as episode:valdai-2014")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("query", parents=[backend], help="run a read-only SPARQL query")
    p.add_argument("file", nargs="?", metavar="FILE.rq")
    p.add_argument("--query", metavar="TEXT", help="the query text (instead of FILE.rq)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds (default %(default)s)")
    p.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS, help="row cap (default %(default)s)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("check", parents=[backend], help="run the upload checks on an RDF file "
                       "(exit 0: it would be accepted)")
    p.add_argument("file", metavar="FILE", help="Turtle, TriG, N-Triples, N-Quads, RDF/XML or JSON-LD")
    p.add_argument("--max-mb", type=float, default=DEFAULT_MAX_UPLOAD_BYTES / 2**20,
                   help="size limit in MB (default %(default)g)")
    p.add_argument("--timeout", type=float, default=DEFAULT_UPLOAD_TIMEOUT, help="seconds (default %(default)g)")
    p.set_defaults(func=cmd_check)

    add_export(sub, backend)
    add_facets(sub, backend)
    add_compare(sub, backend)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command (``argv``, default ``sys.argv[1:]``) writing to ``out`` (default stdout).

    Returns the exit code: 0 success, 1 a :class:`~kg.errors.KGError` (printed as ``error: …``
    on stderr); wrong usage exits 2 through argparse; 3 a bug (a sentence, never a traceback,
    unless ``KG_DEBUG=1``). Each command is a ``cmd_xxx(args, out)``.
    """
    args = build_parser().parse_args(argv)
    try:
        return args.func(args, out or sys.stdout)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `python -m kg stats | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: say so in a sentence; KG_DEBUG=1 shows the traceback
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"error: kg stopped on an unexpected {type(exc).__name__} ({str(exc)[:200]}); this is a bug "
              "in kg, not in your input. Please report it with the command you ran (KG_DEBUG=1 shows the "
              "details).", file=sys.stderr)
        return 3
