"""Every string a reader or editor sees is in both catalogues, translated, never fuzzy, and compiled."""

import os
import shutil
import tempfile
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.conftest import REPO

LANGUAGES = ("nl", "en")


def catalogue(root, language):
    return polib.pofile(str(Path(root) / language / "LC_MESSAGES" / "django.po"))


def extract(source, languages):
    """Run `makemessages` in a copy of `source`, so the committed catalogues are never touched; returns the copy's
    locale folder. A string missing from the committed catalogues shows up there untranslated."""
    copy = Path(tempfile.mkdtemp()) / "tree"
    skip = shutil.ignore_patterns(".venv", ".git", "media", "var", "*.sqlite3", "__pycache__", ".*cache",
                                  "static_collected", "node_modules", "tests")  # fmt: skip
    shutil.copytree(source, copy, ignore=skip)
    cwd = os.getcwd()
    os.chdir(copy)
    try:
        with override_settings(LOCALE_PATHS=[copy / "locale"]):
            call_command("makemessages", locale=list(languages), verbosity=0)
    finally:
        os.chdir(cwd)
    return copy / "locale"


@pytest.fixture(scope="module")
def extracted():
    return extract(REPO, LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_string_is_missing_untranslated_or_fuzzy(extracted, language):
    entries = [entry for entry in catalogue(extracted, language) if not entry.obsolete]
    assert len(entries) > 150
    untranslated = [entry.msgid for entry in entries if not entry.translated() and "fuzzy" not in entry.flags]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert not untranslated, f"{language}: untranslated or missing from the catalogue: {untranslated}"
    assert not fuzzy, f"{language}: fuzzy: {fuzzy}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_the_source(language):
    source = catalogue(REPO / "locale", language)
    compiled = polib.mofile(str(REPO / "locale" / language / "LC_MESSAGES" / "django.mo"))
    translated = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in compiled}  # "Home" and "Home" in a context
    for entry in source.translated_entries():
        if not entry.msgid_plural:
            key = (entry.msgctxt, entry.msgid)
            assert translated.get(key) == entry.msgstr, f"{language}: run `make messages` ({entry.msgid!r})"


def test_a_new_string_without_translation_is_caught(tmp_path):
    """The check above can fail: a template string that is not in the catalogues shows up as untranslated."""
    shutil.copytree(REPO / "locale", tmp_path / "locale")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "probe.html").write_text('{% load i18n %}{% translate "A sentence nobody wrote" %}')
    entry = catalogue(extract(tmp_path, ["nl"]), "nl").find("A sentence nobody wrote")
    assert entry is not None and not entry.translated()
