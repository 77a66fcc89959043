"""Keyword management (Plone's tag control panel): merging keywords without losing a single tagged page or draft.

Wagtail has no merge; the parts it does have are used: revisions, the audit log and the search index. Keywords are
used in two ways: pages are tagged with them (taggit, `TaggedKeyword`), and other models select by them through a
many-to-many field (a collection's criteria). The second kind is found through Django's model registry
(`keyword_criteria`), so this app needs no import of the apps above it; both are followed live and in revisions.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from wagtail.log_actions import log
from wagtail.models import Page, Revision
from wagtail.search import index

from core import registry

from .models import Keyword, TaggedKeyword

MERGE_ACTION = "kennisbank.keyword_merge"


def with_usage(queryset=None):
    """Keywords annotated with `usage`: on how many pages each is used."""
    return (queryset if queryset is not None else Keyword.objects.all()).annotate(usage=models.Count("tagged_items"))


def keyword_criteria():
    """Every many-to-many field that selects by keyword (a collection's criteria), on any installed model."""
    return [
        field
        for model in apps.get_models()
        for field in model._meta.local_many_to_many
        if isinstance(field, models.ManyToManyField) and field.related_model is Keyword
    ]


def used_ids():
    """Keywords in use: tagged on a page, named in any page revision (drafts and history), or selected by a
    collection's criteria, live or in a revision. Only the others are unused."""
    used = set(TaggedKeyword.objects.values_list("tag_id", flat=True))
    for revision in tagging_revisions():
        used.update(link.get("tag") for link in revision.content.get("tagged_keywords") or [])
    for field in keyword_criteria():
        through = field.remote_field.through
        used.update(through.objects.values_list(field.m2m_reverse_field_name() + "_id", flat=True))
        for revision in revisions_of(field.model):
            used.update(revision.content.get(field.name) or [])
    return used


def unused():
    return with_usage().exclude(pk__in=used_ids())


def tagging_revisions():
    return revisions_of(*registry.models())


def revisions_of(*model_classes):
    types = ContentType.objects.get_for_models(*model_classes).values()
    return Revision.objects.filter(content_type__in=types).only("pk", "object_id", "content")


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
    page_ids |= repoint_criteria(ids, survivor.pk)
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
    changed = set()
    for revision in tagging_revisions():
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


def repoint_criteria(ids, survivor_id):
    """Point every criterion naming a merged keyword at the survivor, live and in revisions, so that a collection
    never loses its keyword (and with it every criterion: none chosen means every keyword). Returns the ids of the
    objects concerned."""
    changed = set()
    for field in keyword_criteria():
        through = field.remote_field.through
        owner, target = field.m2m_field_name() + "_id", field.m2m_reverse_field_name() + "_id"
        having = set(through.objects.filter(**{target: survivor_id}).values_list(owner, flat=True))
        for row in through.objects.filter(**{target + "__in": ids}).order_by("pk"):
            changed.add(getattr(row, owner))
            if getattr(row, owner) in having:
                row.delete()  # the survivor is already chosen: one criterion, never two
            else:
                through.objects.filter(pk=row.pk).update(**{target: survivor_id})
                having.add(getattr(row, owner))
        for revision in revisions_of(field.model):
            chosen = revision.content.get(field.name) or []
            if not any(pk in ids for pk in chosen):
                continue
            revision.content[field.name] = list(dict.fromkeys(survivor_id if pk in ids else pk for pk in chosen))
            Revision.objects.filter(pk=revision.pk).update(content=revision.content)
            changed.add(int(revision.object_id))
    return changed


def reindex(pages):
    """Keyword names and slugs are part of each page's search document."""
    for page in pages:
        index.insert_or_update_object(page)


def pages_using(keyword):
    return list(Page.objects.filter(tagged_keywords__tag=keyword).specific())
