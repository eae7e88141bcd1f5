"""Editors in the Wagtail admin: viewsets, export, read-only areas, action forms through the services, dashboard."""

import re
from datetime import date, timedelta

import pytest

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from platforms import services
from platforms.models import Application, Buurt, Platform, StatusPeriod

from .conftest import grant, make_platform

TODAY = timezone.localdate()


@pytest.fixture
def editor(db, django_user_model):
    group = Group.objects.create(name="Redactie register")
    perms = Permission.objects.filter(content_type__app_label="platforms") | Permission.objects.filter(
        codename="access_admin"
    )
    group.permissions.set(perms)
    user = django_user_model.objects.create_user("redacteur", password="pw")
    user.groups.add(group)
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_area_models_are_read_only(editor_client, areas):
    buurt = areas["AA01"]
    response = editor_client.get("/admin/buurt/")
    assert response.status_code == 200 and "Planciusbuurt-Noord" in response.content.decode()
    assert editor_client.get(f"/admin/buurt/inspect/{buurt.pk}/").status_code == 200
    for url in ("/admin/buurt/new/", f"/admin/buurt/edit/{buurt.pk}/", f"/admin/buurt/delete/{buurt.pk}/"):
        assert editor_client.get(url).status_code in {302, 403}, url
    response = editor_client.post(f"/admin/buurt/edit/{buurt.pk}/", {"name": "Gewijzigd"})
    assert response.status_code in {302, 403}
    assert Buurt.objects.get(pk=buurt.pk).name == "Planciusbuurt-Noord"


def test_platform_list_filter_search_and_export(editor_client, areas):
    make_platform("Noorderlicht", stadsdeel="N")
    make_platform("Centrumkracht", stadsdeel="A")
    html = editor_client.get("/admin/platform/", {"q": "noorder"}).content.decode()
    assert "Noorderlicht" in html and "Centrumkracht" not in html
    html = editor_client.get("/admin/platform/", {"stadsdeel": areas["AA01"].stadsdeel_id}).content.decode()
    assert "Centrumkracht" in html and "Noorderlicht" not in html
    response = editor_client.get("/admin/platform/", {"export": "csv"})
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Noorderlicht" in body and "Centrumkracht" in body
    response = editor_client.get("/admin/buurt/", {"export": "xlsx"})
    assert response.status_code == 200 and "spreadsheetml" in response["Content-Type"]


def test_platform_form_checks_work_area(editor_client, areas):
    data = {
        "name": "Gemengd",
        "slug": "gemengd",
        "stadsdeel": areas["AA01"].stadsdeel_id,
        "buurten": [areas["AA01"].pk, areas["NB01"].pk],
        "legal_form": "informal",
    }
    response = editor_client.post("/admin/platform/new/", data)
    assert response.status_code == 200 and "NB01" in response.content.decode()
    data["buurten"] = [areas["AA01"].pk]
    response = editor_client.post("/admin/platform/new/", data)
    assert response.status_code == 302
    assert editor_client.post("/admin/platform/new/", {**data, "slug": "kaart"}).status_code == 200


def test_application_create_through_service(editor_client, editor, areas):
    platform = make_platform("Aanvrager")
    response = editor_client.post(
        "/admin/application/new/",
        {"platform": platform.pk, "buurten": "aa01, AA02", "submitted_on": "2026-05-01", "note": ""},
    )
    assert response.status_code == 302
    app = Application.objects.get()
    assert app.entered_by == editor and set(app.buurten.values_list("code", flat=True)) == {"AA01", "AA02"}
    # Westpoort: a clear message on the form, nothing stored.
    haven = make_platform("Haven", stadsdeel="B")
    response = editor_client.post(
        "/admin/application/new/", {"platform": haven.pk, "buurten": "BA01", "submitted_on": "2026-05-01"}
    )
    assert response.status_code == 200 and "geen stadsdeelbestuur" in response.content.decode()
    response = editor_client.post(
        "/admin/application/new/", {"platform": haven.pk, "buurten": "ZZ99", "submitted_on": "2026-05-01"}
    )
    assert "Onbekende buurtcodes: ZZ99" in response.content.decode()
    assert Application.objects.count() == 1
    # Applications cannot be edited through the generic form.
    assert editor_client.get(f"/admin/application/edit/{app.pk}/").status_code in {302, 403}


