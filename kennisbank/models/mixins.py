"""Abstract mixins with the fields every page shares, each carrying its own panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class ListingMixin(models.Model):
    """The summary and image shown when a page is listed (cards, search results, feed)."""

    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        blank=True,
        help_text=_("Eén of twee zinnen; te zien in overzichten, zoekresultaten en de feed."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding in overzichten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    listing_panels = [
        MultiFieldPanel([FieldPanel("summary"), FieldPanel("listing_image")], heading=_("Overzichten")),
    ]

    class Meta:
        abstract = True


class SocialMixin(models.Model):
    """Open Graph image for links shared on social media; the title and description come from the page."""

    og_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding bij delen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Getoond als de pagina gedeeld wordt. Leeg: de afbeelding in overzichten."),
    )

    social_panels = [FieldPanel("og_image")]

    class Meta:
        abstract = True


class BasePage(ListingMixin, SocialMixin, Page):
    """The base of every knowledge-base page: listing fields and social metadata on the promote tab."""

    promote_panels = [*Page.promote_panels, *ListingMixin.listing_panels, *SocialMixin.social_panels]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    password_required_template = "kennisbank/password_required.html"  # noqa: S105 (a template name)

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary

    def get_view_restrictions(self):
        from kennisbank.routing import page_view_restrictions  # Cached: no queries on an unrestricted site.

        return page_view_restrictions(page=self)

    @property
    def social_image(self):
        return self.og_image or self.listing_image
