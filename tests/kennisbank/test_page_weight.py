"""Page weight: a realistic article's HTML + CSS + JS stays under 60 KB uncompressed (images excluded), and its
images are renditions with width/height, srcset and lazy loading."""

import io
import re

import pytest

from django.contrib.staticfiles import finders

from kennisbank.demo import content
from kennisbank.demo.loader import DemoLoader
from tests.kennisbank.factories import ArticlePageFactory

BUDGET_BYTES = 60 * 1024
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(?P<url>[^"]+)"')


def _asset_bytes(url: str) -> int:
    assert url.startswith("/static/"), f"unexpected asset {url}"
    path = finders.find(url.removeprefix("/static/").split("?")[0])
    assert path, f"asset not found: {url}"
    with open(path, "rb") as handle:
        return len(handle.read())


@pytest.fixture
def heaviest_article(theme):
    """The demo article with an image and the most body content, with its images, documents, tags and related links."""
    with_images = [a for a in content.ARTICLES if any(block_type == "image" for block_type, _ in a["body"])]
    data = max(with_images, key=lambda article: len(repr(article["body"])))
    loader = DemoLoader(stdout=io.StringIO())
    article = ArticlePageFactory(
        parent=theme,
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        body=loader.stream(data["body"]),
        listing_image=loader.first_image(data["body"]),
    )
    article.tags.add(*data["tags"])
    article.save()
    for number in range(6):
        ArticlePageFactory(parent=theme, title=f"Nog een artikel over buurtplatformen {number}")
    return article, data


def test_article_html_css_and_js_stay_under_60_kb(client, heaviest_article):
    article, _ = heaviest_article
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content
    assets = sorted(set(ASSET.findall(html.decode())))
    assert assets, "no stylesheet found: the measurement would be incomplete"
    total = len(html) + sum(_asset_bytes(url) for url in assets)
    assert total <= BUDGET_BYTES, f"{total} bytes: HTML {len(html)}, assets {assets}"


def test_article_images_are_lazy_renditions_with_dimensions(client, heaviest_article):
    article, data = heaviest_article
    html = client.get(article.url).content.decode()
    images = re.findall(r"<img\b[^>]*>", html)
    expected = sum(1 for block_type, _ in data["body"] if block_type == "image")
    assert len(images) >= expected >= 1
    for tag in images:
        assert re.search(r'\bwidth="\d+"', tag), tag
        assert re.search(r'\bheight="\d+"', tag), tag
        assert 'loading="lazy"' in tag, tag
        assert "srcset=" in tag, tag
        assert "/images/" in tag, tag  # a rendition, not the original upload
