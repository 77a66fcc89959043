import datetime

from wagtail.models import Page

from articles.models import CollectionPage
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme
from tests.shared_data import module_pages


def make_collection(home, **criteria):
    """A published collection under the Dutch home page with the given criteria."""
    themes, sectors, keywords = (criteria.pop(name, []) for name in ("themes", "sectors", "keywords"))
    collection = CollectionPage(title="Collectie", slug=f"collectie-{CollectionPage.objects.count()}", **criteria)
    home.add_child(instance=collection)
    collection.themes.set(themes)
    collection.sectors.set(sectors)
    collection.keywords.set(keywords)
    collection.save_revision().publish()
    return CollectionPage.objects.get(pk=collection.pk)


def build_content(home):
    """Known items: types, themes, sectors, keywords and dates chosen so each criterion selects a known subset."""
    day = datetime.date(2026, 3, 1)
    return {
        "wmcz": ArticlePageFactory(
            title="De Wmcz uitgelegd", themes=[theme("achterban")], keywords=["wmcz"], publication_date=day
        ),  # fmt: skip
        "werven": ModulePageFactory(
            title="Leden werven",
            themes=[theme("organiseren-medezeggenschap")],
            keywords=["werven"],
            publication_date=day + datetime.timedelta(days=10),
        ),  # fmt: skip
        "jeugd": PracticalExamplePageFactory(
            title="Jongeren aan het woord",
            themes=[theme("achterban")],
            sectors=[sector("jeugdzorg")],
            keywords=["wmcz"],
            publication_date=day + datetime.timedelta(days=20),
        ),  # fmt: skip
        "oud": ArticlePageFactory(
            title="Archief over inspraak", themes=[theme("achterban")], publication_date=datetime.date(2024, 5, 1)
        ),  # fmt: skip
        "concept": ArticlePageFactory(
            title="Nog niet klaar", themes=[theme("achterban")], publish=False, live=False, publication_date=day
        ),  # fmt: skip
    }


_content_once, content = module_pages(build_content, "content")


def expire(page):
    from django.utils import timezone

    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
