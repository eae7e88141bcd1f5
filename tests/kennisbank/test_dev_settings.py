"""Development settings: admin links follow PORT."""

import importlib

import pytest


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
