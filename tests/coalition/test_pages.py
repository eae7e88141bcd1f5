"""The form pages: editor texts, POST/redirect/GET, error states, headers, size limit and the CSRF page."""

import re

import pytest

from django.core import mail
from django.test import Client

from coalition.models import ContactMessage, OutgoingEmail, Signup
from platforms.models import Stadsdeel

from .factories import contact_data, signup_data

pytestmark = pytest.mark.django_db


def test_signup_page_renders_editor_intro_and_form(client, pages, coalitions):
    response = client.get("/aanmelden/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Inleiding van de redactie voor aanmelders." in html
    assert html.count("<h1") == 1
    assert 'name="form_token"' in html
    assert '<label for="id_homepage_url">Laat dit veld leeg</label>' in html
    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html


def test_editing_intro_changes_the_page(client, pages, coalitions):
    page = pages["signup"]
    page.intro = "<p>Nieuwe tekst van de redactie</p>"
    page.save_revision().publish()
    assert "Nieuwe tekst van de redactie" in client.get("/aanmelden/").content.decode()


@pytest.mark.parametrize("url", ["/aanmelden/", "/contact/", "/aanmelden/bedankt/", "/contact/bedankt/"])
def test_form_pages_are_never_cached(client, pages, url):
    response = client.get(url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control


def test_thanks_page_renders_editor_texts(client, pages):
    html = client.get("/aanmelden/bedankt/").content.decode()
    assert "Hartelijk dank voor je aanmelding" in html
    assert "Bedanktekst van de redactie." in html
    html = client.get("/contact/bedankt/").content.decode()
    assert "Dank voor je bericht" in html and "We lezen alles." in html


def test_valid_signup_is_stored_and_redirects_303(post, pages, coalitions, area, editors):
    response = post("/aanmelden/", signup_data(area))
    assert response.status_code == 303
    assert response["Location"] == "/aanmelden/bedankt/"
    assert "no-store" in response["Cache-Control"]
    signup = Signup.objects.get()
    assert signup.organisation_name == "Buurtplatform Hoofdcentrum"
    assert set(signup.buurten.values_list("code", flat=True)) == {"TA01", "TA02"}
    assert set(signup.coalitions.all()) == {coalitions["citywide"], coalitions["zuidoost"]}
    # A confirmation to the sender and a notification to the editors.
    assert sorted(tuple(message.to) for message in mail.outbox) == [
        ("redactie@example.org", "redactie2@example.org"),
        ("test@example.org",),
    ]
    assert OutgoingEmail.objects.filter(signup=signup, status=OutgoingEmail.Status.SENT).count() == 2


def test_valid_contact_is_stored_and_mailed_to_editors(post, pages, editors):
    response = post("/contact/", contact_data())
    assert response.status_code == 303
    assert response["Location"] == "/contact/bedankt/"
    message = ContactMessage.objects.get()
    assert message.topic == "question"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("Buurtplatforminfo")
    assert mail.outbox[0].reply_to == ["bezoeker@example.org"]


def test_errors_are_linked_summarised_and_values_kept(client, pages, coalitions, area):
    data = signup_data(area, email="geen-adres", motivation="", kind=None, organisation_name="Één 🏘️ שלום")
    response = client.post("/aanmelden/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert Signup.objects.count() == 0
    assert "<title>Fout:" in html
    # The summary links to each field.
    assert 'href="#id_email"' in html and 'href="#id_motivation"' in html and 'href="#id_kind_0"' in html
    # Each error sits next to its field and is referenced by it.
    assert 'id="id_email-error"' in html
    assert re.search(r'<input[^>]*aria-describedby="id_email-error id_email-hint"[^>]*aria-invalid="true"', html) or (
        re.search(r'<input[^>]*aria-invalid="true"[^>]*aria-describedby="id_email-error id_email-hint"', html)
    )
    assert 'id="id_motivation-error"' in html
    assert re.search(r'<fieldset[^>]*aria-describedby="id_kind-error"', html)
    # Typed values are kept, emoji/accents/RTL intact.
    assert 'value="Één 🏘️ שלום"' in html
    assert 'value="geen-adres"' in html


def test_radio_and_checkbox_groups_have_fieldset_and_legend(client, pages, coalitions):
    html = client.get("/aanmelden/").content.decode()
    assert re.search(r"<fieldset[^>]*>\s*<legend[^>]*>Wat voor organisatie is het\?</legend>", html)
    assert re.search(r"<fieldset[^>]*>\s*<legend[^>]*>Bij welke coalitie wil je je aanmelden\?</legend>", html)


def test_script_in_input_is_escaped_when_shown_again(client, pages, coalitions, area):
    data = signup_data(area, organisation_name='<script>alert("x")</script>', email="fout")
    html = client.post("/aanmelden/", data).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_huge_body_gets_dutch_413_and_nothing_is_stored(client, pages, coalitions, area):
    data = signup_data(area, motivation="x" * (1024 * 1024))
    response = client.post("/aanmelden/", data)
    assert response.status_code == 413
    assert "Je bericht is te groot" in response.content.decode()
    assert Signup.objects.count() == 0


def test_csrf_failure_shows_dutch_explanation(pages):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post("/contact/", contact_data())
    assert response.status_code == 403
    html = response.content.decode()
    assert "Je formulier kon niet worden verstuurd" in html
    assert "Wat kun je doen?" in html
    assert ContactMessage.objects.count() == 0


def test_other_methods_are_refused(client, pages):
    assert client.put("/contact/").status_code == 405


def test_no_personal_data_on_thanks_page(post, pages, coalitions, area, editors):
    response = post("/aanmelden/", signup_data(area), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "test@example.org" not in html
    assert "Test Persoon" not in html


def test_body_over_django_limit_with_csrf_is_refused_not_500(pages):
    csrf_client = Client(enforce_csrf_checks=True)
    html = csrf_client.get("/contact/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = contact_data(message="x" * (3 * 1024 * 1024), csrfmiddlewaretoken=token)
    response = csrf_client.post("/contact/", data)
    # Django refuses bodies over DATA_UPLOAD_MAX_MEMORY_SIZE while the CSRF check reads them.
    assert response.status_code == 400
    assert ContactMessage.objects.count() == 0


def test_post_with_csrf_token_succeeds(pages, editors):
    csrf_client = Client(enforce_csrf_checks=True)
    html = csrf_client.get("/contact/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = csrf_client.post("/contact/", contact_data(csrfmiddlewaretoken=token))
    assert response.status_code == 303
    assert ContactMessage.objects.count() == 1


def test_every_field_at_its_limit_in_emoji_is_accepted(post, pages, coalitions, area, editors):
    emoji = "🏘"
    data = signup_data(
        area,
        organisation_name=emoji * 200,
        buurten="TA01, " + emoji * 1990,
        contact_name=emoji * 150,
        motivation=emoji * 3000,
    )
    response = post("/aanmelden/", data)
    assert response.status_code == 303
    signup = Signup.objects.get()
    assert signup.motivation == emoji * 3000
    assert signup.organisation_name == emoji * 200


def test_stadsdeel_dropdown_lists_every_stadsdeel_with_a_board_by_code(client, pages, area, coalitions):
    # Stadsdelen without any buurt in the register are offered too; name order would differ from code order.
    for code, name in [("N", "Noord"), ("E", "West"), ("F", "Nieuw-West")]:
        Stadsdeel.objects.create(code=code, name=name)
    html = client.get("/aanmelden/").content.decode()
    select = re.search(r'<select name="stadsdeel".*?</select>', html, re.S).group(0)
    options = re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', select)
    assert options == ["Centrum", "West", "Nieuw-West", "Noord", "Zuidoost"]
    assert "Westpoort" not in select  # no board
