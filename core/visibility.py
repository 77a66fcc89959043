"""What a reader may see: the one rule every reader-facing output asks.

Visible means live, public (no view restriction of any kind, password, login or group, on the page or any of its
ancestors) and not expired, also in the minutes before the scheduled job unpublishes an expired page. Outputs for
one language add that language; the sitemap and its language alternates ask for both.

The rule is written out twice here, once for the database and once for the search engine's index, so the two cannot
drift apart: `visible()` filters a page queryset; each page's search document stores `is_public()` and its expiry
date (KnowledgePage.kb_public, kb_expires), and `engine_filters()` is the clause every engine query adds.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from . import locales, registry

# Index fields (declared by articles.models.base.KnowledgePage.search_fields).
PUBLIC_FIELD = "kb_public"
EXPIRES_FIELD = "kb_expires"


@cache
def _restricted():
    """A restriction on the page itself or on an ancestor (an ancestor's tree path is a prefix of the page's).

    Built once (when first asked: the models must be loaded): a queryset that uses an expression works on a copy of
    it, and building the subquery for every visible() took 0.2 of the 1 ms it takes to compile."""
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def _unexpired():
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def visible(queryset, language=None, locale_id=None):
    """The pages of `queryset` a reader may see, in one language when `language` or `locale_id` is given.

    Stays lazy (no query until evaluated), so cached fragments that hold it cost nothing.
    """
    pages = queryset.live().filter(_unexpired()).exclude(_restricted())
    if language is not None:
        locale_id = locales.locale_id_for(language)
    if locale_id is not None:
        pages = pages.filter(locale_id=locale_id)
    return pages


def content(language=None, locale_id=None):
    """Every visible page of the registered content types, as one lazy Page queryset."""
    return visible(Page.objects.type(*registry.models()), language=language, locale_id=locale_id)


def is_visible(page):
    return visible(type(page).objects.filter(pk=page.pk)).exists()


# The tree paths of the pages that carry a view restriction, while restrictions_read_once() is open.
_restricted_paths = ContextVar("restricted_paths", default=None)


def is_public(page):
    """No view restriction on the page or an ancestor (the same rule `visible` uses: a restricted page's tree path
    is a prefix of the page's). One query, or none inside restrictions_read_once()."""
    paths = _restricted_paths.get()
    if paths is not None:
        return not any(page.path.startswith(path) for path in paths)
    return not Page.objects.filter(pk=page.pk).filter(_restricted()).exists()


@contextmanager
def restrictions_read_once():
    """Inside the block, is_public() answers from the view restrictions as they were at its start, read in one
    query: for indexing many pages at once (a restriction saved meanwhile has every page under it indexed again by
    its own signal, search/signals.py)."""
    token = _restricted_paths.set(tuple(PageViewRestriction.objects.values_list("page__path", flat=True)))
    try:
        yield
    finally:
        _restricted_paths.reset(token)


def engine_filters(locale_id=None):
    """Engine clauses for the same rule (field names as the engine maps filter fields: `<name>_filter`)."""
    clauses = [
        {"term": {"live_filter": True}},
        {"term": {f"{PUBLIC_FIELD}_filter": True}},
        {"bool": {"should": [
            {"bool": {"must_not": {"exists": {"field": f"{EXPIRES_FIELD}_filter"}}}},
            # Django's clock, not the engine's: one time for the database, the engine and the caches.
            {"range": {f"{EXPIRES_FIELD}_filter": {"gt": timezone.now().isoformat()}}},
        ], "minimum_should_match": 1}},
    ]  # fmt: skip
    if locale_id is not None:
        clauses.append({"term": {"locale_id_filter": locale_id}})
    return clauses


def next_expiry():
    """When the next live page expires (None when none will): caches of visible content must not outlive it."""
    return (
        Page.objects.live()
        .filter(expire_at__gt=timezone.now())
        .order_by("expire_at")
        .values_list("expire_at", flat=True)
        .first()
    )
