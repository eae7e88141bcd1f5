"""Demo content of the register: real buurten (a few wijken) and 8 fictional platforms with status histories.

``load(stdout=...)`` is idempotent and goes through the services, so the demo obeys the same rules as real data.
Dates are relative to today, so the demo keeps showing an active, an expiring, an expired and a revoked status.
The platforms, their descriptions and addresses are invented.
"""

import json
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from . import services
from .gebieden import Parsed, Record, gebieden_import
from .models import Application, Buurt, Platform, Stadsdeel

DATA = Path(__file__).parent / "demo_data" / "buurten.json"

# All of Amsterdam's stadsdelen (codes and names of the municipal area division), so forms and filters list
# them all even though the demo buurten lie in only a few. Westpoort (B) has no board (gebieden.py).
STADSDELEN = [
    ("A", "Centrum"),
    ("B", "Westpoort"),
    ("E", "West"),
    ("F", "Nieuw-West"),
    ("K", "Zuid"),
    ("M", "Oost"),
    ("N", "Noord"),
    ("S", "Weesp"),
    ("T", "Zuidoost"),
]

PLATFORMS = [
    {
        "slug": "buurtplatform-de-eilanden",
        "name": "Buurtplatform De Eilanden",
        "stadsdeel": "A",
        "buurten": ["AA02", "AA03"],
        "legal_form": Platform.LegalForm.VERENIGING,
        "coalition_member": True,
        "contact_email": "contact@eilanden.example.org",
        "description": "Bewoners van de Westelijke eilanden en het Westerdokseiland die samen de buurt leefbaar "
        "houden: van de jaarlijkse kadeschoonmaak tot overleg over de bruggen.",
        "history": "active",
    },
    {
        "slug": "buurtnetwerk-planciusbuurt",
        "name": "Buurtnetwerk Planciusbuurt",
        "stadsdeel": "A",
        "buurten": ["AA01", "AA04"],
        "legal_form": Platform.LegalForm.INFORMAL,
        "description": "Een informeel netwerk van bewonersgroepen, een speeltuinvereniging en ondernemers.",
        "history": "expiring",
    },
    {
        "slug": "spaarndammer-buurtplatform",
        "name": "Spaarndammer Buurtplatform",
        "stadsdeel": "E",
        "buurten": ["EB04", "EB05", "EB06", "EB07", "EB10"],
        "legal_form": Platform.LegalForm.STICHTING,
        "kvk_number": "00000000",
        "coalition_member": True,
        "website": "https://spaarndammer.example.org",
        "description": "Verbindt de bewonerscommissies, het buurthuis en de moestuinen in de Spaarndammerbuurt.",
        "history": "renewed",
    },
    {
        "slug": "samen-oostelijk-havengebied",
        "name": "Samen Oostelijk Havengebied",
        "stadsdeel": "M",
        "buurten": ["MA01", "MA02", "MA03"],
        "legal_form": Platform.LegalForm.VERENIGING,
        "description": "Bewoners van Java-eiland, KNSM-eiland en de Oostelijke Handelskade.",
        "history": "expired",
    },
    {
        "slug": "buurtplatform-cornelis-douwes",
        "name": "Buurtplatform Cornelis Douwes",
        "stadsdeel": "N",
        "buurten": ["NB01", "NB02"],
        "legal_form": Platform.LegalForm.INFORMAL,
        "description": "Een groep bewoners en werkplaatsen op het Cornelis Douwesterrein.",
        "history": "revoked",
    },
    {
        "slug": "ndsm-buurtnetwerk",
        "name": "NDSM Buurtnetwerk",
        "stadsdeel": "N",
        "buurten": ["NB03", "NB04"],
        "legal_form": Platform.LegalForm.STICHTING,
        "description": "Kunstenaars, bewoners en ondernemers rond de voormalige werf.",
        "history": "competing",
    },
    {
        "slug": "buiksloterham-samen",
        "name": "Buiksloterham Samen",
        "stadsdeel": "N",
        "buurten": ["NB04", "NB05"],
        "legal_form": Platform.LegalForm.VERENIGING,
        "contact_email": "hallo@buiksloterham-samen.example.org",
        "description": "Nieuwe en oude bewoners van Buiksloterham die elkaar willen leren kennen.",
        "history": "competing",
    },
    {
        "slug": "venserpolder-verbindt",
        "name": "Venserpolder Verbindt",
        "stadsdeel": "T",
        "buurten": ["TB01", "TB02"],
        "legal_form": Platform.LegalForm.STICHTING,
        "coalition_member": True,
        "description": "Een platform van bewoners, geloofsgemeenschappen en sportclubs in de Venserpolder.",
        "history": "active",
    },
]


