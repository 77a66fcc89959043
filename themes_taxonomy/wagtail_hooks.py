"""The taxonomy in the admin: themes, sectors and keywords as snippets under one menu, with how often each is used.

Keywords also get merge and "remove unused" (themes_taxonomy/keywords.py); nothing still in use can be deleted.
"""

from django.contrib import messages
from django.db.models import Count, Value
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from core import registry

from . import keywords
from .admin_views import MergeKeywordsView, RemoveUnusedKeywordsView
from .models import Keyword, Sector, Theme


def usage_column():
    return Column("usage", label=_("Used on pages"), sort_key="usage")


def sum_usage():
    """For themes and sectors: on how many pages (of any content type) each is used."""
    total = Value(0)
    for model in registry.models():  # the related_name of KnowledgePage.themes and .sectors
        total = total + Coalesce(Count(f"{model._meta.model_name}_pages", distinct=True), 0)
    return total


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "parent", "order", "slug", usage_column()]
    list_filter = ["parent"]
    search_fields = ["name", "description"]
    ordering = ["order", "name"]

    def get_queryset(self, request):
        return Theme.objects.annotate(usage=sum_usage())


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "group"
    menu_label = _("Care sectors")
    list_display = ["name", "order", "slug", usage_column()]
    search_fields = ["name", "aliases"]
    ordering = ["order", "name"]

    def get_queryset(self, request):
        return Sector.objects.annotate(usage=sum_usage())


class KeywordIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        user = self.request.user
        if user.has_perms(["themes_taxonomy.change_keyword", "themes_taxonomy.delete_keyword"]):
            buttons.append(HeaderButton(_("Merge keywords"), url=reverse("kennisbank_merge_keywords"), icon_name="tag"))
        if user.has_perm("themes_taxonomy.delete_keyword"):
            buttons.append(HeaderButton(_("Remove unused keywords"), url=reverse("kennisbank_remove_unused_keywords"),
                                        icon_name="bin"))  # fmt: skip
        return buttons


class KeywordViewSet(SnippetViewSet):
    model = Keyword
    icon = "tag"
    menu_label = _("Keywords")
    index_view_class = KeywordIndexView
    list_display = ["name", "slug", "language", usage_column()]
    list_filter = ["language"]
    search_fields = ["name"]
    ordering = ["name"]

    def get_queryset(self, request):
        return keywords.with_usage()


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, SectorViewSet, KeywordViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)


@hooks.register("register_admin_urls")
def keyword_management_urls():
    return [
        path("taxonomy/keywords/merge/", MergeKeywordsView.as_view(), name="kennisbank_merge_keywords"),
        path(
            "taxonomy/keywords/remove-unused/",
            RemoveUnusedKeywordsView.as_view(),
            name="kennisbank_remove_unused_keywords",
        ),  # fmt: skip
    ]


@hooks.register("register_log_actions")
def register_keyword_log_actions(actions):
    actions.register_action(keywords.MERGE_ACTION, _("Merge keywords"), _("Keywords merged"))


def in_use(instance):
    if isinstance(instance, Keyword):
        return instance.tagged_items.exists()
    if isinstance(instance, Theme | Sector):
        return any(getattr(instance, f"{model._meta.model_name}_pages").exists() for model in registry.models())
    return False


@hooks.register("before_delete_snippet")
def refuse_deleting_what_is_used(request, instances):
    """Deleting a theme, sector or keyword would silently strip it from its pages: refused while it is used."""
    used = [str(instance) for instance in instances if in_use(instance)]
    if used:
        messages.error(request, gettext("Still used on pages, so not deleted: %(names)s. Merge or untag first.")
                       % {"names": ", ".join(used)})  # fmt: skip
        return redirect(reverse(f"wagtailsnippets_themes_taxonomy_{instances[0]._meta.model_name}:list"))


@hooks.register("after_edit_snippet")
def reindex_after_keyword_rename(request, instance):
    """A keyword's name and slug are in each tagged page's search document."""
    if isinstance(instance, Keyword):
        keywords.reindex(keywords.pages_using(instance))
