"""The public signup and contact forms. Validation only; storing and mailing live in services.py."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from platforms.models import Stadsdeel

from . import selectors
from .models import Coalition, ContactTopic, MemberKind
from .validators import validate_multi_line, validate_single_line

HONEYPOT_FIELD = "homepage_url"
TOKEN_FIELD = "form_token"  # noqa: S105 (a field name, not a secret)

REQUIRED = _("Dit veld is verplicht.")


def _messages(max_length: int | None = None, required: str | None = None) -> dict:
    messages = {"required": required or REQUIRED}
    if max_length:
        messages["max_length"] = _("Gebruik maximaal %(limit_value)d tekens (nu %(show_value)d).")
    return messages


def line(
    label, *, max_length: int, required: bool = True, required_message=None, validators=(), **kwargs
) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        validators=[validate_single_line, *validators],
        error_messages=_messages(max_length, required_message),
        **kwargs,
    )


def text(label, *, max_length: int, required: bool = True, required_message=None, rows: int = 6, **kwargs):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        validators=[validate_multi_line],
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages=_messages(max_length, required_message),
        **kwargs,
    )


def email_field(help_text) -> forms.EmailField:
    return forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        validators=[validate_single_line],
        help_text=help_text,
        error_messages={
            **_messages(254, _("Vul je e-mailadres in.")),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


def consent_field() -> forms.BooleanField:
    return forms.BooleanField(
        label=_("Ik heb de privacyverklaring gelezen en ga akkoord met het bewaren van deze gegevens."),
        error_messages={"required": _("Je kunt het formulier alleen versturen als je akkoord gaat.")},
    )


def _is_choice_group(field: forms.Field) -> bool:
    return isinstance(field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)


class StadsdeelChoiceField(forms.ModelChoiceField):
    """Visitors know the stadsdeel by name; the code is for the register."""

    def label_from_instance(self, obj: Stadsdeel) -> str:
        return obj.name


class ProtectedForm(forms.Form):
    """Adds the one-time token and the honeypot, and links every error and hint to its field."""

    form_token = forms.CharField(widget=forms.HiddenInput, max_length=200, required=False)
    homepage_url = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    # Fields rendered by the templates' own markup rather than the generic loop.
    hidden_names = (TOKEN_FIELD, HONEYPOT_FIELD)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name in self.hidden_names or _is_choice_group(field):
                continue
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"

    def is_spam_honeypot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name not in self.fields or name in self.hidden_names or _is_choice_group(self.fields[name]):
                continue  # radio and checkbox groups are described on their fieldset in the template
            bound = self[name]
            described = [f"{bound.auto_id}-error"]
            if self.fields[name].help_text:
                described.append(f"{bound.auto_id}-hint")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)
            self.fields[name].widget.attrs["aria-invalid"] = "true"

    def visible_form_fields(self):
        return [self[name] for name in self.fields if name not in self.hidden_names]

    def error_summary(self) -> list[tuple[str, str]]:
        """(anchor id, message) for every error, in field order; the anchor is "" for form-wide errors."""
        items = [("", str(message)) for message in self.non_field_errors()]
        for name in self.fields:
            if name not in self.errors:
                continue
            bound = self[name]
            anchor = "" if name in self.hidden_names else bound.auto_id
            if anchor and _is_choice_group(self.fields[name]):
                anchor = f"{anchor}_0"
            items.extend((anchor, str(message)) for message in self.errors[name])
        return items


class SignupForm(ProtectedForm):
    """Coalition membership: the organisation, where it works, who to contact and which coalition(s)."""

    COALITION_CITYWIDE = "citywide"
    COALITION_STADSDEEL = "stadsdeel"

    organisation_name = line(
        _("Naam van de organisatie"),
        max_length=200,
        required_message=_("Vul de naam van je organisatie in."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    kind = forms.ChoiceField(
        label=_("Wat voor organisatie is het?"),
        choices=MemberKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies wat voor organisatie het is."),
            "invalid_choice": _("Kies een van de mogelijkheden."),
        },
    )
    stadsdeel = StadsdeelChoiceField(
        label=_("Stadsdeel"),
        # Every stadsdeel with a board, whether or not the register has its buurten yet; in the municipality's order.
        queryset=Stadsdeel.objects.filter(has_board=True).order_by("code"),
        empty_label=_("Kies een stadsdeel"),
        error_messages={
            "required": _("Kies het stadsdeel waar jullie actief zijn."),
            "invalid_choice": _("Kies een stadsdeel uit de lijst."),
        },
    )
    buurten = text(
        _("Buurten"),
        max_length=2000,
        rows=3,
        required_message=_("Noem ten minste één buurt waar jullie actief zijn."),
        help_text=_(
            "Typ de namen of codes van de buurten (zoals AA01), gescheiden door komma's. "
            "Een buurt die we niet kennen, bewaren we zoals je hem typt."
        ),
    )
    contact_name = line(
        _("Contactpersoon"),
        max_length=150,
        required_message=_("Vul de naam van de contactpersoon in."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = email_field(_("Bijvoorbeeld naam@voorbeeld.nl. Hierop sturen we een bevestiging."))
    phone = line(
        _("Telefoonnummer (niet verplicht)"),
        max_length=30,
        required=False,
        validators=[
            RegexValidator(
                r"^\+?[0-9 ()\-]{6,30}$", _("Vul een telefoonnummer in met alleen cijfers, spaties, + of -.")
            )
        ],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}),
    )
    website = forms.URLField(
        label=_("Website (niet verplicht)"),
        max_length=200,
        required=False,
        assume_scheme="https",
        validators=[validate_single_line],
        help_text=_("Het adres van jullie eigen website, als jullie die hebben."),
        error_messages={
            "invalid": _("Vul een geldig webadres in dat begint met https:// of http://."),
            **_messages(200),
        },
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    coalitions = forms.MultipleChoiceField(
        label=_("Bij welke coalitie wil je je aanmelden?"),
        choices=[
            (COALITION_CITYWIDE, _("De stedelijke Coalitie van Buurtplatformen Amsterdam")),
            (COALITION_STADSDEEL, _("De coalitie van ons stadsdeel")),
        ],
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies ten minste één coalitie."),
            "invalid_choice": _("Kies een van de mogelijkheden."),
        },
    )
    motivation = text(
        _("Waarom willen jullie lid worden?"),
        max_length=3000,
        required_message=_("Vertel kort waarom jullie lid willen worden."),
    )
    consent = consent_field()

    def clean(self):
        cleaned = super().clean()
        stadsdeel = cleaned.get("stadsdeel")
        buurten_text = cleaned.get("buurten")
        if stadsdeel and buurten_text:
            match = selectors.buurt_match(text=buurten_text, stadsdeel=stadsdeel)
            if match.elsewhere:
                self.add_error(
                    "buurten",
                    _("Deze buurten liggen niet in stadsdeel %(stadsdeel)s: %(names)s.")
                    % {"stadsdeel": stadsdeel.name, "names": ", ".join(match.elsewhere)},
                )
            else:
                cleaned["buurt_objects"] = match.buurten
                cleaned["buurten_other"] = ", ".join(match.unknown)
        choices = cleaned.get("coalitions") or []
        coalitions: list[Coalition] = []
        if self.COALITION_CITYWIDE in choices:
            citywide = selectors.coalition_citywide()
            if citywide is None:
                self.add_error("coalitions", _("De stedelijke coalitie neemt op dit moment geen aanmeldingen aan."))
            else:
                coalitions.append(citywide)
        if self.COALITION_STADSDEEL in choices and stadsdeel:
            local = selectors.coalition_for_stadsdeel(stadsdeel=stadsdeel)
            if local is None:
                self.add_error(
                    "coalitions",
                    _("Stadsdeel %(stadsdeel)s heeft (nog) geen eigen coalitie. Kies de stedelijke coalitie.")
                    % {"stadsdeel": stadsdeel.name},
                )
            else:
                coalitions.append(local)
        cleaned["coalition_objects"] = coalitions
        return cleaned


class ContactForm(ProtectedForm):
    """A message to the editors of the kennisbank."""

    name = line(
        _("Naam"),
        max_length=150,
        required_message=_("Vul je naam in."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = email_field(_("Bijvoorbeeld naam@voorbeeld.nl. Zo kan de redactie je antwoorden."))
    topic = forms.ChoiceField(
        label=_("Waar gaat je bericht over?"),
        choices=ContactTopic.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies waar je bericht over gaat."),
            "invalid_choice": _("Kies een van de mogelijkheden."),
        },
    )
    message = text(_("Bericht"), max_length=5000, rows=8, required_message=_("Schrijf je bericht."))
    consent = consent_field()
