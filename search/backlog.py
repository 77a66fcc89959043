"""Index changes the engine missed while it was down, replayed by the scheduled job once it answers again.

modelsearch updates the index from signals on publish, unpublish, move and delete; when the engine fails it only
logs. Our engine backends (search/backends/dutch.py) record each failed update here instead, and `replay` (run by
the scheduled job, `manage.py publish_scheduled`, never inside a reader's request) brings the index up to date.

Why our own and not django-tasks: modelsearch queues its index updates through django-tasks, but the installed
django-tasks (0.12) ships only the immediate and dummy backends; its database backend with retries is a separate
package (django-tasks-db) that is not installed. Until it is, this table is the persistent queue:
- each entry is retried on its own, counting `attempts` and keeping `last_error`; a failing one never blocks the
  others (it is skipped, and the fresh entries go first);
- a newer failure merged into the same row raises its `version`; a replay deletes only the version it replayed;
- a worker leases an entry (`claimed_until`, an atomic conditional update on every database) before touching it,
  so two workers never take the same entry.
"""

import logging
from datetime import timedelta

from django.apps import apps
from django.db.models import F, Min, Q
from django.utils import timezone

from .models import IndexBacklog

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)  # longer than any replay of one entry; a crashed worker's lease runs out


def record(obj):
    """Keep a missed update of `obj`; a row already waiting for it gets a newer version."""
    model, object_id = obj._meta.label, str(obj.pk)
    while True:
        entry, created = IndexBacklog.objects.get_or_create(model=model, object_id=object_id)
        if created or IndexBacklog.objects.filter(pk=entry.pk).update(version=F("version") + 1):
            return
        # A replay deleted the row between the two statements: record the failure again.


def waiting():
    """{"count": n, "oldest": the first missed time or None}: what /health/ and the admin report show."""
    summary = IndexBacklog.objects.aggregate(oldest=Min("missed_at"))
    return {"count": IndexBacklog.objects.count(), "oldest": summary["oldest"]}


def replay(backend, limit=500):
    """Re-index (or remove) what was missed; returns (replayed, failed) counts."""
    replayed = failed = 0
    now = timezone.now()
    unclaimed = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    for pk, version in (
        IndexBacklog.objects.filter(unclaimed).order_by("attempts", "pk").values_list("pk", "version")[:limit]
    ):
        if not IndexBacklog.objects.filter(unclaimed, pk=pk, version=version).update(claimed_until=now + LEASE):
            continue  # another worker has it, or a newer failure came in: a later run takes it
        entry = IndexBacklog.objects.get(pk=pk)
        try:
            apply(backend, entry)
        except Exception as exc:  # noqa: BLE001 - any failure: keep the entry, say why, go on with the next
            logger.warning("Replaying the missed index update %s failed", entry, exc_info=True)
            IndexBacklog.objects.filter(pk=pk).update(
                attempts=F("attempts") + 1,
                last_error=f"{type(exc).__name__}: {exc}"[:2000],
                last_attempt_at=timezone.now(),
                claimed_until=None,
            )
            failed += 1
            continue
        if not IndexBacklog.objects.filter(pk=pk, version=version).delete()[0]:
            IndexBacklog.objects.filter(pk=pk).update(claimed_until=None)  # a newer failure waits for the next run
        replayed += 1
    if replayed or failed:
        logger.info("Search index replay: %s missed updates replayed, %s failed", replayed, failed)
    return replayed, failed


def apply(backend, entry):
    """Index the object as it is now, or remove it from the index when it is gone."""
    model = apps.get_model(entry.model)
    obj = model.objects.filter(pk=entry.object_id).first()
    if obj is not None and hasattr(obj, "specific"):
        obj = obj.specific
    index = backend.get_index_for_model(model)
    if obj is None:
        index.delete_item(model(pk=entry.object_id))
    else:
        index.add_item(obj)
