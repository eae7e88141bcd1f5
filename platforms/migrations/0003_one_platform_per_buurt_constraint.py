"""One platform per buurt, enforced by PostgreSQL: no two coverage rows for a buurt may overlap in time.

Django's Meta.constraints cannot be vendor specific, so this constraint is added with plain SQL on PostgreSQL
only; on SQLite ``platforms.services.status_grant`` guards the rule inside a transaction. ``BtreeGistExtension``
is itself a no-op on other databases.
"""

from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations

CONSTRAINT = "platforms_coverage_one_platform_per_buurt"


def add_constraint(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE platforms_statuscoverage ADD CONSTRAINT {CONSTRAINT} "
        "EXCLUDE USING gist (buurt_id WITH =, daterange(start_date, last_day, '[]') WITH &&)"
    )


def drop_constraint(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE platforms_statuscoverage DROP CONSTRAINT IF EXISTS {CONSTRAINT}")


class Migration(migrations.Migration):
    dependencies = [
        ("platforms", "0002_application_status"),
    ]

    operations = [
        BtreeGistExtension(),
        migrations.RunPython(add_constraint, drop_constraint),
    ]
