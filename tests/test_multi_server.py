"""Two app servers, one database, one Redis: what one server caches or invalidates, the other sees.

Starts two gunicorn processes with production settings (tests/multi_server/settings.py) on free loopback ports,
sharing the test database (PostgreSQL) or a file copy of it (SQLite) and Redis database 5 under a key prefix
of their own. Changes are made by a third process (``manage.py shell``), as an editor on another server would.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from django.conf import settings
from django.db import connection

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
STARTUP_SECONDS = 60
REQUEST_SECONDS = 20
GUNICORN_ARGS = ["kennisbank.wsgi:application", "--workers=1", "--timeout=30", "--graceful-timeout=2", "--bind"]


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str
    cookies: dict[str, str]


@dataclass
class Server:
    port: int
    process: subprocess.Popen
    log: Path

    def request(self, method: str, path: str, body: str | None = None, headers: dict | None = None) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_SECONDS)
        try:
            conn.request(method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})})
            response = conn.getresponse()
            pairs = response.getheaders()
            cookies = dict(
                value.split(";", 1)[0].split("=", 1) for name, value in pairs if name.lower() == "set-cookie"
            )
            return Reply(response.status, {k.lower(): v for k, v in pairs}, response.read().decode(), cookies)
        finally:
            conn.close()


def _redis_client():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=5)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as error:
        message = f"Redis is needed at {REDIS_URL}: {error}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def site_tree(transactional_db) -> None:
    """A default Site with a home page (an earlier transactional test may have flushed the migrations' one)."""
    from wagtail.models import Locale, Page, Site

    if Site.objects.filter(is_default_site=True).exists():
        return
    Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = root.add_child(instance=Page(title="Welkom", slug="welkom"))
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Kennisbank")


@pytest.fixture
def contact_page(site_tree) -> None:
    from tests.coalition.factories import form_pages_create

    form_pages_create()


@pytest.fixture
def shared_database_url(site_tree, tmp_path) -> str:
    """A database URL other processes can open, holding the test database's content."""
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        auth = quote(s["USER"] or "postgres") + (f":{quote(s['PASSWORD'])}" if s.get("PASSWORD") else "")
        return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    # SQLite's test database lives in this process's memory: copy it to a file the servers can share.
    path = tmp_path / "shared.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    return f"sqlite:///{path}"


@pytest.fixture
def server_env(shared_database_url) -> Iterator[dict[str, str]]:
    redis_client = _redis_client()
    prefix = f"kbtest-{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.multi_server.settings",
        "SECRET_KEY": "multi-server-test-key",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": shared_database_url,
        "DB_CONN_MAX_AGE": "0",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        "APP_SERVERS": "2",
        "PAGE_CACHE_SECONDS": "600",
        "PYTHONUNBUFFERED": "1",
    }
    yield env
    keys = list(redis_client.scan_iter(match=f"{prefix}:*", count=500))
    if keys:
        redis_client.delete(*keys)


@pytest.fixture
def two_servers(server_env, tmp_path) -> Iterator[tuple[Server, Server]]:
    servers: list[Server] = []
    try:
        for name in ("a", "b"):
            port = _free_port()
            log = tmp_path / f"server-{name}.log"
            with log.open("wb") as log_file:
                process = subprocess.Popen(  # noqa: S603
                    [sys.executable, "-m", "gunicorn", *GUNICORN_ARGS, f"127.0.0.1:{port}"],
                    cwd=settings.BASE_DIR,
                    env=server_env,
                    stdout=log_file,
                    stderr=subprocess.STDOUT,
                )
            servers.append(Server(port, process, log))
        for server in servers:
            _wait_until_up(server)
        yield servers[0], servers[1]
    finally:
        for server in servers:
            server.process.send_signal(signal.SIGINT)  # gunicorn: quick shutdown
        for server in servers:
            try:
                server.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait(timeout=10)


def _wait_until_up(server: Server) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"server exited early:\n{server.log.read_text()[-3000:]}")
        try:
            server.request("GET", "/__probe__/cache/ready/")
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"server not up after {STARTUP_SECONDS}s:\n{server.log.read_text()[-3000:]}")


