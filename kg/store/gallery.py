"""Example queries that answer research questions (``kg/store/queries/gallery/*.rq``).

Each file starts with ``# Title:`` and ``# Question:`` lines; the rest is the
query, written without PREFIX lines (the project prefixes are predefined).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.store.sparql import QUERY_DIR

__all__ = ["Example", "examples"]

GALLERY = QUERY_DIR / "gallery"


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    question: str
    text: str


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    """The gallery, in file order.

    >>> len(examples()) >= 10
    True
    """
    out = []
    for path in sorted(GALLERY.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        head = {}
        for line in text.splitlines():
            if line.startswith("# ") and ":" in line:
                key, _, value = line[2:].partition(":")
                head.setdefault(key.strip().lower(), value.strip())
        out.append(Example(path.stem, head.get("title", path.stem), head.get("question", ""), text))
    return tuple(out)
