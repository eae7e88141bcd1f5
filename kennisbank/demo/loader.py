"""Turn the demo texts in ``kennisbank.demo.content`` into Wagtail pages, images, documents and logins.

Idempotent: everything is keyed on slugs (pages), titles (images, documents) and usernames, and what exists is
left as it is, so running the loader twice changes nothing and never overwrites an editor's changes.
"""

import datetime
import hashlib
import io
import os
import textwrap
from typing import TextIO

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site
from wagtail.rich_text import RichText

from kennisbank.demo import content
from kennisbank.models import (
    ArticlePage,
    ArticlePageRelated,
    FaqPage,
    HomePage,
    HomePageFeaturedArticle,
    SiteSettings,
    StandardPage,
    ThemePage,
)

EDITOR_USERNAME = "redactie"
EDITOR_GROUP = "Redactie"
ADMIN_USERNAME = "admin"
# Demo-only passwords, also in the README table. Override with environment variables on shared machines.
DEFAULT_EDITOR_PASSWORD = "redactie-demo-2026"  # noqa: S105
DEFAULT_ADMIN_PASSWORD = "admin-demo-2026"  # noqa: S105

PALETTE = [("#00578a", "#ffffff"), ("#b3164c", "#ffffff"), ("#1f2a33", "#f3f5f7"), ("#2e6b30", "#ffffff")]


