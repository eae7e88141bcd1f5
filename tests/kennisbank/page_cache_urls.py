"""URLs for the page-cache tests: the real site plus a few views shaped like the cases the cache must refuse."""

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.urls import include, path
from django.views.decorators.cache import never_cache

from kennisbank.urls import urlpatterns as site_urlpatterns

counter = {"renders": 0}


def counting_view(request: HttpRequest) -> HttpResponse:
    counter["renders"] += 1
    return HttpResponse(f"<p>render {counter['renders']}</p>")


def form_view(request: HttpRequest) -> HttpResponse:
    counter["renders"] += 1
    response = HttpResponse(f"<form>render {counter['renders']}</form>")
    response["Cache-Control"] = "private, no-store"
    return response


def csrf_view(request: HttpRequest) -> HttpResponse:
    counter["renders"] += 1
    return HttpResponse(f"<form><input name=csrfmiddlewaretoken value={get_token(request)}></form>")


urlpatterns = [
    path("test-teller/", counting_view),
    path("test-formulier/", form_view),
    path("test-csrf/", csrf_view),
    path("test-nooit/", never_cache(counting_view)),
    path("", include(site_urlpatterns)),
]
