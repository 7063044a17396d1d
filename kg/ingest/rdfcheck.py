"""Checks on the bytes of an RDF file before and after a parser sees them.

Each check raises :class:`~kg.errors.UploadRefused` (or its subclass
:class:`~kg.errors.UploadSyntaxError`, which carries line and column) with a
sentence naming the file, the place and what to do. They are pure functions
of the data: :mod:`kg.ingest.upload` runs them in a time-limited worker.

What is refused, and why:

- a file that is empty, larger than the limit, binary (NUL bytes), or not
  strict UTF-8 (the message gives line, column and byte offset);
- RDF/XML with a DTD, entity declaration or external reference (the
  "billion laughs" bomb and external entities: both refused before any
  expansion or fetch), or declaring an encoding other than UTF-8;
- JSON-LD whose ``@context`` (at any depth) names a document — a remote or
  ``file:`` context, or ``@import`` — since it would be fetched; and node or
  property IRIs with spaces, which JSON-LD would silently drop;
- nesting deeper than :data:`MAX_NESTING` (brackets, JSON objects and arrays,
  XML elements): parsers and serialisers slow down quadratically or recurse
  on it.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

from defusedxml import DefusedXmlException
from defusedxml.expatreader import DefusedExpatParser

from kg.errors import UploadRefused, UploadSyntaxError

__all__ = ["MAX_NESTING", "decode_strict", "check_xml", "check_json", "check_turtle_nesting", "position",
           "locate_xml_error"]

#: Deepest nesting accepted, counted in the format's own units.
MAX_NESTING = 100

_BOMS = {b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32", b"\xff\xfe": "UTF-16",
         b"\xfe\xff": "UTF-16"}
_XML_ENCODING = re.compile(r"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")
_UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii"}
_SAVE_AS_UTF8 = "save it as UTF-8 (without a byte-order mark, or with the UTF-8 one) and upload it again"


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``text[index]``.

    >>> position("ab\\ncd", 4)
    (2, 2)
    """
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def decode_strict(data: bytes, source: str) -> str:
    """The text of ``data`` as strict UTF-8 (a UTF-8 byte-order mark is dropped).

    >>> decode_strict(b"<a> <b> <c> .", "x.nt")
    '<a> <b> <c> .'
    >>> decode_strict(b"ok\\n\\xff", "x.nt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UploadSyntaxError: x.nt, line 2, column 1: invalid UTF-8 (byte 0xff at byte offset 3); save it ...
    """
    if not data.strip():
        raise UploadRefused(f"{source} is empty: there is nothing to load.")
    for bom, encoding in _BOMS.items():
        if data.startswith(bom):
            raise UploadRefused(f"{source} is encoded as {encoding}, not UTF-8; {_SAVE_AS_UTF8}.")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise UploadRefused(f"{source} is not a text file (it contains a NUL byte at byte offset {nul:,}); "
                            "upload Turtle, TriG, N-Triples, N-Quads, RDF/XML or JSON-LD.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start:exc.start].decode("utf-8", errors="replace")) + 1
        raise UploadSyntaxError(source, line, column,
                                f"invalid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start:,}); "
                                f"{_SAVE_AS_UTF8}.") from None
    return text.removeprefix("\ufeff")


class _Depth(ContentHandler):
    def __init__(self, parser: DefusedExpatParser, source: str, limit: int):
        super().__init__()
        self.parser, self.source, self.limit, self.depth = parser, source, limit, 0

    def startElement(self, name, attrs) -> None:  # noqa: N802 (SAX API)
        self.depth += 1
        if self.depth > self.limit:
            line, column = _xml_position(self.parser.getLineNumber(), self.parser.getColumnNumber())
            raise UploadRefused(f"{self.source}, line {line}, column {column}: elements are nested more than "
                                f"{self.limit} levels deep; flatten the structure (use rdf:nodeID or IRIs).")

    def endElement(self, name) -> None:  # noqa: N802 (SAX API)
        self.depth -= 1


def _xml_position(line: int, column: int) -> tuple[int, int]:
    """Expat counts columns from 0 (in characters); every other message counts from 1."""
    return line, column + 1


def check_xml(text: str, source: str, *, max_nesting: int = MAX_NESTING) -> None:
    """Refuse any DTD, entity, external reference, non-UTF-8 declaration or too deep nesting.

    >>> check_xml('<!DOCTYPE r [<!ENTITY a "b">]><r/>', "x.rdf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UploadRefused: x.rdf, line 1, column 1: a DTD (<!DOCTYPE …>) is refused in uploads: ...
    """
    declared = _XML_ENCODING.match(text)
    if declared and declared.group(1).strip().lower() not in _UTF8_NAMES:
        raise UploadRefused(f"{source} declares encoding {declared.group(1)!r}; only UTF-8 is accepted. "
                            "Save it as UTF-8 with encoding=\"UTF-8\" in the XML declaration.")
    parser = DefusedExpatParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.setContentHandler(_Depth(parser, source, max_nesting))
    try:
        parser.parse(io.BytesIO(text.encode("utf-8")))
    except DefusedXmlException:
        doctype = text.find("<!DOCTYPE")
        if doctype < 0:
            line, column = _xml_position(parser.getLineNumber(), parser.getColumnNumber())
        else:
            line, column = position(text, doctype)
        raise UploadRefused(f"{source}, line {line}, column {column}: a DTD (<!DOCTYPE …>) is refused in "
                            "uploads: it can declare entities that expand to gigabytes or fetch other files; "
                            "remove the DOCTYPE and write the values out.") from None
    except SAXParseException as exc:
        line, column = _xml_position(exc.getLineNumber(), exc.getColumnNumber())
        detail = exc.getMessage()
        if "undefined entity" in detail:
            detail += " (only the five XML entities &amp; &lt; &gt; &quot; &apos; and character references " \
                      "are allowed)"
        raise UploadSyntaxError(source, line, column, f"not well-formed XML: {detail}.") from None


def _json_path(path: tuple) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f"[{json.dumps(p)}]" for p in path)


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _check_context(value: object, source: str, path: tuple) -> None:
    """Refuse a context that names a document (it would be fetched) anywhere inside it."""
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            raise UploadRefused(f"{source}: the JSON-LD context at {_json_path(where)} names a document "
                                f"({item[:100]!r}); remote and file: contexts are refused and never fetched. "
                                "Put the context inline as an object.")
        if isinstance(item, list):
            stack.extend((v, where + (i,)) for i, v in enumerate(item))
        elif isinstance(item, dict) and "@import" in item:
            raise UploadRefused(f"{source}: the JSON-LD context at {_json_path(where)} uses @import; imported "
                                "contexts are refused and never fetched. Put the context inline.")


