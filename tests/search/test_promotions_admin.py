"""A Beheerder promotes a page for a search in Wagtail's admin (in Dutch); readers' next search shows it first,
although the promotions are cached (search/service.py), and no longer once it is removed."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from home.editorial import roles

pytestmark = pytest.mark.django_db


def promoted(client, query):
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"] if result.get("promoted")]


def test_a_promotion_added_in_the_admin_shows_at_once_and_goes_with_its_removal(client, corpus):
    reader = client
    manager = get_user_model().objects.create_user("beheer", "beheer@example.org", "wachtwoord-1")
    manager.groups.add(Group.objects.get(name=roles.BEHEERDERS))
    assert promoted(reader, "leden") == []  # the promotions are cached now

    admin = Client(HTTP_ACCEPT_LANGUAGE="nl")
    admin.force_login(manager)
    response = admin.post(reverse("wagtailsearchpromotions:add"), {
        "query_string": "leden", "editors_picks-TOTAL_FORMS": 1, "editors_picks-INITIAL_FORMS": 0,
        "editors_picks-MAX_NUM_FORMS": 1000, "editors_picks-0-DELETE": "", "editors_picks-0-ORDER": 0,
        "editors_picks-0-page": corpus["begroting"].pk, "editors_picks-0-description": "Lees dit eerst",
    })  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:500]
    assert promoted(reader, "leden") == [corpus["begroting"].title]

    query = Query.objects.get(query_string="leden")
    response = admin.post(reverse("wagtailsearchpromotions:delete", args=[query.pk]))
    assert response.status_code == 302
    assert promoted(reader, "leden") == []
