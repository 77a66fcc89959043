"""The keyword-merge chooser offers one language's keywords at a time, each with how often it is used."""

import html as markup
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse

from home.editorial import roles
from home.structure import ensure_site_structure
from tests.factories import ArticlePageFactory
from themes_taxonomy.models import Keyword, TaggedKeyword

MERGE = "kennisbank_merge_keywords"


@pytest.fixture(scope="module")
def vocabulary(django_db_setup, django_db_blocker):
    """Two pages; Dutch and English keywords used on two, one or no pages."""
    with django_db_blocker.unblock(), transaction.atomic():
        ensure_site_structure()
        manager = get_user_model().objects.create_user("beheer", "beheer@example.org", "wachtwoord-voor-tests")
        manager.groups.add(Group.objects.get(name=roles.BEHEERDERS))
        first, second = ArticlePageFactory(title="Eerste"), ArticlePageFactory(title="Tweede")
        languages = {"vrijwilligers": "nl", "vrijwilliger": "nl", "volunteers": "en", "volunteer": "en"}
        words = {name: Keyword.objects.create(name=name, slug=name, language=lang) for name, lang in languages.items()}
        for name, pages in {
            "vrijwilligers": [first, second],
            "volunteers": [first, second],
            "volunteer": [first],
        }.items():
            for page in pages:
                TaggedKeyword.objects.create(tag=words[name], content_object=page)
        yield {"manager": manager, **words}
        transaction.set_rollback(True)


def offered(html):
    """The keywords the merge form offers as checkboxes, with their labels."""
    found = re.findall(r'<input type="checkbox" name="merged" value="(\d+)"[^>]*>\s*([^<]+?)\s*</label>', html)
    return {pk: markup.unescape(label) for pk, label in found}


@pytest.mark.django_db
def test_the_chooser_offers_one_language_with_usage_counts(client, vocabulary):
    client.force_login(vocabulary["manager"])
    dutch = client.get(reverse(MERGE)).content.decode()  # Dutch first
    assert sorted(offered(dutch).values()) == ["vrijwilliger (0 pagina's)", "vrijwilligers (2 pagina's)"]
    english = client.get(reverse(MERGE), {"language": "en"}).content.decode()
    assert sorted(offered(english).values()) == ["volunteer (1 pagina)", "volunteers (2 pagina's)"]
    assert "vrijwilligers" not in english and 'name="language" value="en"' in english
    # Coming from the keyword listing with keywords chosen (?id=): their language, and they are ticked
    chosen = client.get(reverse(MERGE), {"id": [vocabulary["volunteer"].pk]}).content.decode()
    assert sorted(offered(chosen).values()) == ["volunteer (1 pagina)", "volunteers (2 pagina's)"]
    assert re.search(rf'value="{vocabulary["volunteer"].pk}"[^>]*checked', chosen)


@pytest.mark.django_db
def test_a_merge_stays_within_the_chosen_language(client, vocabulary):
    client.force_login(vocabulary["manager"])
    mixed = {"language": "en", "survivor": vocabulary["volunteers"].pk, "merged": [vocabulary["vrijwilliger"].pk]}
    assert client.post(reverse(MERGE), mixed).status_code == 400
    assert Keyword.objects.filter(pk=vocabulary["vrijwilliger"].pk).exists()
    english = {"language": "en", "survivor": vocabulary["volunteers"].pk, "merged": [vocabulary["volunteer"].pk]}
    assert client.post(reverse(MERGE), english).status_code == 302
    assert not Keyword.objects.filter(pk=vocabulary["volunteer"].pk).exists()
