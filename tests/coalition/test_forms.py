"""Validation of every field of both forms, hostile strings and the buurt matching."""

import pytest

from coalition.forms import ContactForm, SignupForm

from .factories import contact_data, signup_data

pytestmark = pytest.mark.django_db


def signup_errors(area, **overrides) -> dict:
    form = SignupForm(signup_data(area, **overrides))
    form.is_valid()
    return form.errors


def contact_errors(**overrides) -> dict:
    form = ContactForm(contact_data(**overrides))
    form.is_valid()
    return form.errors


def test_valid_signup_form(area, coalitions):
    form = SignupForm(signup_data(area))
    assert form.is_valid(), form.errors
    assert [buurt.code for buurt in form.cleaned_data["buurt_objects"]] == ["TA01", "TA02"]
    assert form.cleaned_data["buurten_other"] == ""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("organisation_name", "", "Vul de naam van je organisatie in."),
        ("organisation_name", "x" * 201, "Gebruik maximaal 200 tekens"),
        ("organisation_name", "Naam\nBcc: evil@example.org", "regeleinden"),
        ("kind", "", "Kies wat voor organisatie het is."),
        ("kind", "hacker", "Kies een van de mogelijkheden."),
        ("stadsdeel", "", "Kies het stadsdeel waar jullie actief zijn."),
        ("stadsdeel", "999999", "Kies een stadsdeel uit de lijst."),
        ("buurten", "", "Noem ten minste één buurt"),
        ("buurten", "x" * 2001, "Gebruik maximaal 2000 tekens"),
        ("buurten", "AA01", "liggen niet in stadsdeel Zuidoost"),
        ("contact_name", "", "Vul de naam van de contactpersoon in."),
        ("contact_name", "x" * 151, "Gebruik maximaal 150 tekens"),
        ("contact_name", "Piet\r\nBcc: evil@example.org", "regeleinden"),
        ("email", "", "Vul je e-mailadres in."),
        ("email", "geen-adres", "Vul een geldig e-mailadres in"),
        ("email", "a@example.org\nBcc: evil@example.org", "Vul een geldig e-mailadres in"),
        ("email", "a" * 250 + "@example.org", "Gebruik maximaal 254 tekens"),
        ("phone", "bel me", "alleen cijfers"),
        ("phone", "0" * 31, "Gebruik maximaal 30 tekens"),
        ("website", "javascript:alert(1)", "Vul een geldig webadres in"),
        ("website", "https://" + "a" * 200 + ".nl", "Gebruik maximaal 200 tekens"),
        ("coalitions", [], "Kies ten minste één coalitie."),
        ("coalitions", ["alles"], "Kies een van de mogelijkheden."),
        ("motivation", "", "Vertel kort waarom"),
        ("motivation", "x" * 3001, "Gebruik maximaal 3000 tekens"),
        ("motivation", "Tekst met \x00 NUL", "stuurtekens"),
        ("motivation", "Tekst met \x1b escape", "stuurtekens"),
        ("consent", None, "alleen versturen als je akkoord gaat"),
    ],
)
def test_signup_field_validation(area, coalitions, field, value, message):
    errors = signup_errors(area, **{field: value})
    assert field in errors, errors
    assert any(message in error for error in errors[field]), errors[field]


def test_stadsdeel_without_board_is_not_offered(area, coalitions):
    errors = signup_errors(area, stadsdeel=str(area["westpoort"].pk))
    assert "stadsdeel" in errors


def test_stadsdeel_coalition_must_exist(area, coalitions):
    errors = signup_errors(area, stadsdeel=str(area["centrum"].pk), buurten="AA01", coalitions=["stadsdeel"])
    assert "heeft (nog) geen eigen coalitie" in errors["coalitions"][0]


def test_unknown_buurten_are_kept_as_free_text(area, coalitions):
    form = SignupForm(signup_data(area, buurten="ta01; Nieuwe Buurt Oost\nHoofdcentrum-zuidoost, XX99"))
    assert form.is_valid(), form.errors
    assert [buurt.code for buurt in form.cleaned_data["buurt_objects"]] == ["TA01"]
    assert form.cleaned_data["buurten_other"] == "Nieuwe Buurt Oost, XX99"


def test_multiline_fields_keep_newlines_tabs_emoji_and_rtl(area, coalitions):
    text = "Regel één\n\tmet tab 👋🏽\nمرحبا \u200f שלום"  # noqa: RUF001
    form = SignupForm(signup_data(area, motivation=text, organisation_name="Café Ñandú 🌳 مرحبا"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["motivation"] == text
    assert form.cleaned_data["organisation_name"] == "Café Ñandú 🌳 مرحبا"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Vul je naam in."),
        ("name", "x" * 151, "Gebruik maximaal 150 tekens"),
        ("name", "Jan\nSubject: gratis", "regeleinden"),
        ("name", "Jan\u2028Bcc: x@example.org", "regeleinden"),
        ("email", "", "Vul je e-mailadres in."),
        ("email", "jan@", "Vul een geldig e-mailadres in"),
        ("topic", "", "Kies waar je bericht over gaat."),
        ("topic", "spam", "Kies een van de mogelijkheden."),
        ("message", "", "Schrijf je bericht."),
        ("message", "x" * 5001, "Gebruik maximaal 5000 tekens"),
        ("message", "NUL \x00 hier", "stuurtekens"),
        ("consent", None, "alleen versturen als je akkoord gaat"),
    ],
)
def test_contact_field_validation(field, value, message):
    errors = contact_errors(**{field: value})
    assert field in errors, errors
    assert any(message in error for error in errors[field]), errors[field]


def test_formula_and_script_strings_are_accepted_as_text():
    form = ContactForm(contact_data(name='=HYPERLINK("http://x")', message="<script>alert(1)</script>"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["message"] == "<script>alert(1)</script>"
