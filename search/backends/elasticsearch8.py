from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from .dutch import dutch_engine

SearchBackend = dutch_engine(Elasticsearch8SearchBackend)
