"""LOC's editorial roles and the review workflow, so every install has them.

The constants are this migration's own, as the roles stood when it was written; it never changes with live code.
The live definitions are home/editorial/roles.py, which `sync_roles` applies after every `migrate` (adding only).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REDACTEUREN, EINDREDACTIE, VERTALERS, BEHEERDERS = "Redacteuren", "Eindredactie", "Vertalers", "Beheerders"
OPLEIDINGSTEAM = "Opleidingsteam"
ROLES = [REDACTEUREN, EINDREDACTIE, VERTALERS, BEHEERDERS, OPLEIDINGSTEAM]
WORKFLOW_NAME = "Review door de eindredactie"
TASK_NAME = "Eindredactie keurt goed"
IMAGES = ["wagtailimages.add_image", "wagtailimages.choose_image", "wagtaildocs.add_document",
          "wagtaildocs.choose_document"]  # fmt: skip
ALL_MEDIA = IMAGES + ["wagtailimages.change_image", "wagtailimages.delete_image", "wagtaildocs.change_document",
                      "wagtaildocs.delete_document"]  # fmt: skip
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
        "themes_taxonomy.add_theme",
        "themes_taxonomy.change_theme",
        "themes_taxonomy.delete_theme",
        "themes_taxonomy.add_sector",
        "themes_taxonomy.change_sector",
        "themes_taxonomy.delete_sector",
        "themes_taxonomy.add_keyword",
        "themes_taxonomy.change_keyword",
        "themes_taxonomy.delete_keyword",
        "kennisbank_search.add_synonym",
        "kennisbank_search.change_synonym",
        "kennisbank_search.delete_synonym",
        "home.add_footertext",
        "home.change_footertext",
        "home.delete_footertext",
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
        "wagtailsearchpromotions.delete_searchpromotion",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
    ],
}
COLLECTION_PERMISSIONS = {REDACTEUREN: IMAGES, OPLEIDINGSTEAM: IMAGES, VERTALERS: IMAGES, EINDREDACTIE: ALL_MEDIA}
EINDREDACTIE_PAGES = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]  # on the root page


def create_all_permissions(apps):
    """Model permissions are normally created after all migrations; this migration needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, dotted):
    app_label, codename = dotted.split(".")
    return apps.get_model("auth", "Permission").objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages(apps, group, page, kinds):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for kind in kinds:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page.pk, permission=permission(apps, f"wagtailcore.{kind}_page")
        )


def create_roles(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Page = apps.get_model("wagtailcore", "Page")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    for name, dotted in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*[permission(apps, item) for item in dotted])
    root_collection = Collection.objects.filter(depth=1).first()
    for name, dotted in COLLECTION_PERMISSIONS.items():
        for item in dotted:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=permission(apps, item)
            )
    root = Page.objects.get(depth=1)
    grant_pages(apps, groups[EINDREDACTIE], root, EINDREDACTIE_PAGES)
    # Wagtail's starter groups would give page rights outside these roles; they go when nobody uses them.
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()
    create_workflow(apps, groups[EINDREDACTIE], root)


def create_workflow(apps, group, root):
    """One workflow for the whole tree (both languages): a review by the Eindredactie."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
    task.groups.set([group])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.filter(name="Moderators approval").exclude(pk=workflow.pk).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_footer_text"),
        ("articles", "0004_import_run"),
        ("themes_taxonomy", "0004_keyword_language"),
        ("kennisbank_search", "0004_postgres_english_unaccent"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
