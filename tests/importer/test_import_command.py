"""import_loc on the repository's own LOC-format exports: pages, report, idempotency, editors' changes, bad files."""

import json
import shutil

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from articles.models import ArticlePage, ModulePage, PracticalExamplePage
from themes_taxonomy.models import Theme


def run_import(*paths, publish=False, tmp_path=None):
    report = (tmp_path or paths[0].parent) / "report.json"
    call_command("import_loc", *map(str, paths), publish=publish, report=str(report), stdout=open("/dev/null", "w"))
    return json.loads(report.read_text())


@pytest.fixture
def exports(tmp_path, fixtures_dir):
    folder = tmp_path / "exports"
    shutil.copytree(fixtures_dir, folder)
    return folder


@pytest.mark.django_db
def test_article_gets_title_themes_keywords_and_pull_quote(exports, tmp_path):
    report = run_import(exports / "artikel_achterban.txt", publish=True, tmp_path=tmp_path)
    article = ArticlePage.objects.get(import_source="artikel_achterban.txt")
    assert article.live
    assert [theme.name for theme in article.themes.all().order_by("name")] == sorted(
        [
            "Achterban en contact",
            "Hulpmiddelen voor de cliëntenraad",
            "Medezeggenschap in de (jeugd)zorg",
            "Zichtbaarheid van de raad",
        ]
    )
    assert sorted(tag.name for tag in article.keywords.all()) == ["achterban", "terugkoppeling", "zorg en zeggenschap"]
    assert article.body[0].block_type == "quote"
    assert report["items"][0]["type"] == "article" and report["items"][0]["status"] == "live"


@pytest.mark.django_db
def test_bullets_with_a_sector_become_draft_practical_examples_linked_to_the_article(exports, tmp_path):
    run_import(exports / "artikel_achterban.txt", publish=True, tmp_path=tmp_path)
    article = ArticlePage.objects.get(import_source="artikel_achterban.txt")
    examples = PracticalExamplePage.objects.filter(import_source__startswith="artikel_achterban.txt#")
    assert examples.count() == 4
    for example in examples:
        assert not example.live, "an example is a draft for an editor to complete, even with --publish"
        draft = example.get_latest_revision_as_object()
        assert draft.source_article_id == article.pk
        assert len(draft.sectors.all()) == 1


@pytest.mark.django_db
def test_guide_modules_get_section_kind_duration_and_mapped_themes(exports, tmp_path):
    Theme.objects.filter(slug="organiseren-medezeggenschap").update(
        guide_sections="Trajecten voor advies, coaching en ondersteuning"
    )
    report = run_import(exports / "opleidingsgids.txt", publish=True, tmp_path=tmp_path)
    fusion = ModulePage.objects.get(import_source="opleidingsgids.txt#verhuizing-naar-een-nieuwe-locatie")
    assert fusion.live
    assert fusion.guide_section == "Trajecten voor advies, coaching en ondersteuning"
    assert fusion.kind in {"adviestraject", "coachingstraject", "ondersteuningstraject"}
    assert [theme.slug for theme in fusion.themes.all()] == ["organiseren-medezeggenschap"]
    modules = [item for item in report["items"] if item["type"] == "module"]
    assert all("kind" in item and "duration" in item for item in modules)
    assert any(item["duration"] for item in modules)


@pytest.mark.django_db
def test_lost_heading_becomes_a_draft_with_a_warning_even_with_publish(exports, tmp_path):
    report = run_import(exports / "opleidingsgids.txt", publish=True, tmp_path=tmp_path)
    lost = [item for item in report["items"] if item["source"].startswith("opleidingsgids.txt#ontbrekende-titel")]
    assert len(lost) == 1
    assert lost[0]["status"] == "draft"
    assert any("heading lost" in warning["message"] for warning in lost[0]["warnings"])
    page = ModulePage.objects.get(import_source=lost[0]["source"])
    assert not page.live


@pytest.mark.django_db
def test_second_run_creates_nothing_and_updates_the_same_pages(exports, tmp_path):
    first = run_import(exports, publish=True, tmp_path=tmp_path)
    ids = set(Page.objects.values_list("pk", flat=True))
    second = run_import(exports, publish=True, tmp_path=tmp_path)
    assert first["created"] > 20
    assert second["created"] == 0
    assert second["unchanged"] == first["created"]
    assert set(Page.objects.values_list("pk", flat=True)) == ids


