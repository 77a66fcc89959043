"""What the home page shows: latest articles, the themes, featured modules."""

from django.utils.functional import SimpleLazyObject

from articles.listing import with_card_data
from articles.models import ArticlePage
from themes_taxonomy.browse import cached_theme_tree
from themes_taxonomy.urls_helpers import taxonomy_urls


def home_context(home):
    latest = ArticlePage.objects.live().filter(locale_id=home.locale_id).order_by("-publication_date", "title")
    return {
        # Querysets stay lazy: the template caches the fragment that uses them, so a warm page runs none.
        "latest_articles": with_card_data(latest, themes=False)[:4],
        "featured_modules": home.featured_modules.select_related("module").filter(module__live=True),
        "themes": SimpleLazyObject(lambda: cached_theme_tree(home.locale_id)),
        "theme_base": taxonomy_urls(home.locale_id)["themes"],
    }
