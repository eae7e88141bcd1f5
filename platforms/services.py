"""Writes to the register. Every rule of the buurtplatformrecht that data can keep honest lives here.

The end-date rule: a status period starting on day D lasts 4 years. Its last day (inclusive) is the day before
D + 4 years, where D + 4 years keeps month and day; for a start on 29 February, D + 4 years is 29 February
again when that year is a leap year, and 28 February otherwise (so the last day is 28 or 27 February).
Example: 1 March 2026 → 28 February 2030; 29 February 2024 → 28 February 2028.

"Today" is ``timezone.localdate()`` (Europe/Amsterdam): a status starting today is active from 00:00 local time.
A revocation "per" day R means R is the first day without status; the last valid day becomes R - 1.

One platform per buurt: no two status periods may cover the same buurt on the same day. ``status_grant``
checks this inside a transaction with the buurten locked (``select_for_update``; SQLite serialises writers
itself) and PostgreSQL enforces it with an exclusion constraint on ``StatusCoverage``; an IntegrityError from
that constraint becomes the same Dutch ValidationError.
"""

from collections.abc import Iterable
from datetime import date, timedelta
from uuid import uuid4

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Application, Buurt, Platform, Stadsdeel, StatusCoverage, StatusPeriod, StatusReminder

STATUS_YEARS = 4
MAP_VERSION_KEY = "platforms:map:version"

User = AbstractBaseUser | None


