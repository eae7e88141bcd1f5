"""axe-core on every page type: zero WCAG 2.0/2.1 A and AA violations, no console errors or CSP violations."""

from tests.browser.helpers import BROWSER_TEST, assert_accessible, assert_page_ok

pytestmark = BROWSER_TEST


def test_not_found_page(page):
    response = page.goto("/deze-pagina-bestaat-niet/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Pagina niet gevonden"
    assert_accessible(page)
    assert_page_ok(page)
