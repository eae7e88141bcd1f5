"""Editors in the Wagtail admin, in a real browser: the admin must work under the site's CSP."""

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from kennisbank.models import ArticlePage, ThemePage
from platforms.models import Application
from tests.browser.helpers import BROWSER_TEST, assert_page_ok, load_demo_content

pytestmark = BROWSER_TEST

PASSWORD = "een-lang-wachtwoord-voor-tests"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redacteur", "redactie@example.org", PASSWORD)


def log_in(page, user) -> None:
    page.goto("/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/admin/")


def test_editor_logs_in_and_opens_the_page_editor_without_csp_violations(page, editor):
    log_in(page, editor)
    assert page.get_by_role("heading", level=1).first.is_visible()
    home = Page.objects.filter(depth=2).first()
    page.goto(f"/admin/pages/{home.pk}/edit/")
    page.wait_for_load_state("networkidle")
    title = page.locator("#id_title")
    assert title.input_value() == home.title
    # The editor's own JavaScript ran: the side panels and the publish action menu are interactive.
    assert page.locator("[data-side-panel-toggle]").first.is_visible()
    assert_page_ok(page)


def test_editor_writes_and_publishes_an_article_and_finds_it_in_the_public_search(page, editor):
    load_demo_content()
    theme = ThemePage.objects.live().order_by("path").first()
    log_in(page, editor)
    page.goto(f"/admin/pages/add/kennisbank/articlepage/{theme.pk}/")
    page.locator("#id_title").fill("Het buurtkompas voor nieuwe bewoners")
    page.locator("#id_summary").fill("Hoe nieuwe bewoners snel de weg vinden naar het buurtplatform.")
    page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_url("**/admin/pages/**")
    article = ArticlePage.objects.get(title="Het buurtkompas voor nieuwe bewoners")
    assert article.live, page.locator(".messages, .help-critical, .error-message").all_inner_texts()
    assert_page_ok(page)

    page.goto("/zoeken/?q=buurtkompas")
    result = page.locator(".result__title a", has_text="Het buurtkompas voor nieuwe bewoners")
    assert result.count() == 1
    result.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Het buurtkompas voor nieuwe bewoners"


def submit_admin_form(page) -> None:
    with page.expect_navigation():
        page.locator("main form button[type=submit]").last.click()


def test_editor_records_a_status_decision(page, editor):
    load_demo_content()
    application = next(a for a in Application.objects.order_by("submitted_on", "pk") if a.is_open)
    today = timezone.localdate().isoformat()
    log_in(page, editor)
    if not application.advice:
        page.goto(reverse("platforms_admin:advice", args=[application.pk]))
        page.locator("input[name=advice][value=positive]").check()
        page.locator("input[name=advice_date]").fill(today)
        submit_admin_form(page)
    page.goto(reverse("platforms_admin:decision", args=[application.pk]))
    page.locator("input[name=decision][value=granted]").check()
    page.locator("input[name=decision_date]").fill(today)
    page.locator("input[name=reference]").fill("SD-2026-0042")
    page.locator("input[name=refuse_competing]").check()
    submit_admin_form(page)
    application.refresh_from_db()
    assert application.decision == Application.Decision.GRANTED, page.locator(".error-message").all_inner_texts()
    assert_page_ok(page)

    # The public register shows the new status at once.
    buurt = application.buurten.order_by("code").first()
    page.goto(f"/buurten/{buurt.code}/")
    assert application.platform.name in page.locator("main").inner_text()
