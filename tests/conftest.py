"""Shared fixtures for the whole suite."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Every test starts with an empty cache, so cached pages, menus or settings never leak between tests."""
    from django.core.cache import cache

    from kennisbank.cache import forget_local_copies

    cache.clear()
    forget_local_copies()
