"""Learning paths: from what a reader reads to the training that teaches it and the council that tried it.

- A content page shows one section per other content type (its heading is the type's `path_heading` in
  core.registry: "Leer het" for modules and trajects, "Zo deden anderen het" for practical examples, "Waarom het
  ertoe doet" for articles), each with the items most related to the page.
- A theme page shows a path (leerroute): where to start (the basic course where the theme has one, otherwise its
  most general module: the registry's `path_start`), then the theme's most central modules and trajects, practical
  examples and articles, each group in the order a theme page lists it (core.registry's guidance order).

Related means close texts and shared themes and keywords (`relatedness`). Texts: a small tf-idf over the stemmed
words of title, intro, body and taxonomy of every visible page of the language (`text_model`, made from the words
of every page, read once per language by `documents`; both cached until its lists change): the cosine of the two
pages' texts, plus how well the source's subject (its title, themes and keywords) matches the candidate's text,
which keeps a long article about many things from coming first everywhere.
Taxonomy: shared themes and keywords, each counting more the rarer it is (`closeness`). The same on every backend:
the engine's more_like_this, added to these, lowered the judged precision (README, Search), so paths do not ask the
engine. Editors pin pages (first, in their order) and leave
pages out (PathLink on a page, ThemePathLink on a theme; a pin names any language version, the path shows the one
in its own language). Every item passes core.visibility in the path's language, and a section with nothing in it is
left out. Cached (core.cache, `paths`) per page and per theme until its language's lists change.
"""

import math
import re
from collections import Counter, defaultdict
from functools import cache as memoize
from functools import lru_cache as memoize_some

import snowballstemmer
from django.db.models import F
from wagtail.models import Page

from core import cache, locales, registry
from core.visibility import visible
from themes_taxonomy.models import TaggedKeyword
from themes_taxonomy.text import fold

from .cards import load_cards
from .stopwords import BY_LANGUAGE

SHOWN = 4  # items per section of a content page
STEPS = 3  # items per content type on a theme's path, after where it starts
# What two pages share, by kind, before rarity: themes and keywords.
WEIGHTS = {"theme": 2.0, "keyword": 1.0}
TAXONOMY = ("theme", "keyword")
# Half-way between the shared weight alone (0: a page with many themes would come first everywhere) and the cosine
# (1: a page with a short intro and one theme would).
NORM_POWER = 0.5
# The words of a page's fields, each counted this many times in its text, and the fields that say its subject.
# Tuned on search/evaluation/paths.jsonl (figures and tuning: README, Search).
FIELD_WEIGHTS = {"title": 3, "intro": 2, "body": 1, "taxonomy": 2}
SUBJECT = {"title": 2, "taxonomy": 1}
# The best match of each signal, in points: the texts' cosine, the source's subject in the candidate's text and the
# shared taxonomy.
TEXT_POINTS, SUBJECT_POINTS, TAXONOMY_POINTS = 4, 2, 1
STEMMERS = {"nl": "dutch", "en": "english"}


# Editors' choices ---------------------------------------------------------------------------------------------------


def choices(links, locale_id):
    """([pinned page ids in order], {left-out page ids}) in `locale_id`: a link may name another language version."""
    links = list(links)
    keys = dict(Page.objects.filter(pk__in=[link.page_id for link in links]).values_list("pk", "translation_key"))
    local = dict(Page.objects.filter(translation_key__in=keys.values(), locale_id=locale_id)
                 .values_list("translation_key", "pk"))  # fmt: skip
    found = [(link, local.get(keys.get(link.page_id))) for link in links]
    pinned = [pk for link, pk in found if pk and not link.exclude]
    return list(dict.fromkeys(pinned)), {pk for link, pk in found if pk and link.exclude}


# Relatedness --------------------------------------------------------------------------------------------------------


@memoize
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, "dutch"))


@memoize_some(maxsize=4096)
def words(text, language):
    """The stemmed content words of `text` (folded, stop words and very short words left out); remembered per
    process, as the same titles and intros are compared again for every page (stemming is most of the time)."""
    stop = BY_LANGUAGE.get(language, BY_LANGUAGE["nl"])
    found = [word for word in re.findall(r"\w+", fold(text)) if len(word) > 2 and word not in stop]
    return frozenset(_stemmer(language).stemWords(found))


