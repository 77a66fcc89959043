"""On PostgreSQL: the English text search configuration `kennisbank_english`, folding accents (search/text_search.py).

English pages are indexed and searched with it (search/backends/postgres.py). On other databases it does nothing.
"""

from django.db import migrations

from search.text_search import create_configuration, drop_configuration


def create(apps, schema_editor):
    create_configuration(schema_editor, "kennisbank_english", "english")


def remove(apps, schema_editor):
    drop_configuration(schema_editor, "kennisbank_english")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0003_postgres_dutch_unaccent")]

    operations = [migrations.RunPython(create, remove)]
