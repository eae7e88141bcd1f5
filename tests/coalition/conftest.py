"""Fixtures for the coalition tests."""

import pytest

from django.core.cache import cache

from .factories import area_create, coalitions_create, form_pages_create


@pytest.fixture(autouse=True)
def _coalition_settings(settings):
    # No minimum fill time unless a test sets one; tests post instantly.
    settings.COALITION_FORM_MIN_SECONDS = 0
    # These tests do not exercise site search; the plain database backend keeps them independent of the
    # knowledge base's PostgreSQL text-search configuration (created by kennisbank's own migration).
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def area(db):
    return area_create()


@pytest.fixture
def coalitions(area):
    return coalitions_create(zuidoost=area["zuidoost"])


@pytest.fixture
def pages(db):
    return form_pages_create()


@pytest.fixture
def editors(db):
    from wagtail.models import Site

    from coalition.models import CoalitionSettings

    setting = CoalitionSettings.for_site(Site.objects.get(is_default_site=True))
    setting.editor_emails = "redactie@example.org\nredactie2@example.org"
    setting.save()
    return setting


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST like a browser does after the submission's transaction commits (on_commit callbacks run)."""

    def _post(url, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **extra)

    return _post