def text_closeness(text, rows, language):
    """{pk: closeness} of (pk, text) rows to `text`: the shared words, each weighted by how rare it is in the rows."""
    docs = {pk: words(row_text, language) for pk, row_text in rows}
    mine = words(text, language)
    counts = Counter(word for found in docs.values() for word in found)
    rarity = {word: math.log(1 + len(docs) / counts[word]) for word in mine if counts[word]}
    return {pk: sum(rarity[word] for word in found & mine) for pk, found in docs.items() if found & mine}


def ranked(scores, leave_out):
    return [pk for pk, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0])) if pk not in leave_out]


def features(pages):
    """{pk: {(kind, value)}}: the themes and keywords of each page (two queries)."""
    found = defaultdict(set)
    for kind, lookup in (("theme", "themes"), ("keyword", "tagged_keywords__tag")):
        for pk, value in pages.filter(**{f"{lookup}__isnull": False}).values_list("pk", lookup):
            found[pk].add((kind, value))
    return found


def closeness(mine, others, kinds=WEIGHTS):
    """{pk: closeness} of each of `others` to `mine` (feature sets, features()) on the given kinds of feature: the
    cosine of their weighted features, where a feature counts its kind's weight times its rarity among `others`,
    so that a page with many themes or a word every page has does not come first everywhere."""
    uses = Counter(feature for found in others.values() for feature in found)
    weight = {feature: (WEIGHTS[feature[0]] * math.log(1 + len(others) / uses[feature])) ** 2 for feature in uses}
    scores = {}
    for pk, found in others.items():
        shared = [feature for feature in found & mine if feature[0] in kinds]
        if shared:
            norm = sum(weight[feature] for feature in found if feature[0] in kinds) ** (NORM_POWER / 2)
            scores[pk] = sum(weight[feature] for feature in shared) / norm
    return scores


def field_texts(page):
    """{field: text} of a page, for text relatedness."""
    return {"title": page.title, "intro": page.intro, "body": page.body_text(), "taxonomy": page.taxonomy_text()}


def term_counts(texts, language, fields):
    """Counter of the stemmed content words of `texts` ({field: text}), each field's counted `fields[field]` times."""
    counts = Counter()
    for field, times in fields.items():
        for word in words_in(texts[field], language):
            counts[word] += times
    return counts


@memoize_some(maxsize=1024)
def words_in(text, language):
    """The stemmed content words of `text` in order, repeats kept (as `words`); remembered per process, as a page's
    body is counted for the text model and again for each type its sections compare it with."""
    stop = BY_LANGUAGE.get(language, BY_LANGUAGE["nl"])
    return tuple(_stemmer(language).stemWords([word for word in re.findall(r"\w+", fold(text))
                                               if len(word) > 2 and word not in stop]))  # fmt: skip


def unit(counts, rarity):
    """The tf-idf vector of `counts`, of length 1: {word: weight}."""
    weights = {word: count * rarity[word] for word, count in counts.items() if rarity.get(word, 0) > 0}
    length = math.sqrt(sum(weight * weight for weight in weights.values())) or 1
    return {word: weight / length for word, weight in weights.items()}


def cosine(one, other):
    if len(one) > len(other):
        one, other = other, one
    return sum(weight * other.get(word, 0) for word, weight in one.items())


def documents(locale_id):
    """{pk: (type code, Counter of its words, Counter of its subject's words, {(kind, value)} of its themes and
    keywords)} of every visible page of every content type in a language: each page read once, whichever pair of
    types the text model compares and whichever page's sections are worked out."""
    language = locales.language_of(locale_id) or "nl"
    found = {}
    for content_type in registry.content_types():
        pages = visible(content_type.model.objects, locale_id=locale_id).prefetch_related(
            "themes", "keywords", "sectors")  # fmt: skip
        for page in pages:
            texts = field_texts(page)
            taxonomy = {("theme", theme.pk) for theme in page.themes.all()}
            taxonomy |= {("keyword", keyword.pk) for keyword in page.keywords.all()}
            found[page.pk] = (content_type.code, term_counts(texts, language, FIELD_WEIGHTS),
                              term_counts(texts, language, SUBJECT), frozenset(taxonomy))  # fmt: skip
    return found


