"""Indexing in one go, for commands that save many pages at once (the demo loader).

modelsearch indexes an object at every save, and a page is saved about eight times on its way to being published
(created, revision saved, published, translated, ...): each time its whole document is built again. Inside
`in_one_go()` the saves are only remembered; when the block ends without an error, every object saved in it is
indexed once, as it is then, in one bulk request per model and backend (a page at a time cost 60 ms on PostgreSQL
with the engine: two backends, a round trip each). The signals are process-wide, so this is for management commands,
never for a web request, where other threads' saves would go unindexed meanwhile.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends_with_name
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published
from wagtail.tasks import update_reference_index_task

from .signals import reindex_published

_depth = 0  # in_one_go blocks open; an inner one leaves the work to the outermost


@contextmanager
def in_one_go():
    """Index each object saved in the block once, at its end, and update Wagtail's reference index (what uses what,
    for the admin's usage counts) once per object instead of at each save. Blocks nest: the outermost one does it."""
    global _depth
    if _depth:
        yield
        return
    saved, referring = {}, {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender, instance.pk] = True

    def remember_references(sender, instance, raw=False, **kwargs):
        if not raw and sender in ReferenceIndex.tracked_models:
            referring[sender, instance.pk] = True

    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False, dispatch_uid=f"kennisbank_in_one_go_{model._meta.label}")
    post_save.connect(remember_references, weak=False, dispatch_uid="kennisbank_in_one_go_references")
    page_published.disconnect(dispatch_uid="kennisbank_reindex_published")
    _depth += 1
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _depth -= 1
        for model in models:
            post_save.disconnect(sender=model, dispatch_uid=f"kennisbank_in_one_go_{model._meta.label}")
            post_save.connect(post_save_signal_handler, sender=model)
        post_save.disconnect(dispatch_uid="kennisbank_in_one_go_references")
        page_published.connect(reindex_published, dispatch_uid="kennisbank_reindex_published")
    index_now(saved)
    update_references(referring)


def by_model(keys):
    """{model: [pk, ...]} for (model, pk) keys."""
    grouped = defaultdict(list)
    for model, pk in keys:
        grouped[model].append(pk)
    return grouped


def update_references(referring):
    """What Wagtail's save handler queues for each saved object (update_reference_index_task), once per object that
    still exists."""
    for model, pks in by_model(referring).items():
        for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True):
            update_reference_index_task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))


def index_now(saved):
    """Index the objects named by `saved` ({(model, pk): ...}) as they are now, those of a model in one go: what
    modelsearch's insert_or_update_object does for one (only its model's indexed objects, every auto-updated
    backend), in bulk."""
    for model, pks in by_model(saved).items():
        related = [field.name for field in model._meta.get_fields() if field.many_to_many and not field.auto_created]
        found = model._default_manager.filter(pk__in=pks).prefetch_related(*related)  # themes, keywords: read often
        instances = [instance.get_indexed_instance() for instance in found]
        by_type = defaultdict(list)
        for instance in instances:
            if instance is not None:
                by_type[type(instance)].append(instance)
        for indexed_model, objects in by_type.items():
            kept = set(indexed_model.get_indexed_objects().filter(pk__in=[obj.pk for obj in objects])
                       .values_list("pk", flat=True))  # fmt: skip
            objects = [obj for obj in objects if obj.pk in kept]
            for _name, backend in get_search_backends_with_name(with_auto_update=True):
                backend.add_bulk(indexed_model, objects)
