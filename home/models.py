"""The home page and the site-wide settings (LOC's Vraagbaak contact details in the footer)."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.snippets.models import register_snippet

from core import cache

from .front import home_context


class HomePage(cache.CachedPage, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_modules", label=_("Featured modules and trajects"), max_num=6),
    ]
    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Route to a section page kept in the cache (cleared on publish), instead of two queries per request."""
        if path_components:
            slug = path_components[0]
            child = cache.remember(
                "section", f"{self.pk}:{slug}", lambda: self._section(slug), tags=[cache.lists_of(self.locale_id)]
            )
            if child is None:
                raise Http404
            child._cached_parent_obj = self
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _section(self, slug):
        child = self.get_children().live().filter(slug=slug).first()
        return child.specific if child is not None else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self))
        return context


class HomeFeaturedModule(Orderable):
    home = ParentalKey(HomePage, related_name="featured_modules", on_delete=models.CASCADE)
    module = models.ForeignKey(
        "articles.ModulePage", verbose_name=_("module or traject"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("module")]


@register_setting(icon="mail")
class SiteSettings(BaseSiteSetting):
    """Footer contact details that are the same in every language, editable under Settings (the words of the footer
    are a translatable snippet: FooterText)."""

    organisation = models.CharField(_("organisation"), max_length=120, default="LOC Waardevolle zorg")
    vraagbaak_phone = models.CharField(_("Vraagbaak phone number"), max_length=40, blank=True)
    vraagbaak_email = models.EmailField(_("Vraagbaak email address"), blank=True)
    address = models.TextField(_("postal address"), blank=True)

    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("vraagbaak_phone"), FieldPanel("vraagbaak_email")], heading=_("Vraagbaak")),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def phone_href(self):
        return "tel:" + "".join(char for char in self.vraagbaak_phone if char.isdigit() or char == "+")


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The footer's words, one per language: translated with wagtail-localize like any snippet."""

    vraagbaak_hours = models.CharField(_("Vraagbaak opening hours"), max_length=120, blank=True)
    about = models.TextField(_("about this site"), blank=True, max_length=500)

    panels = [FieldPanel("vraagbaak_hours"), FieldPanel("about")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_language(cls, language):
        """The footer text of `language`, or None until it is translated (never another language's words)."""
        return cls.objects.filter(locale__language_code=language).first()
