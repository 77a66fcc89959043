"""Translators (Vertalers) in the admin: the Dutch tree read-only with wagtail-localize's translate action, the
list of pages to translate, and a translation's progress shown before it is submitted and before it is approved."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.editorial import roles
from tests.factories import ArticlePageFactory, translate
from tests.shared_data import refresh_engine_index

from .conftest import dutch
from .forms import page_form_data

BODY = [
    ("heading", {"text": "Wat doet de raad?", "level": "h2"}),
    ("paragraph", "<p>De raad praat mee over zorg en wonen.</p>"),
]


def article(title, **fields):
    return ArticlePageFactory(title=title, intro=f"Over {title.lower()}.", body=BODY, **fields)


def start_translation(page):
    """What wagtail-localize's "Translate this page" does: a source, a translation, an English draft."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))
    translation.save_target(publish=False)
    return translation


def translate_pieces(translation, count):
    """Translate the first `count` pieces, as the translator does in wagtail-localize's editor."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string").order_by("order")
    for segment in segments[:count]:
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=f"EN {segment.string.data}",
        )


@pytest.mark.django_db
def test_translator_sees_the_dutch_tree_read_only_and_may_translate(client, login, home):
    page = article("Medezeggenschap in de wijk")
    translator = login(roles.VERTALERS)

    listing = client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk])).content.decode()
    assert page.title in listing
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert translate_url in listing and dutch("Translate this page") in listing
    refresh_engine_index()  # on the engine, a page is searchable after the next refresh
    found = client.get(reverse("wagtailadmin_pages:search"), {"q": "Medezeggenschap wijk"}).content.decode()
    assert page.title in found, "admin search finds the Dutch page"
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 200

    rights = page.permissions_for_user(translator)
    assert not (rights.can_edit() or rights.can_publish() or rights.can_lock() or rights.can_delete())
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), page_form_data(page, title="Veranderd"))
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(page, title="Gepubliceerd", **{"action-publish": "Publish"}),
    )
    client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    page.refresh_from_db()
    assert page.title == "Medezeggenschap in de wijk" and not page.has_unpublished_changes and not page.locked

    assert client.get(translate_url).status_code == 200
    client.post(translate_url, {"locales": [Locale.objects.get(language_code="en").pk]})
    english = page.get_translation(Locale.objects.get(language_code="en"))
    assert not english.live, "a new translation is a draft"
    assert english.permissions_for_user(translator).can_edit(), "the translator works on the English draft"


@pytest.mark.django_db
def test_submitting_an_incomplete_translation_warns_and_the_reviewer_sees_the_progress(client, login, make_user, home):
    page = article("Klachten van bewoners")
    translation = start_translation(page)
    total, _done = translation.get_progress()
    translate_pieces(translation, 1)  # the title
    english = translation.get_target_instance()
    login(roles.VERTALERS)

    confirm = client.get(reverse("kennisbank_submit_for_review", args=[english.pk])).content.decode()
    assert f"1 van {total} onderdelen vertaald; niet vertaald:" in confirm
    assert "Wat doet de raad?" in confirm and "De raad praat mee" in confirm, "the missing pieces are named"
    assert "Nederlandse brontekst" in confirm, "it says why the preview mixes languages"

    response = client.post(reverse("kennisbank_submit_for_review", args=[english.pk]), follow=True)
    english.refresh_from_db()
    assert english.workflow_in_progress
    assert f"1 van {total} onderdelen vertaald" in response.content.decode()

    client.force_login(make_user(roles.EINDREDACTIE, "reviewer"))
    review = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    assert f"1 van {total} onderdelen vertaald" in review and "Wat doet de raad?" in review

    StringTranslation.objects.all().delete()
    translate_pieces(translation, total)
    review = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    assert f"Alle {total} onderdelen zijn vertaald." in review


@pytest.mark.django_db
def test_the_dashboard_lists_dutch_pages_to_translate_and_translations_out_of_date(client, login, home):
    untranslated = article("Nog te vertalen")
    outdated = article("Sindsdien gewijzigd")
    start_translation(outdated)
    outdated.title = "Sindsdien gewijzigd en opnieuw gepubliceerd"
    outdated.save_revision().publish()
    in_sync = article("Bijgewerkt vertaald")
    start_translation(in_sync)
    by_hand = article("Met de hand vertaald")
    translate(by_hand, "en", title="Translated by hand", slug="translated-by-hand")

    login(roles.VERTALERS)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert dutch("To translate") in dashboard
    assert untranslated.title in dashboard
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in dashboard
    assert "Sindsdien gewijzigd en opnieuw gepubliceerd" in dashboard
    source = TranslationSource.objects.get(object_id=outdated.translation_key)
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in dashboard
    assert dutch("Update translation") in dashboard
    assert in_sync.title not in dashboard and by_hand.title not in dashboard
    assert dashboard.count("/localize/submit/page/") == 1, "only the untranslated article: home and sections are"

    login(roles.REDACTEUREN, "schrijver")
    assert dutch("To translate") not in client.get(reverse("wagtailadmin_home")).content.decode()
