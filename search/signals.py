"""Keeping search in step: synonyms take effect at once, and published pages are re-indexed with their relations."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelsearch.index import insert_or_update_object
from wagtail.signals import page_published

from .models import Synonym
from .synonyms import CACHE_KEY


@receiver([post_save, post_delete], sender=Synonym, dispatch_uid="kennisbank_synonyms_changed")
def synonyms_changed(**kwargs):
    cache.delete(CACHE_KEY)


@receiver(page_published, dispatch_uid="kennisbank_reindex_published")
def reindex_published(instance, **kwargs):
    """modelsearch indexes on post_save, before a page's themes, keywords and sectors are saved; publish is after."""
    insert_or_update_object(instance.specific)
