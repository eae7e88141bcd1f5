"""Editors' action views in the Wagtail admin: each form hands its data to a service, so the rules hold here too."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import forms, services
from .models import Application, StatusPeriod


class ServiceFormView(WagtailAdminTemplateMixin, FormView):
    """A Wagtail-styled form whose valid data goes to ``run_service``; a ValidationError lands on the form."""

    template_name = "wagtailadmin/generic/form.html"
    permission_required = ""
    model = Application
    header_icon = "form"
    submit_button_label = _("Vastleggen")
    success_message = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.get_full_path(),
            submit_button_label=self.submit_button_label,
            submit_button_active_label=self.submit_button_label,
            object=self.object,
        )
        return context

    def form_valid(self, form):
        try:
            self.run_service(form.cleaned_data)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(self.request, self.success_message)
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        messages.validation_error(self.request, _("Het formulier bevat fouten; zie hieronder."), form)
        return super().form_invalid(form)

    def get_success_url(self):
        return reverse(f"{self.model._meta.model_name}:inspect", args=[self.object.pk])

    def run_service(self, data):  # pragma: no cover - overridden
        raise NotImplementedError


class AdviceView(ServiceFormView):
    form_class = forms.AdviceForm
    permission_required = "platforms.change_application"
    page_title = _("Advies stadsdeelcommissie vastleggen")
    success_message = _("Het advies is vastgelegd.")

    def run_service(self, data):
        services.advice_record(
            application=self.object,
            advice=data["advice"],
            advice_date=data["advice_date"],
            text=data["text"],
            document=data["document"],
            entered_by=self.request.user,
        )


class DecisionView(ServiceFormView):
    form_class = forms.DecisionForm
    permission_required = "platforms.change_application"
    page_title = _("Besluit stadsdeelbestuur vastleggen")
    success_message = _("Het besluit is vastgelegd.")

    def run_service(self, data):
        services.decision_record(
            application=self.object,
            decision=data["decision"],
            decision_date=data["decision_date"],
            reference=data["reference"],
            document=data["document"],
            start_date=data["start_date"],
            refuse_competing=data["refuse_competing"],
            entered_by=self.request.user,
        )


class RenewView(ServiceFormView):
    form_class = forms.RenewForm
    model = StatusPeriod
    permission_required = "platforms.change_statusperiod"
    page_title = _("Verlenging aanvragen")
    success_message = _("De aanvraag voor verlenging is vastgelegd. Leg daarna het advies en het besluit vast.")

    def run_service(self, data):
        self.renewal = services.status_renew(
            status=self.object, submitted_on=data["submitted_on"], note=data["note"], entered_by=self.request.user
        )

    def get_success_url(self):
        return reverse("application:inspect", args=[self.renewal.pk])


class RevokeView(ServiceFormView):
    form_class = forms.RevokeForm
    model = StatusPeriod
    permission_required = "platforms.change_statusperiod"
    page_title = _("Status intrekken")
    success_message = _("De status is ingetrokken.")
    submit_button_label = _("Intrekken")

    def run_service(self, data):
        services.status_revoke(
            status=self.object, revoked_on=data["revoked_on"], reason=data["reason"], entered_by=self.request.user
        )
