"""What the home page shows: latest articles, the themes, featured modules, the collections."""

from django.utils.functional import SimpleLazyObject

from articles.models import ArticlePage, ModulePage
from articles.models.collections import visible_collections
from core.listing import with_card_data
from core.visibility import visible
from themes_taxonomy.browse import cached_theme_tree
from themes_taxonomy.urls_helpers import taxonomy_urls


def home_context(home):
    latest = visible(ArticlePage.objects, locale_id=home.locale_id).order_by("-publication_date", "title")
    return {
        # Querysets stay lazy: the template caches the fragment that uses them, so a warm page runs none.
        "latest_articles": with_card_data(latest, themes=False)[:4],
        "featured_modules": SimpleLazyObject(lambda: featured_modules(home)),
        "themes": SimpleLazyObject(lambda: cached_theme_tree(home.locale_id)),
        "theme_base": taxonomy_urls(home.locale_id)["themes"],
        "collections": SimpleLazyObject(lambda: visible_collections(home.locale_id)),
    }


def featured_modules(home):
    """The home page's featured modules, in the home page's language (a translation shows their translations)."""
    keys = list(home.featured_modules.order_by("sort_order").values_list("module__translation_key", flat=True))
    found = {page.translation_key: page for page in visible(ModulePage.objects, locale_id=home.locale_id).filter(
        translation_key__in=keys)}  # fmt: skip
    return [found[key] for key in keys if key in found]
