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

# Who may do what is Wagtail's permission policy: the same on every database and search backend.
pytestmark = pytest.mark.same_on_every_stack

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
    form = {"name": "Nieuw thema", "slug": "nieuw-thema", "description": "", "order": "5", "locale": "nl"}
    form.update({"path_links-TOTAL_FORMS": "0", "path_links-INITIAL_FORMS": "0"})  # the learning path's inline panel
    client.post(url, form)
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


# Every admin view of ours (tests/editorial/test_admin_urls_in_matrix.py checks this list against the URL
# configuration): a URL name, or a snippet viewset's namespace (all its views share the model's permissions), and the
# roles that may open it (superusers open everything). Page-scoped views (None) follow the page rights of MATRIX and
# are tested where named.
E, B = roles.EINDREDACTIE, roles.BEHEERDERS
ADMIN_VIEWS = {
    "kennisbank_search_report": {E, B},
    "kennisbank_index_backlog": {E, B},
    "kennisbank_import": {E, B},
    "kennisbank_import_report": {E, B},  # opened with an unknown run: 404 past the permission check
    "kennisbank_merge_keywords": {B},
    "kennisbank_remove_unused_keywords": {B},
    "kennisbank_submit_for_review": None,  # test_translators.py, test_no_publishing_without_review.py
    "kennisbank_update_translations": None,  # test_translators.py
    "wagtailsnippets_kennisbank_search_synonym": {B},
    "wagtailsnippets_themes_taxonomy_theme": {B},
    "wagtailsnippets_themes_taxonomy_sector": {B},
    "wagtailsnippets_themes_taxonomy_keyword": {B},
    "wagtailsnippets_home_footertext": {B},
    "alerts_counts": {B},  # counts per theme and sector, never an address (home/alerts/reports.py)
}
ADMIN_VIEW_ARGS = {"kennisbank_import_report": [0]}


def admin_view_url(name):
    return reverse(f"{name}:list" if name.startswith("wagtailsnippets_") else name, args=ADMIN_VIEW_ARGS.get(name))


@pytest.mark.django_db
def test_who_may_open_each_admin_view(client, home, make_user):
    """One request per role and view: opened (not refused with a 403 or sent away) exactly by the roles listed."""
    checked = {name: allowed for name, allowed in ADMIN_VIEWS.items() if allowed is not None}
    users = {role: make_user(role) for role in roles.ROLES}
    opened, expected = {}, {}
    for role, user in users.items():
        client.force_login(user)
        for name, allowed in checked.items():
            status = client.get(admin_view_url(name)).status_code
            assert status < 500, (role, name, status)
            opened[role, name], expected[role, name] = status not in (302, 403), role in allowed
    assert opened == expected


@pytest.mark.django_db
def test_the_search_report_is_shown_only_to_those_who_may_open_it(client, home, make_user):
    for role in (roles.REDACTEUREN, roles.BEHEERDERS):
        client.force_login(make_user(role))
        response = client.get(reverse("wagtailadmin_home"))
        assert (reverse("kennisbank_search_report") in response.content.decode()) is (role == roles.BEHEERDERS)


# Deleting (README, Editing: the Eindredactie deletes): a writer deletes only her own drafts that were never
# published and are not in review. (case, the role that tries, whose page, its state, may delete)
DELETE_CASES = [
    ("own draft", roles.REDACTEUREN, "self", "draft", True),
    ("own draft, sent back", roles.REDACTEUREN, "self", "sent_back", True),
    ("own draft in review", roles.REDACTEUREN, "self", "in_review", False),
    ("own page, unpublished", roles.REDACTEUREN, "self", "unpublished", False),
    ("own live page", roles.REDACTEUREN, "self", "live", False),
    ("a colleague's draft", roles.REDACTEUREN, "colleague", "draft", False),
    ("own module draft", roles.OPLEIDINGSTEAM, "self", "draft", True),
    ("own module in review", roles.OPLEIDINGSTEAM, "self", "in_review", False),
    ("a colleague's module draft", roles.OPLEIDINGSTEAM, "colleague", "draft", False),
    ("a writer's draft in review", roles.EINDREDACTIE, "colleague", "in_review", True),
]


def writers_page(role, owner, state, reviewer):
    """A page of `role`'s section, created by `owner` and brought into `state` as the admin would."""
    factory = ModulePageFactory if role == roles.OPLEIDINGSTEAM else ArticlePageFactory
    page = factory(title=f"Pagina {owner.username} {state}", owner=owner, live=False, publish=False)
    page.save_revision(user=owner)
    if state in ("live", "unpublished"):
        page.get_latest_revision().publish(user=reviewer)
        page.refresh_from_db()
        if state == "unpublished":
            page.unpublish(user=reviewer)
    if state in ("in_review", "sent_back"):
        page.get_workflow().start(page, owner)
        if state == "sent_back":
            task_state = page.current_workflow_task_state
            task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Nog niet af.")
    return type(page).objects.get(pk=page.pk)


@pytest.mark.django_db
def test_who_may_delete_which_page(client, home, make_user):
    reviewer = make_user(roles.EINDREDACTIE, "eindredacteur")
    writers = {role: make_user(role) for role in (roles.REDACTEUREN, roles.OPLEIDINGSTEAM)}
    colleagues = {role: make_user(role, f"collega-{role.lower()}") for role in writers}
    outcome, expected = {}, {}
    for case, role, whose, state, allowed in DELETE_CASES:
        section_role = role if role in writers else roles.REDACTEUREN
        owner = writers[section_role] if whose == "self" else colleagues[section_role]
        page = writers_page(section_role, owner, state, reviewer)
        client.force_login(reviewer if role == roles.EINDREDACTIE else owner if whose == "self" else writers[role])
        response = client.get(reverse("wagtailadmin_pages:delete", args=[page.pk]))  # the confirmation page
        outcome[case], expected[case] = (response.status_code == 200, try_delete(client, page)), (allowed, allowed)
        if not allowed:  # refused with a reason, never a 500
            assert response.status_code in (302, 403), (case, response.status_code)
    assert outcome == expected


@pytest.mark.django_db
def test_a_writer_cannot_bulk_delete_a_page_in_review(client, home, make_user):
    writer, reviewer = make_user(roles.REDACTEUREN), make_user(roles.EINDREDACTIE)
    draft = writers_page(roles.REDACTEUREN, writer, "draft", reviewer)
    in_review = writers_page(roles.REDACTEUREN, writer, "in_review", reviewer)
    client.force_login(writer)
    listing = client.get(reverse("wagtailadmin_explore", args=[draft.get_parent().pk])).content.decode()
    assert reverse("wagtailadmin_pages:delete", args=[draft.pk]) in listing  # offered where allowed
    assert reverse("wagtailadmin_pages:delete", args=[in_review.pk]) not in listing  # and only there
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = client.post(f"{url}?id={draft.pk}&id={in_review.pk}&next=/admin/", follow=True)
    assert in_review.title in response.content.decode()  # named in the refusal
    assert type(draft).objects.filter(pk__in=[draft.pk, in_review.pk]).count() == 2  # nothing deleted
