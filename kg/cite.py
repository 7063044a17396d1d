"""Plain-text citations of :class:`~kg.model.Citation` records, for display.

The style follows the paper's own footnotes (author, "title", container,
publisher, date, pages) so a reader recognises the reference.
"""

from __future__ import annotations

from datetime import date as _date

from kg.model import Citation

__all__ = ["format_citation", "format_date"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def format_date(value: str | None) -> str | None:
    """``2025-09-25`` -> ``25 September 2025``; ``2025-02`` -> ``February 2025``.

    >>> format_date("2025-09-25"), format_date("2025-02"), format_date("2018")
    ('25 September 2025', 'February 2025', '2018')
    """
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = _date.fromisoformat(value)
            return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except ValueError:
        return value
    return value


def _authors(c: Citation) -> str:
    names = list(c.authors)
    if not names:
        return ""
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return text + (" et al." if c.et_al else "")


def format_citation(c: Citation) -> str:
    """One-line reference.

    >>> format_citation(Citation("x", "Welt in Gefahr", "Book", authors=("Wolfgang Ischinger", "Claudia Cornelsen"),
    ...     publisher="Econ", place="Berlin", date="2018", pages="125"))
    'Wolfgang Ischinger and Claudia Cornelsen, Welt in Gefahr, Berlin: Econ, 2018, p. 125.'
    >>> format_citation(Citation("y", "Constitution of the Russian Federation", "Legislation", authors=("Russia",),
    ...     article="61", edition_years="1993, 2022", date="2022"))
    'Constitution of the Russian Federation, art. 61 (1993, 2022).'
    """
    parts = []
    if c.authors and c.kind != "Legislation":  # a law is cited by its title, which names its state
        parts.append(_authors(c))
    quoted = c.kind not in ("Book", "Report", "Legislation")
    title = f"\u201c{c.title}\u201d" if quoted else c.title
    if c.translated_title:
        title += f" [{c.translated_title}]"
    if c.article:
        title += f", art. {c.article}"
    if c.edition_years:
        title += f" ({c.edition_years})"
    parts.append(title)
    if c.container and c.container != c.publisher:
        parts.append(c.container + (f", {c.container_section}" if c.container_section else ""))
    publisher = c.publisher
    if publisher and c.place:
        publisher = f"{c.place}: {publisher}"
    if publisher and (not c.authors or publisher not in c.authors):
        parts.append(publisher)
    if c.programme:
        parts.append(c.programme)
    if c.date and not (c.edition_years and format_date(c.date) in c.edition_years):
        parts.append(format_date(c.date))
    if c.pages:
        parts.append(f"p. {c.pages}")
    if c.accessed_via:
        parts.append(f"via {c.accessed_via}")
    return ", ".join(p for p in parts if p) + "."
