"""The full-page cache: hits for anonymous readers, never for forms, logged-in users or POSTs; invalidation."""

from unittest import mock

import pytest

from django.core.cache import cache

from wagtail.models import Site

from kennisbank.cache import CACHE_HEADER, bump_site_version, site_version_get
from platforms.models import Stadsdeel
from tests.kennisbank import page_cache_urls

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.kennisbank.page_cache_urls")]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    page_cache_urls.counter["renders"] = 0
    yield
    cache.clear()


@pytest.fixture
def home_page():
    """The site's root page (Wagtail's own page type, so these tests need no project page models)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def test_second_anonymous_get_is_a_hit_with_the_same_page(client, home_page):
    first = client.get("/")
    second = client.get("/")
    assert first.status_code == second.status_code == 200
    assert first[CACHE_HEADER] == "MISS"
    assert second[CACHE_HEADER] == "HIT"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert int(second["Content-Length"]) == len(second.content)


def test_hit_does_not_run_the_view(client):
    client.get("/test-teller/")
    response = client.get("/test-teller/")
    assert response[CACHE_HEADER] == "HIT"
    assert page_cache_urls.counter["renders"] == 1


def test_query_string_is_part_of_the_key(client):
    client.get("/test-teller/?pagina=1")
    response = client.get("/test-teller/?pagina=2")
    assert response[CACHE_HEADER] == "MISS"
    assert b"render 2" in response.content


def test_publishing_a_page_shows_at_once(client, home_page):
    assert client.get("/")[CACHE_HEADER] == "MISS"
    assert client.get("/")[CACHE_HEADER] == "HIT"

    home_page.title = "Een nieuwe titel"
    home_page.save_revision().publish()

    response = client.get("/")
    assert response[CACHE_HEADER] == "MISS"
    assert "Een nieuwe titel" in response.content.decode()


def test_unpublishing_a_page_removes_it_at_once(client, home_page):
    assert client.get("/")[CACHE_HEADER] == "MISS"
    home_page.unpublish()
    response = client.get("/")
    assert response.status_code == 404
    assert response[CACHE_HEADER] == "BYPASS"


def test_a_register_change_invalidates(client):
    client.get("/test-teller/")
    Stadsdeel.objects.create(code="T", name="Zuidoost")
    response = client.get("/test-teller/")
    assert response[CACHE_HEADER] == "MISS"
    assert b"render 2" in response.content


def test_bump_site_version_invalidates_and_increases(client):
    client.get("/test-teller/")
    before = site_version_get()
    bump_site_version()
    assert site_version_get() > before
    assert client.get("/test-teller/")[CACHE_HEADER] == "MISS"


def test_version_survives_a_lost_key():
    before = site_version_get()
    cache.clear()
    assert site_version_get() >= before


@pytest.mark.parametrize("path", ["/test-formulier/", "/test-csrf/", "/test-nooit/"])
def test_form_and_private_pages_are_never_cached(client, path):
    client.get(path)
    response = client.get(path)
    assert response[CACHE_HEADER] == "BYPASS"
    assert page_cache_urls.counter["renders"] == 2


def test_logged_in_users_are_never_served_or_stored(client, django_user_model, home_page):
    # An anonymous visit stores the page ...
    assert client.get("/")[CACHE_HEADER] == "MISS"
    user = django_user_model.objects.create_user("lezer", password="x")
    client.force_login(user)
    # ... but a logged-in user never gets the stored copy, and never stores one.
    assert client.get("/")[CACHE_HEADER] == "BYPASS"
    assert client.get("/test-teller/")[CACHE_HEADER] == "BYPASS"
    client.logout()
    assert client.get("/test-teller/")[CACHE_HEADER] == "MISS"


def test_posts_are_never_cached(client):
    client.post("/test-teller/")
    response = client.get("/test-teller/")
    assert response[CACHE_HEADER] == "MISS"
    assert client.post("/test-teller/")[CACHE_HEADER] == "BYPASS"


def test_the_admin_is_never_cached(client):
    assert client.get("/admin/login/")[CACHE_HEADER] == "BYPASS"


def test_zero_seconds_disables_the_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/test-teller/")
    response = client.get("/test-teller/")
    assert CACHE_HEADER not in response
    assert page_cache_urls.counter["renders"] == 2


def test_a_cache_outage_still_renders_the_page(client):
    with mock.patch("kennisbank.cache.cache.get", side_effect=ConnectionError("redis down")):
        response = client.get("/test-teller/")
    assert response.status_code == 200
    assert b"render 1" in response.content


def test_a_bad_host_gets_400_not_a_500(client):
    response = client.get("/test-teller/", HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_deferred_bumps_invalidate_once_at_the_end(client):
    from kennisbank.cache import site_version_bumps_deferred

    client.get("/test-teller/")
    before = site_version_get()
    with site_version_bumps_deferred():
        Stadsdeel.objects.create(code="T", name="Zuidoost")
        Stadsdeel.objects.create(code="N", name="Noord")
        assert site_version_get() == before
        assert client.get("/test-teller/")[CACHE_HEADER] == "HIT"
    assert site_version_get() > before
    assert client.get("/test-teller/")[CACHE_HEADER] == "MISS"
