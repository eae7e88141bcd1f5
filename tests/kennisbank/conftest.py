"""Fixtures for the knowledge-base tests: a home page that is the default site's root."""

import pytest

from wagtail.models import Page, Site

from .factories import ArticlePageFactory, HomePageFactory, ThemePageFactory


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def theme(home):
    return ThemePageFactory(parent=home, title="Organiseren", slug="organiseren")


@pytest.fixture
def article(theme):
    return ArticlePageFactory(parent=theme, title="Wat is een buurtplatform?", slug="wat-is-een-buurtplatform")
