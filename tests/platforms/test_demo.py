"""The demo content: idempotent, real buurten, 8 fictional platforms covering every state."""

from io import StringIO

from platforms import demo, selectors
from platforms.models import Application, Buurt, Platform, Stadsdeel, StatusPeriod


def test_demo_load_is_idempotent_and_covers_every_state(db, django_user_model):
    django_user_model.objects.create_user("redactie")
    demo.load(stdout=StringIO())
    counts = (
        Buurt.objects.count(),
        Platform.objects.count(),
        Application.objects.count(),
        StatusPeriod.objects.count(),
    )
    out = StringIO()
    demo.load(stdout=out)
    assert "0 nieuw, 8 al aanwezig" in out.getvalue()
    assert counts == (
        Buurt.objects.count(),
        Platform.objects.count(),
        Application.objects.count(),
        StatusPeriod.objects.count(),
    )
    assert 20 <= counts[0] <= 60 and counts[1] == 8
    assert list(Stadsdeel.objects.order_by("code").values_list("code", "name", "has_board")) == [
        ("A", "Centrum", True),
        ("B", "Westpoort", False),
        ("E", "West", True),
        ("F", "Nieuw-West", True),
        ("K", "Zuid", True),
        ("M", "Oost", True),
        ("N", "Noord", True),
        ("S", "Weesp", True),
        ("T", "Zuidoost", True),
    ]
    assert [code for code, _name in selectors.stadsdeel_choices()] == list("AEFKMNST")
    assert Buurt.objects.get(code="AA01").name == "Planciusbuurt-Noord"
    statuses = {p.slug: p for p in selectors.platform_list()}
    assert statuses["buurtplatform-de-eilanden"].current_last_day is not None
    assert {p.slug for p in selectors.platform_list(status="verloopt")} == {"buurtnetwerk-planciusbuurt"}
    assert {p.slug for p in selectors.platform_list(status="verlopen")} == {"samen-oostelijk-havengebied"}
    assert {p.slug for p in selectors.platform_list(status="ingetrokken")} == {"buurtplatform-cornelis-douwes"}
    assert StatusPeriod.objects.filter(revoked_on__isnull=False).count() == 1
    assert {a.platform.slug for a in selectors.applications_competing()} == {
        "ndsm-buurtnetwerk",
        "buiksloterham-samen",
    }
    assert Application.objects.filter(renews__isnull=False, decision="granted").count() == 1
    assert set(Application.objects.values_list("entered_by__username", flat=True)) == {"redactie"}


def test_demo_load_without_redactie_user(db):
    demo.load(stdout=StringIO())
    assert not Application.objects.filter(entered_by__isnull=False).exists()
