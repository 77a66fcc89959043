"""Builds the pages of the visibility matrix: for every hidden state, hidden pages and visible control pages that
share their themes, keyword, sector and words, in Dutch and English.

Per state and language:
- `control[type]`: a visible article, module and practical example with the state's token, theme, keyword, sector;
- `hidden[type]`: the same, in the hidden state, plus the secret (title, intro, slug) and a keyword, theme and
  sector that only hidden pages use;
- `anchor`: a visible Dutch article whose English translation is in the hidden state (so the Dutch page's language
  alternates, switcher and sitemap entry must not name it); `anchor["en"]` is that hidden translation;
- `collection`: a collection selecting the state's shared keyword, with its RSS and Atom feeds.
Both home pages feature the state's control and hidden module, and a search promotion for `state.promo` promotes
the control and the hidden article.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, User
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    CollectionPage,
    ModuleIndexPage,
    ModulePage,
    PracticalExampleIndexPage,
    PracticalExamplePage,
)
from home.models import HomeFeaturedModule
from home.structure import ensure_site_structure, section
from search.indexing import in_one_go
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory
from themes_taxonomy.models import Keyword, KeywordIndexPage, Sector, Theme, ThemeIndexPage

from .states import LANGUAGES, STATES, TYPES

PASSWORD = "zeer-geheim-wachtwoord"
FACTORIES = {"article": ArticlePageFactory, "module": ModulePageFactory, "example": PracticalExamplePageFactory}
MODELS = {"article": ArticlePage, "module": ModulePage, "example": PracticalExamplePage}
INDEXES = {"article": ArticleIndexPage, "module": ModuleIndexPage, "example": PracticalExampleIndexPage}
TYPE_WORDS = {"nl": {"article": "artikel", "module": "module", "example": "praktijkvoorbeeld"},
              "en": {"article": "article", "module": "module", "example": "practical example"}}  # fmt: skip
SECTOR_SLUGS = ["vvt", "ggz", "jeugdzorg", "gehandicaptenzorg", "maatschappelijke-opvang", "ziekenhuizen",
                "eerstelijnszorg"]  # fmt: skip


@dataclass
class StateWorld:
    state: object
    theme: dict = field(default_factory=dict)  # {lang: Theme}
    sector: dict = field(default_factory=dict)
    keyword: dict = field(default_factory=dict)
    hidden_theme: dict = field(default_factory=dict)
    hidden_sector: dict = field(default_factory=dict)
    hidden_keyword: dict = field(default_factory=dict)
    control: dict = field(default_factory=dict)  # {lang: {type: page}}
    hidden: dict = field(default_factory=dict)  # {lang: {type: page}}
    anchor: dict = field(default_factory=dict)  # {lang: page}; the English one is hidden
    collection: dict = field(default_factory=dict)  # {lang: CollectionPage}

    def visible_counts(self, lang):
        """How many visible pages of each type carry this state's theme, keyword and token in `lang`."""
        return {"article": 2 if lang == "nl" else 1, "module": 1, "example": 1}


@dataclass
class World:
    states: dict  # {code: StateWorld}
    home: dict  # {lang: HomePage}
    sections: dict  # {lang: {"article"|"module"|"example"|"themes"|"keywords": page}}
    member: User  # in the group of the group restriction
    writer: User
    group: Group
    restricted_sections: dict = field(default_factory=dict)  # {lang: {type: index page}}, for parent-restricted

    def __getitem__(self, code):
        return self.states[code]


def locale(lang):
    return Locale.objects.get(language_code=lang)


def build():
    """Build the whole matrix (every state, both languages); returns a World."""
    with in_one_go():
        return _build()


def _build():
    home_nl = ensure_site_structure()
    home_en = home_nl.get_translation(locale("en"))
    homes = {"nl": home_nl, "en": home_en.specific}
    sections = {}
    for lang, home in homes.items():
        sections[lang] = {code: section(model, home).get_translation(locale(lang)).specific
                          for code, model in [*INDEXES.items(), ("themes", ThemeIndexPage),
                                              ("keywords", KeywordIndexPage)]}  # fmt: skip
    group = Group.objects.create(name="Leden van de kennisbank (visibility tests)")
    member = User.objects.create_user("lid-visibility", password="lid-wachtwoord")
    member.groups.add(group)
    writer = User.objects.create_user("schrijver-visibility", password="schrijver-wachtwoord")
    world = World(states={}, home=homes, sections=sections, member=member, writer=writer, group=group)
    world.restricted_sections = _restricted_sections(world)
    for number, state in enumerate(STATES):
        world.states[state.code] = _build_state(world, state, number)
    return world


