"""Django configuration package (named `config` because `site` is a standard-library module)."""
