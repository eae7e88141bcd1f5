"""Small factories for the coalition tests: a slice of the area division, coalitions, pages and submissions."""

import uuid

from wagtail.models import Page, Site

from coalition.models import (
    Coalition,
    ContactFormPage,
    ContactMessage,
    ContactTopic,
    MemberKind,
    Signup,
    SignupFormPage,
)
from coalition.spam import form_token_issue
from platforms.models import Buurt, Platform, Stadsdeel, Wijk


def area_create() -> dict:
    """Zuidoost (T) with two buurten, Centrum (A) with one, and Westpoort (B, no board)."""
    zuidoost = Stadsdeel.objects.create(code="T", name="Zuidoost")
    centrum = Stadsdeel.objects.create(code="A", name="Centrum")
    westpoort = Stadsdeel.objects.create(code="B", name="Westpoort", has_board=False)
    wijk_ta = Wijk.objects.create(code="TA", name="Amstel III/Bullewijk", stadsdeel=zuidoost)
    wijk_aa = Wijk.objects.create(code="AA", name="Haarlemmerbuurt", stadsdeel=centrum)
    ta01 = Buurt.objects.create(code="TA01", name="Hoofdcentrum-Zuidoost", wijk=wijk_ta, stadsdeel=zuidoost)
    ta02 = Buurt.objects.create(code="TA02", name="Amstel III deel C/D-Noord", wijk=wijk_ta, stadsdeel=zuidoost)
    aa01 = Buurt.objects.create(code="AA01", name="Planciusbuurt-Noord", wijk=wijk_aa, stadsdeel=centrum)
    return {"zuidoost": zuidoost, "centrum": centrum, "westpoort": westpoort, "ta01": ta01, "ta02": ta02, "aa01": aa01}


def coalitions_create(*, zuidoost: Stadsdeel) -> dict:
    return {
        "citywide": Coalition.objects.create(
            name="Coalitie van Buurtplatformen Amsterdam", slug="amsterdam", is_citywide=True
        ),
        "zuidoost": Coalition.objects.create(
            name="Coalitie van Buurtplatformen Zuidoost", slug="zuidoost", stadsdeel=zuidoost
        ),
    }


def platform_create(*, name: str, stadsdeel: Stadsdeel) -> Platform:
    return Platform.objects.create(name=name, slug=name.lower().replace(" ", "-"), stadsdeel=stadsdeel)


def form_pages_create() -> dict:
    root = Site.objects.get(is_default_site=True).root_page
    signup = root.add_child(
        instance=SignupFormPage(
            title="Aanmelden bij de coalitie",
            slug="aanmelden",
            intro="<p>Inleiding van de redactie voor aanmelders.</p>",
            thank_you_title="Hartelijk dank voor je aanmelding",
            thank_you_text="<p>Bedanktekst van de redactie.</p>",
        )
    )
    contact = root.add_child(
        instance=ContactFormPage(
            title="Contact met de redactie",
            slug="contact",
            intro="<p>Inleiding voor het contactformulier.</p>",
            thank_you_title="Dank voor je bericht",
            thank_you_text="<p>We lezen alles.</p>",
        )
    )
    return {"signup": signup, "contact": contact, "root": Page.objects.get(pk=root.pk)}


def signup_data(area: dict, **overrides) -> dict:
    data = {
        "form_token": form_token_issue(kind="signup"),
        "organisation_name": "Buurtplatform Hoofdcentrum",
        "kind": MemberKind.PLATFORM,
        "stadsdeel": str(area["zuidoost"].pk),
        "buurten": "TA01, Amstel III deel C/D-Noord",
        "contact_name": "Test Persoon",
        "email": "test@example.org",
        "phone": "+31 20 123 4567",
        "website": "https://buurt.example.org",
        "coalitions": ["citywide", "stadsdeel"],
        "motivation": "Wij willen samenwerken met andere buurtplatformen.",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def contact_data(**overrides) -> dict:
    data = {
        "form_token": form_token_issue(kind="contact"),
        "name": "Test Bezoeker",
        "email": "bezoeker@example.org",
        "topic": ContactTopic.QUESTION,
        "message": "Hoe vraag ik de buurtplatformstatus aan?",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def signup_create(*, stadsdeel: Stadsdeel, coalitions=(), **fields) -> Signup:
    values = {
        "form_token": uuid.uuid4(),
        "organisation_name": "Bewonersgroep Test",
        "kind": MemberKind.RESIDENTS,
        "stadsdeel": stadsdeel,
        "contact_name": "Geheime Contactpersoon",
        "email": "geheim@example.org",
        "phone": "0201234567",
        "motivation": "Motivatie",
        "consent": True,
    }
    values.update(fields)
    signup = Signup.objects.create(**values)
    signup.coalitions.set(coalitions)
    return signup


def contact_create(**fields) -> ContactMessage:
    values = {
        "form_token": uuid.uuid4(),
        "name": "Bezoeker",
        "email": "b@example.org",
        "topic": ContactTopic.OTHER,
        "message": "Bericht",
        "consent": True,
    }
    values.update(fields)
    return ContactMessage.objects.create(**values)
