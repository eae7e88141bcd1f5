"""Settings for building the benchmark corpus: production, minus per-save background work.

Search indexing and reference-index updates are done once at the end (``update_index``) instead of one queued
task per saved page; nothing here serves requests.
"""

from kennisbank.settings.production import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
WAGTAILSEARCH_BACKENDS = {"default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}  # noqa: F405
