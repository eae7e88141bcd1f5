"""coalition.demo.load: the form pages, coalitions, members and settings, idempotent."""

import io

import pytest

from wagtail.models import Site

from coalition import demo
from coalition.models import (
    Coalition,
    CoalitionSettings,
    ContactFormPage,
    ContactMessage,
    Membership,
    Signup,
    SignupFormPage,
)

pytestmark = pytest.mark.django_db


def test_demo_load_is_idempotent(client):
    demo.load(stdout=io.StringIO())
    demo.load(stdout=io.StringIO())
    assert SignupFormPage.objects.get().slug == "aanmelden"
    assert ContactFormPage.objects.get().slug == "contact"
    assert Coalition.objects.filter(is_citywide=True).count() == 1
    assert Coalition.objects.get(slug="zuidoost").stadsdeel.name == "Zuidoost"
    assert Membership.objects.count() == 5
    assert Signup.objects.count() == 1 and ContactMessage.objects.count() == 1
    site = Site.objects.get(is_default_site=True)
    assert CoalitionSettings.for_site(site).editor_email_list == ["redactie@example.org"]
    signup_page = client.get("/aanmelden/")
    assert signup_page.status_code == 200
    # Without the register's demo (no buurten at all) the form still offers the stadsdeel the demo needs.
    assert ">Zuidoost</option>" in signup_page.content.decode()
    assert client.get("/contact/").status_code == 200
    assert "Buurtplatform Zuidoost-Midden" in client.get("/coalitie/zuidoost/").content.decode()
