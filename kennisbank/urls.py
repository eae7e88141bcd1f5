"""URL configuration. Public URLs are Dutch; Wagtail serves the page tree at the end."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("", include("platforms.urls")),
    path("", include("coalition.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

if settings.BENCH_FLOOR_VIEW:  # The benchmark's framework floor (bench/README.md); off unless asked for.
    from bench.views import floor

    urlpatterns += [path("bench/floor/", floor)]

urlpatterns += [path("", include(wagtail_urls))]
