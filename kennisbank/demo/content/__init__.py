"""Demo content for the kennisbank: original Dutch texts, loaded by ``manage.py load_demo_content``.

This package holds data only; ``kennisbank.demo.loader`` turns it into Wagtail pages. The contract:

HOME: dict with ``title``, ``intro`` (rich-text HTML), ``featured`` (list of article slugs).

THEMES: list of dicts, in menu order: ``slug``, ``title``, ``intro`` (plain text, one or two sentences).

ARTICLES: list of dicts:
    ``slug``, ``title``, ``theme`` (a THEMES slug), ``summary`` (plain text, <= 300 chars),
    ``article_type``: "uitleg" | "praktijkvoorbeeld" | "tip" | "hulpmiddel",
    ``audience``: "starting" | "existing" | "both",
    ``tags``: list of lowercase Dutch words, ``related``: list of ARTICLES slugs,
    ``last_reviewed``: ISO date string ("2026-09-01"); use one older than 12 months for a few articles,
    ``body``: list of (block_type, value) tuples, block types and values:
        ("heading", "Tekst van de tussenkop")
        ("paragraph", "<p>Rich text HTML: p, a href, strong, em, ul/ol/li only.</p>")
        ("image", {"label": "short text drawn on a generated image", "alt": "...", "caption": "..."})
        ("quote", {"text": "...", "attribution": "role, not a real person's name"})
        ("tip", {"title": "...", "text": "<p>rich text</p>"})
        ("example", {"title": "...", "text": "<p>rich text</p>"})    # a practice example (fictional)
        ("document", {"title": "...", "filename": "name.txt", "content": "plain text of the file"})
        ("sources", {"title": "...", "items": [{"title": "...", "url": "https://...", "description": "..."}]})
        ("qa", {"items": [{"question": "...", "answer": "<p>rich text</p>"}]})

FAQ: dict with ``slug``, ``title``, ``intro`` and ``items``: list of {"question", "answer" (rich text HTML)}.

STANDARD_PAGES: list of dicts with ``slug``, ``title``, ``intro``, ``body`` (same (block_type, value) list as
articles), ``show_in_menus`` (bool). Includes "over-ons" and "privacy".
"""

from .articles_communicatie import ARTICLES as _COMMUNICATIE
from .articles_geld import ARTICLES as _GELD
from .articles_gemeente import ARTICLES as _GEMEENTE
from .articles_mensen import ARTICLES as _MENSEN
from .articles_organiseren import ARTICLES as _ORGANISEREN
from .articles_recht import ARTICLES as _RECHT
from .faq import FAQ
from .pages import HOME, STANDARD_PAGES
from .themes import THEMES

# Grouped per theme, in the menu order of THEMES.
ARTICLES = [*_ORGANISEREN, *_RECHT, *_GEMEENTE, *_GELD, *_COMMUNICATIE, *_MENSEN]

__all__ = ["ARTICLES", "FAQ", "HOME", "STANDARD_PAGES", "THEMES"]
