"""What the home page shows: latest articles, the themes, featured modules."""

from articles.listing import with_card_data
from articles.models import ArticlePage
from themes_taxonomy.browse import cached_theme_tree
from themes_taxonomy.urls_helpers import taxonomy_urls


def home_context(home):
    latest = ArticlePage.objects.live().filter(locale_id=home.locale_id).order_by("-publication_date", "title")
    featured = home.featured_modules.select_related("module").filter(module__live=True)
    return {
        "latest_articles": with_card_data(latest, themes=False)[:4],
        "featured_modules": [item.module for item in featured],
        "themes": cached_theme_tree(home.locale_id),
        "theme_base": taxonomy_urls(home.locale_id)["themes"],
    }
