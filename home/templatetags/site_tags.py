"""Template tags for the site chrome: main navigation, breadcrumbs, the language switcher and hreflang links."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from core.visibility import visible
from home import languages
from home.models import FooterText

register = template.Library()


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    current = context.get("page")
    site = Site.find_for_request(request)
    items = []
    if site:
        home = site.root_page.localized
        sections = visible(home.get_children().in_menu())
        items = list(sections.only("id", "title", "url_path", "path", "depth", "locale_id"))
        for item in items:
            item.is_current = bool(current) and current.path.startswith(item.path)
        items.insert(0, home)
        home.is_current = bool(current) and current.pk == home.pk
    return {"items": items, "request": request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, label=None, url=None):
    """Ancestors of `page` below the tree root, then `page`, then the item a routed view adds (label, url)."""
    crumbs = [(ancestor.title, ancestor.url) for ancestor in page.get_ancestors().filter(depth__gt=1)]
    crumbs.append((page.title, page.url))
    if label:
        crumbs.append((label, url))
    return {"crumbs": crumbs if len(crumbs) > 1 else []}


def _routed(context):
    """The theme or keyword a routed view shows (it has a counterpart in the other language), or None."""
    for name in ("theme", "keyword"):
        item = context.get(name)
        if item is not None and hasattr(context.get("page"), "reverse_subpage"):
            return (name, item)
    return None


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    links = languages.switcher(request, context.get("page"), _routed(context), current=get_language())
    return {"links": links}


@register.inclusion_tag("components/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """The notice on a home page reached from a page without a translation, with the way back to that page."""
    request = context["request"]
    shown = languages.MISSING in request.GET
    came_from = languages.origin(request) if shown else None
    return {"shown": shown, "origin": came_from and came_from[0], "back_url": came_from and came_from[1]}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    return {"links": languages.hreflang(context["request"], context.get("page"), _routed(context))}


@register.simple_tag
def footer_text():
    return FooterText.for_language(get_language())