def test_advice_and_decision_forms_record_a_grant(editor_client, editor, areas):
    app = services.application_submit(
        platform=make_platform("Besluit"), buurten=[areas["AA01"]], submitted_on=date(2026, 1, 5)
    )
    inspect = editor_client.get(f"/admin/application/inspect/{app.pk}/").content.decode()
    assert f"/admin/register/aanvraag/{app.pk}/advies/" in inspect
    # Dutch display values in the inspect view, not Python's None/False.
    assert not re.search(r">\s*(None|False|True)\s*<", inspect) and re.search(r">\s*nee\s*<", inspect)
    decision = {"decision": "granted", "decision_date": "2026-02-01", "reference": "Z-1", "start_date": ""}
    response = editor_client.post(f"/admin/register/aanvraag/{app.pk}/besluit/", decision)
    assert response.status_code == 200 and "leg eerst het advies vast" in response.content.decode()
    response = editor_client.post(
        f"/admin/register/aanvraag/{app.pk}/advies/", {"advice": "positive", "advice_date": "2026-01-20", "text": "Ja"}
    )
    assert response.status_code == 302
    response = editor_client.post(f"/admin/register/aanvraag/{app.pk}/besluit/", decision)
    assert response.status_code == 302
    status = StatusPeriod.objects.get()
    assert status.start_date == date(2026, 2, 1) and status.entered_by == editor
    app.refresh_from_db()
    assert app.decision_entered_by == editor and app.advice_entered_by == editor


def test_conflict_in_decision_form_is_a_message(editor_client, areas):
    grant(make_platform("Eerste"), [areas["AA01"]], start=date(2026, 3, 1))
    app = services.application_submit(
        platform=make_platform("Tweede"), buurten=[areas["AA01"]], submitted_on=date(2026, 4, 1)
    )
    services.advice_record(application=app, advice="positive", advice_date=date(2026, 4, 2))
    response = editor_client.post(
        f"/admin/register/aanvraag/{app.pk}/besluit/",
        {"decision": "granted", "decision_date": "2026-04-10", "reference": "Z-2"},
    )
    assert response.status_code == 200
    assert "maar één buurtplatform per buurt" in response.content.decode()
    assert StatusPeriod.objects.count() == 1


def test_renew_and_revoke_forms(editor_client, editor, areas):
    status = grant(make_platform("Lopend"), [areas["AA01"]], start=date(2026, 3, 1))
    response = editor_client.post(f"/admin/register/status/{status.pk}/verlengen/", {"submitted_on": "2029-09-01"})
    assert response.status_code == 302
    assert Application.objects.get(renews=status).entered_by == editor
    response = editor_client.post(f"/admin/register/status/{status.pk}/intrekken/", {"revoked_on": "2027-01-01"})
    assert response.status_code == 200  # reason missing
    response = editor_client.post(
        f"/admin/register/status/{status.pk}/intrekken/", {"revoked_on": "2027-01-01", "reason": "Opgeheven"}
    )
    assert response.status_code == 302
    status.refresh_from_db()
    assert status.revoked_on == date(2027, 1, 1) and status.revoked_by == editor
    assert Application.objects.get(renews=status).decision == "refused"


def test_action_forms_need_permission(client, django_user_model, areas):
    user = django_user_model.objects.create_user("lezer")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    app = services.application_submit(platform=make_platform("P"), buurten=[areas["AA01"]], submitted_on=TODAY)
    response = client.post(f"/admin/register/aanvraag/{app.pk}/advies/", {"advice": "positive", "advice_date": "x"})
    assert response.status_code in {302, 403}
    app.refresh_from_db()
    assert not app.advice


def test_dashboard_panel_shows_competing_and_expiring(editor_client, areas):
    services.application_submit(
        platform=make_platform("Noord Een", stadsdeel="N"), buurten=[areas["NB03"]], submitted_on=TODAY
    )
    services.application_submit(
        platform=make_platform("Noord Twee", stadsdeel="N"), buurten=[areas["NB03"]], submitted_on=TODAY
    )
    grant(make_platform("Bijna Om"), [areas["AA01"]], start=services.add_years(day=TODAY, years=-4) + timedelta(30))
    grant(make_platform("Nog Lang"), [areas["AA02"]], start=TODAY - timedelta(days=10))
    html = editor_client.get("/admin/").content.decode()
    assert "Concurrerende aanvragen" in html
    assert "Noord Een" in html and "Noord Twee" in html
    assert "Bijna Om" in html and "Nog Lang" not in html


