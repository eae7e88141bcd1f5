"""Writes for the coalition app: store submissions first, then notify; status changes; retries; the purge."""

import calendar
import logging
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site

from platforms.models import Platform

from .models import (
    CoalitionSettings,
    ContactMessage,
    ContactStatus,
    ContactTopic,
    MemberKind,
    Membership,
    OutgoingEmail,
    Signup,
    SignupStatus,
)

logger = logging.getLogger(__name__)

EDITORS_SUBJECT_PREFIX = "Buurtplatforminfo"
MAX_ATTEMPTS = 8
BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=12)
SIGNUP_HANDLED = (SignupStatus.ACCEPTED, SignupStatus.DECLINED)


# --- Submissions -----------------------------------------------------------------------------------------------


def signup_submit(*, form_token: uuid.UUID, data: dict, site: Site | None = None) -> tuple[Signup, bool]:
    """Store a signup and its two mails in one committed transaction, then queue the mails.

    Returns ``(signup, created)``; a token that was used before returns the earlier signup and creates nothing.
    ``data`` is the signup form's cleaned data.
    """
    existing = Signup.objects.filter(form_token=form_token).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            signup = Signup.objects.create(
                form_token=form_token,
                organisation_name=data["organisation_name"],
                kind=data["kind"],
                stadsdeel=data["stadsdeel"],
                buurten_other=data.get("buurten_other", ""),
                contact_name=data["contact_name"],
                email=data["email"],
                phone=data.get("phone", ""),
                website=data.get("website", ""),
                motivation=data["motivation"],
                consent=data["consent"],
            )
            signup.buurten.set(data.get("buurt_objects", []))
            signup.coalitions.set(data["coalition_objects"])
            emails = [
                _email_create(
                    signup=signup,
                    recipient_kind=OutgoingEmail.RecipientKind.SENDER,
                    to=[signup.email],
                    subject=_("Je aanmelding bij de Coalitie van Buurtplatformen is ontvangen"),
                    template="coalition/emails/signup_confirmation.txt",
                    context={"signup": signup},
                ),
                _email_create(
                    signup=signup,
                    recipient_kind=OutgoingEmail.RecipientKind.EDITORS,
                    to=editor_addresses(site=site),
                    reply_to=signup.email,
                    subject=_("%(prefix)s: nieuwe aanmelding voor de coalitie") % {"prefix": EDITORS_SUBJECT_PREFIX},
                    template="coalition/emails/signup_editors.txt",
                    context={"signup": signup, "admin_url": _admin_url("coalition_signups", signup.pk)},
                ),
            ]
    except IntegrityError:
        existing = Signup.objects.filter(form_token=form_token).first()
        if existing is None:
            raise
        return existing, False
    transaction.on_commit(partial(email_enqueue, email_ids=[email.pk for email in emails]), robust=True)
    return signup, True


def contact_submit(*, form_token: uuid.UUID, data: dict, site: Site | None = None) -> tuple[ContactMessage, bool]:
    """Store a contact message and the editors' notification, then queue it. Same guarantees as signup_submit.

    No confirmation goes to the sender: the form would otherwise let anyone mail any address with their text.
    """
    existing = ContactMessage.objects.filter(form_token=form_token).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            message = ContactMessage.objects.create(
                form_token=form_token,
                name=data["name"],
                email=data["email"],
                topic=data["topic"],
                message=data["message"],
                consent=data["consent"],
            )
            email = _email_create(
                contact_message=message,
                recipient_kind=OutgoingEmail.RecipientKind.EDITORS,
                to=editor_addresses(site=site),
                reply_to=message.email,
                subject=_("%(prefix)s: %(topic)s")
                % {"prefix": EDITORS_SUBJECT_PREFIX, "topic": ContactTopic(message.topic).label},
                template="coalition/emails/contact_editors.txt",
                context={"message": message, "admin_url": _admin_url("coalition_contact_messages", message.pk)},
            )
    except IntegrityError:
        existing = ContactMessage.objects.filter(form_token=form_token).first()
        if existing is None:
            raise
        return existing, False
    transaction.on_commit(partial(email_enqueue, email_ids=[email.pk]), robust=True)
    return message, True


