import pytest
from wagtail.models import Page

from search import service
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme


def refresh_index():
    """Make what was just indexed searchable (the engine is near-real-time; the database backend is immediate)."""
    backend = service.engine_backend()
    if backend is not None:
        backend.get_index_for_model(Page).refresh()


@pytest.fixture
def empty_index(home):
    """On the engine, start from an empty page index: documents outlive the rolled-back test transactions."""
    backend = service.engine_backend()
    if backend is not None:
        from search.engine import index_name

        backend.get_index_for_model(Page).refresh()  # the site structure was just indexed
        backend.es.delete_by_query(index=index_name(backend), body={"query": {"match_all": {}}}, refresh=True,
                                   params={"conflicts": "proceed"})  # fmt: skip
    return home


@pytest.fixture
def corpus(empty_index):
    """A small knowledge base with known words, themes, keywords and sectors."""
    pages = {
        "achterban": ArticlePageFactory(
            title="Zo bereik je de achterban van de cliëntenraad",
            intro="Koffiegesprekken en een nieuwsbrief helpen om bewoners te spreken.",
            themes=[theme("achterban")],
            keywords=["achterban"],
        ),
        "werven": ModulePageFactory(
            title="Nieuwe leden werven",
            intro="Een training over werving van leden voor de raad.",
            themes=[theme("organiseren-medezeggenschap")],
            keywords=["werven"],
        ),
        "klankbord": ArticlePageFactory(
            title="De raad als klankbordfunctie",
            intro="Hoe een raad meedenkt met de bestuurder.",
            themes=[theme("adviesonderwerpen")],
        ),
        "jeugd": PracticalExamplePageFactory(
            title="Jongeren bedenken zelf de vragen",
            intro="Een jongerenraad in de jeugdzorg hield een enquête onder de achterban.",
            themes=[theme("achterban"), theme("kwaliteit-jeugdzorg")],
            sectors=[sector("jeugdzorg")],
            keywords=["achterban"],
        ),
        "begroting": ModulePageFactory(
            title="Financiën van de zorgorganisatie",
            intro="Adviseren over de begroting en het jaarverslag.",
            themes=[theme("adviesonderwerpen")],
            keywords=["begroting"],
        ),
    }
    refresh_index()
    return pages