def _walk_json(doc: object, source: str, max_nesting: int) -> None:
    stack: list[tuple[object, tuple]] = [(doc, ())]
    while stack:
        item, path = stack.pop()
        if len(path) > max_nesting:
            raise UploadRefused(f"{source}: JSON is nested more than {max_nesting} levels deep at "
                                f"{_json_path(path[:8])}…; flatten it with @id references.")
        if isinstance(item, list):
            stack.extend((v, path + (i,)) for i, v in enumerate(item))
        elif isinstance(item, dict):
            for key, value in item.items():
                if key == "@context":
                    _check_context(value, source, path + (key,))
                elif key == "@id" and isinstance(value, str) and _BAD_IRI.search(value):
                    raise UploadRefused(f"{source}: the IRI {value[:100]!r} at {_json_path(path + (key,))} "
                                        "contains a space or a character IRIs may not contain; JSON-LD would "
                                        "drop it silently. Percent-encode it (a space is %20).")
                elif ":" in key and _BAD_IRI.search(key):
                    raise UploadRefused(f"{source}: the property IRI {key[:100]!r} at {_json_path(path)} "
                                        "contains a space or a character IRIs may not contain; JSON-LD would "
                                        "drop it silently. Percent-encode it (a space is %20).")
                stack.append((value, path + (key,)))


def check_json(text: str, source: str, *, max_nesting: int = MAX_NESTING) -> None:
    """Refuse malformed JSON (with its line and column), fetched contexts, bad IRIs, deep nesting.

    >>> check_json('{"@context": "https://schema.org/", "name": "x"}', "x.jsonld")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UploadRefused: x.jsonld: the JSON-LD context at $["@context"] names a document ... never fetched. ...
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UploadSyntaxError(source, exc.lineno, exc.colno, f"not valid JSON: {exc.msg}.") from None
    except RecursionError:
        raise UploadRefused(f"{source}: JSON is nested more than {max_nesting} levels deep; "
                            "flatten it with @id references.") from None
    _walk_json(doc, source, max_nesting)


_TURTLE_TOKENS = re.compile(r"""
      '''(?:[^'\\]|\\.|'(?!''))*'''
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'
    | "(?:[^"\\\n\r]|\\.)*"
    | <[^<>\n]*>
    | \#[^\n]*
    | \\.
    | (?P<open>[\[({])
    | (?P<close>[\])}])
    | [^'"<\#\\\[\](){}]+
""", re.X)


def check_turtle_nesting(text: str, source: str, *, max_nesting: int = MAX_NESTING) -> None:
    """Refuse Turtle or TriG whose ``[ ]``, ``( )`` and ``{ }`` nest deeper than ``max_nesting``.

    Strings, IRIs and comments are skipped. Run it on text that parsed: an
    unterminated string only makes the count approximate.

    >>> deep = "<a> <b> " + "[ <p> " * 3 + "1" + " ]" * 3 + " ."
    >>> check_turtle_nesting(deep, "x.ttl", max_nesting=2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UploadRefused: x.ttl, line 1, column 21: brackets are nested more than 2 levels deep; ...
    """
    if sum(text.count(c) for c in "[({") <= max_nesting:
        return
    depth = 0
    for token in _TURTLE_TOKENS.finditer(text):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            if depth > max_nesting:
                line, column = position(text, token.start())
                raise UploadRefused(f"{source}, line {line}, column {column}: brackets are nested more than "
                                    f"{max_nesting} levels deep; flatten the structure with named nodes.")
        elif kind == "close":
            depth -= 1


_TAG = re.compile(r"</?[A-Za-z_][^<>]*>")


def locate_xml_error(text: str, error: str, first_error: Callable[[str], str | None]) -> tuple[int, int] | None:
    """Line and column of the XML tag where a streaming parser that gives no position reports ``error``.

    ``first_error(prefix)`` parses the beginning of ``text`` and returns its first error message
    (else ``None``). A streaming parser reports an error as soon as it reads the tag that causes it,
    so the shortest prefix ending after a tag that gives the same message ends at that tag: found
    by bisection over the tags, in a few parses.

    >>> text = '<r>\\n  <a/>\\n  <bad x="1"/>\\n</r>'
    >>> locate_xml_error(text, "bad", lambda prefix: "bad" if "<bad" in prefix else "eof")
    (3, 3)
    """
    tags = list(_TAG.finditer(text))
    low, high, found = 0, len(tags) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if first_error(text[:tags[middle].end()]) == error:
            found, high = middle, middle - 1
        else:
            low = middle + 1
    return position(text, tags[found].start()) if found is not None else None
