"""The benchmark corpus: ``python -m bench.corpus --articles 5000`` (settings and database from the environment).

Builds on the demo content (``load_demo_content``) with the project's own loaders and services:
- ``--articles`` articles over the demo themes, with the demo articles' StreamField bodies (headings, rich
  text, tips, quotes, images, documents, Q&A), tags and related links;
- the full area division via ``import_gebieden`` from ../shared/data/gebieden when that directory exists;
- ``--platforms`` platforms with status histories through the register's services;
- ``--submissions`` coalition submissions through the coalition's services.
Idempotent: it tops up to the requested numbers. ``--print-targets`` prints the benchmark's URLs as JSON.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import inspect
import io
import json
import os
import random
import sys
import time
from pathlib import Path

import django

BASE_DIR = Path(__file__).resolve().parent.parent
GEBIEDEN_DIR = Path(os.environ.get("GEBIEDEN_DATA_DIR", BASE_DIR.parent / "shared" / "data" / "gebieden"))
SEARCH_QUERIES = ["buurtplatform", "vergadering subsidie", "stadsdeel advies bewoners"]


def log(message: str) -> None:
    print(message, flush=True)  # noqa: T201


def module_or_none(name: str):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return None


def build_articles(target: int, rng: random.Random) -> None:
    from django.db import transaction
    from django.utils import timezone

    from wagtail.signal_handlers import disable_reference_index_auto_update

    from kennisbank.cache import site_version_bumps_deferred
    from kennisbank.demo import content
    from kennisbank.demo.loader import DemoLoader
    from kennisbank.models import ArticlePage, ArticlePageRelated, ThemePage

    existing = ArticlePage.objects.count()
    if existing >= target:
        log(f"   articles: {existing} present")
        return
    loader = DemoLoader(stdout=io.StringIO())
    bodies = [(data, loader.stream(data["body"])) for data in content.ARTICLES]
    themes = list(ThemePage.objects.live().order_by("path"))
    images = {data["slug"]: loader.first_image(data["body"]) for data in content.ARTICLES}
    all_tags = sorted({tag for data in content.ARTICLES for tag in data["tags"]})
    now = timezone.now()
    started = time.monotonic()
    created_ids: list[int] = list(ArticlePage.objects.values_list("pk", flat=True))
    number = existing
    while number < target:
        # Search is indexed once at the end; the reference index (admin usage counts) is left out.
        with transaction.atomic(), disable_reference_index_auto_update(), site_version_bumps_deferred():
            for _ in range(min(250, target - number)):
                data, body = bodies[number % len(bodies)]
                theme = themes[number % len(themes)]
                published = now - datetime.timedelta(days=rng.randint(0, 900), minutes=number)
                article = ArticlePage(
                    title=f"{data['title']} ({number + 1})",
                    slug=f"{data['slug']}-{number + 1}",
                    summary=data["summary"],
                    article_type=data["article_type"],
                    audience=data["audience"],
                    last_reviewed=(published - datetime.timedelta(days=rng.randint(0, 500))).date(),
                    body=body,
                    listing_image=images[data["slug"]],
                    first_published_at=published,
                    last_published_at=published,
                    live=True,
                )
                article.tags.add(*rng.sample(all_tags, k=min(3, len(all_tags))))
                theme.add_child(instance=article)
                for sort_order, related_id in enumerate(rng.sample(created_ids, k=min(2, len(created_ids)))):
                    ArticlePageRelated.objects.create(page=article, article_id=related_id, sort_order=sort_order)
                created_ids.append(article.pk)
                number += 1
        log(f"   articles: {number}/{target} ({time.monotonic() - started:.0f} s)")


def import_area_division() -> None:
    from django.core.management import call_command, get_commands

    if "import_gebieden" not in get_commands():
        log("   area division: no import_gebieden command yet, skipped")
        return
    if not GEBIEDEN_DIR.is_dir():
        log(f"   area division: {GEBIEDEN_DIR} missing, keeping the demo buurten")
        return
    from platforms.models import Buurt

    if Buurt.objects.count() >= 500:
        log(f"   area division: {Buurt.objects.count()} buurten present")
        return
    call_command("import_gebieden", str(GEBIEDEN_DIR), stdout=io.StringIO())
    log(f"   area division: {Buurt.objects.count()} buurten")


def build_platforms(target: int, rng: random.Random) -> None:
    services = module_or_none("platforms.services")
    if services is None or not hasattr(services, "application_submit"):
        log("   platforms: register services not available, skipped")
        return
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from platforms.models import Application, Buurt, Platform, Stadsdeel

    existing = Platform.objects.count()
    if existing >= target:
        log(f"   platforms: {existing} present")
        return
    today = timezone.localdate()
    # Buurten nobody holds or applies for yet, per stadsdeel with a board.
    taken = set(Platform.objects.values_list("buurten__code", flat=True))
    free: dict[int, list] = {}
    for buurt in Buurt.objects.filter(stadsdeel__has_board=True).select_related("stadsdeel").order_by("code"):
        if buurt.code not in taken:
            free.setdefault(buurt.stadsdeel_id, []).append(buurt)
    stadsdelen = {s.pk: s for s in Stadsdeel.objects.filter(pk__in=free)}
    kinds = ["active", "active", "renewed", "expired", "revoked", "competing", "none"]
    number = existing
    with transaction.atomic():
        while number < target and any(len(b) >= 1 for b in free.values()):
            stadsdeel_id = rng.choice([pk for pk, b in free.items() if b])
            buurten = [free[stadsdeel_id].pop(0) for _ in range(min(rng.randint(1, 3), len(free[stadsdeel_id])))]
            number += 1
            platform = Platform.objects.create(
                name=f"Buurtplatform {buurten[0].name} {number}",
                slug=f"buurtplatform-{buurten[0].code.lower()}-{number}",
                description="Een verzonnen buurtplatform voor de benchmark: bewoners, initiatieven en ondernemers.",
                stadsdeel=stadsdelen[stadsdeel_id],
                coalition_member=rng.random() < 0.4,
            )
            platform.buurten.set(buurten)
            kind = kinds[number % len(kinds)]
            if kind == "none":
                continue
            _history(services, Application, platform, buurten, kind, today=today, timedelta=timedelta, n=number)
    log(f"   platforms: {Platform.objects.count()}")


def _history(services, Application, platform, buurten, kind, *, today, timedelta, n) -> None:
    years_back = {"active": 1, "renewed": 5, "expired": 5, "revoked": 2, "competing": 0}[kind]
    start = services.add_years(day=today, years=-years_back) + timedelta(days=n % 200)
    if kind == "competing":
        services.application_submit(platform=platform, buurten=buurten, submitted_on=today - timedelta(days=30))
        return
    application = services.application_submit(
        platform=platform, buurten=buurten, submitted_on=start - timedelta(days=60)
    )
    _grant(services, Application, application, on=start - timedelta(days=30), start=start, ref=f"BENCH-{n:04d}")
    status = application.status_period
    if kind == "renewed":
        renewal = services.status_renew(status=status, submitted_on=status.end_date - timedelta(days=120))
        _grant(services, Application, renewal, on=status.end_date - timedelta(days=60), start=None, ref=f"BENCH-{n}V")
    elif kind == "revoked":
        services.status_revoke(
            status=status, revoked_on=today - timedelta(days=30), reason="Gestopt: te weinig actieve leden."
        )


def _grant(services, Application, application, *, on, start, ref) -> None:
    services.advice_record(
        application=application, advice=Application.Advice.POSITIVE, advice_date=on, text="Positief advies."
    )
    kwargs = {"start_date": start} if "start_date" in inspect.signature(services.decision_record).parameters else {}
    services.decision_record(
        application=application,
        decision=Application.Decision.GRANTED,
        decision_date=on + datetime.timedelta(days=14),
        reference=ref,
        **kwargs,
    )


def build_submissions(target: int, rng: random.Random) -> None:
    from bench import submissions

    submissions.build(target=target, rng=rng, log=log)


def update_search_index() -> None:
    from django.core.management import call_command

    started = time.monotonic()
    call_command("update_index", stdout=io.StringIO())
    log(f"   search index rebuilt ({time.monotonic() - started:.0f} s)")


def print_targets() -> None:
    from django.urls import NoReverseMatch, reverse

    from kennisbank.models import ArticlePage, FaqPage, HomePage, ThemePage

    home = HomePage.objects.live().first()
    theme = ThemePage.objects.live().order_by("path").first()
    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    faq = FaqPage.objects.live().first()
    targets = {"floor": "/bench/floor/", "home": home.url if home else "/"}
    if theme:
        targets["theme"] = theme.url
    if article:
        targets["article"] = article.url
    if faq:
        targets["faq"] = faq.url
    for number, query in enumerate(SEARCH_QUERIES, start=1):
        targets[f"search-{number}"] = f"/zoeken/?q={query.replace(' ', '+')}"
    try:
        from platforms.models import Buurt, Platform

        targets["register"] = reverse("platforms:register")
        platform = Platform.objects.order_by("pk").first()
        if platform:
            targets["platform"] = reverse("platforms:platform_detail", kwargs={"slug": platform.slug})
        buurt = Buurt.objects.filter(platforms__isnull=False).order_by("code").first()
        if buurt:
            targets["buurt"] = reverse("platforms:buurt_detail", kwargs={"code": buurt.code})
        targets["map"] = reverse("platforms:map")
    except (ImportError, NoReverseMatch) as error:
        log(f"register targets unavailable: {error}")
    from django.contrib.staticfiles.storage import staticfiles_storage

    targets["static"] = staticfiles_storage.url("css/site.css")
    print(json.dumps(targets))  # noqa: T201


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--platforms", type=int, default=150)
    parser.add_argument("--submissions", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--print-targets", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.production")
    django.setup()
    if args.print_targets:
        print_targets()
        return 0

    from django.core.management import call_command

    from kennisbank.models import ArticlePage

    rng = random.Random(args.seed)  # noqa: S311 - reproducible fake data, not security
    started = time.monotonic()
    articles_before = ArticlePage.objects.count()
    log("   demo content")
    call_command("load_demo_content", stdout=io.StringIO())
    build_articles(args.articles, rng)
    import_area_division()
    build_platforms(args.platforms, rng)
    build_submissions(args.submissions, rng)
    if ArticlePage.objects.count() != articles_before:
        update_search_index()
    log(f"   corpus ready in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
