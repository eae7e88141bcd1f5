"""The register in the Wagtail admin: viewsets, the editors' action forms and a dashboard panel."""

import django_filters

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.components import Component
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import HeaderButton
from wagtail.admin.widgets.button import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import admin_views, selectors, services
from .forms import ApplicationSubmitForm, PlatformAdminFormMixin
from .models import Application, Buurt, Gebied, Platform, Stadsdeel, StatusPeriod, Wijk


class NoEditPolicy(ModelPermissionPolicy):
    """Model permissions, minus the actions that must not happen through the generic admin views."""

    denied: frozenset[str] = frozenset()

    def __init__(self, model, denied):
        super().__init__(model)
        self.denied = frozenset(denied)

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


# The area division comes from the municipality (import_gebieden): read-only for editors.
for area_model in (Stadsdeel, Gebied, Wijk, Buurt):
    register_permission_policy(area_model, NoEditPolicy(area_model, {"add", "change", "delete"}), exact_class=True)
# Applications are created through application_submit and changed only by the action forms; status periods only
# by decisions, renewals and revocations.
register_permission_policy(Application, NoEditPolicy(Application, {"change", "delete"}), exact_class=True)
register_permission_policy(StatusPeriod, NoEditPolicy(StatusPeriod, {"add", "change", "delete"}), exact_class=True)


class AreaViewSet(ModelViewSet):
    icon = "site"
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False
    form_fields = ["name"]  # required by ModelViewSet; the policy above forbids add and edit
    search_fields = ["code", "name"]


class StadsdeelViewSet(AreaViewSet):
    model = Stadsdeel
    list_display = ["code", "name", "has_board", "begin_geldigheid"]
    list_export = ["code", "name", "identificatie", "has_board", "begin_geldigheid", "eind_geldigheid"]
    list_filter = ["has_board"]


class GebiedViewSet(AreaViewSet):
    model = Gebied
    list_display = ["code", "name", "stadsdeel"]
    list_export = ["code", "name", "identificatie", "stadsdeel", "begin_geldigheid", "eind_geldigheid"]
    list_filter = ["stadsdeel"]


class WijkViewSet(AreaViewSet):
    model = Wijk
    list_display = ["code", "name", "stadsdeel", "cbs_code"]
    list_export = ["code", "name", "cbs_code", "identificatie", "stadsdeel", "begin_geldigheid", "eind_geldigheid"]
    list_filter = ["stadsdeel"]


class BuurtViewSet(AreaViewSet):
    model = Buurt
    list_display = ["code", "name", "wijk", "gebied", "stadsdeel", "eind_geldigheid"]
    list_export = [
        "code",
        "name",
        "cbs_code",
        "identificatie",
        "volgnummer",
        "wijk",
        "gebied",
        "stadsdeel",
        "begin_geldigheid",
        "eind_geldigheid",
    ]
    list_filter = ["stadsdeel", "gebied"]
    inspect_view_fields = [
        "code",
        "name",
        "cbs_code",
        "identificatie",
        "volgnummer",
        "wijk",
        "gebied",
        "stadsdeel",
        "begin_geldigheid",
        "eind_geldigheid",
    ]


