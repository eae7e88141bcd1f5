"""Reads for the coalition app: coalitions and their public member lists, buurt matching, due e-mails."""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from platforms.models import Buurt, Stadsdeel

from .models import Coalition, Membership, OutgoingEmail

# A buurt code: wijk letters plus two digits (AA01), see the municipality's area division.
BUURT_CODE = re.compile(r"^[A-Za-z]{2}\d{2}$")
SEPARATORS = re.compile(r"[,;\n\r\t]+")


@dataclass
class BuurtMatch:
    """The result of matching typed buurt names/codes against the area division."""

    buurten: list[Buurt] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)


def buurt_match(*, text: str, stadsdeel: Stadsdeel) -> BuurtMatch:
    """Match comma-separated buurt names or codes; unknown entries are kept as typed (free-text fallback)."""
    result = BuurtMatch()
    seen: set[int] = set()
    for raw in SEPARATORS.split(text):
        entry = " ".join(raw.split())
        if not entry:
            continue
        query = Q(code__iexact=entry) if BUURT_CODE.match(entry) else Q(name__iexact=entry)
        buurt = Buurt.objects.filter(query).select_related("stadsdeel").first()
        if buurt is None:
            if entry not in result.unknown:
                result.unknown.append(entry)
        elif buurt.stadsdeel_id != stadsdeel.pk:
            result.elsewhere.append(f"{buurt.name} ({buurt.code})")
        elif buurt.pk not in seen:
            seen.add(buurt.pk)
            result.buurten.append(buurt)
    return result


def coalition_citywide() -> Coalition | None:
    return Coalition.objects.filter(is_citywide=True).first()


def coalition_for_stadsdeel(*, stadsdeel: Stadsdeel) -> Coalition | None:
    return Coalition.objects.filter(stadsdeel=stadsdeel).first()


def coalition_list() -> QuerySet[Coalition]:
    """All coalitions with their member count, the city-wide one first."""
    return Coalition.objects.select_related("stadsdeel").annotate(member_count=Count("memberships"))


def coalition_get_with_members(*, slug: str) -> Coalition | None:
    """One coalition with its public member list (organisation, kind, register link; never a person)."""
    members = Membership.objects.select_related("platform", "stadsdeel")
    return (
        Coalition.objects.select_related("stadsdeel")
        .prefetch_related(Prefetch("memberships", queryset=members))
        .filter(slug=slug)
        .first()
    )


def signup_page_url() -> str:
    """Where the signup form lives (the demo and the brief put it at /aanmelden/)."""
    from .models import SignupFormPage

    page = SignupFormPage.objects.live().first()
    return page.url if page and page.url else "/aanmelden/"


def email_due(*, now=None, stuck_after_minutes: int = 15) -> QuerySet[OutgoingEmail]:
    """Mails to (re)send now: pending or failed with a due next attempt, or stuck in 'sending' (a crash)."""
    now = now or timezone.now()
    stuck = now - timedelta(minutes=stuck_after_minutes)
    return OutgoingEmail.objects.filter(
        Q(status__in=[OutgoingEmail.Status.PENDING, OutgoingEmail.Status.FAILED], next_attempt_at__lte=now)
        | Q(status=OutgoingEmail.Status.SENDING, last_attempt_at__lt=stuck)
    ).order_by("created_at")
