"""Editors can open every page type in the Wagtail admin (in Dutch), and preview every body block."""

import pytest

from django.urls import reverse

from kennisbank.blocks import BodyBlock

from .factories import ArticlePageFactory, FaqPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "wachtwoord-123")
    client.force_login(user)
    return client


def test_edit_views_render_for_every_page_type(admin_client, home, theme, article):
    pages = [home, theme, article, StandardPageFactory(parent=home), FaqPageFactory(parent=home)]
    for page in pages:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    content = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Laatst gecontroleerd" in content
    assert "Gerelateerde artikelen" in content


def test_create_view_for_article_under_theme(admin_client, theme):
    url = reverse("wagtailadmin_pages:add", args=["kennisbank", "articlepage", theme.pk])
    assert admin_client.get(url).status_code == 200


@pytest.mark.parametrize("name", list(BodyBlock.base_blocks.keys()))
def test_every_block_has_meta_and_renders_its_preview(name):
    block = BodyBlock.base_blocks[name]
    assert block.meta.icon and block.meta.template.startswith("blocks/") and block.meta.description
    preview = block.get_preview_value()
    assert preview is not None
    html = block.render(block.to_python(block.get_prep_value(block.normalize(preview))))
    if name != "document":  # without a chosen document there is nothing to download, so nothing shows
        assert html.strip()


def test_published_article_can_be_previewed(admin_client, theme):
    article = ArticlePageFactory(parent=theme, title="Voorvertoning")
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert response.status_code == 200
    assert "Voorvertoning" in response.content.decode()
