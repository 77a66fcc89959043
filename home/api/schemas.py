"""The shapes the content API answers with: pydantic schemas, which django-ninja turns into the OpenAPI document."""

import datetime

from ninja import Schema


class Error(Schema):
    error: str


class Term(Schema):
    """A theme, keyword or care sector as a page carries it: the slug a client feeds back as a filter."""

    slug: str
    name: str


class Link(Schema):
    id: int
    type: str
    title: str
    url: str


class Translation(Schema):
    language: str
    url: str
    api_url: str


class Module(Schema):
    """What the Opleidingsgids says about a module or traject."""

    kind: str
    kind_label: str
    duration: str
    guide_section: str
    target_group: str


class Example(Schema):
    organisation: str
    what_they_did: str
    what_it_brought: str
    source_article: Link | None


class PageSummary(Schema):
    id: int
    type: str
    type_label: str
    language: str
    title: str
    intro: str
    url: str
    api_url: str
    publication_date: datetime.date | None
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    themes: list[Term]
    keywords: list[Term]
    sectors: list[Term]
    module: Module | None = None


class PageDetail(PageSummary):
    body: str  # HTML
    example: Example | None = None
    translations: list[Translation]
    related: list[Link]


class PageList(Schema):
    count: int
    page: int
    pages: int
    next: str | None
    previous: str | None
    results: list[PageSummary]


class TermDetail(Schema):
    """A theme, keyword or care sector that at least one visible page uses, with how many do."""

    slug: str
    name: str
    description: str
    parent: str | None  # a sub-theme's parent theme (slug); None elsewhere
    count: int
    url: str | None  # its page on the site (themes and keywords; sectors have none)
    pages_url: str  # the API's list of its pages


class TermList(Schema):
    count: int
    results: list[TermDetail]
