"""Honeypot, minimum fill time, token checks, rate limit and the double-submit guard."""

import re
import time

import pytest

from django.core import mail, signing

from coalition.models import ContactMessage, Signup
from coalition.spam import form_token_issue

from .factories import contact_data, signup_data

pytestmark = pytest.mark.django_db


def issue_token_aged(monkeypatch, *, kind: str, seconds: int) -> str:
    """A token as if the form had been served ``seconds`` ago."""
    real_time = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - seconds)
    token = form_token_issue(kind=kind)
    monkeypatch.setattr(signing.time, "time", real_time)
    return token


def test_honeypot_post_is_not_stored_and_looks_successful(post, pages, editors):
    response = post("/contact/", contact_data(homepage_url="http://spam.example"))
    assert response.status_code == 303
    assert response["Location"] == "/contact/bedankt/"
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_valid_post_faster_than_minimum_fill_time_is_shown_again_to_check(post, pages, editors, settings, monkeypatch):
    settings.COALITION_FORM_MIN_SECONDS = 3
    data = contact_data(name="Snelle Invuller", message="Met autofill ingevuld.")
    response = post("/contact/", data)
    html = response.content.decode()
    # Not a fake thank-you and not thrown away: the form comes back, filled in, with a neutral notice.
    assert response.status_code == 200
    assert "Controleer je gegevens" in html
    assert "nog niet verstuurd" in html
    assert 'role="status"' in html
    assert 'value="Snelle Invuller"' in html and "Met autofill ingevuld." in html
    assert "error-summary" not in html  # nothing is wrong with what they typed
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []
    fresh = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    assert fresh != data["form_token"]

    # Sending the form again after a moment stores it.
    real_time = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() + 10)
    response = post("/contact/", {**data, "form_token": fresh})
    assert response.status_code == 303
    assert ContactMessage.objects.get().name == "Snelle Invuller"


