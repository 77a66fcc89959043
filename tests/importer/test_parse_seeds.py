"""Acceptance tests on the customer's real exports (read from LOC_EXPORTS_DIR, never copied into the repository).

Locally they are skipped when the folder is missing; with CI set they fail instead, so the acceptance run cannot
silently pass without the customer's files. Module identities are compared as slugs (how search-eval names them).
"""

import json
import os
import time
from pathlib import Path

import pytest
from django.utils.text import slugify

from articles.importer.parsing import detect_kind, parse_article, parse_guide, read_export

pytestmark = pytest.mark.seeds

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("LOC_EXPORTS_DIR", REPO.parent / "shared" / "seeds"))
QUERIES = Path(os.environ.get("LOC_SEARCH_EVAL_DIR", SEEDS.parent / "search-eval")) / "queries.jsonl"
SECTORS = ("jeugdzorg", "ggz", "verpleeghuizen", "thuiszorg", "gehandicaptenzorg")

RAAD = "Thema’s rond het werk van de raad"
ADVIES = "Advies- en instemmingsonderwerpen"
TRAJECT = "Advies-, coachings- of ondersteuningstraject"
ASK = "afhankelijk van de vraag"
PARTS = "2-4 dagdelen"

# ordinal, slugify(title), section, kind, duration, heading lost? - read line by line from export 003.
EXPECTED_GUIDE = [
    (
        1,
        "basiscursus-medezeggenschap-in-de-praktijk",
        "Trainingen en cursussen",
        "basiscursus",
        "Minimaal 1 dagdeel van 4 uur",
        False,
    ),
    (2, "interne-organisatie-van-de-clientenraad", RAAD, "trainingsmodule", "", False),
    (3, "het-maken-van-een-werkplan-voor-de-clientenraad", RAAD, "trainingsmodule", "", False),
    (4, "de-rechten-van-de-clientenraad-en-de-wmcz-2018", RAAD, "trainingsmodule", "", False),
    (5, "adviseren-doe-je-zo", RAAD, "trainingsmodule", "", False),
    (6, "", RAAD, "trainingsmodule", "", True),
    (7, "incontactstaan", RAAD, "trainingsmodule", "", False),
    (8, "werven-van-nieuwe-leden", RAAD, "trainingsmodule", "", False),
    (9, "clientenraad-en-sociale-media", RAAD, "trainingsmodule", "", False),
    (10, "clientenraad-en-teambuilding", RAAD, "trainingsmodule", "", False),
    (11, "clientenraad-en-gesprekstechnieken", RAAD, "trainingsmodule", "", False),
    (12, "de-rol-van-de-clientenraad-in-bestuur-en-toezicht", RAAD, "trainingsmodule", "", False),
    (13, "wet-kwaliteit-klachten-en-geschillen-zorg", ADVIES, "trainingsmodule", "", False),
    (14, "rechtspositie-clienten", ADVIES, "trainingsmodule", "", False),
    (15, "wet-zorg-en-dwang-wet-verplichte-ggz", ADVIES, "trainingsmodule", "", False),
    (16, "kwaliteit-van-zorg-en-welzijn", ADVIES, "trainingsmodule", "", False),
    (17, "levensvragen-en-zingeving", ADVIES, "trainingsmodule", "", False),
    (
        18,
        "veiligheid-in-zorgrelaties-samenwerken-aan-betere-kwaliteit-van-leven-en-zorg",
        ADVIES,
        "trainingsmodule",
        "",
        False,
    ),
    (19, "financien-van-de-zorgorganisatie", ADVIES, "trainingsmodule", "", False),
    (20, "bouw-verbouw-en-nieuwbouw", ADVIES, "trainingsmodule", "", False),
    (21, "aanvullende-diensten", ADVIES, "trainingsmodule", "", False),
    (22, "omgaan-met-grote-beleidsplannen", ADVIES, "trainingsmodule", "", False),
    (23, "stukken-voor-de-centrale-clientenraad", TRAJECT, "adviestraject", "", False),
    (
        24,
        "ondersteuning-bij-procedures-commissie-van-vertrouwenslieden",
        TRAJECT,
        "adviestraject",
        "afhankelijk van de vraag en omvang",
        False,
    ),
    (25, "fusies-en-overnames", TRAJECT, "adviestraject", ASK, False),
    (26, "waarderend-onderzoek", TRAJECT, "adviestraject", ASK, False),
    (27, "instrumenten-voor-zelfevaluatie", TRAJECT, "adviestraject", "2 dagdelen", False),
    (28, "waardenportret-van-de-clientenraad", TRAJECT, "adviestraject", "2 dagdelen", False),
    (29, "intervisie-op-samenwerking", TRAJECT, "coachingstraject", PARTS, False),
    (
        30,
        "samenwerking-tussen-clientenraden-en-zorgorganisatie",
        TRAJECT,
        "coachingstraject",
        "minimaal 1 dagdeel",
        False,
    ),
    (31, "gesprekstechnieken-voor-de-clientenraad", TRAJECT, "coachingstraject", PARTS, False),
    (32, "coaching-op-samenwerking", TRAJECT, "coachingstraject", PARTS, False),
    (33, "reflectiebijeenkomsten", TRAJECT, "coachingstraject", PARTS, False),
    (34, "herinrichting-medezeggenschap", TRAJECT, "ondersteuningstraject", ASK, False),
    (35, "passende-medezeggenschap", TRAJECT, "ondersteuningstraject", "2 dagen (4 dagdelen)", False),
    (36, "spiegelgesprekken", TRAJECT, "ondersteuningstraject", f"{ASK} (minimaal 1 dagdeel)", False),
]

