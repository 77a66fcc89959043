"""On PostgreSQL: the English text search configuration `kennisbank_english`, folding accents.

A copy of PostgreSQL's `english` configuration with the `unaccent` dictionary (contrib, part of Debian's postgresql
package) before the english stemmer, so "naive" finds "naïve". English pages are indexed and searched with it
(search/backends/postgres.py). Creating the extension needs a superuser or a role allowed to. On other databases it
does nothing. The SQL is this migration's own: it does not change when search/text_search.py does.
"""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'kennisbank_english') THEN "
        "CREATE TEXT SEARCH CONFIGURATION kennisbank_english (COPY = english); "
        "ALTER TEXT SEARCH CONFIGURATION kennisbank_english ALTER MAPPING FOR hword, hword_part, word "
        "WITH unaccent, english_stem; END IF; END $$"
    )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS kennisbank_english")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0003_postgres_dutch_unaccent")]

    operations = [migrations.RunPython(create, remove)]
