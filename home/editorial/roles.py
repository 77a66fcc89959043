"""LOC's editorial roles (Plone-style): the groups and what each may do.

`sync_roles` brings the groups up to date with the definitions below: it creates a missing group and adds every
model, collection and page permission a role lacks. It never removes anything, so what an administrator granted by
hand stays; a right a role needs comes back at the next sync if it was taken away (to withdraw one, change it here).
It runs after every `migrate` (post_migrate, connected in home/apps.py) and after `ensure_site_structure` has made
the sections that the writers' page rights are given on.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS, transaction

REDACTEUREN = "Redacteuren"  # write articles and practical examples, submit them for review; never publish
EINDREDACTIE = "Eindredactie"  # review: approve or reject with a comment, publish, unpublish, schedule, import
VERTALERS = "Vertalers"  # translations only: the English tree, never publish
BEHEERDERS = "Beheerders"  # taxonomy, synonyms, users, site settings, imports; no page editing
OPLEIDINGSTEAM = "Opleidingsteam"  # LOC's training team: the only writers of the Opleidingsgids section
ROLES = [REDACTEUREN, EINDREDACTIE, VERTALERS, BEHEERDERS, OPLEIDINGSTEAM]

IMAGES = ["wagtailimages.add_image", "wagtailimages.choose_image", "wagtaildocs.add_document",
          "wagtaildocs.choose_document"]  # fmt: skip
ALL_MEDIA = IMAGES + ["wagtailimages.change_image", "wagtailimages.delete_image", "wagtaildocs.change_document",
                      "wagtaildocs.delete_document"]  # fmt: skip


def _crud(*models):
    """Add, change and delete rights on each "app_label.model"."""
    return [f"{app}.{action}_{name}" for app, name in (model.split(".") for model in models)
            for action in ("add", "change", "delete")]  # fmt: skip


# Model permissions per role ("app_label.codename").
MODEL_PERMISSIONS = {
    REDACTEUREN: ["wagtailadmin.access_admin"],
    OPLEIDINGSTEAM: ["wagtailadmin.access_admin"],
    EINDREDACTIE: [
        "wagtailadmin.access_admin",
        "articles.run_import",
        "wagtail_localize.submit_translation",
        "kennisbank_search.view_search_reports",
    ],
    VERTALERS: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
    BEHEERDERS: [
        "wagtailadmin.access_admin",
        "articles.run_import",
        "kennisbank_search.view_search_reports",
        "alerts.view_alert_counts",  # how many follow each theme (home/alerts/reports.py), never the addresses
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "home.change_sitesettings",
        *_crud(
            "themes_taxonomy.theme", "themes_taxonomy.sector", "themes_taxonomy.keyword", "kennisbank_search.synonym"
        ),
        *_crud("home.footertext", "wagtailsearchpromotions.searchpromotion", "wagtailredirects.redirect"),
    ],
}
# Image and document rights, on the root collection (so on every collection).
COLLECTION_PERMISSIONS = {REDACTEUREN: IMAGES, OPLEIDINGSTEAM: IMAGES, VERTALERS: IMAGES, EINDREDACTIE: ALL_MEDIA}

# Page rights ("<kind>_page" of wagtailcore), each on one page and everything below it.
EDITING = ["add", "change", "lock"]
ROOT_RIGHTS = {EINDREDACTIE: ["add", "change", "publish", "bulk_delete", "lock", "unlock"]}  # the whole tree
SECTION_RIGHTS = {  # one section of the Dutch home page each, keyed by the section's model
    "articles.ArticleIndexPage": {REDACTEUREN: EDITING},
    "articles.PracticalExampleIndexPage": {REDACTEUREN: EDITING},
    "articles.ModuleIndexPage": {OPLEIDINGSTEAM: EDITING},
}
TRANSLATION_RIGHTS = {VERTALERS: EDITING}  # on the English home page: every translated page lives under it
SOURCE_LANGUAGE, TRANSLATION_LANGUAGE = "nl", "en"

# What the sync reads and writes; after `migrate` back to before one of them existed, there is nothing to sync.
NEEDED_MODELS = [
    "auth.Group",
    "auth.Permission",
    "wagtailcore.Collection",
    "wagtailcore.GroupCollectionPermission",
    "wagtailcore.Page",
    "wagtailcore.GroupPagePermission",
]


def sync_roles_after_migrate(sender, apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate: make sure every model's permissions exist (Django makes them app by app, and this app comes
    first), then bring the roles up to date. `apps` is the migrated state, as Django's own handlers use it."""
    try:
        for label in NEEDED_MODELS:
            apps.get_model(label)
    except LookupError:
        return
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    sync_roles(apps, using)


