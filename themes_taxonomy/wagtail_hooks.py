"""The taxonomy in the admin: themes, sectors and keywords as snippets under one menu."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Keyword, Sector, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "parent", "order", "slug"]
    list_filter = ["parent"]
    search_fields = ["name", "description"]
    ordering = ["order", "name"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "group"
    menu_label = _("Care sectors")
    list_display = ["name", "order", "slug"]
    search_fields = ["name", "aliases"]
    ordering = ["order", "name"]


class KeywordViewSet(SnippetViewSet):
    model = Keyword
    icon = "tag"
    menu_label = _("Keywords")
    list_display = ["name", "slug", Column("usage", label=_("Used on pages"), sort_key="usage")]
    search_fields = ["name"]
    ordering = ["name"]

    def get_queryset(self, request):
        return Keyword.objects.annotate(usage=Count("tagged_items"))


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, SectorViewSet, KeywordViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)
