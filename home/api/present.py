"""Pages and vocabulary as the content API shows them (dicts in the shapes of schemas.py).

Addresses are absolute (a council's portal links to them); themes, keywords and sectors carry their slug beside
their name, so a client can feed them back as filters. Translations, the example's source article and related items
are only ever visible pages (core.visibility; related items through search.related, which asks it too).
"""

from django.urls import reverse
from django.utils import translation

from articles.models import ModulePage, PracticalExamplePage
from core import locales, registry
from core.visibility import visible
from search.related import cached_related


def absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def api_url(request, name, **kwargs):
    return request.build_absolute_uri(reverse(f"api-v1:{name}", kwargs=kwargs))


def terms(items):
    return [{"slug": item.slug, "name": item.name} for item in items]


def link(request, page):
    return {"id": page.pk, "type": page.kind_code, "title": page.title, "url": absolute(request, page.get_url(request))}


def module(page):
    if not isinstance(page, ModulePage):
        return None
    return {"kind": page.kind, "kind_label": str(page.get_kind_display()), "duration": page.duration,
            "guide_section": page.guide_section, "target_group": page.target_group}  # fmt: skip


def summary(request, page):
    """What a list shows of a page (its taxonomy prefetched: search.results.prefetch_taxonomy)."""
    language = locales.language_of(page.locale_id)
    with translation.override(language):
        return {
            "id": page.pk,
            "type": page.kind_code,
            "type_label": str(registry.get(page.kind_code).label),
            "language": language,
            "title": page.title,
            "intro": page.intro,
            "url": absolute(request, page.get_url(request)),
            "api_url": api_url(request, "api_page", id=page.pk),
            "publication_date": page.publication_date,
            "first_published_at": page.first_published_at,
            "last_published_at": page.last_published_at,
            "themes": terms(page.themes.all()),
            "keywords": terms(sorted(page.keywords.all(), key=lambda tag: tag.name.casefold())),
            "sectors": terms(page.sectors.all()),
            "module": module(page),
        }


def example(request, page):
    if not isinstance(page, PracticalExamplePage):
        return None
    source = None
    if page.source_article_id:
        source = visible(type(page.source_article).objects, locale_id=page.locale_id).filter(
            pk=page.source_article_id
        ).first()  # fmt: skip
    return {
        "organisation": page.organisation,
        "what_they_did": page.what_they_did,
        "what_it_brought": page.what_it_brought,
        "source_article": link(request, source) if source is not None else None,
    }


def translations(request, page):
    others = visible(type(page).objects.filter(translation_key=page.translation_key).exclude(pk=page.pk))
    return [
        {"language": locales.language_of(other.locale_id), "url": absolute(request, other.get_url(request)),
         "api_url": api_url(request, "api_page", id=other.pk)}
        for other in others.order_by("locale_id")
    ]  # fmt: skip


def detail(request, page):
    data = summary(request, page)
    with translation.override(data["language"]):
        body = page.body.render_as_block(context={"request": request, "page": page})
        related = [
            {"id": card.pk, "type": card.kind, "title": card.title, "url": absolute(request, card.url)}
            for card in cached_related(page)
        ]
    return {**data, "body": str(body), "example": example(request, page),
            "translations": translations(request, page), "related": related}  # fmt: skip


def term(request, item, count, kind, site_base, language):
    """A theme, keyword or sector with its count; `site_base` is the address of its overview page, if any."""
    parent = getattr(item, "parent", None)
    return {
        "slug": item.slug,
        "name": item.name,
        "description": getattr(item, "description", ""),
        "parent": parent.slug if parent is not None else None,
        "count": count,
        "url": absolute(request, f"{site_base}{item.slug}/") if site_base else None,
        "pages_url": api_url(request, "api_pages") + f"?lang={language}&{kind}={item.slug}",
    }