def sync_roles(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Create the missing groups and add the missing rights of every role; never remove anything."""
    with transaction.atomic(using=using):
        _sync_roles(apps, using)


def _sync_roles(apps, using):
    group_model = apps.get_model("auth", "Group")
    groups = {name: group_model.objects.using(using).get_or_create(name=name)[0].pk for name in ROLES}
    permissions = _permission_ids(apps, using)
    _add_missing(
        group_model.permissions.through,
        ("group_id", "permission_id"),
        [(groups[role], permissions[name]) for role, names in MODEL_PERMISSIONS.items() for name in names],
        using,
    )
    root_collection = apps.get_model("wagtailcore", "Collection").objects.using(using).filter(depth=1).first()
    if root_collection is not None:
        _add_missing(
            apps.get_model("wagtailcore", "GroupCollectionPermission"),
            ("group_id", "collection_id", "permission_id"),
            [
                (groups[role], root_collection.pk, permissions[name])
                for role, names in COLLECTION_PERMISSIONS.items()
                for name in names
            ],
            using,
        )
    _add_missing(
        apps.get_model("wagtailcore", "GroupPagePermission"),
        ("group_id", "page_id", "permission_id"),
        [
            (groups[role], page.pk, permissions[f"wagtailcore.{kind}_page"])
            for page, rights in _pages_with_rights(apps, using)
            for role, kinds in rights.items()
            for kind in kinds
        ],
        using,
    )


def _add_missing(model, fields, rows, using):
    """Create the rows of `model` (tuples of ids for `fields`, the group first) that do not exist yet."""
    existing = model.objects.using(using).filter(group_id__in={row[0] for row in rows}).values_list(*fields)
    missing = set(rows) - set(existing)
    model.objects.using(using).bulk_create([model(**dict(zip(fields, row, strict=True))) for row in sorted(missing)])


def _permission_ids(apps, using):
    """Every permission's id by "app_label.codename"."""
    permissions = apps.get_model("auth", "Permission").objects.using(using)
    return PermissionIds(
        {
            f"{app_label}.{codename}": pk
            for pk, app_label, codename in permissions.values_list("pk", "content_type__app_label", "codename")
        }
    )


class PermissionIds(dict):
    def __missing__(self, name):
        raise LookupError(f"The permission {name} a role needs does not exist: is its app installed and migrated?")


def _pages_with_rights(apps, using):
    """(page, {role: kinds}) for the root page, the Dutch home page's sections and the English home page, as far as
    they exist (the sections are made by ensure_site_structure, after the migrations)."""
    pages = apps.get_model("wagtailcore", "Page").objects.using(using)
    root = pages.filter(depth=1).first()
    if root is not None:
        yield root, ROOT_RIGHTS
    home = pages.filter(
        depth=2,
        locale__language_code=SOURCE_LANGUAGE,
        content_type__app_label="home",
        content_type__model="homepage",
    ).first()
    if home is None:
        return
    for label, rights in SECTION_RIGHTS.items():
        app_label, model = label.lower().split(".")
        sections = pages.filter(
            depth=3, path__startswith=home.path, content_type__app_label=app_label, content_type__model=model
        )
        for section in sections:
            yield section, rights
    english_home = pages.filter(translation_key=home.translation_key, locale__language_code=TRANSLATION_LANGUAGE)
    for page in english_home:
        yield page, TRANSLATION_RIGHTS
