"""Knowledge-base models: the Wagtail page types and the footer site setting."""

from .mixins import BasePage, ListingMixin, SocialMixin
from .pages import (
    ArticlePage,
    ArticlePageRelated,
    ArticlePageTag,
    ArticleType,
    Audience,
    FaqPage,
    HomePage,
    HomePageFeaturedArticle,
    StandardPage,
    ThemePage,
)
from .site_settings import SiteSettings

__all__ = [
    "ArticlePage",
    "ArticlePageRelated",
    "ArticlePageTag",
    "ArticleType",
    "Audience",
    "BasePage",
    "FaqPage",
    "HomePage",
    "HomePageFeaturedArticle",
    "ListingMixin",
    "SiteSettings",
    "SocialMixin",
    "StandardPage",
    "ThemePage",
]
