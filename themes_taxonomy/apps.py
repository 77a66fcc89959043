from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesTaxonomyConfig(AppConfig):
    name = "themes_taxonomy"
    verbose_name = _("Taxonomy")
