"""Which content types a council can find, registered once by the app that defines them (articles/apps.py).

Search, listings, theme and keyword pages, collections, related items, feeds, the evaluation and the benchmark all
ask this registry; a new content type touches its model, its templates and its `register()` call, nothing else.

Search fields and their weights are defined here too (`TEXT_FIELDS`): the index mapping
(articles.models.base.KnowledgePage.search_fields), the engine query (search/engine.py) and the database query (which
reads the boosts from the mapping) all read this one definition.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.text import capfirst


@dataclass(frozen=True)
class ContentType:
    code: str  # the name in search parameters, the API, the index and reports ("article")
    model: type  # the page model
    index_model: type | None = None  # the section page that lists this type
    # Where a theme page shows this type's group, lowest first: guidance (what a council can do) before news.
    guidance_rank: int = 0
    # The order of a group's items (order_by arguments); empty: newest first, undated last, then by title.
    guidance_order: tuple = ()
    # Learning paths (search/paths.py): the heading of this type's section on the other types' pages ("Leer het"),
    # and the filter of the items a theme's path may start with (the basic course).
    path_heading: str = ""
    path_start: tuple = ()  # ((field, value), ...): a frozen dataclass is hashed, a dict cannot be

    @property
    def label(self):
        """The singular name a result card shows ("article", "module or traject")."""
        return self.model._meta.verbose_name

    @property
    def plural_name(self):
        """The plural in running text ("articles"); lazy, and safe to cache."""
        return self.model._meta.verbose_name_plural

    @property
    def plural_label(self):
        """The heading of a facet ("Articles", "Modules and trajects"); not for caching (capfirst's proxy does not
        pickle): cached structures hold `plural_name`."""
        return capfirst(self.model._meta.verbose_name_plural)

    @property
    def label_path(self):
        return self.model._meta.label  # "articles.ArticlePage", as the engine's _django_content_type holds it


_types: dict[str, ContentType] = {}


def register(code, model, index_model=None, guidance_rank=0, guidance_order=(), path_heading="", path_start=None):
    """Called from an app's ready(); registering the same code twice with another model is a programming error."""
    existing = _types.get(code)
    if existing is not None and existing.model is not model:
        raise ValueError(f"content type code {code!r} is already registered for {existing.model.__name__}")
    _types[code] = ContentType(
        code, model, index_model, guidance_rank, tuple(guidance_order), path_heading, tuple((path_start or {}).items())
    )
    model.kind_code = code


def content_types():
    """Every registered type, in registration order."""
    return list(_types.values())


def in_guidance_order():
    """Every registered type in the order a theme page shows them (guidance first; registration order breaks ties)."""
    return sorted(_types.values(), key=lambda content_type: content_type.guidance_rank)


# The collections (pages listing whatever matches an editor's criteria) are defined above this layer; their app
# registers one function here so that a lower layer (the theme pages) can link them without importing it.
_collection_finder = None


def register_collections(finder):
    """`finder(locale_id, theme=None)` returns the visible collections of a locale, or those about one theme."""
    global _collection_finder  # noqa: PLW0603 - set once, from an app's ready()
    _collection_finder = finder


def collections(locale_id, theme=None):
    """The visible collections in one locale (about `theme` when given); none when no app provides collections."""
    return _collection_finder(locale_id, theme) if _collection_finder else []


def codes():
    return tuple(_types)


def models():
    return [content_type.model for content_type in _types.values()]


def get(code):
    return _types[code]


def for_model(model):
    """The registered type of a model class or instance, or None."""
    model = model if isinstance(model, type) else type(model)
    return next((ct for ct in _types.values() if issubclass(model, ct.model)), None)


# The text a reader searches, best first, with its weight. Dutch pages fill the first name of each pair, English
# pages the second (analysed as English on the engine); the title of a Dutch page is Wagtail's own `title` field.
TEXT_FIELDS = (
    ("title", "kb_title_en", 5),
    ("kb_intro", "kb_intro_en", 3),
    ("kb_taxonomy", "kb_taxonomy_en", 2),
    ("kb_body", "kb_body_en", 1),
)
# Text fields whose matches are shown as a highlighted snippet (the engine keeps offsets for them).
HIGHLIGHTED = ("kb_intro", "kb_intro_en", "kb_body", "kb_body_en")


def text_fields(language):
    """[(field name, weight)] of one language, best first."""
    column = 1 if language == "en" else 0
    return [(row[column], row[2]) for row in TEXT_FIELDS]


class SectionMissing(LookupError):
    """The site skeleton has no section for a content type; `manage.py migrate` creates it (home/structure.py)."""


def section(model, language=None):
    """The section page that lists `model`'s pages, in `language` (the site's first language by default)."""
    content_type = for_model(model)
    language = language or settings.LANGUAGE_CODE
    found = None
    if content_type is not None and content_type.index_model is not None:
        found = content_type.index_model.objects.filter(locale__language_code=language).order_by("path").first()
    if found is None:
        raise SectionMissing(f"no section for {model.__name__} in {language!r}: run `manage.py migrate`")
    return found
