"""On PostgreSQL: the Dutch text search configuration `kennisbank_dutch`, folding diacritics.

A copy of PostgreSQL's `dutch` configuration with the `unaccent` dictionary (contrib, part of Debian's postgresql
package) before the dutch stemmer, so "clientenraad" finds "cliëntenraad". Dutch pages are indexed and searched with
it. Creating the extension needs a superuser or a role allowed to. On other databases it does nothing. The SQL is
this migration's own: it does not change when search/text_search.py does.
"""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'kennisbank_dutch') THEN "
        "CREATE TEXT SEARCH CONFIGURATION kennisbank_dutch (COPY = dutch); "
        "ALTER TEXT SEARCH CONFIGURATION kennisbank_dutch ALTER MAPPING FOR hword, hword_part, word "
        "WITH unaccent, dutch_stem; END IF; END $$"
    )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS kennisbank_dutch")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0002_index_backlog")]

    operations = [migrations.RunPython(create, remove)]
