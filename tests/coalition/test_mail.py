"""Store first, notify after: mail failures at each SMTP stage never lose a submission or show an error."""

import smtplib
from datetime import timedelta
from email import message_from_bytes
from types import SimpleNamespace

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from coalition import services
from coalition.models import ContactMessage, OutgoingEmail, Signup

from .factories import contact_data, signup_data

pytestmark = pytest.mark.django_db

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


class FakeSMTP:
    """Stands in for smtplib.SMTP under Django's real SMTP backend; fails at the configured stage."""

    fail_at: str | None = None
    sent: list = []

    def __init__(self, host, port, **kwargs):
        if self.fail_at == "connect":
            raise ConnectionRefusedError(111, "Connection refused")
        if self.fail_at == "timeout":
            raise TimeoutError("timed out")

    def ehlo(self):
        return (250, b"ok")

    def starttls(self, **kwargs):
        return (220, b"ok")

    def login(self, user, password):
        return (235, b"ok")

    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        if self.fail_at == "recipient":
            raise smtplib.SMTPRecipientsRefused(dict.fromkeys(to_addrs, (550, b"No such user")))
        if self.fail_at == "data":
            raise smtplib.SMTPDataError(554, b"Transaction failed")
        FakeSMTP.sent.append((from_addr, list(to_addrs), msg))
        return {}

    def quit(self):
        if self.fail_at == "quit":
            raise smtplib.SMTPServerDisconnected("gone")

    def close(self):
        pass


@pytest.fixture
def smtp(settings, monkeypatch):
    settings.EMAIL_BACKEND = SMTP_BACKEND
    FakeSMTP.fail_at = None
    FakeSMTP.sent = []
    monkeypatch.setattr("django.core.mail.backends.smtp.smtplib.SMTP", FakeSMTP)
    return FakeSMTP


@pytest.mark.parametrize("stage", ["connect", "timeout", "recipient", "data"])
def test_mail_failure_keeps_submission_and_shows_thanks(post, pages, area, coalitions, editors, smtp, stage):
    smtp.fail_at = stage
    response = post("/aanmelden/", signup_data(area), follow=True)
    assert response.status_code == 200
    assert "Hartelijk dank voor je aanmelding" in response.content.decode()
    signup = Signup.objects.get()
    emails = OutgoingEmail.objects.filter(signup=signup)
    assert emails.count() == 2
    for email in emails:
        assert email.status == OutgoingEmail.Status.FAILED
        assert email.attempts == 1
        assert email.last_error
        assert email.next_attempt_at > timezone.now()
    assert smtp.sent == []

    # The server is back; once the backoff has passed, the retry command sends both mails.
    smtp.fail_at = None
    call_command("retry_failed_emails")
    assert smtp.sent == []  # not due yet
    later = timezone.now() + timedelta(minutes=6)
    counts = services.email_retry_due(now=later)
    assert counts == {"sent": 2, "failed": 0, "skipped": 0}
    assert set(emails.values_list("status", flat=True)) == {OutgoingEmail.Status.SENT}
    assert len(smtp.sent) == 2


def test_disconnect_after_sending_counts_as_sent(post, pages, editors, smtp):
    smtp.fail_at = "quit"
    post("/contact/", contact_data())
    email = OutgoingEmail.objects.get()
    assert email.status == OutgoingEmail.Status.SENT
    assert len(smtp.sent) == 1


def test_backoff_grows_and_gives_up(pages, editors, smtp, post):
    smtp.fail_at = "connect"
    post("/contact/", contact_data())
    email = OutgoingEmail.objects.get()
    waits = []
    now = timezone.now()
    while email.next_attempt_at is not None:
        waits.append(email.next_attempt_at - email.last_attempt_at)
        now = email.next_attempt_at + timedelta(seconds=1)
        services.email_retry_due(now=now)
        email.refresh_from_db()
    assert email.attempts == services.MAX_ATTEMPTS
    assert email.status == OutgoingEmail.Status.FAILED
    assert waits == sorted(waits) and waits[1] == 2 * waits[0]
    assert ContactMessage.objects.count() == 1


def test_retry_command_sends_due_failed_mail(pages, editors, smtp, post):
    smtp.fail_at = "connect"
    post("/contact/", contact_data())
    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    smtp.fail_at = None
    call_command("retry_failed_emails")
    assert OutgoingEmail.objects.get().status == OutgoingEmail.Status.SENT


def test_queue_failure_leaves_mail_due_for_retry(post, pages, editors, monkeypatch):
    from coalition import tasks

    def broken_enqueue(**kwargs):
        raise ConnectionError("queue down")

    monkeypatch.setattr(tasks, "send_email", SimpleNamespace(enqueue=broken_enqueue))
    response = post("/contact/", contact_data())
    assert response.status_code == 303
    email = OutgoingEmail.objects.get()
    assert email.status == OutgoingEmail.Status.PENDING
    assert mail.outbox == []
    call_command("retry_failed_emails")
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    assert len(mail.outbox) == 1


def test_missing_editor_addresses_fail_visibly_then_send_once_set(post, pages, area, coalitions):
    post("/aanmelden/", signup_data(area))
    editors_mail = OutgoingEmail.objects.get(recipient_kind=OutgoingEmail.RecipientKind.EDITORS)
    assert editors_mail.status == OutgoingEmail.Status.FAILED
    assert "Geen ontvangers" in editors_mail.last_error

    from wagtail.models import Site

    from coalition.models import CoalitionSettings

    setting = CoalitionSettings.for_site(Site.objects.get(is_default_site=True))
    setting.editor_emails = "redactie@example.org"
    setting.save()
    services.email_retry_due(now=timezone.now() + timedelta(hours=1))
    editors_mail.refresh_from_db()
    assert editors_mail.status == OutgoingEmail.Status.SENT
    assert mail.outbox[-1].to == ["redactie@example.org"]


def test_a_mail_is_never_sent_twice(post, pages, editors):
    post("/contact/", contact_data())
    email = OutgoingEmail.objects.get()
    assert services.email_deliver(email_id=email.pk) is None
    assert len(mail.outbox) == 1


def test_editor_mail_has_fixed_subject_and_reply_to_only(post, pages, editors, smtp):
    data = contact_data(
        name="Evil", email="evil@example.org", message="Hallo\nBcc: victim@example.org\n\n<script>x</script> =1+1"
    )
    post("/contact/", data)
    assert len(smtp.sent) == 1
    _from, recipients, raw = smtp.sent[0]
    assert recipients == ["redactie@example.org", "redactie2@example.org"]
    parsed = message_from_bytes(raw if isinstance(raw, bytes) else raw.encode())
    assert parsed["Subject"] == "Buurtplatforminfo: Een vraag"
    assert parsed["Reply-To"] == "evil@example.org"
    assert parsed["Bcc"] is None
    assert "victim@example.org" not in " ".join(str(value) for value in parsed.values())
    assert "Bcc: victim@example.org" in parsed.get_payload(decode=True).decode()


def test_mail_bodies_are_plain_text_with_input_verbatim(post, pages, area, coalitions, editors):
    post("/aanmelden/", signup_data(area, motivation="<b>vet</b> & 'quotes' 🙂 שלום"))
    editors_mail = next(message for message in mail.outbox if message.subject.startswith("Buurtplatforminfo"))
    assert "<b>vet</b> & 'quotes' 🙂 שלום" in editors_mail.body
    assert not getattr(editors_mail, "alternatives", [])
    confirmation = next(message for message in mail.outbox if message.to == ["test@example.org"])
    assert "Buurtplatform Hoofdcentrum" in confirmation.body
    assert "<b>vet</b>" not in confirmation.body
