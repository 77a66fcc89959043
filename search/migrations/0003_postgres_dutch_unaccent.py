"""On PostgreSQL: the Dutch text search configuration `kennisbank_dutch`, folding diacritics (search/text_search.py).

Dutch pages are indexed and searched with it. On other databases it does nothing.
"""

from django.db import migrations

from search.text_search import create_configuration, drop_configuration


def create(apps, schema_editor):
    create_configuration(schema_editor, "kennisbank_dutch", "dutch")


def remove(apps, schema_editor):
    drop_configuration(schema_editor, "kennisbank_dutch")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0002_index_backlog")]

    operations = [migrations.RunPython(create, remove)]
