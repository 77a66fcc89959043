"""The caches, in one place: in-process on the embedded default, Redis shared by every process when REDIS_URL is set.

Three caches (core/cache.py says what goes in which):
- `default`: Django's own users (sessions are in the database; the search API's rate limits count here);
- `derived`: data the site derives from content (lists, labels, page fragments), invalidated by generation;
- `renditions`: Wagtail's image renditions, which no publish throws away.

With REDIS_URL every app process and the scheduler share one truth; without it each process has its own memory
(fine for one `runserver`). `prefix` keeps runs that share one Redis apart (tests, two deployments).
"""

from .env import env


def caches(redis_url=None, prefix=None):
    redis_url = env("REDIS_URL") if redis_url is None else redis_url
    prefix = env("CACHE_KEY_PREFIX", "kennisbank") if prefix is None else prefix
    names = ("default", "derived", "renditions")
    if not redis_url:
        return {name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name} for name in names}
    return {
        name: {
            "BACKEND": "core.cache.SharedClientRedisCache",  # Django's, one client per pool
            "LOCATION": redis_url,
            "KEY_PREFIX": f"{prefix}:{name}",
            # An unreachable Redis fails within a second instead of hanging a worker.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        for name in names
    }
