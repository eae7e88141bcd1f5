"""RSS feed of new articles at /feed/."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext_lazy as _

from kennisbank import selectors


class LatestArticlesFeed(Feed):
    title = _("Kennisbank Buurtplatformen: nieuwe artikelen")
    description = _("De nieuwste artikelen in de Kennisbank Buurtplatformen.")
    link = "/"

    def items(self):
        return selectors.article_list_for_feed(limit=20)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
