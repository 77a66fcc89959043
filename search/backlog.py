"""Index changes the engine missed while it was down, replayed once it answers again.

modelsearch updates the index from signals on publish, unpublish, move and delete; when the engine fails it only
logs. Our engine backends (search/backends/dutch.py) record each failed update here instead, and `catch_up` replays
them after the next successful search or health check, so the index never stays behind.
"""

import logging

from django.apps import apps
from django.core.cache import cache

logger = logging.getLogger(__name__)
CACHE_KEY = "search-backlog-pending"


def record(obj):
    from .models import IndexBacklog

    IndexBacklog.objects.get_or_create(model=obj._meta.label, object_id=str(obj.pk))
    cache.set(CACHE_KEY, True, None)


def pending():
    from .models import IndexBacklog

    flag = cache.get(CACHE_KEY)
    if flag is None:
        flag = IndexBacklog.objects.exists()
        cache.set(CACHE_KEY, flag, None)
    return flag


def catch_up(backend, limit=500):
    """Re-index (or remove) what was missed; returns how many entries were handled."""
    from .models import IndexBacklog

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
    cache.set(CACHE_KEY, IndexBacklog.objects.exists(), None)
    logger.info("Search index caught up on %s missed changes", handled)
    return handled
