"""Around the pages: sitemap, robots.txt, RSS feed, and the 404 and 500 pages with DEBUG off."""

import datetime
from unittest import mock

import pytest

from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django.utils import timezone

from wagtail.models import PageViewRestriction

from .factories import ArticlePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed_pages(home, theme):
    now = timezone.now()
    pages = {
        "live": ArticlePageFactory(parent=theme, title="Openbaar artikel", slug="openbaar"),
        "draft": ArticlePageFactory(parent=theme, title="Concept artikel", slug="concept", live=False),
        "private": ArticlePageFactory(parent=theme, title="Besloten artikel", slug="besloten"),
        "future": ArticlePageFactory(
            parent=theme, title="Toekomstig artikel", slug="toekomst", go_live_at=now + datetime.timedelta(days=3)
        ),
        "expired": ArticlePageFactory(
            parent=theme, title="Verlopen artikel", slug="verlopen", expire_at=now - datetime.timedelta(days=3)
        ),
    }
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="password", password="geheim")
    for page in pages.values():
        page.first_published_at = now - datetime.timedelta(days=1)
        page.save()
    return pages


def test_sitemap_lists_only_visible_pages(client, mixed_pages, theme):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    content = response.content.decode()
    assert "/organiseren/openbaar/</loc>" in content
    assert "/organiseren/</loc>" in content
    for slug in ("concept", "besloten", "toekomst", "verlopen"):
        assert f"/{slug}/" not in content


def test_feed_lists_only_visible_articles(client, mixed_pages):
    response = client.get("/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    content = response.content.decode()
    assert "<title>Openbaar artikel</title>" in content
    assert "http://testserver/organiseren/openbaar/" in content
    assert "Een korte samenvatting van het artikel." in content
    for title in ("Concept artikel", "Besloten artikel", "Toekomstig artikel", "Verlopen artikel"):
        assert title not in content


def test_feed_ignores_standard_pages(client, home, mixed_pages):
    StandardPageFactory(parent=home, title="Privacyverklaring")
    assert "Privacyverklaring" not in client.get("/feed/").content.decode()


def test_robots_txt_points_to_sitemap_and_hides_search(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /zoeken/" in lines
    assert "Disallow: /admin/" in lines


def test_unknown_page_is_a_dutch_404_with_debug_off(client, home, settings):
    settings.DEBUG = False
    response = client.get("/organiseren/bestaat-niet/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Pagina niet gevonden" in content
    assert content.count("<h1") == 1


def test_draft_and_private_pages_are_not_served(client, mixed_pages, settings):
    settings.DEBUG = False
    assert client.get("/organiseren/concept/").status_code == 404
    response = client.get("/organiseren/besloten/")
    assert response.status_code == 200  # Wagtail's password form instead of the article
    content = response.content.decode()
    assert 'type="password"' in content
    assert "Wachtwoord nodig" in content and '<meta name="robots" content="noindex">' in content
    assert "Een buurtplatform verbindt bewoners." not in content


def test_500_page_renders_when_the_database_is_down(home, settings):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    with mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=OperationalError("database is down")):
        response = client.get("/organiseren/")
    assert response.status_code == 500
    content = response.content.decode()
    assert "Er ging iets mis" in content
    assert '<html lang="nl">' in content
    assert "database is down" not in content


def test_500_view_uses_no_database(rf, django_assert_num_queries):
    from kennisbank.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


@pytest.mark.django_db
def test_footer_links_to_forms_register_members_and_privacy(client):
    from wagtail.models import Site

    from kennisbank.models import SiteSettings

    html = client.get("/zoeken/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    for path in ("/aanmelden/", "/contact/", "/buurtplatformen/", "/privacy/", "/feed/"):
        assert f'href="{path}"' in footer
    # The coalition link defaults to the public members page and follows the editors' setting.
    assert 'href="/coalitie/"' in footer
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.coalition_url = "https://coalitie.example.org/"
    settings.save()
    assert 'href="https://coalitie.example.org/"' in client.get("/zoeken/").content.decode()


@pytest.mark.django_db
def test_pages_link_an_icon_that_exists(client):
    from django.contrib.staticfiles import finders

    html = client.get("/zoeken/").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    assert finders.find("favicon.svg")
