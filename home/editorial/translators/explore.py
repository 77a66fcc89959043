"""Translators see the Dutch tree read-only.

Wagtail lets a user explore (page listing, explorer menu, admin search) only the pages on which they hold an add,
change, publish, lock, unlock or bulk-delete right; it has no read-only page right. Translators need to look at the
Dutch pages they translate, and wagtail-localize's *Translate this page* / *Sync translated pages* buttons sit on the
Dutch pages and ask for the model permission `wagtail_localize.submit_translation` (which Vertalers hold). So the
page permission policy is extended: who may submit translations may also explore the source language's tree.
Exploring grants no action: editing, publishing, locking and deleting still ask the page rights, which translators
hold on the English tree only (roles.TRANSLATION_RIGHTS).
"""

from django.conf import settings
from wagtail.models import Page
from wagtail.permissions import policy_registry, register_permission_policy

TRANSLATE = "wagtail_localize.submit_translation"


class SourceTreeExploreMixin:
    """Adds the source language's tree to what a user holding TRANSLATE may explore."""

    def source_homes(self, user):
        if not user.is_active or user.is_superuser or not user.has_perm(TRANSLATE):
            return []
        return list(Page.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE))

    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        homes = self.source_homes(user)
        for home in homes:
            pages = pages | Page.objects.descendant_of(home, inclusive=True) | Page.objects.ancestor_of(home)
        return pages

    def instances_with_direct_explore_permission(self, user):
        return [*super().instances_with_direct_explore_permission(user), *self.source_homes(user)]


def register():
    """Register the page policy with the source tree added; any page policy registered before is kept as its
    base, so another extension of Wagtail's policy composes with this one."""
    current = policy_registry.get_by_type(Page)
    if isinstance(current, SourceTreeExploreMixin):
        return
    policy = type("SourceTreeExplorePolicy", (SourceTreeExploreMixin, type(current)), {})(Page)
    register_permission_policy(Page, policy)
