"""What visitors send: coalition signups and contact messages. Personal data; purged after handling."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from .coalitions import MemberKind, StadsdeelNameMixin


class SignupStatus(models.TextChoices):
    NEW = "new", _("Nieuw")
    IN_PROGRESS = "in_progress", _("In behandeling")
    ACCEPTED = "accepted", _("Geaccepteerd")
    DECLINED = "declined", _("Afgewezen")


class ContactStatus(models.TextChoices):
    NEW = "new", _("Nieuw")
    IN_PROGRESS = "in_progress", _("In behandeling")
    DONE = "done", _("Afgehandeld")


class ContactTopic(models.TextChoices):
    IDEA = "idea", _("Een idee of aanvulling voor de kennisbank")
    EXAMPLE = "example", _("Ik wil een voorbeeld schrijven of delen")
    QUESTION = "question", _("Een vraag")
    OTHER = "other", _("Iets anders")


class Submission(models.Model):
    """Fields every submission has: the one-time form token (double-submit guard), status and notes."""

    form_token = models.UUIDField(_("formuliertoken"), unique=True, editable=False)
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True, editable=False)
    notes = models.TextField(_("notities van de redactie"), max_length=5000, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]


class Signup(StadsdeelNameMixin, Submission):
    """A group's request to join the city-wide coalition and/or its stadsdeel's coalition."""

    status = models.CharField(
        _("status"), max_length=20, choices=SignupStatus.choices, default=SignupStatus.NEW, db_index=True
    )
    organisation_name = models.CharField(_("naam organisatie"), max_length=200)
    kind = models.CharField(_("soort organisatie"), max_length=20, choices=MemberKind.choices)
    stadsdeel = models.ForeignKey(
        "platforms.Stadsdeel", verbose_name=_("stadsdeel"), on_delete=models.PROTECT, related_name="+"
    )
    buurten = models.ManyToManyField("platforms.Buurt", verbose_name=_("buurten"), blank=True, related_name="+")
    buurten_other = models.TextField(_("overige buurten (vrije tekst)"), max_length=2000, blank=True)
    coalitions = models.ManyToManyField("coalition.Coalition", verbose_name=_("coalities"), related_name="signups")
    contact_name = models.CharField(_("contactpersoon"), max_length=150)
    email = models.EmailField(_("e-mailadres"), max_length=254)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    website = models.URLField(_("website"), max_length=200, blank=True)
    motivation = models.TextField(_("motivatie"), max_length=3000)
    consent = models.BooleanField(_("akkoord met de privacyverklaring"), default=False)

    class Meta(Submission.Meta):
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.CheckConstraint(condition=models.Q(consent=True), name="signup_requires_consent"),
        ]

    def __str__(self) -> str:
        return self.organisation_name

    @property
    def is_handled(self) -> bool:
        return self.status in {SignupStatus.ACCEPTED, SignupStatus.DECLINED}

    @property
    @admin.display(description=_("buurten"))
    def buurten_text(self) -> str:
        return ", ".join(f"{buurt.name} ({buurt.code})" for buurt in self.buurten.all())

    @property
    @admin.display(description=_("coalities"))
    def coalitions_text(self) -> str:
        return ", ".join(coalition.name for coalition in self.coalitions.all())


class ContactMessage(Submission):
    """A message to the !WOON editors: an idea, an example to share, a question."""

    status = models.CharField(
        _("status"), max_length=20, choices=ContactStatus.choices, default=ContactStatus.NEW, db_index=True
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"), max_length=254)
    topic = models.CharField(_("onderwerp"), max_length=20, choices=ContactTopic.choices)
    message = models.TextField(_("bericht"), max_length=5000)
    consent = models.BooleanField(_("akkoord met de privacyverklaring"), default=False)

    class Meta(Submission.Meta):
        verbose_name = _("contactbericht")
        verbose_name_plural = _("contactberichten")
        constraints = [
            models.CheckConstraint(condition=models.Q(consent=True), name="contact_requires_consent"),
        ]

    def __str__(self) -> str:
        return f"{self.get_topic_display()} ({self.created_at:%d-%m-%Y})" if self.created_at else self.name
