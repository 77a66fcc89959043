"""A small corpus for the content API, built once per test module: visible pages of every type in Dutch, one English
translation, and hidden ones (a draft, an expired page) that share their themes, keyword and sector."""

import datetime

from django.utils import timezone
from wagtail.models import Page

from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme, translate
from tests.shared_data import module_pages
from themes_taxonomy.models import Keyword


def build_corpus(home):
    inspraak = Keyword.objects.create(name="Inspraak", slug="inspraak", language="nl")
    geheim = Keyword.objects.create(name="Geheimwoord", slug="geheimwoord", language="nl")
    article = ArticlePageFactory(title="Artikel over de achterban", publication_date=datetime.date(2025, 3, 1),
                                 themes=[theme("achterban")], sectors=[sector("ggz")], keywords=[inspraak])  # fmt: skip
    module = ModulePageFactory(title="Module achterban raadplegen", publication_date=datetime.date(2025, 2, 1),
                               guide_section="Achterban", target_group="Nieuwe leden", themes=[theme("achterban")],
                               keywords=[inspraak])  # fmt: skip
    example = PracticalExamplePageFactory(title="Voorbeeld uit Zwolle", publication_date=datetime.date(2024, 6, 1),
                                          organisation="Cliëntenraad Zwolle", source_article=article,
                                          themes=[theme("hulpmiddelen")], sectors=[sector("vvt")])  # fmt: skip
    english = translate(article, "en", title="Article about the people you represent", slug="article-represent")
    draft = ModulePageFactory(title="Geheime conceptmodule", themes=[theme("achterban")], keywords=[geheim],
                              sectors=[sector("jeugdzorg")], publish=False, live=False)  # fmt: skip
    expired = ArticlePageFactory(title="Geheim verlopen artikel", themes=[theme("wet-medezeggenschap")],
                                 keywords=[geheim])  # fmt: skip
    # expired; the scheduled job has not run yet
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=5))
    return {"article": article, "module": module, "example": example, "english": english, "draft": draft,
            "expired": expired}  # fmt: skip


_corpus_once, corpus = module_pages(build_corpus, "corpus")
