"""Views outside the page tree: search, robots.txt and the database-free error page."""

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from kennisbank import selectors


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    try:
        outcome = selectors.page_search(raw_query=request.GET.get("q", ""), page_number=request.GET.get("pagina"))
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404 from exc
    return TemplateResponse(request, "kennisbank/search.html", {"outcome": outcome, "search_query": outcome.typed})


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /zoeken/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """handler500: render the self-contained 500.html without a request context, so it needs no database."""
    return HttpResponseServerError(loader.get_template("500.html").render())
