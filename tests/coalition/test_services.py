"""Service rules: accepting a signup, status bookkeeping and the e-mail backoff."""

from datetime import timedelta

import pytest

from coalition import services
from coalition.models import MemberKind, Membership, SignupStatus

from .factories import platform_create, signup_create

pytestmark = pytest.mark.django_db


def test_accept_without_register_match_keeps_the_kind(area, coalitions):
    signup = signup_create(stadsdeel=area["zuidoost"], coalitions=[coalitions["zuidoost"]], kind=MemberKind.RESIDENTS)
    [membership] = services.signup_accept(signup=signup)
    assert membership.platform is None
    assert membership.kind == MemberKind.RESIDENTS
    assert membership.stadsdeel == area["zuidoost"]
    signup.refresh_from_db()
    assert signup.status == SignupStatus.ACCEPTED and signup.handled_at is not None


def test_accept_only_links_a_platform_in_the_same_stadsdeel(area, coalitions):
    platform_create(name="Buurtplatform Noord", stadsdeel=area["centrum"])
    signup = signup_create(
        stadsdeel=area["zuidoost"], coalitions=[coalitions["citywide"]], organisation_name="Buurtplatform Noord"
    )
    [membership] = services.signup_accept(signup=signup)
    assert membership.platform is None


def test_accept_reuses_existing_membership_of_the_platform(area, coalitions):
    platform = platform_create(name="Buurtplatform Gein", stadsdeel=area["zuidoost"])
    existing = Membership.objects.create(
        coalition=coalitions["citywide"],
        organisation_name="Platform Gein (oude naam)",
        platform=platform,
        member_since="2025-01-01",
    )
    signup = signup_create(
        stadsdeel=area["zuidoost"], coalitions=[coalitions["citywide"]], organisation_name="Buurtplatform Gein"
    )
    [membership] = services.signup_accept(signup=signup)
    assert membership == existing
    assert Membership.objects.count() == 1


def test_declining_sets_handled_and_back_to_new_clears_it(area):
    signup = signup_create(stadsdeel=area["zuidoost"])
    services.signup_set_status(signup=signup, status=SignupStatus.DECLINED)
    assert signup.handled_at is not None
    services.signup_set_status(signup=signup, status=SignupStatus.NEW)
    assert signup.handled_at is None
    assert Membership.objects.count() == 0


@pytest.mark.parametrize(
    ("attempts", "minutes"), [(1, 5), (2, 10), (3, 20), (4, 40), (8, 640), (9, 12 * 60), (20, 12 * 60)]
)
def test_email_backoff(attempts, minutes):
    assert services.email_backoff(attempts) == timedelta(minutes=minutes)