@pytest.mark.django_db
def test_editor_rename_and_edits_survive_a_reimport(exports, tmp_path):
    run_import(exports / "artikel_achterban.txt", publish=True, tmp_path=tmp_path)
    article = ArticlePage.objects.get(import_source="artikel_achterban.txt")
    article.title = "Ken je achterban (door de redactie herschreven)"
    article.intro = "Een inleiding van de redactie."
    article.save_revision().publish()

    (exports / "artikel_achterban.txt").write_text(
        (exports / "artikel_achterban.txt").read_text().replace("terugkoppeling", "terugkoppelen"), encoding="utf-8"
    )
    report = run_import(exports / "artikel_achterban.txt", publish=True, tmp_path=tmp_path)
    article.refresh_from_db()
    assert article.title == "Ken je achterban (door de redactie herschreven)"
    assert article.intro == "Een inleiding van de redactie."
    assert "terugkoppelen" in [tag.name for tag in article.keywords.all()], "fields nobody edited still update"
    item = report["items"][0]
    assert item["action"] == "updated"
    assert any(warning["params"].get("field") == "title" for warning in item["warnings"])


@pytest.mark.django_db
def test_reimport_does_not_publish_an_editors_unreviewed_draft(exports, tmp_path):
    run_import(exports / "artikel_zonder_trefwoorden.txt", publish=True, tmp_path=tmp_path)
    article = ArticlePage.objects.get(import_source="artikel_zonder_trefwoorden.txt")
    article.title = "Concepttitel van de redactie"
    article.save_revision()  # a draft, not published
    run_import(exports / "artikel_zonder_trefwoorden.txt", publish=True, tmp_path=tmp_path)
    article.refresh_from_db()
    assert article.title != "Concepttitel van de redactie"
    assert article.get_latest_revision_as_object().title == "Concepttitel van de redactie"


@pytest.mark.django_db
def test_reimport_with_publish_never_publishes_a_writers_draft_of_a_page_never_published(exports, tmp_path):
    run_import(exports / "artikel_zonder_trefwoorden.txt", tmp_path=tmp_path)  # a draft for the writers
    article = ArticlePage.objects.get(import_source="artikel_zonder_trefwoorden.txt")
    draft = article.get_latest_revision_as_object()
    draft.intro = "Door de redacteur aangevuld."
    draft.save_revision()
    report = run_import(exports / "artikel_zonder_trefwoorden.txt", publish=True, tmp_path=tmp_path)
    article.refresh_from_db()
    assert not article.live
    assert article.get_latest_revision_as_object().intro == "Door de redacteur aangevuld."
    assert any("not published" in warning["message"] for warning in report["items"][0]["warnings"])


BROKEN = {
    "leeg.txt": b"",
    "alleen-witruimte.txt": b"  \n\n \t\n",
    "binair.txt": bytes(range(256)) * 8,
    "latin1.txt": "Thema's: Cliëntenraad\nMeer artikelen over de thema's met trefwoorden:\n".encode("latin-1"),
    "onbekend.txt": b"Een boodschappenlijst: melk, brood, kaas.\n",
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_is_reported_skipped_and_leaves_nothing_behind(tmp_path, home, name):
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    before = Page.objects.count()
    with pytest.raises(CommandError) as error:
        run_import(path, publish=True, tmp_path=tmp_path)
    assert name in str(error.value)
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["skipped"] == 1 and report["created"] == 0
    assert report["errors"][0]["message"].startswith(name)
    assert Page.objects.count() == before


@pytest.mark.django_db
def test_truncated_guide_is_refused_whole_while_good_files_import(exports, tmp_path):
    text = (exports / "opleidingsgids.txt").read_text(encoding="utf-8")
    broken = tmp_path / "afgebroken-gids.txt"
    broken.write_text(text[: len(text) // 12], encoding="utf-8")
    with pytest.raises(CommandError) as error:
        run_import(broken, exports / "artikel_zonder_trefwoorden.txt", tmp_path=tmp_path)
    assert "afgebroken-gids.txt" in str(error.value)
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["created"] == 1
    assert not ModulePage.objects.exists()


@pytest.mark.django_db
def test_missing_path_is_an_error_naming_it(tmp_path, home):
    with pytest.raises(CommandError) as error:
        run_import(tmp_path / "bestaat-niet.txt", tmp_path=tmp_path)
    assert "bestaat-niet.txt" in str(error.value)
