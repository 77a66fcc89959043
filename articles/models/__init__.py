from .base import KnowledgePage
from .collections import CollectionPage
from .content import ArticlePage, ModulePage, PracticalExamplePage
from .imports import ImportRun
from .indexes import ArticleIndexPage, ModuleIndexPage, PracticalExampleIndexPage
from .related import PathLink

__all__ = [
    "KnowledgePage",
    "ArticlePage",
    "ModulePage",
    "PracticalExamplePage",
    "ArticleIndexPage",
    "ModuleIndexPage",
    "PracticalExampleIndexPage",
    "PathLink",
    "ImportRun",
    "CollectionPage",
]
