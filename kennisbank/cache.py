"""The shared full-page cache for anonymous visitors, and the site version that invalidates it.

Anonymous GETs of public pages (Wagtail pages, the register) are stored whole in Django's cache (Redis in
production, so every app server shares them) for ``PAGE_CACHE_SECONDS``. Every cache key contains the *site
version*, a number in the cache that ``bump_site_version()`` increments: publishing or unpublishing a page, a
register change or a settings change bumps it, so every server misses at once and renders fresh pages. The TTL
is only an upper bound for changes nothing signals (a status that expires at midnight).

A response is stored only when nothing in it can be personal: the request carried no session or messages
cookie and no Authorization header, and the response is a 200 without ``Set-Cookie``, without ``Vary: Cookie``
and without ``Cache-Control: private/no-store/no-cache`` (form pages send ``private, no-store``; any page that
renders a CSRF token sets a cookie). The ``X-Page-Cache`` header says HIT, MISS (stored) or BYPASS.
"""

from __future__ import annotations

import hashlib
import logging
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase

logger = logging.getLogger(__name__)

SITE_VERSION_KEY = "pagecache:site-version"
CACHE_HEADER = "X-Page-Cache"
# Never cached, whatever the response says: the admin, documents (their privacy is checked per request) and the
# benchmark floor (it measures the framework, cache or not).
EXCLUDED_PATH_PREFIXES = ("/admin/", "/django-admin/", "/documenten/", "/bench/")
MAX_CACHED_BYTES = 1024 * 1024
MAX_QUERY_STRING = 512
# Headers that belong to one response on the wire, not to the page.
_UNSTORED_HEADERS = {"content-length", "date", CACHE_HEADER.lower()}
_PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")


# Each process re-reads the version from the shared cache at most once a second (so a change shows everywhere
# within a second), and keeps its own copy of what ``site_cached`` built for that version. A bump made in this
# process is seen at once.
VERSION_LOCAL_SECONDS = 1.0
_local_version: dict[str, float] = {"value": 0, "read_at": float("-inf")}
_local_values: dict[str, tuple[Any, float]] = {}


def _remember_version(version: int) -> int:
    if version != _local_version["value"]:
        _local_values.clear()
    _local_version.update(value=version, read_at=time.monotonic())
    return version


def forget_local_copies() -> None:
    """Drop this process's copies of the version and of ``site_cached`` values (tests start clean with it)."""
    _local_values.clear()
    _local_version.update(value=0, read_at=float("-inf"))