def test_status_list_filter_expiring(editor_client, areas):
    grant(make_platform("Bijna Om"), [areas["AA01"]], start=services.add_years(day=TODAY, years=-4) + timedelta(30))
    grant(make_platform("Nog Lang"), [areas["AA02"]], start=TODAY - timedelta(days=10))
    html = editor_client.get("/admin/statusperiod/", {"state": "verloopt"}).content.decode()
    assert "Bijna Om" in html and "Nog Lang" not in html


def test_platform_with_history_cannot_be_deleted(editor_client, areas):
    platform = make_platform("Met geschiedenis")
    services.application_submit(platform=platform, buurten=[areas["AA01"]], submitted_on=date(2026, 1, 1))
    response = editor_client.post(f"/admin/platform/delete/{platform.pk}/", follow=True)
    assert response.redirect_chain == [(f"/admin/platform/edit/{platform.pk}/", 302)]
    assert any("kan daarom niet worden verwijderd" in str(m) for m in response.context["messages"])
    assert Platform.objects.filter(pk=platform.pk).exists()
    empty = make_platform("Leeg")
    assert editor_client.post(f"/admin/platform/delete/{empty.pk}/").status_code == 302
    assert not Platform.objects.filter(pk=empty.pk).exists()


def test_editors_group_gets_register_permissions_from_migration(db):
    from django.contrib.auth.models import Group

    codenames = set(Group.objects.get(name="Redactie").permissions.values_list("codename", flat=True))
    assert {"change_application", "change_statusperiod", "change_platform", "view_buurt"} <= codenames
    assert "change_buurt" not in codenames and "delete_platform" not in codenames


def test_every_register_field_has_a_dutch_verbose_name():
    """Explicit verbose names are lazy translations; Django's default (the field name) is a plain str."""
    from django.apps import apps
    from django.utils.functional import Promise

    missing = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_app_config("platforms").get_models()
        for field in model._meta.get_fields()
        if (field.concrete or field.many_to_many)
        and not field.auto_created
        and not isinstance(field.verbose_name, Promise)
    ]
    assert missing == []


def test_register_admin_lists_have_no_english_column_headers(editor_client, editor, areas):
    platform = make_platform("Kolommen", buurten=[areas["AA01"]])
    grant(platform, [areas["AA01"]], start=date(2026, 3, 1), user=editor)
    for url in ("/admin/platform/", "/admin/application/", "/admin/statusperiod/"):
        response = editor_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for english in ("Kind label", "Updated at", "Created at", "Entered by", "Last day", "Start date"):
            assert english not in html, (url, english)


def test_platform_work_area_is_a_checkbox_list_grouped_per_wijk(editor_client, areas):
    html = editor_client.get("/admin/platform/new/").content.decode()
    assert '<select name="buurten"' not in html
    assert 'href="/static/css/platforms_admin.css"' in html and 'class="work-area"' in html
    assert html.count('type="checkbox" name="buurten"') == Buurt.objects.filter(eind_geldigheid__isnull=True).count()
    wijk = areas["AA01"].wijk
    assert f"Centrum: wijk {wijk.name} ({wijk.code})" in html
    assert f"{areas['AA01'].name} ({areas['AA01'].code})" in html
    # A buurt that has since ended stays listed (and ticked) for the platform that has it, and only there.
    ended = areas["AA02"]
    Buurt.objects.filter(pk=ended.pk).update(eind_geldigheid=date(2026, 6, 1))
    platform = make_platform("Oud Gebied", buurten=[ended])
    assert f'name="buurten" value="{ended.pk}"' not in editor_client.get("/admin/platform/new/").content.decode()
    html = editor_client.get(f"/admin/platform/edit/{platform.pk}/").content.decode()
    assert re.search(rf'name="buurten" value="{ended.pk}"[^>]*checked', html)
