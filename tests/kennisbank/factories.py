"""Factories for the knowledge-base pages, images and documents (wagtail_factories / factory_boy)."""

import datetime

import factory
import wagtail_factories

from wagtail.models import Collection

from kennisbank.models import ArticlePage, FaqPage, HomePage, StandardPage, ThemePage


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Afbeelding {n}")
    file = factory.django.ImageField(width=1600, height=900, color="#00578a")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="voorbeeld.txt", data=b"Een voorbeeldagenda.")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Kennisbank Buurtplatformen"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "<p>Praktische kennis voor buurtplatformen.</p>"

    class Meta:
        model = HomePage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = "Over dit thema."
    show_in_menus = True

    class Meta:
        model = ThemePage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Artikel {n}")
    summary = "Een korte samenvatting van het artikel."
    article_type = "uitleg"
    audience = "both"
    last_reviewed = factory.LazyFunction(datetime.date.today)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Een buurtplatform verbindt bewoners.</p>")])

    class Meta:
        model = ArticlePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een inleiding."

    class Meta:
        model = StandardPage


class FaqPageFactory(wagtail_factories.PageFactory):
    title = "Veelgestelde vragen"
    slug = "veelgestelde-vragen"
    intro = "Korte antwoorden."

    class Meta:
        model = FaqPage
