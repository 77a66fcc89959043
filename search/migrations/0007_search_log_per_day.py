"""The search log becomes one row per (day, language, text) with counts, and what was logged before is converted:
words with a digit or an "@" are dropped (the rule of search/querylog.py, copied here so this migration never
changes), a text with no word left is deleted, and the time of day, backend and result count are gone."""

from django.db import migrations, models
from django.utils import timezone


def scrub(text):
    words = [word for word in (text or "").lower().split() if "@" not in word and not any(c.isnumeric() for c in word)]
    return " ".join(words)[:200].strip()


def aggregate(apps, schema_editor):
    Log = apps.get_model("kennisbank_search", "SearchQueryLog")
    groups = {}
    for pk, query, language, results, searched_at in Log.objects.values_list(
        "pk", "query", "language", "results", "searched_at"
    ).iterator():
        key = (timezone.localdate(searched_at), language, scrub(query))
        groups.setdefault(key, []).append((pk, results == 0))
    for (day, language, text), rows in groups.items():
        ids = [pk for pk, _ in rows]
        if text:
            empty = sum(1 for _, nothing in rows if nothing)
            Log.objects.filter(pk=ids[0]).update(day=day, query=text, searches=len(rows), empty=empty)
            ids = ids[1:]
        Log.objects.filter(pk__in=ids).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank_search", "0006_backlog_attempts"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchquerylog", name="day", field=models.DateField(null=True, verbose_name="day")
        ),
        migrations.AddField(
            model_name="searchquerylog",
            name="searches",
            field=models.PositiveIntegerField(default=1, verbose_name="searches"),
        ),
        migrations.AddField(
            model_name="searchquerylog",
            name="empty",
            field=models.PositiveIntegerField(default=0, verbose_name="searches that found nothing"),
        ),
        migrations.RunPython(aggregate, migrations.RunPython.noop),
        migrations.RemoveField(model_name="searchquerylog", name="backend"),
        migrations.RemoveField(model_name="searchquerylog", name="results"),
        migrations.RemoveField(model_name="searchquerylog", name="searched_at"),
        migrations.AlterField(
            model_name="searchquerylog",
            name="day",
            field=models.DateField(db_index=True, verbose_name="day"),
        ),
        migrations.AlterField(
            model_name="searchquerylog",
            name="query",
            field=models.CharField(max_length=200, verbose_name="search text"),
        ),
        migrations.AlterModelOptions(
            name="searchquerylog",
            options={
                "ordering": ["-day", "query"],
                "permissions": [("view_search_reports", "Can view the search reports")],
                "verbose_name": "search",
                "verbose_name_plural": "searches",
            },
        ),
        migrations.AddConstraint(
            model_name="searchquerylog",
            constraint=models.UniqueConstraint(fields=("day", "language", "query"), name="one_log_row_per_day"),
        ),
    ]
