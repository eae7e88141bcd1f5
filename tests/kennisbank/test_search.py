"""Search at /zoeken/: only visible pages, Dutch matching, and no input ever gives a server error."""

import datetime
import os

import pytest

from django.db import connection
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from kennisbank.selectors import SEARCH_QUERY_MAX_LENGTH, search_query_clean

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")


def results(client, query, **params):
    response = client.get("/zoeken/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def titles_found(client, query):
    content = results(client, query)
    return content.split('class="search-results"')[1]


@pytest.fixture
def corpus(theme):
    texts = {
        "Vergadering": "Een goede vergadering begint met een agenda.",
        "Ideeën": "Bewoners hebben veel ideeën voor de buurt.",
        "Coöperatie": "Een coöperatie is een rechtsvorm voor samenwerking.",
        "Café": "We spreken af in het café op de hoek.",
        "Cafe zonder accent": "Het buurtcafe is elke dinsdag open.",
        "Bereikbaarheid": "Stuur een e-mail naar de redactie.",
        "Provincie": "Dit voorbeeld komt uit Noord-Holland.",
        "Buurt-app": "Gebruik een buurt-app voor snelle berichten.",
    }
    pages = {}
    for number, (title, text) in enumerate(texts.items()):
        pages[title] = ArticlePageFactory(
            parent=theme,
            title=title,
            slug=f"artikel-{number}",
            summary=f"Samenvatting {number}",
            body=[("paragraph", RichText(f"<p>{text}</p>"))],
        )
    return pages


def test_search_page_is_noindex_and_has_a_labelled_field(client, home):
    content = results(client, "")
    assert '<meta name="robots" content="noindex">' in content
    assert '<label for="search-q">' in content
    assert content.count("<h1") == 1


def test_search_finds_body_text_and_shows_summary(client, corpus):
    content = titles_found(client, "agenda")
    assert ">Vergadering</a>" in content
    assert "Samenvatting 0" in content
    assert "1 resultaat voor" in content


def test_search_finds_tags(client, theme):
    article = ArticlePageFactory.build(title="Zonder het woord in de tekst", slug="tags")
    article.tags.add("vrijwilligers")  # tags are saved with the page, as the editor's form does
    theme.add_child(instance=article)
    assert ">Zonder het woord in de tekst</a>" in titles_found(client, "vrijwilligers")


def test_no_results_message_in_dutch(client, corpus):
    assert "Geen resultaten voor \u2018xyzzyplugh\u2019" in results(client, "xyzzyplugh")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("ideeën", "Ideeën"),
        ("ideeen", "Ideeën"),
        ("coöperatie", "Coöperatie"),
        ("cooperatie", "Coöperatie"),
        ("café", "Café"),
        ("cafe", "Café"),
        ("buurtcafé", "Cafe zonder accent"),
        ("e-mail", "Bereikbaarheid"),
        ("Noord-Holland", "Provincie"),
        ("buurt-app", "Buurt-app"),
    ],
)
def test_accents_and_hyphens_match(client, corpus, query, title):
    assert f">{title}</a>" in titles_found(client, query)


@pytest.mark.skipif(not ON_POSTGRES, reason="Dutch stemming needs PostgreSQL; CI runs this in its PostgreSQL pass")
@pytest.mark.parametrize(
    ("query", "title"),
    [("vergaderingen", "Vergadering"), ("vergadering", "Vergadering"), ("agenda's", "Vergadering")],
)
def test_dutch_stemming_on_postgres(client, corpus, query, title):
    assert connection.vendor == "postgresql"
    assert f">{title}</a>" in titles_found(client, query)


@pytest.mark.skipif(not ON_POSTGRES, reason="the text search configuration exists only on PostgreSQL")
@pytest.mark.parametrize(
    ("left", "right"),
    [("ideeën", "ideeen"), ("coöperatie", "cooperatie"), ("café", "cafe"), ("vergaderingen", "vergadering")],
)
def test_dutch_unaccent_configuration_folds_and_stems(left, right):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector('dutch_unaccent', %s)::text, to_tsvector('dutch_unaccent', %s)::text", [left, right]
        )
        left_vector, right_vector = cursor.fetchone()
    assert left_vector == right_vector


