"""Database constraints the coalition data must never break."""

import uuid

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from coalition.models import Coalition, ContactMessage, Membership, OutgoingEmail

from .factories import contact_create, signup_create

pytestmark = pytest.mark.django_db


def test_only_one_citywide_coalition(coalitions):
    with pytest.raises(IntegrityError), transaction.atomic():
        Coalition.objects.create(name="Tweede", slug="tweede", is_citywide=True)
    with pytest.raises(ValidationError):
        Coalition(name="Tweede", slug="tweede", is_citywide=True).full_clean()


def test_citywide_xor_stadsdeel(area):
    with pytest.raises(IntegrityError), transaction.atomic():
        Coalition.objects.create(name="Fout", slug="fout", is_citywide=True, stadsdeel=area["centrum"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Coalition.objects.create(name="Fout", slug="fout2", is_citywide=False)


def test_one_coalition_per_stadsdeel(coalitions, area):
    with pytest.raises(IntegrityError), transaction.atomic():
        Coalition.objects.create(name="Nog een", slug="nog-een", stadsdeel=area["zuidoost"])


def test_form_token_is_unique(area):
    token = uuid.uuid4()
    contact_create(form_token=token)
    with pytest.raises(IntegrityError), transaction.atomic():
        contact_create(form_token=token)


def test_consent_is_required_in_the_database(area):
    with pytest.raises(IntegrityError), transaction.atomic():
        contact_create(consent=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        signup_create(stadsdeel=area["zuidoost"], consent=False)


def test_membership_unique_per_coalition(coalitions):
    Membership.objects.create(coalition=coalitions["citywide"], organisation_name="X", member_since="2026-01-01")
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(coalition=coalitions["citywide"], organisation_name="X", member_since="2026-01-01")


def test_outgoing_email_belongs_to_exactly_one_submission(area):
    message = contact_create()
    signup = signup_create(stadsdeel=area["zuidoost"])
    with pytest.raises(IntegrityError), transaction.atomic():
        OutgoingEmail.objects.create(recipient_kind="editors", to="a@example.org", subject="s", body="b")
    with pytest.raises(IntegrityError), transaction.atomic():
        OutgoingEmail.objects.create(
            signup=signup, contact_message=message, recipient_kind="editors", to="a@example.org", subject="s", body="b"
        )
    assert ContactMessage.objects.count() == 1
