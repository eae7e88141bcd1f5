"""The Wagtail pages that host the public forms, so editors write the intro and thank-you texts."""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class FormPageBase(RoutablePageMixin, Page):
    """A page with a form at its URL and a thank-you page at ``bedankt/`` (POST/redirect/GET)."""

    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_title = models.CharField(_("titel bedankpagina"), max_length=200, default=_("Bedankt!"))
    thank_you_text = RichTextField(_("tekst bedankpagina"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("thank_you_title"),
        FieldPanel("thank_you_text"),
    ]
    subpage_types: list[str] = []
    form_kind = ""

    class Meta:
        abstract = True

    @path("")
    def form_view(self, request: HttpRequest) -> HttpResponse:
        from coalition.views import form_page_serve

        return form_page_serve(page=self, request=request)

    @path("bedankt/", name="thanks")
    def thanks_view(self, request: HttpRequest) -> HttpResponse:
        from coalition.views import form_page_thanks

        return form_page_thanks(page=self, request=request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        privacy = Page.objects.live().filter(slug="privacy").first()
        context["privacy_url"] = privacy.url if privacy else "/privacy/"
        return context

    def thanks_url(self) -> str:
        return self.url + self.reverse_subpage("thanks")


class SignupFormPage(FormPageBase):
    """Coalition membership signup (/aanmelden/)."""

    form_kind = "signup"
    max_count = 1

    class Meta:
        verbose_name = _("aanmeldformulier coalitie")

    def get_form_class(self):
        from coalition.forms import SignupForm

        return SignupForm


class ContactFormPage(FormPageBase):
    """Contact form to the !WOON editors (/contact/)."""

    form_kind = "contact"
    max_count = 1

    class Meta:
        verbose_name = _("contactformulier")

    def get_form_class(self):
        from coalition.forms import ContactForm

        return ContactForm
