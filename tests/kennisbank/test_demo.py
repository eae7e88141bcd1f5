"""``manage.py load_demo_content``: builds the site from the demo texts, idempotently."""

import importlib
import io
from unittest import mock

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Site

from kennisbank.demo import content
from kennisbank.models import ArticlePage, FaqPage, HomePage, StandardPage, ThemePage

pytestmark = pytest.mark.django_db

BLOCK_TYPES = {"heading", "paragraph", "image", "quote", "tip", "example", "document", "sources", "qa"}


def run_command() -> str:
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live")),
        "revisions": Page.objects.filter(latest_revision__isnull=False).count(),
        "users": list(get_user_model().objects.order_by("username").values_list("username", "is_superuser")),
        "sites": list(Site.objects.values_list("root_page_id", "is_default_site")),
    }


def test_demo_content_matches_the_contract():
    theme_slugs = {theme["slug"] for theme in content.THEMES}
    article_slugs = {article["slug"] for article in content.ARTICLES}
    for article in content.ARTICLES:
        assert article["theme"] in theme_slugs
        assert set(article["related"]) <= article_slugs
        assert {block_type for block_type, _ in article["body"]} <= BLOCK_TYPES
    assert set(content.HOME["featured"]) <= article_slugs


def test_demo_command_builds_the_site_and_is_idempotent(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    output = run_command()
    first = snapshot()
    assert run_command()
    assert snapshot() == first

    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()  # the welcome page is gone
    assert ThemePage.objects.live().count() == len(content.THEMES)
    assert ArticlePage.objects.live().count() == len(content.ARTICLES)
    assert FaqPage.objects.live().count() == 1
    assert StandardPage.objects.filter(slug__in=["over-ons", "privacy"]).count() == 2

    assert "redactie" in output and "redactie-demo-2026" in output and "admin-demo-2026" in output
    editor = get_user_model().objects.get(username="redactie")
    assert not editor.is_superuser
    assert editor.groups.filter(name="Redactie").exists()
    assert editor.has_perm("wagtailadmin.access_admin")
    article = ArticlePage.objects.first()
    permissions = article.permissions_for_user(editor)
    assert permissions.can_edit() and permissions.can_publish()
    assert get_user_model().objects.get(username="admin").is_superuser

    first_article = content.ARTICLES[0]
    response = client.get(f"/{first_article['theme']}/{first_article['slug']}/")
    assert response.status_code == 200
    assert first_article["title"] in response.content.decode()
    assert client.get("/").status_code == 200


def test_demo_command_calls_the_other_apps_loaders(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    calls = []
    real_import = importlib.import_module

    def fake_import(name, *args, **kwargs):
        if name == "platforms.demo":
            return mock.Mock(load=lambda stdout: calls.append(name))
        if name == "coalition.demo":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    with mock.patch("kennisbank.management.commands.load_demo_content.importlib.import_module", fake_import):
        run_command()
    assert calls == ["platforms.demo"]


def test_demo_command_does_not_hide_a_broken_app_loader(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path

    def fake_import(name, *args, **kwargs):
        raise ModuleNotFoundError("No module named 'missing_dependency'", name="missing_dependency")

    with (
        mock.patch("kennisbank.management.commands.load_demo_content.importlib.import_module", fake_import),
        pytest.raises(ModuleNotFoundError),
    ):
        run_command()
