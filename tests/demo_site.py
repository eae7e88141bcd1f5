"""The demo content (``manage.py load_demo_content``) loaded once per test module.

Loading it takes tens of seconds, so modules that only read it share one load: the module-scoped fixture
opens an outer transaction, loads the content and rolls everything back when the module is done. Each test's
own ``db`` transaction nests inside it as a savepoint, so a test's changes still vanish after the test.
Use it with ``pytestmark = pytest.mark.usefixtures("demo_site")`` after importing ``demo_site``.
"""

import io
from collections.abc import Iterator

import pytest

from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker) -> Iterator[None]:
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
