from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from .dutch import dutch_engine

SearchBackend = dutch_engine(OpenSearch3SearchBackend)
