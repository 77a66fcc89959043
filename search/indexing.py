"""Indexing in one go, for commands that save many pages at once (the demo loader).

modelsearch indexes an object at every save, and a page is saved about eight times on its way to being published
(created, revision saved, published, translated, ...): each time its whole document is built again. Inside
`in_one_go()` the saves are only remembered; when the block ends without an error, every object saved in it is
indexed once, as it is then. The signals are process-wide, so this is for management commands, never for a web
request, where other threads' saves would go unindexed meanwhile.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models, insert_or_update_object
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signals import page_published

from .signals import reindex_published


@contextmanager
def in_one_go():
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender, instance.pk] = True

    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False, dispatch_uid=f"kennisbank_in_one_go_{model._meta.label}")
    page_published.disconnect(dispatch_uid="kennisbank_reindex_published")
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(sender=model, dispatch_uid=f"kennisbank_in_one_go_{model._meta.label}")
            post_save.connect(post_save_signal_handler, sender=model)
        page_published.connect(reindex_published, dispatch_uid="kennisbank_reindex_published")
    for model, pk in saved:
        instance = model._default_manager.filter(pk=pk).first()
        if instance is not None:
            insert_or_update_object(instance)
