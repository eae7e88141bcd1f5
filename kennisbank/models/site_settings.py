"""Site-wide editable settings: the footer's contact details and links."""

import copy

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Footer text and links, edited under Instellingen > Site-instellingen."""

    contact_email = models.EmailField(_("e-mailadres van de redactie"), blank=True, default="redactie@example.org")
    footer_text = models.CharField(
        _("tekst in de voettekst"),
        max_length=250,
        blank=True,
        default="Kennisbank Buurtplatformen: voor buurtplatformen, door buurtplatformen.",
    )
    woon_url = models.URLField(_("website van Stichting !WOON"), blank=True, default="https://www.wooninfo.nl/")
    coalition_url = models.CharField(
        _("link naar de coalitie"),
        max_length=250,
        blank=True,
        default="/coalitie/",
        help_text=_("Een webadres of een pad op deze site, zoals /coalitie/."),
        validators=[
            RegexValidator(
                r"^(https?://[^\s]+|/[^\s]*)$",
                _("Vul een webadres in (https://...) of een pad dat met / begint."),
            )
        ],
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("footer_text"),
        FieldPanel("woon_url"),
        FieldPanel("coalition_url"),
    ]

    class Meta:
        verbose_name = _("site-instellingen")

    @classmethod
    def for_site(cls, site):
        """The settings of ``site``, from the shared cache (every page's footer needs them)."""
        from kennisbank.cache import site_cached

        # Never a write on a GET (Wagtail's get_or_create): unsaved defaults until an editor saves the form.
        # A copy: the admin binds forms to the instance it gets, and must never change the shared one.
        return copy.copy(
            site_cached(
                name=f"site-settings:{site.pk}", build=lambda: cls.objects.filter(site=site).first() or cls(site=site)
            )
        )
