"""axe-core on every page type: zero WCAG 2.0/2.1 A and AA violations, no console errors or CSP violations."""

import pytest

from wagtail.models import Page

from coalition.models import Coalition
from platforms.models import Buurt, Platform
from tests.browser.helpers import (
    BROWSER_TEST,
    assert_accessible,
    assert_page_ok,
    axe_violations,
    format_violations,
    load_demo_content,
)

pytestmark = BROWSER_TEST


def test_not_found_page(page):
    response = page.goto("/deze-pagina-bestaat-niet/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Pagina niet gevonden"
    assert_accessible(page)
    # The 404 itself is the document's status, not a failing subresource.
    assert_page_ok(page)


def first_url_of(model_name: str) -> str:
    page = Page.objects.live().filter(content_type__model=model_name).order_by("path").first()
    assert page is not None, f"the demo content has no live {model_name}"
    return page.url


@pytest.fixture
def quick_forms(settings):
    settings.COALITION_FORM_MIN_SECONDS = 0


def test_every_page_type_has_no_wcag_violations(page, transactional_db, quick_forms):
    load_demo_content()
    buurt_with_platform = Buurt.objects.filter(platforms__isnull=False).order_by("code").first()
    urls = {
        "home": "/",
        "theme": first_url_of("themepage"),
        "theme filtered": first_url_of("themepage") + "?type=tip&doelgroep=beginnend",
        "article": first_url_of("articlepage"),
        "standard page": first_url_of("standardpage"),
        "FAQ": first_url_of("faqpage"),
        "search, empty": "/zoeken/",
        "search with results": "/zoeken/?q=buurtplatform",
        "search without results": "/zoeken/?q=zzzgeenresultaat",
        "register": "/buurtplatformen/",
        "register filtered": "/buurtplatformen/?q=zzz",
        "platform": Platform.objects.order_by("name").first().get_absolute_url(),
        "buurt with a platform": f"/buurten/{buurt_with_platform.code}/",
        "buurt without a platform": f"/buurten/{Buurt.objects.filter(platforms__isnull=True).first().code}/",
        "map": "/buurtplatformen/kaart/",
        "coalitions": "/coalitie/",
        "coalition": f"/coalitie/{Coalition.objects.order_by('pk').first().slug}/",
        "signup form": "/aanmelden/",
        "contact form": "/contact/",
        "404": "/bestaat-niet/",
    }
    report = []

    def check(name: str) -> None:
        violations = axe_violations(page)
        if violations:
            report.append(f"{name} ({page.url}):\n{format_violations(violations)}")

    for name, url in urls.items():
        page.goto(url)
        check(name)

    for form_url in ("/aanmelden/", "/contact/"):
        page.goto(form_url)
        with page.expect_navigation():
            page.locator("button.form__submit").click()
        assert page.locator("#foutmeldingen").is_visible()
        check(f"{form_url} with errors")

    page.goto("/contact/")
    page.locator("#id_name").fill("Noor Bakker")
    page.locator("#id_email").fill("noor@example.org")
    page.locator("input[name=topic]").first.check()
    page.locator("#id_message").fill("Een vraag over de kennisbank.")
    page.locator("#id_consent").check()
    with page.expect_navigation():
        page.locator("button.form__submit").click()
    assert page.url.endswith("/contact/bedankt/")
    check("contact form after success")

    assert not report, "WCAG violations found by axe-core:\n\n" + "\n\n".join(report)
    assert_page_ok(page)


def test_mobile_width_has_no_wcag_violations(browser, live_server, transactional_db):
    load_demo_content()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        for url in ("/", first_url_of("articlepage"), "/buurtplatformen/", "/aanmelden/"):
            page.goto(url)
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{url} scrolls sideways at 320px ({overflow}px too wide)"
            violations = axe_violations(page)
            assert not violations, f"{url} at 320px:\n{format_violations(violations)}"
    finally:
        context.close()
