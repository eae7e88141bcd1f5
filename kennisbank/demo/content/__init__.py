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

HOME = {
    "title": "Kennisbank Buurtplatformen",
    "intro": "<p>Praktische kennis voor buurtplatformen, door buurtplatformen.</p>",
    "featured": ["wat-is-een-buurtplatform"],
}

THEMES = [
    {"slug": "organiseren", "title": "Organiseren", "intro": "Hoe je een buurtplatform opzet en draaiende houdt."},
]

ARTICLES = [
    {
        "slug": "wat-is-een-buurtplatform",
        "title": "Wat is een buurtplatform?",
        "theme": "organiseren",
        "summary": "Een buurtplatform verbindt de actieve bewoners en initiatieven in een buurt.",
        "article_type": "uitleg",
        "audience": "starting",
        "tags": ["buurtplatform", "starten"],
        "related": [],
        "last_reviewed": "2026-09-01",
        "body": [
            ("heading", "Een koepel van bewoners"),
            ("paragraph", "<p>Een buurtplatform is een groep bewoners die de actieve mensen en initiatieven in"
             " een buurt met elkaar verbindt.</p>"),
        ],
    },
]

FAQ = {
    "slug": "veelgestelde-vragen",
    "title": "Veelgestelde vragen",
    "intro": "Korte antwoorden op vragen die we vaak krijgen.",
    "items": [{"question": "Wat is een buurtplatform?", "answer": "<p>Een koepel van actieve bewoners.</p>"}],
}

STANDARD_PAGES = [
    {
        "slug": "over-ons",
        "title": "Over ons",
        "intro": "Wie houdt deze kennisbank bij?",
        "body": [("paragraph", "<p>De redactie van Stichting !WOON houdt de kennisbank bij.</p>")],
        "show_in_menus": True,
    },
    {
        "slug": "privacy",
        "title": "Privacyverklaring",
        "intro": "Wat we doen met de gegevens die je ons geeft.",
        "body": [("paragraph", "<p>We bewaren alleen wat nodig is.</p>")],
        "show_in_menus": False,
    },
]
