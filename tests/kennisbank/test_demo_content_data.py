"""Checks the demo content data in kennisbank.demo.content against the contract in its docstring."""

import datetime
import re
from html.parser import HTMLParser

import pytest

from kennisbank.demo.content import ARTICLES, FAQ, HOME, STANDARD_PAGES, THEMES

ALLOWED_TAGS = {"p", "a", "strong", "em", "ul", "ol", "li"}
ARTICLE_TYPES = {"uitleg", "praktijkvoorbeeld", "tip", "hulpmiddel"}
AUDIENCES = {"starting", "existing", "both"}
ARTICLE_KEYS = {
    "slug",
    "title",
    "theme",
    "summary",
    "article_type",
    "audience",
    "tags",
    "related",
    "last_reviewed",
    "body",
}
# Block type -> the exact keys of its value (None: the value is a plain string).
BLOCK_KEYS = {
    "heading": None,
    "paragraph": None,
    "image": {"label", "alt", "caption"},
    "quote": {"text", "attribution"},
    "tip": {"title", "text"},
    "example": {"title", "text"},
    "document": {"title", "filename", "content"},
    "sources": {"title", "items"},
    "qa": {"items"},
}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The date the site's "may be outdated" notice is measured against.
REFERENCE_DATE = datetime.date(2026, 12, 3)


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse_html(html: str) -> _TagCollector:
    parser = _TagCollector()
    parser.feed(html)
    parser.close()
    return parser


def rich_text_problems(html: str) -> list[str]:
    problems = []
    if not html.strip().startswith("<"):
        problems.append("rich text does not start with a tag")
    for tag, attrs in parse_html(html).tags:
        if tag not in ALLOWED_TAGS:
            problems.append(f"tag <{tag}> not allowed")
        elif tag == "a":
            href = attrs.get("href") or ""
            if set(attrs) != {"href"}:
                problems.append(f"link attributes {sorted(attrs)}")
            if not (href.startswith("https://") or re.match(r"^/[a-z0-9/-]*$", href)):
                problems.append(f"link {href!r} is neither https nor an internal path")
        elif attrs:
            problems.append(f"attributes on <{tag}>")
    return problems


def visible_text(body: list) -> str:
    """The text a reader sees of a body: everything but alt texts, file names, URLs and image labels."""
    parts = []
    for block_type, value in body:
        if block_type in ("heading", "paragraph"):
            parts.append(value)
        elif block_type == "image":
            parts.append(value["caption"])
        elif block_type == "quote":
            parts += [value["text"], value["attribution"]]
        elif block_type in ("tip", "example"):
            parts += [value["title"], value["text"]]
        elif block_type == "document":
            parts += [value["title"], value["content"]]
        elif block_type == "sources":
            parts.append(value["title"])
            parts += [f"{item['title']} {item['description']}" for item in value["items"]]
        elif block_type == "qa":
            parts += [f"{item['question']} {item['answer']}" for item in value["items"]]
    return " ".join(" ".join(parse_html(part).text) for part in parts)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[-']\w+)*", text))


def body_problems(body: list) -> list[str]:
    """Everything wrong with a body's blocks: types, value keys, rich text and URLs."""
    problems = []
    for index, block in enumerate(body):
        if not (isinstance(block, tuple) and len(block) == 2):
            problems.append(f"block {index} is not a (type, value) tuple")
            continue
        block_type, value = block
        if block_type not in BLOCK_KEYS:
            problems.append(f"block {index}: unknown type {block_type!r}")
            continue
        expected = BLOCK_KEYS[block_type]
        if expected is None:
            if not (isinstance(value, str) and value.strip()):
                problems.append(f"block {index} ({block_type}): empty or not a string")
            elif block_type == "heading" and "<" in value:
                problems.append(f"block {index}: heading contains markup")
            elif block_type == "paragraph":
                problems += [f"block {index}: {p}" for p in rich_text_problems(value)]
            continue
        if set(value) != expected:
            problems.append(f"block {index} ({block_type}): keys {sorted(value)} != {sorted(expected)}")
            continue
        if block_type in ("tip", "example"):
            problems += [f"block {index}: {p}" for p in rich_text_problems(value["text"])]
        elif block_type == "document":
            if not re.match(r"^[a-z0-9-]+\.txt$", value["filename"]):
                problems.append(f"block {index}: file name {value['filename']!r}")
            if "<" in value["content"]:
                problems.append(f"block {index}: document content is not plain text")
        elif block_type == "sources":
            for item in value["items"]:
                if set(item) != {"title", "url", "description"}:
                    problems.append(f"block {index}: source keys {sorted(item)}")
                elif not item["url"].startswith("https://"):
                    problems.append(f"block {index}: source url {item['url']!r} is not https")
        elif block_type == "qa":
            for item in value["items"]:
                if set(item) != {"question", "answer"}:
                    problems.append(f"block {index}: qa keys {sorted(item)}")
                else:
                    problems += [f"block {index}: {p}" for p in rich_text_problems(item["answer"])]
        for key, text in value.items():
            if isinstance(text, str) and not text.strip():
                problems.append(f"block {index} ({block_type}): empty {key}")
    return problems


ARTICLE_IDS = [article["slug"] for article in ARTICLES]
THEME_SLUGS = {theme["slug"] for theme in THEMES}
ARTICLE_SLUGS = set(ARTICLE_IDS)


def test_enough_themes_articles_and_questions():
    assert len(THEMES) >= 6
    assert len(ARTICLES) >= 20
    assert len(FAQ["items"]) >= 10


def test_slugs_are_unique_and_well_formed():
    slugs = [theme["slug"] for theme in THEMES] + ARTICLE_IDS + [FAQ["slug"]]
    slugs += [page["slug"] for page in STANDARD_PAGES]
    assert len(slugs) == len(set(slugs)), sorted({s for s in slugs if slugs.count(s) > 1})
    assert all(SLUG_RE.match(slug) for slug in slugs), [s for s in slugs if not SLUG_RE.match(s)]


def test_themes_have_the_contract_keys():
    for theme in THEMES:
        assert set(theme) == {"slug", "title", "intro"}
        assert theme["title"].strip()
        assert theme["intro"].strip()
        assert "<" not in theme["intro"]


def test_every_theme_has_articles():
    used = {article["theme"] for article in ARTICLES}
    assert used == THEME_SLUGS


def test_home_features_four_existing_articles():
    assert set(HOME) == {"title", "intro", "featured"}
    assert len(HOME["featured"]) == 4
    assert len(set(HOME["featured"])) == 4
    assert set(HOME["featured"]) <= ARTICLE_SLUGS
    assert rich_text_problems(HOME["intro"]) == []


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_article_fields(article):
    assert set(article) == ARTICLE_KEYS
    assert article["title"].strip()
    assert article["theme"] in THEME_SLUGS
    assert article["article_type"] in ARTICLE_TYPES
    assert article["audience"] in AUDIENCES
    assert 0 < len(article["summary"]) <= 300
    assert "<" not in article["summary"]
    assert article["tags"], "no tags"
    assert all(tag and tag == tag.lower() and " " not in tag for tag in article["tags"])
    assert len(set(article["tags"])) == len(article["tags"])
    assert set(article["related"]) <= ARTICLE_SLUGS
    assert article["slug"] not in article["related"]
    assert datetime.date.fromisoformat(article["last_reviewed"]) <= REFERENCE_DATE


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_article_body(article):
    body = article["body"]
    assert body_problems(body) == []
    types = [block_type for block_type, _ in body]
    assert "heading" in types
    assert "paragraph" in types
    assert set(types) - {"heading", "paragraph"}, "no block beyond headings and paragraphs"
    words = word_count(visible_text(body))
    assert 300 <= words <= 900, f"{words} words"


def test_article_mix_of_types_and_audiences():
    types = [article["article_type"] for article in ARTICLES]
    assert set(types) == ARTICLE_TYPES
    assert 3 <= types.count("praktijkvoorbeeld") <= 4
    assert {article["audience"] for article in ARTICLES} == AUDIENCES


def test_exactly_three_articles_are_due_for_review():
    cutoff = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - 1)
    old = [a["slug"] for a in ARTICLES if datetime.date.fromisoformat(a["last_reviewed"]) < cutoff]
    assert len(old) == 3, old
    recent = [a for a in ARTICLES if a["slug"] not in old]
    assert all(a["last_reviewed"].startswith("2026-") for a in recent)