def _restricted_sections(world):
    """Section pages (one per content type, both languages) behind a login restriction: the parent-restricted state."""
    secret = next(state.secret for state in STATES if state.code == "parent-restricted")
    found = {"nl": {}, "en": {}}
    for kind, model in INDEXES.items():
        dutch = model(title=f"Besloten {secret} {kind}", slug=f"besloten-{secret}-{kind}", locale=locale("nl"),
                      intro=f"Alleen voor leden: {secret}.")  # fmt: skip
        world.home["nl"].add_child(instance=dutch)
        dutch.save_revision().publish()
        english = dutch.copy_for_translation(locale("en"))
        english.title, english.slug = f"Closed {secret} {kind}", f"closed-{secret}-{kind}"
        english.intro = f"Members only: {secret}."
        english.save()
        english.save_revision().publish()
        for lang, page in (("nl", dutch), ("en", english)):
            PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
            found[lang][kind] = type(page).objects.get(pk=page.pk)
    return found


def _taxonomy(sw, state, number):
    nl, en = locale("nl"), locale("en")
    if state.theme:
        sw.theme["nl"] = Theme.objects.get(locale=nl, slug=state.theme)
        sw.theme["en"] = sw.theme["nl"].get_translation(en)
    else:  # a top-level theme of its own
        sw.theme["nl"] = Theme.objects.create(locale=nl, name=f"Thema {state.token}", slug=f"thema-{state.token}")
        sw.theme["en"] = Theme.objects.create(locale=en, translation_key=sw.theme["nl"].translation_key,
                                              name=f"Theme {state.token}", slug=f"theme-{state.token}")  # fmt: skip
    sw.sector["nl"] = Sector.objects.get(locale=nl, slug=SECTOR_SLUGS[number % len(SECTOR_SLUGS)])
    sw.sector["en"] = sw.sector["nl"].get_translation(en)
    sw.hidden_theme["nl"] = Theme.objects.create(locale=nl, name=f"Thema {state.secret}", slug=f"thema-{state.secret}",
                                                 order=90 + number)  # fmt: skip
    sw.hidden_theme["en"] = Theme.objects.create(locale=en, translation_key=sw.hidden_theme["nl"].translation_key,
                                                 name=f"Theme {state.secret}", slug=f"theme-{state.secret}",
                                                 order=90 + number)  # fmt: skip
    sw.hidden_sector["nl"] = Sector.objects.create(locale=nl, name=f"Sector {state.secret}",
                                                   slug=f"sector-{state.secret}", order=90 + number)  # fmt: skip
    sw.hidden_sector["en"] = Sector.objects.create(locale=en, translation_key=sw.hidden_sector["nl"].translation_key,
                                                   name=f"Sector {state.secret} english",
                                                   slug=f"sector-{state.secret}-english",
                                                   order=90 + number)  # fmt: skip
    sw.keyword["nl"] = Keyword.objects.create(name=state.token, slug=state.token, language="nl")
    sw.keyword["en"] = Keyword.objects.create(name=f"{state.token} english", slug=f"{state.token}-english",
                                              language="en", equivalent=sw.keyword["nl"])  # fmt: skip
    sw.hidden_keyword["nl"] = Keyword.objects.create(name=state.secret, slug=state.secret, language="nl")
    sw.hidden_keyword["en"] = Keyword.objects.create(name=f"{state.secret} english", slug=f"{state.secret}-english",
                                                     language="en", equivalent=sw.hidden_keyword["nl"])  # fmt: skip


