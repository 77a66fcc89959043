"""modelsearch engine backends with the knowledge base's Dutch analysis and shared field names.

One module per engine (`search.backends.opensearch2`, `opensearch3`, `elasticsearch8`, `elasticsearch9`), each exposing
`SearchBackend` as modelsearch expects. They differ from modelsearch's own only as `dutch.py` describes.
"""
