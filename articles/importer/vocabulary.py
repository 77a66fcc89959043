"""Themes and keywords a text supports, found in the site's own vocabulary (the editor confirms them).

A theme is found by its name, by the short name in its brackets ("Wet medezeggenschap (Wmcz)" is found by "Wmcz"),
or by a keyword that, on the Dutch pages using it, always comes with that theme (used on two pages at least). A
keyword is found by its name. Words are compared as whole words, without case or accents.
"""

import re
from collections import defaultdict

from core import registry
from themes_taxonomy.models import Keyword, TaggedKeyword, Theme
from themes_taxonomy.text import fold

MIN_TERM_CHARS = 3
MIN_PAGES_FOR_A_THEME_KEYWORD = 2


def mentions(folded_text, term):
    term = fold(term)
    return len(term) >= MIN_TERM_CHARS and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", folded_text) is not None


class Vocabulary:
    """The Dutch themes and keywords, read once per export file."""

    def __init__(self, locale):
        self.themes = list(Theme.objects.filter(locale=locale).order_by("order", "name"))
        self.keywords = list(Keyword.objects.filter(language=locale.language_code).order_by("name"))
        self.terms = {theme.pk: self._theme_terms(theme) for theme in self.themes}
        for keyword, theme_id in self._theme_keywords(locale):
            self.terms[theme_id].append(keyword)

    @staticmethod
    def _theme_terms(theme):
        short = re.findall(r"\(([^()]+)\)", theme.name)
        return [theme.name, re.sub(r"\s*\([^()]*\)", "", theme.name), *short]

    def _theme_keywords(self, locale):
        """(keyword name, theme id) for keywords whose every Dutch page carries that theme."""
        pages = defaultdict(set)
        for name, page_id in TaggedKeyword.objects.filter(
            tag__language=locale.language_code, content_object__locale=locale
        ).values_list("tag__name", "content_object_id"):
            pages[name].add(page_id)
        themes_of = defaultdict(set)
        for model in registry.models():
            rows = model.objects.filter(locale=locale, themes__isnull=False).values_list("pk", "themes")
            for page_id, theme_id in rows:
                themes_of[page_id].add(theme_id)
        for name, page_ids in pages.items():
            if len(page_ids) < MIN_PAGES_FOR_A_THEME_KEYWORD:
                continue
            for theme_id in set.intersection(*(themes_of[page_id] for page_id in page_ids)):
                if theme_id in self.terms:
                    yield name, theme_id

    def themes_in(self, text):
        folded = fold(text)
        return [theme for theme in self.themes if any(mentions(folded, term) for term in self.terms[theme.pk])]

    def keywords_in(self, text):
        folded = fold(text)
        return [keyword.name for keyword in self.keywords if mentions(folded, keyword.name)]
