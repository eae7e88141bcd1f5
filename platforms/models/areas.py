"""Amsterdam's area division: stadsdeel, gebied (GGW), wijk and buurt.

The area models mirror the municipality's gebiedsindeling (``/v1/gebieden/...``) with its own codes, so a
fresh export can be imported over them. Status, applications and decisions live in their own models.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AreaBase(models.Model):
    """Fields every level of the municipality's area division has."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    identificatie = models.CharField(_("identificatie"), max_length=40, blank=True)
    volgnummer = models.PositiveIntegerField(_("volgnummer"), default=1)
    begin_geldigheid = models.DateField(_("begin geldigheid"), null=True, blank=True)
    eind_geldigheid = models.DateField(_("eind geldigheid"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Stadsdeel(AreaBase):
    """A stadsdeel (or Westpoort, a statistical area without a board)."""

    has_board = models.BooleanField(
        _("heeft een stadsdeelbestuur"),
        default=True,
        help_text=_("Alleen een stadsdeel met een bestuur kan de buurtplatformstatus toekennen."),
    )

    class Meta(AreaBase.Meta):
        verbose_name = _("stadsdeel")
        verbose_name_plural = _("stadsdelen")


class Gebied(AreaBase):
    """A GGW-gebied: a group of buurten within one stadsdeel."""

    stadsdeel = models.ForeignKey(
        Stadsdeel, on_delete=models.PROTECT, related_name="gebieden", verbose_name=_("stadsdeel")
    )

    class Meta(AreaBase.Meta):
        verbose_name = _("gebied")
        verbose_name_plural = _("gebieden")


class Wijk(AreaBase):
    """A wijk: the first two letters of its buurten's codes."""

    cbs_code = models.CharField(_("CBS-code"), max_length=20, blank=True)
    stadsdeel = models.ForeignKey(
        Stadsdeel, on_delete=models.PROTECT, related_name="wijken", verbose_name=_("stadsdeel")
    )

    class Meta(AreaBase.Meta):
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")


class Buurt(AreaBase):
    """A buurt, the unit a platform status covers."""

    cbs_code = models.CharField(_("CBS-code"), max_length=20, blank=True)
    wijk = models.ForeignKey(Wijk, on_delete=models.PROTECT, related_name="buurten", verbose_name=_("wijk"))
    gebied = models.ForeignKey(
        Gebied, on_delete=models.PROTECT, related_name="buurten", null=True, blank=True, verbose_name=_("gebied")
    )
    stadsdeel = models.ForeignKey(
        Stadsdeel, on_delete=models.PROTECT, related_name="buurten", verbose_name=_("stadsdeel")
    )
    geometry = models.JSONField(_("geometrie (GeoJSON)"), null=True, blank=True)

    class Meta(AreaBase.Meta):
        verbose_name = _("buurt")
        verbose_name_plural = _("buurten")
