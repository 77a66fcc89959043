"""The one cache module: what is cached, for how long, and when it is thrown away.

Derived data (labels, theme trees, filter choices, related items, page fragments, ...) lives in the `derived` cache
(config/settings/caches.py: in-process, or Redis shared by every app process and the scheduler), under a name from
`TIMEOUTS`. Nothing else in the project calls a cache's get or set: callers use `remember`, templates use
`{% wagtailpagecache fragment_timeout ... using="derived" %}` with the timeout from the context processor below.

Invalidation is targeted, by generations: every entry's key carries the current number of the generations it
depends on, and a change moves on only the generations it touches, so the entries of older numbers are never read
again (they run out by their timeouts). Three kinds (`SCOPES` says which entry depends on which):
- `all`: everything; moved on by a taxonomy or site-settings edit, a move, a view restriction, and the publication
  of a page with children (section and home pages: their titles are in every breadcrumb, their routing is cached);
- `lists:<locale id>`: whatever lists pages of one language (listings, theme and keyword pages, the home page's
  lists, related items, learning paths, filter choices, the theme tree, the ids of its visible pages); moved on by
  publishing or unpublishing a page of it;
- `versions:<translation key>`: the language versions of one page; moved on when any of its translations changes;
- `synonyms`, `promotions`: the search synonyms and the editors' search promotions (search/signals.py).
A page's own fragments are keyed by its `cache_key` (Wagtail: id, address, last publication), which `CachedPage`
extends with the `all` generation, so a publish renews that page's fragments and its language's lists, and
nothing else: other pages' texts, the other language and the image renditions (a cache of their own) stay.

No entry outlives the next page expiry: an expired page leaves every cached output at the moment it expires, not
only when the scheduled job unpublishes it. Every key carries the next expiry date (`generation`), and timeouts are
cut at it too, so the old entries go from memory as well.

A request reads the generations and the next expiry once: its first look-up fetches them all in one round trip
(`get_many`) and later look-ups in the same request reuse them (a search asked Redis 13 times, now 5). A change the
request makes itself (`move_on`, `forget`) is seen at once; another process's change is seen from the next request,
as every request starts with fresh numbers. Outside a request (commands, the scheduler) nothing is kept.
"""

import threading
import time

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import locales, visibility

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
    "paths": 3600,  # learning paths of pages and themes (search/paths.py)
    "vocabulary": 3600,  # the words of the names and titles a reader may see, per language ("did you mean")
    "promotions": 600,  # the editors' search promotions: {query text: [page ids]}
    "visible-ids": 600,  # the ids of the pages a reader may see, per language (search/cards.py)
    "next-expiry": None,
}
# Entries kept in each process's memory too, and how many of each: read by (nearly) every request, or large and read
# several times by one page (the learning paths' word counts of a whole language). Kept under the same key, which
# carries the generations read from the shared cache, so a change made by any process is seen as before; what is
# saved is a round trip to the shared cache and the unpickling (search_bench at 20,000 items: 0.3 ms each).
IN_PROCESS = {"site": 8, "labels": 4, "synonyms": 2, "promotions": 2, "visible-ids": 4, "paths": 8, "vocabulary": 2}
_NONE = object()
EXPIRY_KEY = "next-expiry"
_request = threading.local()  # `read`: {key: value} of the generations and next expiry read in this thread's request


def derived():
    return caches[CACHE]


def _read(keys):
    """{key: value} of these generation and expiry keys that exist: from this request's earlier reads, else from the
    cache in one round trip together with every generation a request commonly needs (see the module's note)."""
    read = getattr(_request, "read", None)
    if read is None:
        return derived().get_many(keys)
    missing = [key for key in keys if key not in read]
    if missing:
        wanted = list(dict.fromkeys([*missing, EXPIRY_KEY, *_generation_keys(_common_tags())]))
        found = derived().get_many(wanted)
        read.update({key: found.get(key, _NONE) for key in wanted})
    return {key: read[key] for key in keys if read[key] is not _NONE}


