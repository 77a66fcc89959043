"""Every admin view of ours is in the permission matrix, so none is forgotten when a view is added."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from .test_permission_matrix import ADMIN_VIEWS

pytestmark = pytest.mark.same_on_every_stack

OUR_APPS = {"home", "search", "articles", "themes_taxonomy", "core"}
OUR_APP_LABELS = {"home", "kennisbank_search", "articles", "themes_taxonomy", "core"}
ADMIN_PREFIX = "admin/"


def admin_views(patterns, prefix="", namespace=""):
    """(address, name, namespace, view module) of every admin URL: config.urls plus Wagtail's register_admin_urls."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(filter(None, [namespace, entry.namespace]))
            yield from admin_views(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and (prefix + str(entry.pattern)).startswith(ADMIN_PREFIX):
            view = getattr(entry.callback, "view_class", entry.callback)
            yield prefix + str(entry.pattern), entry.name, namespace, view.__module__


def ours(name, namespace, module):
    """A view of our apps, or a snippet viewset (admin or chooser) of one of our models."""
    if module.split(".")[0] in OUR_APPS:
        return True
    return any(namespace.startswith(f"{kind}_{label}_") for kind in ("wagtailsnippets", "wagtailsnippetchoosers")
               for label in OUR_APP_LABELS)  # fmt: skip


def matrix_key(name, namespace):
    """Snippet views are listed by their viewset (admin and chooser alike: the model's permission policy)."""
    if namespace:
        return namespace.replace("wagtailsnippetchoosers_", "wagtailsnippets_")
    return name


def test_every_admin_view_of_ours_is_in_the_permission_matrix():
    found = {
        matrix_key(name, namespace): address
        for address, name, namespace, module in admin_views(get_resolver().url_patterns)
        if ours(name, namespace, module)
    }
    assert "kennisbank_search_report" in found and "wagtailsnippets_themes_taxonomy_theme" in found  # the walk works
    missing = {key: address for key, address in found.items() if key not in ADMIN_VIEWS}
    assert not missing, f"Admin views missing from ADMIN_VIEWS in test_permission_matrix.py: {missing}"
    assert not set(ADMIN_VIEWS) - set(found), "ADMIN_VIEWS names views that no longer exist"
