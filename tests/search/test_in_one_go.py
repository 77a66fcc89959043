"""Building many pages in one go (search/indexing.py, for the demo loader and the tests' worlds): what the block
saved is indexed and its references recorded at the block's end, as saving them one by one would, also when blocks
nest (load_demo inside a build of its own)."""

import pytest
from wagtail.models import Page, ReferenceIndex

from search.indexing import in_one_go
from tests.factories import ArticlePageFactory, PracticalExamplePageFactory
from tests.shared_data import refresh_engine_index

pytestmark = pytest.mark.django_db


def found(word):
    refresh_engine_index()
    return {page.title for page in Page.objects.live().search(word)}


def refers(source, target):
    return ReferenceIndex.objects.filter(object_id=str(source.pk), to_object_id=str(target.pk)).exists()


def test_what_the_blocks_saved_is_found_and_its_references_recorded():
    with in_one_go():
        with in_one_go():  # load_demo's own block, inside a build's
            article = ArticlePageFactory(title="Kwelderbeheer in de raad")
        example = PracticalExamplePageFactory(title="Kwelderbeheer bij de buren", source_article=article)
        assert not refers(example, article), "the reference index waits for the block's end"
    assert found("kwelderbeheer") == {"Kwelderbeheer in de raad", "Kwelderbeheer bij de buren"}
    assert refers(example, article), "the example's source article is in the reference index (its usage)"


def test_the_same_references_as_saving_one_by_one():
    article = ArticlePageFactory(title="Duinbeheer")
    one_by_one = PracticalExamplePageFactory(title="Duinbeheer elders", source_article=article)
    with in_one_go():
        in_one_block = PracticalExamplePageFactory(title="Duinbeheer hier", source_article=article)

    def rows(page):
        return sorted(ReferenceIndex.objects.filter(object_id=str(page.pk)).values_list("to_object_id", "model_path"))

    assert rows(in_one_block) == rows(one_by_one) != []
