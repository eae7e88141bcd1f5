"""Shared fixtures for the whole suite."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Every test starts with an empty cache, so cached pages, menus or settings never leak between tests."""
    from django.core.cache import cache

    from kennisbank.cache import forget_local_copies

    cache.clear()
    forget_local_copies()


@pytest.fixture(autouse=True)
def wagtail_base(request) -> None:
    """The locale, root page, root collection and default site that Wagtail's migrations create.

    A transactional test (the live server's) flushes the database afterwards, and with it these rows; the
    next one gets them back here. (Django's serialized rollback should do this, but under pytest-django its
    snapshot was not there for our browser tests.)"""
    if "transactional_db" not in request.fixturenames and "live_server" not in request.fixturenames:
        return
    request.getfixturevalue("transactional_db")
    from django.conf import settings
    from django.utils.translation import get_supported_language_variant

    from wagtail.models import Collection, Locale, Page, Site

    locale, _ = Locale.objects.get_or_create(language_code=get_supported_language_variant(settings.LANGUAGE_CODE))
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if not Site.objects.exists():
        home = root.add_child(instance=Page(title="Welkom", slug="home", locale=locale))
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
