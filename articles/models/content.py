"""The three content types: each adds only its own fields to the shared base."""

from django.db import models
from django.db.models import Case, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import KnowledgePage


class ArticlePage(KnowledgePage):
    """An article from LOC's magazine Zorg en Zeggenschap."""

    edition = models.CharField(_("magazine edition"), max_length=120, blank=True)
    people_quoted = models.CharField(_("people quoted"), max_length=400, blank=True)

    content_panels = KnowledgePage.content_panels + [
        MultiFieldPanel([FieldPanel("edition"), FieldPanel("people_quoted")], heading=_("Magazine")),
        KnowledgePage.taxonomy_panel,
    ]
    translatable_fields = KnowledgePage.translatable_fields + [
        TranslatableField("edition"),
        TranslatableField("people_quoted"),
    ]

    def extra_search_text(self):
        return [self.edition, self.people_quoted]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    template = "articles/article_page.html"

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")


class ModulePage(KnowledgePage):
    """A training module or an advisory, coaching or support traject from LOC's Opleidingsgids."""

    class Kind(models.TextChoices):
        BASISCURSUS = "basiscursus", _("Basic course")
        TRAINING = "trainingsmodule", _("Training module")
        ADVICE = "adviestraject", _("Advisory traject")
        COACHING = "coachingstraject", _("Coaching traject")
        SUPPORT = "ondersteuningstraject", _("Support traject")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.TRAINING)
    guide_section = models.CharField(_("guide section"), max_length=200, blank=True)
    duration = models.CharField(_("duration"), max_length=200, blank=True, help_text=_("As the guide words it."))
    target_group = models.CharField(_("target group"), max_length=250, blank=True)

    content_panels = KnowledgePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("guide_section"), FieldPanel("duration"), FieldPanel("target_group")],
            heading=_("Opleidingsgids"),
        ),
        KnowledgePage.taxonomy_panel,
    ]
    translatable_fields = KnowledgePage.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("guide_section"),  # the Dutch guide's own heading; the importer reads it
        TranslatableField("duration"),
        TranslatableField("target_group"),
    ]

    @classmethod
    def guidance_order(cls):
        """How a theme page orders modules and trajects: by kind in the order of `Kind`, which is the order a council
        takes them up (the basic course where every new member starts, then training modules on one subject, then
        the trajects from a single advice through coaching to lasting support), then by title."""
        kinds = [When(kind=kind, then=Value(rank)) for rank, kind in enumerate(cls.Kind.values)]
        return (Case(*kinds, default=Value(len(kinds))), "title")

    def extra_search_text(self):
        return [self.get_kind_display(), self.guide_section, self.duration, self.target_group]

    parent_page_types = ["articles.ModuleIndexPage"]
    subpage_types = []
    template = "articles/module_page.html"

    class Meta:
        verbose_name = _("module or traject")
        verbose_name_plural = _("modules and trajects")


class PracticalExamplePage(KnowledgePage):
    """A practical example (praktijkvoorbeeld): what a council did and what it brought."""

    organisation = models.CharField(_("council or organisation"), max_length=250, blank=True)
    what_they_did = models.TextField(_("what they did"), blank=True)
    what_it_brought = models.TextField(_("what it brought"), blank=True)
    source_article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("from the article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practical_examples",
    )

    content_panels = KnowledgePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("what_they_did"),
                FieldPanel("what_it_brought"),
                FieldPanel("source_article"),
            ],
            heading=_("Practical example"),
        ),
        KnowledgePage.taxonomy_panel,
    ]
    translatable_fields = KnowledgePage.translatable_fields + [
        TranslatableField("organisation"),
        TranslatableField("what_they_did"),
        TranslatableField("what_it_brought"),
        TranslatableField("source_article"),  # leads to the article's translation
    ]

    def extra_search_text(self):
        return [self.organisation, self.what_they_did, self.what_it_brought]

    parent_page_types = ["articles.PracticalExampleIndexPage"]
    subpage_types = []
    template = "articles/practical_example_page.html"

    class Meta:
        verbose_name = _("practical example")
        verbose_name_plural = _("practical examples")
