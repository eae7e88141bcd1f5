"""Spam defences without third parties: a signed one-time form token with a fill-time window, and a rate limit.

The token is a UUID signed together with the time the form was served. It doubles as the double-submit guard
(stored with the submission under a unique constraint). The rate limit keys on ``REMOTE_ADDR``: behind a proxy,
the proxy must set it to the client's address (see README), or all visitors share one budget.
"""

import uuid
from dataclasses import dataclass
from enum import Enum

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest

MIN_FILL_SECONDS = 3
MAX_AGE_SECONDS = 24 * 60 * 60
RATE_LIMIT_COUNT = 20  # a buurthuis wifi shares one address among several groups
RATE_LIMIT_WINDOW_SECONDS = 60 * 60


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


class TokenVerdict(Enum):
    OK = "ok"
    TOO_FAST = "too_fast"
    EXPIRED = "expired"
    INVALID = "invalid"


@dataclass(frozen=True)
class TokenCheck:
    verdict: TokenVerdict
    token: uuid.UUID | None = None


def _signer(kind: str) -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=f"coalition.form-token.{kind}")


def _parse_uuid(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


def form_token_issue(*, kind: str) -> str:
    """A fresh signed token for a form of this kind ("signup" or "contact")."""
    return _signer(kind).sign(str(uuid.uuid4()))


def form_token_check(*, kind: str, value: str) -> TokenCheck:
    """Check a posted token: signed by us for this form, not too young (bots) and not too old."""
    signer = _signer(kind)
    try:
        raw = signer.unsign(value, max_age=_setting("COALITION_FORM_MAX_AGE", MAX_AGE_SECONDS))
    except signing.SignatureExpired:
        # Still ours, only old: keep the token so a late resubmit of a stored form is recognised.
        return TokenCheck(TokenVerdict.EXPIRED, _parse_uuid(signer.unsign(value)))
    except signing.BadSignature:
        return TokenCheck(TokenVerdict.INVALID)
    token = _parse_uuid(raw)
    if token is None:
        return TokenCheck(TokenVerdict.INVALID)
    min_seconds = _setting("COALITION_FORM_MIN_SECONDS", MIN_FILL_SECONDS)
    if min_seconds > 0:
        try:
            signer.unsign(value, max_age=min_seconds)
        except signing.SignatureExpired:
            pass  # older than the minimum: a human could have filled it in
        else:
            return TokenCheck(TokenVerdict.TOO_FAST, token)
    return TokenCheck(TokenVerdict.OK, token)


def client_address(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def rate_limit_exceeded(*, kind: str, request: HttpRequest) -> bool:
    """Count this post for the client; True when it is over the budget for the window."""
    key = f"coalition:rate:{kind}:{client_address(request)}"
    window = _setting("COALITION_RATE_LIMIT_WINDOW", RATE_LIMIT_WINDOW_SECONDS)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > _setting("COALITION_RATE_LIMIT", RATE_LIMIT_COUNT)
