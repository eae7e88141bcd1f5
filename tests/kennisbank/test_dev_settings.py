"""Development settings: admin links follow PORT, task logs stay quiet, and `make run`'s worker does not reload."""

import importlib
import logging
from pathlib import Path

import pytest
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from django.utils.log import CallbackFilter

ROOT = Path(__file__).resolve().parents[2]


def load_dev_settings(monkeypatch, **env):
    for name in ("PORT", "WAGTAILADMIN_BASE_URL", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    module = importlib.import_module("kennisbank.settings.dev")
    return importlib.reload(module)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "http://127.0.0.1:8000"),
        ({"PORT": "8080"}, "http://127.0.0.1:8080"),
        ({"PORT": "8080", "WAGTAILADMIN_BASE_URL": "http://kennisbank.test"}, "http://kennisbank.test"),
    ],
)
def test_admin_base_url_follows_port(monkeypatch, env, expected):
    assert expected == load_dev_settings(monkeypatch, **env).WAGTAILADMIN_BASE_URL


def record(name: str, level: int) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, "Task id=x path=y state=SUCCESSFUL", (), None)


def test_task_progress_lines_are_filtered_but_failures_pass(monkeypatch):
    dev = load_dev_settings(monkeypatch)
    assert dev.LOGGING["loggers"]["django_tasks"]["level"] == "WARNING"
    assert "quiet_tasks" in dev.LOGGING["handlers"]["console"]["filters"]
    assert dev.LOGGING["loggers"]["django.request"]["level"] == "ERROR"  # base's loggers are kept
    spec = dev.LOGGING["filters"]["quiet_tasks"]
    assert spec["()"] == "django.utils.log.CallbackFilter"
    quiet = CallbackFilter(spec["callback"])
    assert not quiet.filter(record("django_tasks", logging.INFO))
    assert quiet.filter(record("django_tasks", logging.ERROR))
    assert quiet.filter(record("django_tasks_db", logging.INFO))  # "Starting worker ..." once
    assert quiet.filter(record("coalition.views", logging.INFO))


def test_debug_log_level_shows_every_task_line(monkeypatch):
    dev = load_dev_settings(monkeypatch, LOG_LEVEL="DEBUG")
    assert "filters" not in dev.LOGGING
    assert "django_tasks" not in dev.LOGGING["loggers"]


def test_make_run_starts_the_worker_without_autoreload(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # as `make run` sets it
    settings.DEBUG = True  # db_worker reloads by default when DEBUG is on, as in development
    makefile = (ROOT / "Makefile").read_text()
    worker_line = next(line for line in makefile.splitlines() if "manage.py db_worker" in line)
    args = worker_line.split("manage.py db_worker", 1)[1].split("&", 1)[0].split()
    options = DbWorkerCommand().create_parser("manage.py", "db_worker").parse_args(args)
    assert options.reload is False
