"""Development settings: DEBUG on, console e-mail, a fixed local secret, plain HTTP."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "1") not in {"0", "false", "False"}
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Links in notification mails point at the dev server, also when `PORT=8080 make run` moved it.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Tasks run immediately in development unless a worker is wanted (TASKS_BACKEND=db).
if os.environ.get("TASKS_BACKEND", "") != "db":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Serve static files straight from static/ (no collectstatic needed outside production).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