def add_years(*, day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February in a year that is not a leap year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def status_end_date(*, start_date: date) -> date:
    """The last day (inclusive) of a status period starting on ``start_date``: the day before D + 4 years."""
    return add_years(day=start_date, years=STATUS_YEARS) - timedelta(days=1)


def map_invalidate() -> None:
    """Forget the cached SVG map (called whenever a status changes)."""
    cache.set(MAP_VERSION_KEY, uuid4().hex, None)


def _codes(buurten: Iterable[Buurt]) -> str:
    return ", ".join(sorted(f"{b.code} {b.name}" for b in buurten))


def _conflict_error(coverages: list[StatusCoverage]) -> ValidationError:
    platforms = sorted({c.status.platform.name for c in coverages})
    return ValidationError(
        _(
            "Er kan maar één buurtplatform per buurt zijn. In deze periode heeft %(platform)s al de status in "
            "%(buurten)s."
        )
        % {"platform": " en ".join(platforms), "buurten": _codes({c.buurt for c in coverages})},
        code="buurt_taken",
    )


def _conflicting_coverage(*, buurt_ids: Iterable[int], start_date: date, last_day: date) -> list[StatusCoverage]:
    return list(
        StatusCoverage.objects.filter(
            buurt_id__in=list(buurt_ids), start_date__lte=last_day, last_day__gte=start_date
        ).select_related("buurt", "status__platform")
    )


def platform_check_work_area(*, stadsdeel: Stadsdeel, buurten: Iterable[Buurt]) -> None:
    """A platform's work area lies in one stadsdeel: its own."""
    outside = [b for b in buurten if b.stadsdeel_id != stadsdeel.pk]
    if outside:
        raise ValidationError(
            _("Het werkgebied ligt in één stadsdeel (%(stadsdeel)s); deze buurten liggen daarbuiten: %(buurten)s.")
            % {"stadsdeel": stadsdeel.name, "buurten": _codes(outside)},
            code="work_area",
        )


def _competitors_query(*, platform_id: int, buurt_ids: list[int], exclude_pk: int | None) -> Q:
    return Q(decision="", buurten__in=buurt_ids) & ~Q(platform_id=platform_id) & ~Q(pk=exclude_pk)


def application_competitors(*, application: Application) -> list[Application]:
    """Open applications of other platforms for at least one of the same buurten."""
    buurt_ids = list(application.buurten.values_list("pk", flat=True))
    return list(
        Application.objects.filter(
            _competitors_query(platform_id=application.platform_id, buurt_ids=buurt_ids, exclude_pk=application.pk)
        )
        .select_related("platform")
        .distinct()
    )


def _running_status_of_others(*, platform_id: int, buurt_ids: list[int], on: date) -> bool:
    return (
        StatusCoverage.objects.filter(buurt_id__in=buurt_ids, last_day__gte=on)
        .exclude(status__platform_id=platform_id)
        .exists()
    )


def _refresh_competing(*, buurt_ids: list[int], on: date) -> None:
    """Recompute the ``is_competing`` mark of the open applications in these buurten."""
    for app in Application.objects.filter(decision="", buurten__in=buurt_ids).distinct():
        own = list(app.buurten.values_list("pk", flat=True))
        competing = bool(application_competitors(application=app)) or _running_status_of_others(
            platform_id=app.platform_id, buurt_ids=own, on=on
        )
        if competing != app.is_competing:
            app.is_competing = competing
            app.save(update_fields=["is_competing"])


@transaction.atomic
def application_submit(
    *,
    platform: Platform,
    buurten: Iterable[Buurt],
    submitted_on: date,
    entered_by: User = None,
    note: str = "",
    renews: StatusPeriod | None = None,
) -> Application:
    """Record a group's application to its stadsdeel for the status in ``buurten``; marks competitors."""
    buurten = list(buurten)
    if not buurten:
        raise ValidationError(_("Kies ten minste één buurt."), code="no_buurten")
    stadsdeel = platform.stadsdeel
    no_board = [b for b in buurten if not b.stadsdeel.has_board] or ([] if stadsdeel.has_board else buurten)
    if no_board:
        raise ValidationError(
            _(
                "In %(stadsdeel)s kan geen buurtplatformstatus worden toegekend: er is daar geen stadsdeelbestuur "
                "dat de status kan geven. Het gaat om: %(buurten)s."
            )
            % {"stadsdeel": no_board[0].stadsdeel.name, "buurten": _codes(no_board)},
            code="no_board",
        )
    platform_check_work_area(stadsdeel=stadsdeel, buurten=buurten)
    ended = [b for b in buurten if b.eind_geldigheid and b.eind_geldigheid <= submitted_on]
    if ended:
        raise ValidationError(
            _("Deze buurten bestaan niet meer in de gebiedsindeling: %(buurten)s.") % {"buurten": _codes(ended)},
            code="buurt_ended",
        )
    application = Application.objects.create(
        platform=platform, submitted_on=submitted_on, entered_by=entered_by, note=note, renews=renews
    )
    application.buurten.set(buurten)
    _refresh_competing(buurt_ids=[b.pk for b in buurten], on=submitted_on)
    application.refresh_from_db(fields=["is_competing"])
    return application


def _require_open(application: Application) -> None:
    if application.decision:
        raise ValidationError(_("Over deze aanvraag heeft het stadsdeelbestuur al besloten."), code="decided")


@transaction.atomic
def advice_record(
    *,
    application: Application,
    advice: str,
    advice_date: date,
    text: str = "",
    document=None,
    entered_by: User = None,
) -> Application:
    """Record the stadsdeelcommissie's advice (positive or negative) on an open application."""
    _require_open(application)
    if advice not in Application.Advice.values:
        raise ValidationError(_("Kies een positief of negatief advies."), code="advice")
    if advice_date < application.submitted_on:
        raise ValidationError(_("Het advies kan niet vóór de aanvraag liggen."), code="advice_date")
    application.advice = advice
    application.advice_date = advice_date
    application.advice_text = text
    application.advice_document = document
    application.advice_entered_by = entered_by
    application.save()
    return application


def _decide(application: Application, *, decision: str, decision_date: date, reference: str, document, user) -> None:
    application.decision = decision
    application.decision_date = decision_date
    application.decision_reference = reference
    application.decision_document = document
    application.decision_entered_by = user
    application.save()


@transaction.atomic
def decision_record(
    *,
    application: Application,
    decision: str,
    decision_date: date,
    reference: str = "",
    document=None,
    start_date: date | None = None,
    refuse_competing: bool = False,
    entered_by: User = None,
) -> Application:
    """Record the stadsdeel board's decision; a grant creates the status period (see ``status_grant``).

    A grant needs the advice first, and competing open applications decided first or, with
    ``refuse_competing``, refused in the same step. A renewal starts the day after the old period ends;
    a first status starts on ``start_date`` (default: the decision date).
    """
    application = Application.objects.select_for_update().get(pk=application.pk)
    _require_open(application)
    if decision not in Application.Decision.values:
        raise ValidationError(_("Kies toekennen of afwijzen."), code="decision")
    if decision_date < application.submitted_on:
        raise ValidationError(_("Het besluit kan niet vóór de aanvraag liggen."), code="decision_date")
    if decision == Application.Decision.REFUSED:
        _decide(
            application,
            decision=decision,
            decision_date=decision_date,
            reference=reference,
            document=document,
            user=entered_by,
        )
        _refresh_competing(buurt_ids=list(application.buurten.values_list("pk", flat=True)), on=decision_date)
        return application

    if not application.advice:
        raise ValidationError(
            _("Het stadsdeelbestuur besluit op advies van de stadsdeelcommissie: leg eerst het advies vast."),
            code="no_advice",
        )
    competitors = application_competitors(application=application)
    if competitors and not refuse_competing:
        raise ValidationError(
            _(
                "Er is een concurrerende aanvraag voor dezelfde buurten: %(others)s. Besluit daar eerst over, of "
                "wijs die in dezelfde stap af."
            )
            % {"others": ", ".join(sorted(str(a) for a in competitors))},
            code="competing",
        )
    for other in competitors:
        _decide(
            other,
            decision=Application.Decision.REFUSED,
            decision_date=decision_date,
            reference=reference,
            document=document,
            user=entered_by,
        )
    if application.renews_id:
        previous = application.renews
        if previous.is_revoked:
            raise ValidationError(_("Een ingetrokken status kan niet worden verlengd."), code="revoked")
        start_date = previous.end_date + timedelta(days=1)
    _decide(
        application,
        decision=decision,
        decision_date=decision_date,
        reference=reference,
        document=document,
        user=entered_by,
    )
    status_grant(application=application, start_date=start_date or decision_date, entered_by=entered_by)
    return application


def status_grant(*, application: Application, start_date: date, entered_by: User = None) -> StatusPeriod:
    """Create the 4-year status period of a granted application, keeping one platform per buurt."""
    if application.decision != Application.Decision.GRANTED:
        raise ValidationError(_("Alleen een toegekende aanvraag geeft een status."), code="not_granted")
    last_day = status_end_date(start_date=start_date)
    with transaction.atomic():
        buurten = list(Buurt.objects.select_for_update().filter(applications=application).order_by("pk"))
        conflicts = _conflicting_coverage(buurt_ids=[b.pk for b in buurten], start_date=start_date, last_day=last_day)
        if conflicts:
            raise _conflict_error(conflicts)
        try:
            with transaction.atomic():
                period = StatusPeriod.objects.create(
                    platform=application.platform,
                    application=application,
                    start_date=start_date,
                    end_date=last_day,
                    last_day=last_day,
                    entered_by=entered_by,
                )
                StatusCoverage.objects.bulk_create(
                    StatusCoverage(status=period, buurt=b, start_date=start_date, last_day=last_day) for b in buurten
                )
        except IntegrityError as exc:
            # A concurrent grant won the race; the database constraint caught it.
            conflicts = _conflicting_coverage(
                buurt_ids=[b.pk for b in buurten], start_date=start_date, last_day=last_day
            )
            raise (
                _conflict_error(conflicts)
                if conflicts
                else ValidationError(_("De status kon niet worden vastgelegd; probeer het opnieuw."), code="integrity")
            ) from exc
        application.platform.buurten.add(*buurten)
        _refresh_competing(buurt_ids=[b.pk for b in buurten], on=start_date)
        transaction.on_commit(map_invalidate)
    return period


def status_renew(*, status: StatusPeriod, submitted_on: date, entered_by: User = None, note: str = "") -> Application:
    """Apply for renewal: a new period for the same buurten directly after ``status`` ends."""
    if status.is_revoked:
        raise ValidationError(_("Een ingetrokken status kan niet worden verlengd."), code="revoked")
    if submitted_on > status.end_date:
        raise ValidationError(
            _("De status is al afgelopen; vraag een nieuwe status aan in plaats van een verlenging."), code="expired"
        )
    if status.renewal_applications.filter(Q(decision="") | Q(decision=Application.Decision.GRANTED)).exists():
        raise ValidationError(_("Voor deze status loopt al een verlenging."), code="renewal_exists")
    return application_submit(
        platform=status.platform,
        buurten=status.buurten.select_related("stadsdeel"),
        submitted_on=submitted_on,
        entered_by=entered_by,
        note=note,
        renews=status,
    )


@transaction.atomic
def status_revoke(*, status: StatusPeriod, revoked_on: date, reason: str, entered_by: User = None) -> StatusPeriod:
    """Revoke a status per ``revoked_on`` (the first day without status), with a reason."""
    status = StatusPeriod.objects.select_for_update().get(pk=status.pk)
    if status.is_revoked:
        raise ValidationError(_("Deze status is al ingetrokken."), code="revoked")
    if not reason.strip():
        raise ValidationError(_("Geef een reden voor de intrekking."), code="reason")
    if revoked_on > status.end_date:
        raise ValidationError(_("De status is op die datum al afgelopen."), code="expired")
    if revoked_on < status.application.decision_date:
        raise ValidationError(_("De intrekking kan niet vóór het besluit liggen."), code="before_decision")
    buurt_ids = list(status.buurten.values_list("pk", flat=True))
    status.revoked_on = revoked_on
    status.revocation_reason = reason.strip()
    status.revoked_by = entered_by
    status.last_day = max(revoked_on - timedelta(days=1), status.start_date - timedelta(days=1))
    status.save()
    if status.last_day < status.start_date:
        status.coverage.all().delete()
    else:
        status.coverage.update(last_day=status.last_day)
    Application.objects.filter(renews=status, decision="").update(
        decision=Application.Decision.REFUSED,
        decision_date=revoked_on,
        decision_reference=_("status ingetrokken"),
    )
    _refresh_competing(buurt_ids=buurt_ids, on=revoked_on)
    transaction.on_commit(map_invalidate)
    return status


def _reminder_due(*, status: StatusPeriod, on: date) -> str | None:
    from .selectors import add_months

    if on > status.last_day:
        return None
    if on >= add_months(day=status.last_day, months=-1):
        return StatusReminder.Kind.ONE_MONTH
    if on >= add_months(day=status.last_day, months=-6):
        return StatusReminder.Kind.SIX_MONTHS
    return None


def status_reminders_send(*, on: date) -> list[StatusReminder]:
    """E-mail the platform and the editors 6 months and 1 month before a status ends; each reminder once.

    A reminder is recorded before the mail goes out (the unique constraint stops a parallel run) and the record
    is removed again when sending fails, so the next run retries. A status with a granted renewal needs no
    reminder. Safe to run daily from cron; a missed day is caught up on the next run.
    """
    from .selectors import add_months

    sent = []
    renewed = StatusPeriod.objects.filter(application__renews=OuterRef("pk"))
    candidates = (
        StatusPeriod.objects.filter(
            last_day__gte=on, last_day__lte=add_months(day=on, months=6), start_date__lte=on, revoked_on__isnull=True
        )
        .exclude(Exists(renewed))
        .select_related("platform")
        .order_by("last_day")
    )
    for status in candidates:
        kind = _reminder_due(status=status, on=on)
        if kind is None or status.reminders.filter(kind=kind).exists():
            continue
        recipients = [a for a in [status.platform.contact_email, *settings.PLATFORM_REMINDER_EMAILS] if a]
        if not recipients:
            continue  # nobody to tell yet; sent once an address is known
        try:
            with transaction.atomic():
                reminder = StatusReminder.objects.create(status=status, kind=kind, recipients=", ".join(recipients))
        except IntegrityError:
            continue  # another run recorded it a moment ago
        name = " ".join(status.platform.name.split())
        context = {"platform": name, "date": date_format(status.last_day, "j F Y")}
        subject = (
            _("Over een maand loopt de status van %(platform)s af")
            if kind == StatusReminder.Kind.ONE_MONTH
            else _("Over zes maanden loopt de status van %(platform)s af")
        ) % context
        body = (
            _(
                "De buurtplatformstatus van %(platform)s loopt af na %(date)s.\n\n"
                "Wil het platform de status houden, vraag dan op tijd verlenging aan bij het stadsdeel. De "
                "stadsdeelcommissie geeft advies en het stadsdeelbestuur besluit.\n\n"
                "Dit is een automatisch bericht van de Kennisbank Buurtplatformen."
            )
            % context
        )
        try:
            send_mail(subject, body, None, recipients)
        except Exception:
            reminder.delete()
            raise
        sent.append(reminder)
    return sent
