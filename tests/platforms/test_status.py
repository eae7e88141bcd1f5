"""Every lifecycle step, the one-platform-per-buurt rule, competing applications and Westpoort."""

from datetime import date, timedelta

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from platforms import selectors, services
from platforms.models import Application, StatusCoverage, StatusPeriod

from .conftest import grant, make_platform

START = date(2026, 3, 1)


def submit(platform, buurten, on=date(2026, 1, 10)):
    return services.application_submit(platform=platform, buurten=buurten, submitted_on=on)


def advise(app, on=date(2026, 1, 20), advice=Application.Advice.POSITIVE):
    return services.advice_record(application=app, advice=advice, advice_date=on, text="Advies")


def decide(app, decision=Application.Decision.GRANTED, on=date(2026, 2, 1), **kwargs):
    return services.decision_record(application=app, decision=decision, decision_date=on, reference="B-1", **kwargs)


def test_full_lifecycle_grant_creates_four_year_period(areas, django_user_model):
    editor = django_user_model.objects.create_user("editor")
    platform = make_platform("De Eilanden")
    app = services.application_submit(
        platform=platform, buurten=[areas["AA01"], areas["AA02"]], submitted_on=date(2026, 1, 10), entered_by=editor
    )
    assert app.entered_by == editor and app.is_open and not app.is_competing
    services.advice_record(
        application=app, advice="positive", advice_date=date(2026, 1, 20), text="Positief", entered_by=editor
    )
    services.decision_record(
        application=app,
        decision="granted",
        decision_date=date(2026, 2, 1),
        reference="Z-2026-1",
        start_date=START,
        entered_by=editor,
    )
    app.refresh_from_db()
    status = app.status_period
    assert (status.start_date, status.end_date, status.last_day) == (START, date(2030, 2, 28), date(2030, 2, 28))
    assert app.advice_entered_by == editor and app.decision_entered_by == editor and status.entered_by == editor
    assert set(status.buurten.values_list("code", flat=True)) == {"AA01", "AA02"}
    assert set(platform.buurten.values_list("code", flat=True)) == {"AA01", "AA02"}


def test_default_start_is_decision_date(areas):
    app = submit(make_platform("P"), [areas["AA01"]])
    advise(app)
    decide(app, on=date(2026, 2, 3))
    app.refresh_from_db()
    assert app.status_period.start_date == date(2026, 2, 3)


def test_grant_requires_advice(areas):
    app = submit(make_platform("P"), [areas["AA01"]])
    with pytest.raises(ValidationError, match="leg eerst het advies vast"):
        decide(app)
    assert not StatusPeriod.objects.exists()


def test_refusal_creates_no_status_and_cannot_be_decided_twice(areas):
    app = submit(make_platform("P"), [areas["AA01"]])
    advise(app, advice=Application.Advice.NEGATIVE)
    decide(app, decision=Application.Decision.REFUSED)
    assert not StatusPeriod.objects.exists()
    with pytest.raises(ValidationError, match="al besloten"):
        decide(app)


def test_dates_cannot_precede_application(areas):
    app = submit(make_platform("P"), [areas["AA01"]])
    with pytest.raises(ValidationError):
        advise(app, on=date(2026, 1, 1))
    advise(app)
    with pytest.raises(ValidationError):
        decide(app, on=date(2026, 1, 1))


def test_one_platform_per_buurt_in_service(areas):
    first = make_platform("Eerste")
    grant(first, [areas["AA01"]], start=START)
    second = make_platform("Tweede")
    app = submit(second, [areas["AA01"], areas["AA02"]], on=date(2026, 6, 1))
    assert app.is_competing  # overlaps a running status
    advise(app, on=date(2026, 6, 10))
    with pytest.raises(ValidationError) as excinfo:
        decide(app, on=date(2026, 6, 20), start_date=date(2026, 7, 1))
    message = excinfo.value.messages[0]
    assert "Eerste" in message and "AA01" in message and "AA02" not in message
    assert StatusPeriod.objects.filter(platform=second).count() == 0
    app.refresh_from_db()
    assert app.is_open  # the whole step was rolled back


