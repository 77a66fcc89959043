"""The shared vocabulary: themes, care sectors and keywords (with their links to pages)."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..text import fold, split_lines


class Term:
    """What themes and sectors share: shown by name, and a slug made from the name when an editor leaves it empty."""

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)


class Theme(Term, TranslatableMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=False)
    description = models.TextField(_("short description"), blank=True, max_length=400)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    guide_sections = models.TextField(
        _("Opleidingsgids sections"),
        blank=True,
        help_text=_(
            "One section of the Opleidingsgids per line. The importer gives every module of these sections this theme."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("parent"),
        FieldPanel("order"),
        FieldPanel("guide_sections"),
        InlinePanel("path_links", heading=_("Learning path"), label=_("Page pinned or left out")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    # wagtail-localize: words are translated; order and the importer's section mapping stay as in the Dutch source.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("description"),
        TranslatableField("parent"),
        SynchronizedField("order"),
        SynchronizedField("guide_sections"),
        SynchronizedField("path_links"),  # pages of the Dutch source; search/paths.py reads their translations
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["order", "name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")]

    def covers_section(self, section):
        """True when this theme lists the guide section (compared without case, accents or apostrophe style)."""
        return fold(section) in {fold(line) for line in split_lines(self.guide_sections)}


class Sector(Term, TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    description = models.TextField(_("short description"), blank=True, max_length=400)
    aliases = models.TextField(
        _("other names"),
        blank=True,
        help_text=_("One per line: words texts use for this sector, e.g. 'verpleeghuizen'. Used by the importer."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("aliases"),
        FieldPanel("order"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("description"),
        SynchronizedField("aliases"),  # the words Dutch exports use; the importer reads them
        SynchronizedField("order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("care sector")
        verbose_name_plural = _("care sectors")
        ordering = ["order", "name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_sector_slug_per_locale")]

    def labels(self):
        """Every folded word that names this sector: its name, slug and aliases."""
        return {fold(self.name), fold(self.slug)} | {fold(alias) for alias in split_lines(self.aliases)}


class Keyword(TagBase):
    """A keyword (trefwoord), shared by articles, modules and practical examples.

    One vocabulary per language: every keyword has a language, and `equivalent` links it to the keyword with the same
    meaning in the other language ("achterban" and "people you represent"). Translated pages get the equivalent of
    each keyword of their source page (articles.models.base.KnowledgePage.localize_taxonomy).
    """

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="nl")
    equivalent = models.ForeignKey(
        "self",
        verbose_name=_("same meaning in the other language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    free_tagging = True
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("language"), FieldPanel("equivalent")]

    class Meta:
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        ordering = ["name"]

    def get_translation_or_none(self, locale):
        """The keyword with the same meaning in `locale`'s language (this one when it is in that language)."""
        code = locale.language_code
        if self.language == code:
            return self
        if self.equivalent_id and self.equivalent.language == code:
            return self.equivalent
        return Keyword.objects.filter(equivalent=self, language=code).first()

    def claim_language(self, page):
        """A keyword first used on a page of another language (typed on an English page) takes that language."""
        code = page.locale.language_code
        if self.pk is None or self.language == code:
            return
        if not TaggedKeyword.objects.filter(tag=self).exclude(content_object__locale_id=page.locale_id).exists():
            self.language = code
            self.save(update_fields=["language"])


class TaggedKeyword(ItemBase):
    """Links a keyword to any page of the knowledge base; keyed on Page so all content types share it."""

    tag = models.ForeignKey(Keyword, related_name="tagged_items", on_delete=models.CASCADE)
    content_object = ParentalKey("wagtailcore.Page", related_name="tagged_keywords", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("keyword link")
        verbose_name_plural = _("keyword links")
        constraints = [models.UniqueConstraint(fields=["tag", "content_object"], name="unique_keyword_per_page")]
