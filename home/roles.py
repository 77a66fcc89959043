"""LOC's editorial roles (Plone-style): the groups, what each may do, and the review workflow every page passes.

The groups, their model permissions and the workflow are created by a data migration (home/migrations/0003), so
every install has them. Rights on a section need the section pages, which `ensure_site_structure` creates; it calls
`grant_section_rights` afterwards. Both only add what is missing: an administrator's later changes are kept.
"""

from django.contrib.auth.models import Group

REDACTEUREN = "Redacteuren"  # write articles and practical examples, submit them for review; never publish
EINDREDACTIE = "Eindredactie"  # review: approve or reject with a comment, publish, unpublish, schedule, import
VERTALERS = "Vertalers"  # translations only: the English tree, never publish
BEHEERDERS = "Beheerders"  # taxonomy, synonyms, users, site settings, imports; no page editing
OPLEIDINGSTEAM = "Opleidingsteam"  # LOC's training team: the only writers of the Opleidingsgids section
ROLES = [REDACTEUREN, EINDREDACTIE, VERTALERS, BEHEERDERS, OPLEIDINGSTEAM]

WORKFLOW_NAME = "Review door de eindredactie"
TASK_NAME = "Eindredactie keurt goed"

IMAGES = ["wagtailimages.add_image", "wagtailimages.choose_image", "wagtaildocs.add_document",
          "wagtaildocs.choose_document"]  # fmt: skip
ALL_MEDIA = IMAGES + ["wagtailimages.change_image", "wagtailimages.delete_image", "wagtaildocs.change_document",
                      "wagtaildocs.delete_document"]  # fmt: skip


def _crud(*models):
    """Add, change and delete rights on each "app_label.model"."""
    return [f"{app}.{action}_{name}" for app, name in (model.split(".") for model in models)
            for action in ("add", "change", "delete")]  # fmt: skip


# Model permissions per role ("app_label.codename"). Image and document rights are granted on the root collection.
MODEL_PERMISSIONS = {
    REDACTEUREN: ["wagtailadmin.access_admin"],
    OPLEIDINGSTEAM: ["wagtailadmin.access_admin"],
    EINDREDACTIE: ["wagtailadmin.access_admin", "articles.run_import", "wagtail_localize.submit_translation"],
    VERTALERS: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
    BEHEERDERS: [
        "wagtailadmin.access_admin",
        "articles.run_import",
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
COLLECTION_PERMISSIONS = {REDACTEUREN: IMAGES, OPLEIDINGSTEAM: IMAGES, VERTALERS: IMAGES, EINDREDACTIE: ALL_MEDIA}

EDITING = ["add", "change", "lock"]
# Page rights: the whole tree for the Eindredactie (given on the root page by the migration); one section each for
# the writers (given by grant_section_rights, keyed by the section's model).
EINDREDACTIE_PAGES = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
SECTION_RIGHTS = {
    "articles.ArticleIndexPage": {REDACTEUREN: EDITING},
    "articles.PracticalExampleIndexPage": {REDACTEUREN: EDITING},
    "articles.ModuleIndexPage": {OPLEIDINGSTEAM: EDITING},
}
TRANSLATION_RIGHTS = {VERTALERS: EDITING}  # on the English home page: every translated page lives under it


def page_permission(apps, kind):
    permission_model = apps.get_model("auth", "Permission")
    return permission_model.objects.get(content_type__app_label="wagtailcore", codename=f"{kind}_page")


def grant(apps, group, page, kinds):
    model = apps.get_model("wagtailcore", "GroupPagePermission")
    for kind in kinds:
        model.objects.get_or_create(group=group, page_id=page.pk, permission=page_permission(apps, kind))


def grant_section_rights(home, english_home):
    """Give the writers their sections and the translators the English tree (idempotent)."""
    from django.apps import apps

    groups = {group.name: group for group in Group.objects.filter(name__in=ROLES)}
    if not groups:  # the role migration has not run (a test database built without migrations)
        return
    for child in home.get_children().specific():
        label = f"{child._meta.app_label}.{child.__class__.__name__}"
        for role, kinds in SECTION_RIGHTS.get(label, {}).items():
            if role in groups:
                grant(apps, groups[role], child, kinds)
    for role, kinds in TRANSLATION_RIGHTS.items():
        if role in groups:
            grant(apps, groups[role], english_home, kinds)


def has_role(user, role):
    return user.is_active and user.groups.filter(name=role).exists()
