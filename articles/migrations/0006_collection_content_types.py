"""A collection's content types become a list of registry codes (empty: every type), instead of one flag per type.

The codes are written out here as they were when this migration was made: a migration never reads live code.
"""

from django.db import migrations, models

FLAGS = (("include_articles", "article"), ("include_modules", "module"), ("include_examples", "example"))


def flags_to_codes(apps, schema_editor):
    CollectionPage = apps.get_model("articles", "CollectionPage")
    for collection in CollectionPage.objects.all():
        codes = [code for flag, code in FLAGS if getattr(collection, flag)]
        collection.content_types = [] if len(codes) == len(FLAGS) else codes
        collection.save(update_fields=["content_types"])


def codes_to_flags(apps, schema_editor):
    CollectionPage = apps.get_model("articles", "CollectionPage")
    for collection in CollectionPage.objects.all():
        for flag, code in FLAGS:
            setattr(collection, flag, not collection.content_types or code in collection.content_types)
        collection.save(update_fields=[flag for flag, _code in FLAGS])


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_collection_page")]

    operations = [
        migrations.AddField(
            model_name="collectionpage",
            name="content_types",
            field=models.JSONField(blank=True, default=list, verbose_name="content types"),
        ),
        migrations.RunPython(flags_to_codes, codes_to_flags),
        migrations.RemoveField(model_name="collectionpage", name="include_articles"),
        migrations.RemoveField(model_name="collectionpage", name="include_examples"),
        migrations.RemoveField(model_name="collectionpage", name="include_modules"),
    ]