def _note(key, value=_NONE):
    """What this request knows of `key` from now on (_NONE: read it again)."""
    read = getattr(_request, "read", None)
    if read is not None:
        if value is _NONE:
            read.pop(key, None)
        else:
            read[key] = value


def _common_tags():
    return ["synonyms", "promotions", *(lists_of(locale_id) for locale_id in locales.known_ids())]


def _request_started(**kwargs):
    _request.read = {}


def _request_finished(**kwargs):
    _request.read = None


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


def next_expiry(read=None):
    """When the next live page expires (core.visibility), kept in the cache; `read` is what `_read` found already."""
    key = EXPIRY_KEY
    found = (read if read is not None else _read([key])).get(key, _NONE)
    if found is _NONE:
        found = visibility.next_expiry()
        timeout = None
        if found is not None:
            timeout = max(1, int((found - timezone.now()).total_seconds()))
        derived().set(key, found, timeout)
        _note(key, found)
    if found is not None and found <= timezone.now():
        derived().delete(key)
        _note(key)
        return next_expiry()
    return found


def _generation_keys(tags):
    return [f"generation:{tag}" for tag in ("all", *tags)]


def generation(*tags):
    """The current numbers of `all` and `tags`, as one string to put in a key, led by the next expiry date: when the
    clock passes it, every key changes, whatever clock the cache itself keeps (Redis counts timeouts in real time)."""
    keys = _generation_keys(tags)
    found = _read([*keys, EXPIRY_KEY])  # one round trip, or none when this request read them already
    for key in keys:
        if key not in found:  # never set, or evicted: start from the clock, above any number used before
            derived().add(key, time.time_ns(), None)
            found[key] = derived().get(key)
            _note(key, found[key])
    expiry = next_expiry(found)
    return ".".join([expiry.strftime("%Y%m%d%H%M%S") if expiry else "-", *(str(found[key]) for key in keys)])


def lists_of(locale_id):
    return f"lists:{locale_id}"


def versions_of(translation_key):
    return f"versions:{translation_key}"


def move_on(*tags):
    """Entries that depend on any of these generations (`all` when none given) are not read again."""
    for key in _generation_keys(tags)[0 if not tags else 1 :]:
        _note(key)  # this request reads the new number
        try:
            derived().incr(key)
        except ValueError:  # missing: a fresh number from the clock does the same
            derived().set(key, time.time_ns(), None)


def remember(name, key, compute, tags=()):
    """The cached value of `name:key`, computed (and stored) when missing. `None` is a value like any other.
    `tags` are the generations it depends on besides `all` (`lists_of(locale)`, `versions_of(translation key)`).
    Entries named in IN_PROCESS are also kept in this process's memory. A value read from there is shared by the
    process's requests: callers only read it."""
    full_key = f"{name}:{key}:{generation(*tags)}"
    kept = _in_process.get(name)
    if kept is not None and (value := kept.get(full_key, _NONE)) is not _NONE:
        return value
    value = derived().get(full_key, _NONE)
    if value is _NONE:
        value = compute()
        derived().set(full_key, value, _timeout(name))
    if kept is not None:
        kept.put(full_key, value, _timeout(name))
    return value


class _InProcess:
    """The values of one IN_PROCESS name, the least recently used dropped first; each kept no longer than its cache
    timeout. Shared by a process's threads."""

    def __init__(self, size):
        self.size = size
        self.lock = threading.Lock()
        self.values = {}  # full key: (value, deadline); a dict keeps its order of insertion

    def get(self, key, default=None):
        with self.lock:
            kept = self.values.pop(key, None)
            if kept is None or kept[1] <= time.monotonic():
                return default
            self.values[key] = kept  # now the most recently used
            return kept[0]

    def put(self, key, value, timeout):
        with self.lock:
            self.values.pop(key, None)
            self.values[key] = (value, time.monotonic() + (timeout or TIMEOUTS["paths"]))
            while len(self.values) > self.size:
                del self.values[next(iter(self.values))]


