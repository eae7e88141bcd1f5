"""/sitemap.xml: Wagtail's sitemap limited to visible pages (no expired or future pages either)."""

from wagtail.contrib.sitemaps import Sitemap

from kennisbank import selectors


class VisiblePagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        queryset = root.get_descendants(inclusive=True)
        return selectors.page_queryset_visible(queryset=queryset).order_by("path").defer_streamfields().specific()
