"""Site setting for the forms: where the editors' notifications go."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def split_addresses(value: str) -> list[str]:
    return [item.strip() for item in value.replace(",", "\n").splitlines() if item.strip()]


def validate_address_list(value: str) -> None:
    for address in split_addresses(value):
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError(_("%(address)s is geen geldig e-mailadres."), params={"address": address}) from error


@register_setting(icon="mail")
class CoalitionSettings(BaseSiteSetting):
    """Editable per site: the editors' addresses that receive a notification for each submission."""

    editor_emails = models.TextField(
        _("e-mailadressen van de redactie"),
        blank=True,
        max_length=2000,
        validators=[validate_address_list],
        help_text=_("Een adres per regel. Deze adressen krijgen een melding van elke aanmelding en elk bericht."),
    )

    class Meta:
        verbose_name = _("formulieren en e-mail")

    @property
    def editor_email_list(self) -> list[str]:
        return split_addresses(self.editor_emails)
