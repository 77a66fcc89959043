"""On PostgreSQL: an English text search configuration that folds diacritics, the counterpart of 0003's Dutch one.

English pages are indexed and searched with it (search/backends/postgres.py). On other databases it does nothing.
"""

from django.db import migrations

CONFIG = "kennisbank_english"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN "
        f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english); "
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR hword, hword_part, word "
        f"WITH unaccent, english_stem; END IF; END $$"
    )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0003_postgres_dutch_unaccent")]

    operations = [migrations.RunPython(create, remove)]