class DemoLoader:
    def __init__(self, *, stdout: TextIO):
        self.stdout = stdout
        self.created: list[str] = []

    def log(self, message: str) -> None:
        self.stdout.write(message + "\n")

    # Pages ---------------------------------------------------------------------------------------------

    def publish_child(self, parent: Page, page: Page) -> Page:
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(page.url_path)
        return page

    def existing_child(self, parent: Page, slug: str, model):
        child = parent.get_children().filter(slug=slug).first()
        return child.specific if child else None

    def home(self) -> HomePage:
        data = content.HOME
        root = Page.get_first_root_node()
        home = HomePage.objects.first()
        if home is None:
            # Wagtail's default "Welcome to your new Wagtail site!" page holds the slug "home": replace it.
            for welcome in root.get_children().filter(slug="home"):
                if welcome.specific_class is Page and not welcome.get_children().exists():
                    Site.objects.filter(root_page=welcome).update(root_page=root)
                    welcome.delete()
            home = HomePage(title=data["title"], slug="home", intro=data["intro"], show_in_menus=False)
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created.append("/")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Kennisbank Buurtplatformen",
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Kennisbank Buurtplatformen"
            if (site.hostname, site.port) == ("localhost", 80):
                # Wagtail's default site: point it at `make run`'s address so sitemap URLs work locally.
                site.hostname, site.port = "127.0.0.1", int(os.environ.get("PORT", "8000"))
            site.save()
        SiteSettings.for_site(site or Site.objects.get(is_default_site=True))
        return home

    def themes(self, home: HomePage) -> dict[str, ThemePage]:
        themes = {}
        for data in content.THEMES:
            theme = self.existing_child(home, data["slug"], ThemePage)
            if theme is None:
                theme = self.publish_child(
                    home,
                    ThemePage(
                        title=data["title"],
                        slug=data["slug"],
                        intro=data["intro"],
                        summary=data["intro"][:300],
                        show_in_menus=True,
                    ),
                )
            themes[data["slug"]] = theme
        return themes

    def articles(self, themes: dict[str, ThemePage]) -> dict[str, ArticlePage]:
        articles = {}
        created = []
        for data in content.ARTICLES:
            theme = themes[data["theme"]]
            article = self.existing_child(theme, data["slug"], ArticlePage)
            if article is None:
                article = ArticlePage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    article_type=data["article_type"],
                    audience=data["audience"],
                    last_reviewed=datetime.date.fromisoformat(data["last_reviewed"]),
                    body=self.stream(data["body"]),
                )
                article.tags.add(*data["tags"])
                article.listing_image = self.first_image(data["body"])
                self.publish_child(theme, article)
                created.append(data)
            articles[data["slug"]] = article
        # Related links need every article to exist first; only set them on articles created now.
        for data in created:
            article = articles[data["slug"]]
            for index, slug in enumerate(data.get("related", [])):
                if slug in articles and slug != data["slug"]:
                    ArticlePageRelated.objects.create(page=article, article=articles[slug], sort_order=index)
            if data.get("related"):
                article.save_revision().publish()
        return articles

    def featured(self, home: HomePage, articles: dict[str, ArticlePage]) -> None:
        if home.featured_articles.exists():
            return
        for index, slug in enumerate(content.HOME.get("featured", [])):
            if slug in articles:
                HomePageFeaturedArticle.objects.create(page=home, article=articles[slug], sort_order=index)
        home.save_revision().publish()

    def standard_pages(self, home: HomePage) -> None:
        for data in content.STANDARD_PAGES:
            if self.existing_child(home, data["slug"], StandardPage) is None:
                self.publish_child(
                    home,
                    StandardPage(
                        title=data["title"],
                        slug=data["slug"],
                        intro=data["intro"],
                        summary=data["intro"][:300],
                        body=self.stream(data["body"]),
                        show_in_menus=data.get("show_in_menus", False),
                    ),
                )

    def faq(self, home: HomePage) -> None:
        data = content.FAQ
        if self.existing_child(home, data["slug"], FaqPage) is None:
            questions = [
                ("question", {"question": item["question"], "answer": RichText(item["answer"])})
                for item in data["items"]
            ]
            self.publish_child(
                home,
                FaqPage(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data["intro"],
                    summary=data["intro"][:300],
                    questions=questions,
                    show_in_menus=True,
                ),
            )

    # Blocks, images, documents ---------------------------------------------------------------------------

    def stream(self, body: list[tuple[str, object]]) -> list[tuple[str, object]]:
        blocks = []
        for block_type, value in body:
            if block_type == "paragraph":
                blocks.append((block_type, RichText(value)))
            elif block_type in {"tip", "example"}:
                blocks.append((block_type, {"title": value["title"], "text": RichText(value["text"])}))
            elif block_type == "image":
                image = self.image(value["label"])
                blocks.append((block_type, {"image": image, "alt": value["alt"], "caption": value.get("caption", "")}))
            elif block_type == "document":
                document = self.document(value["title"], value["filename"], value["content"])
                blocks.append((block_type, {"document": document, "title": value["title"]}))
            elif block_type == "qa":
                items = [{"question": i["question"], "answer": RichText(i["answer"])} for i in value["items"]]
                blocks.append((block_type, {"items": items}))
            else:  # heading, quote, sources take their values as they are
                blocks.append((block_type, value))
        return blocks

    def first_image(self, body):
        for block_type, value in body:
            if block_type == "image":
                return self.image(value["label"])
        return None

    def image(self, label: str):
        image_model = get_image_model()
        title = f"Demo: {label}"
        existing = image_model.objects.filter(title=title).first()
        if existing:
            return existing
        image = image_model(
            title=title,
            collection=Collection.get_first_root_node(),
            file=ImageFile(io.BytesIO(self.draw(label)), name=f"demo-{self.slug_hash(label)}.png"),
        )
        image.save()
        return image

    @staticmethod
    def slug_hash(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()[:10]

    def draw(self, label: str) -> bytes:
        """A 1200x675 PNG: a coloured field with the label and simple house shapes, made with Pillow."""
        background, foreground = PALETTE[int(self.slug_hash(label), 16) % len(PALETTE)]
        img = PILImage.new("RGB", (1200, 675), background)
        draw = ImageDraw.Draw(img)
        for index in range(6):  # a row of simple houses along the bottom
            x = 60 + index * 185
            draw.rectangle([x, 470, x + 140, 620], outline=foreground, width=6)
            draw.polygon([(x - 10, 470), (x + 70, 395), (x + 150, 470)], outline=foreground, width=6)
        try:
            font = ImageFont.load_default(size=56)
        except TypeError:  # older Pillow without sized default fonts
            font = ImageFont.load_default()
        lines = textwrap.wrap(label, width=32)[:3]
        for number, line in enumerate(lines):
            draw.text((60, 80 + number * 80), line, fill=foreground, font=font)
        buffer = io.BytesIO()
        img.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()

    def document(self, title: str, filename: str, text: str):
        document_model = get_document_model()
        existing = document_model.objects.filter(title=title).first()
        if existing:
            return existing
        document = document_model(title=title, collection=Collection.get_first_root_node())
        document.file.save(os.path.basename(filename), ContentFile(text.encode("utf-8")), save=False)
        document.save()
        return document

    # Users ----------------------------------------------------------------------------------------------

    def editors_group(self) -> Group:
        group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
            # The footer's site setting (contact e-mail, links) is the editors' to keep up to date.
            Permission.objects.get(content_type__app_label="kennisbank", codename="change_sitesettings"),
        )
        root = Page.get_first_root_node()
        for permission_type in ("add", "change", "publish", "lock", "unlock"):
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        collection = Collection.get_first_root_node()
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in ("add", "change", "choose"):
                permission = Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )
        return group

    def users(self) -> list[tuple[str, str, str]]:
        user_model = get_user_model()
        editor_password = os.environ.get("DEMO_EDITOR_PASSWORD", DEFAULT_EDITOR_PASSWORD)
        admin_password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)
        editor = user_model.objects.filter(username=EDITOR_USERNAME).first()
        if editor is None:
            editor = user_model.objects.create_user(
                EDITOR_USERNAME,
                email="redactie@example.org",
                password=editor_password,
                first_name="Demo",
                last_name="Redactie",
                is_staff=False,
            )
        editor.groups.add(self.editors_group())
        if not user_model.objects.filter(username=ADMIN_USERNAME).exists():
            user_model.objects.create_superuser(ADMIN_USERNAME, email="admin@example.org", password=admin_password)
        return [("redactie", EDITOR_USERNAME, editor_password), ("beheerder", ADMIN_USERNAME, admin_password)]

    # Entry point ------------------------------------------------------------------------------------------

    @transaction.atomic
    def load(self) -> list[tuple[str, str, str]]:
        home = self.home()
        themes = self.themes(home)
        articles = self.articles(themes)
        self.featured(home, articles)
        self.standard_pages(home)
        self.faq(home)
        logins = self.users()
        self.log(f"Kennisbank: {len(self.created)} pagina's aangemaakt, {ArticlePage.objects.count()} artikelen.")
        return logins


def load(*, stdout: TextIO) -> list[tuple[str, str, str]]:
    """Load the knowledge-base demo content; returns (role, username, password) for the demo logins."""
    return DemoLoader(stdout=stdout).load()
