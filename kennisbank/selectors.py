"""Read-side rules of the knowledge base: which pages a visitor may see, in menus, lists, search and feeds.

Every public listing goes through ``page_queryset_visible`` so drafts, private, future and expired pages never
appear anywhere.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from wagtail.models import Page

from kennisbank.cache import restricted_page_paths, site_cached
from kennisbank.models import ArticlePage, ArticlePageRelated, Audience, HomePage, HomePageFeaturedArticle, ThemePage

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_MAX_TERMS = 12
SEARCH_PAGE_SIZE = 10


def page_queryset_visible(*, queryset: QuerySet) -> QuerySet:
    """Only live, public pages whose publication window is open now."""
    now = timezone.now()
    return (
        _public(queryset.live())
        .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )


def _public(queryset: QuerySet) -> QuerySet:
    """Wagtail's ``.public()`` with the restricted sections read from the cache instead of one query per call."""
    private = Q()
    for path, depth in restricted_page_paths():
        private |= Q(path__startswith=path, depth__gte=depth)
    return queryset.exclude(private) if private else queryset


def menu_page_list(*, home: Page) -> list[Page]:
    """The main menu: visible children of the home page with "show in menus" set, in tree order."""
    return site_cached(
        name=f"menu:{home.pk}",
        build=lambda: list(page_queryset_visible(queryset=home.get_children()).in_menu().specific()),
    )


def theme_list(*, home: Page) -> QuerySet:
    return page_queryset_visible(queryset=ThemePage.objects.child_of(home)).select_related("listing_image")


def article_list_featured(*, home: HomePage) -> list[ArticlePage]:
    visible = page_queryset_visible(queryset=ArticlePage.objects.all())
    links = HomePageFeaturedArticle.objects.filter(page=home, article__in=visible).select_related("article")
    return [link.article for link in links.order_by("sort_order")]


def article_list_latest(*, limit: int) -> list[ArticlePage]:
    queryset = page_queryset_visible(queryset=ArticlePage.objects.all())
    return list(queryset.order_by("-first_published_at", "-pk")[:limit])


def article_list_for_theme(*, theme: ThemePage, article_type: str | None = None, audience: str | None = None):
    """A theme's visible articles in tree order; an audience filter also keeps articles meant for both."""
    queryset = page_queryset_visible(queryset=ArticlePage.objects.child_of(theme))
    if article_type:
        queryset = queryset.filter(article_type=article_type)
    if audience:
        queryset = queryset.filter(audience__in=[audience, Audience.BOTH])
    return queryset.order_by("path")


def article_list_related(*, article: ArticlePage) -> list[ArticlePage]:
    visible = page_queryset_visible(queryset=ArticlePage.objects.exclude(pk=article.pk))
    links = ArticlePageRelated.objects.filter(page=article, article__in=visible).select_related("article")
    return [link.article for link in links.order_by("sort_order")]


def article_list_for_feed(*, limit: int = 20) -> list[ArticlePage]:
    return article_list_latest(limit=limit)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Keep letters, digits and in-word hyphens; everything else (operators, quotes, emoji) separates words.
_APOSTROPHE_S = re.compile(r"(?<=\w)['\u2019]s\b")
_NON_WORD = re.compile(r"[^\w\-]+")


def search_query_clean(*, raw: str) -> str:
    """Turn any user input into a safe query: no control characters, no operators, bounded in length."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", raw or ""))[: SEARCH_QUERY_MAX_LENGTH * 2]
    text = _APOSTROPHE_S.sub("", text)  # "agenda's" searches for "agenda"
    terms = []
    for chunk in _NON_WORD.sub(" ", text).split():
        term = chunk.replace("_", "").strip("-")
        term = re.sub(r"-{2,}", "-", term)
        if term:
            terms.append(term)
    return " ".join(terms[:SEARCH_MAX_TERMS])[:SEARCH_QUERY_MAX_LENGTH].strip()


def _specific_in_order(pages: list[Page]) -> list[Page]:
    """The specific pages for ``pages``, in the same order, in ONE query whatever the mix of page types.

    Joins every direct Page subclass table (Django fills in the inherited fields from the same row), so the
    number of queries does not depend on which types a result page happens to hold.
    """
    children = [
        rel.get_accessor_name()
        for rel in Page._meta.related_objects
        if rel.one_to_one and rel.field.remote_field.parent_link
    ]
    loaded = Page.objects.filter(pk__in=[page.pk for page in pages]).select_related(*children).in_bulk()
    result = []
    for page in pages:
        base = loaded.get(page.pk, page)
        specific = next((child for name in children if (child := getattr(base, name, None)) is not None), base)
        result.append(specific)
    return result


def search_query_typed(*, raw: str) -> str:
    """What the visitor typed, fit to show back: control characters removed, as long as the search box allows."""
    return " ".join(_CONTROL.sub(" ", raw or "").split())[:SEARCH_QUERY_MAX_LENGTH]


@dataclass
class SearchOutcome:
    query: str
    page: object | None  # a django.core.paginator.Page of specific pages, or None without a query
    failed: bool = False
    typed: str = ""  # the visitor's own words, shown back in the box and the headings (escaped by templates)


def page_search(*, raw_query: str, page_number: str | None) -> SearchOutcome:
    """Full-text search over visible pages.

    Raises ``EmptyPage``/``PageNotAnInteger`` for bad page numbers (the view turns them into a 404). A database
    error from the search backend gives an empty, failed outcome rather than a server error.
    """
    query = search_query_clean(raw=raw_query)
    typed = search_query_typed(raw=raw_query)
    if not query:
        return SearchOutcome(query="", page=None, typed=typed)
    # The search backend only filters on indexed filter fields, so pages outside their publication window
    # (normally a short list) are excluded by id.
    now = timezone.now()
    hidden_ids = list(Page.objects.filter(Q(go_live_at__gt=now) | Q(expire_at__lte=now)).values_list("id", flat=True))
    results = _public(Page.objects.live()).exclude(id__in=hidden_ids).search(query, operator="and")
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        with transaction.atomic():
            page = paginator.page(page_number or 1)
            page.object_list = _specific_in_order(list(page.object_list))
    except (EmptyPage, PageNotAnInteger):
        raise
    except DatabaseError:
        return SearchOutcome(query=query, page=None, failed=True, typed=typed)
    return SearchOutcome(query=query, page=page, typed=typed)