def _build_state(world, state, number, hidden_code=None):
    """The pages of one state; `hidden_code="visible"` builds the "hidden" pages visible (for the transitions)."""
    hidden_code = hidden_code or state.code
    sw = StateWorld(state=state)
    _taxonomy(sw, state, number)
    token, secret = state.token, state.secret
    sw.control = {"nl": {}, "en": {}}
    sw.hidden = {"nl": {}, "en": {}}
    for position, kind in enumerate(TYPES):
        words = TYPE_WORDS["nl"][kind]
        control = _draft(
            kind, world.sections["nl"][kind], title=f"{token.capitalize()} zichtbaar {words}",
            slug=f"{token}-zichtbaar-{kind}", intro=f"Een zichtbaar {words} over {token} voor de cliëntenraad.",
            themes=[sw.theme["nl"]], sectors=[sw.sector["nl"]], keywords=[sw.keyword["nl"]],
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number * 3 + position),
        )  # fmt: skip
        parent = (world.restricted_sections["nl"] if hidden_code == "parent-restricted" else world.sections["nl"])[kind]
        hidden = _draft(
            kind, parent, title=f"{token.capitalize()} {secret} {words}", slug=f"{secret}-{kind}",
            intro=f"Een verborgen {words} over {token} en {secret}.",
            themes=[sw.theme["nl"], sw.hidden_theme["nl"]], sectors=[sw.sector["nl"], sw.hidden_sector["nl"]],
            keywords=[sw.keyword["nl"], sw.hidden_keyword["nl"]],
            publication_date=datetime.date(2029, 1, 1) + datetime.timedelta(days=number * 3 + position),
        )  # fmt: skip
        english_words = TYPE_WORDS["en"][kind]
        control_en = _translate(control, title=f"{token.capitalize()} visible {english_words}",
                                slug=f"{token}-visible-{kind}",
                                intro=f"A visible {english_words} about {token} for the client council.")  # fmt: skip
        hidden_en = _translate(hidden, title=f"{token.capitalize()} {secret} {english_words}",
                               slug=f"{secret}-{kind}-english",
                               intro=f"A hidden {english_words} about {token} and {secret}.")  # fmt: skip
        sw.control["nl"][kind] = _settle(world, control, "visible")
        sw.control["en"][kind] = _settle(world, control_en, "visible")
        sw.hidden["nl"][kind] = _settle(world, hidden, hidden_code)
        sw.hidden["en"][kind] = _settle(world, hidden_en, hidden_code)
    anchor = _draft(
        "article", world.sections["nl"]["article"], title=f"{token.capitalize()} anker", slug=f"{token}-anker",
        intro=f"Een zichtbaar artikel over {token} met een verborgen vertaling.",
        themes=[sw.theme["nl"]], sectors=[sw.sector["nl"]], keywords=[sw.keyword["nl"]],
        publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number * 3),
    )  # fmt: skip
    anchor_en = _translate(anchor, title=f"{token.capitalize()} {secret} anchor", slug=f"{secret}-anchor",
                           intro=f"A hidden translation about {token} and {secret}.")  # fmt: skip
    if hidden_code == "parent-restricted":
        Page.objects.get(pk=anchor_en.pk).move(
            Page.objects.get(pk=world.restricted_sections["en"]["article"].pk), pos="last-child"
        )
        anchor_en = ArticlePage.objects.get(pk=anchor_en.pk)
    sw.anchor = {"nl": _settle(world, anchor, "visible"), "en": _settle(world, anchor_en, hidden_code)}
    sw.collection = _collections(world, sw)
    for lang in LANGUAGES:
        for page in (sw.control["nl"]["module"], sw.hidden["nl"]["module"]):
            HomeFeaturedModule.objects.create(home=world.home[lang], module=page, sort_order=number * 2)
    query = Query.get(state.promo)
    for order, lang_pages in enumerate([sw.control, sw.hidden]):
        for lang in LANGUAGES:
            SearchPromotion.objects.create(query=query, page=lang_pages[lang]["article"], sort_order=order,
                                           description="")  # fmt: skip
    return sw


def build_visible_state(world, state, number):
    """One state's pages with its "hidden" pages still visible: live, public, indexed (for the transitions)."""
    with in_one_go():
        return _build_state(world, state, number, hidden_code="visible")


def _draft(kind, parent, **fields):
    """A page that was never published, with its themes, sectors and keywords stored."""
    page = FACTORIES[kind](parent=parent, publish=False, live=False, **fields)
    page.save()
    return page


def _translate(page, **fields):
    """An unpublished English translation (as wagtail-localize creates one), with the given fields translated."""
    translation = page.copy_for_translation(locale("en"), copy_parents=True).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()  # swaps themes, sectors and keywords for their English counterparts
    return translation


def _settle(world, page, code):
    """Bring a never-published page into state `code` (or make it visible) the way an editor or time would."""
    now = timezone.now()
    if code == "draft":
        page.save_revision(user=world.writer)
    elif code == "in-review":
        page.save_revision(user=world.writer)
        page.get_workflow().start(page, world.writer)
    elif code == "go-live-future":
        page.go_live_at = now + datetime.timedelta(days=30)
        page.save_revision(user=world.writer).publish()
    else:
        page.save_revision().publish()
        if code == "expired":  # the expiry date passed; the scheduled job has not run yet
            Page.objects.filter(pk=page.pk).update(expire_at=now - datetime.timedelta(hours=1))
        elif code == "unpublished":
            type(page).objects.get(pk=page.pk).unpublish()
        elif code in ("password", "login", "group"):
            restrict(page, code, world.group)
    return type(page).objects.get(pk=page.pk)


def restrict(page, code, group=None):
    kinds = {"password": PageViewRestriction.PASSWORD, "login": PageViewRestriction.LOGIN,
             "group": PageViewRestriction.GROUPS}  # fmt: skip
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kinds[code], password=PASSWORD if code == "password" else ""
    )
    if code == "group":
        restriction.groups.add(group)
    return restriction


def _collections(world, sw):
    state = sw.state
    dutch = CollectionPage(title=f"Verzameling {state.token}", slug=f"verzameling-{state.token}",
                           intro=f"Alles over {state.token}.")  # fmt: skip
    world.home["nl"].add_child(instance=dutch)
    dutch.keywords.set([sw.keyword["nl"]])
    dutch.save_revision().publish()
    english = dutch.copy_for_translation(locale("en"))
    english.title, english.slug, english.intro = f"Collection {state.token}", f"collection-{state.token}", ""
    english.save()
    english.save_revision().publish()
    return {"nl": CollectionPage.objects.get(pk=dutch.pk), "en": CollectionPage.objects.get(pk=english.pk)}