def build_text_model(locale_id, codes):
    """{"rarity": {word: idf}, "subject_rarity": {word: idf}, "pages": {pk: (type code, text vector)}} of the visible
    pages of the content types `codes` in a language: a word common on the pages of the two types compared counts
    for little, in their texts and in their subjects (titles and taxonomy) apart."""
    docs = {pk: doc for pk, doc in cached_documents(locale_id).items() if doc[0] in codes}
    words_rarity = rarity({pk: doc[1] for pk, doc in docs.items()})
    return {
        "rarity": words_rarity,
        "subject_rarity": rarity({pk: doc[2] for pk, doc in docs.items()}),
        "pages": {pk: (doc[0], unit(doc[1], words_rarity)) for pk, doc in docs.items()},
    }


def rarity(counts):
    """{word: idf} over the documents of `counts` ({pk: Counter})."""
    used = Counter(word for found in counts.values() for word in found)
    return {word: math.log((1 + len(counts)) / (1 + n)) for word, n in used.items()}


def cached_documents(locale_id):
    return cache.remember("paths", f"documents:{locale_id}", lambda: documents(locale_id),
                          tags=[cache.lists_of(locale_id)])  # fmt: skip


def text_model(locale_id, codes):
    codes = tuple(sorted(codes))
    return cache.remember("paths", f"texts:{locale_id}:{'+'.join(codes)}", lambda: build_text_model(locale_id, codes),
                          tags=[cache.lists_of(locale_id)])  # fmt: skip


def scaled(scores, points):
    """`scores` scaled so that the best has `points`."""
    top = max(scores.values(), default=0) or 1
    return {pk: points * score / top for pk, score in scores.items()}


def relatedness(page, content_type):
    """{pk: relatedness} of the visible items of one type in the page's language to the page: the cosine of their
    texts, the page's subject in their texts and the shared taxonomy, each scaled to its best (see the module's
    note)."""
    docs = cached_documents(page.locale_id)
    model = text_model(page.locale_id, {page.kind_code, content_type.code})
    _code, counts, subject_counts, taxonomy = docs.get(page.pk) or own_document(page)
    mine, subject = unit(counts, model["rarity"]), unit(subject_counts, model["subject_rarity"])
    others = {pk: vector for pk, (code, vector) in model["pages"].items()
              if code == content_type.code and pk != page.pk}  # fmt: skip
    # Pages without themes or keywords take no part in the taxonomy's rarities (as features() leaves them out).
    their_taxonomy = {
        pk: doc[3] for pk, doc in docs.items() if doc[0] == content_type.code and pk != page.pk and doc[3]
    }
    scores = Counter()
    for part in (scaled({pk: cosine(mine, vector) for pk, vector in others.items()}, TEXT_POINTS),
                 scaled({pk: cosine(subject, vector) for pk, vector in others.items()}, SUBJECT_POINTS),
                 scaled(closeness(taxonomy, their_taxonomy), TAXONOMY_POINTS)):  # fmt: skip
        scores.update(part)
    return {pk: score for pk, score in scores.items() if score > 0}


def own_document(page):
    """A page that is not among the visible ones (a draft in preview) as `documents` would hold it: read now."""
    language = locales.language_of(page.locale_id) or "nl"
    texts = field_texts(page)
    taxonomy = features(type(page).objects.filter(pk=page.pk))[page.pk]
    return page.kind_code, term_counts(texts, language, FIELD_WEIGHTS), term_counts(texts, language, SUBJECT), taxonomy


# A content page's sections ------------------------------------------------------------------------------------------


