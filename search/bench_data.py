"""Synthetic knowledge-base items for `manage.py search_bench`: Dutch-like text, fast creation, complete removal.

The text comes from a word list written here (never from the customer's documents), drawn deterministically from
`random.Random(seed)` with a skewed frequency, so common words match many items and rare words few, as in real text.

Pages are created in bulk because `add_child()` costs several queries per page (treebeard locks and re-reads the
parent). Every page is marked with `import_source = MARKER + run id`, so leftovers of a killed run can be found.
"""

import random
import uuid
from collections import Counter
from contextlib import contextmanager
from datetime import timedelta
from itertools import accumulate

from django.db import connection, models, transaction
from django.db.models import F, QuerySet
from django.db.models.functions import Greatest
from django.db.models.signals import post_delete, pre_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText

from articles.models import KnowledgePage
from themes_taxonomy.models import Keyword, TaggedKeyword

MARKER = "search_bench:"
CHUNK = 500

WORDS = """
cliëntenraad cliëntenraden cliënt cliënten achterban medezeggenschap zeggenschap zorg zorgaanbieder zorgorganisatie
advies adviesrecht verzwaard instemming instemmingsrecht werving vrijwilliger vrijwilligers vergadering vergaderingen
bestuur bestuurder raad van toezicht directie manager locatie locatieraad centrale ondersteuner ondersteuning
coach coaching training cursus basiscursus module traject opleiding scholing deskundigheid kennis ervaring ervaringen
kwaliteit kwaliteitskader veiligheid privacy klacht klachten klachtenregeling vertrouwenspersoon geschil
geschillencommissie wet wmcz regeling reglement huishoudelijk medezeggenschapsregeling convenant afspraken
begroting jaarrekening financiën budget financiële middelen faciliteiten vergoeding onkosten secretaris voorzitter
penningmeester lid leden samenstelling benoeming verkiezing zittingstermijn rooster aftreden continuïteit
ouderenzorg verpleeghuis verzorgingshuis thuiszorg wijkverpleging ggz jeugdzorg jeugdhulp gehandicaptenzorg
beperking verstandelijke lichamelijke psychiatrie opvang beschermd wonen ziekenhuis kliniek huisarts eerstelijnszorg
familie familieraad naasten mantelzorg mantelzorger vertegenwoordiger vertegenwoordiging wettelijk curator mentor
bewindvoerder bewoner bewoners bewonersraad cliëntenraadslid jongeren jongerenraad ouders ouderraad kinderen
gesprek gesprekken bijeenkomst bijeenkomsten overleg overlegvergadering agenda notulen verslag jaarverslag
jaarplan werkplan beleid beleidsplan visie missie strategie koers toekomst verandering vernieuwing innovatie
fusie reorganisatie verhuizing nieuwbouw renovatie huisvesting voeding maaltijden dagbesteding activiteiten
welzijn leefplezier zingeving eigen regie autonomie keuzevrijheid inspraak participatie betrokkenheid
communicatie nieuwsbrief website enquête vragenlijst peiling onderzoek evaluatie rapport rapportage signalen
knelpunten oplossingen verbeterpunten ideeën wensen behoeften verwachtingen tevredenheid ervaringsdeskundige
ervaringsdeskundigheid klankbord klankbordgroep spiegelgesprek spiegelbijeenkomst werkgroep commissie themagroep
netwerk regionaal landelijk gemeente gemeenten zorgkantoor zorgverzekeraar inspectie toezicht wetgeving overheid
ministerie kamerbrief verkiezingen politiek standpunt belangenbehartiging belangen cliëntenbelang stem invloed
personeel medewerkers personeelstekort roosters zorgverleners verpleegkundigen verzorgenden artsen behandelaars
zorgplan zorgdossier ondersteuningsplan behandelplan bejegening respect vertrouwen samenwerking relatie
gelijkwaardigheid dialoog luisteren meedenken meebeslissen ongevraagd gevraagd adviesaanvraag adviestraject
procedure termijn besluit besluitvorming verantwoording transparantie openheid informatie informatievoorziening
scholingsplan introductie inwerken werving nieuwe leden diversiteit inclusie toegankelijkheid taal begrijpelijk
digitaal online videobellen hybride thuis buurt wijk dorp stad regio provincie landelijke organisatie
tijdschrift artikel interview column praktijkvoorbeeld voorbeeld aanpak methode instrument checklist handreiking
modelreglement stappenplan werkwijze taakverdeling rolverdeling portefeuille aandachtsgebied contactpersoon
cliëntvertrouwenspersoon ombudsman zorgbemiddelaar klachtenfunctionaris mediation bemiddeling oplossing
beleidsnotitie tarieven eigen bijdrage indicatie wachtlijst wachttijd doorstroom uitstroom instroom capaciteit
""".split()
WORDS = list(dict.fromkeys(WORDS))  # each word once: the frequency skew comes from Text's weights
FUNCTION_WORDS = "de het een en van voor met op in die bij over naar door om te ook wel niet meer samen".split()
KEYWORDS = [
    "adviesrecht", "instemmingsrecht", "achterban", "werving", "vrijwilligers", "klachtenregeling", "privacy",
    "kwaliteitskader", "begroting", "jaarverslag", "verkiezing", "familieraad", "mantelzorg", "dagbesteding",
    "huisvesting", "voeding", "enquête", "spiegelgesprek", "klankbordgroep", "ervaringsdeskundigheid",
    "belangenbehartiging", "personeelstekort", "zorgplan", "fusie", "reorganisatie", "diversiteit",
    "toegankelijkheid", "handreiking", "stappenplan", "wachtlijst",
]  # fmt: skip