def signup_set_status(*, signup: Signup, status: str, notes: str | None = None) -> Signup:
    """Change a signup's status (and notes); accepting it creates the coalition memberships."""
    with transaction.atomic():
        if notes is not None:
            signup.notes = notes
        was_accepted = (
            Signup.objects.filter(pk=signup.pk, status=SignupStatus.ACCEPTED).exists() if signup.pk else False
        )
        signup.status = status
        signup.handled_at = (signup.handled_at or timezone.now()) if status in SIGNUP_HANDLED else None
        signup.save()
        if status == SignupStatus.ACCEPTED and not was_accepted:
            signup_accept(signup=signup)
    return signup


def signup_accept(*, signup: Signup) -> list[Membership]:
    """Make the organisation a member of each coalition it chose, linked to the register when it is in it.

    Idempotent: an existing membership (same platform, or same organisation name) is kept.
    """
    platform = Platform.objects.filter(
        name__iexact=signup.organisation_name.strip(), stadsdeel_id=signup.stadsdeel_id
    ).first()
    memberships = []
    with transaction.atomic():
        for coalition in signup.coalitions.all():
            existing = None
            if platform:
                existing = Membership.objects.filter(coalition=coalition, platform=platform).first()
            if existing is None:
                existing = Membership.objects.filter(
                    coalition=coalition, organisation_name__iexact=signup.organisation_name.strip()
                ).first()
            if existing is None:
                existing = Membership.objects.create(
                    coalition=coalition,
                    organisation_name=platform.name if platform else signup.organisation_name.strip(),
                    kind=MemberKind.PLATFORM if platform else signup.kind,
                    platform=platform,
                    stadsdeel=signup.stadsdeel,
                    signup=signup,
                    member_since=timezone.localdate(),
                )
            elif platform and existing.platform_id is None:
                existing.platform = platform
                existing.save(update_fields=["platform"])
            memberships.append(existing)
        if platform and not platform.coalition_member:
            Platform.objects.filter(pk=platform.pk).update(coalition_member=True)
        if signup.status != SignupStatus.ACCEPTED:
            signup.status = SignupStatus.ACCEPTED
            signup.handled_at = signup.handled_at or timezone.now()
            signup.save(update_fields=["status", "handled_at", "updated_at"])
    return memberships


