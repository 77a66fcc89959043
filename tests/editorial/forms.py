"""The admin's page form as an editor's browser posts it, for tests that edit through HTTP."""

MANAGEMENT = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}
OWN_FIELDS = {
    "articlepage": ["edition", "people_quoted"],
    "modulepage": ["kind", "guide_section", "duration", "target_group"],
    "practicalexamplepage": ["organisation", "what_they_did", "what_it_brought"],
}


def page_form_data(page, **changes):
    """The fields of a knowledge page's edit form, filled from `page`, with `changes` applied."""
    page = page.specific
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body-count": "0",
        "themes": [theme.pk for theme in page.themes.all()],
        "sectors": [sector.pk for sector in page.sectors.all()],
        "keywords": ", ".join(tag.name for tag in page.keywords.all()),
        "publication_date": page.publication_date.isoformat(),
        "seo_title": "",
        "search_description": "",
        **{f"path_links-{key}": value for key, value in MANAGEMENT.items()},
        **{f"comments-{key}": value for key, value in MANAGEMENT.items()},
    }
    for name in OWN_FIELDS[page._meta.model_name]:
        data[name] = getattr(page, name) or ""
    if getattr(page, "source_article_id", None):
        data["source_article"] = page.source_article_id
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
