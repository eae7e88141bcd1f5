"""Each page type renders, and every field an editor can set changes the rendered page."""

import datetime
import json
import re

import pytest

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import RichText

from kennisbank.models import ArticlePageRelated, HomePageFeaturedArticle, SiteSettings
from kennisbank.models.pages import one_year_before

from .factories import (
    ArticlePageFactory,
    DocumentFactory,
    FaqPageFactory,
    ImageFactory,
    StandardPageFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db


def html(client, page_or_url, **params):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_every_page_type_renders_with_one_h1(client, home, theme, article):
    standard = StandardPageFactory(parent=home, title="Over ons", slug="over-ons")
    faq = FaqPageFactory(parent=home)
    for page in (home, theme, article, standard, faq):
        content = html(client, page)
        assert content.count("<h1") == 1, page
        assert f"<title>{page.title} | Kennisbank Buurtplatformen</title>" in content
        assert '<html lang="nl">' in content


def test_seo_fields_canonical_and_open_graph(client, home, theme):
    image = ImageFactory()
    article = ArticlePageFactory(
        parent=theme,
        slug="delen",
        seo_title="Titel voor zoekmachines",
        search_description="Beschrijving voor zoekmachines",
        og_image=image,
    )
    content = html(client, article)
    assert "<title>Titel voor zoekmachines | Kennisbank Buurtplatformen</title>" in content
    assert '<meta name="description" content="Beschrijving voor zoekmachines">' in content
    assert '<link rel="canonical" href="http://testserver/organiseren/delen/">' in content
    assert '<meta property="og:type" content="article">' in content
    assert '<meta property="og:title" content="Titel voor zoekmachines">' in content
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+\.jpg">', content)


def test_listing_image_is_the_open_graph_fallback(client, home, theme):
    article = ArticlePageFactory(parent=theme, listing_image=ImageFactory())
    assert 'property="og:image"' in html(client, article)
    plain = ArticlePageFactory(parent=theme)
    assert 'property="og:image"' not in html(client, plain)


def test_canonical_link_drops_the_query_string(client, theme):
    content = html(client, theme, type="tip", pagina="1")
    assert '<link rel="canonical" href="http://testserver/organiseren/">' in content


def test_home_page_fields_show(client, home, theme, article):
    home.intro = "<p>Welkom bij de <strong>kennisbank</strong>.</p>"
    home.cta_signup_text = "Meld je groep vandaag aan."
    home.cta_contact_text = "Mail ons je vraag."
    home.save()
    HomePageFeaturedArticle.objects.create(page=home, article=article, sort_order=0)
    content = html(client, home)
    assert "Welkom bij de <strong>kennisbank</strong>." in content
    assert "Meld je groep vandaag aan." in content
    assert "Mail ons je vraag." in content
    featured = content.split('id="featured-heading"')[1].split("</section>")[0]
    assert "Wat is een buurtplatform?" in featured
    themes = content.split('id="themes-heading"')[1].split("</section>")[0]
    assert "Organiseren" in themes and "Over dit thema." in themes
    assert 'href="/aanmelden/"' in content and 'href="/contact/"' in content
    assert 'action="/zoeken/"' in content


def test_home_hides_featured_articles_that_are_not_live(client, home, theme):
    draft = ArticlePageFactory(parent=theme, title="Concept dat niemand mag zien", live=False)
    HomePageFeaturedArticle.objects.create(page=home, article=draft, sort_order=0)
    assert "Concept dat niemand mag zien" not in html(client, home)


def test_article_fields_show(client, home, theme):
    other = ArticlePageFactory(parent=theme, title="Geld aanvragen bij het stadsdeel")
    article = ArticlePageFactory(
        parent=theme,
        title="Een vergadering voorbereiden",
        summary="Zo bereid je een goede vergadering voor.",
        article_type="praktijkvoorbeeld",
        audience="existing",
        last_reviewed=datetime.date(2026, 3, 15),
        body=[
            ("heading", "Begin met een agenda"),
            ("paragraph", RichText("<p>Stuur de agenda <em>op tijd</em>.</p>")),
        ],
    )
    article.tags.add("vergaderen", "agenda")
    ArticlePageRelated.objects.create(page=article, article=other, sort_order=0)
    article.save_revision().publish()
    content = html(client, article)
    assert "Zo bereid je een goede vergadering voor." in content
    assert "Praktijkvoorbeeld" in content
    assert "Bestaande buurtplatformen" in content
    assert '<h2 class="block-heading" id="begin-met-een-agenda">Begin met een agenda</h2>' in content
    assert "Stuur de agenda <em>op tijd</em>." in content
    assert ">vergaderen</a>" in content and ">agenda</a>" in content
    related = content.split('id="related-heading"')[1]
    assert "Geld aanvragen bij het stadsdeel" in related
    assert '<time datetime="2026-03-15">15 maart 2026</time>' in content
    today = timezone.localdate().isoformat()
    assert f'<time datetime="{today}">' in content  # last updated: published just now
    assert "Leestijd: 1 minuut" in content


def test_related_articles_only_show_live_public_ones(client, home, theme):
    article = ArticlePageFactory(parent=theme)
    draft = ArticlePageFactory(parent=theme, title="Geheim concept", live=False)
    private = ArticlePageFactory(parent=theme, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    for index, target in enumerate((draft, private)):
        ArticlePageRelated.objects.create(page=article, article=target, sort_order=index)
    content = html(client, article)
    assert "Geheim concept" not in content
    assert "Alleen voor leden" not in content
    assert 'id="related-heading"' not in content


def test_reading_time_counts_body_words(client, theme):
    words = " ".join(["woord"] * 450)
    article = ArticlePageFactory(parent=theme, body=[("paragraph", RichText(f"<p>{words}</p>"))])
    assert article.reading_time == 3
    assert "Leestijd: 3 minuten" in html(client, article)
    empty = ArticlePageFactory(parent=theme, body=[])
    assert empty.reading_time == 1


@pytest.mark.parametrize(
    ("days_ago_offset", "overdue"),
    [(0, False), (1, True)],
)
def test_review_notice_after_twelve_months(client, theme, days_ago_offset, overdue):
    reviewed = one_year_before(timezone.localdate()) - datetime.timedelta(days=days_ago_offset)
    article = ArticlePageFactory(parent=theme, last_reviewed=reviewed)
    content = html(client, article)
    assert article.review_overdue is overdue
    assert ("meer dan een jaar geleden" in content) is overdue


def test_one_year_before_handles_leap_day():
    assert one_year_before(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)


def test_theme_lists_its_live_articles_and_filters(client, home, theme):
    ArticlePageFactory(parent=theme, title="Uitleg voor starters", article_type="uitleg", audience="starting")
    ArticlePageFactory(parent=theme, title="Tip voor bestaande", article_type="tip", audience="existing")
    ArticlePageFactory(parent=theme, title="Hulpmiddel voor iedereen", article_type="hulpmiddel", audience="both")
    ArticlePageFactory(parent=theme, title="Nog een concept", live=False)
    content = html(client, theme)
    assert "Uitleg voor starters" in content and "Tip voor bestaande" in content
    assert "Nog een concept" not in content
    tips = html(client, theme, type="tip")
    assert "Tip voor bestaande" in tips and "Uitleg voor starters" not in tips
    starting = html(client, theme, doelgroep="beginnend")
    assert "Uitleg voor starters" in starting and "Hulpmiddel voor iedereen" in starting
    assert "Tip voor bestaande" not in starting


@pytest.mark.parametrize("params", [{"type": "onzin"}, {"doelgroep": "<script>"}, {"type": ["tip", "uitleg"]}])
def test_theme_ignores_bad_filter_values(client, theme, article, params):
    content = html(client, theme, **params)
    assert "Wat is een buurtplatform?" in content
    assert "<script>" not in content.split("<main")[1]


@pytest.mark.parametrize("number", ["abc", "-1", "0", "999999", "1.5", "9" * 40, "%00"])
def test_theme_bad_page_numbers_are_404(client, theme, article, number):
    assert client.get(theme.url, {"pagina": number}).status_code == 404


def test_theme_pagination(client, theme):
    for number in range(12):
        ArticlePageFactory(parent=theme, title=f"Artikel nummer {number:02d}")
    first = html(client, theme)
    assert "Pagina 1 van 2" in first and "?pagina=2" in first
    assert ">Filteren</button>" in first  # the same label as the register's filter
    second = html(client, theme, pagina="2")
    assert "Artikel nummer 11" in second and "Artikel nummer 00" not in second


def test_standard_page_fields_show(client, home):
    document = DocumentFactory(title="Voorbeeldstatuten")
    page = StandardPageFactory(
        parent=home,
        title="Over ons",
        slug="over-ons",
        intro="Wie wij zijn.",
        body=[
            ("quote", {"text": "Samen staan we sterker.", "attribution": "Een bewoner"}),
            ("tip", {"title": "Handige tip", "text": RichText("<p>Begin klein.</p>")}),
            ("example", {"title": "Uit Zuidoost", "text": RichText("<p>Een open inloop.</p>")}),
            ("document", {"document": document, "title": ""}),
            (
                "sources",
                {
                    "title": "Meer weten",
                    "items": [{"title": "Een bron", "url": "https://example.org/bron", "description": "Uitleg"}],
                },
            ),
            ("qa", {"items": [{"question": "Kost het geld?", "answer": RichText("<p>Nee.</p>")}]}),
        ],
    )
    content = html(client, page)
    assert "Wie wij zijn." in content
    assert "Samen staan we sterker." in content and "Een bewoner" in content
    assert "Handige tip" in content and "Begin klein." in content
    assert "Uit de praktijk" in content and "Een open inloop." in content
    assert f'href="{document.url}"' in content and ">Voorbeeldstatuten</a>" in content
    assert 'href="https://example.org/bron"' in content and "Een bron" in content
    assert "<summary>Kost het geld?</summary>" in content


def test_faq_page_emits_escaped_json_ld(client, home):
    faq = FaqPageFactory(
        parent=home,
        intro="Alles wat je wilt weten.",
        questions=[
            ("question", {"question": "Wat is een buurtplatform?", "answer": RichText("<p>Een koepel.</p>")}),
            ("question", {"question": "Hack </script><script>alert(1)</script>", "answer": RichText("<p>Nee</p>")}),
        ],
    )
    content = html(client, faq)
    assert "Alles wat je wilt weten." in content
    assert "<summary>Wat is een buurtplatform?</summary>" in content
    assert "</script><script>alert(1)" not in content
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"][0] == {
        "@type": "Question",
        "name": "Wat is een buurtplatform?",
        "acceptedAnswer": {"@type": "Answer", "text": "Een koepel."},
    }
    assert data["mainEntity"][1]["name"] == "Hack </script><script>alert(1)</script>"


def test_image_block_renders_webp_srcset_lazy_with_alt_and_caption(client, home):
    image = ImageFactory()
    page = StandardPageFactory(
        parent=home, body=[("image", {"image": image, "alt": "Bewoners aan tafel", "caption": "Een buurtavond"})]
    )
    content = html(client, page)
    figure = content.split('<figure class="block-image">')[1].split("</figure>")[0]
    assert re.search(r'<source [^>]*srcset="[^"]+\.webp 480w[^"]*"[^>]*type="image/webp"', figure)
    assert 'alt="Bewoners aan tafel"' in figure
    assert 'loading="lazy"' in figure
    assert re.search(r'<img [^>]*width="\d+"[^>]*height="\d+"', figure) or re.search(
        r'<img [^>]*height="\d+"[^>]*width="\d+"', figure
    )
    assert "<figcaption>Een buurtavond</figcaption>" in figure


def test_main_menu_shows_live_public_menu_pages_and_register_link(client, home, theme):
    hidden = ThemePageFactory(parent=home, title="Niet in het menu", show_in_menus=False)
    draft = ThemePageFactory(parent=home, title="Concept in het menu", live=False)
    private = ThemePageFactory(parent=home, title="Besloten thema")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    content = html(client, home)
    menu = content.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert ">Organiseren</a>" in menu
    assert 'href="/buurtplatformen/"' in menu and ">Buurtplatformen</a>" in menu
    for page in (hidden, draft, private):
        assert page.title not in menu
    on_theme = html(client, theme).split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert 'aria-current="page">Organiseren</a>' in on_theme


def test_breadcrumbs_below_home_only(client, home, theme, article):
    assert 'aria-label="Kruimelpad"' not in html(client, home)
    crumbs = html(client, article).split('aria-label="Kruimelpad"')[1].split("</nav>")[0]
    assert 'href="/">Home</a>' in crumbs
    assert 'href="/organiseren/">Organiseren</a>' in crumbs
    assert 'aria-current="page">Wat is een buurtplatform?</li>' in crumbs


def test_footer_comes_from_site_settings(client, home):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "kennisbank@example.org"
    settings.footer_text = "Gemaakt door de redactie."
    settings.woon_url = "https://woon.example.org/"
    settings.coalition_url = "https://coalitie.example.org/"
    settings.save()
    footer = html(client, home).split('<footer class="site-footer">')[1]
    assert 'href="mailto:kennisbank@example.org"' in footer
    assert "Gemaakt door de redactie." in footer
    assert 'href="https://woon.example.org/">Stichting !WOON</a>' in footer
    assert 'href="https://coalitie.example.org/">' in footer


def test_page_models_are_creatable_only_in_their_place(home, theme):
    from kennisbank.models import ArticlePage, HomePage, ThemePage

    assert ThemePage.can_create_at(home)
    assert ArticlePage.can_create_at(theme)
    assert not ArticlePage.can_create_at(home)
    assert not HomePage.can_create_at(Page.get_first_root_node())  # max_count = 1


def test_article_type_constraint_in_database(theme):
    from django.db import IntegrityError, transaction

    from kennisbank.models import ArticlePage

    article = ArticlePageFactory(parent=theme)
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticlePage.objects.filter(pk=article.pk).update(article_type="roddel")


@pytest.mark.parametrize("kind", ["home", "theme", "standard", "faq"])
def test_listing_and_social_fields_show_on_every_page_type(client, home, theme, kind):
    page = {
        "home": home,
        "theme": theme,
        "standard": StandardPageFactory(parent=home),
        "faq": FaqPageFactory(parent=home),
    }[kind]
    page.summary = "Samenvatting voor overzichten"
    page.og_image = ImageFactory()
    page.save()
    content = html(client, page)
    assert '<meta name="description" content="Samenvatting voor overzichten">' in content
    assert '<meta property="og:description" content="Samenvatting voor overzichten">' in content
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+"', content)


@pytest.mark.parametrize(
    ("value", "valid"),
    [("/aanmelden/", True), ("https://coalitie.example.org/", True), ("javascript:alert(1)", False), ("x y", False)],
)
def test_coalition_link_must_be_a_url_or_path(home, value, valid):
    from django.core.exceptions import ValidationError

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.coalition_url = value
    if valid:
        settings.full_clean()
    else:
        with pytest.raises(ValidationError):
            settings.full_clean()