@pytest.mark.parametrize("overrides", [{"name": "", "email": "", "message": "", "consent": None}, {"email": "geen"}])
def test_invalid_post_faster_than_minimum_fill_time_shows_field_errors(post, pages, settings, overrides):
    settings.COALITION_FORM_MIN_SECONDS = 3
    response = post("/contact/", contact_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Controleer het formulier" in html
    assert 'aria-invalid="true"' in html
    assert ContactMessage.objects.count() == 0


def test_honeypot_post_faster_than_minimum_fill_time_still_gets_silent_thanks(post, pages, settings):
    settings.COALITION_FORM_MIN_SECONDS = 3
    response = post("/contact/", contact_data(homepage_url="http://spam.example"))
    assert response.status_code == 303
    assert response["Location"] == "/contact/bedankt/"
    assert ContactMessage.objects.count() == 0


def test_double_submit_within_minimum_fill_time_of_a_stored_form_is_recognised(post, pages, editors, settings):
    data = contact_data()
    assert post("/contact/", data).status_code == 303
    settings.COALITION_FORM_MIN_SECONDS = 3600  # the same token now counts as "too fast"
    response = post("/contact/", data)
    assert response.status_code == 303
    assert response["Location"] == "/contact/bedankt/"
    assert ContactMessage.objects.count() == 1


def test_post_after_minimum_fill_time_is_stored(post, pages, editors, settings, monkeypatch):
    settings.COALITION_FORM_MIN_SECONDS = 3
    token = issue_token_aged(monkeypatch, kind="contact", seconds=10)
    response = post("/contact/", contact_data(form_token=token))
    assert response.status_code == 303
    assert ContactMessage.objects.count() == 1


@pytest.mark.parametrize("token", ["", "rommel", "0000:abc:def"])
def test_missing_or_forged_token_is_dropped(post, pages, token):
    response = post("/contact/", contact_data(form_token=token))
    assert response.status_code == 303
    assert ContactMessage.objects.count() == 0


def test_token_of_the_other_form_is_rejected(post, pages, area, coalitions):
    response = post("/contact/", contact_data(form_token=form_token_issue(kind="signup")))
    assert response.status_code == 303
    assert ContactMessage.objects.count() == 0


def test_expired_token_asks_to_send_again_and_keeps_values(client, pages, monkeypatch, settings):
    settings.COALITION_FORM_MAX_AGE = 60
    token = issue_token_aged(monkeypatch, kind="contact", seconds=120)
    response = client.post("/contact/", contact_data(form_token=token, name="Ingevulde Naam"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Het formulier stond te lang open" in html
    assert 'value="Ingevulde Naam"' in html
    assert token not in html  # a fresh token replaces the expired one
    assert ContactMessage.objects.count() == 0


def test_rate_limit_per_client(post, pages, settings, editors):
    settings.COALITION_RATE_LIMIT = 2
    for _ in range(2):
        assert post("/contact/", contact_data(), REMOTE_ADDR="203.0.113.7").status_code == 303
    assert ContactMessage.objects.count() == 2
    # Another client has its own budget.
    assert post("/contact/", contact_data(), REMOTE_ADDR="203.0.113.8").status_code == 303
    assert ContactMessage.objects.count() == 3


def test_post_over_the_rate_limit_is_shown_again_not_thanked(post, pages, settings, editors):
    settings.COALITION_RATE_LIMIT = 1
    assert post("/contact/", contact_data(), REMOTE_ADDR="203.0.113.7").status_code == 303
    mail.outbox.clear()
    data = contact_data(name="Groep Twee", message="Ons tweede bericht uit het buurthuis.")
    response = post("/contact/", data, REMOTE_ADDR="203.0.113.7")
    html = response.content.decode()
    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
    assert "Je formulier is nog niet verstuurd" in html
    assert "veel formulieren verstuurd" in html and "Wacht een uur" in html
    assert 'role="alert"' in html
    assert 'value="Groep Twee"' in html
    assert "Ons tweede bericht uit het buurthuis." in html
    assert html.count("<h1") == 1
    assert ContactMessage.objects.count() == 1
    assert mail.outbox == []


def test_default_rate_limit_allows_a_busy_buurthuis(post, pages, editors, settings):
    # Several groups signing up over one wifi connection: 20 stored posts an hour per address by default.
    assert settings.COALITION_RATE_LIMIT == 20
    for _ in range(20):
        assert post("/contact/", contact_data(), REMOTE_ADDR="203.0.113.9").status_code == 303
    assert post("/contact/", contact_data(), REMOTE_ADDR="203.0.113.9").status_code == 429
    assert ContactMessage.objects.count() == 20


def test_double_submit_creates_one_signup(post, pages, area, coalitions, editors):
    data = signup_data(area)
    first = post("/aanmelden/", data)
    second = post("/aanmelden/", data)
    changed = post("/aanmelden/", {**data, "organisation_name": "Andere naam na terugknop"})
    assert first.status_code == second.status_code == changed.status_code == 303
    assert second["Location"] == "/aanmelden/bedankt/"
    assert Signup.objects.count() == 1
    assert Signup.objects.get().organisation_name == "Buurtplatform Hoofdcentrum"
    assert len(mail.outbox) == 2  # the mails of the first post only


def test_double_submit_contact(post, pages, editors):
    data = contact_data()
    post("/contact/", data)
    post("/contact/", data)
    assert ContactMessage.objects.count() == 1


def test_late_resubmit_of_a_stored_form_is_recognised(post, pages, editors, monkeypatch, settings):
    settings.COALITION_FORM_MAX_AGE = 60
    token = issue_token_aged(monkeypatch, kind="contact", seconds=30)
    data = contact_data(form_token=token)
    assert post("/contact/", data).status_code == 303
    # The next day the visitor presses back and sends the same form again.
    settings.COALITION_FORM_MAX_AGE = 10
    response = post("/contact/", data)
    assert response.status_code == 303
    assert response["Location"] == "/contact/bedankt/"
    assert ContactMessage.objects.count() == 1