def _years_ago(today: date, years: int, days: int = 0) -> date:
    return services.add_years(day=today, years=-years) + timedelta(days=days)


def load_buurten(*, stdout: TextIO) -> None:
    """Load the demo buurten (idempotent; never ends buurten that are not in the demo set)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    parsed = Parsed()
    for b in data["buurten"]:
        sd_code, sd_name = b["stadsdeel"]
        parsed.add("stadsdelen", Record(code=sd_code, name=sd_name, begin=date.fromisoformat(b["begin"])))
        wijk_code, wijk_name, wijk_cbs, wijk_id = b["wijk"]
        parent = {"stadsdeel_code": sd_code, "wijk_code": wijk_code}
        parsed.add(
            "wijken",
            Record(code=wijk_code, name=wijk_name, cbs_code=wijk_cbs, identificatie=wijk_id, parent=parent),
        )
        if b["gebied"]:
            ggw_code, ggw_name, ggw_id = b["gebied"]
            parsed.add("ggwgebieden", Record(code=ggw_code, name=ggw_name, identificatie=ggw_id, parent=parent))
            parent = {**parent, "ggw_code": ggw_code}
        parsed.add(
            "buurten",
            Record(
                code=b["code"],
                name=b["name"],
                identificatie=b["identificatie"],
                volgnummer=b["volgnummer"],
                cbs_code=b["cbs_code"],
                begin=date.fromisoformat(b["begin"]),
                parent=parent,
                geometry=b["geometry"],
            ),
        )
    for sd_code, sd_name in STADSDELEN:
        if sd_code not in parsed.levels["stadsdelen"]:
            parsed.add("stadsdelen", Record(code=sd_code, name=sd_name))
    report = gebieden_import(parsed=parsed, today=timezone.localdate(), complete=False)
    for line in report.lines():
        stdout.write(f"  {line}\n")


def _grant(app: Application, *, on: date, start: date | None, user, reference: str) -> None:
    services.advice_record(
        application=app,
        advice=Application.Advice.POSITIVE,
        advice_date=on,
        text="De stadsdeelcommissie adviseert positief.",
        entered_by=user,
    )
    services.decision_record(
        application=app,
        decision=Application.Decision.GRANTED,
        decision_date=on + timedelta(days=14),
        reference=reference,
        start_date=start,
        entered_by=user,
    )


def _history(platform: Platform, kind: str, *, today: date, user, number: int) -> None:
    buurten = list(platform.buurten.select_related("stadsdeel"))
    if kind == "competing":
        services.application_submit(
            platform=platform, buurten=buurten, submitted_on=today - timedelta(days=30 + number), entered_by=user
        )
        return
    starts = {
        "active": _years_ago(today, 1),
        "expiring": _years_ago(today, 4, days=90),
        "renewed": _years_ago(today, 5),
        "expired": _years_ago(today, 5),
        "revoked": _years_ago(today, 2),
    }
    start = starts[kind]
    ref = f"DEMO-{start.year}-{number:03d}"
    app = services.application_submit(
        platform=platform, buurten=buurten, submitted_on=start - timedelta(days=60), entered_by=user
    )
    _grant(app, on=start - timedelta(days=30), start=start, user=user, reference=ref)
    status = app.status_period
    if kind == "renewed":
        renewal = services.status_renew(
            status=status, submitted_on=status.end_date - timedelta(days=120), entered_by=user
        )
        _grant(renewal, on=status.end_date - timedelta(days=60), start=None, user=user, reference=f"{ref}-V")
    elif kind == "revoked":
        services.status_revoke(
            status=status,
            revoked_on=today - timedelta(days=60),
            reason="Het platform is gestopt: te weinig actieve leden om de taken van de status uit te voeren.",
            entered_by=user,
        )


@transaction.atomic
def load(*, stdout: TextIO) -> None:
    """Load the demo buurten and platforms; a second run changes nothing."""
    stdout.write("Register van buurtplatformen: demobuurten\n")
    load_buurten(stdout=stdout)
    user = get_user_model().objects.filter(username="redactie").first()
    today = timezone.localdate()
    created = 0
    for number, spec in enumerate(PLATFORMS, start=1):
        if Platform.objects.filter(slug=spec["slug"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in {"buurten", "history", "stadsdeel"}}
        platform = Platform.objects.create(stadsdeel=Stadsdeel.objects.get(code=spec["stadsdeel"]), **fields)
        platform.buurten.set(Buurt.objects.filter(code__in=spec["buurten"]))
        _history(platform, spec["history"], today=today, user=user, number=number)
        created += 1
    stdout.write(f"  buurtplatformen: {created} nieuw, {len(PLATFORMS) - created} al aanwezig\n")
    services.map_invalidate()
