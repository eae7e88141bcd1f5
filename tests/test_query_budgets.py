"""Query budgets: every public page in at most 10 queries, and the same number with ten times the content.

Each page is requested once to warm the per-process caches (content types, site root paths, renditions), then
counted. The content is realistic: bodies with images and documents, tags, related articles, featured
articles, listing images, FAQ questions. "10x" adds nine more rounds of the same content to the same site.
"""

from __future__ import annotations

import itertools

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from kennisbank.models import ArticlePageRelated, HomePageFeaturedArticle
from tests.kennisbank.factories import (
    ArticlePageFactory,
    DocumentFactory,
    FaqPageFactory,
    HomePageFactory,
    ImageFactory,
    StandardPageFactory,
    ThemePageFactory,
)

BUDGET = 10
_counter = itertools.count()


def _body(image, document) -> list:
    return [
        ("heading", "Zo pak je het aan"),
        ("paragraph", RichText("<p>Een buurtplatform verbindt <strong>bewoners</strong> en initiatieven.</p>")),
        ("image", {"image": image, "alt": "Bewoners in gesprek", "caption": "Een bewonersavond"}),
        ("tip", {"title": "Tip", "text": RichText("<p>Begin klein.</p>")}),
        ("quote", {"text": "Vraag de buurt wat zij nodig heeft.", "attribution": "Een bewoner"}),
        ("document", {"document": document, "title": "Voorbeeldagenda"}),
        ("qa", {"items": [{"question": "Wie doet mee?", "answer": RichText("<p>Iedereen uit de buurt.</p>")}]}),
    ]


class Site10x:
    """A knowledge base that can grow by rounds of themes, articles, links, tags and questions."""

    def __init__(self) -> None:
        root = Page.get_first_root_node()
        self.home = HomePageFactory(parent=root, slug="start")
        site = Site.objects.get(is_default_site=True)
        site.root_page = self.home
        site.save()
        self.image = ImageFactory()
        self.document = DocumentFactory()
        self.faq = FaqPageFactory(parent=self.home, show_in_menus=True, questions=[])
        self.standard = StandardPageFactory(
            parent=self.home, slug="over-ons", show_in_menus=True, body=_body(self.image, self.document)
        )
        self.themes: list = []
        self.articles: list = []
        self.grow()

    def grow(self) -> None:
        n = next(_counter)
        theme = ThemePageFactory(parent=self.home, slug=f"thema-{n}", listing_image=self.image)
        self.themes.append(theme)
        for i in range(4):
            article = ArticlePageFactory(
                parent=theme,
                slug=f"artikel-{n}-{i}",
                title=f"Buurtplatform artikel {n}-{i}",
                listing_image=self.image,
                body=_body(self.image, self.document),
            )
            article.tags.add(f"buurt{n}", f"tip{i}", "buurtplatform")
            article.save()
            self.articles.append(article)
        first = self.articles[0]
        # The measured article and the home page gain links until the editors' maximum of six.
        if first.related_links.count() < 6:
            ArticlePageRelated.objects.create(page=first, article=self.articles[-1], sort_order=n)
        if self.home.featured_articles.count() < 6:
            HomePageFeaturedArticle.objects.create(page=self.home, article=self.articles[-2], sort_order=n)
        questions = list(self.faq.questions.raw_data) + [
            {"type": "question", "value": {"question": f"Vraag {n}-{q}?", "answer": "<p>Antwoord.</p>"}}
            for q in range(3)
        ]
        self.faq.questions = questions
        self.faq.save_revision().publish()

    def paths(self) -> dict[str, str]:
        return {
            "home": "/",
            "theme": self.themes[0].url,
            "article": self.articles[0].url,
            "standard": self.standard.url,
            "faq": self.faq.url,
            "search": "/zoeken/?q=buurtplatform",
        }


def count_queries(client, path: str) -> int:
    # Twice: the very first request also creates the site settings row (a one-off write).
    for _ in range(2):
        warm = client.get(path)
        assert warm.status_code == 200, (path, warm.status_code)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context.captured_queries)


def describe(client, path: str) -> str:
    with CaptureQueriesContext(connection) as context:
        client.get(path)
    return "\n".join(f"  {q['sql'][:220]}" for q in context.captured_queries)


@pytest.fixture
def content(db):
    cache.clear()
    return Site10x()


def test_knowledge_base_pages_stay_within_budget_at_10x(client, content):
    paths = content.paths()
    small = {name: count_queries(client, path) for name, path in paths.items()}
    for _ in range(9):
        content.grow()
    large = {name: count_queries(client, path) for name, path in paths.items()}

    report = "\n".join(f"{name}: {small[name]} -> {large[name]}" for name in paths)
    over = {name: n for name, n in large.items() if n > BUDGET}
    assert not over, f"over budget:\n{report}\n" + "\n".join(describe(client, paths[name]) for name in over)
    assert small == large, f"query count grows with content:\n{report}"


REGISTER_PATHS = {
    "register": "/buurtplatformen/",
    "register-filtered": "/buurtplatformen/?status=actief&q=Platform",
    "map": "/buurtplatformen/kaart/",
    "platform": "/buurtplatformen/platform-7/",
    "buurt": "/buurten/X0007/",
}


def _register_clear() -> None:
    from platforms.models import Application, Buurt, Gebied, Platform, Stadsdeel, StatusCoverage, StatusPeriod, Wijk

    for model in (StatusCoverage, StatusPeriod, Application, Platform.buurten.through, Platform, Buurt, Wijk):
        model.objects.all().delete()
    Gebied.objects.all().delete()
    Stadsdeel.objects.all().delete()


def test_register_pages_stay_within_budget_at_10x(client, content):
    from tests.platforms.test_views import build_register

    build_register(15, 52)
    small = {name: count_queries(client, path) for name, path in REGISTER_PATHS.items()}
    _register_clear()
    build_register(150, 518)
    large = {name: count_queries(client, path) for name, path in REGISTER_PATHS.items()}

    report = "\n".join(f"{name}: {small[name]} -> {large[name]}" for name in REGISTER_PATHS)
    over = {name: n for name, n in large.items() if n > BUDGET}
    assert not over, f"over budget:\n{report}\n" + "\n".join(describe(client, REGISTER_PATHS[n]) for n in over)
    assert small == large, f"query count grows with content:\n{report}"
