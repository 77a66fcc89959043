"""English versions of the demo pages and keywords (data in home.demo.english), made the way wagtail-localize
makes a translation: a copy of the Dutch page in the English locale, whose synchronised fields (dates, images,
taxonomy) follow the Dutch source and whose words are replaced by the English ones."""

from wagtail.models import Locale

from themes_taxonomy.models import Keyword

from . import content, english

TEXT_FIELDS = ("edition", "people_quoted", "duration", "target_group", "organisation", "what_they_did",
               "what_it_brought")  # fmt: skip


def dutch_items():
    items = {}
    for kind, values in (("article", content.ARTICLES), ("module", content.MODULES), ("example", content.EXAMPLES)):
        items.update({f"{kind}:{data['slug']}": data for data in values})
    return items


def link_keywords():
    """One English keyword per Dutch one, linked as its equivalent (the two vocabularies of the demo)."""
    for key, data in dutch_items().items():
        if key not in english.PAGES:
            continue
        for dutch_name, english_name in zip(data["keywords"], english.PAGES[key]["keywords"], strict=True):
            dutch = Keyword.objects.get(name=dutch_name)
            if dutch_name == english_name:
                continue  # the same word in both languages: one keyword serves both
            translated, _ = Keyword.objects.get_or_create(name=english_name, defaults={"language": "en"})
            if translated.equivalent_id is None and translated.language == "en":
                translated.equivalent = dutch
                translated.save(update_fields=["equivalent"])


def translate_pages(pages, make_block):
    """Create the English pages that are missing; returns how many were created.

    Two passes: first every page exists (with its English words), then the bodies are written, so a call to action
    can lead to the English version of a page created later.
    """
    locale = Locale.objects.get(language_code="en")
    link_keywords()
    created = {}
    for key, data in english.PAGES.items():
        source = pages[key]
        if source.get_translation_or_none(locale) is not None:
            continue
        page = source.copy_for_translation(locale)
        page.title, page.slug, page.intro = data["title"], data["slug"], data["intro"]
        for name in TEXT_FIELDS:
            if name in data:
                setattr(page, name, data[name])
        page.body = []
        page.save_revision().publish()
        created[key] = page
    targets = {key: page.get_translation_or_none(locale) or page for key, page in pages.items()}
    for key, page in created.items():
        page = type(page).objects.get(pk=page.pk)
        page.body = [make_block(block, targets) for block in english.PAGES[key].get("body", [])]
        page.save_revision().publish()
    return len(created)
