"""What a request parameter may be: page numbers, slugs, languages and content types, parsed once.

The HTML views and the JSON APIs share these parsers; anything malformed, oversized or hostile raises ParamError
with a message a reader can act on, which the views turn into a 400.
"""

import datetime
import re

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from . import registry

MAX_PAGE = 500
MAX_VALUES = 10
SLUG = re.compile(r"[a-z0-9-]{1,120}", re.ASCII)
DIGITS = re.compile(r"[0-9]{1,6}", re.ASCII)  # decimal digits only: not "²", "①" or "٣", which isdigit() accepts
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


class ParamError(ValueError):
    """A parameter the site refuses; `str(error)` is safe to show."""


def page_number(value, maximum=MAX_PAGE):
    """A page number from 1 to `maximum`; empty means 1."""
    value = "1" if value in (None, "") else str(value)
    if not DIGITS.fullmatch(value) or not 1 <= int(value) <= maximum:
        raise ParamError(_("The page number must be between 1 and %(max)s.") % {"max": maximum})
    return int(value)


def slug(value, name="slug"):
    if not isinstance(value, str) or not SLUG.fullmatch(value):
        raise ParamError(_("Unknown value for %(name)s: %(value)s") % {"name": name, "value": str(value)[:40]})
    return value


def slugs(data, name, allowed=None):
    """The non-empty values of a repeated parameter (QueryDict), each a slug or one of `allowed`."""
    values = tuple(value for value in data.getlist(name) if value != "")
    if len(values) > MAX_VALUES:
        raise ParamError(_("Too many values for %(name)s.") % {"name": name})
    for value in values:
        if allowed is not None and value not in allowed:
            raise ParamError(_("Unknown value for %(name)s: %(value)s") % {"name": name, "value": value[:40]})
        slug(value, name)
    return values


def page_id(value):
    """A page id (ASCII digits), or None for anything else.

    For parameters that only add something (the untranslated notice's way back): a malformed value drops the
    addition instead of refusing the page, so it never raises.
    """
    return int(value) if isinstance(value, str) and DIGITS.fullmatch(value) else None


def choice(value, choices, name, default):
    value = value or default
    if value not in choices:
        raise ParamError(_("Unknown value for %(name)s: %(value)s") % {"name": name, "value": str(value)[:40]})
    return value


def languages():
    return tuple(code for code, _name in settings.LANGUAGES)


def language(value, default=None):
    return choice(value, languages(), "lang", default or settings.LANGUAGE_CODE)


def types(data, name="type"):
    """Content type codes, as the registry knows them."""
    return slugs(data, name, allowed=registry.codes())


def date(value, name):
    """A calendar date written YYYY-MM-DD, or None when empty."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:  # 2026-02-30
            pass
    raise ParamError(_("%(name)s must be a date written as YYYY-MM-DD.") % {"name": name})
