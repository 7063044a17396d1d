"""Shared fixtures: the real store with the real ontology and data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import ROOT, Store, open_store

PAPER = ROOT.parent / "shared" / "paper" / "russian-negotiating-style-epc-2025.txt"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def store() -> Store:
    """The embedded store loaded with ontology/ and data/ (read-only use)."""
    return open_store()


@pytest.fixture(scope="session")
def paper_text() -> str:
    if not PAPER.exists():
        pytest.skip(f"the paper text is not here ({PAPER}); verbatim checks need ../shared/paper/")
    return PAPER.read_text(encoding="utf-8")
