"""Fixtures for the register: a small real area division (tests/platforms/fixtures) and helpers."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from platforms import services
from platforms.gebieden import Parsed, gebieden_import, parse_path
from platforms.models import Application, Buurt, Platform, Stadsdeel

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def areas(db) -> dict[str, Buurt]:
    """AA01, AA02 (Centrum), BA01 (Westpoort), NB01, NB03 (Noord, two gebieden), SA01 (Weesp, volgnummer 2)."""
    parsed = Parsed()
    parse_path(FIXTURES / "buurten.geojson", parsed)
    parse_path(FIXTURES / "indeling.csv", parsed)
    gebieden_import(parsed=parsed, today=date(2026, 1, 1))
    return {b.code: b for b in Buurt.objects.select_related("stadsdeel")}


def make_platform(name: str, stadsdeel: str = "A", buurten: list[Buurt] | None = None, **fields) -> Platform:
    from django.utils.text import slugify

    platform = Platform.objects.create(
        name=name, slug=slugify(name), stadsdeel=Stadsdeel.objects.get(code=stadsdeel), **fields
    )
    if buurten:
        platform.buurten.set(buurten)
    return platform


def grant(platform: Platform, buurten: list[Buurt], *, start: date, user=None, **decision):
    """Submit, advise and grant in one go; returns the status period."""
    app = services.application_submit(
        platform=platform, buurten=buurten, submitted_on=start - timedelta(days=40), entered_by=user
    )
    services.advice_record(
        application=app, advice=Application.Advice.POSITIVE, advice_date=start - timedelta(days=20), entered_by=user
    )
    services.decision_record(
        application=app,
        decision=Application.Decision.GRANTED,
        decision_date=start - timedelta(days=10),
        reference="REF-1",
        start_date=start,
        entered_by=user,
        **decision,
    )
    app.refresh_from_db()
    return app.status_period
