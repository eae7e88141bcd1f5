"""Demo content for the coalition app; ``kennisbank``'s ``load_demo_content`` calls ``load`` after the home page.

Idempotent: pages are found by slug, rows by natural keys or fixed tokens. All organisations and people here are
fictional.
"""

import uuid
from datetime import date, timedelta

from django.utils import timezone

from wagtail.models import Page, Site

from platforms.models import Stadsdeel

from .models import (
    Coalition,
    CoalitionSettings,
    ContactFormPage,
    ContactMessage,
    ContactStatus,
    ContactTopic,
    MemberKind,
    Membership,
    Signup,
    SignupFormPage,
)

SIGNUP_INTRO = (
    "<p>Is jullie groep een buurtplatform, of een bewonersorganisatie die naar die rol toegroeit? Meld je dan "
    "aan als lid van de Coalitie van Buurtplatformen Amsterdam, van de coalitie in je stadsdeel, of van allebei. "
    "Leden wisselen kennis en ervaring uit en trekken samen op richting gemeente en stadsdelen.</p>"
)
SIGNUP_THANKS = (
    "<p>We hebben je aanmelding ontvangen en sturen je een bevestiging per e-mail. De redactie van Stichting "
    "!WOON bekijkt je aanmelding en neemt daarna contact met je op.</p>"
)
CONTACT_INTRO = (
    "<p>Heb je een idee of aanvulling voor de kennisbank, wil je een voorbeeld uit je eigen buurt delen of heb je "
    "een vraag? Stuur de redactie van Stichting !WOON een bericht.</p>"
)
CONTACT_THANKS = "<p>Dank je wel voor je bericht. De redactie leest alles en reageert als dat nodig is.</p>"

# (coalition slug, fictional organisation, kind, works in Zuidoost)
MEMBERS = [
    ("amsterdam", "Buurtplatform Voorbeeldbuurt", MemberKind.PLATFORM, False),
    ("amsterdam", "Bewonersgroep De Lindenhof", MemberKind.RESIDENTS, False),
    ("amsterdam", "Buurtplatform Zuidoost-Midden", MemberKind.PLATFORM, True),
    ("zuidoost", "Buurtplatform Zuidoost-Midden", MemberKind.PLATFORM, True),
    ("zuidoost", "Bewonersnetwerk Plein Oost", MemberKind.RESIDENTS, True),
]

DEMO_SIGNUP_TOKEN = uuid.UUID("00000000-0000-4000-8000-00000000d001")
DEMO_CONTACT_TOKEN = uuid.UUID("00000000-0000-4000-8000-00000000d002")


def _form_page(root: Page, model, *, slug: str, title: str, intro: str, thanks: str, stdout) -> Page:
    existing = root.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(title=title, slug=slug, intro=intro, thank_you_title="Bedankt!", thank_you_text=thanks)
    root.add_child(instance=page)
    page.save_revision().publish()
    stdout.write(f"  Pagina /{slug}/ aangemaakt\n")
    return page


def load(*, stdout) -> None:
    """Create the form pages, coalitions, members, editors' addresses and two demo submissions."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise RuntimeError("No default Site: create the home page first.")
    root = site.root_page
    _form_page(
        root,
        SignupFormPage,
        slug="aanmelden",
        title="Aanmelden bij de coalitie",
        intro=SIGNUP_INTRO,
        thanks=SIGNUP_THANKS,
        stdout=stdout,
    )
    _form_page(
        root,
        ContactFormPage,
        slug="contact",
        title="Contact met de redactie",
        intro=CONTACT_INTRO,
        thanks=CONTACT_THANKS,
        stdout=stdout,
    )

    # Stadsdeel T is Zuidoost in the municipality's area division; the register's import fills in the rest.
    zuidoost, _ = Stadsdeel.objects.get_or_create(code="T", defaults={"name": "Zuidoost"})
    coalitions = {
        "amsterdam": Coalition.objects.get_or_create(
            slug="amsterdam",
            defaults={
                "name": "Coalitie van Buurtplatformen Amsterdam",
                "is_citywide": True,
                "description": "De stedelijke coalitie: buurtplatformen uit heel Amsterdam werken samen.",
            },
        )[0],
        "zuidoost": Coalition.objects.get_or_create(
            slug="zuidoost",
            defaults={
                "name": "Coalitie van Buurtplatformen Zuidoost",
                "stadsdeel": zuidoost,
                "description": "De buurtplatformen en bewonersorganisaties in stadsdeel Zuidoost.",
            },
        )[0],
    }
    for slug, name, kind, in_zuidoost in MEMBERS:
        Membership.objects.get_or_create(
            coalition=coalitions[slug],
            organisation_name=name,
            defaults={"kind": kind, "member_since": date(2025, 1, 15), "stadsdeel": zuidoost if in_zuidoost else None},
        )

    settings = CoalitionSettings.for_site(site)
    if not settings.editor_emails:
        settings.editor_emails = "redactie@example.org"
        settings.save()

    if not Signup.objects.filter(form_token=DEMO_SIGNUP_TOKEN).exists():
        signup = Signup.objects.create(
            form_token=DEMO_SIGNUP_TOKEN,
            organisation_name="Bewonersnetwerk Bijlmerpark",
            kind=MemberKind.RESIDENTS,
            stadsdeel=zuidoost,
            buurten_other="Bijlmerpark (voorbeeld)",
            contact_name="Voorbeeld Bewoner",
            email="bewoner@example.org",
            motivation="Wij willen leren van andere buurtplatformen en groeien naar die rol toe.",
            consent=True,
        )
        signup.coalitions.set([coalitions["zuidoost"]])
    if not ContactMessage.objects.filter(form_token=DEMO_CONTACT_TOKEN).exists():
        ContactMessage.objects.create(
            form_token=DEMO_CONTACT_TOKEN,
            name="Voorbeeld Bezoeker",
            email="bezoeker@example.org",
            topic=ContactTopic.IDEA,
            message="Een artikel over het verdelen van een klein budget zou ons helpen.",
            consent=True,
            status=ContactStatus.DONE,
            handled_at=timezone.now() - timedelta(days=3),
        )
    stdout.write(f"  Coalitie: {Coalition.objects.count()} coalities, {Membership.objects.count()} lidmaatschappen\n")
