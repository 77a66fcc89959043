"""Admin views for keyword management: merge keywords, remove the unused ones (each after a confirmation)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.log_actions import log

from core.admin_views import AdminView

from . import keywords
from .models import Keyword

LISTING = "wagtailsnippets_themes_taxonomy_keyword:list"


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(
        Keyword.objects.order_by("name"), label=_("Keep this keyword"),
        help_text=_("Every page with one of the keywords below gets this keyword instead."),
    )  # fmt: skip
    merged = forms.ModelMultipleChoiceField(
        Keyword.objects.order_by("name"), label=_("Merge these keywords into it"),
        help_text=_("They are removed once their pages have moved."), widget=forms.SelectMultiple(attrs={"size": 12}),
    )  # fmt: skip

    def clean(self):
        data = super().clean()
        survivor, merged = data.get("survivor"), data.get("merged") or []
        if survivor is None or not merged:
            return data
        if survivor in merged:
            raise forms.ValidationError(_("The keyword you keep cannot also be one that is merged."))
        if any(keyword.language != survivor.language for keyword in merged):
            raise forms.ValidationError(_("Only keywords of the same language can be merged."))
        return data


class KeywordAdminMixin(AdminView):
    header_icon = "tag"


class MergeKeywordsView(KeywordAdminMixin, FormView):
    template_name = "themes_taxonomy/admin/merge_keywords.html"
    form_class = MergeForm
    page_title = _("Merge keywords")
    permissions = ("themes_taxonomy.change_keyword", "themes_taxonomy.delete_keyword")

    def get_initial(self):
        chosen = Keyword.objects.filter(pk__in=[pk for pk in self.request.GET.getlist("id") if pk.isdigit()])
        return {"merged": chosen}

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
        # Only those still unused now: a page may have been tagged since the list was read.
        Keyword.objects.filter(pk__in=[keyword.pk for keyword in removed], tagged_items__isnull=True).delete()
        messages.success(request, gettext("Removed %(count)d unused keywords.") % {"count": len(removed)})
        return redirect(LISTING)