def ranking(page, shown=SHOWN):
    """([pinned page ids], {type code: [computed page ids, best first]}) for each other content type: the page's
    sections before their cards are loaded (the evaluation reads only this)."""
    own = registry.for_model(page)
    targets = [content_type for content_type in registry.in_guidance_order() if content_type is not own]
    pinned, left_out = choices(page.path_links.all(), page.locale_id)
    leave_out = {page.pk, *pinned, *left_out}
    scores = {content_type.code: relatedness(page, content_type) for content_type in targets}
    return pinned, {ct.code: ranked(scores.get(ct.code, {}), leave_out)[:shown] for ct in targets}


def page_sections(page, shown=SHOWN):
    """[(type code, [Card])]: one section per other content type, in guidance order, empty ones left out; pinned
    pages first in their type's section."""
    pinned, computed = ranking(page, shown)
    cards = load_cards([*pinned, *(pk for ids in computed.values() for pk in ids)], locale_id=page.locale_id)
    sections = []
    for code, ids in computed.items():
        chosen = [card for card in cards if card.kind == code and card.pk in pinned]
        chosen += [card for card in cards if card.pk in ids]
        if chosen:
            sections.append((code, chosen[:shown]))
    return sections


def cached_page_sections(page):
    return cache.remember("paths", f"page:{page.pk}", lambda: page_sections(page),
                          tags=[cache.lists_of(page.locale_id)])  # fmt: skip


# A theme's path -----------------------------------------------------------------------------------------------------


def centrality(items, theme, language):
    """{pk: how central an item is to its theme}: the keywords it shares with the theme's other items (a keyword on
    many of them counts more), plus how close its words are to the theme's name and description."""
    tags = {}
    for pk, tag in TaggedKeyword.objects.filter(content_object_id__in=items).values_list("content_object_id", "tag"):
        tags.setdefault(pk, set()).add(tag)
    uses = Counter(tag for found in tags.values() for tag in found)
    by_taxonomy = {pk: sum(uses[tag] - 1 for tag in tags.get(pk, ())) for pk in items}
    by_text = text_closeness(f"{theme.name} {theme.description}", items.items(), language)
    top = max(by_taxonomy.values(), default=0) or 1
    return {pk: by_taxonomy[pk] / top * TEXT_POINTS + by_text.get(pk, 0) for pk in items}


def theme_path(theme, steps=STEPS):
    """[Card]: where to start, then up to `steps` items of each content type, in guidance order; pinned pages first,
    in their order. Empty only when no visible page carries the theme."""
    locale_id, language = theme.locale_id, locales.language_of(theme.locale_id) or "nl"
    pinned, left_out = choices(theme.path_links.all(), locale_id)
    groups = []
    for content_type in registry.in_guidance_order():
        items = visible(content_type.model.objects, locale_id=locale_id).filter(themes=theme)
        groups.append((content_type, items.exclude(pk__in=[*pinned, *left_out])))
    texts = {pk: f"{title} {intro}" for _ct, items in groups for pk, title, intro in
             items.values_list("pk", "title", "intro")}  # fmt: skip
    central = centrality(texts, theme, language)
    by_centrality = lambda ids: sorted(ids, key=lambda pk: (-central.get(pk, 0), pk))  # noqa: E731
    start = []
    if not pinned:  # where to start: a starting item (the basic course) of the first group that has one, else the
        for content_type, items in groups:  # most central item of the first group that has items at all
            if content_type.path_start and not start:
                start = by_centrality(items.filter(**dict(content_type.path_start)).values_list("pk", flat=True))[:1]
        start = start or next((by_centrality(items.values_list("pk", flat=True))[:1] for _ct, items in groups
                               if items.exists()), [])  # fmt: skip
    path = [*pinned, *start]
    for content_type, items in groups:
        chosen = by_centrality(items.exclude(pk__in=start).values_list("pk", flat=True))[:steps]
        order = content_type.guidance_order or (F("publication_date").desc(nulls_last=True), "title")
        path += list(items.filter(pk__in=chosen).order_by(*order).values_list("pk", flat=True))
    return load_cards(path, locale_id=locale_id)


def cached_theme_path(theme):
    return cache.remember("paths", f"theme:{theme.pk}", lambda: theme_path(theme),
                          tags=[cache.lists_of(theme.locale_id)])  # fmt: skip
