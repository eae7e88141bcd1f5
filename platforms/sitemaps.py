"""The register's public pages in /sitemap.xml (registered beside the knowledge base's pages in kennisbank/urls.py)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from . import selectors


class RegisterSitemap(Sitemap):
    """The register and the map, every platform page and the page of every current buurt."""

    def items(self) -> list[str]:
        return [reverse("platforms:register"), reverse("platforms:map"), *selectors.sitemap_paths()]

    def location(self, item: str) -> str:
        return item
