"""The register in headless Chromium: a phone shows every column without horizontal scrolling."""

from datetime import timedelta

import pytest
from playwright.sync_api import sync_playwright

from django.db import connections
from django.utils import timezone

from .conftest import grant, make_platform

# No serialized_rollback: mixed with the other (plain) transactional tests its restore collides with the rows
# their flush recreates; tests/conftest.py's wagtail_base restores the site and root page instead.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser(django_db_setup, live_server, monkeypatch):
    # django_db_setup first: the (session) live server must stop before the test database is dropped.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_register_shows_the_status_column_on_every_width(browser, live_server, areas, width):
    platform = make_platform(
        "Buurtplatform Met Een Behoorlijk Lange Naam", buurten=[areas["AA01"], areas["AA02"]], coalition_member=True
    )
    grant(platform, [areas["AA01"], areas["AA02"]], start=timezone.localdate() - timedelta(days=30))
    try:
        page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
        page.goto(f"{live_server.url}/buurtplatformen/")
        status = page.locator(".register-table .status").first
        box = status.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
        wrap = page.locator(".table-wrap")
        assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth")
        label = page.locator(".register-table td .register-table__label").last
        header = page.locator(".register-table thead th").last
        if width < 640:  # stacked cards: each cell labelled visibly, the header row only for screen readers
            assert label.is_visible() and label.inner_text() == "Status"
            assert page.locator(".register-table thead").bounding_box()["height"] <= 1
        else:
            assert not label.is_visible() and header.is_visible()
        # The table stays a table for assistive technology, whatever the layout.
        assert page.get_by_role("rowheader", name="Buurtplatform Met Een Behoorlijk Lange Naam").count() == 1
        assert page.get_by_role("columnheader", name="Status").count() == 1
    finally:
        connections.close_all()
