"""The register itself: platforms, their applications, 4-year status periods and reminders.

Rows here are written by ``platforms.services`` only, so the rules (one platform per buurt, the end-date rule,
competing applications) hold for the admin, the public site and the commands alike.
"""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from .areas import Buurt, Stadsdeel


def recorded_by(verbose_name: str) -> models.ForeignKey:
    """Who entered a step of the lifecycle; kept (as empty) when that user account is removed."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
    )


class Platform(models.Model):
    """A buurtplatform: a resident-led umbrella group working in one or more buurten of one stadsdeel."""

    class LegalForm(models.TextChoices):
        INFORMAL = "informal", _("informele groep")
        VERENIGING = "vereniging", _("vereniging")
        STICHTING = "stichting", _("stichting")

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("beschrijving"), blank=True)
    stadsdeel = models.ForeignKey(
        Stadsdeel, on_delete=models.PROTECT, related_name="platforms", verbose_name=_("stadsdeel")
    )
    buurten = models.ManyToManyField(Buurt, related_name="platforms", blank=True, verbose_name=_("werkgebied"))
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("openbaar contactadres"), blank=True, help_text=_("Alleen invullen als het platform dit openbaar maakt.")
    )
    legal_form = models.CharField(
        _("rechtsvorm"), max_length=20, choices=LegalForm.choices, default=LegalForm.INFORMAL
    )
    kvk_number = models.CharField(_("KvK-nummer"), max_length=8, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
    )
    coalition_member = models.BooleanField(_("lid van de coalitie"), default=False)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("buurtplatform")
        verbose_name_plural = _("buurtplatformen")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("platforms:platform_detail", kwargs={"slug": self.slug})


class Application(models.Model):
    """A group's request to its stadsdeel for the status in a set of buurten, with advice and decision."""

    class Advice(models.TextChoices):
        POSITIVE = "positive", _("positief")
        NEGATIVE = "negative", _("negatief")

    class Decision(models.TextChoices):
        GRANTED = "granted", _("toegekend")
        REFUSED = "refused", _("afgewezen")

    platform = models.ForeignKey(
        Platform, on_delete=models.PROTECT, related_name="applications", verbose_name=_("buurtplatform")
    )
    buurten = models.ManyToManyField(Buurt, related_name="applications", verbose_name=_("buurten"))
    renews = models.ForeignKey(
        "StatusPeriod",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="renewal_applications",
        verbose_name=_("verlenging van"),
    )
    submitted_on = models.DateField(_("datum aanvraag"))
    note = models.TextField(_("toelichting"), blank=True)
    is_competing = models.BooleanField(
        _("concurrerend"),
        default=False,
        help_text=_("Een andere aanvraag of een lopende status betreft dezelfde buurten."),
    )
    advice = models.CharField(_("advies stadsdeelcommissie"), max_length=10, choices=Advice.choices, blank=True)
    advice_date = models.DateField(_("datum advies"), null=True, blank=True)
    advice_text = models.TextField(_("tekst advies"), blank=True)
    advice_document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("document advies"),
    )
    decision = models.CharField(_("besluit stadsdeelbestuur"), max_length=10, choices=Decision.choices, blank=True)
    decision_date = models.DateField(_("datum besluit"), null=True, blank=True)
    decision_reference = models.CharField(_("kenmerk besluit"), max_length=100, blank=True)
    decision_document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("document besluit"),
    )
    entered_by = recorded_by(_("ingevoerd door"))
    advice_entered_by = recorded_by(_("advies ingevoerd door"))
    decision_entered_by = recorded_by(_("besluit ingevoerd door"))
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        ordering = ["-submitted_on", "-pk"]
        verbose_name = _("aanvraag")
        verbose_name_plural = _("aanvragen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(decision="") | models.Q(decision_date__isnull=False),
                name="platforms_application_decision_dated",
            ),
            models.CheckConstraint(
                condition=models.Q(advice="") | models.Q(advice_date__isnull=False),
                name="platforms_application_advice_dated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.platform} ({self.submitted_on:%d-%m-%Y})"

    @property
    def is_open(self) -> bool:
        return not self.decision

    @property
    @admin.display(description=_("soort aanvraag"))
    def kind_label(self) -> str:
        return str(_("verlenging")) if self.renews_id else str(_("eerste aanvraag"))


class StatusPeriod(models.Model):
    """A 4-year buurtplatform status granted by the stadsdeel board; ``last_day`` is earlier when revoked."""

    platform = models.ForeignKey(
        Platform, on_delete=models.PROTECT, related_name="status_periods", verbose_name=_("buurtplatform")
    )
    application = models.OneToOneField(
        Application, on_delete=models.PROTECT, related_name="status_period", verbose_name=_("aanvraag")
    )
    buurten = models.ManyToManyField(
        Buurt, through="StatusCoverage", related_name="status_periods", verbose_name=_("buurten")
    )
    start_date = models.DateField(_("eerste dag"))
    end_date = models.DateField(_("laatste dag"), help_text=_("De laatste dag van de periode van 4 jaar."))
    last_day = models.DateField(
        _("laatste geldige dag"), help_text=_("Gelijk aan de laatste dag, of eerder als de status is ingetrokken.")
    )
    revoked_on = models.DateField(_("ingetrokken per"), null=True, blank=True)
    revocation_reason = models.TextField(_("reden intrekking"), blank=True)
    revoked_by = recorded_by(_("ingetrokken door"))
    entered_by = recorded_by(_("ingevoerd door"))
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "-pk"]
        verbose_name = _("statusperiode")
        verbose_name_plural = _("statusperiodes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="platforms_status_period_ordered"
            ),
            models.CheckConstraint(
                condition=models.Q(last_day__lte=models.F("end_date")), name="platforms_status_last_day_in_period"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.platform}: {self.start_date:%d-%m-%Y} t/m {self.last_day:%d-%m-%Y}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_on is not None