def test_only_live_public_current_pages_are_found(client, theme):
    now = timezone.now()
    ArticlePageFactory(parent=theme, title="Zichtbaar", body=[("paragraph", RichText("<p>zeldzaamwoord</p>"))])
    ArticlePageFactory(
        parent=theme, title="Concept", live=False, body=[("paragraph", RichText("<p>zeldzaamwoord</p>"))]
    )
    private = ArticlePageFactory(
        parent=theme, title="Besloten", body=[("paragraph", RichText("<p>zeldzaamwoord</p>"))]
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    ArticlePageFactory(
        parent=theme,
        title="Toekomst",
        go_live_at=now + datetime.timedelta(days=2),
        body=[("paragraph", RichText("<p>zeldzaamwoord</p>"))],
    )
    ArticlePageFactory(
        parent=theme,
        title="Verlopen",
        expire_at=now - datetime.timedelta(days=2),
        body=[("paragraph", RichText("<p>zeldzaamwoord</p>"))],
    )
    content = titles_found(client, "zeldzaamwoord")
    assert ">Zichtbaar</a>" in content
    for hidden in ("Concept", "Besloten", "Toekomst", "Verlopen"):
        assert f">{hidden}</a>" not in content


def test_private_child_of_restricted_theme_is_not_found(client, home, theme):
    PageViewRestriction.objects.create(page=theme, restriction_type="password", password="geheim")
    ArticlePageFactory(parent=theme, title="Onder besloten thema", body=[("paragraph", RichText("<p>uniekwoord</p>"))])
    assert ">Onder besloten thema</a>" not in titles_found(client, "uniekwoord")


def test_search_paginates(client, theme):
    for number in range(13):
        ArticlePageFactory(parent=theme, title=f"Pagineren {number:02d}", summary="buurtfeest")
    first = results(client, "buurtfeest")
    assert "13 resultaten" in first and "Pagina 1 van 2" in first
    second = results(client, "buurtfeest", pagina="2")
    assert second.count('class="result"') == 3


HOSTILE_QUERIES = [
    'AND OR NOT "',
    '"niet afgesloten',
    "'",
    "''''",
    "-",
    "*",
    "!",
    "&&||!",
    "(",
    ")",
    ":*",
    "a:*",
    "\\",
    "%s %d %%",
    "vergadering\x00",
    "\x00",
    "\x1b[31m",
    "🏠🏘️",
    "café 🏠",
    "x" * 2000,
    "woord " * 400,
    "<script>alert(1)</script>",
    "'; DROP TABLE wagtailcore_page; --",
    "NEAR(a b)",
    "title:buurt",
    "^",
    "---e---",
    "ー",
    " ",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_never_fail(client, corpus, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("number", ["-1", "abc", "0", "99999", "1e3", "9" * 50, "\x00"])
def test_bad_page_numbers_are_404(client, corpus, number):
    assert client.get("/zoeken/", {"q": "agenda", "pagina": number}).status_code == 404


def test_non_get_is_rejected_politely(client, home):
    assert client.post("/zoeken/", {"q": "x"}).status_code == 405


def test_query_cleaning():
    assert search_query_clean(raw='  Noord-Holland\x00 "e-mail" (café)!! ') == "Noord-Holland e-mail café"
    assert search_query_clean(raw="---") == ""
    assert search_query_clean(raw="agenda's en café\u2019s") == "agenda en café"
    assert len(search_query_clean(raw="x" * 5000)) <= SEARCH_QUERY_MAX_LENGTH
    assert search_query_clean(raw="a b c d e f g h i j k l m n o") == "a b c d e f g h i j k l"


def test_search_shows_back_what_was_typed_escaped_and_bounded(client, corpus):
    html = client.get("/zoeken/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    assert "<script>alert(1)" not in html
    # Only operators: nothing to search for, but the visitor still sees their words and a "no results" answer.
    html = client.get("/zoeken/", {"q": "'\"&|!"}).content.decode()
    assert "Geen resultaten voor" in html and "&#x27;&quot;&amp;|!" in html
    # A huge query is cut to the search box's length everywhere it is shown.
    html = client.get("/zoeken/", {"q": "a" * 3000}).content.decode()
    assert "a" * SEARCH_QUERY_MAX_LENGTH in html and "a" * (SEARCH_QUERY_MAX_LENGTH + 1) not in html
