"""The site's URLs plus probes that read and write the shared cache, for the two-server test only."""

import os

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from kennisbank.urls import urlpatterns as site_urlpatterns


@csrf_exempt
def cache_probe(request: HttpRequest, key: str) -> HttpResponse:
    """GET reads a key, POST sets it to the body, DELETE removes it; every answer names the process."""
    if request.method == "POST":
        cache.set(f"probe:{key}", request.body.decode(), 60)
        response = HttpResponse("ok")
    elif request.method == "DELETE":
        cache.delete(f"probe:{key}")
        response = HttpResponse("deleted")
    else:
        value = cache.get(f"probe:{key}")
        response = HttpResponseNotFound("missing") if value is None else HttpResponse(value)
    response["X-Server-Pid"] = str(os.getpid())
    response["Cache-Control"] = "private, no-store"
    return response


urlpatterns = [
    path("__probe__/cache/<slug:key>/", cache_probe),
    path("", include(site_urlpatterns)),
]