def contact_set_status(*, message: ContactMessage, status: str, notes: str | None = None) -> ContactMessage:
    """Change a contact message's status (and notes); 'done' starts the retention period."""
    if notes is not None:
        message.notes = notes
    message.status = status
    message.handled_at = (message.handled_at or timezone.now()) if status == ContactStatus.DONE else None
    message.save()
    return message


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to the month's last day)."""
    month_index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def submission_purge(*, months: int = 12, now: datetime | None = None) -> dict[str, int]:
    """Delete signups and contact messages handled more than ``months`` ago, with their mail log.

    Memberships created from a signup stay (they hold no personal data).
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    cutoff = months_before(now or timezone.now(), months)
    with transaction.atomic():
        signups = Signup.objects.filter(status__in=SIGNUP_HANDLED, handled_at__lt=cutoff)
        messages = ContactMessage.objects.filter(status=ContactStatus.DONE, handled_at__lt=cutoff)
        counts = {"signups": signups.count(), "contact_messages": messages.count()}
        signups.delete()
        messages.delete()
    counts["cutoff"] = cutoff
    return counts


# --- E-mail ----------------------------------------------------------------------------------------------------


def editor_addresses(*, site: Site | None = None) -> list[str]:
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    return CoalitionSettings.for_site(site).editor_email_list


def _admin_url(viewset_name: str, pk: int) -> str:
    try:
        path = reverse(f"{viewset_name}:inspect", args=[pk])
    except NoReverseMatch:
        return ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _email_create(
    *,
    recipient_kind: str,
    to: Iterable[str],
    subject: str,
    template: str,
    context: dict,
    reply_to: str = "",
    signup: Signup | None = None,
    contact_message: ContactMessage | None = None,
) -> OutgoingEmail:
    """Render and store one mail; the subject never contains visitor input (no header injection)."""
    return OutgoingEmail.objects.create(
        signup=signup,
        contact_message=contact_message,
        recipient_kind=recipient_kind,
        to="\n".join(to),
        reply_to=reply_to,
        subject=subject,
        body=render_to_string(template, context),
        next_attempt_at=timezone.now(),
    )


def email_enqueue(*, email_ids: Iterable[int]) -> None:
    """Hand the mails to the task queue. If the queue is unavailable, they stay due for retry_failed_emails."""
    from .tasks import send_email

    for email_id in email_ids:
        try:
            send_email.enqueue(email_id=email_id)
        except Exception:
            logger.exception("Could not enqueue e-mail %s; retry_failed_emails will send it", email_id)


def email_backoff(attempts: int) -> timedelta:
    """Wait 5 min after the first failure, doubling each time, at most 12 hours."""
    return min(BACKOFF_BASE * (2 ** max(attempts - 1, 0)), BACKOFF_MAX)


def email_deliver(*, email_id: int) -> OutgoingEmail | None:
    """Send one stored mail now, recording the outcome; never raises for mail-server failures.

    The conditional update claims the mail, so the worker and the cron retry never send it twice. Returns None
    when the mail was already sent or is being sent by another process.
    """
    now = timezone.now()
    claimed = (
        OutgoingEmail.objects.filter(pk=email_id)
        .exclude(status=OutgoingEmail.Status.SENT)
        .exclude(status=OutgoingEmail.Status.SENDING, last_attempt_at__gte=now - timedelta(minutes=15))
        .update(status=OutgoingEmail.Status.SENDING, last_attempt_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return None
    email = OutgoingEmail.objects.get(pk=email_id)
    if email.recipient_kind == OutgoingEmail.RecipientKind.EDITORS and not email.recipients:
        # The editors' addresses may have been set since this mail was stored.
        email.to = "\n".join(editor_addresses())
    try:
        if not email.recipients:
            raise ValueError(_("Geen ontvangers: stel de e-mailadressen van de redactie in."))
        message = EmailMessage(
            subject=email.subject,
            body=email.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=email.recipients,
            reply_to=[email.reply_to] if email.reply_to else None,
        )
        message.send(fail_silently=False)
    except Exception as error:
        email.status = OutgoingEmail.Status.FAILED
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.next_attempt_at = now + email_backoff(email.attempts) if email.attempts < MAX_ATTEMPTS else None
        logger.warning("E-mail %s failed (attempt %s): %s", email.pk, email.attempts, email.last_error)
    else:
        email.status = OutgoingEmail.Status.SENT
        email.sent_at = timezone.now()
        email.next_attempt_at = None
        email.last_error = ""
    email.save(update_fields=["to", "status", "last_error", "next_attempt_at", "sent_at"])
    return email


def email_retry_due(*, now: datetime | None = None) -> dict[str, int]:
    """Send every mail that is due (pending, failed with a due retry, or stuck). Safe to run from cron."""
    from .selectors import email_due

    counts = {"sent": 0, "failed": 0, "skipped": 0}
    for email_id in list(email_due(now=now).values_list("pk", flat=True)):
        email = email_deliver(email_id=email_id)
        if email is None:
            counts["skipped"] += 1
        elif email.status == OutgoingEmail.Status.SENT:
            counts["sent"] += 1
        else:
            counts["failed"] += 1
    return counts
