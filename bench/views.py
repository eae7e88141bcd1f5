"""The framework floor: the cheapest Django view, under the same middleware as every page."""

from django.http import HttpRequest, HttpResponse


def floor(request: HttpRequest) -> HttpResponse:
    """A short response with no template and no query: what the framework alone costs per request."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
