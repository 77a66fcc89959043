"""The shared vocabulary (themes, care sectors, keywords) and the pages that browse by it."""

from django.conf import settings
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .text import fold, split_lines


class Theme(TranslatableMixin, index.Indexed, models.Model):
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
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["order", "name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)

    def covers_section(self, section):
        """True when this theme lists the guide section (compared without case, accents or apostrophe style)."""
        return fold(section) in {fold(line) for line in split_lines(self.guide_sections)}


class Sector(TranslatableMixin, models.Model):
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

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)

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


class ThemeIndexPage(RoutablePageMixin, Page):
    """The overview of all themes (with counts) and, under it, one page per theme."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("theme overview")

    @path("")
    def overview(self, request):
        from . import browse  # imported here: browse needs the content models, which import this module

        return self.render(request, context_overrides={"themes": browse.cached_theme_tree(self.locale_id)})

    @path("<slug:slug>/")
    def theme(self, request, slug):
        from . import browse
        from .forms import SectorFilterForm

        theme = get_object_or_404(Theme.objects.select_related("parent"), locale_id=self.locale_id, slug=slug)
        form = SectorFilterForm(request.GET or None, locale_id=self.locale_id)
        filters = {"themes": theme, **({"sectors__slug": form.chosen_sector} if form.chosen_sector else {})}
        response = self.render(
            request,
            template="themes_taxonomy/theme_page.html",
            context_overrides={"theme": theme, "groups": browse.items_by_type(self.locale_id, **filters),
                               "filter_form": form},
        )  # fmt: skip
        if form.errors:
            response.status_code = 400
        return response

    @path("<slug:slug>/rss/", name="theme_rss")
    def theme_rss(self, request, slug):
        from articles.feeds import RssFeed

        return RssFeed()(request, spec=self.feed_spec(request, slug))

    @path("<slug:slug>/atom/", name="theme_atom")
    def theme_atom(self, request, slug):
        from articles.feeds import AtomFeed

        return AtomFeed()(request, spec=self.feed_spec(request, slug))

    def feed_spec(self, request, slug):
        """A theme's feed: the newest items carrying it, of every content type."""
        from articles.feeds import FEED_SIZE, theme_feed

        from . import browse

        theme = get_object_or_404(Theme, locale_id=self.locale_id, slug=slug)
        return theme_feed(self, theme, browse.newest(self.locale_id, FEED_SIZE, themes=theme), request)


class KeywordIndexPage(RoutablePageMixin, Page):
    """All keywords with how often they are used and, under it, one page per keyword."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("keyword overview")

    @path("")
    def overview(self, request):
        from . import browse

        return self.render(request, context_overrides={"keywords": browse.keyword_counts(self.locale_id)})

    @path("<slug:slug>/")
    def keyword(self, request, slug):
        from . import browse

        keyword = get_object_or_404(Keyword, slug=slug)
        return self.render(
            request,
            template="themes_taxonomy/keyword_page.html",
            context_overrides={
                "keyword": keyword,
                "groups": browse.items_by_type(self.locale_id, tagged_keywords__tag=keyword),
            },
        )
