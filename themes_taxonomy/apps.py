from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesTaxonomyConfig(AppConfig):
    name = "themes_taxonomy"
    verbose_name = _("Taxonomy")

    def ready(self):
        from core import cache  # it needs the models loaded: Django allows that only from ready()

        # Names and slugs of the vocabulary appear in cached pages, cards and filters.
        cache.watch(*(self.get_model(name) for name in ("Theme", "Sector", "Keyword", "ThemePathLink")))
