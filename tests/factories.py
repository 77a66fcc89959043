"""Factories for the knowledge base's pages; each creates a published page under its section."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ModuleIndexPage,
    ModulePage,
    PracticalExampleIndexPage,
    PracticalExamplePage,
)
from home.structure import ensure_site_structure, section
from themes_taxonomy.models import Sector, Theme


def dutch():
    return Locale.objects.get(language_code="nl")


class KnowledgePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.Sequence(lambda n: f"pagina-{n}")
    intro = factory.Faker("sentence", locale="nl_NL")
    publication_date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(page, create, extracted, **kwargs):
        if extracted:
            page.themes.set(extracted)

    @factory.post_generation
    def sectors(page, create, extracted, **kwargs):
        if extracted:
            page.sectors.set(extracted)

    @factory.post_generation
    def keywords(page, create, extracted, **kwargs):
        if extracted:
            page.keywords.set(extracted)

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        """Publish through a revision, as an editor would (also stores the relations set above)."""
        if create and extracted is not False:
            page.save_revision().publish()


def _parent(index_model):
    return factory.LazyFunction(lambda: section(index_model, ensure_site_structure()))


class ArticlePageFactory(KnowledgePageFactory):
    parent = _parent(ArticleIndexPage)
    edition = "Zorg en Zeggenschap, voorjaar 2025"

    class Meta:
        model = ArticlePage


class ModulePageFactory(KnowledgePageFactory):
    parent = _parent(ModuleIndexPage)
    kind = ModulePage.Kind.TRAINING
    duration = "2 dagdelen"

    class Meta:
        model = ModulePage


class PracticalExamplePageFactory(KnowledgePageFactory):
    parent = _parent(PracticalExampleIndexPage)
    organisation = factory.Sequence(lambda n: f"Cliëntenraad Zorggroep {n}")

    class Meta:
        model = PracticalExamplePage


def theme(slug):
    return Theme.objects.get(locale=dutch(), slug=slug)


def sector(slug):
    return Sector.objects.get(locale=dutch(), slug=slug)


def translate(page, language, **fields):
    """Publish a translation of `page` (as wagtail-localize creates one), with the given fields translated."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)
