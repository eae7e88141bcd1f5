"""Settings for more than one app server: S3 media when configured, a shared cache, cached_db sessions."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRINT_SETTINGS = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "from django.core.files.storage import storages; d = storages['default']; "
    "print(json.dumps({'cache': s.CACHES['default'], 'session': s.SESSION_ENGINE, 'storage': type(d).__name__, "
    "'bucket': getattr(d, 'bucket_name', None), 'endpoint': getattr(d, 'endpoint_url', None)}))"
)
BASE_ENV = {
    "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
    "SECRET_KEY": "settings-test",
    "ALLOWED_HOSTS": "kennisbank.example.nl",
}


def _settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "REDIS_", "APP_SERVERS"))}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=settings.BASE_DIR,
        env={**clean, **BASE_ENV, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_shares_cache_and_sessions_and_media_when_configured():
    result = _settings(
        REDIS_URL="redis://cache.internal:6379/0",
        AWS_STORAGE_BUCKET_NAME="kennisbank-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.nl",
        APP_SERVERS="2",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["cache"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert values["cache"]["LOCATION"] == "redis://cache.internal:6379/0"
    assert values["cache"]["KEY_PREFIX"]
    assert values["session"] == "django.contrib.sessions.backends.cached_db"
    assert values["storage"] == "S3Storage"
    assert values["bucket"] == "kennisbank-media"
    assert values["endpoint"] == "https://s3.example.nl"


def test_media_stay_on_local_disk_by_default():
    result = _settings()
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["storage"] == "FileSystemStorage"


def test_production_refuses_a_per_process_cache_for_several_servers():
    result = _settings(APP_SERVERS="3")
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr
