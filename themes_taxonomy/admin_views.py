"""Admin views for keyword management: merge keywords, remove the unused ones (each after a confirmation)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.log_actions import log

from core.admin_views import AdminView

from . import keywords
from .models import Keyword

LISTING = "wagtailsnippets_themes_taxonomy_keyword:list"


class KeywordChoice:
    """Each keyword offered with how often it is used: "vrijwilligers (12 pagina's)"."""

    def label_from_instance(self, keyword):
        return ngettext("%(name)s (%(count)d page)", "%(name)s (%(count)d pages)", keyword.usage) % {
            "name": keyword.name, "count": keyword.usage}  # fmt: skip


class KeywordChoiceField(KeywordChoice, forms.ModelChoiceField):
    pass


class KeywordMultipleChoiceField(KeywordChoice, forms.ModelMultipleChoiceField):
    pass


class LanguageForm(forms.Form):
    """The merge chooser's filter: one vocabulary per language, so a merge offers the keywords of one language."""

    language = forms.ChoiceField(label=_("Language of the keywords"), choices=settings.LANGUAGES)


class MergeForm(LanguageForm):
    survivor = KeywordChoiceField(
        Keyword.objects.none(), label=_("Keep this keyword"),
        help_text=_("Every page with one of the keywords below gets this keyword instead."),
    )  # fmt: skip
    merged = KeywordMultipleChoiceField(
        Keyword.objects.none(), label=_("Merge these keywords into it"),
        help_text=_("They are removed once their pages have moved."), widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].widget = forms.HiddenInput()  # chosen in the filter above the form
        self.fields["language"].required = False  # the view falls back to the language of ?id= or Dutch
        choices = keywords.with_usage(Keyword.objects.filter(language=language)).order_by("name")
        self.fields["survivor"].queryset = self.fields["merged"].queryset = choices

    def clean(self):
        data = super().clean()
        survivor, merged = data.get("survivor"), data.get("merged") or []
        if survivor is not None and survivor in merged:
            raise forms.ValidationError(_("The keyword you keep cannot also be one that is merged."))
        return data


class KeywordAdminMixin(AdminView):
    header_icon = "tag"


class MergeKeywordsView(KeywordAdminMixin, FormView):
    template_name = "themes_taxonomy/admin/merge_keywords.html"
    form_class = MergeForm
    page_title = _("Merge keywords")
    permissions = ("themes_taxonomy.change_keyword", "themes_taxonomy.delete_keyword")

    def language(self):
        """The language chosen in the filter (GET) or posted with the form; else that of the keywords in ?id=."""
        chosen = self.request.POST.get("language") or self.request.GET.get("language")
        if chosen in dict(settings.LANGUAGES):
            return chosen
        first = Keyword.objects.filter(pk__in=self.chosen_ids()).first()
        return first.language if first else settings.LANGUAGE_CODE

    def chosen_ids(self):
        return [pk for pk in self.request.GET.getlist("id") if pk.isdigit()]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "language": self.language()}

    def get_initial(self):
        return {"language": self.language(), "merged": Keyword.objects.filter(pk__in=self.chosen_ids())}

    def get_context_data(self, **kwargs):
        language_form = LanguageForm(initial={"language": self.language()}, auto_id="filter_%s")
        return super().get_context_data(language_form=language_form, **kwargs)

    def form_valid(self, form):
        survivor, merged = form.cleaned_data["survivor"], list(form.cleaned_data["merged"])
        pages = keywords.merge(survivor, merged, user=self.request.user)
        messages.success(self.request, gettext("Merged %(names)s into '%(survivor)s' on %(count)d pages.") % {
            "names": ", ".join(f"'{keyword.name}'" for keyword in merged), "survivor": survivor.name,
            "count": len(pages)})  # fmt: skip
        return redirect(LISTING)


class RemoveUnusedKeywordsView(KeywordAdminMixin, TemplateView):
    template_name = "themes_taxonomy/admin/remove_unused_keywords.html"
    page_title = _("Remove unused keywords")
    permissions = ("themes_taxonomy.delete_keyword",)

    def get_context_data(self, **kwargs):
        return super().get_context_data(unused=keywords.unused().order_by("name"), **kwargs)

    def post(self, request):
        removed = list(keywords.unused())
        for keyword in removed:
            log(instance=keyword, action="wagtail.delete", user=request.user)
        # Only those still unused now (keywords.unused: pages, drafts, revisions and collections), read again.
        Keyword.objects.filter(pk__in=[keyword.pk for keyword in removed]).exclude(pk__in=keywords.used_ids()).delete()
        messages.success(request, gettext("Removed %(count)d unused keywords.") % {"count": len(removed)})
        return redirect(LISTING)
