"""The knowledge-base page types: home, themes, articles, standard pages and the FAQ."""

import datetime
import math

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task

from kennisbank.blocks import RICH_TEXT_FEATURES, BodyBlock, QuestionAnswerBlock

from .mixins import BasePage, ListingMixin, SocialMixin

THEME_PAGE_SIZE = 10
WORDS_PER_MINUTE = 200


def today_amsterdam() -> datetime.date:
    """Today's date in the site's time zone (Europe/Amsterdam), not the server's."""
    return timezone.localdate()


def one_year_before(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def paginate(items, page_number: str | None, per_page: int):
    """Return one page of ``items``; a non-numeric, negative or too-high page number is a 404."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number or 1)
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404(_("Deze pagina bestaat niet.")) from exc


class ArticleType(models.TextChoices):
    UITLEG = "uitleg", _("Uitleg")
    PRAKTIJKVOORBEELD = "praktijkvoorbeeld", _("Praktijkvoorbeeld")
    TIP = "tip", _("Tip")
    HULPMIDDEL = "hulpmiddel", _("Hulpmiddel")


class Audience(models.TextChoices):
    STARTING = "starting", _("Groepen die beginnen")
    EXISTING = "existing", _("Bestaande buurtplatformen")
    BOTH = "both", _("Beginnende en bestaande platforms")


class HomePageFeaturedArticle(Orderable):
    page = ParentalKey("kennisbank.HomePage", related_name="featured_articles", on_delete=models.CASCADE)
    article = models.ForeignKey(
        "kennisbank.ArticlePage", verbose_name=_("artikel"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("article", "kennisbank.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgelicht artikel")
        verbose_name_plural = _("uitgelichte artikelen")


class HomePage(ListingMixin, SocialMixin, Page):
    """The start page: intro, featured articles, the themes, the latest articles and calls to action."""

    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES, blank=True)
    cta_signup_text = models.TextField(
        _("tekst bij aanmelden voor de coalitie"),
        blank=True,
        default="Is jullie groep een buurtplatform, of wil je er een worden? Meld je aan bij de coalitie.",
    )
    cta_contact_text = models.TextField(
        _("tekst bij contact met de redactie"),
        blank=True,
        default="Een vraag, een aanvulling of een voorbeeld uit jullie buurt? Laat het de redactie weten.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_articles", label=_("Uitgelichte artikelen"), max_num=6),
        MultiFieldPanel(
            [FieldPanel("cta_signup_text"), FieldPanel("cta_contact_text")], heading=_("Oproepen onderaan")
        ),
    ]
    promote_panels = [*Page.promote_panels, *ListingMixin.listing_panels, *SocialMixin.social_panels]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary or strip_tags(self.intro)[:300]

    @property
    def social_image(self):
        return self.og_image or self.listing_image

    def route(self, request, path_components):
        from kennisbank.routing import page_route_fast  # One query for the whole path instead of two a level.

        return page_route_fast(page=self, request=request, path_components=path_components)

    def get_view_restrictions(self):
        from kennisbank.routing import page_view_restrictions

        return page_view_restrictions(page=self)

    def get_context(self, request, *args, **kwargs):
        from kennisbank import selectors

        context = super().get_context(request, *args, **kwargs)
        context["featured"] = selectors.article_list_featured(home=self)
        context["themes"] = selectors.theme_list(home=self)
        context["latest"] = selectors.article_list_latest(limit=6)
        return context


class ThemePage(BasePage):
    """A theme (thema) grouping articles; its page lists them, filterable by type and audience."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["kennisbank.HomePage"]
    subpage_types = ["kennisbank.ArticlePage"]

    # Query-string values are Dutch; they map onto the stored choices.
    AUDIENCE_FILTERS = {"beginnend": Audience.STARTING, "bestaand": Audience.EXISTING}

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_context(self, request, *args, **kwargs):
        from kennisbank import selectors

        context = super().get_context(request, *args, **kwargs)
        article_type = request.GET.get("type", "")
        if article_type not in ArticleType.values:
            article_type = ""  # unknown values are ignored: the full list is shown
        audience_key = request.GET.get("doelgroep", "")
        if audience_key not in self.AUDIENCE_FILTERS:
            audience_key = ""
        articles = selectors.article_list_for_theme(
            theme=self, article_type=article_type or None, audience=self.AUDIENCE_FILTERS.get(audience_key)
        )
        context["articles"] = paginate(articles, request.GET.get("pagina"), THEME_PAGE_SIZE)
        context["article_types"] = ArticleType.choices
        context["audience_filters"] = [
            ("beginnend", _("Voor groepen die beginnen")),
            ("bestaand", _("Voor bestaande buurtplatformen")),
        ]
        context["selected_type"] = article_type
        context["selected_audience"] = audience_key
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("kennisbank.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)


class ArticlePageRelated(Orderable):
    page = ParentalKey("kennisbank.ArticlePage", related_name="related_links", on_delete=models.CASCADE)
    article = models.ForeignKey(
        "kennisbank.ArticlePage", verbose_name=_("artikel"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("article", "kennisbank.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("gerelateerd artikel")
        verbose_name_plural = _("gerelateerde artikelen")


class ArticlePage(BasePage):
    """An article: an explanation, a practice example, a tip or a tool, for starting or existing platforms."""

    article_type = models.CharField(_("soort"), max_length=20, choices=ArticleType.choices, default=ArticleType.UITLEG)
    audience = models.CharField(_("voor wie"), max_length=20, choices=Audience.choices, default=Audience.BOTH)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("trefwoorden"))
    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        default=today_amsterdam,
        help_text=_("De datum waarop de redactie de inhoud voor het laatst heeft nagekeken."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("article_type"), FieldPanel("audience")], heading=_("Soort en doelgroep")),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("related_links", label=_("Gerelateerde artikelen"), max_num=6),
        FieldPanel("last_reviewed"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("listing_image"), *SocialMixin.social_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("article_type"),
        index.FilterField("audience"),
    ]
    parent_page_types = ["kennisbank.ThemePage"]
    subpage_types: list[str] = []
    og_type = "article"

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(article_type__in=ArticleType.values), name="articlepage_article_type_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(audience__in=Audience.values), name="articlepage_audience_valid"
            ),
        ]

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if not kwargs.get("update_fields"):
            # The search index is updated from post_save, before modelcluster commits the tags; index the
            # stored page once more now that they are saved. The task reloads the page by id, so a draft
            # held in memory is never indexed.
            insert_or_update_object_task.enqueue(self._meta.app_label, self._meta.model_name, str(self.pk))
        return result

    @property
    def word_count(self) -> int:
        texts = self.body.stream_block.get_searchable_content(self.body) if self.body else []
        return sum(len(strip_tags(text).split()) for text in texts)

    @property
    def reading_time(self) -> int:
        """Minutes to read the body at 200 words a minute; at least one."""
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    @property
    def review_overdue(self) -> bool:
        """True when the content was last checked more than 12 months ago (Amsterdam time)."""
        return self.last_reviewed < one_year_before(today_amsterdam())

    @property
    def last_updated(self) -> datetime.datetime | None:
        return self.last_published_at or self.latest_revision_created_at

    def get_context(self, request, *args, **kwargs):
        from kennisbank import selectors

        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = selectors.article_list_related(article=self)
        return context


class StandardPage(BasePage):
    """A plain content page, such as "Over ons" or the privacy statement."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["kennisbank.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")


class FaqPage(BasePage):
    """Frequently asked questions; emits schema.org FAQPage structured data."""

    intro = models.TextField(_("inleiding"), blank=True)
    questions = StreamField(
        [("question", QuestionAnswerBlock(template="blocks/faq_item.html"))], verbose_name=_("vragen"), blank=True
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("questions")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("pagina met veelgestelde vragen")
        verbose_name_plural = _("pagina's met veelgestelde vragen")

    def faq_schema(self) -> dict:
        """schema.org FAQPage data for the questions; answers as plain text."""
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": block.value["question"],
                    "acceptedAnswer": {"@type": "Answer", "text": strip_tags(block.value["answer"].source).strip()},
                }
                for block in self.questions
            ],
        }
