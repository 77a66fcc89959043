from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_related_links_become_pins"),
    ]

    operations = [
        migrations.DeleteModel(name="RelatedLink"),
    ]
