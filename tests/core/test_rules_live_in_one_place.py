"""Each rule is defined once: the registry's weights are what the index mapping and the engine query use, and only
core/cache.py talks to Django's cache."""

import ast
from pathlib import Path

from wagtail.search import index

from articles.models import KnowledgePage
from core import registry
from search import engine

REPO = Path(__file__).resolve().parents[2]
APPS = ("core", "themes_taxonomy", "articles", "search", "home", "config")


def test_the_index_mapping_and_the_engine_query_read_the_registry_weights():
    searched = [field for field in KnowledgePage.search_fields if isinstance(field, index.SearchField)]
    boosts = {field.field_name: field.boost or 1 for field in searched}
    for language in ("nl", "en"):
        for name, weight in registry.text_fields(language):
            assert boosts[name] == weight
        assert engine.field_names(language) == [name for name, _weight in registry.text_fields(language)]


def test_every_content_type_is_registered_with_its_section():
    assert [ct.model.kind_code for ct in registry.content_types()] == list(registry.codes())
    for content_type in registry.content_types():
        assert issubclass(content_type.model, KnowledgePage) and content_type.index_model is not None


def test_only_the_cache_module_imports_djangos_cache():
    offenders = []
    for app in APPS:
        for path in (REPO / app).rglob("*.py"):
            if path == REPO / "core" / "cache.py":
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                names = [node.module] if isinstance(node, ast.ImportFrom) else []
                names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
                if any(name and name.startswith("django.core.cache") for name in names):
                    offenders.append(str(path.relative_to(REPO)))
    assert not offenders, f"use core.cache instead: {offenders}"
