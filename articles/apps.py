from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import registry


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Knowledge base")

    def ready(self):
        from .models import (
            ArticleIndexPage,
            ArticlePage,
            ModuleIndexPage,
            ModulePage,
            PracticalExampleIndexPage,
            PracticalExamplePage,
        )

        # The content types a council can find, in the order the site shows them; see core/registry.py.
        registry.register("article", ArticlePage, index_model=ArticleIndexPage)
        registry.register("module", ModulePage, index_model=ModuleIndexPage)
        registry.register("example", PracticalExamplePage, index_model=PracticalExampleIndexPage)
