"""The outgoing-mail log: every mail the forms send, so failures are visible and retried."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    """One e-mail to send (or sent): its content is fixed at submit time; delivery is retried with backoff."""

    class RecipientKind(models.TextChoices):
        SENDER = "sender", _("Afzender (bevestiging)")
        EDITORS = "editors", _("Redactie (melding)")

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verzending")
        SENDING = "sending", _("Wordt verzonden")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")

    signup = models.ForeignKey(
        "coalition.Signup", on_delete=models.CASCADE, null=True, blank=True, related_name="emails"
    )
    contact_message = models.ForeignKey(
        "coalition.ContactMessage", on_delete=models.CASCADE, null=True, blank=True, related_name="emails"
    )
    recipient_kind = models.CharField(_("ontvanger"), max_length=20, choices=RecipientKind.choices)
    to = models.TextField(_("aan"), help_text=_("Een adres per regel."))
    reply_to = models.EmailField(_("antwoord naar"), max_length=254, blank=True)
    subject = models.CharField(_("onderwerp"), max_length=200)
    body = models.TextField(_("tekst"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(_("volgende poging"), null=True, blank=True, db_index=True)
    last_attempt_at = models.DateTimeField(_("laatste poging"), null=True, blank=True)
    last_error = models.TextField(_("laatste fout"), blank=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        constraints = [
            # Every mail belongs to exactly one submission, so purging a submission removes its mails too.
            models.CheckConstraint(
                condition=Q(signup__isnull=False, contact_message__isnull=True)
                | Q(signup__isnull=True, contact_message__isnull=False),
                name="outgoingemail_one_submission",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} ({self.get_recipient_kind_display()})"

    @property
    def recipients(self) -> list[str]:
        return [line.strip() for line in self.to.splitlines() if line.strip()]