class StatusCoverage(models.Model):
    """One buurt covered by one status period, from its first to its last valid day (inclusive).

    This table carries the one-platform-per-buurt rule: on PostgreSQL an exclusion constraint (migration
    0003) forbids two rows for the same buurt whose date ranges overlap. A period revoked before it started
    has no coverage rows.
    """

    status = models.ForeignKey(
        StatusPeriod, on_delete=models.CASCADE, related_name="coverage", verbose_name=_("statusperiode")
    )
    buurt = models.ForeignKey(Buurt, on_delete=models.PROTECT, related_name="status_coverage", verbose_name=_("buurt"))
    start_date = models.DateField(_("eerste dag"))
    last_day = models.DateField(_("laatste dag"))

    class Meta:
        verbose_name = _("gedekte buurt")
        verbose_name_plural = _("gedekte buurten")
        constraints = [
            models.UniqueConstraint(fields=["status", "buurt"], name="platforms_coverage_unique_buurt"),
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("start_date")), name="platforms_coverage_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.buurt.code} {self.start_date}..{self.last_day}"


class StatusReminder(models.Model):
    """Records that a reminder was sent, so ``send_status_reminders`` sends each one once."""

    class Kind(models.TextChoices):
        SIX_MONTHS = "6m", _("6 maanden voor het einde")
        ONE_MONTH = "1m", _("1 maand voor het einde")

    status = models.ForeignKey(
        StatusPeriod, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("statusperiode")
    )
    kind = models.CharField(_("soort"), max_length=2, choices=Kind.choices)
    sent_at = models.DateTimeField(_("verzonden op"), auto_now_add=True)
    recipients = models.TextField(_("ontvangers"), blank=True)

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        constraints = [models.UniqueConstraint(fields=["status", "kind"], name="platforms_reminder_once")]

    def __str__(self) -> str:
        return f"{self.status} ({self.get_kind_display()})"
