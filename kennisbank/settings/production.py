"""Production settings: refuse to start without a secret and allowed hosts; TLS behind a proxy."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated) in the environment for production.")

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto; plain HTTP is redirected.
# https://docs.djangoproject.com/en/5.2/ref/settings/#secure-proxy-ssl-header
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# Sessions live in the database with a cache in front: durable, and shared by every app server.
# https://docs.djangoproject.com/en/5.2/topics/http/sessions/#using-cached-sessions
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# A per-process cache breaks rate limits, sessions and page-cache invalidation across servers.
if APP_SERVERS > 1 and not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured("Set REDIS_URL when APP_SERVERS > 1: the cache must be shared between servers.")
