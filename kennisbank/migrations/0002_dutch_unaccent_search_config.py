"""PostgreSQL text-search configuration "dutch_unaccent" (settings.WAGTAILSEARCH_BACKENDS SEARCH_CONFIG).

A copy of ``dutch`` whose word mappings run through ``unaccent`` before ``dutch_stem``, so "ideeën" and
"ideeen" (and "café"/"cafe") share a lexeme, and hyphenated words keep their parts. A no-op on other databases.
"""

from django.db import migrations

CREATE_SQL = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'dutch_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = pg_catalog.dutch);
    END IF;
END
$$;
ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, dutch_stem;
"""
DROP_SQL = "DROP TEXT SEARCH CONFIGURATION IF EXISTS dutch_unaccent;"


def create_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_SQL)


def drop_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0001_initial")]

    operations = [migrations.RunPython(create_config, drop_config, elidable=False)]
