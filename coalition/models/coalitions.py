"""The Coalitie van Buurtplatformen: the city-wide coalition, coalitions per stadsdeel, and their members."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class MemberKind(models.TextChoices):
    PLATFORM = "platform", _("Buurtplatform")
    RESIDENTS = "residents", _("Bewonersorganisatie die naar de rol van buurtplatform toegroeit")
    OTHER = "other", _("Anders")


class StadsdeelNameMixin:
    """Shows the model's stadsdeel by name only in admin lists, detail views and exports.

    ``Stadsdeel.__str__`` is "T Zuidoost" (code and name) for the register; editors of the coalition know the
    stadsdeel by name. Wagtail's list columns and inspect view use ``get_<field>_display`` when it exists.
    """

    def get_stadsdeel_display(self) -> str:
        return self.stadsdeel.name if self.stadsdeel_id else ""


class Coalition(StadsdeelNameMixin, models.Model):
    """A coalition of buurtplatformen: city-wide (no stadsdeel) or for one stadsdeel (at most one each)."""

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    stadsdeel = models.OneToOneField(
        "platforms.Stadsdeel",
        verbose_name=_("stadsdeel"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="coalition",
        help_text=_("Leeg laten voor de stedelijke coalitie."),
    )
    is_citywide = models.BooleanField(_("stedelijke coalitie"), default=False)
    description = models.TextField(_("beschrijving"), max_length=2000, blank=True)

    class Meta:
        ordering = ["-is_citywide", "name"]
        verbose_name = _("coalitie")
        verbose_name_plural = _("coalities")
        constraints = [
            # At most one city-wide coalition (without stadsdeel); one per stadsdeel comes from the one-to-one.
            models.UniqueConstraint(
                fields=["is_citywide"], condition=Q(is_citywide=True), name="coalition_one_citywide"
            ),
            models.CheckConstraint(
                condition=Q(is_citywide=True, stadsdeel__isnull=True) | Q(is_citywide=False, stadsdeel__isnull=False),
                name="coalition_citywide_xor_stadsdeel",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.is_citywide and self.stadsdeel_id:
            raise ValidationError({"stadsdeel": _("Een stedelijke coalitie hoort niet bij een stadsdeel.")})
        if not self.is_citywide and not self.stadsdeel_id:
            raise ValidationError({"stadsdeel": _("Kies het stadsdeel, of maak dit de stedelijke coalitie.")})
        if self.is_citywide and Coalition.objects.filter(is_citywide=True).exclude(pk=self.pk).exists():
            raise ValidationError({"is_citywide": _("Er is al een stedelijke coalitie.")})


class Membership(StadsdeelNameMixin, models.Model):
    """An organisation's membership of one coalition; public: only the organisation, never a person."""

    coalition = models.ForeignKey(
        Coalition, verbose_name=_("coalitie"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation_name = models.CharField(_("organisatie"), max_length=200)
    kind = models.CharField(_("soort"), max_length=20, choices=MemberKind.choices, default=MemberKind.PLATFORM)
    platform = models.ForeignKey(
        "platforms.Platform",
        verbose_name=_("buurtplatform in het register"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coalition_memberships",
    )
    stadsdeel = models.ForeignKey(
        "platforms.Stadsdeel",
        verbose_name=_("stadsdeel"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    signup = models.ForeignKey(
        "coalition.Signup",
        verbose_name=_("aanmelding"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
    )
    member_since = models.DateField(_("lid sinds"))

    class Meta:
        ordering = ["organisation_name"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(fields=["coalition", "organisation_name"], name="membership_unique_name"),
            models.UniqueConstraint(
                fields=["coalition", "platform"],
                condition=Q(platform__isnull=False),
                name="membership_unique_platform",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.coalition})"
