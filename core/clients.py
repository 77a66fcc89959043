"""Who a request comes from, and whether that client has asked too often (the search rate limits).

A client is REMOTE_ADDR, unless settings.TRUSTED_PROXY_COUNT says how many proxies of our own sit in front of the
site: then it is the address that many entries from the right of X-Forwarded-For (each proxy appends the address it
was called from, so what lies further left was written by the client and is not believed). A header with fewer
entries, or an entry that is no IP address, leaves REMOTE_ADDR. Own code rather than django-ratelimit: a dozen
lines over the cache's add/incr (core.cache.hit), with the client rule the limits and nothing else need.
"""

import hashlib
import ipaddress

from django.conf import settings
from django.utils import timezone

from . import cache

WINDOW = 60  # seconds: the limits are per minute


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(hops) >= count:
            try:
                return str(ipaddress.ip_address(hops[-count].strip()))
            except ValueError:
                pass
    return remote


def retry_after(request, bucket, limit):
    """None while the client stays within `limit` requests in this minute; else the seconds until it may ask again.
    A limit of 0 is no limit. The cache holds a hash of the address, not the address."""
    if not limit:
        return None
    client = hashlib.blake2b(client_address(request).encode(), digest_size=16, key=settings.SECRET_KEY.encode()[:64])
    if cache.hit(bucket, client.hexdigest(), WINDOW) <= limit:
        return None
    return WINDOW - int(timezone.now().timestamp()) % WINDOW
