"""The one cache module: what is cached, for how long, and when it is thrown away.

Derived data (labels, theme trees, filter choices, related items, page fragments, ...) lives in the `derived` cache
(settings.CACHES), under a name from `TIMEOUTS`. Nothing else in the project calls a cache's get or set: callers use
`remember`, templates use `{% wagtailpagecache fragment_timeout ... using="derived" %}` with the timeout from the
context processor below.

No entry outlives the next page expiry: an expired page leaves every cached output at the moment it expires, not
only when the scheduled job unpublishes it. Any publish, unpublish, move or view-restriction change empties the
derived cache (`invalidate`); apps connect their own models' changes to `invalidate` too.
"""

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import visibility

CACHE = "derived"
# Seconds per kind of entry; None keeps an entry until it is invalidated.
TIMEOUTS = {
    "fragment": 600,  # rendered page fragments (templates)
    "site": 600,  # the Site for a host
    "section": 600,  # a section page of the home page, for routing
    "taxonomy-urls": 600,
    "theme-tree": 600,
    "filter-choices": 600,
    "versions": 600,  # language versions of a page
    "synonyms": 600,
    "labels": 3600,  # names of themes, keywords and sectors for result cards
    "related": 3600,
    "next-expiry": None,
}
_NONE = object()


def derived():
    return caches[CACHE]


def _timeout(name):
    """The named timeout, cut short at the next page expiry."""
    timeout = TIMEOUTS[name]
    if name == "next-expiry":
        return timeout
    expiry = next_expiry()
    if expiry is not None:
        seconds = max(1, int((expiry - timezone.now()).total_seconds()) + 1)
        timeout = seconds if timeout is None else min(timeout, seconds)
    return timeout


def next_expiry():
    key = "next-expiry"
    found = derived().get(key, _NONE)
    if found is _NONE:
        found = visibility.next_expiry()
        timeout = None
        if found is not None:
            timeout = max(1, int((found - timezone.now()).total_seconds()))
        derived().set(key, found, timeout)
    if found is not None and found <= timezone.now():
        derived().delete(key)
        return next_expiry()
    return found


def remember(name, key, compute):
    """The cached value of `name:key`, computed (and stored) when missing. `None` is a value like any other."""
    full_key = f"{name}:{key}"
    value = derived().get(full_key, _NONE)
    if value is _NONE:
        value = compute()
        derived().set(full_key, value, _timeout(name))
    return value


def store(name, key, value):
    derived().set(f"{name}:{key}", value, _timeout(name))


def forget(name, key=""):
    derived().delete(f"{name}:{key}")


def fragment_timeout():
    return _timeout("fragment")


def invalidate(**kwargs):
    """Everything derived may have changed (a publication, a move, a restriction, a taxonomy edit)."""
    derived().clear()


def connect_invalidation():
    page_published.connect(invalidate, dispatch_uid="core_invalidate_on_publish")
    page_unpublished.connect(invalidate, dispatch_uid="core_invalidate_on_unpublish")
    post_page_move.connect(invalidate, dispatch_uid="core_invalidate_on_move")
    for signal in (post_save, post_delete):
        signal.connect(invalidate, sender=PageViewRestriction, dispatch_uid=f"core_invalidate_restriction_{signal}")


def watch(*models):
    """Invalidate when any of these models is saved or deleted (apps call this from ready())."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=model, dispatch_uid=f"core_invalidate_{model._meta.label}_{id(signal)}")


def context(request):
    """Template context processor: the timeout of cached fragments."""
    return {"fragment_timeout": fragment_timeout()}


def hit(bucket, key, window):
    """Count one hit of `key` (a client) in `bucket` and return the count in the current window of `window` seconds
    (fixed windows aligned on the clock). Counted in the `default` cache, shared by every process in production and
    never emptied by `invalidate` (core/clients.py's rate limits)."""
    full_key = f"hit:{bucket}:{key}:{int(timezone.now().timestamp()) // window}"
    counter = caches["default"]
    counter.add(full_key, 0, window)
    try:
        return counter.incr(full_key)
    except ValueError:  # ran out between add and incr: a new window
        counter.add(full_key, 1, window)
        return 1
