"""wagtail-localize round trips: a translator gets a PO file, returns it, and the English page is built from it."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from articles.models import ArticlePage
from tests.factories import ArticlePageFactory, sector, theme
from themes_taxonomy.models import Keyword, Theme

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Een raad die luistert": "A council that listens",
    "een-raad-die-luistert": "a-council-that-listens",
    "Zo hoort de raad wat bewoners willen.": "This is how the council hears what residents want.",
}


@pytest.fixture
def article(home):
    Keyword.objects.create(name="listening", language="en", equivalent=Keyword.objects.create(name="luisteren"))
    return ArticlePageFactory(title="Een raad die luistert", slug="een-raad-die-luistert",
                              intro="Zo hoort de raad wat bewoners willen.", themes=[theme("achterban")],
                              sectors=[sector("vvt")], keywords=["luisteren"])  # fmt: skip


def translation_for(instance):
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    return Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))


def test_po_export_and_import_build_the_english_page(article, django_capture_on_commit_callbacks):
    translation = translation_for(article)
    po = translation.export_po()
    assert set(ENGLISH) <= {entry.msgid for entry in po}, "the translator gets every text of the page"
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)
    assert translation.import_po(po) == []
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes once the data is committed
        translation.save_target(publish=True)

    english = ArticlePage.objects.get(locale__language_code="en", translation_key=article.translation_key)
    assert (english.title, english.slug, english.intro) == tuple(ENGLISH.values())
    assert english.live and english.publication_date == article.publication_date, "dates stay in step"
    assert [t.slug for t in english.themes.all()] == ["people-you-represent"], "themes swapped for English ones"
    assert [s.locale.language_code for s in english.sectors.all()] == ["en"]
    assert [k.name for k in english.keywords.all()] == ["listening"], "keywords swapped for their equivalents"
    assert english.import_source == ""


def test_syncing_after_a_source_change_updates_the_synchronised_fields(article, django_capture_on_commit_callbacks):
    translation = translation_for(article)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    article.themes.set([theme("achterban"), theme("clientenrechten")])
    article.title = "Een raad die goed luistert"
    article.save_revision().publish()

    source = translation.source
    source.update_from_db()  # what wagtail-localize's "Sync translated pages" does
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = ArticlePage.objects.get(locale__language_code="en", translation_key=article.translation_key)
    assert {t.slug for t in english.themes.all()} == {"people-you-represent", "clients-rights"}
    assert english.title == "Een raad die goed luistert", "untranslated text falls back to the new source"


def test_themes_are_translated_through_po_too(home):
    dutch = Theme.objects.create(name="Inspraak", slug="inspraak", locale=Locale.objects.get(language_code="nl"))
    translation = translation_for(dutch)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"Inspraak": "Having a say", "inspraak": "having-a-say"}.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translation.save_target()
    english = Theme.objects.get(translation_key=dutch.translation_key, locale__language_code="en")
    assert (english.name, english.slug) == ("Having a say", "having-a-say")
