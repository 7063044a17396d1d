"""The Export panel downloads the same files the library writes for the view on screen."""

from __future__ import annotations

import pytest

from kg.explore.views import subgraph_for
from kg.explore.viewstate import ViewState
from kg.export.exporter import export
from tests.browser.test_app_browser import open_view

pytestmark = pytest.mark.browser


def test_bibtex_download_is_the_views_bibliography(page, app_server, store):
    open_view(page, app_server, "focus=episode:valdai-2014")
    page.get_by_text("Export this view").click()
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="BibTeX").click()
    got = open(download.value.path(), "rb").read()
    state = ViewState(focus=("episode:valdai-2014",))
    expected = export(store, state, subgraph_for(store, state), "bibtex")
    assert download.value.suggested_filename == expected.filename
    assert got == expected.data
    assert page.offline.blocked == []
