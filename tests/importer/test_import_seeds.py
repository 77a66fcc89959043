"""Acceptance: import_loc on the customer's real exports (LOC_EXPORTS_DIR, by default ../shared/seeds)."""

import datetime
import json
import re

import pytest
from django.core.management import call_command
from django.db import transaction

from articles.importer.parsing import parse_guide, read_export
from articles.models import ArticlePage, ModulePage, PracticalExamplePage
from search.indexing import in_one_go
from tests.crawl import crawl

from .test_parse_seeds import EXPECTED_ARTICLES

GUIDE = "003_43e5c3c0761a36a6.txt"


@pytest.fixture(scope="module")
def _imported_once(django_db_setup, django_db_blocker, seeds_dir, tmp_path_factory):
    """The import takes a quarter of a minute, so it runs once for this module, inside a transaction rolled back at
    its end; each test runs inside it and is rolled back on its own too (a second import, the demo content)."""
    report = tmp_path_factory.mktemp("seeds") / "r.json"
    with django_db_blocker.unblock(), transaction.atomic():
        with in_one_go():  # each page indexed once, complete (the command indexes at every save, as a request does)
            call_command("import_loc", str(seeds_dir), publish=True, report=str(report), stdout=open("/dev/null", "w"))
        yield json.loads(report.read_text())
        transaction.set_rollback(True)


@pytest.fixture
def imported(_imported_once, db):
    return _imported_once


def test_four_articles_with_exactly_their_themes_and_keywords(imported):
    for prefix, (themes, keywords) in EXPECTED_ARTICLES.items():
        article = ArticlePage.objects.get(import_source__startswith=f"{prefix}_")
        source = article.import_source
        assert article.live, source
        assert sorted(t.name for t in article.themes.all()) == sorted(themes), source
        assert sorted(k.name for k in article.keywords.all()) == sorted(keywords), source
        item = next(item for item in imported["items"] if item["source"] == source)
        assert item["themes"] == themes and item["keywords"] == keywords


def test_every_module_and_traject_with_section_kind_and_duration(imported, seeds_dir):
    parsed = parse_guide(read_export(seeds_dir / GUIDE))
    pages = {page.import_source: page for page in ModulePage.objects.all()}
    assert len(pages) == len(parsed) == 36
    for module in parsed:
        source = next(s for s in pages if pages[s].title == (module.title or module.provisional_title))
        page = pages[source].get_latest_revision_as_object()
        assert (page.guide_section, page.kind, page.duration) == (module.section, module.kind, module.duration)
        assert page.themes.all(), f"{source} has no theme from the section mapping"
    live = ModulePage.objects.live().count()
    assert live == 35, "every module except the one whose heading was lost is published"


def test_fusies_en_overnames_is_an_adviestraject_with_the_kind_word_removed(imported, seeds_dir):
    page = ModulePage.objects.get(import_source=f"{GUIDE}#fusies-en-overnames")
    assert page.title == "Fusies en overnames" and page.kind == "adviestraject"


def test_the_lost_heading_is_a_draft_with_a_warning(imported):
    drafts = [item for item in imported["items"] if item["type"] == "module" and item["status"] == "draft"]
    assert len(drafts) == 1 and drafts[0]["warnings"]


def test_week_report_bullets_become_three_draft_examples(imported):
    examples = PracticalExamplePage.objects.filter(import_source__startswith="004_27fedfaffef251b0.txt#")
    sectors = sorted(e.get_latest_revision_as_object().sectors.all()[0].slug for e in examples)
    assert sectors == ["ggz", "jeugdzorg", "vvt"]
    assert not any(example.live for example in examples)


def test_second_run_creates_nothing(imported, seeds_dir, tmp_path):
    report = tmp_path / "again.json"
    call_command("import_loc", str(seeds_dir), publish=True, report=str(report), stdout=open("/dev/null", "w"))
    again = json.loads(report.read_text())
    assert again["created"] == 0 and again["errors"] == []
    assert again["unchanged"] == imported["created"]


def test_the_import_keeps_what_the_exports_say(imported):
    """Links, dates, themes and no repeated intro, as the customer's exports have them."""
    week = ArticlePage.objects.get(import_source__startswith="004_")
    body = " ".join(str(block.value.source) for block in week.body if block.block_type == "paragraph")
    assert '<a href="https://www.weekvdmedezeggenschap.nl">www.weekvdmedezeggenschap.nl</a>' in body
    assert '<a href="https://t.co/XLGyrPMaYF">' in body  # from an embedded post, kept beside its quote
    networks = ArticlePage.objects.get(import_source__startswith="001_")
    assert 'href="mailto:vraagbaak@loc.nl"' in " ".join(str(block.value.source) for block in networks.body
                                                        if block.block_type == "paragraph")  # fmt: skip
    assert week.publication_date == datetime.date(2020, 10, 8)  # the date of the posts the report quotes
    assert {a.publication_date for a in ArticlePage.objects.exclude(pk=week.pk)} == {None}  # editions without a year
    assert {m.publication_date for m in ModulePage.objects.all()} == {datetime.date(2021, 6, 1)}  # "Uitgave juni 2021"
    congress = ArticlePage.objects.get(import_source__startswith="002_")
    headings = [block.value["text"] for block in congress.body if block.block_type == "heading"]
    assert congress.title not in headings
    wmcz = ModulePage.objects.get(import_source=f"{GUIDE}#de-rechten-van-de-clientenraad-en-de-wmcz-2018")
    assert "wet-medezeggenschap" in {theme.slug for theme in wmcz.themes.all()}
    for module in ModulePage.objects.live():
        assert module.intro not in " ".join(str(block.value) for block in module.body), module.title
    for example in PracticalExamplePage.objects.filter(import_source__startswith="004_"):
        example = example.get_latest_revision_as_object()
        assert len(example.themes.all()) < len(week.themes.all()) == 5
        assert not example.what_they_did.startswith(example.intro)


def test_crawl_finds_no_broken_internal_link_and_no_server_error(imported, client):
    """Follow every internal link from the home page and fetch every page once (the demo site's own crawl is in
    tests/browser/test_demo_crawl.py, on the site the browser suite has built anyway)."""

    def get(url):
        response = client.get(url)
        body = b"" if response.streaming else response.content  # static files stream; only pages are read
        return response.status_code, response.get("Content-Type", ""), body

    seen, broken = crawl(get)
    assert not broken, broken
    assert len(seen) > 60
    assert any(re.match(r"^/opleidingsgids/[\w-]+/$", url) for url in seen)
