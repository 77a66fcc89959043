"""The site's fixed skeleton: a Dutch home page with the sections every install needs, and their English versions.

Used by `load_demo` and `import_loc`, so a fresh database gets the same tree whichever runs first. Idempotent.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from articles.models import ArticleIndexPage, ModuleIndexPage, PracticalExampleIndexPage
from themes_taxonomy.models import KeywordIndexPage, ThemeIndexPage

from .editorial.roles import sync_roles
from .models import HomePage, SiteSettings

# (model, slug, title, introduction), in menu order. Titles are Dutch: they are content, not interface text.
SECTIONS = [
    (ThemeIndexPage, "themas", "Thema's", "Alles in de kennisbank, geordend per thema."),
    (ArticleIndexPage, "artikelen", "Artikelen", "Artikelen uit Zorg en Zeggenschap, het tijdschrift van LOC."),
    (
        ModuleIndexPage,
        "opleidingsgids",
        "Opleidingsgids",
        "Trainingsmodules en advies-, coachings- en ondersteuningstrajecten voor cliëntenraden.",
    ),
    (
        PracticalExampleIndexPage,
        "praktijkvoorbeelden",
        "Praktijkvoorbeelden",
        "Wat andere cliëntenraden deden, en wat het hun opleverde.",
    ),
    (KeywordIndexPage, "trefwoorden", "Trefwoorden", "Alle trefwoorden en hoe vaak ze gebruikt worden."),
]


@transaction.atomic
def ensure_site_structure():
    """Return the Dutch home page, creating it, the default site and the section pages when missing."""
    dutch = Locale.objects.get(language_code="nl")
    home = HomePage.objects.filter(locale=dutch, depth=2).first()
    if home is not None and is_complete(home):
        return home
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Kennisbank Medezeggenschap",
                slug="kennisbank",
                locale=dutch,
                intro="Artikelen, trainingen en praktijkvoorbeelden voor cliëntenraden, geordend per thema.",
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = str(_("Kennisbank Medezeggenschap"))
        site.save()
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()  # Wagtail's "welcome" placeholder
    for model, slug, title, intro in SECTIONS:
        if not model.objects.child_of(home).exists():
            home.add_child(instance=model(title=title, slug=slug, intro=intro, show_in_menus=True, locale=dutch))
    ensure_english_structure(home)
    sync_roles()  # the roles' rights on the sections, now that the sections exist
    SiteSettings.for_site(site)  # creates the settings row with its defaults
    return home


def is_complete(home):
    """Whether the whole skeleton is there: the default site on `home`, one page of each section under it, and the
    English version of each (three queries). Every page the importer or a test makes asks for its section through
    ensure_site_structure, so the usual answer must be cheap; the roles were brought up to date when it was made."""
    if not Site.objects.filter(is_default_site=True, root_page=home).exists():
        return False
    wanted = ContentType.objects.get_for_models(*(model for model, *_rest in SECTIONS), for_concrete_models=False)
    sections = list(Page.objects.child_of(home).filter(content_type__in=wanted.values())
                    .values_list("content_type", "translation_key"))  # fmt: skip
    if sorted(content_type for content_type, _key in sections) != sorted(ct.pk for ct in wanted.values()):
        return False
    keys = [home.translation_key, *(key for _content_type, key in sections)]
    return Page.objects.filter(translation_key__in=keys, locale__language_code="en").count() == len(keys)


def ensure_english_structure(home):
    """The English home page and sections: translations of the Dutch ones (wagtail-localize can take them over)."""
    english = Locale.objects.get(language_code="en")
    for page, (slug, title, intro) in [(home, ENGLISH_HOME)] + [
        (model.objects.child_of(home).get(), ENGLISH_SECTIONS[dutch_slug]) for model, dutch_slug, *_texts in SECTIONS
    ]:
        if page.get_translation_or_none(english) is None:
            translation = page.copy_for_translation(english)
            translation.title, translation.slug, translation.intro = title, slug, intro
            translation.save_revision().publish()
    return home.get_translation(english)


# The English counterparts of the home page and of SECTIONS: (slug, title, introduction).
ENGLISH_HOME = (
    "knowledge-base",
    "Client Participation Knowledge Base",
    "Articles, training and practical examples for client councils, by theme.",
)
ENGLISH_SECTIONS = {
    "themas": ("themes", "Themes", "Everything in the knowledge base, by theme."),
    "artikelen": ("articles", "Articles", "Articles from Zorg en Zeggenschap, LOC's magazine."),
    "opleidingsgids": (
        "training-guide",
        "Training guide",
        "Training modules and advisory, coaching and support programmes for client councils.",
    ),
    "praktijkvoorbeelden": (
        "practical-examples",
        "Practical examples",
        "What other client councils did, and what it brought them.",
    ),
    "trefwoorden": ("keywords", "Keywords", "All keywords and how often they are used."),
}


def section(model, home=None):
    """The section page of `model` under the Dutch home page."""
    home = home or ensure_site_structure()
    return model.objects.child_of(home).get()
