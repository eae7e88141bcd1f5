"""Views: the form pages' GET/POST handling, the public member lists and the Dutch CSRF failure page.

Thin on purpose: spam checks live in spam.py, validation in forms.py, storing and mailing in services.py.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from . import selectors, services
from .forms import TOKEN_FIELD
from .models import ContactMessage, Signup
from .spam import TokenVerdict, form_token_check, form_token_issue, rate_limit_exceeded

logger = logging.getLogger(__name__)

# Every field at its maximum length in 4-byte characters (emoji) is about 65 KB URL-encoded; allow that.
MAX_BODY_BYTES = 128 * 1024

SUBMITTERS = {"signup": (Signup, services.signup_submit), "contact": (ContactMessage, services.contact_submit)}


@dataclass(frozen=True)
class FormNotice:
    """A message above the form that is not about a field: why a filled-in form was not sent yet."""

    INFO = "info"
    WARNING = "warning"

    level: str
    title: str
    text: str


def _no_store(response: HttpResponse) -> HttpResponse:
    """Form pages carry a token and typed personal data: never keep them in a shared or browser cache."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def _redirect_to_thanks(page) -> HttpResponse:
    return _no_store(HttpResponseRedirect(page.thanks_url(), status=303))


def _body_too_large(request: HttpRequest) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > getattr(settings, "COALITION_MAX_BODY_BYTES", MAX_BODY_BYTES)


def form_page_serve(*, page, request: HttpRequest) -> HttpResponse:
    """GET shows the form; POST validates, stores and redirects (303) to the thank-you page."""
    if request.method not in {"GET", "HEAD", "POST"}:
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    form_class = page.get_form_class()
    kind = page.form_kind
    if request.method != "POST":
        form = form_class(initial={TOKEN_FIELD: form_token_issue(kind=kind)})
        return _render_form(page, request, form)

    if _body_too_large(request):
        response = render(request, "coalition/request_too_large.html", {"page": page}, status=413)
        return _no_store(response)

    form = form_class(request.POST)
    check = form_token_check(kind=kind, value=request.POST.get(TOKEN_FIELD, ""))
    if form.is_spam_honeypot() or check.verdict is TokenVerdict.INVALID:
        # No error detail for bots; nothing is stored. (A browser always sends the token we signed.)
        logger.info("Rejected %s form post as spam (%s)", kind, check.verdict.value)
        return _redirect_to_thanks(page)

    model, submit = SUBMITTERS[kind]
    if check.token and model.objects.filter(form_token=check.token).exists():
        return _redirect_to_thanks(page)  # double click, resubmit or back button: nothing new

    if check.verdict is TokenVerdict.EXPIRED:
        form = _rebound_with_fresh_token(form_class, request, kind)
        form.is_valid()
        form.add_error(None, _("Het formulier stond te lang open. Controleer je gegevens en verstuur het opnieuw."))
        return _render_form(page, request, form)

    if not form.is_valid():
        return _render_form(page, request, form)

    if check.verdict is TokenVerdict.TOO_FAST:
        # Valid, but sent within seconds of loading the page: a bot, or a person with autofill. A person checks
        # and sends again (with a fresh token, so the fill time starts over); nothing is stored or thrown away.
        logger.info("Asked to resend a %s form post that came too fast", kind)
        notice = FormNotice(
            level=FormNotice.INFO,
            title=_("Controleer je gegevens"),
            text=_(
                "Je formulier is nog niet verstuurd. Kijk of alles klopt en klik dan nog een keer op de knop "
                "om het te versturen."
            ),
        )
        return _render_form(page, request, _rebound_with_fresh_token(form_class, request, kind), notice=notice)

    if rate_limit_exceeded(kind=kind, request=request):
        # A buurthuis wifi shares one address: show the typed form again and say why, never drop it silently.
        logger.warning("Rate limit hit for the %s form", kind)
        notice = FormNotice(
            level=FormNotice.WARNING,
            title=_("Je formulier is nog niet verstuurd"),
            text=_(
                "Er zijn vanaf deze verbinding veel formulieren verstuurd. Wacht een uur en probeer het opnieuw, "
                "of mail de redactie. Wat je hebt ingevuld, staat hieronder nog klaar."
            ),
        )
        return _render_form(page, request, form, notice=notice, status=429)

    submit(form_token=check.token, data=form.cleaned_data, site=page.get_site())
    return _redirect_to_thanks(page)


def _rebound_with_fresh_token(form_class, request: HttpRequest, kind: str):
    """The posted values in a new form with a new token: what the visitor typed stays, the clock restarts."""
    data = request.POST.copy()
    data[TOKEN_FIELD] = form_token_issue(kind=kind)
    return form_class(data)


def _render_form(
    page, request: HttpRequest, form, *, notice: FormNotice | None = None, status: int = 200
) -> HttpResponse:
    response = page.render(request, context_overrides={"form": form, "form_notice": notice})
    response.status_code = status
    return _no_store(response)


def form_page_thanks(*, page, request: HttpRequest) -> HttpResponse:
    response = page.render(request, template="coalition/form_thanks.html")
    return _no_store(response)


def coalition_index(request: HttpRequest) -> HttpResponse:
    context = {"coalitions": selectors.coalition_list(), "signup_url": selectors.signup_page_url()}
    return render(request, "coalition/coalition_index.html", context)


def coalition_detail(request: HttpRequest, slug: str) -> HttpResponse:
    coalition = selectors.coalition_get_with_members(slug=slug)
    if coalition is None:
        raise Http404
    context = {"coalition": coalition, "signup_url": selectors.signup_page_url()}
    return render(request, "coalition/coalition_detail.html", context)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """settings.CSRF_FAILURE_VIEW: explain in Dutch what to do instead of Django's English page."""
    return _no_store(render(request, "coalition/csrf_failure.html", status=403))
