"""Each editorial role against each thing an editor can try in the admin, done over HTTP as a browser would.

A cell is True when the action really happened (the page changed, went live, went away, the theme was made), not
when a button merely showed.
"""

import pytest
from django.urls import reverse

from home.editorial import roles
from tests.factories import ArticlePageFactory, ModulePageFactory, translate
from themes_taxonomy.models import Theme

from .forms import page_form_data

ACTIONS = ["view", "edit", "submit", "publish", "unpublish", "delete", "import", "manage_taxonomy"]
# role: (the page it acts on, what may happen)
MATRIX = {
    roles.REDACTEUREN: ("article", [True, True, True, False, False, False, False, False]),
    roles.OPLEIDINGSTEAM: ("module", [True, True, True, False, False, False, False, False]),
    roles.EINDREDACTIE: ("article", [True, True, True, True, True, True, True, False]),
    roles.VERTALERS: ("english_article", [True, True, True, False, False, False, False, False]),
    roles.BEHEERDERS: ("article", [False, False, False, False, False, False, True, True]),
}
# Section rights: writers of one section cannot touch another, translators cannot touch the Dutch tree.
OUTSIDE_THEIR_SECTION = [(roles.REDACTEUREN, "module"), (roles.OPLEIDINGSTEAM, "article"), (roles.VERTALERS, "article")]


def make_page(kind):
    if kind == "module":
        return ModulePageFactory(title="Een module")
    article = ArticlePageFactory(title="Een artikel")
    return translate(article, "en", title="An article", slug="an-article") if kind == "english_article" else article


def edit(client, page, **extra):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), page_form_data(page, **extra))


def try_view(client, page):
    response = client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    return response.status_code == 200 and page.title in response.content.decode()


def try_edit(client, page):
    edit(client, page, title="Nieuwe titel")
    page.refresh_from_db()
    return page.get_latest_revision_as_object().title == "Nieuwe titel"


def try_submit(client, page):
    edit(client, page, title="Ter beoordeling", **{"action-submit": "Submit"})
    page.refresh_from_db()
    return page.workflow_in_progress


def try_publish(client, page):
    edit(client, page, title="Gepubliceerd", **{"action-publish": "Publish"})
    page.refresh_from_db()
    return page.live and page.title == "Gepubliceerd"


def try_unpublish(client, page):
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    return not page.live


def try_delete(client, page):
    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return not type(page).objects.filter(pk=page.pk).exists()


def try_import(client, page):
    return client.get(reverse("kennisbank_import")).status_code == 200


def try_manage_taxonomy(client, page):
    url = reverse("wagtailsnippets_themes_taxonomy_theme:add")
    client.post(url, {"name": "Nieuw thema", "slug": "nieuw-thema", "description": "", "order": "5", "locale": "nl"})
    return Theme.objects.filter(slug="nieuw-thema").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(MATRIX))
@pytest.mark.parametrize("action", ACTIONS)
def test_permission_matrix(client, login, home, role, action):
    kind, allowed = MATRIX[role]
    page = make_page(kind)
    login(role)
    done = globals()[f"try_{action}"](client, page)
    assert done is allowed[ACTIONS.index(action)], f"{role} {action} on {kind}: expected {not done}, got {done}"


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "kind"), OUTSIDE_THEIR_SECTION)
def test_writers_cannot_edit_outside_their_section(client, login, home, role, kind):
    page = make_page(kind)
    login(role)
    assert not try_edit(client, page)
    # Translators see the Dutch tree read-only, to translate it (home/editorial/translators/explore.py).
    assert try_view(client, page) is (role == roles.VERTALERS)
