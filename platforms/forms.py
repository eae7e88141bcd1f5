"""Forms: the public register filter, and the editors' forms that hand their data to the services."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateInput
from wagtail.documents import get_document_model

from .models import Application, Buurt, Platform
from .selectors import StatusFilter, stadsdeel_choices
from .services import platform_check_work_area

STATUS_CHOICES = [
    ("", _("Alle")),
    (StatusFilter.ACTIVE, _("Actief")),
    (StatusFilter.EXPIRING, _("Verloopt binnen 6 maanden")),
    (StatusFilter.EXPIRED, _("Verlopen")),
    (StatusFilter.REVOKED, _("Ingetrokken")),
    (StatusFilter.NONE, _("Geen status")),
]


class AccessibleErrorsMixin:
    """Links each field's error message to its input with aria-describedby (ids ``<field id>-fout``)."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-describedby"] = f"{self[name].auto_id}-fout"
                attrs["aria-invalid"] = "true"


class LenientChoiceField(forms.ChoiceField):
    """A choice field that treats an unknown value as "no choice" (a stale link filters nothing, silently)."""

    def clean(self, value):
        value = self.to_python(value)
        return value if value and self.valid_value(value) else ""


class RegisterFilterForm(AccessibleErrorsMixin, forms.Form):
    """The register's GET filter; an invalid value is reported and ignored, never an error page."""

    q = forms.CharField(label=_("Zoek op platform of buurt (naam of code)"), required=False, max_length=100)
    stadsdeel = LenientChoiceField(label=_("Stadsdeel"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=STATUS_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stadsdeel"].choices = [("", _("Alle stadsdelen")), *stadsdeel_choices()]


def parse_buurt_codes(value: str) -> list[Buurt]:
    """Buurt codes separated by commas or spaces (case-insensitive) to buurten; unknown codes are an error."""
    codes = {code.strip().upper() for code in value.replace(",", " ").split() if code.strip()}
    buurten = list(Buurt.objects.filter(code__in=codes).select_related("stadsdeel"))
    unknown = codes - {b.code for b in buurten}
    if unknown:
        raise ValidationError(_("Onbekende buurtcodes: %(codes)s.") % {"codes": ", ".join(sorted(unknown))})
    if not buurten:
        raise ValidationError(_("Vul ten minste één buurtcode in."))
    return buurten


class BuurtCodesField(forms.CharField):
    def clean(self, value):
        return parse_buurt_codes(super().clean(value) or "")


class ApplicationSubmitForm(forms.Form):
    platform = forms.ModelChoiceField(label=_("Buurtplatform"), queryset=Platform.objects.all())
    buurten = BuurtCodesField(
        label=_("Buurten"), help_text=_("Buurtcodes, gescheiden door komma's of spaties, bijvoorbeeld AA01, AA02.")
    )
    submitted_on = forms.DateField(label=_("Datum aanvraag"), widget=AdminDateInput)
    note = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class AdviceForm(forms.Form):
    advice = forms.ChoiceField(label=_("Advies"), choices=Application.Advice.choices, widget=forms.RadioSelect)
    advice_date = forms.DateField(label=_("Datum advies"), widget=AdminDateInput)
    text = forms.CharField(label=_("Tekst of samenvatting"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    document = forms.ModelChoiceField(label=_("Document"), queryset=get_document_model().objects.all(), required=False)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Besluit"), choices=Application.Decision.choices, widget=forms.RadioSelect)
    decision_date = forms.DateField(label=_("Datum besluit"), widget=AdminDateInput)
    reference = forms.CharField(label=_("Kenmerk"), max_length=100)
    document = forms.ModelChoiceField(label=_("Document"), queryset=get_document_model().objects.all(), required=False)
    start_date = forms.DateField(
        label=_("Eerste dag van de status"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Leeg: de datum van het besluit. Bij een verlenging: de dag na het einde van de oude periode."),
    )
    refuse_competing = forms.BooleanField(label=_("Concurrerende aanvragen in dezelfde stap afwijzen"), required=False)


class RenewForm(forms.Form):
    submitted_on = forms.DateField(label=_("Datum aanvraag verlenging"), widget=AdminDateInput)
    note = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class RevokeForm(forms.Form):
    revoked_on = forms.DateField(
        label=_("Ingetrokken per"), widget=AdminDateInput, help_text=_("De eerste dag zonder status.")
    )
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 4}))


class PlatformAdminFormMixin:
    """Checks the work area (one stadsdeel) through the service, as a field error."""

    def clean(self):
        cleaned = super().clean()
        stadsdeel, buurten = cleaned.get("stadsdeel"), cleaned.get("buurten")
        if stadsdeel and buurten:
            try:
                platform_check_work_area(stadsdeel=stadsdeel, buurten=buurten)
            except ValidationError as exc:
                self.add_error("buurten", exc)
        return cleaned
