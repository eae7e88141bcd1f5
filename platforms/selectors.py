"""Reads from the register, each in a fixed number of queries (the public pages are bounded by tests)."""

import calendar
import math
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .models import Application, Buurt, Platform, Stadsdeel, StatusCoverage, StatusPeriod
from .services import MAP_VERSION_KEY

EXPIRING_MONTHS = 6


class StatusFilter:
    ACTIVE = "actief"
    EXPIRING = "verloopt"
    EXPIRED = "verlopen"
    REVOKED = "ingetrokken"
    NONE = "geen"


def today() -> date:
    """The local date in Europe/Amsterdam (settings.TIME_ZONE)."""
    return timezone.localdate()


def add_months(*, day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's last day (31 August + 6 months = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def expiring_horizon(*, on: date) -> date:
    """The last day that counts as "expiring soon" seen from ``on``: 6 months ahead."""
    return add_months(day=on, months=EXPIRING_MONTHS)


def _with_status(qs: QuerySet[Platform], *, on: date) -> QuerySet[Platform]:
    periods = StatusPeriod.objects.filter(platform=OuterRef("pk"))
    current = periods.filter(start_date__lte=on, last_day__gte=on).order_by("-start_date")
    upcoming = periods.filter(start_date__gt=on, last_day__gte=F("start_date")).order_by("start_date")
    past = periods.filter(last_day__lt=on).order_by("-last_day")
    return qs.annotate(
        current_start=Subquery(current.values("start_date")[:1]),
        current_last_day=Subquery(current.values("last_day")[:1]),
        next_last_day=Subquery(upcoming.values("last_day")[:1]),
        last_ended=Subquery(past.values("last_day")[:1]),
        last_revoked_on=Subquery(past.values("revoked_on")[:1]),
    )


def status_active_for_buurt(*, buurt: Buurt, on: date | None = None) -> StatusPeriod | None:
    """The status period that covers ``buurt`` on ``on`` (default today), or None."""
    on = on or today()
    return (
        StatusPeriod.objects.filter(coverage__buurt=buurt, coverage__start_date__lte=on, coverage__last_day__gte=on)
        .select_related("platform")
        .first()
    )


def platform_list(*, stadsdeel: str = "", status: str = "", q: str = "", on: date | None = None) -> QuerySet[Platform]:
    """The register: platforms with their current status, filtered by stadsdeel code, status and a search."""
    on = on or today()
    qs = _with_status(Platform.objects.select_related("stadsdeel"), on=on)
    if stadsdeel:
        qs = qs.filter(stadsdeel__code=stadsdeel)
    if q:
        in_buurt = Platform.buurten.through.objects.filter(
            Q(buurt__name__icontains=q) | Q(buurt__code__iexact=q)
        ).values("platform_id")
        qs = qs.filter(Q(name__icontains=q) | Q(pk__in=in_buurt))
    if status == StatusFilter.ACTIVE:
        qs = qs.filter(current_last_day__isnull=False)
    elif status == StatusFilter.EXPIRING:
        qs = qs.filter(
            current_last_day__isnull=False, current_last_day__lte=expiring_horizon(on=on), next_last_day__isnull=True
        )
    elif status == StatusFilter.EXPIRED:
        qs = qs.filter(
            current_last_day__isnull=True,
            next_last_day__isnull=True,
            last_ended__isnull=False,
            last_revoked_on__isnull=True,
        )
    elif status == StatusFilter.REVOKED:
        qs = qs.filter(current_last_day__isnull=True, next_last_day__isnull=True, last_revoked_on__isnull=False)
    elif status == StatusFilter.NONE:
        qs = qs.filter(current_last_day__isnull=True)
    return qs.prefetch_related(
        Prefetch("buurten", queryset=Buurt.objects.only("pk", "code", "name").order_by("code"))
    ).order_by("name")


def stadsdeel_choices() -> list[tuple[str, str]]:
    """Stadsdelen that can grant the status (those with a board), by code, for the register's filter."""
    return [(s.code, s.name) for s in Stadsdeel.objects.filter(has_board=True).only("code", "name").order_by("code")]


def platform_detail(*, slug: str, on: date | None = None) -> Platform:
    """One platform with its buurten (by wijk), status periods and decided applications; raises DoesNotExist."""
    on = on or today()
    return (
        _with_status(Platform.objects.select_related("stadsdeel", "logo"), on=on)
        .prefetch_related(
            Prefetch("buurten", queryset=Buurt.objects.select_related("wijk").order_by("wijk__code", "code")),
            Prefetch(
                "applications",
                queryset=Application.objects.select_related(
                    "advice_document", "decision_document", "status_period"
                ).order_by("submitted_on", "pk"),
            ),
        )
        .get(slug=slug)
    )


def buurt_choices_by_wijk(*, keep: list[int] | None = None) -> list[tuple[str, list[tuple[int, str]]]]:
    """Current buurten (plus ``keep``: ids already chosen) as choices grouped per wijk, in code order, 1 query."""
    buurten = (
        Buurt.objects.filter(Q(eind_geldigheid__isnull=True) | Q(pk__in=keep or []))
        .select_related("wijk", "stadsdeel")
        .order_by("wijk__code", "code")
    )
    groups: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for b in buurten:
        label = f"{b.stadsdeel.name}: {_('wijk')} {b.wijk.name} ({b.wijk.code})"
        groups.setdefault(b.wijk_id, (label, []))[1].append((b.pk, f"{b.name} ({b.code})"))
    return list(groups.values())


def sitemap_paths() -> list[str]:
    """Paths of every platform page and of every current buurt's page (ended buurten are left out), in 2 queries."""
    from django.urls import reverse

    platforms = [
        reverse("platforms:platform_detail", kwargs={"slug": slug})
        for slug in Platform.objects.order_by("slug").values_list("slug", flat=True)
    ]
    buurten = [
        reverse("platforms:buurt_detail", kwargs={"code": code})
        for code in Buurt.objects.filter(eind_geldigheid__isnull=True).order_by("code").values_list("code", flat=True)
    ]
    return platforms + buurten


def buurt_detail(*, code: str) -> Buurt:
    """A buurt with its wijk, gebied and stadsdeel; raises Buurt.DoesNotExist."""
    return Buurt.objects.select_related("wijk", "gebied", "stadsdeel").get(code=code.upper())


def applications_competing() -> QuerySet[Application]:
    """Open applications marked competing, for the editors' dashboard."""
    return (
        Application.objects.filter(decision="", is_competing=True)
        .select_related("platform")
        .prefetch_related(Prefetch("buurten", queryset=Buurt.objects.only("pk", "code", "name")))
        .order_by("submitted_on")
    )


def status_expiring(*, on: date | None = None) -> QuerySet[StatusPeriod]:
    """Running status periods whose last day falls within 6 months and that have no renewal granted."""
    on = on or today()
    renewed = StatusPeriod.objects.filter(application__renews=OuterRef("pk"))
    return (
        StatusPeriod.objects.filter(start_date__lte=on, last_day__gte=on, last_day__lte=expiring_horizon(on=on))
        .exclude(Exists(renewed))
        .select_related("platform")
        .order_by("last_day")
    )


# --- The SVG map -------------------------------------------------------------------------------------------

MAP_WIDTH = 1000
MAP_TOLERANCE = 1.2  # drop vertices closer than this (in viewBox units) to the previous one


@dataclass
class MapResult:
    svg: SafeString
    active_count: int


def _project(rings: list, *, bounds: tuple[float, float, float, float], scale: float) -> str:
    min_lon, _min_lat, _max_lon, max_lat = bounds
    kx = math.cos(math.radians((bounds[1] + bounds[3]) / 2))
    parts = []
    for ring in rings:
        points: list[tuple[float, float]] = []
        for lon, lat, *_rest in ring:
            x, y = (lon - min_lon) * kx * scale, (max_lat - lat) * scale
            if points and math.hypot(x - points[-1][0], y - points[-1][1]) < MAP_TOLERANCE:
                continue
            points.append((x, y))
        if len(points) >= 3:
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def _rings(geometry: dict | None) -> list:
    if not geometry:
        return []
    if geometry.get("type") == "Polygon":
        return geometry.get("coordinates") or []
    if geometry.get("type") == "MultiPolygon":
        return [ring for polygon in geometry.get("coordinates") or [] for ring in polygon]
    return []


def _bounds(buurten: list[Buurt]) -> tuple[float, float, float, float] | None:
    lons, lats = [], []
    for buurt in buurten:
        for ring in _rings(buurt.geometry):
            for lon, lat, *_rest in ring:
                lons.append(lon)
                lats.append(lat)
    if not lons:
        return None
    return min(lons), min(lats), max(lons), max(lats)


def _render_map(*, on: date) -> MapResult:
    buurten = list(
        Buurt.objects.filter(geometry__isnull=False, eind_geldigheid__isnull=True).only("code", "name", "geometry")
    )
    active = {
        c.buurt_id: c.status.platform.name
        for c in StatusCoverage.objects.filter(start_date__lte=on, last_day__gte=on).select_related("status__platform")
    }
    bounds = _bounds(buurten)
    if bounds is None:
        return MapResult(svg=mark_safe(""), active_count=0)
    kx = math.cos(math.radians((bounds[1] + bounds[3]) / 2))
    scale = MAP_WIDTH / ((bounds[2] - bounds[0]) * kx)
    height = math.ceil((bounds[3] - bounds[1]) * scale)
    links = []
    for buurt in buurten:
        path = _project(_rings(buurt.geometry), bounds=bounds, scale=scale)
        if not path:
            continue
        platform = active.get(buurt.pk)
        label = (
            _("%(code)s %(name)s: buurtplatform %(platform)s")
            % {"code": buurt.code, "name": buurt.name, "platform": platform}
            if platform
            else _("%(code)s %(name)s: geen buurtplatform") % {"code": buurt.code, "name": buurt.name}
        )
        css = "map__buurt map__buurt--active" if platform else "map__buurt"
        links.append(
            format_html(
                '<a href="/buurten/{}/" class="{}"><title>{}</title><path d="{}"/></a>',
                buurt.code,
                css,
                label,
                path,
            )
        )
    svg = format_html(
        '<svg class="map__svg" viewBox="0 0 {} {}" xmlns="http://www.w3.org/2000/svg" '
        'aria-labelledby="kaart-titel" focusable="false"><title id="kaart-titel">{}</title>{}</svg>',
        MAP_WIDTH,
        height,
        _("Kaart van de buurten van Amsterdam; gekleurde buurten hebben een buurtplatform met de status."),
        mark_safe("".join(links)),  # noqa: S308 - every part built with format_html
    )
    return MapResult(svg=svg, active_count=len(active))


def map_svg(*, on: date | None = None) -> MapResult:
    """The server-rendered SVG map, cached until a status changes (or the day changes)."""
    on = on or today()
    version = cache.get(MAP_VERSION_KEY) or "0"
    key = f"platforms:map:{version}:{on.isoformat()}"
    result = cache.get(key)
    if result is None:
        result = _render_map(on=on)
        cache.set(key, result, 60 * 60 * 24)
    return result


def map_active_by_stadsdeel(*, on: date | None = None) -> list[tuple[Stadsdeel, list[StatusCoverage]]]:
    """The text alternative of the map: per stadsdeel, the buurten with an active platform."""
    on = on or today()
    coverages = (
        StatusCoverage.objects.filter(start_date__lte=on, last_day__gte=on)
        .select_related("buurt__stadsdeel", "status__platform")
        .order_by("buurt__stadsdeel__code", "buurt__code")
    )
    grouped: dict[int, tuple[Stadsdeel, list[StatusCoverage]]] = {}
    for c in coverages:
        grouped.setdefault(c.buurt.stadsdeel_id, (c.buurt.stadsdeel, []))[1].append(c)
    return list(grouped.values())
