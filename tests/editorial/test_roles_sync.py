"""The roles are brought up to date after every `migrate`: what a role needs is added, what an administrator granted
by hand is kept; and migrations never import live code, so old and new installs run the same migrations."""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from articles.models import ArticleIndexPage, ModuleIndexPage
from home.editorial import roles


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def rights():
    """Every group's model, collection and page permissions, as comparable tuples."""
    return (
        set(Group.objects.values_list("name", "permissions__content_type__app_label", "permissions__codename")),
        set(GroupCollectionPermission.objects.values_list("group__name", "collection_id", "permission__codename")),
        set(GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")),
    )


def page_rights(group_name, page):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def writes(queries):
    return [
        query["sql"] for query in queries if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


@pytest.mark.django_db
def test_every_role_has_every_right_it_needs_after_migrate(home):
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    for role, names in roles.MODEL_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        assert {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()} >= set(names)
    root_collection = Collection.get_first_root_node()
    for role, names in roles.COLLECTION_PERMISSIONS.items():
        granted = GroupCollectionPermission.objects.filter(group__name=role, collection=root_collection)
        assert {f"{g.permission.content_type.app_label}.{g.permission.codename}" for g in granted} >= set(names)
    assert page_rights(roles.EINDREDACTIE, Page.get_first_root_node()) >= {
        f"{kind}_page" for kind in roles.ROOT_RIGHTS[roles.EINDREDACTIE]
    }
    articles = ArticleIndexPage.objects.child_of(home).get()
    modules = ModuleIndexPage.objects.child_of(home).get()
    editing = {f"{kind}_page" for kind in roles.EDITING}
    assert page_rights(roles.REDACTEUREN, articles) == editing
    assert page_rights(roles.OPLEIDINGSTEAM, modules) == editing
    assert page_rights(roles.VERTALERS, english_home) == editing
    assert page_rights(roles.REDACTEUREN, modules) == set()  # one section each, nothing more


@pytest.mark.django_db
def test_rights_an_administrator_granted_by_hand_survive_a_sync(home):
    articles = ArticleIndexPage.objects.child_of(home).get()
    redacteuren = Group.objects.get(name=roles.REDACTEUREN)
    redacteuren.permissions.add(permission("auth.view_user"))
    GroupPagePermission.objects.create(
        group=redacteuren, page=articles, permission=permission("wagtailcore.publish_page")
    )
    GroupCollectionPermission.objects.create(
        group=redacteuren,
        collection=Collection.get_first_root_node(),
        permission=permission("wagtailimages.delete_image"),
    )
    photographers = Group.objects.create(name="Fotografen")  # a group of the administrator's own
    photographers.permissions.add(permission("wagtailadmin.access_admin"))
    before = rights()

    roles.sync_roles()

    assert rights() == before
    assert redacteuren.permissions.filter(codename="view_user").exists()
    assert "publish_page" in page_rights(roles.REDACTEUREN, articles)
    assert Group.objects.get(name="Fotografen").permissions.count() == 1


@pytest.mark.django_db
def test_rights_a_role_needs_come_back_after_migrate(home):
    articles = ArticleIndexPage.objects.child_of(home).get()
    expected = rights()
    Group.objects.get(name=roles.REDACTEUREN).permissions.remove(permission("wagtailadmin.access_admin"))
    GroupPagePermission.objects.filter(group__name=roles.EINDREDACTIE, permission__codename="publish_page").delete()
    GroupPagePermission.objects.filter(group__name=roles.REDACTEUREN, page=articles).delete()
    GroupCollectionPermission.objects.filter(group__name=roles.VERTALERS).delete()
    Group.objects.filter(name=roles.OPLEIDINGSTEAM).delete()  # with its model, collection and section rights
    assert rights() != expected

    call_command("migrate", verbosity=0)  # nothing to migrate: post_migrate still brings the roles up to date

    assert rights() == expected


@pytest.mark.django_db
def test_a_second_sync_changes_nothing(home):
    roles.sync_roles()
    before = rights()
    with CaptureQueriesContext(connection) as queries:
        roles.sync_roles()
    assert writes(queries.captured_queries) == []
    assert rights() == before


def test_migrations_import_no_project_code():
    """A migration that imports live code changes when that code does: old and new installs would differ."""
    project = {path.name for path in Path(settings.BASE_DIR).iterdir() if (path / "__init__.py").exists()}
    offenders = []
    for app_config in apps.get_app_configs():
        folder = Path(app_config.path) / "migrations"
        if not folder.is_relative_to(settings.BASE_DIR) or ".venv" in folder.parts or not folder.is_dir():
            continue
        for migration in sorted(folder.glob("[0-9]*.py")):
            for node in ast.walk(ast.parse(migration.read_text())):
                if isinstance(node, ast.ImportFrom):
                    modules = [node.module or ""] if node.level == 0 else ["(relative)"]
                elif isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                else:
                    continue
                offenders += [
                    f"{migration.relative_to(settings.BASE_DIR)}: {module}"
                    for module in modules
                    if module == "(relative)" or module.split(".")[0] in project
                ]
    assert offenders == []
