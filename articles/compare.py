"""Readable revision comparisons for our pages' fields (Wagtail's `wagtail.admin.compare`).

Wagtail compares blocks it has no comparison for by their `str()`: a yes/no choice reads "True" or "False" (and
"NoneFalse" when an image is first chosen), a heading level reads "h2". Its ImageBlock leaves its chooser unlabelled,
so the editor and the comparison say "Image" in English. Keywords compare by slug, dates in ISO form. The blocks
below name their comparison (`get_comparison_class`, Wagtail's hook for blocks) and the fields are registered with
`register_comparison_class` (its hook for model fields): values read as the editor chose them, in the admin's language.
"""

from django.db import models
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail import blocks
from wagtail.admin.compare import (
    BlockComparison,
    FieldComparison,
    TagsFieldComparison,
    TextDiff,
    register_comparison_class,
)
from wagtail.images.blocks import ImageBlock as WagtailImageBlock


def diff(text_a, text_b):
    if text_a == text_b:
        return escape(text_a)
    return TextDiff([("deletion", text_a), ("addition", text_b)]).to_html()


class ReadableBlockComparison(BlockComparison):
    """Compares what the editor saw (`display`), not the stored value."""

    def display(self, value):
        raise NotImplementedError

    def has_changed(self):
        return self.display(self.val_a) != self.display(self.val_b)

    def htmlvalue(self, val):
        return escape(self.display(val))

    def htmldiff(self):
        return diff(self.display(self.val_a), self.display(self.val_b))


class YesNoComparison(ReadableBlockComparison):
    def display(self, value):
        return gettext("Yes") if value else gettext("No")  # None (no image chosen yet) reads as "No", like False


class ChoiceComparison(ReadableBlockComparison):
    def display(self, value):
        return str(dict(self.block.field.choices).get(value, value or ""))


class BooleanBlock(blocks.BooleanBlock):
    canonical_module_path = "wagtail.blocks.BooleanBlock"  # migrations see Wagtail's block: this only adds a comparison

    def get_comparison_class(self):
        return YesNoComparison


class ChoiceBlock(blocks.ChoiceBlock):
    canonical_module_path = "wagtail.blocks.ChoiceBlock"

    def get_comparison_class(self):
        return ChoiceComparison


class ImageBlock(WagtailImageBlock):
    """Wagtail's ImageBlock (image, alt text or 'decorative') with its chooser labelled and 'decorative' readable.
    It deconstructs as Wagtail's own block, so migrations do not change."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        self.child_blocks["image"].label = _("Image")
        decorative = BooleanBlock(default=False, required=False, label=self.child_blocks["decorative"].label)
        decorative.set_name("decorative")
        self.child_blocks["decorative"] = decorative


class DateComparison(FieldComparison):
    def display(self, value):
        return date_format(value) if value else ""

    def htmldiff(self):
        return diff(self.display(self.val_a), self.display(self.val_b))


class KeywordsComparison(TagsFieldComparison):
    def get_item_display(self, tag):
        return tag.name  # Wagtail shows the slug: "sociale-media" for "sociale media"


register_comparison_class(models.DateField, comparison_class=DateComparison, exact_class=True)
register_comparison_class(ClusterTaggableManager, comparison_class=KeywordsComparison)
