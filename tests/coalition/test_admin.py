"""Editors-only admin for submissions: permissions, list/search/filter, status changes and safe exports."""

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import Group, Permission

from coalition.models import Membership, OutgoingEmail, SignupStatus

from .factories import contact_create, platform_create, signup_create

pytestmark = pytest.mark.django_db

SIGNUPS_URL = "/admin/coalitie/aanmeldingen/"
CONTACT_URL = "/admin/coalitie/contactberichten/"
EMAILS_URL = "/admin/coalitie/e-mails/"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="redacteur", password="x")
    user.groups.add(Group.objects.get(name="Redactie"))
    return user


@pytest.fixture
def outsider(django_user_model):
    """An admin user (may use the Wagtail admin) who is not in the editors group and not a superuser."""
    user = django_user_model.objects.create_user(username="beheerder", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def hostile_signup(area, coalitions):
    return signup_create(
        stadsdeel=area["zuidoost"],
        coalitions=[coalitions["citywide"], coalitions["zuidoost"]],
        organisation_name='<script>alert("xss")</script>',
        contact_name='=HYPERLINK("http://evil.example","klik")',
        motivation="+SUM(1,2)",
        phone="-2+3",
        email="attacker@example.org",
        notes="@cmd",
    )


def test_editors_group_has_submission_permissions():
    codenames = set(Group.objects.get(name="Redactie").permissions.values_list("codename", flat=True))
    assert {"view_signup", "change_signup", "view_contactmessage", "change_contactmessage"} <= codenames
    assert "view_outgoingemail" in codenames
    assert "add_signup" not in codenames


def test_outsider_sees_no_menu_item_and_is_refused(client, outsider, hostile_signup):
    client.force_login(outsider)
    home = client.get("/admin/")
    assert home.status_code == 200
    assert "Aanmeldingen" not in home.content.decode()
    for url in [
        SIGNUPS_URL,
        f"{SIGNUPS_URL}inspect/{hostile_signup.pk}/",
        f"{SIGNUPS_URL}edit/{hostile_signup.pk}/",
        f"{SIGNUPS_URL}?export=csv",
        CONTACT_URL,
        EMAILS_URL,
    ]:
        response = client.get(url)
        assert response.status_code in {302, 403}, url
        assert b"attacker@example.org" not in response.content


def test_editor_sees_menu_and_escaped_list(client, editor, hostile_signup):
    client.force_login(editor)
    assert "Aanmeldingen" in client.get("/admin/").content.decode()
    response = client.get(SIGNUPS_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<script>alert("xss")</script>' not in html
    assert "&lt;script&gt;alert(" in html


def test_editor_inspects_detail_escaped(client, editor, hostile_signup, area):
    hostile_signup.buurten.set([area["ta01"]])
    hostile_signup.motivation = "Regel 1\n<b>Regel 2</b>"
    hostile_signup.save()
    client.force_login(editor)
    response = client.get(f"{SIGNUPS_URL}inspect/{hostile_signup.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "attacker@example.org" in html
    assert '<script>alert("xss")</script>' not in html
    assert "Regel 1<br>&lt;b&gt;Regel 2&lt;/b&gt;" in html
    assert "Hoofdcentrum-Zuidoost (TA01)" in html
    assert "Coalitie van Buurtplatformen Zuidoost" in html
    assert str(hostile_signup.form_token) not in html


def test_editor_cannot_create_submissions(client, editor):
    client.force_login(editor)
    assert client.get(f"{SIGNUPS_URL}new/").status_code in {302, 403}


def test_search_and_filter(client, editor, area, coalitions):
    signup_create(stadsdeel=area["zuidoost"], organisation_name="Platform Gaasperdam")
    signup_create(stadsdeel=area["zuidoost"], organisation_name="Bewoners Bijlmer", status=SignupStatus.DECLINED)
    client.force_login(editor)
    html = client.get(SIGNUPS_URL, {"q": "Gaasper"}).content.decode()
    assert "Platform Gaasperdam" in html and "Bewoners Bijlmer" not in html
    html = client.get(SIGNUPS_URL, {"status": "declined"}).content.decode()
    assert "Bewoners Bijlmer" in html and "Platform Gaasperdam" not in html


def test_accepting_a_signup_creates_memberships_and_links_the_register(client, editor, area, coalitions):
    platform = platform_create(name="Buurtplatform Hoofdcentrum", stadsdeel=area["zuidoost"])
    signup = signup_create(
        stadsdeel=area["zuidoost"],
        coalitions=[coalitions["citywide"], coalitions["zuidoost"]],
        organisation_name="buurtplatform hoofdcentrum ",
    )
    client.force_login(editor)
    response = client.post(f"{SIGNUPS_URL}edit/{signup.pk}/", {"status": "accepted", "notes": "Welkom!"})
    assert response.status_code == 302
    signup.refresh_from_db()
    assert signup.status == SignupStatus.ACCEPTED
    assert signup.notes == "Welkom!"
    assert signup.handled_at is not None
    memberships = Membership.objects.filter(signup=signup)
    assert {membership.coalition for membership in memberships} == {coalitions["citywide"], coalitions["zuidoost"]}
    assert {membership.platform for membership in memberships} == {platform}
    platform.refresh_from_db()
    assert platform.coalition_member is True
    # Saving again (e.g. a new note) does not duplicate memberships.
    client.post(f"{SIGNUPS_URL}edit/{signup.pk}/", {"status": "accepted", "notes": "Nog een notitie"})
    assert Membership.objects.filter(signup=signup).count() == 2


def test_in_progress_status_creates_no_membership(client, editor, area, coalitions):
    signup = signup_create(stadsdeel=area["zuidoost"], coalitions=[coalitions["citywide"]])
    client.force_login(editor)
    client.post(f"{SIGNUPS_URL}edit/{signup.pk}/", {"status": "in_progress", "notes": ""})
    signup.refresh_from_db()
    assert signup.status == SignupStatus.IN_PROGRESS
    assert signup.handled_at is None
    assert Membership.objects.count() == 0


def test_contact_status_done_starts_retention(client, editor):
    message = contact_create()
    client.force_login(editor)
    client.post(f"{CONTACT_URL}edit/{message.pk}/", {"status": "done", "notes": "Beantwoord"})
    message.refresh_from_db()
    assert message.status == "done"
    assert message.handled_at is not None


def test_xlsx_export_keeps_formulas_as_text(client, editor, hostile_signup):
    client.force_login(editor)
    response = client.get(SIGNUPS_URL, {"export": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = [cell for row in workbook.active.iter_rows() for cell in row]
    formula_cells = [cell for cell in cells if isinstance(cell.value, str) and cell.value.startswith(("=", "+"))]
    assert formula_cells, "the hostile values should be in the export"
    assert all(cell.data_type == "s" for cell in formula_cells)
    values = [cell.value for cell in cells]
    assert '<script>alert("xss")</script>' in values


def test_csv_export_neutralises_formula_cells(client, editor, hostile_signup):
    signup_create(stadsdeel=hostile_signup.stadsdeel, organisation_name="\tTab", motivation="\rCR")
    client.force_login(editor)
    response = client.get(SIGNUPS_URL, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil.example","klik")' in cells
    assert "'+SUM(1,2)" in cells
    assert "'-2+3" in cells
    assert "'@cmd" in cells
    assert "'\tTab" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    # Related values are readable, not object reprs.
    assert any("Coalitie van Buurtplatformen Amsterdam" in cell for cell in cells)


def test_editor_sees_failed_mails(client, editor, area):
    signup = signup_create(stadsdeel=area["zuidoost"])
    OutgoingEmail.objects.create(
        signup=signup,
        recipient_kind=OutgoingEmail.RecipientKind.EDITORS,
        to="redactie@example.org",
        subject="Buurtplatforminfo: test",
        body="x",
        status=OutgoingEmail.Status.FAILED,
        attempts=3,
        last_error="ConnectionRefusedError: [Errno 111] Connection refused",
    )
    client.force_login(editor)
    html = client.get(EMAILS_URL, {"status": "failed"}).content.decode()
    assert "Connection refused" in html
    assert client.get(f"{EMAILS_URL}new/").status_code in {302, 403}


def test_editor_can_edit_the_notification_addresses(client, editor):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    client.force_login(editor)
    url = f"/admin/settings/coalition/coalitionsettings/{site.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"editor_emails": "geen adres"})
    assert response.status_code == 200  # re-shown with an error
    response = client.post(url, {"editor_emails": "a@example.org\nb@example.org"})
    assert response.status_code == 302
    from coalition.models import CoalitionSettings

    assert CoalitionSettings.for_site(site).editor_email_list == ["a@example.org", "b@example.org"]


def test_stadsdeel_is_shown_by_name_in_lists_detail_filter_and_exports(client, editor, area, coalitions):
    signup = signup_create(stadsdeel=area["zuidoost"], organisation_name="Platform Gaasperdam")
    Membership.objects.create(
        coalition=coalitions["zuidoost"],
        organisation_name="Lid Zuidoost",
        stadsdeel=area["zuidoost"],
        member_since="2025-01-15",
    )
    client.force_login(editor)
    pages = {
        "list": client.get(SIGNUPS_URL).content.decode(),
        "detail": client.get(f"{SIGNUPS_URL}inspect/{signup.pk}/").content.decode(),
    }
    for name, html in pages.items():
        assert "Zuidoost" in html, name
        assert "T Zuidoost" not in html, name
    # The filter offers the stadsdelen by name, and filtering by one still works.
    assert "A Centrum" not in pages["list"] and "Centrum" in pages["list"]
    html = client.get(SIGNUPS_URL, {"stadsdeel": area["centrum"].pk}).content.decode()
    assert "Platform Gaasperdam" not in html

    rows = list(
        csv.DictReader(io.StringIO(b"".join(client.get(SIGNUPS_URL, {"export": "csv"}).streaming_content).decode()))
    )
    assert rows[0]["Stadsdeel"] == "Zuidoost"
    workbook = load_workbook(io.BytesIO(b"".join(client.get(SIGNUPS_URL, {"export": "xlsx"}).streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert "Zuidoost" in values and "T Zuidoost" not in values


def test_coalition_admin_list_shows_stadsdeel_by_name(client, admin_user, coalitions):
    client.force_login(admin_user)
    html = client.get("/admin/coalitie/coalities/").content.decode()
    assert "Coalitie van Buurtplatformen Zuidoost" in html
    assert "T Zuidoost" not in html
    assert re.search(r"<td[^>]*>\s*Zuidoost\s*</td>", html)
    # The register keeps code and name.
    assert str(coalitions["zuidoost"].stadsdeel) == "T Zuidoost"
