import pytest

from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme
from tests.shared_data import clear_engine_index, module_pages, refresh_engine_index

refresh_index = refresh_engine_index


@pytest.fixture
def empty_index(home):
    """On the engine, start from an empty page index: documents outlive the rolled-back test transactions."""
    clear_engine_index()
    return home


def build_corpus(home):
    """A small knowledge base with known words, themes, keywords and sectors."""
    return {
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


_corpus_once, corpus = module_pages(build_corpus, "corpus")