def site_version_get() -> int:
    """The current site version; created on first use, never expires."""
    if time.monotonic() - _local_version["read_at"] < getattr(settings, "SITE_VERSION_LOCAL_SECONDS", 1.0):
        return int(_local_version["value"])
    version = cache.get(SITE_VERSION_KEY)
    if version is None:
        # A nanosecond clock: if Redis ever loses the key, the new version is still newer than every old one.
        cache.add(SITE_VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(SITE_VERSION_KEY)
    return _remember_version(int(version))


def _bump() -> int:
    try:
        version = cache.incr(SITE_VERSION_KEY)
    except ValueError:  # The key is missing (first use, or evicted).
        cache.add(SITE_VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.incr(SITE_VERSION_KEY)
    return _remember_version(version)


_deferred = {"depth": 0, "pending": False}


@contextmanager
def site_version_bumps_deferred() -> Iterator[None]:
    """Bump once at the end instead of on every save inside (bulk loads such as the benchmark corpus)."""
    _deferred["depth"] += 1
    try:
        yield
    finally:
        _deferred["depth"] -= 1
        if _deferred["depth"] == 0 and _deferred["pending"]:
            _deferred["pending"] = False
            bump_site_version()


def bump_site_version() -> None:
    """Invalidate every cached page on every server: call it after any change a visitor can see.

    Bumps now and again when the surrounding transaction commits, so a request that rendered the old data
    between the two cannot leave a stale page behind.
    """
    if _deferred["depth"]:
        _deferred["pending"] = True
        return
    try:
        _bump()
    except Exception:  # A cache outage must never break an editor's save.
        logger.exception("Could not bump the site version")
        return
    transaction.on_commit(_bump_quietly)


def _bump_quietly() -> None:
    try:
        _bump()
    except Exception:
        logger.exception("Could not bump the site version after commit")


def _request_is_cacheable(request: HttpRequest) -> bool:
    if request.method != "GET":
        return False
    if request.path.startswith(EXCLUDED_PATH_PREFIXES):
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    # A session cookie may mean a logged-in user; a messages cookie means the page shows a one-off message.
    cookies = request.COOKIES
    return not (settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies)


def _response_is_cacheable(response: HttpResponseBase) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in _PRIVATE_DIRECTIVES):
        return False
    vary = response.get("Vary", "").lower()
    if "cookie" in vary or "authorization" in vary:
        return False
    return len(response.content) <= MAX_CACHED_BYTES


def page_cache_key(*, request: HttpRequest, version: int) -> str:
    """The cache key of a request's page in one site version (host, path and query string)."""
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"pagecache:{version}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _entry_from_response(response: HttpResponse) -> tuple[int, list[tuple[str, str]], bytes]:
    headers = [(name, value) for name, value in response.items() if name.lower() not in _UNSTORED_HEADERS]
    return response.status_code, headers, zlib.compress(response.content, 1)


def _response_from_entry(entry: tuple[int, list[tuple[str, str]], bytes]) -> HttpResponse:
    status, headers, body = entry
    content = zlib.decompress(body)
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["Content-Length"] = str(len(content))
    return response


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the shared cache (see the module docstring).

    Sits right after WhiteNoise, so a hit skips sessions, CSRF, auth and the view; the outer security
    middleware still adds its headers to every response. A cache outage degrades to rendering, never to a 500.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0:
            return self.get_response(request)
        if not _request_is_cacheable(request):
            response = self.get_response(request)
            response[CACHE_HEADER] = "BYPASS"
            return response

        key = None
        entry = None
        try:
            key = page_cache_key(request=request, version=site_version_get())
            entry = cache.get(key)
        except DisallowedHost:
            pass  # CommonMiddleware answers 400 for it further in.
        except Exception:
            logger.exception("Page cache lookup failed")
        if entry is not None:
            response = _response_from_entry(entry)
            response[CACHE_HEADER] = "HIT"
            return response

        response = self.get_response(request)
        if key is not None and _response_is_cacheable(response):
            try:
                cache.set(key, _entry_from_response(response), seconds)
            except Exception:
                logger.exception("Page cache store failed")
            response[CACHE_HEADER] = "MISS"
        else:
            response[CACHE_HEADER] = "BYPASS"
        return response


# Apps whose data appears on public pages: a save or delete there invalidates the page cache.
INVALIDATING_APPS = {"kennisbank", "platforms", "coalition", "wagtailimages", "wagtaildocs", "taggit"}
INVALIDATING_MODELS = {"wagtailcore.site", "wagtailcore.pageviewrestriction", "wagtailcore.collectionviewrestriction"}


def _invalidates(sender: Any) -> bool:
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return False
    if meta.model_name.endswith("rendition"):  # Made while rendering a page; changes nothing visible.
        return False
    return meta.app_label in INVALIDATING_APPS or meta.label_lower in INVALIDATING_MODELS


def _on_page_change(**kwargs: Any) -> None:
    bump_site_version()


def _on_model_change(sender: Any, **kwargs: Any) -> None:
    if _invalidates(sender):
        bump_site_version()


def _on_m2m_change(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    if action.startswith("post_") and _invalidates(type(instance)):
        bump_site_version()


def connect_signals() -> None:
    """Wire the invalidation receivers; called from ``KennisbankConfig.ready``."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_change, dispatch_uid=f"pagecache-{id(signal)}")
    post_save.connect(_on_model_change, dispatch_uid="pagecache-post-save")
    post_delete.connect(_on_model_change, dispatch_uid="pagecache-post-delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="pagecache-m2m")


# Per-site-version caches for data every page needs (menu, settings, view restrictions). They change only
# through saves that bump the site version; the timeout bounds what nothing signals (a go-live time passing).
SITE_CACHE_SECONDS = 300


def site_cached(*, name: str, build: Callable[[], Any], timeout: int = SITE_CACHE_SECONDS) -> Any:
    """``build()``'s result, cached in this process and the shared cache until the site version changes.

    Callers must not mutate the value (return a copy when they hand it to code that might).
    """
    try:
        version = site_version_get()
    except Exception:
        logger.exception("Site version lookup failed")
        return build()
    now = time.monotonic()
    local = _local_values.get(name)
    if local is not None and now - local[1] < timeout:
        return local[0]
    key = f"site:{version}:{name}"
    try:
        value = cache.get(key)
    except Exception:
        logger.exception("Site cache lookup failed")
        value = None
    if value is None:
        value = build()
        try:
            cache.set(key, value, timeout)
        except Exception:
            logger.exception("Site cache store failed")
    _local_values[name] = (value, now)
    return value


def restricted_page_paths() -> tuple[tuple[str, int], ...]:
    """(path, depth) of every page with a view restriction (login, password, groups); usually none."""

    def build() -> tuple[tuple[str, int], ...]:
        from wagtail.models import PageViewRestriction

        return tuple(PageViewRestriction.objects.values_list("page__path", "page__depth").order_by("page__path"))

    return site_cached(name="restricted-page-paths", build=build)
