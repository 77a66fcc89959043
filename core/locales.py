"""Locale ids and language codes, looked up once per process: locales come from migrations and never change id.

Indexing asks for every page which language it is in; without this, that is a query per page.
"""

from wagtail.models import Locale

_codes = {}  # locale id -> language code


def _load():
    _codes.update(Locale.objects.values_list("pk", "language_code"))


def known_ids():
    """The locale ids this process has looked up so far (no query)."""
    return list(_codes)


def language_of(locale_id):
    if locale_id not in _codes:
        _load()
    return _codes.get(locale_id)


def locale_id_for(language):
    for attempt in range(2):
        for pk, code in _codes.items():
            if code == language:
                return pk
        if attempt == 0:
            _load()
    raise Locale.DoesNotExist(f"no locale for language {language!r}")
