"""Keyword management (Plone's tag control panel): merging keywords without losing a single tagged page or draft.

Wagtail has no merge; the parts it does have are used: revisions, the audit log and the search index.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count
from wagtail.log_actions import log
from wagtail.models import Page, Revision
from wagtail.search import index

from core import registry

from .models import Keyword, TaggedKeyword

MERGE_ACTION = "kennisbank.keyword_merge"


def with_usage(queryset=None):
    """Keywords annotated with `usage`: on how many pages each is used."""
    return (queryset if queryset is not None else Keyword.objects.all()).annotate(usage=Count("tagged_items"))


def unused():
    return with_usage().filter(usage=0)


@transaction.atomic
def merge(survivor, merged, user=None):
    """Move every use of the `merged` keywords to `survivor`, then delete them; returns the pages concerned."""
    merged = [keyword for keyword in merged if keyword.pk != survivor.pk]
    ids = {keyword.pk for keyword in merged}
    page_ids = set(TaggedKeyword.objects.filter(tag_id__in=ids).values_list("content_object_id", flat=True))
    tagged = set(TaggedKeyword.objects.filter(tag=survivor).values_list("content_object_id", flat=True))
    for link in TaggedKeyword.objects.filter(tag_id__in=ids).order_by("pk"):
        if link.content_object_id in tagged:
            link.delete()  # the page already has the survivor: one link, never two
        else:
            link.tag = survivor
            link.save(update_fields=["tag"])
            tagged.add(link.content_object_id)
    page_ids |= rewrite_revisions(ids, survivor.pk)
    Keyword.objects.filter(equivalent_id__in=ids).exclude(pk=survivor.pk).update(equivalent=survivor)
    if survivor.equivalent_id is None:
        survivor.equivalent = next((k.equivalent for k in merged if k.equivalent_id not in ids | {None}), None)
        survivor.save(update_fields=["equivalent"])
    names = sorted(keyword.name for keyword in merged)
    data = {"survivor": survivor.name, "merged": names, "pages": len(page_ids)}
    log(instance=survivor, action=MERGE_ACTION, user=user, data=data)
    pages = list(Page.objects.filter(pk__in=page_ids).specific())
    for page in pages:
        log(instance=page, action=MERGE_ACTION, user=user, data=data)
    Keyword.objects.filter(pk__in=ids).delete()
    transaction.on_commit(lambda: reindex(pages))
    return pages


def rewrite_revisions(ids, survivor_id):
    """Point page revisions (drafts and history) at the survivor, so publishing or restoring one keeps the keyword.
    Returns the ids of the pages whose revisions changed."""
    types = ContentType.objects.get_for_models(*registry.models()).values()
    changed = set()
    for revision in Revision.page_revisions.filter(content_type__in=types).only("pk", "object_id", "content"):
        links = revision.content.get("tagged_keywords") or []
        if not any(link.get("tag") in ids for link in links):
            continue
        kept, seen = [], set()
        for link in links:
            tag = survivor_id if link.get("tag") in ids else link.get("tag")
            if tag not in seen:
                kept.append({**link, "tag": tag})
                seen.add(tag)
        revision.content["tagged_keywords"] = kept
        Revision.objects.filter(pk=revision.pk).update(content=revision.content)
        changed.add(int(revision.object_id))
    return changed


def reindex(pages):
    """Keyword names and slugs are part of each page's search document."""
    for page in pages:
        index.insert_or_update_object(page)


def pages_using(keyword):
    return list(Page.objects.filter(tagged_keywords__tag=keyword).specific())
