"""The sidebar's facets: every filter lists its values with how many entities of the view hold
each (kg.explore.facets), "unknown" counting those that hold none, as Palladio and Sampo do.

A facet's counts are taken over the view with every other filter applied but not its own, so
the values one could add to a choice still show what they would bring.
"""

from __future__ import annotations

from typing import Any, Callable

import streamlit as st

from kg.explore.facets import FACETS, Facet
from kg.explore.filters import UNKNOWN
from kg.explore.viewstate import ViewState
from kg.text import md_escape
from ui import data
from ui.state import update

__all__ = ["facet_counts", "count_label", "counted_multiselect", "facet_select", "period_counts", "chosen_names",
           "FIELDS"]

#: Facet -> the ViewState field its choice lives in.
FIELDS = {"kind": "kinds", "trait": "traits", "actor": "actors", "place": "places", "period": "years",
          "precision": "precisions", "source": "sources", "claim": "claims"}
_EMPTY = {"years": None}


def facet_counts(state: ViewState) -> dict[str, Facet]:
    """Each facet of the view, counted without its own choice."""
    out: dict[str, Facet] = {}
    free = [f.key for f in FACETS if not getattr(state, FIELDS[f.key])]
    if free:
        out.update(data.facets(state, tuple(free)))
    for spec in FACETS:
        if spec.key not in free:
            field = FIELDS[spec.key]
            out.update(data.facets(state.with_(**{field: _EMPTY.get(field, frozenset())}), (spec.key,)))
    return out


def count_label(facet: Facet | None, value: str, label: str) -> str:
    """``label · N`` (N entities of the view hold the value)."""
    return f"{label} · {facet.count(value) if facet else 0}"


def counted_multiselect(label: str, options: list, key: str, format_func: Callable[[Any], str],
                        on_change: Callable[[list], None], **kwargs) -> None:
    """A multiselect whose option labels carry counts that change with the view.

    The browser sends a multiselect's choice as the labels it shows. On Back or Forward the
    rerun may get the labels of an earlier run ("Putin · 25" where this run says "Putin · 3"),
    which Streamlit cannot match and hands over as strings. Every label shown in this session
    is remembered, so such a label is read as the value it stood for: the same choice, not a
    change (it was a TypeError, and the page kept the old view)."""
    shown = st.session_state.setdefault(f"_labels_{key}", {})

    def label_of(value) -> str:
        text = format_func(value)
        shown[text] = value
        return text

    def changed() -> None:
        values = [shown.get(v, v) if isinstance(v, str) else v for v in st.session_state[key]]
        on_change(list(dict.fromkeys(values)))

    st.multiselect(label, options, key=key, format_func=label_of, on_change=changed, **kwargs)


def facet_select(state: ViewState, facet: Facet, field: str, key: str, title: str) -> None:
    """A multiselect of a facet's values with their counts, "unknown" last; chosen values stay listed."""
    chosen = sorted(getattr(state, field))
    labels = {v.value: v.label for v in facet.values}
    for value in chosen:
        if value not in labels:
            labels[value] = data.entity(value).label if ":" in value else value  # an IRI, or a word
    options = [v.value for v in facet.values] + [v for v in chosen if v not in {x.value for x in facet.values}]
    if UNKNOWN not in options:
        options.append(UNKNOWN)
    labels[UNKNOWN] = "unknown (none given)"
    st.session_state[key] = chosen
    # options are shown as plain text (not Markdown), so labels need no escaping here
    counted_multiselect(f"{title} ({facet.described} described)", options, key,
                        lambda v: count_label(facet, v, labels.get(v, v)),
                        lambda values: update(**{field: frozenset(values)}),
                        help=f"How many of the view's {facet.described} entities that can have a {title.lower()} "
                                  "hold each value; 'unknown' keeps those that hold none.")


def period_counts(facet: Facet | None) -> None:
    """Episodes per decade under the period fields (the period facet's counts)."""
    if facet is None:
        return
    parts = [f"{v.label} {v.count}" for v in facet.values] + [f"no year {facet.unknown}"]
    st.caption("Episodes of the view per decade: " + md_escape(" · ".join(parts)))


def chosen_names(state: ViewState) -> dict[str, str]:
    """The names of the entities chosen in facets, for captions (they may lie outside the view)."""
    chosen = state.actors | state.places | state.claims
    return {iri: data.entity(iri).label for iri in sorted(chosen) if iri != UNKNOWN}