_in_process = {name: _InProcess(size) for name, size in IN_PROCESS.items()}


def forget(name, key=""):
    """Drop a value stored without generations (the next expiry)."""
    full_key = f"{name}:{key}" if key else name
    _note(full_key)
    derived().delete(full_key)


def fragment_timeout():
    return _timeout("fragment")


class CachedPage:
    """Mixin for every page model: its fragments' keys (`cache_key`) carry the `all` generation, and
    `lists_generation` is the vary-on value of its fragments that list other pages."""

    def get_cache_key_components(self):
        return [*super().get_cache_key_components(), generation()]

    @property
    def lists_generation(self):
        return generation(lists_of(self.locale_id))


def invalidate(**kwargs):
    """Everything derived may have changed (a taxonomy or settings edit, a move, a restriction)."""
    move_on()


def page_changed(instance, **kwargs):
    """A page was published or unpublished: its language's lists and its language versions move on; a page with
    children (a section, a home page) moves everything on."""
    forget("next-expiry")
    if instance.get_children_count():
        move_on()
    else:
        move_on(lists_of(instance.locale_id), versions_of(instance.translation_key))


def connect_invalidation():
    request_started.connect(_request_started, dispatch_uid="core_cache_request_started")
    request_finished.connect(_request_finished, dispatch_uid="core_cache_request_finished")
    page_published.connect(page_changed, dispatch_uid="core_invalidate_on_publish")
    page_unpublished.connect(page_changed, dispatch_uid="core_invalidate_on_unpublish")
    post_page_move.connect(invalidate, dispatch_uid="core_invalidate_on_move")
    for signal in (post_save, post_delete):
        signal.connect(invalidate, sender=PageViewRestriction, dispatch_uid=f"core_invalidate_restriction_{signal}")


def watch(*models):
    """Invalidate when any of these models is saved or deleted (apps call this from ready())."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=model, dispatch_uid=f"core_invalidate_{model._meta.label}_{id(signal)}")


def context(request):
    """Template context processor: the timeout of cached fragments, and the `all` generation for the fragments that
    belong to no page (navigation, footer); a callable, so it is read only where a template asks."""
    return {"fragment_timeout": fragment_timeout(), "site_generation": generation}


def hit(bucket, key, window):
    """Count one hit of `key` (a client) in `bucket` and return the count in the current window of `window` seconds
    (fixed windows aligned on the clock). Counted in the `default` cache, shared by every process in production and
    never emptied by `invalidate` (core/clients.py's rate limits)."""
    full_key = f"hit:{bucket}:{key}:{int(timezone.now().timestamp()) // window}"
    counter = caches["default"]
    if isinstance(counter, SharedClientRedisCache):
        return counter.hit(full_key, window)  # one round trip
    counter.add(full_key, 0, window)
    try:
        return counter.incr(full_key)
    except ValueError:  # ran out between add and incr: a new window
        counter.add(full_key, 1, window)
        return 1


class SharedClient(RedisCacheClient):
    """One `redis.Redis` per connection pool: Django's client builds one for every cache call, filling a table of
    about 170 response callbacks each time (0.25 ms of CPU); a `redis.Redis` is safe to share between threads."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if id(pool) not in clients:
            clients[id(pool)] = self._client(connection_pool=pool)
        return clients[id(pool)]

    def hit(self, key, window):
        """core.cache.hit in one round trip: the counter made (for `window` seconds) if missing, and counted."""
        pipeline = self.get_client(key, write=True).pipeline()
        pipeline.set(key, 0, ex=window, nx=True)  # an int is stored as itself (Django's RedisSerializer)
        pipeline.incr(key)
        return pipeline.execute()[1]


class SharedClientRedisCache(RedisCache):
    """Django's Redis cache with `SharedClient` (config/settings/caches.py names it)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClient

    def hit(self, key, window):
        return self._cache.hit(self.make_and_validate_key(key), window)
