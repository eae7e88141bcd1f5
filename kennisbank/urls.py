"""URL configuration. Public URLs are Dutch; Wagtail serves the page tree at the end."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from kennisbank import views as kennisbank_views
from kennisbank.feeds import LatestArticlesFeed
from kennisbank.sitemaps import VisiblePagesSitemap
from platforms.sitemaps import RegisterSitemap

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", kennisbank_views.search, name="search"),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": VisiblePagesSitemap, "register": RegisterSitemap}},
        name="sitemap",
    ),
    path("robots.txt", kennisbank_views.robots_txt, name="robots_txt"),
    path("", include("platforms.urls")),
    path("", include("coalition.urls")),
]

handler500 = "kennisbank.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

if settings.BENCH_FLOOR_VIEW:  # The benchmark's framework floor (bench/README.md); off unless asked for.
    from bench.views import floor

    urlpatterns += [path("bench/floor/", floor)]

urlpatterns += [path("", include(wagtail_urls))]
