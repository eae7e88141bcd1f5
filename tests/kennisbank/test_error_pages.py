"""The Dutch 400 and 403 pages: shown for requests Django refuses itself, without touching the database."""

import pytest

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.views.defaults import bad_request, permission_denied

pytestmark = pytest.mark.django_db


def assert_dutch_page(response, status: int, heading: str) -> str:
    html = response.content.decode()
    assert response.status_code == status
    assert '<html lang="nl">' in html
    assert html.count("<h1") == 1
    assert heading in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'href="/"' in html
    return html


def test_body_over_the_upload_limit_gets_the_dutch_400_page(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    secret = _get_new_csrf_string()
    client.cookies[settings.CSRF_COOKIE_NAME] = secret
    # The CSRF check reads the body, and Django refuses it before any view runs.
    response = client.post("/", {"csrfmiddlewaretoken": secret, "message": "x" * 4096})
    html = assert_dutch_page(response, 400, "We konden dit niet verwerken")
    assert "maak je tekst korter" in html


def test_host_that_is_not_allowed_gets_the_400_page_not_a_500():
    # The normal header and footer ask the request for its host (menu, site settings); here that would raise.
    client = Client(raise_request_exception=False)
    response = client.get("/", HTTP_HOST="evil.example")
    assert_dutch_page(response, 400, "We konden dit niet verwerken")


def test_400_page_uses_no_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = bad_request(rf.get("/"), SuspiciousOperation("test"))
        response.content  # noqa: B018 (rendered inside the block)
    assert_dutch_page(response, 400, "We konden dit niet verwerken")


def test_403_page_is_dutch_and_uses_no_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = permission_denied(rf.get("/geheim/"), PermissionDenied("interne reden"))
    html = assert_dutch_page(response, 403, "Geen toegang")
    assert "interne reden" not in html
    assert "Log dan in met je eigen account" in html
