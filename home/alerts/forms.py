"""The subscribe, links and manage forms. What a parameter may be is core.params' (search.params' for a search)."""

from django import forms
from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core import locales, params
from search.params import QueryError
from search.params import parse as parse_search
from themes_taxonomy.browse import used_sectors, used_themes
from themes_taxonomy.models import Sector, Theme

from .models import Subscription

KINDS = {"theme": Theme, "sector": Sector}
USED = {"theme": used_themes, "sector": used_sectors}


def topic_choices(language):
    """The themes and care sectors a visible page of this language uses, as ("theme:<slug>", name) in two groups."""
    locale_id = locales.locale_id_for(language)
    return [
        (_("Themes"), [(f"theme:{t.slug}", t.name) for t in used_themes(locale_id).order_by("order", "name")]),
        (_("Care sectors"), [(f"sector:{s.slug}", s.name) for s in used_sectors(locale_id).order_by("order", "name")]),
    ]


def parse_topic(value, language):
    """("theme" or "sector", the term) for "theme:<slug>" of a term the form offers; ParamError for anything else."""
    kind, _sep, slug = (value or "").partition(":")
    params.choice(kind, KINDS, "topic", None)
    slug = params.slug(slug, "topic")
    locale_id = locales.locale_id_for(language)
    offered = USED[kind](locale_id)  # what the form offers: used by a visible page
    # A slug of the other language (the language switcher keeps the query string) stands for its translation.
    keys = KINDS[kind].objects.filter(slug=slug).values("translation_key")
    term = offered.filter(translation_key__in=keys, locale_id=locale_id).first()
    if term is None:
        raise params.ParamError(_("Unknown value for %(name)s: %(value)s") % {"name": "topic", "value": slug[:40]})
    return kind, term


def preselected_topic(value, language):
    """The form's choice for a topic link ("theme:<slug>"), or "" for a theme or sector that no visible page of this
    language uses (the language switcher carries the other language's topic along): the reader then chooses."""
    kind, _sep, slug = (value or "").partition(":")
    params.choice(kind, KINDS, "topic", None)
    if not KINDS[kind].objects.filter(slug=params.slug(slug, "topic")).exists():
        raise params.ParamError(_("Unknown value for %(name)s: %(value)s") % {"name": "topic", "value": slug[:40]})
    try:
        kind, term = parse_topic(value, language)
    except params.ParamError:
        return ""
    return f"{kind}:{term.slug}"


def parse_saved_search(value, language):
    """The search page's query string, checked by the search page's own parser; returned as it came."""
    if not value:
        return ""
    if len(value) > 1000:
        raise params.ParamError(_("This search is too long to save."))
    parse_search(QueryDict(value), default_language=language)  # raises QueryError (a ParamError)
    return value


def search_words(value, language):
    """The words of a saved search, to show on the form ("" when it has none, or is not valid)."""
    try:
        return parse_search(QueryDict(value), default_language=language).query
    except QueryError:
        return ""


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    topic = forms.ChoiceField(label=_("Theme or care sector"), required=False)
    search = forms.CharField(widget=forms.HiddenInput, required=False)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Subscription.Frequency.choices, widget=forms.RadioSelect,
        initial=Subscription.Frequency.DAILY,
    )  # fmt: skip
    language = forms.ChoiceField(label=_("Language of the messages"), choices=settings.LANGUAGES,
                                 widget=forms.RadioSelect)  # fmt: skip
    consent = forms.BooleanField(
        label=_("I agree that the Kennisbank keeps my e-mail address to send me these messages, until I unsubscribe."),
        error_messages={"required": _("Tick this box to receive the messages.")},
    )

    def __init__(self, *args, page_language, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.page_language = page_language
        self.fields["topic"].choices = [("", _("Choose a theme or care sector")), *topic_choices(page_language)]
        self.fields["language"].initial = page_language

    def clean_search(self):
        try:
            return parse_saved_search(self.cleaned_data["search"], self.page_language)
        except QueryError as error:
            raise forms.ValidationError(str(error)) from error

    def clean(self):
        data = super().clean()
        if data.get("search"):
            data["kind"], data["term"] = Subscription.Kind.SEARCH, None
        elif data.get("topic"):
            data["kind"], data["term"] = parse_topic(data["topic"], self.page_language)
        elif "topic" not in self.errors:
            self.add_error("topic", _("Choose a theme or care sector."))
        return data


class LinksForm(forms.Form):
    """The form "Mail me the links to my alerts": only an address."""

    email = forms.EmailField(
        label=_("Your e-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)


class ManageForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    class Meta:
        model = Subscription
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
        labels = {"frequency": _("How often")}