class Text:
    """Deterministic Dutch-like text and queries; each generator owns its own random.Random(seed)."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        weights = [1 / (rank + 1) ** 0.8 for rank in range(len(WORDS))]  # Zipf-like: few common, many rare
        self.cum_weights = list(accumulate(weights))  # what choices() would add up again on every call

    def words(self, count):
        return self.rng.choices(WORDS, cum_weights=self.cum_weights, k=count)

    def sentence(self, low=8, high=16):
        words = [
            self.rng.choice(FUNCTION_WORDS) if self.rng.random() < 0.35 else word
            for word in self.words(self.rng.randint(low, high))
        ]
        return " ".join(words).capitalize() + "."

    def title(self):
        return " ".join(self.words(self.rng.randint(3, 7))).capitalize()

    def paragraphs(self):
        return [" ".join(self.sentence() for _ in range(self.rng.randint(3, 5))) for _ in range(self.rng.randint(3, 6))]

    def query(self):
        """One to three words of the list, any word equally likely (readers also search rare words)."""
        return " ".join(self.rng.sample(WORDS, self.rng.randint(1, 3)))

    def prefix(self):
        word = self.rng.choice(WORDS)
        return word[: self.rng.randint(3, 5)]


def ensure_keywords():
    """Keyword ids for KEYWORDS, and the ids of those this call had to create (removed again afterwards)."""
    tool = Keyword()
    wanted = {tool.slugify(name): name for name in KEYWORDS}
    existing = dict(Keyword.objects.filter(slug__in=wanted).values_list("slug", "pk"))
    names = {name.lower() for name in Keyword.objects.values_list("name", flat=True)}
    missing = [Keyword(name=name, slug=slug) for slug, name in wanted.items()
               if slug not in existing and name.lower() not in names]  # fmt: skip
    Keyword.objects.bulk_create(missing)
    created = list(Keyword.objects.filter(slug__in=[k.slug for k in missing]).values_list("pk", flat=True))
    return list(existing.values()) + created, created


def extra_fields(model, text):
    """Each content type's own text fields (those the shared base does not have), filled like a real item's, so that
    their text is indexed too: a choice field gets one of its choices, a text field a sentence."""
    rng, shared = text.rng, {field.name for field in KnowledgePage._meta.fields}
    values = {}
    for field in model._meta.local_fields:
        if field.name in shared or not isinstance(field, models.CharField | models.TextField):
            continue
        if field.choices:
            values[field.name] = rng.choice([value for value, _label in field.choices])
        else:
            values[field.name] = text.sentence()[: field.max_length or 2000]
    return values


def build(model, parent, step, slug, text, locale_id, marker):
    """One unsaved page with its tree position (path, depth, url_path) computed as add_child() would."""
    now = timezone.now()
    title = text.title()
    return model(
        title=title, draft_title=title, slug=slug, locale_id=locale_id, live=True, has_unpublished_changes=False,
        path=Page._get_path(parent.path, parent.depth + 1, step), depth=parent.depth + 1, numchild=0,
        url_path=f"{parent.url_path}{slug}/", first_published_at=now, last_published_at=now,
        translation_key=uuid.uuid4(), intro=" ".join(text.sentence() for _ in range(2)),
        body=[("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in text.paragraphs()],
        publication_date=now.date() - timedelta(days=text.rng.randint(0, 3650)),
        import_source=marker, **extra_fields(model, text),
    )  # fmt: skip


def insert_child_rows(model, pages):
    """Insert the content type's own table rows for pages whose Page rows exist.

    bulk_create refuses multi-table children, so this uses the same primitive it uses (`_insert`), limited to the
    model's local columns: one INSERT per batch instead of one per page.
    """
    fields = model._meta.local_concrete_fields
    size = max(1, connection.ops.bulk_batch_size(fields, pages))
    for start in range(0, len(pages), size):
        model._base_manager._insert(pages[start : start + size], fields=fields, using=connection.alias)


def create_pages(model, parent, count, text, taxonomy, run_id, on_chunk):
    """Create `count` live pages of `model` under `parent`, with themes, sectors and keywords; returns their ids.

    Must run inside a transaction: the parent row is locked while the new paths are computed and numchild updated.
    """
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    themes, sectors, keywords = taxonomy
    ids = []
    for start in range(0, count, CHUNK):
        pages = [build(model, parent, first_step + n, f"bench-{run_id}-{model.kind_code}-{n}", text,
                       parent.locale_id, MARKER + run_id) for n in range(start, min(count, start + CHUNK))]  # fmt: skip
        base_rows = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}) for page in pages]
        )
        for page, row in zip(pages, base_rows, strict=True):
            page.id = page.page_ptr_id = row.pk
        insert_child_rows(model, pages)
        link_taxonomy(model, pages, text.rng, themes, sectors, keywords)
        ids += [page.pk for page in pages]
        on_chunk(len(ids))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return ids


def link_taxonomy(model, pages, rng, themes, sectors, keywords):
    """1-3 themes, 0-2 sectors and 2-5 keywords per page, inserted in bulk into the relation tables."""
    for name, choices, low, high in (("themes", themes, 1, 3), ("sectors", sectors, 0, 2)):
        field = model._meta.get_field(name)
        through, source, target = field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create([
            through(**{f"{source}_id": page.pk, f"{target}_id": pk})
            for page in pages for pk in rng.sample(choices, min(len(choices), rng.randint(low, high)))
        ])  # fmt: skip
    TaggedKeyword.objects.bulk_create([
        TaggedKeyword(content_object_id=page.pk, tag_id=pk)
        for page in pages for pk in rng.sample(keywords, min(len(keywords), rng.randint(2, 5)))
    ])  # fmt: skip


@contextmanager
def deletion_signals_muted():
    """Run without pre_delete/post_delete receivers (this process only; restored afterwards).

    For each page Wagtail's receivers would unpublish it (clearing the whole cache), log a line and update the
    reference index, and modelsearch would remove it from every backend one request at a time: minutes for 20,000
    pages. The bench removes index entries in bulk and clears the cache once instead.
    """
    saved = [(signal, signal.receivers) for signal in (pre_delete, post_delete)]
    try:
        for signal, _ in saved:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def remove_pages(ids_by_model, keyword_ids):
    """Delete the pages and every row that depends on them, and the keywords the bench created.

    Django's collector deletes the content type rows, theme, sector and keyword links and anything else pointing at
    the pages; the parents' numchild is lowered as treebeard would. Not treebeard's own queryset delete: it deletes
    through Page, which makes the collector fetch each page's Page row again, one query per page. A keyword an
    editor has used meanwhile is kept.
    """
    with deletion_signals_muted(), transaction.atomic():
        for model, ids in ids_by_model.items():
            for start in range(0, len(ids), 2000):
                pages = model.objects.filter(pk__in=ids[start : start + 2000])
                parents = Counter(path[: -Page.steplen] for path in pages.values_list("path", flat=True))
                QuerySet.delete(pages)  # the bench's pages are leaves: no descendants to remove
                for path, lost in parents.items():
                    Page.objects.filter(path=path).update(numchild=Greatest(F("numchild") - lost, 0))
        Keyword.objects.filter(pk__in=keyword_ids, tagged_items__isnull=True).delete()