def test_practical_tools_are_documents():
    filenames = {
        value["filename"] for article in ARTICLES for block_type, value in article["body"] if block_type == "document"
    }
    assert len(filenames) >= 4


def test_faq():
    assert set(FAQ) == {"slug", "title", "intro", "items"}
    questions = [item["question"] for item in FAQ["items"]]
    assert len(questions) == len(set(questions))
    for item in FAQ["items"]:
        assert set(item) == {"question", "answer"}
        assert item["question"].strip().endswith("?")
        assert rich_text_problems(item["answer"]) == []


def test_standard_pages():
    pages = {page["slug"]: page for page in STANDARD_PAGES}
    assert {"over-ons", "privacy"} <= set(pages)
    for page in STANDARD_PAGES:
        assert set(page) == {"slug", "title", "intro", "body", "show_in_menus"}
        assert isinstance(page["show_in_menus"], bool)
        assert page["body"]
        assert body_problems(page["body"]) == []
    assert "demo" in pages["privacy"]["intro"].lower()
    privacy_text = visible_text(pages["privacy"]["body"])
    assert "AVG" in privacy_text
    assert "12 maanden" in privacy_text


def test_internal_links_point_to_known_paths():
    """Internal links may only go to the site's fixed URLs or to pages this content creates.

    The loader puts themes, the FAQ and standard pages under the home page and each article under its theme.
    """
    known = {"/aanmelden/", "/contact/", "/buurtplatformen/", f"/{FAQ['slug']}/"}
    known |= {f"/{page['slug']}/" for page in STANDARD_PAGES}
    known |= {f"/{theme['slug']}/" for theme in THEMES}
    known |= {f"/{article['theme']}/{article['slug']}/" for article in ARTICLES}
    html = [HOME["intro"]] + [item["answer"] for item in FAQ["items"]]
    for body in [a["body"] for a in ARTICLES] + [p["body"] for p in STANDARD_PAGES]:
        for block_type, value in body:
            if block_type == "paragraph":
                html.append(value)
            elif block_type in ("tip", "example"):
                html.append(value["text"])
            elif block_type == "qa":
                html += [item["answer"] for item in value["items"]]
    hrefs = {attrs["href"] for part in html for tag, attrs in parse_html(part).tags if tag == "a"}
    internal = {href for href in hrefs if href.startswith("/")}
    assert internal <= known, internal - known


def test_real_dutch_characters_and_hyphenated_words_occur():
    """The search tests rely on words with diacritics and hyphens being present in the content."""
    text = " ".join(visible_text(article["body"]) for article in ARTICLES)
    for word in ("ideeën", "coöperatie", "café", "geïnteresseerd", "e-mail", "buurt-app"):
        assert word in text, word
