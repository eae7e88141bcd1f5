"""Public coalition pages: the list of coalitions and each coalition's members, without personal data."""

from datetime import date

import pytest

from coalition.models import Membership

from .factories import platform_create, signup_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(area, coalitions):
    signup = signup_create(
        stadsdeel=area["zuidoost"],
        organisation_name="Bewonersgroep Test",
        contact_name="Geheime Contactpersoon",
        email="geheim@example.org",
        phone="0201234567",
    )
    Membership.objects.create(
        coalition=coalitions["zuidoost"],
        organisation_name="Bewonersgroep Test",
        kind="residents",
        stadsdeel=area["zuidoost"],
        signup=signup,
        member_since=date(2026, 1, 1),
    )
    Membership.objects.create(
        coalition=coalitions["citywide"],
        organisation_name="Buurtplatform Register",
        platform=platform_create(name="Buurtplatform Register", stadsdeel=area["zuidoost"]),
        member_since=date(2026, 1, 1),
    )


def test_coalition_index_lists_coalitions_with_counts(client, members):
    response = client.get("/coalitie/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Coalitie van Buurtplatformen Amsterdam" in html
    assert "Coalitie van Buurtplatformen Zuidoost" in html
    assert 'href="/coalitie/zuidoost/"' in html
    assert "1 lid" in html


def test_coalition_detail_lists_members_without_personal_data(client, members):
    response = client.get("/coalitie/zuidoost/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bewonersgroep Test" in html
    assert "Bewonersorganisatie die naar de rol van buurtplatform toegroeit" in html
    for secret in ["Geheime Contactpersoon", "geheim@example.org", "0201234567"]:
        assert secret not in html
    crumbs = html.split('<ol class="breadcrumbs__list">')[1].split("</ol>")[0]
    assert 'href="/">Home</a>' in crumbs and 'href="/coalitie/">Coalities</a>' in crumbs


def test_citywide_members(client, members):
    html = client.get("/coalitie/amsterdam/").content.decode()
    assert "Buurtplatform Register" in html
    assert "Bewonersgroep Test" not in html


def test_unknown_coalition_is_404(client, members):
    assert client.get("/coalitie/bestaat-niet/").status_code == 404


def test_coalition_description_is_shown(client, members, coalitions):
    coalitions["zuidoost"].description = "Samen sterk in Zuidoost."
    coalitions["zuidoost"].save()
    assert "Samen sterk in Zuidoost." in client.get("/coalitie/zuidoost/").content.decode()
