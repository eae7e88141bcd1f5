"""Real-browser harness: Debian's chromium driven by playwright against pytest-django's live server.

- ``browser`` (package scope): chromium from /usr/bin/chromium with the flags from DEVELOPERS.md. When it is missing
  the tests fail under CI (the ``CI`` environment variable is set) and are skipped elsewhere.
- ``page``: a fresh context and page per test; console errors, page errors and CSP violations are collected in
  ``page.problems`` and checked by ``helpers.assert_page_ok``; ``helpers.assert_accessible`` runs axe-core.
- On a failing test a screenshot and the page HTML are saved in test-artifacts/<test name>/ and the folder is
  named in the report.

Tests here use the live server, so they need ``transactional_db`` (mark them with ``helpers.BROWSER_TEST``).
Its flush after each test also removes the rows Wagtail's migrations create; ``wagtail_base`` in
tests/conftest.py puts them back.
"""

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Playwright's sync API keeps an asyncio loop on the main thread; Django would then refuse ORM calls from
# test code. The test code and the live server never share a connection, so this is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


# Package scope, not session: only one playwright (sync API) can run per thread, and browser tests elsewhere
# (tests/coalition/test_browser.py) start their own once this package's tests are done.
@pytest.fixture(scope="package")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server) -> Iterator:
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.problems = []
    page.on("console", lambda message: _record_console(page, message))
    page.on("pageerror", lambda error: page.problems.append(f"JavaScript error: {error}"))
    page.on("response", lambda response: _record_response(page, response))
    yield page
    context.close()


def _record_response(page, response) -> None:
    if response.status >= 400 and response.request.resource_type != "document":
        page.problems.append(f"{response.status} for {response.request.resource_type} {response.url}")


def _record_console(page, message) -> None:
    # Failed subresources are recorded with their URL by _record_response; the console's own line for them
    # has no URL and also covers the browser's automatic /favicon.ico request, which pages do not make.
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        page.problems.append(f"console error on {page.url}: {message.text}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed and "page" in getattr(item, "funcargs", {}):
        folder = save_artifacts(item.funcargs["page"], f"{item.path.stem}__{item.name}")
        report.sections.append(("browser artefacts", f"Screenshot and HTML saved in {folder}"))
        print(f"\nBrowser artefacts for {item.nodeid}: {folder}")  # noqa: T201
    return report


def save_artifacts(page, test_name: str) -> Path:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", test_name)[:150]
    folder = ARTIFACTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        page.screenshot(path=str(folder / "screenshot.png"), full_page=True)
        (folder / "page.html").write_text(page.content(), encoding="utf-8")
        (folder / "url.txt").write_text(page.url + "\n", encoding="utf-8")
    except Exception as error:  # a crashed page must not hide the test's own failure
        (folder / "error.txt").write_text(f"Could not save the page: {error}\n", encoding="utf-8")
    return folder
