"""Development settings: DEBUG on, console e-mail, a fixed local secret, plain HTTP."""

import logging
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
# No full-page cache while developing templates, unless asked for.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))


def _not_a_routine_task_record(record: logging.LogRecord) -> bool:
    """False for django_tasks' INFO lines (every task RUNNING/SUCCESSFUL); warnings and failures pass."""
    is_tasks = record.name == "django_tasks" or record.name.startswith("django_tasks.")
    return not is_tasks or record.levelno >= logging.WARNING


# Keep `make run`'s terminal readable: task results only when something goes wrong, unless LOG_LEVEL=DEBUG.
# db_worker resets the django_tasks logger to INFO itself, so the console handler filters as well.
if os.environ.get("LOG_LEVEL", "").upper() != "DEBUG":
    LOGGING = {
        **LOGGING,  # noqa: F405
        "filters": {"quiet_tasks": {"()": "django.utils.log.CallbackFilter", "callback": _not_a_routine_task_record}},
        "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["quiet_tasks"]}},
        "loggers": {**LOGGING["loggers"], "django_tasks": {"level": "WARNING"}},  # noqa: F405
    }
