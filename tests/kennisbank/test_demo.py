"""``manage.py load_demo_content``: builds the site from the demo texts, idempotently."""

import importlib
import io
from types import SimpleNamespace
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
    assert editor.has_perm("kennisbank.change_sitesettings")
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


def test_loader_generates_images_and_documents_locally_once(settings, tmp_path):
    from kennisbank.demo.loader import DemoLoader

    settings.MEDIA_ROOT = tmp_path
    loader = DemoLoader(stdout=io.StringIO())
    image = loader.image("Bewoners aan tafel")
    assert (image.width, image.height) == (1200, 675)
    assert loader.image("Bewoners aan tafel").pk == image.pk
    document = loader.document("Voorbeeldagenda", "agenda.txt", "1. Opening\n2. Rondvraag")
    assert document.file.read().decode() == "1. Opening\n2. Rondvraag"
    assert loader.document("Voorbeeldagenda", "agenda.txt", "anders").pk == document.pk
    blocks = loader.stream([("image", {"label": "Bewoners aan tafel", "alt": "Huizen", "caption": "Buurt"})])
    assert blocks[0][1]["image"].pk == image.pk


FULL_CONTENT = SimpleNamespace(
    HOME={"title": "Kennisbank", "intro": "<p>Welkom.</p>", "featured": ["tweede"]},
    THEMES=[
        {"slug": "organiseren", "title": "Organiseren", "intro": "Over organiseren."},
        {"slug": "geld", "title": "Geld en middelen", "intro": "Over geld."},
    ],
    ARTICLES=[
        {
            "slug": "eerste",
            "title": "Eerste artikel",
            "theme": "organiseren",
            "summary": "De eerste.",
            "article_type": "tip",
            "audience": "existing",
            "tags": ["vergaderen"],
            "related": ["tweede"],
            "last_reviewed": "2024-01-10",
            "body": [
                ("heading", "Kop"),
                ("paragraph", "<p>Tekst met <strong>nadruk</strong>.</p>"),
                ("image", {"label": "Een tekening", "alt": "Getekende huizen", "caption": "Onderschrift"}),
                ("quote", {"text": "Een citaat.", "attribution": "Een bewoner"}),
                ("tip", {"title": "Tiptitel", "text": "<p>Tiptekst.</p>"}),
                ("example", {"title": "Voorbeeldtitel", "text": "<p>Voorbeeldtekst.</p>"}),
                ("document", {"title": "Voorbeeldagenda", "filename": "agenda.txt", "content": "1. Opening"}),
                (
                    "sources",
                    {
                        "title": "Bronnen",
                        "items": [{"title": "Bron", "url": "https://example.org/", "description": "Uitleg"}],
                    },
                ),
                ("qa", {"items": [{"question": "Een vraag?", "answer": "<p>Een antwoord.</p>"}]}),
            ],
        },
        {
            "slug": "tweede",
            "title": "Tweede artikel",
            "theme": "geld",
            "summary": "De tweede.",
            "article_type": "uitleg",
            "audience": "both",
            "tags": [],
            "related": ["eerste"],
            "last_reviewed": "2026-09-01",
            "body": [("paragraph", "<p>Kort.</p>")],
        },
    ],
    FAQ={
        "slug": "veelgestelde-vragen",
        "title": "Vragen",
        "intro": "Kort.",
        "items": [{"question": "Hoe?", "answer": "<p>Zo.</p>"}],
    },
    STANDARD_PAGES=[
        {
            "slug": "over-ons",
            "title": "Over ons",
            "intro": "Wie.",
            "body": [("paragraph", "<p>Wij.</p>")],
            "show_in_menus": True,
        },
        {"slug": "privacy", "title": "Privacy", "intro": "Wat.", "body": [], "show_in_menus": False},
    ],
)


def test_every_block_type_of_the_contract_loads_and_renders(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with mock.patch("kennisbank.demo.loader.content", FULL_CONTENT):
        run_command()
        run_command()
    assert ArticlePage.objects.count() == 2
    response = client.get("/organiseren/eerste/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Kop",
        "<strong>nadruk</strong>",
        'alt="Getekende huizen"',
        "Onderschrift",
        "Een citaat.",
        "Tiptekst.",
        "Voorbeeldtekst.",
        ">Voorbeeldagenda</a>",
        'href="https://example.org/"',
        "Een vraag?",
        ">vergaderen</a>",
        "meer dan een jaar geleden",
        "Tweede artikel",
    ):
        assert text in html, text
    assert "Tweede artikel" in client.get("/").content.decode().split('id="featured-heading"')[1]
    menu = client.get("/").content.decode().split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert ">Over ons</a>" in menu and ">Privacy</a>" not in menu and ">Vragen</a>" in menu
