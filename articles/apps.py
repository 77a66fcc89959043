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
        # Each type names its section in the learning paths of the other types' pages, and a theme's path starts
        # with the basic course where the theme has one (search/paths.py).
        registry.register("article", ArticlePage, index_model=ArticleIndexPage, guidance_rank=3,
                          path_heading=_("Why it matters"))  # fmt: skip
        registry.register("module", ModulePage, index_model=ModuleIndexPage, guidance_rank=1,
                          guidance_order=ModulePage.guidance_order(), path_heading=_("Learn it"),
                          path_start={"kind": ModulePage.Kind.BASISCURSUS})  # fmt: skip
        registry.register("example", PracticalExamplePage, index_model=PracticalExampleIndexPage, guidance_rank=2,
                          path_heading=_("How others did it"))  # fmt: skip
        registry.register_collections(visible_collections)
