"""Turning a SearchResponse into what the page and the API show: labels for facets, JSON for results."""

import difflib

from django.utils.translation import gettext_lazy as _

from core import cache, registry, visibility
from themes_taxonomy.browse import used_keywords, used_themes
from themes_taxonomy.text import fold

from . import stopwords
from .cards import labels


def facet_labels(locale_id):
    return {"type": {ct.code: ct.plural_label for ct in registry.content_types()}, **labels(locale_id)}


HEADINGS = {"type": _("Type"), "theme": _("Theme"), "keyword": _("Keyword"), "sector": _("Sector")}


def toggle_link(querydict, name, value):
    """The query string with `value` added to or removed from the filter `name`, back on page 1, landing on the
    results (a phone shows the filters above them)."""
    params = querydict.copy()
    params.pop("page", None)
    values = params.getlist(name)
    params.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    return "?" + params.urlencode() + "#results"


def alert_search(querydict, response):
    """The query string an e-mail alert follows: the search whose results the page shows (a correction's, if it shows
    those)."""
    params = querydict.copy()
    if response.corrected:
        params["q"] = response.corrected
    return params.urlencode()


def chosen_filters(params, labels, querydict):
    """[(heading, label, href)] for each filter in force, href removing it: shown beside the results as chips."""
    return [
        (HEADINGS[name], labels[name].get(value, value), toggle_link(querydict, name, value))
        for name, values in params.filters().items()
        for value in values
    ]


def facet_groups(response, labels, querydict):
    """[(heading, [(label, count, selected, href)])] for the facet links, biggest counts first."""
    selected = response.params.filters()
    groups = []
    for name, counts in response.facets.items():
        options = [
            (labels[name][value], count, value in selected[name], toggle_link(querydict, name, value))
            for value, count in sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
            if value in labels[name]
        ]
        if options:
            groups.append((HEADINGS[name], options[:12]))
    return groups


def hit_json(hit):
    card = hit.card
    return {
        "title": card.title,
        "url": card.url,
        "type": card.kind,
        "intro": card.intro,
        "themes": [{"slug": slug, "name": name} for slug, name in card.themes],
        "keywords": [name for _, name in card.keywords],
        "sectors": [name for _, name in card.sectors],
        # Added beside the names above (kept for existing clients): the slugs a client feeds back as filters.
        "id": card.pk,
        "keyword_terms": [{"slug": slug, "name": name} for slug, name in card.keywords],
        "sector_terms": [{"slug": slug, "name": name} for slug, name in card.sectors],
        "date": card.date,
        "highlight": hit.highlight,
        "promoted": hit.promoted,
    }


def did_you_mean(query, locale_id, every_word=False):
    """A close spelling from what a reader may see (the names of themes and keywords that visible pages use, and the
    titles of visible pages) for a query that found nothing. `every_word`: only if each word that is not a stop word
    is one of those words or close to one (the search service then shows the correction's results at once; a query
    about something the site does not have must not turn into one about something it has). A query of stop words and
    short words only has nothing to correct."""
    stop, asked = stopwords.DUTCH | stopwords.ENGLISH, fold(query).split()
    if not any(len(word) > 3 and word not in stop for word in asked):
        return ""
    words = vocabulary(locale_id)
    suggestion = []
    for word in asked:
        close = difflib.get_close_matches(word, words, n=1, cutoff=0.75)
        if every_word and not close and len(word) > 3 and word not in stop:
            return ""
        suggestion.append(close[0] if close else word)
    suggestion = " ".join(suggestion)
    return suggestion if suggestion != fold(query) else ""


def vocabulary(locale_id):
    """The words (longer than three letters, folded) of the names and titles `did_you_mean` corrects to; read once per
    language until its lists change: read for every search that found nothing, they took 3 s at 200,000 items."""
    return cache.remember("vocabulary", str(locale_id), lambda: _words(locale_id), tags=[cache.lists_of(locale_id)])


def _words(locale_id):
    names = list(used_themes(locale_id).values_list("name", flat=True))
    names += list(used_keywords(locale_id=locale_id).values_list("name", flat=True))
    names += list(visibility.content(locale_id=locale_id).values_list("title", flat=True))
    return sorted({word for name in names for word in fold(name).replace(":", " ").split() if len(word) > 3})