# Themes and keywords exactly as each export lists them after "Thema's:" / "Trefwoorden:".
EXPECTED_ARTICLES = {
    "000": (
        [
            "Adviesonderwerpen van de cliëntenraad",
            "Organiseren en vernieuwen medezeggenschap",
            "Hulpmiddelen voor de cliëntenraad",
            "Dienstverlening aan cliëntenraden",
        ],
        ["tips", "toegankelijkheid", "zorg en zeggenschap"],
    ),
    "001": (["Vrijwilligers LOC"], []),
    "002": (["Dienstverlening aan cliëntenraden"], []),
    "004": (
        [
            "Wet medezeggenschap (Wmcz)",
            "Adviesonderwerpen van de cliëntenraad",
            "Kwaliteit jeugdzorg",
            "Organiseren en vernieuwen medezeggenschap",
            "Hulpmiddelen voor de cliëntenraad",
        ],
        [],
    ),
}


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The parser is pure Python: nothing to clear, and no Django settings needed (overrides conftest's)."""
    yield


@pytest.fixture(scope="module")
def seeds():
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the customer's exports in {SEEDS} (set LOC_EXPORTS_DIR)")
        pytest.skip(f"no customer exports in {SEEDS}")
    return SEEDS


def export(seeds, number):
    matches = sorted(seeds.glob(f"{number}_*.txt"))
    assert len(matches) == 1, f"expected one export {number}_*.txt in {seeds}"
    return matches[0]


@pytest.fixture(scope="module")
def guide(seeds):
    return parse_guide(read_export(export(seeds, "003")))


@pytest.mark.parametrize("number", sorted(EXPECTED_ARTICLES))
def test_article_themes_and_keywords_are_exactly_as_listed(seeds, number):
    text = read_export(export(seeds, number))
    assert detect_kind(text) == "article"
    article = parse_article(text, SECTORS)
    assert (article.themes, article.keywords) == EXPECTED_ARTICLES[number]


@pytest.mark.parametrize(
    ("number", "source", "title"),
    [
        ("000", "pull_quote", "Er is veel winst te behalen met elkaar"),
        ("001", "pull_quote", "Delen van ervaringen grote meerwaarde voor raden"),
        ("002", "heading", "In gesprek tijdens het landelijk congres cliëntenraden"),
        ("004", "heading", "In contact staan met de achterban"),
    ],
)
def test_article_titles_are_derived_as_expected(seeds, number, source, title):
    article = parse_article(read_export(export(seeds, number)), SECTORS)
    assert (article.title_source, article.title) == (source, title)
    assert article.intro and article.blocks


def test_spring_edition_is_read_from_article_000(seeds):
    assert parse_article(read_export(export(seeds, "000"))).edition == "voorjaarseditie"


def test_article_004_yields_the_three_examples_with_their_sector_labels(seeds):
    article = parse_article(read_export(export(seeds, "004")), SECTORS)
    assert [example.sector_label for example in article.examples] == ["verpleeghuizen", "jeugdzorg", "Ggz"]
    assert article.examples[1].text.startswith("Een cliëntenraad (jeugdzorg) gaat op bezoek")
    for example in article.examples:
        assert 0 < len(example.title) <= 80 and example.title[-1].isalnum()
    assert not any(block.kind == "list" for block in article.blocks)


def test_guide_is_detected_and_parsed_quickly(seeds):
    text = read_export(export(seeds, "003"))
    assert detect_kind(text) == "guide"
    started = time.perf_counter()
    parse_guide(text)
    assert time.perf_counter() - started < 0.5


def test_guide_yields_every_module_and_traject(guide):
    found = [(m.ordinal, slugify(m.title), m.section, m.kind, m.duration, m.title_lost) for m in guide]
    assert found == EXPECTED_GUIDE


def test_guide_module_with_the_lost_heading_is_flagged_not_invented(guide):
    lost = [module for module in guide if module.title_lost]
    assert [module.ordinal for module in lost] == [6]
    module = lost[0]
    assert module.title == ""
    assert slugify(module.provisional_title) == "clientenraden-krijgen-regelmatig-de-vraag-advies-te-geven"
    assert module.warnings and "heading lost" in module.warnings[0]
    assert module.blocks[0].text.startswith("Cliëntenraden krijgen regelmatig de vraag advies te geven")
    assert guide[4].blocks[-1].text.endswith("is dit een goed thema voor je training op maat.")


def test_guide_page_furniture_is_removed_from_module_text(guide):
    for module in guide:
        for block in module.blocks:
            for furniture in ("Opleidingsgids", "Duur:", "time ", "Modules voor je training", ". . ."):
                assert furniture not in (block.text + " ".join(block.items)), (module.ordinal, furniture)
    assert "welke medezeggenschap past bij de cliënten" in guide[33].blocks[0].text
    assert [block.kind for block in guide[28].blocks] == ["paragraph", "paragraph"]
    assert [block.kind for block in guide[22].blocks] == ["paragraph", "paragraph", "list", "paragraph"]


def test_guide_modules_with_printed_titles_carry_no_warnings(guide):
    assert [module.ordinal for module in guide if module.warnings] == [6]


def test_search_eval_module_slugs_are_all_parsed(guide):
    if not QUERIES.is_file():
        pytest.skip(f"no search evaluation queries at {QUERIES}")
    wanted = set()
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            wanted |= {item.split("#", 1)[1] for item in json.loads(line)["relevant"] if "#" in item}
    assert wanted
    assert wanted <= {slugify(module.title) for module in guide}


def test_repository_fixtures_copy_no_long_lines_from_the_customer_exports(seeds):
    customer = {line.strip() for path in seeds.glob("*.txt") for line in path.read_text(encoding="utf-8").split("\n")}
    ours = [
        REPO / "tests" / "fixtures" / "loc",
        REPO / "tests" / "importer",
        REPO / "articles" / "importer" / "parsing",
    ]
    for folder in ours:
        for path in folder.glob("*.*"):
            if path.suffix not in (".txt", ".py"):
                continue
            for line in path.read_text(encoding="utf-8").split("\n"):
                assert not (len(line.strip()) >= 70 and line.strip() in customer), (path.name, line[:40])
