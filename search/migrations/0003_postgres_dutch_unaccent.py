"""On PostgreSQL: a Dutch text search configuration that also folds diacritics ("clientenraad" finds "cliëntenraad").

PostgreSQL's own `dutch` configuration stems but keeps accents. This copies it and puts the `unaccent` dictionary
(contrib, part of Debian's postgresql package) before the Dutch stemmer. Creating the extension needs a superuser
or a role allowed to; on other databases the migration does nothing.
"""

from django.db import migrations

CONFIG = "kennisbank_dutch"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN "
        f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = dutch); "
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR hword, hword_part, word "
        f"WITH unaccent, dutch_stem; END IF; END $$"
    )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0002_index_backlog")]
    operations = [migrations.RunPython(create, remove)]
