"""Magazine articles: the repository's own fixture exports, with the same extraction damage as the real ones."""

from pathlib import Path

import pytest

from articles.importer.parsing import Block, ExampleDraft, parse_article, read_export

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "loc"
SECTORS = ("jeugdzorg", "ggz", "verpleeghuizen", "thuiszorg")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The parser is pure Python: nothing to clear, and no Django settings needed (overrides conftest's)."""
    yield


@pytest.fixture(scope="module")
def achterban():
    return parse_article(read_export(FIXTURES / "artikel_achterban.txt"), SECTORS)


@pytest.fixture(scope="module")
def zonder():
    return parse_article(read_export(FIXTURES / "artikel_zonder_trefwoorden.txt"), SECTORS)


def body_text(article):
    return "\n".join(block.text or " | ".join(block.items) for block in article.blocks)


def paragraph_starting(article, start):
    matches = [block for block in article.blocks if block.kind == "paragraph" and block.text.startswith(start)]
    assert len(matches) == 1, f"expected one paragraph starting {start!r}"
    return matches[0].text


# --- title, pull quote, intro --------------------------------------------------------------------------------


def test_title_is_the_first_sentence_of_the_pull_quote(achterban):
    assert achterban.title == "Wie zijn achterban kent, weet waar hij voor staat"
    assert achterban.title_source == "pull_quote"


def test_a_derived_title_is_always_reported(achterban, zonder):
    assert any("pull quote" in warning for warning in achterban.warnings)
    assert any("heading" in warning for warning in zonder.warnings)


def test_pull_quote_is_rejoined_without_its_quote_marks(achterban):
    assert (
        achterban.pull_quote == "Wie zijn achterban kent, weet waar hij voor staat. Dat geeft de raad richting en rust."
    )


def test_intro_is_the_first_paragraph_after_the_pull_quote(achterban):
    assert achterban.intro.startswith("Een cliëntenraad spreekt namens mensen die zorg krijgen. Maar hoe weet je")
    assert achterban.intro.endswith("waar je als raad het beste begint.")
    assert achterban.blocks[0] == Block("heading", text="Beginnen bij de vraag")


def test_intro_uses_the_narrow_column_lines_without_breaking_them_up(achterban):
    assert "Maar hoe weet je wat die mensen echt belangrijk vinden? Drie raden vertellen hoe zij" in achterban.intro


def test_without_pull_quote_the_first_heading_is_the_title(zonder):
    assert zonder.pull_quote == ""
    assert zonder.title == "Een vak apart"
    assert zonder.title_source == "heading"
    assert zonder.intro.startswith(
        "LOC organiseert elk voorjaar een ontmoetingsdag voor ondersteuners van cliëntenraden."
    )


def test_without_pull_quote_or_heading_the_title_is_cut_from_the_intro():
    text = (
        " De raad van zorggroep Het Anker heeft dit jaar voor het eerst een open avond gehouden voor alle \n\n"
        "bewoners en hun familie, en daar kwamen meer mensen op af dan verwacht.\n\n"
        "Meer artikelen over de thema's met trefwoorden:\nThema's: Achterban\n"
    )
    article = parse_article(text)
    assert article.title_source == "intro"
    assert article.title == "De raad van zorggroep Het Anker heeft dit jaar voor het eerst een open avond"
    assert len(article.title) <= 80
    assert any("intro" in warning for warning in article.warnings)


def test_a_pull_quote_with_a_long_first_sentence_gives_way_to_the_first_heading():
    text = (
        " “Als je als raad echt wilt weten wat er leeft, moet je de mensen opzoeken op de plekken waar zij \n\n"
        "zelf graag zijn en niet wachten tot ze naar jou toe komen.”\n\n"
        "Een korte inleiding over de raad.\n\n"
        "Op bezoek\n"
        "De raad gaat op bezoek bij alle locaties.\n\n"
        "Meer artikelen over de thema's met trefwoorden:\nThema's: Achterban\n"
    )
    article = parse_article(text)
    assert article.pull_quote.startswith("Als je als raad echt wilt weten")
    assert article.title == "Op bezoek"
    assert article.title_source == "heading"
    assert article.intro == "Een korte inleiding over de raad."


def test_an_unclosed_opening_quote_is_not_taken_as_pull_quote_and_is_reported():
    closing = "Meer artikelen over de thema's met trefwoorden:\nThema's: A\n"
    text = " “Dit citaat sluit nooit af \n\nen loopt door.\n\n" + closing
    article = parse_article(text)
    assert article.pull_quote == ""
    assert any("never closed" in warning for warning in article.warnings)


# --- headings and paragraphs ---------------------------------------------------------------------------------


def test_heading_directly_followed_by_text_is_a_heading(achterban):
    headings = [block.text for block in achterban.blocks if block.kind == "heading"]
    assert headings == [
        "Beginnen bij de vraag",
        "Zichtbaar zijn",
        "Terugkoppelen is het halve werk",
        "Hoe houd je het vol?",
    ]


def test_heading_followed_by_a_blank_line_is_a_heading_too(achterban):
    position = achterban.blocks.index(Block("heading", text="Zichtbaar zijn"))
    assert achterban.blocks[position + 1].text.startswith("De raad van zorgaanbieder De Linde merkte")


def test_a_wrapped_fragment_on_its_own_line_is_not_a_heading(achterban):
    assert Block("heading", text="nieuwe") not in achterban.blocks
    assert "Dat geldt ook voor de nieuwe leden van de raad zelf" in body_text(achterban)


def test_wrapped_lines_are_rejoined_into_paragraphs(achterban):
    text = paragraph_starting(achterban, "Wie de achterban wil bereiken")
    assert text.endswith("een overzicht te maken van alle groepen cliënten en hun naasten.")
    assert "\n" not in text and "  " not in text


def test_a_short_sentence_final_line_ends_the_paragraph(achterban):
    paragraph_starting(achterban, "Daarna kun je per groep kiezen welke vorm van contact past.")


def test_lowercase_text_after_a_page_break_continues_the_paragraph(achterban):
    text = paragraph_starting(achterban, "De raad van zorgaanbieder De Linde")
    assert "voordat de raad echt een vast gezicht had gekregen in de huizen." in text


def test_capitalised_text_after_a_page_break_and_a_finished_sentence_starts_a_paragraph(achterban):
    assert paragraph_starting(achterban, "Meer weten over het contact met je achterban?").endswith("vraagbaak van LOC.")
    assert paragraph_starting(achterban, "Contact onderhouden kost tijd").endswith("zo staat het in de wet.")


def test_a_line_starting_with_a_full_stop_continues_without_a_space(achterban):
    assert "de stappen die de raad heeft gezet in een logboek. Eens per kwartaal" in body_text(achterban)


def test_a_word_hyphenated_at_the_line_end_is_glued_back(achterban):
    assert "Ook de LOC-adviseur ziet dat terugkoppeling helpt" in body_text(achterban)


def test_a_colon_before_a_quotation_keeps_the_paragraph_together(achterban):
    assert "Secretaris Fatima El Amrani: “Zo zien bewoners dat hun verhaal ergens terechtkomt." in body_text(achterban)


def test_a_quotation_with_a_dash_attribution_becomes_a_quote_block(achterban):
    quotes = [block for block in achterban.blocks if block.kind == "quote"]
    assert quotes == [
        Block(
            "quote",
            text=(
                "Contact met de achterban is geen project met een einddatum. Het is de manier waarop je als raad werkt."
            ),
            attribution="Noor Vermeulen, adviseur bij LOC",
        )
    ]


# --- closing block -------------------------------------------------------------------------------------------


def test_themes_wrapped_over_two_lines_come_out_exactly_as_listed(achterban):
    assert achterban.themes == [
        "Achterban en contact",
        "Hulpmiddelen voor de cliëntenraad",
        "Medezeggenschap in de (jeugd)zorg",
        "Zichtbaarheid van de raad",
    ]


def test_keywords_come_out_exactly_as_listed(achterban):
    assert achterban.keywords == ["achterban", "terugkoppeling", "zorg en zeggenschap"]


def test_article_without_keywords_line_has_no_keywords(zonder):
    assert zonder.themes == ["Ondersteuning van de cliëntenraad"]
    assert zonder.keywords == []


def test_edition_is_read_from_the_publication_line(achterban, zonder):
    assert achterban.edition == "zomereditie"
    assert zonder.edition == ""


def test_closing_block_and_edition_line_are_not_body_text(achterban, zonder):
    for article in (achterban, zonder):
        text = body_text(article)
        assert "Meer artikelen" not in text
        assert "Thema" not in text
        assert "Trefwoorden" not in text
        assert "Dit artikel verscheen" not in text


def test_missing_closing_block_gives_no_themes_and_a_warning():
    article = parse_article("Een titel\nEen alinea tekst.\n")
    assert article.themes == [] and article.keywords == []
    assert any("closing block" in warning for warning in article.warnings)


# --- lists and examples --------------------------------------------------------------------------------------


def test_bullets_with_a_known_sector_in_brackets_become_examples(achterban):
    assert [(example.sector_label, example.title) for example in achterban.examples] == [
        ("verpleeghuizen", "Wij nodigen elke nieuwe bewoner binnen een maand uit voor een kop koffie"),
        ("jeugdzorg", "Een raad laat jongeren zelf de vragen bedenken voor het jaarlijkse gesprek"),
        ("ggz", "Onze leden bellen na een opname met mensen die dat willen"),
        ("Thuiszorg", "Een raad in de wijkverpleging maakte samen met de wijkteams een ansichtkaart"),
    ]


def test_example_text_is_the_rejoined_bullet_without_its_mark(achterban):
    assert achterban.examples[1] == ExampleDraft(
        text=(
            "Een raad (jeugdzorg) laat jongeren zelf de vragen bedenken voor het jaarlijkse gesprek met de "
            "bestuurder. Zo gaat het over onderwerpen die voor hen echt tellen."
        ),
        sector_label="jeugdzorg",
        title="Een raad laat jongeren zelf de vragen bedenken voor het jaarlijkse gesprek",
    )
    assert achterban.examples[0].text.endswith("wat hem of haar opvalt” (verpleeghuizen)")


def test_example_titles_are_short_and_end_without_punctuation(achterban):
    for example in achterban.examples:
        assert 0 < len(example.title) <= 80
        assert example.title[-1].isalnum()


def test_bullets_without_a_known_sector_stay_a_list(achterban):
    lists = [block for block in achterban.blocks if block.kind == "list"]
    assert lists == [
        Block(
            "list",
            items=[
                "Vraag bij elke bijeenkomst wie er de volgende keer nog meer moet aanschuiven (tip van de redactie)"
            ],
        )
    ]
    assert paragraph_starting(achterban, "Ervaringen van raden uit de sessie:")


def test_without_sector_labels_there_are_no_examples():
    article = parse_article(read_export(FIXTURES / "artikel_achterban.txt"))
    assert article.examples == []
    lists = [block for block in article.blocks if block.kind == "list"]
    assert len(lists) == 1 and len(lists[0].items) == 5


def test_sector_labels_match_without_case_or_accents():
    text = (
        "Ervaringen:\n\n– Een raad nodigt de familie uit (Cliëntenzorg)\n\n– Een andere tip (GGZ)\n\n"
        "Meer artikelen over de thema's met trefwoorden:\nThema's: A\n"
    )
    article = parse_article(text, ["clientenzorg", "Ggz"])
    assert [example.sector_label for example in article.examples] == ["Cliëntenzorg", "GGZ"]


def test_list_without_sectors_in_the_article_without_keywords(zonder):
    assert (
        Block(
            "list",
            items=[
                "Spreek met de raad en de bestuurder af wat je taak wel en niet is",
                "Zoek collega-ondersteuners in je regio op om ervaringen te delen (bijvoorbeeld in een netwerk)",
            ],
        )
        in zonder.blocks
    )
    assert zonder.examples == []
