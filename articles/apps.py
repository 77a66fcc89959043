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
        from .models.collections import visible_collections

        # The content types a council can find, in the order the site shows them; see core/registry.py. A theme
        # page shows guidance first: modules and trajects (by kind), then practical examples, then articles.
        registry.register("article", ArticlePage, index_model=ArticleIndexPage, guidance_rank=3)
        registry.register("module", ModulePage, index_model=ModuleIndexPage, guidance_rank=1,
                          guidance_order=ModulePage.guidance_order())  # fmt: skip
        registry.register("example", PracticalExamplePage, index_model=PracticalExampleIndexPage, guidance_rank=2)
        registry.register_collections(visible_collections)
