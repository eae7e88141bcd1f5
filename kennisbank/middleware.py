"""Security headers the whole site sends: the Content-Security-Policy (django-csp) with a wider policy for the
admin only, Permissions-Policy, and X-Robots-Tag on pages search engines must not index."""

from collections.abc import Callable

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ``CSP_ADMIN_REPLACE`` applied on the admin paths.

    The public policy stays strict (no inline scripts); the Wagtail and Django admins get the few extra
    sources they need, explained in settings/base.py. A view's own ``@csp_update``/``@csp_replace`` still
    applies on top.
    """

    def get_policy_parts(self, request: HttpRequest, response: HttpResponse, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES)):
            parts.replace = {**settings.CSP_ADMIN_REPLACE, **(parts.replace or {})}
        return parts


class SecurityHeadersMiddleware:
    """Adds Permissions-Policy to every response and ``X-Robots-Tag: noindex, nofollow`` under
    ``NOINDEX_PATH_PREFIXES`` (the admins and the search results)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path_info.startswith(tuple(settings.NOINDEX_PATH_PREFIXES)):
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response
