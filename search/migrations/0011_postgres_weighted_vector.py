"""On PostgreSQL: `kennisbank_vector(config, texts, weights)`, the weighted vector of several texts.

The vector modelsearch's ObjectIndexer writes: each text as `setweight(to_tsvector(config, text), weight)`, joined by
`||` in the order modelsearch joins them (its `balanced_reduce`: the first half, then the second), so the positions
come out the same. search/backends/postgres.py sends a bulk's texts as one JSON document and lets PostgreSQL build
the vectors with it, instead of a statement of several megabytes with a parameter per text. On other databases it
does nothing. The SQL is this migration's own.
"""

from django.db import migrations

FUNCTIONS = """
CREATE OR REPLACE FUNCTION kennisbank_vector(config regconfig, texts text[], weights text[], first integer,
                                             last integer) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE middle integer;
BEGIN
    IF first > last THEN
        RETURN ''::tsvector;
    ELSIF first = last THEN
        RETURN setweight(to_tsvector(config, texts[first]), weights[first]::"char");
    END IF;
    middle := first + (last - first + 1) / 2;
    RETURN kennisbank_vector(config, texts, weights, first, middle - 1)
        || kennisbank_vector(config, texts, weights, middle, last);
END $$;

CREATE OR REPLACE FUNCTION kennisbank_vector(config regconfig, texts text[], weights text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT kennisbank_vector(config, texts, weights, 1, COALESCE(array_length(texts, 1), 0))
$$;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTIONS)


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS kennisbank_vector(regconfig, text[], text[])")
        schema_editor.execute("DROP FUNCTION IF EXISTS kennisbank_vector(regconfig, text[], text[], integer, integer)")


class Migration(migrations.Migration):
    dependencies = [("kennisbank_search", "0010_postgres_lead_text")]

    operations = [migrations.RunPython(create, remove)]
