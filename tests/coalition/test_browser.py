"""Both forms in headless Chromium with the keyboard only: mistakes first, then success, narrow and wide."""

import pytest
from playwright.sync_api import sync_playwright

from django.core import mail
from django.db import connections

from coalition.models import ContactMessage, Signup

from .factories import area_create, coalitions_create, form_pages_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def focused(page) -> str:
    return page.evaluate("() => document.activeElement ? document.activeElement.id : ''")


def tab_to(page, element_id: str) -> None:
    for _ in range(80):
        page.keyboard.press("Tab")
        if focused(page) == element_id:
            return
    raise AssertionError(f"{element_id} cannot be reached with Tab")


def type_into(page, element_id: str, text: str) -> None:
    tab_to(page, element_id)
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def submit_with_enter(page) -> None:
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('form__submit')"):
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.fixture
def browser_page(django_db_setup, live_server, monkeypatch):
    # django_db_setup first: the (session) live server must stop before the test database is dropped.
    # Playwright's sync API runs an event loop in this thread; the test itself only reads the database.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_forms_with_keyboard_only(browser_page, live_server, width):
    try:
        keyboard_flow(browser_page, live_server.url, width)
    finally:
        # Playwright runs the test body in its own greenlet context, which gets its own database connection;
        # close it, or PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()


def keyboard_flow(browser, base_url: str, width: int) -> None:
    from wagtail.models import Site

    from coalition.models import CoalitionSettings

    area = area_create()
    coalitions_create(zuidoost=area["zuidoost"])
    form_pages_create()
    setting = CoalitionSettings.for_site(Site.objects.get(is_default_site=True))
    setting.editor_emails = "redactie@example.org"
    setting.save()

    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()

    # Signup: mistakes first.
    page.goto(base_url + "/aanmelden/")
    type_into(page, "id_organisation_name", "Bewonersplatform Één")
    type_into(page, "id_email", "fout@")
    submit_with_enter(page)
    assert page.title().startswith("Fout:")
    assert focused(page) == "foutmeldingen"  # the summary gets focus after a failed submit
    assert page.input_value("#id_organisation_name") == "Bewonersplatform Één"
    assert page.get_attribute("#id_email", "aria-invalid") == "true"
    assert "id_email-error" in page.get_attribute("#id_email", "aria-describedby")
    # The page does not scroll sideways on a phone.
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")

    # Then fix everything with the keyboard.
    tab_to(page, "id_kind_0")
    page.keyboard.press("Space")
    tab_to(page, "id_stadsdeel")
    for _ in range(5):
        if page.evaluate("() => document.activeElement.selectedOptions[0].text") == "Zuidoost":
            break
        page.keyboard.press("ArrowDown")
    type_into(page, "id_buurten", "TA01, Onbekende buurt")
    type_into(page, "id_contact_name", "Toets Bord")
    type_into(page, "id_email", "toets@example.org")
    tab_to(page, "id_coalitions_0")
    page.keyboard.press("Space")
    type_into(page, "id_motivation", "Samen leren.")
    tab_to(page, "id_consent")
    page.keyboard.press("Space")
    submit_with_enter(page)
    assert page.url.endswith("/aanmelden/bedankt/")
    assert "Hartelijk dank voor je aanmelding" in page.content()
    signup = Signup.objects.get()
    assert signup.organisation_name == "Bewonersplatform Één"
    assert signup.buurten_other == "Onbekende buurt"

    # Contact: mistakes first, then success.
    page.goto(base_url + "/contact/")
    type_into(page, "id_name", "Lezer")
    submit_with_enter(page)
    assert page.title().startswith("Fout:")
    assert page.locator(".error-summary a").count() == 4  # e-mail, topic, message, consent
    type_into(page, "id_email", "lezer@example.org")
    tab_to(page, "id_topic_0")
    page.keyboard.press("Space")
    type_into(page, "id_message", "Een idee voor de kennisbank.")
    tab_to(page, "id_consent")
    page.keyboard.press("Space")
    submit_with_enter(page)
    assert page.url.endswith("/contact/bedankt/")
    assert ContactMessage.objects.get().topic == "idea"
    assert any(message.subject.startswith("Buurtplatforminfo") for message in mail.outbox)
    context.close()
