
import django.db.models.deletion
import uuid
from django.db import migrations, models


def move_footer_words(apps, schema_editor):
    """The opening hours and the about text move from the site settings to the Dutch footer text."""
    Locale = apps.get_model("wagtailcore", "Locale")
    SiteSettings = apps.get_model("home", "SiteSettings")
    FooterText = apps.get_model("home", "FooterText")
    dutch, _ = Locale.objects.get_or_create(language_code="nl")
    current = SiteSettings.objects.order_by("pk").first()
    FooterText.objects.get_or_create(locale=dutch, defaults={
        "vraagbaak_hours": current.vraagbaak_hours if current else "",
        "about": current.about if current else "",
        "translation_key": uuid.uuid4(),
    })


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='FooterText',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('vraagbaak_hours', models.CharField(blank=True, max_length=120, verbose_name='Vraagbaak opening hours')),
                ('about', models.TextField(blank=True, max_length=500, verbose_name='about this site')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'footer text',
                'verbose_name_plural': 'footer texts',
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(move_footer_words, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='sitesettings',
            name='about',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='vraagbaak_hours',
        ),
    ]
