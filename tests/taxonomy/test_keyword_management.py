"""Keyword management in the admin: merge moves every tagged page (drafts included), nothing used can be deleted."""

import re

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from articles.models import ArticleIndexPage
from home.editorial import roles
from home.structure import section
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, theme
from themes_taxonomy.keywords import MERGE_ACTION
from themes_taxonomy.models import Keyword, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged(home):
    """Pages tagged 'vrijwilligers' or its near-duplicate 'vrijwilliger'; one has it only in an unpublished draft."""
    pages = {
        "old": ArticlePageFactory(title="Vrijwilligers in de raad", keywords=["vrijwilliger"]),
        "both": ModulePageFactory(title="Training voor vrijwilligers", keywords=["vrijwilliger", "vrijwilligers"]),
        "new": PracticalExamplePageFactory(title="Een raad met vrijwilligers", keywords=["vrijwilligers"]),
        "draft": ArticlePageFactory(title="Nog een concept", keywords=["achterban"]),
    }
    draft = pages["draft"]
    draft.keywords.add(Keyword.objects.get(name="vrijwilliger"))
    draft.save_revision()  # the live version has only 'achterban'; the draft adds 'vrijwilliger'
    return pages


def merge(client, survivor, *merged):
    return client.post(reverse("kennisbank_merge_keywords"),
                       {"survivor": survivor.pk, "merged": [keyword.pk for keyword in merged]})  # fmt: skip


def keyword_names(page):
    return sorted(tag.name for tag in type(page).objects.get(pk=page.pk).keywords.all())


def test_merge_moves_every_tagged_page_and_draft_and_is_logged(client, manager, tagged):
    survivor, duplicate = Keyword.objects.get(name="vrijwilligers"), Keyword.objects.get(name="vrijwilliger")
    form = client.get(reverse("kennisbank_merge_keywords"), {"id": [duplicate.pk]})  # ?id= prefills them
    assert form.status_code == 200 and re.search(rf'value="{duplicate.pk}"[^>]*checked', form.content.decode())
    response = merge(client, survivor, duplicate)
    assert response.status_code == 302

    assert not Keyword.objects.filter(pk=duplicate.pk).exists()
    for key in ("old", "both", "new"):
        assert keyword_names(tagged[key]) == ["vrijwilligers"], key
    draft = tagged["draft"]
    draft.refresh_from_db()
    draft.get_latest_revision().publish()  # publishing the older draft keeps the keyword, now the survivor
    assert keyword_names(draft) == ["achterban", "vrijwilligers"]

    entry = ModelLogEntry.objects.get(action=MERGE_ACTION, user=manager)
    assert entry.data["merged"] == ["vrijwilliger"] and entry.data["pages"] == 3
    assert PageLogEntry.objects.filter(action=MERGE_ACTION).count() == 3
    listing = client.get(section(ArticleIndexPage, tagged["old"].get_parent().get_parent()).url,
                         {"keyword": "vrijwilligers"}).content.decode()  # fmt: skip
    assert "Vrijwilligers in de raad" in listing


@pytest.mark.parametrize("case", ["survivor_merged", "nothing", "unknown", "other_language"])
def test_bad_merge_input_is_refused_and_changes_nothing(client, manager, tagged, case):
    survivor, duplicate = Keyword.objects.get(name="vrijwilligers"), Keyword.objects.get(name="vrijwilliger")
    data = {
        "survivor_merged": {"survivor": survivor.pk, "merged": [survivor.pk, duplicate.pk]},
        "nothing": {"survivor": survivor.pk},
        "unknown": {"survivor": survivor.pk, "merged": [999999]},
        "other_language": {"survivor": survivor.pk,
                           "merged": [Keyword.objects.create(name="volunteers", slug="volunteers", language="en").pk]},
    }[case]  # fmt: skip
    before = sorted(Keyword.objects.values_list("name", flat=True))
    response = client.post(reverse("kennisbank_merge_keywords"), data)
    assert response.status_code == 400
    assert sorted(Keyword.objects.values_list("name", flat=True)) == before
    assert keyword_names(tagged["old"]) == ["vrijwilliger"]


def test_a_used_keyword_or_theme_cannot_be_deleted(client, manager, tagged):
    keyword = Keyword.objects.get(name="vrijwilliger")
    client.post(reverse("wagtailsnippets_themes_taxonomy_keyword:delete", args=[keyword.pk]))
    assert Keyword.objects.filter(pk=keyword.pk).exists() and keyword_names(tagged["old"]) == ["vrijwilliger"]

    used_theme = theme("achterban")
    ArticlePageFactory(title="Met thema", themes=[used_theme])
    client.post(reverse("wagtailsnippets_themes_taxonomy_theme:delete", args=[used_theme.pk]))
    assert Theme.objects.filter(pk=used_theme.pk).exists()

    unused = Keyword.objects.create(name="ongebruikt", slug="ongebruikt")
    client.post(reverse("wagtailsnippets_themes_taxonomy_keyword:delete", args=[unused.pk]))
    assert not Keyword.objects.filter(pk=unused.pk).exists()  # an unused one goes


def test_remove_unused_keywords_removes_only_those(client, manager, tagged):
    Keyword.objects.create(name="los", slug="los")
    Keyword.objects.create(name="vergeten", slug="vergeten")
    page = client.get(reverse("kennisbank_remove_unused_keywords")).content.decode()
    assert "los" in page and "vergeten" in page and "vrijwilliger" not in page
    client.post(reverse("kennisbank_remove_unused_keywords"))
    names = set(Keyword.objects.values_list("name", flat=True))
    assert not names & {"los", "vergeten"} and {"vrijwilliger", "vrijwilligers", "achterban"} <= names


def test_listings_show_usage_and_the_management_buttons(client, manager, tagged):
    from themes_taxonomy.keywords import with_usage

    assert {k.name: k.usage for k in with_usage()} == {"vrijwilliger": 2, "vrijwilligers": 2, "achterban": 1}
    html = client.get(reverse("wagtailsnippets_themes_taxonomy_keyword:list"), {"ordering": "-usage"}).content.decode()
    assert reverse("kennisbank_merge_keywords") in html and reverse("kennisbank_remove_unused_keywords") in html
    for model in ("theme", "sector"):
        assert client.get(reverse(f"wagtailsnippets_themes_taxonomy_{model}:list")).status_code == 200


@pytest.mark.parametrize("url", ["kennisbank_merge_keywords", "kennisbank_remove_unused_keywords"])
def test_only_taxonomy_managers_may_merge_or_remove(client, login_as, tagged, url):
    login_as(roles.REDACTEUREN)
    before = Keyword.objects.count()
    response = client.post(reverse(url), {"survivor": Keyword.objects.first().pk,
                                          "merged": [Keyword.objects.last().pk]})  # fmt: skip
    assert response.status_code in (302, 403) and Keyword.objects.count() == before


@pytest.fixture
def login_as(client, django_user_model):
    from django.contrib.auth.models import Group

    def login(role):
        user = django_user_model.objects.create_user(role.lower(), f"{role.lower()}@example.org", "wachtwoord")
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return login
