"""Management commands: purge_submissions and retry_failed_emails."""

import io
from datetime import datetime, timedelta

import pytest

from django.core.management import CommandError, call_command
from django.utils import timezone

from coalition import services
from coalition.models import ContactMessage, ContactStatus, Membership, OutgoingEmail, Signup, SignupStatus

from .factories import contact_create, signup_create

pytestmark = pytest.mark.django_db


def ago(days: int):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def submissions(area, coalitions):
    zuidoost = area["zuidoost"]
    old_accepted = signup_create(
        stadsdeel=zuidoost, organisation_name="Oud geaccepteerd", status=SignupStatus.ACCEPTED, handled_at=ago(400)
    )
    Membership.objects.create(
        coalition=coalitions["citywide"],
        organisation_name="Oud geaccepteerd",
        signup=old_accepted,
        member_since=ago(400).date(),
    )
    OutgoingEmail.objects.create(
        signup=old_accepted, recipient_kind="sender", to="a@example.org", subject="s", body="b"
    )
    return {
        "old_accepted": old_accepted,
        "old_declined": signup_create(
            stadsdeel=zuidoost, organisation_name="Oud afgewezen", status=SignupStatus.DECLINED, handled_at=ago(370)
        ),
        "recent_declined": signup_create(
            stadsdeel=zuidoost, organisation_name="Recent", status=SignupStatus.DECLINED, handled_at=ago(30)
        ),
        "old_new": signup_create(stadsdeel=zuidoost, organisation_name="Oud maar nieuw", status=SignupStatus.NEW),
        "old_in_progress": signup_create(
            stadsdeel=zuidoost, organisation_name="In behandeling", status=SignupStatus.IN_PROGRESS
        ),
        "old_contact_done": contact_create(status=ContactStatus.DONE, handled_at=ago(500)),
        "old_contact_open": contact_create(status=ContactStatus.IN_PROGRESS),
    }


def test_purge_removes_only_old_handled_submissions(submissions):
    out = io.StringIO()
    call_command("purge_submissions", stdout=out)
    assert "2 aanmelding(en) en 1 contactbericht(en)" in out.getvalue()
    remaining = set(Signup.objects.values_list("organisation_name", flat=True))
    assert remaining == {"Recent", "Oud maar nieuw", "In behandeling"}
    assert list(ContactMessage.objects.values_list("status", flat=True)) == [ContactStatus.IN_PROGRESS]
    # The mail log goes with its submission; the (public, non-personal) membership stays.
    assert OutgoingEmail.objects.count() == 0
    membership = Membership.objects.get(organisation_name="Oud geaccepteerd")
    assert membership.signup is None


def test_purge_months_option(submissions):
    out = io.StringIO()
    call_command("purge_submissions", "--months", "1", stdout=out)
    assert "3 aanmelding(en)" in out.getvalue()
    assert not Signup.objects.filter(organisation_name="Recent").exists()


def test_purge_rejects_nonsense_months(submissions):
    with pytest.raises(CommandError):
        call_command("purge_submissions", "--months", "0")
    assert Signup.objects.count() == 5


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 3, 31, 12, 0), 1, datetime(2026, 2, 28, 12, 0)),
        (datetime(2026, 1, 15, 8, 30), 12, datetime(2025, 1, 15, 8, 30)),
        (datetime(2024, 2, 29, 0, 0), 12, datetime(2023, 2, 28, 0, 0)),
        (datetime(2026, 1, 10), 13, datetime(2024, 12, 10)),
    ],
)
def test_months_before(moment, months, expected):
    assert services.months_before(moment, months) == expected


def test_retry_command_reports_counts(area):
    out = io.StringIO()
    call_command("retry_failed_emails", stdout=out)
    assert "Verzonden: 0" in out.getvalue()