class PlatformForm(PlatformAdminFormMixin, WagtailAdminModelForm):
    """The platform form; the work area is a checkbox list grouped per wijk instead of a 500-option select."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["buurten"]
        keep = list(self.instance.buurten.values_list("pk", flat=True)) if self.instance.pk else []
        field.widget = forms.CheckboxSelectMultiple(
            attrs={"class": "work-area"}, choices=selectors.buurt_choices_by_wijk(keep=keep)
        )
        field.help_text = _(
            "Vink de buurten aan waarin het platform werkt, alle in het gekozen stadsdeel. De buurten staan per "
            "wijk, op code; zoek een buurt met Ctrl+F (Cmd+F) op naam of code."
        )

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug == "kaart":
            raise ValidationError(_("Deze slug is gereserveerd voor de kaart; kies een andere."))
        return slug

    class Meta:
        model = Platform
        fields = [
            "name",
            "slug",
            "stadsdeel",
            "buurten",
            "description",
            "website",
            "contact_email",
            "legal_form",
            "kvk_number",
            "logo",
            "coalition_member",
        ]


class PlatformDeleteView(generic.DeleteView):
    """A platform with applications or statuses is history: refuse the delete with a message, not an error page."""

    def form_valid(self, form):
        if not self.object.applications.exists():
            try:
                with transaction.atomic():
                    return super().form_valid(form)
            except ProtectedError:
                pass
        messages.error(
            self.request,
            _("Dit buurtplatform heeft aanvragen of statusperiodes en kan daarom niet worden verwijderd."),
        )
        return redirect("platform:edit", self.object.pk)


class PlatformViewSet(ModelViewSet):
    model = Platform
    delete_view_class = PlatformDeleteView
    icon = "group"
    menu_label = _("Buurtplatformen")
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["name", "stadsdeel", "legal_form", "coalition_member", "updated_at"]
    list_filter = ["stadsdeel", "legal_form", "coalition_member"]
    search_fields = ["name", "slug", "description"]
    list_export = [
        "name",
        "slug",
        "stadsdeel",
        "legal_form",
        "kvk_number",
        "website",
        "contact_email",
        "coalition_member",
    ]

    def get_form_class(self, for_update=False):
        return PlatformForm


class ApplicationFilterSet(WagtailFilterSet):
    open = django_filters.BooleanFilter(
        label=_("Nog niet besloten"), method="filter_open", widget=django_filters.widgets.BooleanWidget()
    )

    def filter_open(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(decision="") if value else queryset.exclude(decision="")

    class Meta:
        model = Application
        fields = ["is_competing", "advice", "decision", "platform__stadsdeel"]


class ApplicationCreateView(generic.CreateView):
    """Records an application through ``application_submit`` (Westpoort, work area and competitors checked)."""

    def get_form_class(self):
        return ApplicationSubmitForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.pop("instance", None)
        kwargs.pop("for_user", None)
        return kwargs

    def form_valid(self, form):
        self.form = form
        try:
            self.object = services.application_submit(**form.cleaned_data, entered_by=self.request.user)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        return self.save_action()

    def get_success_url(self):
        return reverse("application:inspect", args=[self.object.pk])

    def get_success_message(self, instance):
        if instance.is_competing:
            return _("De aanvraag is vastgelegd. Let op: er is een concurrerende aanvraag of lopende status.")
        return _("De aanvraag is vastgelegd.")


def _application_actions(user, application) -> list[tuple[str, str, str]]:
    if not application.is_open or not user.has_perm("platforms.change_application"):
        return []
    return [
        (_("Advies vastleggen"), reverse("platforms_admin:advice", args=[application.pk]), "comment"),
        (_("Besluit vastleggen"), reverse("platforms_admin:decision", args=[application.pk]), "tick"),
    ]


def _status_actions(user, status) -> list[tuple[str, str, str]]:
    if status.is_revoked or not user.has_perm("platforms.change_statusperiod"):
        return []
    return [
        (_("Verlenging aanvragen"), reverse("platforms_admin:renew", args=[status.pk]), "repeat"),
        (_("Intrekken"), reverse("platforms_admin:revoke", args=[status.pk]), "cross"),
    ]


class ActionsIndexMixin:
    actions = staticmethod(_application_actions)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for label, url, icon in self.actions(self.request.user, instance):
            buttons.append(MenuItem(label, url=url, icon_name=icon, priority=5))
        return buttons


class ActionsInspectMixin:
    actions = staticmethod(_application_actions)

    def get_field_display_value(self, field_name, field):
        if getattr(self.object, field_name, "") is None:
            return "-"
        value = super().get_field_display_value(field_name, field)
        if value is None or value == "":
            return "-"
        if isinstance(value, bool):
            return _("ja") if value else _("nee")
        return value

    @property
    def header_buttons(self):
        return [
            HeaderButton(label, url=url, icon_name=icon)
            for label, url, icon in self.actions(self.request.user, self.object)
        ]


class ApplicationIndexView(ActionsIndexMixin, generic.IndexView):
    pass


class ApplicationInspectView(ActionsInspectMixin, generic.InspectView):
    pass


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "doc-full"
    menu_label = _("Aanvragen")
    inspect_view_enabled = True
    copy_view_enabled = False
    add_view_class = ApplicationCreateView
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    form_fields = ["note"]  # unused: ApplicationCreateView has its own form and editing is not allowed
    filterset_class = ApplicationFilterSet
    search_fields = ["platform__name", "decision_reference", "buurten__code", "buurten__name"]
    list_display = ["__str__", "kind_label", "is_competing", "advice", "decision", "decision_date"]
    list_export = [
        "platform",
        "submitted_on",
        "kind_label",
        "is_competing",
        "advice",
        "advice_date",
        "decision",
        "decision_date",
        "decision_reference",
    ]
    inspect_view_fields = [
        "platform",
        "buurten",
        "submitted_on",
        "renews",
        "note",
        "is_competing",
        "advice",
        "advice_date",
        "advice_text",
        "advice_document",
        "decision",
        "decision_date",
        "decision_reference",
        "decision_document",
        "entered_by",
    ]


class StatusFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("Status"),
        method="filter_state",
        choices=[
            ("actief", _("Actief")),
            ("verloopt", _("Verloopt binnen 6 maanden")),
            ("verlopen", _("Verlopen of ingetrokken")),
        ],
    )

    def filter_state(self, queryset, name, value):
        on = selectors.today()
        if value == "actief":
            return queryset.filter(start_date__lte=on, last_day__gte=on)
        if value == "verloopt":
            return queryset.filter(pk__in=selectors.status_expiring(on=on).values("pk"))
        if value == "verlopen":
            return queryset.filter(last_day__lt=on)
        return queryset

    class Meta:
        model = StatusPeriod
        fields = ["platform__stadsdeel"]


class StatusIndexView(ActionsIndexMixin, generic.IndexView):
    actions = staticmethod(_status_actions)


class StatusInspectView(ActionsInspectMixin, generic.InspectView):
    actions = staticmethod(_status_actions)


class StatusPeriodViewSet(ModelViewSet):
    model = StatusPeriod
    icon = "date"
    menu_label = _("Statusperiodes")
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = StatusIndexView
    inspect_view_class = StatusInspectView
    form_fields = ["revocation_reason"]  # unused: periods are created by decisions, changed by actions
    filterset_class = StatusFilterSet
    search_fields = ["platform__name", "buurten__code", "buurten__name"]
    list_display = ["platform", "start_date", "end_date", "last_day", "revoked_on"]
    list_export = ["platform", "start_date", "end_date", "last_day", "revoked_on", "revocation_reason"]
    inspect_view_fields = [
        "platform",
        "application",
        "buurten",
        "start_date",
        "end_date",
        "last_day",
        "revoked_on",
        "revocation_reason",
        "entered_by",
    ]


class RegisterViewSetGroup(ModelViewSetGroup):
    menu_label = _("Register")
    menu_icon = "list-ul"
    menu_order = 250
    items = (
        PlatformViewSet,
        ApplicationViewSet,
        StatusPeriodViewSet,
        StadsdeelViewSet,
        GebiedViewSet,
        WijkViewSet,
        BuurtViewSet,
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return RegisterViewSetGroup()


@hooks.register("register_admin_urls")
def register_action_urls():
    urls = [
        path("aanvraag/<int:pk>/advies/", admin_views.AdviceView.as_view(), name="advice"),
        path("aanvraag/<int:pk>/besluit/", admin_views.DecisionView.as_view(), name="decision"),
        path("status/<int:pk>/verlengen/", admin_views.RenewView.as_view(), name="renew"),
        path("status/<int:pk>/intrekken/", admin_views.RevokeView.as_view(), name="revoke"),
    ]
    return [path("register/", (urls, "platforms_admin", "platforms_admin"))]


class RegisterPanel(Component):
    """Dashboard: competing applications and statuses expiring within 6 months, at a glance."""

    name = "platforms_register"
    order = 50
    template_name = "platforms/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        return {
            "competing": list(selectors.applications_competing()),
            "expiring": list(selectors.status_expiring()),
        }


@hooks.register("construct_homepage_panels")
def add_register_panel(request, panels):
    if request.user.has_perm("platforms.change_application") or request.user.has_perm("platforms.view_statusperiod"):
        panels.append(RegisterPanel())


@hooks.register("insert_global_admin_css")
def work_area_css():
    """Columns for the platform form's work-area checkboxes (static/css/platforms_admin.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/platforms_admin.css"))