def _run_elsewhere(env: dict[str, str], code: str) -> str:
    """Run Django code in a third process with the servers' settings (an editor on another machine)."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
        text=True,
    )
    return result.stdout


def test_a_cache_value_set_on_one_server_is_seen_and_deleted_on_the_other(two_servers):
    a, b = two_servers
    assert b.request("GET", "/__probe__/cache/gedeeld/").status == 404

    assert a.request("POST", "/__probe__/cache/gedeeld/", body="waarde-van-a").status == 200
    seen = b.request("GET", "/__probe__/cache/gedeeld/")
    assert seen.status == 200
    assert seen.body == "waarde-van-a"
    assert seen.headers["x-server-pid"] != a.request("GET", "/__probe__/cache/gedeeld/").headers["x-server-pid"]

    assert b.request("DELETE", "/__probe__/cache/gedeeld/").status == 200
    assert a.request("GET", "/__probe__/cache/gedeeld/").status == 404


def test_a_page_cached_by_one_server_is_invalidated_for_both(two_servers, server_env):
    a, b = two_servers
    first = a.request("GET", "/")
    assert first.status == 200
    assert first.headers["x-page-cache"] == "MISS"
    # B never rendered the page, yet serves A's copy from the shared cache.
    from_b = b.request("GET", "/")
    assert from_b.headers["x-page-cache"] == "HIT"
    assert from_b.body == first.body

    _run_elsewhere(
        server_env,
        "from wagtail.models import Site\n"
        "page = Site.objects.get(is_default_site=True).root_page.specific\n"
        "page.title = 'Gewijzigd op een andere server'\n"
        "page.save_revision().publish()\n",
    )

    # Each server re-reads the site version at most once a second: poll (bounded) until both show the change.
    for server in (a, b):
        reply = _poll(server, "/", until=lambda r: "Gewijzigd op een andere server" in r.body)
        assert reply.status == 200
        assert "Gewijzigd op een andere server" in reply.body
        assert first.body != reply.body


def _poll(server: Server, path: str, *, until, attempts: int = 40, pause: float = 0.1) -> Reply:
    for _ in range(attempts):
        reply = server.request("GET", path)
        if until(reply):
            return reply
        time.sleep(pause)
    return reply


def _post_contact_form(server: Server, number: int) -> Reply:
    """Fetch the contact form from ``server`` (CSRF cookie, one-time form token) and post a valid message."""
    form = server.request("GET", "/contact/")
    assert form.status == 200
    assert "private" in form.headers["cache-control"]
    token = re.search(r'name="form_token" value="([^"]+)"', form.body).group(1)
    csrf = form.cookies["csrftoken"]
    fields = {
        "csrfmiddlewaretoken": csrf,
        "form_token": token,
        "homepage_url": "",
        "name": f"Bewoner {number}",
        "email": f"bewoner{number}@example.org",
        "topic": "question",
        "message": "Hoe vragen we de buurtplatformstatus aan?",
        "consent": "on",
    }
    return server.request(
        "POST",
        "/contact/",
        body=urlencode(fields),
        headers={"Cookie": f"csrftoken={csrf}", "Content-Type": "application/x-www-form-urlencoded"},
    )


def test_the_form_rate_limit_is_counted_across_both_servers(contact_page, two_servers, server_env):
    a, b = two_servers
    # Six valid posts, alternating: each server sees three, exactly its own limit, so only a shared count
    # (six, over the limit of three) can turn the last three away (429, the form shown again).
    statuses = [_post_contact_form((a, b)[number % 2], number).status for number in range(6)]
    assert statuses[:3] == [303, 303, 303]
    assert statuses[3:] == [429, 429, 429]

    stored = _run_elsewhere(
        server_env, "from coalition.models import ContactMessage\nprint(ContactMessage.objects.count())\n"
    )
    assert int(stored.strip().splitlines()[-1]) == 3
