"""Two demo collections, in Dutch and English: one by theme, one of the newest items. Written for this project."""

from wagtail.models import Locale

from articles.models import CollectionPage
from themes_taxonomy.models import Theme

# (slug, title, introduction, criteria, English slug, title and introduction)
COLLECTIONS = [
    (
        "alles-over-de-wmcz",
        "Alles over de Wmcz",
        "Artikelen, trainingen en praktijkvoorbeelden over de wet die de medezeggenschap van cliënten regelt.",
        {"theme": "wet-medezeggenschap", "sort_order": "newest"},
        (
            "all-about-the-wmcz",
            "All about the Wmcz",
            "Articles, training and practical examples about the law on client participation.",
        ),
    ),
    (
        "nieuw-in-de-kennisbank",
        "Nieuw in de kennisbank",
        "De tien nieuwste stukken, van elk soort.",
        {"sort_order": "newest", "max_items": 10},
        ("new-in-the-knowledge-base", "New in the knowledge base", "The ten newest items, of every kind."),
    ),
]


def create_collections(home):
    """Create what is missing: each collection, published, and its English translation; returns how many pages."""
    english = Locale.objects.get(language_code="en")
    created = 0
    for slug, title, intro, criteria, (en_slug, en_title, en_intro) in COLLECTIONS:
        collection = CollectionPage.objects.child_of(home).filter(slug=slug).first()
        if collection is None:
            collection = dutch_collection(home, slug, title, intro, dict(criteria))
            created += 1
        if collection.get_translation_or_none(english) is None:
            translation = collection.copy_for_translation(english)
            translation.title, translation.slug, translation.intro = en_title, en_slug, en_intro
            translation.save_revision().publish()
            created += 1
    return created


def dutch_collection(home, slug, title, intro, criteria):
    theme = criteria.pop("theme", None)
    collection = home.add_child(instance=CollectionPage(title=title, slug=slug, intro=intro, locale=home.locale,
                                                        **criteria))  # fmt: skip
    if theme:
        collection.themes.set([Theme.objects.get(locale=home.locale, slug=theme)])
    collection.save_revision().publish()
    return collection
