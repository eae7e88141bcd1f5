"""Production settings for the two-server test, plus probe URLs; configured entirely from the environment.

The only departure from production: plain static storage, so the test needs no ``collectstatic`` manifest.
"""

from kennisbank.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.multi_server.urls"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405

# The coalition forms: no minimum fill time (the test posts at once) and a small rate limit to reach.
COALITION_FORM_MIN_SECONDS = 0
COALITION_RATE_LIMIT = 3
