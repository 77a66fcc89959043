from .base import KnowledgePage
from .content import ArticlePage, ModulePage, PracticalExamplePage
from .related import RelatedLink
from .indexes import ArticleIndexPage, ModuleIndexPage, PracticalExampleIndexPage

__all__ = [
    "KnowledgePage",
    "ArticlePage",
    "ModulePage",
    "PracticalExamplePage",
    "ArticleIndexPage",
    "ModuleIndexPage",
    "PracticalExampleIndexPage",
    "RelatedLink",
]
