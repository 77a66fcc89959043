"""Every hand-picked related item becomes a pin of the page's learning path, in the same order; revisions that still
list related items list them as pins, so publishing or restoring one keeps them. Self-contained: its own names."""

from django.db import migrations

OLD_KEY, NEW_KEY = "related_links", "path_links"


def to_pins(apps, schema_editor):
    RelatedLink = apps.get_model("articles", "RelatedLink")
    PathLink = apps.get_model("articles", "PathLink")
    Revision = apps.get_model("wagtailcore", "Revision")
    PathLink.objects.bulk_create(
        PathLink(source_id=link.source_id, page_id=link.page_id, sort_order=link.sort_order, exclude=False)
        for link in RelatedLink.objects.order_by("source_id", "sort_order", "pk")
    )
    for revision in Revision.objects.filter(content__has_key=OLD_KEY).iterator():
        content = dict(revision.content)
        content[NEW_KEY] = [
            {"pk": None, "sort_order": item.get("sort_order"), "source": item.get("source"), "page": item.get("page"),
             "exclude": False}
            for item in content.pop(OLD_KEY) or []
        ]  # fmt: skip
        revision.content = content
        revision.save(update_fields=["content"])


def to_related_links(apps, schema_editor):
    RelatedLink = apps.get_model("articles", "RelatedLink")
    PathLink = apps.get_model("articles", "PathLink")
    RelatedLink.objects.bulk_create(
        RelatedLink(source_id=link.source_id, page_id=link.page_id, sort_order=link.sort_order)
        for link in PathLink.objects.filter(exclude=False).order_by("source_id", "sort_order", "pk")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_path_links"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_pins, to_related_links)]
