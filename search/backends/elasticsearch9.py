from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from .dutch import dutch_engine

SearchBackend = dutch_engine(Elasticsearch9SearchBackend)
