"""Journeys as residents make them, in a real browser, on the demo content."""

import re

import pytest

from platforms.models import Buurt
from tests.browser.helpers import BROWSER_TEST, assert_page_ok, focus_is_visible, load_demo_content, tab_to

pytestmark = BROWSER_TEST


@pytest.fixture
def demo(transactional_db):
    load_demo_content()


def test_home_theme_article_related_article(page, demo):
    page.goto("/")
    themes = page.locator(".theme-list__link")
    theme_title = themes.first.inner_text()
    themes.first.click()
    assert page.get_by_role("heading", level=1).inner_text() == theme_title
    card = page.locator(".card-grid a").first
    article_title = card.inner_text().strip()
    card.click()
    assert page.get_by_role("heading", level=1).inner_text().strip() == article_title
    related = page.locator(".related a")
    assert related.count() > 0, f"{page.url} shows no related articles"
    related_title = related.first.inner_text().strip()
    related.first.click()
    assert page.get_by_role("heading", level=1).inner_text().strip() == related_title
    assert_page_ok(page)


def test_search_for_a_dutch_word_and_open_a_result(page, demo):
    page.goto("/")
    page.get_by_label("Waar zoek je kennis over?").fill("vergaderen")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=vergaderen"))
    results = page.locator(".result__title a")
    assert results.count() > 0
    title = results.first.inner_text().strip()
    results.first.click()
    assert page.get_by_role("heading", level=1).inner_text().strip() == title
    assert_page_ok(page)


def test_find_the_platform_of_a_buurt_via_the_register(page, demo):
    buurt = Buurt.objects.filter(platforms__isnull=False).order_by("code").first()
    page.goto("/buurtplatformen/")
    register_filter = page.locator("main form")
    register_filter.get_by_label(re.compile("Zoek", re.IGNORECASE)).fill(buurt.name)
    register_filter.locator("button[type=submit], button:not([type])").first.click()
    rows = page.locator("table tbody tr")
    assert rows.count() >= 1
    assert buurt.name in rows.first.inner_text()
    platform_link = rows.first.locator("th a")
    name = platform_link.inner_text()
    platform_link.click()
    assert page.get_by_role("heading", level=1).inner_text() == name
    assert_page_ok(page)


def test_find_the_platform_of_a_buurt_on_the_map_with_the_keyboard(page, demo):
    page.goto("/buurtplatformen/kaart/")
    # Tab into the map: its buurten are links, so a keyboard user reaches them without a mouse.
    tab_to(page, "svg a.active, svg a[class*='active']")
    assert focus_is_visible(page), "the focused buurt on the map has no visible focus indicator"
    href = page.evaluate("() => document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href}")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Buurt ")
    platform = page.locator("main p a").first
    name = platform.inner_text()
    platform.click()
    assert page.get_by_role("heading", level=1).inner_text() == name
    assert_page_ok(page)


def test_skip_link_and_visible_focus(page, demo):
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('skip-link')")
    assert page.locator(".skip-link").is_visible(), "the skip link must show when it has the focus"
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "inhoud"
    # Every kind of control shows where the focus is.
    for selector in (".site-nav a", "#site-search-q", ".site-search button", "main a", "footer a"):
        tab_to(page, selector)
        assert focus_is_visible(page), f"no visible focus on {selector}"
    assert_page_ok(page)


@pytest.fixture
def quick_forms(settings):
    # The forms refuse posts made within a few seconds of loading (a bot signal); a test types fast.
    settings.COALITION_FORM_MIN_SECONDS = 0


def type_into(page, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


def test_sign_up_for_the_coalition_with_the_keyboard_only(page, demo, quick_forms):
    stadsdeel_buurt = Buurt.objects.filter(stadsdeel__has_board=True).select_related("stadsdeel").first()
    page.goto("/aanmelden/")
    # Mistakes first: send the empty form with the keyboard.
    tab_to(page, "button.form__submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator("#foutmeldingen")
    assert summary.is_visible()
    assert page.evaluate("() => document.activeElement.id") == "foutmeldingen", "focus must go to the errors"
    assert page.title().startswith("Fout:")
    first_error_link = summary.locator("a").first
    target = first_error_link.get_attribute("href")
    tab_to(page, f"#foutmeldingen a[href='{target}']")
    page.keyboard.press("Enter")
    assert page.evaluate("() => '#' + document.activeElement.id") == target
    # Every invalid field (or its fieldset, for radio and checkbox groups) names its error via aria-describedby.
    invalid = page.locator("[aria-invalid=true]").all()
    assert invalid
    for field in invalid:
        described = field.evaluate(
            """(el) => el.getAttribute('aria-describedby')
                || (el.closest('fieldset') && el.closest('fieldset').getAttribute('aria-describedby')) || ''"""
        )
        assert any(page.locator(f"#{ref}").count() for ref in described.split()), field.get_attribute("name")

    # Now fill it in properly, still with the keyboard only.
    page.keyboard.press("Shift+Tab")  # start from the top of the form again
    type_into(page, "#id_organisation_name", "Bewonersgroep Toetsenbord")
    tab_to(page, "input[name=kind]")
    page.keyboard.press("Space")
    tab_to(page, "#id_stadsdeel")
    page.keyboard.type(stadsdeel_buurt.stadsdeel.name)
    type_into(page, "#id_buurten", stadsdeel_buurt.code)
    type_into(page, "#id_contact_name", "Sam de Vries")
    type_into(page, "#id_email", "sam@example.org")
    tab_to(page, "input[name=coalitions][value=citywide]")
    page.keyboard.press("Space")
    type_into(page, "#id_motivation", "Wij willen samen met andere platforms leren.")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "button.form__submit")
    page.keyboard.press("Enter")
    page.wait_for_url("**/aanmelden/bedankt/")
    assert page.locator("#foutmeldingen").count() == 0
    assert page.get_by_role("heading", level=1).is_visible()
    from coalition.models import Signup

    assert Signup.objects.filter(organisation_name="Bewonersgroep Toetsenbord").exists()
    assert_page_ok(page)


def test_send_the_contact_form(page, demo, quick_forms):
    page.goto("/contact/")
    page.get_by_role("button", name="Versturen").click()
    assert page.locator("#foutmeldingen").is_visible()
    page.locator("#id_name").fill("Noor Bakker")
    page.locator("#id_email").fill("noor@example.org")
    page.locator("input[name=topic]").first.check()
    page.locator("#id_message").fill("Een tip voor een artikel over buurtavonden.")
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_url("**/contact/bedankt/")
    assert page.locator("#foutmeldingen").count() == 0
    from coalition.models import ContactMessage

    assert ContactMessage.objects.filter(email="noor@example.org").exists()
    assert_page_ok(page)
