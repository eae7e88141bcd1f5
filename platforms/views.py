"""Public pages of the register. Thin: the selectors do the reading."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from . import selectors
from .forms import RegisterFilterForm
from .models import Buurt, Platform

PER_PAGE = 25


def register(request: HttpRequest) -> HttpResponse:
    form = RegisterFilterForm(request.GET or None)
    filters = {"q": "", "stadsdeel": "", "status": ""}
    if form.is_bound and form.is_valid():
        filters.update({key: value for key, value in form.cleaned_data.items() if value})
    elif form.is_bound:
        # Keep the valid parts of a partly invalid query; the form shows what was wrong.
        filters.update({key: form.cleaned_data[key] for key in filters if form.cleaned_data.get(key)})
    platforms = selectors.platform_list(**filters)
    try:
        # Like the knowledge base's search and theme pages: a bad page number is a 404, not a silent page 1.
        page = Paginator(platforms, PER_PAGE).page(request.GET.get("pagina") or 1)
    except (PageNotAnInteger, EmptyPage) as exc:
        raise Http404 from exc
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request,
        "platforms/register.html",
        {
            "form": form,
            "page_obj": page,
            "platforms": page.object_list,
            "query": query.urlencode(),
            "filtered": any(filters.values()),
            "horizon": selectors.expiring_horizon(on=selectors.today()),
            "today": selectors.today(),
        },
    )


def platform_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        platform = selectors.platform_detail(slug=slug)
    except Platform.DoesNotExist as exc:
        raise Http404 from exc
    wijken: dict = {}
    for buurt in platform.buurten.all():
        wijken.setdefault(buurt.wijk, []).append(buurt)
    history = [a for a in platform.applications.all() if a.decision or a.advice]
    periods = [a.status_period for a in platform.applications.all() if hasattr(a, "status_period")]
    return render(
        request,
        "platforms/platform_detail.html",
        {
            "platform": platform,
            "wijken": wijken.items(),
            "history": history,
            "periods": sorted(periods, key=lambda p: p.start_date),
            "today": selectors.today(),
            "horizon": selectors.expiring_horizon(on=selectors.today()),
        },
    )


def buurt_detail(request: HttpRequest, code: str) -> HttpResponse:
    if code != code.upper():
        return redirect("platforms:buurt_detail", code=code.upper(), permanent=True)
    try:
        buurt = selectors.buurt_detail(code=code)
    except Buurt.DoesNotExist as exc:
        raise Http404 from exc
    return render(
        request,
        "platforms/buurt_detail.html",
        {
            "buurt": buurt,
            "status": selectors.status_active_for_buurt(buurt=buurt),
            "apply_url": settings.PLATFORM_APPLY_URL,
        },
    )


def buurt_map(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "platforms/map.html",
        {"map": selectors.map_svg(), "by_stadsdeel": selectors.map_active_by_stadsdeel()},
    )
