"""On PostgreSQL: pg_trgm and a GIN trigram index on the lower-cased page titles, for the titles similar to a mistyped
query (search/database.py, similar_titles). Creating the extension needs a superuser or a role allowed to. On other
databases it does nothing."""

from django.db import migrations

INDEX = "kennisbank_page_title_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page USING gin (lower(title) gin_trgm_ops)"
    )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0007_search_log_per_day"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]
