"""Index changes the engine missed while it was down, replayed once it answers again.

modelsearch updates the index from signals on publish, unpublish, move and delete; when the engine fails it only
logs. Our engine backends (search/backends/dutch.py) record each failed update here instead, and `catch_up` replays
them after the next successful search or health check, so the index never stays behind.
"""

import logging

from django.apps import apps

from core import cache

from .models import IndexBacklog

logger = logging.getLogger(__name__)


def record(obj):
    IndexBacklog.objects.get_or_create(model=obj._meta.label, object_id=str(obj.pk))
    cache.store("search-backlog", "pending", True)


def pending():
    return cache.remember("search-backlog", "pending", IndexBacklog.objects.exists)


def catch_up(backend, limit=500):
    """Re-index (or remove) what was missed; returns how many entries were handled."""
    if not pending():
        return 0
    handled = 0
    for entry in IndexBacklog.objects.order_by("pk")[:limit]:
        model = apps.get_model(entry.model)
        obj = model.objects.filter(pk=entry.object_id).first()
        if obj is not None and hasattr(obj, "specific"):
            obj = obj.specific
        index = backend.get_index_for_model(model)
        if obj is None:
            index.delete_item(model(pk=entry.object_id))
        else:
            index.add_item(obj)
        entry.delete()
        handled += 1
    cache.store("search-backlog", "pending", IndexBacklog.objects.exists())
    logger.info("Search index caught up on %s missed changes", handled)
    return handled
