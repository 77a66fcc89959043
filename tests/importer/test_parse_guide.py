"""The Opleidingsgids: the repository's own small guide export, with the same extraction damage as the real one."""

from pathlib import Path

import pytest
from django.utils.text import slugify

from articles.importer.parsing import Block, ExportError, parse_guide, read_export

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "loc"
GUIDE = FIXTURES / "opleidingsgids.txt"

BASIS = "Cursussen en trainingen"
SAMEN = "Thema’s rond samenwerken in de raad"
ADVIES = "Onderwerpen voor advies en instemming"
TRAJECT = "Trajecten voor advies, coaching en ondersteuning"

# ordinal, slug of the title, section, kind, duration, heading lost?
EXPECTED = [
    (1, "basiscursus-starten-als-clientenraad", BASIS, "basiscursus", "1 dagdeel van 3 uur", False),
    (2, "vergaderen-met-de-raad", SAMEN, "trainingsmodule", "", False),
    (3, "notulen-en-verslagen-maken", SAMEN, "trainingsmodule", "", False),
    (4, "", SAMEN, "trainingsmodule", "", True),
    (5, "openoverleg", SAMEN, "trainingsmodule", "", False),
    (6, "nieuwe-leden-inwerken", SAMEN, "trainingsmodule", "", False),
    (7, "privacy-en-clientgegevens", ADVIES, "trainingsmodule", "", False),
    (
        8,
        "voeding-en-maaltijden-wat-clienten-belangrijk-vinden-aan-eten-en-drinken",
        ADVIES,
        "trainingsmodule",
        "",
        False,
    ),
    (9, "dagbesteding-en-activiteiten", ADVIES, "trainingsmodule", "", False),
    (10, "stukken-van-de-raad-op-orde", TRAJECT, "adviestraject", "afhankelijk van de vraag", False),
    (11, "verhuizing-naar-een-nieuwe-locatie", TRAJECT, "adviestraject", "2 dagdelen", False),
    (12, "samen-leren-als-raad", TRAJECT, "coachingstraject", "2-4 dagdelen", False),
    (13, "terugblikken-op-een-lastig-besluit", TRAJECT, "coachingstraject", "minimaal 1 dagdeel", False),
    (
        14,
        "meedenken-over-de-nieuwe-structuur",
        TRAJECT,
        "ondersteuningstraject",
        "afhankelijk van de vraag (minimaal 1 dagdeel)",
        False,
    ),
    (15, "clientenpanels-organiseren", TRAJECT, "ondersteuningstraject", "2 dagen (4 dagdelen)", False),
]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The parser is pure Python: nothing to clear, and no Django settings needed (overrides conftest's)."""
    yield


@pytest.fixture(scope="module")
def text():
    return read_export(GUIDE)


@pytest.fixture(scope="module")
def modules(text):
    return parse_guide(text)


def by_slug(modules, slug):
    return next(module for module in modules if slugify(module.title) == slug)


def all_text(module):
    return "\n".join(block.text or " | ".join(block.items) for block in module.blocks)


def test_every_module_and_traject_is_found_with_section_kind_and_duration(modules):
    found = [(m.ordinal, slugify(m.title), m.section, m.kind, m.duration, m.title_lost) for m in modules]
    assert found == EXPECTED


def test_titles_are_returned_as_printed_without_trailing_spaces(modules):
    assert by_slug(modules, "openoverleg").title == "OpenOverleg"
    assert by_slug(modules, "notulen-en-verslagen-maken").title == "Notulen en verslagen maken"
    assert by_slug(modules, "clientenpanels-organiseren").title == "Cliëntenpanels organiseren"


def test_title_split_over_two_lines_is_joined(modules):
    assert modules[7].title == "Voeding en maaltijden - wat cliënten belangrijk vinden aan eten en drinken"
    assert all_text(modules[7]).startswith("Eten is meer dan voeding.")


def test_title_right_after_a_page_break_starts_a_module(modules):
    module = by_slug(modules, "nieuwe-leden-inwerken")
    assert module.title == "Nieuwe leden inwerken"
    assert all_text(module).startswith("Een nieuw raadslid heeft veel te leren.")
    assert "Nieuwe leden" not in all_text(by_slug(modules, "openoverleg"))


def test_running_header_glued_to_a_title_is_split_off(modules):
    module = by_slug(modules, "verhuizing-naar-een-nieuwe-locatie")
    assert module.title == "Verhuizing naar een nieuwe locatie"
    assert module.kind == "adviestraject"
    assert module.section == TRAJECT
    assert all_text(module).startswith("Als bewoners moeten verhuizen")


def test_trailing_traject_word_is_the_kind_not_part_of_the_title(modules):
    kinds = {m.kind for m in modules}
    assert {"adviestraject", "coachingstraject", "ondersteuningstraject"} <= kinds
    for module in modules:
        assert not module.title.lower().endswith("traject")


def test_basiscursus_keeps_its_words_and_belongs_to_its_part(modules):
    module = modules[0]
    assert module.title == "Basiscursus: starten als cliëntenraad"
    assert (module.kind, module.section) == ("basiscursus", BASIS)
    assert [block.kind for block in module.blocks] == ["paragraph", "paragraph"]


def test_sections_are_returned_as_the_table_of_contents_prints_them(modules):
    assert {m.section for m in modules} == {BASIS, SAMEN, ADVIES, TRAJECT}


def test_lost_heading_is_a_separate_module_with_a_provisional_title_and_a_warning(modules):
    lost = modules[3]
    assert lost.title_lost is True
    assert lost.title == ""
    assert lost.provisional_title == "De voorzitter houdt het overzicht, bewaakt de tijd en zorgt"
    assert lost.section == SAMEN
    assert all_text(lost).startswith("De voorzitter houdt het overzicht")
    assert all_text(lost).endswith("de ondersteuner komt aan bod.")
    assert any("heading lost" in warning for warning in lost.warnings)


def test_module_before_the_lost_heading_keeps_only_its_own_text(modules):
    module = by_slug(modules, "notulen-en-verslagen-maken")
    assert all_text(module).endswith("en voor wie schrijf je het eigenlijk?")
    assert "voorzitter" not in all_text(module)


def test_running_header_then_capitalised_paragraph_continues_the_module(modules):
    module = by_slug(modules, "samen-leren-als-raad")
    assert [block.kind for block in module.blocks] == ["paragraph", "paragraph"]
    assert module.blocks[1].text.startswith("Na een paar bijeenkomsten kan de raad zelf verder")
    assert not any(m.title_lost for m in modules if m.ordinal > 4)


def test_footer_and_header_in_the_middle_of_a_sentence_are_removed(modules):
    module = by_slug(modules, "meedenken-over-de-nieuwe-structuur")
    assert len(module.blocks) == 1
    assert "welke vorm van medezeggenschap het beste aansluit bij de nieuwe organisatie" in module.blocks[0].text
    assert "Opleidingsgids" not in module.blocks[0].text
    assert "Trajecten voor" not in module.blocks[0].text


def test_lowercase_continuation_after_a_page_break_joins_the_paragraph(modules):
    module = by_slug(modules, "privacy-en-clientgegevens")
    assert "We bespreken hoe lang dossiers bewaard worden, wie ze mag inzien" in all_text(module)


def test_bullets_become_a_list_block_with_wrapped_items_rejoined(modules):
    module = by_slug(modules, "openoverleg")
    assert [block.kind for block in module.blocks] == ["paragraph", "list", "paragraph"]
    assert module.blocks[1] == Block(
        "list",
        items=[
            "wat wil de raad dit jaar bereiken?",
            "welke signalen heeft de raad gehoord van de achterban?",
            "waar wil de bestuurder graag over meedenken?",
        ],
    )
    assert by_slug(modules, "stukken-van-de-raad-op-orde").blocks[1].items == [
        "de medezeggenschapsregeling",
        "het huishoudelijk reglement",
    ]


def test_page_furniture_and_icon_names_never_reach_the_text(modules):
    for module in modules:
        text = all_text(module)
        for furniture in ("Duur", "time ", ". . .", "Opleidingsgids", "Modules voor een training", "Tip!"):
            assert furniture not in text, (module.ordinal, furniture)


def test_introduction_section_intro_and_closing_part_are_not_modules(modules):
    texts = "\n".join(all_text(m) for m in modules)
    for outside in ("Kosten", "Leden van LOC betalen", "Naast trainingen kan LOC", "Samen maken we", "Informatie"):
        assert outside not in texts
    assert all_text(modules[-1]).endswith("de gespreksleiding en het verslag.")


def test_modules_with_a_printed_title_have_no_warnings_and_provisional_title_equals_title(modules):
    for module in modules:
        if not module.title_lost:
            assert module.warnings == []
            assert module.provisional_title == module.title


def test_guide_cut_after_its_introduction_has_no_modules(text):
    cut = text[: text.index(" Basiscursus: starten")]
    with pytest.raises(ExportError, match="no modules found"):
        parse_guide(cut)


def test_guide_cut_halfway_returns_the_modules_so_far_and_warns_on_the_last(text):
    cut = text[: text.index(" Modules voor een training op maat\n\nTrajecten")]
    modules = parse_guide(cut)
    assert [slugify(m.title) for m in modules][-1] == "dagbesteding-en-activiteiten"
    assert len(modules) == 9
    warnings = " ".join(modules[-1].warnings)
    assert "truncated" in warnings
    assert TRAJECT in warnings


def test_guide_without_duration_lines_is_read_from_the_first_section_with_a_warning(text):
    without = "\n".join(line for line in text.split("\n") if "Duur:" not in line)
    modules = parse_guide(without)
    assert slugify(modules[0].title) == "vergaderen-met-de-raad"
    assert any("Duur" in warning for warning in modules[-1].warnings)


def test_text_that_is_not_a_guide_has_no_modules():
    with pytest.raises(ExportError, match="no modules found"):
        parse_guide("Boodschappenlijst\n\nmelk, brood\n")
