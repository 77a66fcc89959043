"""Template tags of the search layer, so that page templates show learning paths without the models importing
search."""

from django import template

from core import registry

from ..paths import cached_page_sections, cached_theme_path

register = template.Library()


@register.simple_tag
def learning_path(page):
    """A content page's learning path sections: [{"code", "heading", "cards"}] (cached; see search/paths.py)."""
    return [{"code": code, "heading": registry.get(code).path_heading, "cards": cards}
            for code, cards in cached_page_sections(page) if code in registry.codes()]  # fmt: skip


@register.simple_tag
def theme_path(theme):
    """A theme's learning path, where to start first: [Card] (cached; see search/paths.py)."""
    return cached_theme_path(theme)
