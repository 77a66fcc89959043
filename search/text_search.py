"""PostgreSQL text search configurations that fold diacritics, used by migrations 0003 (Dutch) and 0004 (English).

Each copies PostgreSQL's own configuration for the language and puts the `unaccent` dictionary (contrib, part of
Debian's postgresql package) before the language's stemmer, so "clientenraad" finds "cliëntenraad". Creating the
extension needs a superuser or a role allowed to; on other databases nothing happens.
"""


def create_configuration(schema_editor, name, language):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN "
        f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language}); "
        f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
        f"WITH unaccent, {language}_stem; END IF; END $$"
    )


def drop_configuration(schema_editor, name):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