def test_adjacent_periods_do_not_overlap(areas):
    first = make_platform("Eerste")
    status = grant(first, [areas["AA01"]], start=START)
    second = make_platform("Tweede")
    later = grant(second, [areas["AA01"]], start=status.end_date + timedelta(days=1))
    assert later.start_date == date(2030, 3, 1)


def test_service_turns_integrity_error_into_validation_error(areas, monkeypatch):
    """A concurrent grant that slips past the check still ends as the Dutch message (PostgreSQL constraint)."""
    first = make_platform("Eerste")
    grant(first, [areas["AA01"]], start=START)
    second = make_platform("Tweede")
    app = submit(second, [areas["AA01"]], on=date(2026, 6, 1))
    advise(app, on=date(2026, 6, 2))
    calls = {"n": 0}
    real = services._conflicting_coverage

    def blind_first_check(**kwargs):
        calls["n"] += 1
        return [] if calls["n"] == 1 else real(**kwargs)

    monkeypatch.setattr(services, "_conflicting_coverage", blind_first_check)
    if connection.vendor != "postgresql":
        # SQLite has no exclusion constraint; the service's own check is the guard there.
        monkeypatch.setattr(services.StatusCoverage.objects, "bulk_create", _raise_integrity)
    with pytest.raises(ValidationError, match="Eerste"):
        decide(app, on=date(2026, 6, 3), start_date=date(2026, 7, 1))
    assert StatusPeriod.objects.filter(platform=second).count() == 0


def _raise_integrity(*args, **kwargs):
    raise IntegrityError("simulated exclusion violation")


def test_raw_exclusion_constraint(areas):
    """On PostgreSQL the database refuses an overlapping row written past the service; SQLite has only the service."""
    first = make_platform("Eerste")
    status = grant(first, [areas["AA01"]], start=START)
    other = grant(make_platform("Tweede"), [areas["AA02"]], start=START)
    overlapping = {"status": other, "buurt": areas["AA01"], "start_date": status.last_day, "last_day": status.last_day}
    if connection.vendor == "postgresql":
        with pytest.raises(IntegrityError), transaction.atomic():
            StatusCoverage.objects.create(**overlapping)
    else:
        with transaction.atomic():
            StatusCoverage.objects.create(**overlapping).delete()
    # Adjacent ranges are fine.
    StatusCoverage.objects.create(
        status=other, buurt=areas["AA01"], start_date=status.last_day + timedelta(days=1), last_day=date(2031, 1, 1)
    )


def test_constraint_exists_only_on_postgresql(db):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "platforms_statuscoverage")
    assert ("platforms_coverage_one_platform_per_buurt" in constraints) is (connection.vendor == "postgresql")


def test_westpoort_application_is_refused(areas):
    westpoort = make_platform("Havenplatform", stadsdeel="B")
    with pytest.raises(ValidationError, match="Westpoort") as excinfo:
        submit(westpoort, [areas["BA01"]])
    assert "stadsdeelbestuur" in excinfo.value.messages[0]
    assert not Application.objects.exists()


def test_work_area_in_one_stadsdeel(areas):
    platform = make_platform("Centrum")
    with pytest.raises(ValidationError, match="NB01"):
        submit(platform, [areas["AA01"], areas["NB01"]])


def test_competing_applications_are_marked_and_block_a_grant(areas):
    a = submit(make_platform("Noord A", stadsdeel="N"), [areas["NB01"], areas["NB03"]])
    b = submit(make_platform("Noord B", stadsdeel="N"), [areas["NB03"]], on=date(2026, 1, 12))
    a.refresh_from_db()
    assert a.is_competing and b.is_competing
    assert list(selectors.applications_competing()) == [a, b]
    advise(a)
    with pytest.raises(ValidationError, match="Noord B"):
        decide(a)
    # Deciding the other first unblocks the grant and clears the mark.
    decide(b, decision=Application.Decision.REFUSED)
    a.refresh_from_db()
    assert not a.is_competing
    decide(a)
    assert StatusPeriod.objects.get().platform.name == "Noord A"


