"""The one search log (SearchQueryLog): what a reader's search leaves behind, and for how long.

Before a text is stored, every word holding a digit of any script (phone numbers, postcodes, years, house numbers)
or an "@" (e-mail addresses) is dropped; what is left is lower-cased with single spaces. A search leaves one write:
an upsert that counts the day's row up. Wagtail's search promotions keep no log of their own here: a reader's
search neither creates a promotions `Query` nor adds daily hits (search.service.promote only looks one up).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

from .models import SearchQueryLog

logger = logging.getLogger(__name__)
MAX_LENGTH = SearchQueryLog._meta.get_field("query").max_length


def scrub(text):
    """The words of `text` that may be kept: none with a digit or an "@", lower case, single spaces."""
    words = [word for word in (text or "").lower().split() if "@" not in word and not any(c.isnumeric() for c in word)]
    return " ".join(words)[:MAX_LENGTH].strip()


def record(query, language, found):
    """Count one search for `query` in `language` today that found `found` results; nothing when scrubbing leaves
    no word. Counting in the database itself (INSERT ... ON CONFLICT DO UPDATE, the same SQL on SQLite and
    PostgreSQL; Django's bulk_create can only overwrite on conflict, not add) keeps it one statement, and two
    processes counting the same row at once both count."""
    text = scrub(query)
    if not text:
        return
    table = connection.ops.quote_name(SearchQueryLog._meta.db_table)
    sql = (
        f"INSERT INTO {table} (day, language, query, searches, empty) VALUES (%s, %s, %s, 1, %s) "
        f"ON CONFLICT (day, language, query) DO UPDATE "
        f"SET searches = {table}.searches + 1, empty = {table}.empty + excluded.empty"
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, [timezone.localdate(), language[:8], text, 0 if found else 1])
    except DatabaseError:  # a log that cannot be written must never break a search
        logger.exception("The search log could not be written")


def purge(days=None):
    """Delete the rows older than `days` (SEARCH_LOG_RETENTION_DAYS); the number of rows deleted."""
    days = settings.SEARCH_LOG_RETENTION_DAYS if days is None else days
    cutoff = timezone.localdate() - timedelta(days=days)
    return SearchQueryLog.objects.filter(day__lt=cutoff).delete()[0]
