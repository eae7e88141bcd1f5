"""Drafts and private content never reach an anonymous visitor: not in search, the sitemap, the feed, the
menus, the home page, related articles or the register, and private documents are not served.

Runs on the demo content, with one draft, one login-only and one password-protected article (and theme)
added, each carrying a word that appears nowhere else.
"""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from kennisbank.models import ArticlePage, ArticlePageRelated, HomePage, HomePageFeaturedArticle, ThemePage
from tests.demo_site import demo_site  # noqa: F401  (the module-scoped demo content)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

SECRET_WORDS = {
    "draft": "Conceptkwartel",
    "login": "Inlogkwartel",
    "password": "Wachtwoordkwartel",
    "private_theme": "Themakwartel",
}


def add_article(theme: Page, word: str, *, publish: bool) -> ArticlePage:
    article = ArticlePage(
        title=f"Artikel over de {word}",
        slug=word.lower(),
        summary=f"De {word} in een samenvatting.",
        body=[("paragraph", f"<p>Alles over de {word}.</p>")],
        live=publish,
    )
    theme.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
    return article


@pytest.fixture
def hidden_content():
    home = HomePage.objects.live().first()
    theme = ThemePage.objects.live().child_of(home).first()
    public_article = ArticlePage.objects.live().descendant_of(theme).first()
    assert public_article is not None, "the demo content needs a live article under its first theme"

    draft = add_article(theme, SECRET_WORDS["draft"], publish=False)
    login_only = add_article(theme, SECRET_WORDS["login"], publish=True)
    PageViewRestriction.objects.create(page=login_only, restriction_type=PageViewRestriction.LOGIN)
    password = add_article(theme, SECRET_WORDS["password"], publish=True)
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="geheim-genoeg"
    )
    word = SECRET_WORDS["private_theme"]
    private_theme = ThemePage(title=f"Thema {word}", slug=word.lower(), show_in_menus=True)
    home.add_child(instance=private_theme)
    private_theme.save_revision().publish()
    PageViewRestriction.objects.create(page=private_theme, restriction_type=PageViewRestriction.LOGIN)

    # Point every public place that lists articles at the hidden ones.
    for position, hidden in enumerate((draft, login_only, password)):
        ArticlePageRelated.objects.create(page=public_article, article=hidden, sort_order=100 + position)
        HomePageFeaturedArticle.objects.create(page=home, article=hidden, sort_order=100 + position)
    public_article.save_revision().publish()
    home.save_revision().publish()
    return {"public_article": public_article, "home": home, "theme": theme, "draft": draft}


def secret_traces(word: str) -> list[str]:
    """What would show that a hidden page leaked: its title, summary or body text, or its URL. (The search
    page repeats the query itself, so the bare word is not enough.)"""
    return [f"over de {word}", f"De {word}", f"Thema {word}", f"/{word.lower()}/"]


def assert_no_secret(response, where: str) -> None:
    assert response.status_code == 200, where
    body = response.content.decode()
    for kind, word in SECRET_WORDS.items():
        for trace in secret_traces(word):
            assert trace not in body, f"{kind} content ({trace!r}) is visible in {where}"


def test_hidden_pages_are_hidden_from_anonymous_visitors(client, hidden_content):
    assert_no_secret(client.get("/"), "the home page and its menu")
    assert_no_secret(client.get(hidden_content["theme"].url), "the theme page")
    assert_no_secret(client.get(hidden_content["public_article"].url), "related articles")
    assert_no_secret(client.get("/sitemap.xml"), "the sitemap")
    assert_no_secret(client.get("/feed/"), "the feed")
    assert_no_secret(client.get("/buurtplatformen/"), "the register")
    for word in SECRET_WORDS.values():
        assert_no_secret(client.get("/zoeken/", {"q": word}), f"search for {word}")


def test_the_hidden_pages_themselves_are_not_served(client, hidden_content):
    theme_url = hidden_content["theme"].url
    assert client.get(f"{theme_url}{SECRET_WORDS['draft'].lower()}/").status_code == 404
    login_only = client.get(f"{theme_url}{SECRET_WORDS['login'].lower()}/")
    assert login_only.status_code == 302
    assert SECRET_WORDS["login"] not in login_only.content.decode()
    password = client.get(f"{theme_url}{SECRET_WORDS['password'].lower()}/")
    assert SECRET_WORDS["password"] not in password.content.decode()


def test_the_checks_can_fail(client, hidden_content):
    """Guard against a vacuous test: the same words do show once the draft is published."""
    hidden_content["draft"].save_revision().publish()
    trace = f"over de {SECRET_WORDS['draft']}"
    assert trace in client.get("/zoeken/", {"q": SECRET_WORDS["draft"]}).content.decode()
    assert trace in client.get(hidden_content["public_article"].url).content.decode()
    assert trace in client.get("/feed/").content.decode()
    assert f"/{SECRET_WORDS['draft'].lower()}/" in client.get("/sitemap.xml").content.decode()


def test_document_in_a_private_collection_is_not_served(client):
    private = Collection.get_first_root_node().add_child(name="Alleen voor de redactie")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model().objects.create(
        title="Interne notulen", collection=private, file=ContentFile(b"Vertrouwelijk verslag", name="notulen.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert b"Vertrouwelijk" not in response.content
