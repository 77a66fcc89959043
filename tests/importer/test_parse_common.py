"""Reading exports (every refusal reason) and recognising what kind of export a text is."""

from pathlib import Path

import pytest

from articles.importer.parsing import ExportError, detect_kind, read_export
from articles.importer.parsing.common import (
    MAX_EXPORT_BYTES,
    cut_at_word,
    ends_sentence,
    is_page_start,
    join_lines,
    strip_folded_prefix,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "loc"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The parser is pure Python: nothing to clear, and no Django settings needed (overrides conftest's)."""
    yield


def write(tmp_path, data: bytes, name="export.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- read_export -----------------------------------------------------------------------------------------------


def test_read_export_returns_text_with_windows_line_ends_normalised(tmp_path):
    path = write(tmp_path, "Eerste regel\r\nTweede regel – cliënt\r\n".encode())
    assert read_export(path) == "Eerste regel\nTweede regel – cliënt\n"


def test_read_export_drops_a_utf8_byte_order_mark(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + "Cliëntenraad\n".encode())
    assert read_export(path) == "Cliëntenraad\n"


def test_read_export_accepts_a_string_path(tmp_path):
    path = write(tmp_path, b"tekst\n")
    assert read_export(str(path)) == "tekst\n"


def test_export_error_is_a_value_error():
    assert issubclass(ExportError, ValueError)


def test_empty_file_is_refused_as_empty(tmp_path):
    with pytest.raises(ExportError, match="empty"):
        read_export(write(tmp_path, b""))


def test_whitespace_only_file_is_refused_as_empty(tmp_path):
    with pytest.raises(ExportError, match="empty"):
        read_export(write(tmp_path, b" \n\r\n\t  \n"))


def test_bom_only_file_is_refused_as_empty(tmp_path):
    with pytest.raises(ExportError, match="empty"):
        read_export(write(tmp_path, b"\xef\xbb\xbf\n"))


def test_file_with_nul_bytes_is_refused_as_binary(tmp_path):
    with pytest.raises(ExportError, match="binary"):
        read_export(write(tmp_path, b"%PDF-1.7\n\x00\x01\x02\x03 stream"))


def test_file_of_mostly_control_characters_is_refused_as_binary(tmp_path):
    with pytest.raises(ExportError, match="binary"):
        read_export(write(tmp_path, bytes(range(1, 9)) * 50 + b"tekst"))


def test_latin1_file_is_refused_as_not_utf8_instead_of_guessed(tmp_path):
    path = write(tmp_path, "Cliëntenraden en hun achterban\n".encode("latin-1"))
    with pytest.raises(ExportError, match="not valid UTF-8") as caught:
        read_export(path)
    assert "0xeb" in str(caught.value)


def test_file_over_five_megabytes_is_refused_as_too_large(tmp_path):
    path = write(tmp_path, b"a" * (MAX_EXPORT_BYTES + 1))
    with pytest.raises(ExportError, match="too large"):
        read_export(path)


def test_missing_file_is_refused_with_the_reason(tmp_path):
    with pytest.raises(ExportError, match="cannot be read") as caught:
        read_export(tmp_path / "bestaat-niet.txt")
    assert "bestaat-niet.txt" in str(caught.value)


def test_directory_is_refused_as_unreadable(tmp_path):
    with pytest.raises(ExportError, match="cannot be read"):
        read_export(tmp_path)


# --- detect_kind -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["artikel_achterban.txt", "artikel_zonder_trefwoorden.txt"])
def test_fixture_articles_are_detected_as_articles(name):
    assert detect_kind(read_export(FIXTURES / name)) == "article"


def test_fixture_guide_is_detected_as_guide():
    assert detect_kind(read_export(FIXTURES / "opleidingsgids.txt")) == "guide"


def test_article_closing_block_is_recognised_with_either_apostrophe():
    for apostrophe in ("'", "’"):
        text = f"Tekst.\n\nMeer artikelen over de thema{apostrophe}s met trefwoorden:\nThema{apostrophe}s: Een, Twee\n"
        assert detect_kind(text) == "article"


def test_closing_block_without_themes_line_is_not_an_article():
    with pytest.raises(ExportError, match="unrecognised"):
        detect_kind("Tekst.\n\nMeer artikelen over de thema's met trefwoorden:\nTrefwoorden: a, b\n")


def test_guide_cut_after_its_table_of_contents_is_still_recognised():
    contents = "\n".join(FIXTURES.joinpath("opleidingsgids.txt").read_text(encoding="utf-8").split("\n")[:24])
    assert "Duur:" not in contents
    assert detect_kind(contents) == "guide"


def test_duration_lines_alone_identify_a_guide():
    assert detect_kind("Titel\nTekst.\n\ntime Duur: 2 dagdelen\n\nTitel twee\nTekst.\nDuur: 1 dagdeel\n") == "guide"


def test_random_text_is_unrecognised():
    with pytest.raises(ExportError, match="unrecognised"):
        detect_kind("Boodschappenlijst\n\nmelk, brood, kaas\n\nniet vergeten: de vergadering van dinsdag\n")


def test_empty_text_is_unrecognised():
    with pytest.raises(ExportError, match="unrecognised"):
        detect_kind("")


# --- shared text helpers ---------------------------------------------------------------------------------------


def test_join_lines_glues_a_hyphenated_word_but_keeps_a_hyphen_followed_by_a_space():
    assert join_lines(["een LOC-", "adviseur en de planning- ", "en controlcyclus"]) == (
        "een LOC-adviseur en de planning- en controlcyclus"
    )


def test_join_lines_glues_a_line_starting_with_a_full_stop():
    assert join_lines(["in een regionaal netwerk", ". En verder"]) == "in een regionaal netwerk. En verder"


def test_join_lines_turns_non_breaking_spaces_into_single_spaces():
    assert join_lines(["in vier\xa0 provincies\xa0", "samen"]) == "in vier provincies samen"


def test_a_single_leading_space_marks_a_page_start_but_a_bullet_does_not():
    assert is_page_start(" het ook anders")
    assert not is_page_start(" o een punt")
    assert not is_page_start(" – een punt")
    assert not is_page_start("  twee spaties")
    assert not is_page_start("geen spatie")


def test_ends_sentence_accepts_punctuation_closing_quotes_and_links():
    assert ends_sentence("klaar.\xa0")
    assert ends_sentence("zei ze.”")
    assert ends_sentence("kijk op www.loc.nl/agenda")
    assert ends_sentence("bijsturen. “")
    assert not ends_sentence("en dan verder ")


def test_cut_at_word_stops_at_a_word_boundary_without_dangling_words_or_punctuation():
    assert cut_at_word("We hebben samen met de raad en de bestuurder een plan gemaakt", 40) == (
        "We hebben samen met de raad"
    )
    assert cut_at_word("Kort genoeg.", 40) == "Kort genoeg"


def test_strip_folded_prefix_ignores_case_accents_and_apostrophe_style():
    assert strip_folded_prefix("THEMA'S rond de raadVolgende titel", "Thema’s rond de raad") == "Volgende titel"
    assert strip_folded_prefix("Iets anders", "Thema’s") is None
