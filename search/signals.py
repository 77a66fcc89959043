"""Keeping search in step: synonyms and promotions take effect at once, and published pages are re-indexed with
their relations."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelsearch.index import insert_or_update_object
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, post_page_move

from core import cache, registry

from .models import Synonym


@receiver([post_save, post_delete], sender=Synonym, dispatch_uid="kennisbank_synonyms_changed")
def synonyms_changed(**kwargs):
    cache.move_on("synonyms")


@receiver([post_save, post_delete], sender=SearchPromotion, dispatch_uid="kennisbank_promotions_changed")
@receiver([post_save, post_delete], sender=Query, dispatch_uid="kennisbank_promotion_queries_changed")
def promotions_changed(**kwargs):
    cache.move_on("promotions")


@receiver([post_save, post_delete], sender=PageViewRestriction, dispatch_uid="kennisbank_reindex_restricted")
def restriction_changed(instance, **kwargs):
    """A view restriction hides a page and everything below it: their documents say so at once (core.visibility)."""
    reindex_below(instance.page_id)


@receiver(post_page_move, dispatch_uid="kennisbank_reindex_moved")
def page_moved(instance, **kwargs):
    """A move can put a page under a restricted section, or take it out of one."""
    reindex_below(instance.pk)


def reindex_below(page_id):
    top = Page.objects.filter(pk=page_id).first()
    if top is None:
        return
    pages = Page.objects.descendant_of(top, inclusive=True).type(*registry.models()).specific()
    for page in pages:
        insert_or_update_object(page)


@receiver(page_published, dispatch_uid="kennisbank_reindex_published")
def reindex_published(instance, **kwargs):
    """modelsearch indexes on post_save, before a page's themes, keywords and sectors are saved; publish is after."""
    insert_or_update_object(instance.specific)
