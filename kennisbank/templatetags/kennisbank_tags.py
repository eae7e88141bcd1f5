"""Template tags for navigation, breadcrumbs and structured data."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from kennisbank import selectors

register = template.Library()

# The same escapes as django.utils.html.json_script: no "</script>" breakout, no HTML parsing surprises.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _site_root(request) -> Page | None:
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = _site_root(request)
    current = context.get("page")
    pages = selectors.menu_page_list(home=home) if home else []
    current_path = getattr(current, "path", "")
    items = []
    for item in pages:
        state = "page" if current_path == item.path else ("section" if current_path.startswith(item.path) else "")
        items.append((item, state))
    return {
        "menu_items": items,
        "request": request,
        "register_active": bool(request and request.path.startswith("/buurtplatformen/")),
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"items": [], "current": ""}
    request = context.get("request")
    # The router already loaded the ancestors of the page it served (kennisbank.routing).
    chain = getattr(request, "kennisbank_route_chain", None)
    if chain and chain[-1].path == page.path[: -page.steplen]:
        ancestors = [ancestor for ancestor in chain if ancestor.depth > 1]
    else:
        ancestors = page.get_ancestors().filter(depth__gt=1)
    items = [
        (_("Home") if ancestor.depth == 2 else ancestor.title, ancestor.get_url(request=request))
        for ancestor in ancestors
    ]
    return {"items": items, "current": page.title}


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumb_trail(*trail, current):
    """The knowledge base's breadcrumbs for non-page views: ``{% breadcrumb_trail title url ... current=name %}``.

    "Home" (the site root) comes first; ``trail`` alternates titles and URLs of the pages in between.
    """
    items = [(_("Home"), "/"), *zip(trail[::2], trail[1::2], strict=True)]
    return {"items": items, "current": current}


@register.filter
def json_ld(value) -> str:
    """Serialise ``value`` for a <script type="application/ld+json"> element, safely escaped."""
    return mark_safe(json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES))  # noqa: S308


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None) -> str:
    """Absolute URL of the page without its query string; the request's scheme and (allowed) host."""
    request = context.get("request")
    page = page or context.get("page")
    if request is None:
        return ""
    path = page.get_url(request) if page is not None else request.path
    return request.build_absolute_uri(path or request.path)


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path
