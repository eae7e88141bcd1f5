"""Cheaper page routing and privacy checks, so every public page fits its query budget.

Wagtail routes /thema/artikel/ one level at a time (two queries per level) and checks view restrictions with
two more queries on every page. Both helpers keep Wagtail's behaviour and only skip work that cannot matter.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from wagtail.models import Page, PageViewRestriction

from kennisbank.cache import restricted_page_paths


def page_route_fast(*, page: Page, request: HttpRequest, path_components: list[str]) -> Any:
    """Resolve the whole remaining path in one query, then hand over to the target page's own ``route``.

    Falls back to Wagtail's level-by-level routing from the deepest page found when a segment is not a page
    (a RoutablePageMixin sub-URL such as ``bedankt/``) or when a page on the way overrides ``route``. Like
    Wagtail, only the final page has to be live. The resolved chain is kept on the request for breadcrumbs.
    """
    if not path_components:
        return Page.route(page, request, path_components)
    prefixes = [page.url_path + "/".join(path_components[: i + 1]) + "/" for i in range(len(path_components))]
    found = {
        p.url_path: p
        for p in Page.objects.filter(url_path__in=prefixes, path__startswith=page.path, depth__gt=page.depth)
    }
    parent: Page = page
    chain: list[Page] = []
    for index, prefix in enumerate(prefixes):
        child = found.get(prefix)
        if child is None or child.depth != parent.depth + 1 or not child.path.startswith(parent.path):
            # Not a page: let the deepest page found route the rest (Wagtail's way, including its 404).
            return (
                Page.route(page, request, path_components)
                if parent is page
                else parent.specific.route(request, path_components[index:])
            )
        child._cached_parent_obj = parent
        chain.append(child)
        parent = child
        if index < len(prefixes) - 1 and child.specific_class.route is not Page.route:
            return child.specific.route(request, path_components[index + 1 :])
    request.kennisbank_route_chain = [page, *chain[:-1]]
    return chain[-1].specific.route(request, [])


def page_view_restrictions(*, page: Page) -> Any:
    """Wagtail's view restrictions of ``page``, without queries when the site has no restricted pages."""
    if not restricted_page_paths():
        return PageViewRestriction.objects.none()
    return Page.get_view_restrictions(page)
