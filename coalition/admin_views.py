"""Wagtail admin building blocks for submissions: a policy without 'add', safe exports, service-backed edits."""

import django_filters

from django.contrib.auth import get_user_model
from django.template.defaultfilters import linebreaksbr
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.permission_policies import ModelPermissionPolicy

from platforms.models import Stadsdeel

from . import services
from .forms import StadsdeelChoiceField
from .models import Signup

# Spreadsheet apps treat cells starting with these as formulas (tab and CR too, after trimming).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_csv_cell(value):
    """Prefix a quote so a visitor's '=HYPERLINK(...)' stays text when an editor opens the CSV."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class RestrictedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions minus some actions for everyone (superusers too): submissions only come from the site."""

    def __init__(self, model, *, forbidden: set[str]):
        super().__init__(model)
        self.forbidden = forbidden

    def user_has_permission(self, user, action):
        return action not in self.forbidden and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.forbidden]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)


class SafeExportIndexView(IndexView):
    """Index view whose CSV export neutralises formula cells (XLSX cells are always written as text)."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_csv_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )


class StadsdeelFilter(django_filters.ModelChoiceFilter):
    """A stadsdeel filter that lists the stadsdelen by name (in code order), as editors know them."""

    field_class = StadsdeelChoiceField


class SignupFilterSet(WagtailFilterSet):
    stadsdeel = StadsdeelFilter(queryset=Stadsdeel.objects.order_by("code"), label=gettext_lazy("stadsdeel"))

    class Meta:
        model = Signup
        fields = ["status", "kind", "stadsdeel", "coalitions"]


class SubmissionInspectView(InspectView):
    """Detail of a submission: multi-line text keeps its line breaks (escaped), booleans and blanks read well."""

    multiline_fields = ("motivation", "message", "notes", "buurten_other")

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if field_name in self.multiline_fields and isinstance(value, str):
            return linebreaksbr(value, autoescape=True)
        if isinstance(value, bool):
            return _("Ja") if value else _("Nee")
        if value is None or value == "":
            return "-"
        return value


class SignupEditView(EditView):
    """Saving goes through the service, so accepting a signup creates its memberships."""

    def save_instance(self):
        instance = self.form.instance
        return services.signup_set_status(signup=instance, status=instance.status, notes=instance.notes)


class ContactMessageEditView(EditView):
    def save_instance(self):
        instance = self.form.instance
        return services.contact_set_status(message=instance, status=instance.status, notes=instance.notes)
