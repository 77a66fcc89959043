from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from .dutch import dutch_engine

SearchBackend = dutch_engine(OpenSearch2SearchBackend)