def test_competing_application_refused_in_the_same_step(areas):
    a = submit(make_platform("Noord A", stadsdeel="N"), [areas["NB03"]])
    b = submit(make_platform("Noord B", stadsdeel="N"), [areas["NB03"]])
    advise(a)
    decide(a, refuse_competing=True)
    b.refresh_from_db()
    assert b.decision == Application.Decision.REFUSED and b.decision_date == date(2026, 2, 1)
    assert not selectors.applications_competing().exists()


def test_renewal_starts_the_day_after_the_old_period(areas):
    platform = make_platform("Verlenger")
    status = grant(platform, [areas["AA01"], areas["AA02"]], start=START)
    renewal = services.status_renew(status=status, submitted_on=date(2029, 10, 1))
    assert renewal.renews == status and not renewal.is_competing
    with pytest.raises(ValidationError, match="loopt al een verlenging"):
        services.status_renew(status=status, submitted_on=date(2029, 10, 2))
    advise(renewal, on=date(2029, 11, 1))
    decide(renewal, on=date(2029, 12, 1), start_date=date(2029, 12, 5))  # ignored for a renewal
    renewal.refresh_from_db()
    new = renewal.status_period
    assert (new.start_date, new.last_day) == (date(2030, 3, 1), date(2034, 2, 28))
    assert not selectors.status_expiring(on=date(2030, 1, 1)).exists()


def test_renewal_after_expiry_is_refused(areas):
    status = grant(make_platform("Te laat"), [areas["AA01"]], start=START)
    with pytest.raises(ValidationError, match="al afgelopen"):
        services.status_renew(status=status, submitted_on=date(2030, 3, 1))


def test_revocation_ends_the_status_and_frees_the_buurt(areas, django_user_model):
    editor = django_user_model.objects.create_user("editor")
    status = grant(make_platform("Gestopt"), [areas["AA01"]], start=START)
    with pytest.raises(ValidationError, match="reden"):
        services.status_revoke(status=status, revoked_on=date(2027, 6, 1), reason=" ")
    services.status_revoke(status=status, revoked_on=date(2027, 6, 1), reason="Opgeheven", entered_by=editor)
    status.refresh_from_db()
    assert status.last_day == date(2027, 5, 31) and status.revoked_by == editor
    assert selectors.status_active_for_buurt(buurt=areas["AA01"], on=date(2027, 5, 31)) == status
    assert selectors.status_active_for_buurt(buurt=areas["AA01"], on=date(2027, 6, 1)) is None
    with pytest.raises(ValidationError, match="al ingetrokken"):
        services.status_revoke(status=status, revoked_on=date(2027, 7, 1), reason="Nogmaals")
    with pytest.raises(ValidationError, match="ingetrokken status"):
        services.status_renew(status=status, submitted_on=date(2027, 7, 1))
    # Another platform can now get the buurt.
    new = grant(make_platform("Opvolger"), [areas["AA01"]], start=date(2027, 9, 1))
    assert selectors.status_active_for_buurt(buurt=areas["AA01"], on=date(2027, 9, 1)) == new


def test_revocation_before_start_removes_coverage(areas):
    status = grant(make_platform("Nooit begonnen"), [areas["AA01"]], start=START)
    services.status_revoke(status=status, revoked_on=date(2026, 2, 25), reason="Ingetrokken vóór de start")
    assert not StatusCoverage.objects.filter(status=status).exists()
    assert selectors.status_active_for_buurt(buurt=areas["AA01"], on=START) is None


def test_ended_buurt_cannot_be_applied_for(areas):
    buurt = areas["AA01"]
    buurt.eind_geldigheid = date(2025, 12, 31)
    buurt.save()
    with pytest.raises(ValidationError, match="bestaan niet meer"):
        submit(make_platform("P"), [buurt])
