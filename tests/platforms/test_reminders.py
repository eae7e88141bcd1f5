"""send_status_reminders: 6 months and 1 month before the end, each once, to the platform and the editors."""

from datetime import date
from io import StringIO

import pytest

from django.core import mail
from django.core.management import CommandError, call_command

from platforms import services
from platforms.models import StatusReminder

from .conftest import grant, make_platform

START = date(2026, 3, 1)  # last day 28 February 2030


@pytest.fixture
def status(areas, settings):
    settings.PLATFORM_REMINDER_EMAILS = ["redactie@example.org"]
    platform = make_platform("Herinnerd", buurten=[areas["AA01"]], contact_email="platform@example.org")
    return grant(platform, [areas["AA01"]], start=START)


def remind(on: date) -> str:
    out = StringIO()
    call_command("send_status_reminders", f"--date={on.isoformat()}", stdout=out)
    return out.getvalue()


def test_six_months_and_one_month_each_once(status):
    remind(date(2029, 8, 27))
    assert mail.outbox == []  # more than 6 months before 28 February 2030
    remind(date(2029, 8, 28))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert set(message.to) == {"platform@example.org", "redactie@example.org"}
    assert "zes maanden" in message.subject and "28 februari 2030" in message.body
    remind(date(2029, 8, 29))
    remind(date(2029, 12, 1))
    assert len(mail.outbox) == 1  # sent once
    remind(date(2030, 1, 28))
    assert len(mail.outbox) == 2 and "een maand" in mail.outbox[1].subject
    remind(date(2030, 2, 28))
    remind(date(2030, 3, 5))
    assert len(mail.outbox) == 2
    assert set(StatusReminder.objects.values_list("kind", flat=True)) == {"6m", "1m"}


def test_missed_days_are_caught_up(status):
    assert "1 herinnering" in remind(date(2029, 10, 1))
    assert len(mail.outbox) == 1


def test_renewed_or_revoked_status_gets_no_reminder(status):
    renewal = services.status_renew(status=status, submitted_on=date(2029, 6, 1))
    services.advice_record(application=renewal, advice="positive", advice_date=date(2029, 6, 10))
    services.decision_record(application=renewal, decision="granted", decision_date=date(2029, 7, 1), reference="V")
    remind(date(2029, 9, 1))
    assert mail.outbox == []


def test_failed_send_is_retried_next_run(status, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("SMTP down")

    monkeypatch.setattr(services, "send_mail", broken)
    with pytest.raises(OSError, match="SMTP down"):
        services.status_reminders_send(on=date(2029, 9, 1))
    assert not StatusReminder.objects.exists()
    monkeypatch.undo()
    remind(date(2029, 9, 2))
    assert len(mail.outbox) == 1


def test_header_injection_in_platform_name_is_harmless(status):
    status.platform.name = "Naam\r\nBcc: kwaad@example.org"
    status.platform.save()
    remind(date(2029, 9, 1))
    message = mail.outbox[0].message()
    assert message["Bcc"] is None and "\n" not in mail.outbox[0].subject


def test_bad_date_is_a_clear_error(db):
    with pytest.raises(CommandError, match="Ongeldige datum"):
        call_command("send_status_reminders", "--date=morgen")
