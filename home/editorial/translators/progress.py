"""How far a translation is, and which Dutch pages still wait for one. The counts are wagtail-localize's own
(`Translation.get_progress()`); the names of the missing pieces are the field labels its editor shows.

Why a half-done translation mixes languages: wagtail-localize writes a translation into its page with `fallback=True`
(`Translation.save_target`), so every piece not yet translated keeps the Dutch source text. Submitting a translation
for review saves it that way (workflow.save_translated_strings), hence English headings over a Dutch body in the
reviewer's preview. The notice built from `progress_of()` names those pieces.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.utils.text import Truncator
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.views.edit_translation import FieldHasNoEditPanelError, TabHelper, get_segment_location_info

NAMED = 8  # missing pieces named one by one; the rest are counted


@dataclass
class Progress:
    total: int
    translated: int
    missing: list = field(default_factory=list)  # labels of the untranslated pieces, in the editor's order

    @property
    def complete(self):
        return self.translated >= self.total

    @property
    def named(self):
        return self.missing[:NAMED]

    @property
    def more(self):
        return max(len(self.missing) - NAMED, 0)


def translation_of(page):
    """wagtail-localize's translation that `page` is the target of (None for a source page or a hand-made copy)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def progress_of(page):
    """The translation's progress, or None when `page` is not being translated with wagtail-localize."""
    translation = translation_of(page)
    if translation is None:
        return None
    total, translated = translation.get_progress()
    return Progress(total, translated, missing_pieces(translation))


def missing_pieces(translation):
    """A label per string segment without a usable translation: the field (and block) as the editor shows it, and
    the start of the Dutch text."""
    source = translation.source.as_instance()
    tabs = TabHelper(source)
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("context", "string")
        .order_by("order")
    )
    labels = []
    for segment in segments:
        try:
            path = segment.context.get_field_path(source)
            where = get_segment_location_info(source, tabs, segment.context.path, path)
            name = " › ".join(str(part) for part in (where["field"], where["subField"]) if part)
        except (FieldHasNoEditPanelError, LookupError, AttributeError):
            name = segment.context.path
        text = Truncator(segment.string.data).chars(40)
        labels.append(f"{name} (“{text}”)")
    return labels


def pages_to_translate():
    """Live pages of the source language (the Dutch tree) with no translation into the other language yet, or
    whose source changed (published again) since wagtail-localize last synchronised the translation:
    (untranslated, out_of_date), most recently published first; the latter carry `translation_source_id`."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = Locale.objects.exclude(pk=source.pk)
    dutch = Page.objects.live().filter(locale=source, depth__gt=1).order_by("-last_published_at")
    translated_keys = Page.objects.filter(locale__in=targets, alias_of__isnull=True).values("translation_key")
    untranslated = dutch.exclude(translation_key__in=translated_keys)
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        translations__target_locale__in=targets,
        translations__enabled=True,
    )
    out_of_date = (
        dutch.filter(translation_key__in=translated_keys)
        .annotate(synced_at=Subquery(sources.values("last_updated_at")[:1]))
        .annotate(translation_source_id=Subquery(sources.values("pk")[:1]))
        .filter(last_published_at__gt=F("synced_at"))
    )
    return untranslated, out_of_date
